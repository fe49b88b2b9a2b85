/** One of a recipient's numbers. Attempt k dials them in priority order, circulating. */
export interface PhoneNumber {
  number: string;
  priority: number;
  /** Stopped by a result ("stop numbers"); skipped by rotation. */
  stopped?: boolean;
}
