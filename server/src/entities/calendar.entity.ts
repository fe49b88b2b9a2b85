import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Tenant } from './tenant.entity';

/** One weekday window, local time of the calendar (or of the recipient, when known). */
export interface OpenHours {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  day: number;
  start: string;
  end: string;
}

/** A date that differs from the week: closed all day, or special hours. */
export interface CalendarException {
  date: string;
  closed: boolean;
  start?: string;
  end?: string;
}

/** When a campaign may dial (Webitel's calendar: dates, time zone, weekday hours, holidays). */
@Entity({ tableName: 'calendar' })
@Unique({ properties: ['tenant', 'name'] })
export class Calendar {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { deleteRule: 'cascade' })
  tenant!: Tenant;

  @Property({ type: 'text' })
  name!: string;

  /** IANA zone, e.g. Europe/Berlin. */
  @Property({ type: 'text' })
  timeZone!: string;

  @Property({ type: 'jsonb' })
  openHours: OpenHours[] = [];

  @Property({ type: 'jsonb' })
  exceptions: CalendarException[] = [];

  @Property({ type: 'date', nullable: true })
  validFrom?: string;

  @Property({ type: 'date', nullable: true })
  validUntil?: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
