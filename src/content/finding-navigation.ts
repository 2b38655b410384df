/** Alt+Shift+N / Alt+Shift+P: which finding the keyboard moves to. */

/**
 * The finding after finding `from`, or, with no `from`, the first at or after the caret; with
 * `backwards`, the one before. Wraps round at either end. `starts`: the findings' start offsets,
 * in order (not empty); `caret` is read only when needed.
 */
export function nextIndex(starts: readonly number[], from: number | null, caret: () => number, backwards: boolean): number {
  const n = starts.length;
  let i: number;
  if (from !== null) {
    i = (from + (backwards ? n - 1 : 1)) % n;
  } else {
    const at = caret();
    if (backwards) {
      const before = starts.map((s, k) => [s, k] as const).filter(([s]) => s < at);
      i = before.length > 0 ? (before[before.length - 1] as readonly [number, number])[1] : n - 1;
    } else {
      const after = starts.findIndex((s) => s >= at);
      i = after >= 0 ? after : 0;
    }
  }
  return i;
}
