/** Each item whose key an earlier item already has, with the index of the first one. */
export function repeats<T, K>(
  items: readonly T[],
  key: (item: T) => K,
): { item: T; index: number; first: number }[] {
  const first = new Map<K, number>();
  return items.flatMap((item, index) => {
    const k = key(item);
    const before = first.get(k);
    if (before === undefined) {
      first.set(k, index);
      return [];
    }
    return [{ item, index, first: before }];
  });
}
