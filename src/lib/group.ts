/** Lists of items by key, for what `Map.groupBy` (one key an item) does not cover. */

/** Adds `value` to the list `lists` holds under `key`, starting the list if there is none. */
export function append<K, V>(lists: Map<K, V[]>, key: K, value: V): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

/**
 * `Map.groupBy` for items filed under several keys (a decision under each topic it
 * names): each item once under each of its keys, in the items' order.
 */
export function groupByEach<T, K>(items: Iterable<T>, keysOf: (item: T) => Iterable<K>): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) for (const key of new Set(keysOf(item))) append(groups, key, item);
  return groups;
}
