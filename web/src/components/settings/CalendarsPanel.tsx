'use client';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '@/gql';
import type { CalendarRowFragment, OpenHoursInput } from '@/gql/graphql';
import { errorMessage, fieldErrors } from '@/lib/errors';
import { Field } from '@/components/ui/Field';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { asyncHandler } from '@/lib/async-handler';
import { DAYS, blank, fromCalendar, hoursText, parseExceptions, type Day, type Form } from './calendar-form';

export const CalendarRowFields = graphql(`
  fragment CalendarRow on Calendar {
    id
    name
    timeZone
    validFrom
    validUntil
    openHours {
      day
      start
      end
    }
    exceptions {
      date
      closed
      start
      end
    }
  }
`);
const CalendarsQuery = graphql(`
  query Calendars {
    calendars {
      ...CalendarRow
    }
  }
`);
const CreateCalendar = graphql(`
  mutation CreateCalendar($input: CreateCalendarInput!) {
    createCalendar(input: $input) {
      ...CalendarRow
    }
  }
`);
const UpdateCalendar = graphql(`
  mutation UpdateCalendar($id: ID!, $input: UpdateCalendarInput!) {
    updateCalendar(id: $id, input: $input) {
      ...CalendarRow
    }
  }
`);
const DeleteCalendar = graphql(`
  mutation DeleteCalendar($id: ID!) {
    deleteCalendar(id: $id) {
      id
    }
  }
`);

/** Open hours per weekday in a time zone, with holidays; campaigns dial only inside them. */
export function CalendarsPanel() {
  const [{ data, error }, refetch] = useQuery({ query: CalendarsQuery });
  const [form, setForm] = useState<Form>(blank);
  const [editing, setEditing] = useState<string | null>(null);
  const [toDelete, setToDelete] = useState<CalendarRowFragment | null>(null);
  const [created, create] = useMutation(CreateCalendar);
  const [updated, update] = useMutation(UpdateCalendar);
  const [deleted, remove] = useMutation(DeleteCalendar);
  const result = editing ? updated : created;
  const errs = fieldErrors(result.error);
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [form.timeZone];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const openHours: OpenHoursInput[] = form.days.flatMap((d, i) => (d.open ? [{ day: i + 1, start: d.start, end: d.end }] : []));
    const input = {
      name: form.name.trim(),
      timeZone: form.timeZone,
      openHours,
      exceptions: parseExceptions(form.exceptions),
      validFrom: form.validFrom || null,
      validUntil: form.validUntil || null,
    };
    const r = editing ? await update({ id: editing, input }) : await create({ input });
    if (r.data) {
      setForm(blank());
      setEditing(null);
      refetch({ requestPolicy: 'network-only' });
    }
  };
  const setDay = (i: number, d: Partial<Day>) => setForm({ ...form, days: form.days.map((x, j) => (j === i ? { ...x, ...d } : x)) });

  return (
    <>
      <form className="card" onSubmit={asyncHandler(submit)} aria-label="Calendar" noValidate>
        <h2>{editing ? `Edit ${form.name}` : 'New calendar'}</h2>
        <div className="grid2" style={{ gridTemplateColumns: '2fr 2fr 1fr 1fr' }}>
          <Field label="Name" name="name" error={errs.name}>
            <input name="name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
          </Field>
          <Field label="Time zone" name="timeZone" error={errs.timeZone}>
            <select name="timeZone" value={form.timeZone} onChange={(e) => setForm({ ...form, timeZone: e.target.value })}>
              {zones.map((z) => (
                <option key={z} value={z}>
                  {z}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Valid from" name="validFrom" error={errs.validFrom}>
            <input type="date" name="validFrom" value={form.validFrom} onChange={(e) => setForm({ ...form, validFrom: e.target.value })} />
          </Field>
          <Field label="Valid until" name="validUntil" error={errs.validUntil}>
            <input
              type="date"
              name="validUntil"
              value={form.validUntil}
              onChange={(e) => setForm({ ...form, validUntil: e.target.value })}
            />
          </Field>
        </div>
        <div className="grid2" style={{ marginTop: 12, gridTemplateColumns: '1fr 1fr' }}>
          <div>
            <div className="field">
              <span>Open hours (local time)</span>
            </div>
            {form.days.map((d, i) => (
              <div key={DAYS[i]} className="row" style={{ marginTop: 4, alignItems: 'center' }}>
                <label className="check" style={{ width: 70 }}>
                  <input type="checkbox" checked={d.open} onChange={(e) => setDay(i, { open: e.target.checked })} />
                  {DAYS[i]}
                </label>
                <input
                  type="time"
                  aria-label={`${DAYS[i]} opens`}
                  disabled={!d.open}
                  value={d.start}
                  onChange={(e) => setDay(i, { start: e.target.value })}
                />
                <input
                  type="time"
                  aria-label={`${DAYS[i]} closes`}
                  disabled={!d.open}
                  value={d.end}
                  onChange={(e) => setDay(i, { end: e.target.value })}
                />
              </div>
            ))}
            {errs.openHours && <div className="fieldError error small">{errs.openHours}</div>}
          </div>
          <Field
            label="Holidays and special days"
            name="exceptions"
            error={errs.exceptions}
            hint="One per line: 2026-12-25 closed, or 2026-12-24 09:00-13:00"
          >
            <textarea name="exceptions" value={form.exceptions} onChange={(e) => setForm({ ...form, exceptions: e.target.value })} />
          </Field>
        </div>
        {result.error && Object.keys(errs).length === 0 && (
          <p className="error" role="alert">
            {errorMessage(result.error)}
          </p>
        )}
        <div className="row" style={{ marginTop: 12 }}>
          <button className="button primary" type="submit" disabled={result.fetching}>
            {editing ? 'Save calendar' : 'Add calendar'}
          </button>
          {editing && (
            <button
              className="button ghost"
              type="button"
              onClick={() => {
                setEditing(null);
                setForm(blank());
              }}
            >
              Cancel
            </button>
          )}
        </div>
      </form>
      {(error || deleted.error) && (
        <p className="error" role="alert">
          {errorMessage(error ?? deleted.error)}
        </p>
      )}
      <table className="table" data-testid="calendars">
        <thead>
          <tr>
            <th>Name</th>
            <th>Time zone</th>
            <th>Open hours</th>
            <th>Exceptions</th>
            <th>Valid</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {data?.calendars.length === 0 && (
            <tr>
              <td colSpan={6} className="empty">
                No calendars yet: campaigns without one dial at any time.
              </td>
            </tr>
          )}
          {data?.calendars.map((c) => (
            <tr key={c.id} data-testid="calendar-row">
              <td>
                <b>{c.name}</b>
              </td>
              <td>{c.timeZone}</td>
              <td className="small">{hoursText(c)}</td>
              <td className="small">{c.exceptions.length}</td>
              <td className="small">
                {c.validFrom ?? '…'} – {c.validUntil ?? '…'}
              </td>
              <td className="row">
                <button
                  type="button"
                  className="button small"
                  onClick={() => {
                    setEditing(c.id);
                    setForm(fromCalendar(c));
                  }}
                >
                  Edit
                </button>
                <button type="button" className="button danger small" onClick={() => setToDelete(c)}>
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ConfirmDialog
        open={toDelete !== null}
        title={`Delete calendar ${toDelete?.name ?? ''}?`}
        confirmLabel="Delete"
        danger
        onCancel={() => setToDelete(null)}
        onConfirm={asyncHandler(async () => {
          if (toDelete) await remove({ id: toDelete.id });
          setToDelete(null);
          refetch({ requestPolicy: 'network-only' });
        })}
      >
        Refused while a live campaign uses it.
      </ConfirmDialog>
    </>
  );
}
