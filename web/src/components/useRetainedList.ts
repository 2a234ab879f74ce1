import { useCallback, useMemo, useRef, useState } from 'react';

/**
 * A server list that keeps its order and keeps the items the user has acted on, so that the refetch after a decision
 * does not move the cards under the user's finger: a decided item stays where it was, new items join at the end.
 * `keyOf` must be stable (a module-level function).
 */
export function useRetainedList<T>(items: readonly T[] | undefined, keyOf: (item: T) => string) {
  const [retained, setRetained] = useState<ReadonlyMap<string, T>>(() => new Map());
  const order = useRef<string[]>([]);
  const list = useMemo(() => {
    const current = new Map((items ?? []).map((item) => [keyOf(item), item] as const));
    const ids = order.current.filter((id) => current.has(id) || retained.has(id));
    for (const id of current.keys()) if (!ids.includes(id)) ids.push(id);
    order.current = ids;
    return ids.flatMap((id) => {
      const item = current.get(id) ?? retained.get(id);
      return item === undefined ? [] : [item];
    });
  }, [items, retained, keyOf]);
  const retain = useCallback((item: T) => setRetained((m) => new Map(m).set(keyOf(item), item)), [keyOf]);
  return { items: list, retain };
}
