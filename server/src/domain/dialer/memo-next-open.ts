import type { Calendar } from '../calendar/calendar';
import { nextOpenAt } from '../calendar/calendar-hours';

/** nextOpenAt memoised per tick: most candidates share a few zones and the same instant. */
export function memoNextOpenAt(): typeof nextOpenAt {
  const caches = new WeakMap<Calendar, Map<string, Date | null>>();
  return (calendar: Calendar, instant: Date, zone?: string | null) => {
    let cache = caches.get(calendar);
    if (!cache) {
      cache = new Map();
      caches.set(calendar, cache);
    }
    const key = `${zone ?? ''}|${instant.getTime()}`;
    if (cache.has(key)) return cache.get(key) ?? null;
    const value = nextOpenAt(calendar, instant, zone);
    cache.set(key, value);
    return value;
  };
}
