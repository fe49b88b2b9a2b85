/**
 * A batch function's answer must list one value per key, in the keys' order (DataLoader's
 * contract); rows come back in any order and some keys have none. This puts each row under
 * its key and answers `empty()` for keys without rows.
 */
export function groupByKey<K, R, V>(
  keys: readonly K[],
  rows: readonly R[],
  keyOf: (row: R) => K,
  fold: (acc: V, row: R) => V,
  empty: () => V,
): V[] {
  const byKey = new Map<K, V>();
  for (const row of rows) {
    const k = keyOf(row);
    byKey.set(k, fold(byKey.get(k) ?? empty(), row));
  }
  return keys.map((k) => byKey.get(k) ?? empty());
}

/** Rows as lists per key, each list in the rows' order. */
export function listsByKey<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): R[][] {
  return groupByKey<K, R, R[]>(
    keys,
    rows,
    keyOf,
    (acc, row) => {
      acc.push(row);
      return acc;
    },
    () => [],
  );
}
