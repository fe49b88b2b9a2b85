// A usage figure with the cap it counts against: "3" and below it "of 20" (nothing without a cap), red when at or over.
import styles from './operator.module.css';

export function UsageFigure({ value, cap }: { value: number; cap?: number | null }) {
  const capped = cap !== null && cap !== undefined;
  return (
    <>
      <span className={capped && value >= cap ? styles.over : undefined}>{value.toLocaleString()}</span>
      {capped && <div className={styles.usageCap}>of {cap.toLocaleString()}</div>}
    </>
  );
}
