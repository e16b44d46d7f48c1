/** Memoise a function of a few arguments on reference equality of the last call (one entry per instance). */
export function memoLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let last: R;
  return (...args: A) => {
    if (lastArgs && args.length === lastArgs.length && args.every((a, i) => a === (lastArgs as A)[i])) return last;
    lastArgs = args;
    last = fn(...args);
    return last;
  };
}
