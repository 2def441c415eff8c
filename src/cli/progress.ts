/** How long a run must take before a progress line appears. */
const DELAY_MS = 400;

/**
 * A progress line on stderr, only when stderr is a terminal and the run is long; cleared when
 * done so it never mixes with the report. It can only appear while the event loop is free
 * (reading files and URLs), which is where long runs wait.
 */
export function startProgress(label: string): { stop(): void } {
  if (!process.stderr.isTTY) return { stop() {} };
  const frames = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
  let frame = 0;
  let shown = false;
  let ticker: NodeJS.Timeout | undefined;
  const draw = (): void => {
    shown = true;
    process.stderr.write(`\r${frames[frame++ % frames.length]} engage-load: ${label}…`);
  };
  const timer = setTimeout(() => {
    draw();
    ticker = setInterval(draw, 120);
  }, DELAY_MS);
  return {
    stop() {
      clearTimeout(timer);
      if (ticker) clearInterval(ticker);
      if (shown) process.stderr.write('\r\u001b[K');
    },
  };
}
