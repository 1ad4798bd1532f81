/** Calls `fn` once, `ms` after the last of a burst of calls (index updates come in bursts while typing). */
export function debounce(fn: () => void, ms: number): { (): void; dispose(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      fn();
    }, ms);
  };
  run.dispose = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
  };
  return run;
}
