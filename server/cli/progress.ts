/** A one-line progress bar on a terminal's stderr, redrawn at most five times a second. */
export function progressBar(label: string) {
  const start = Date.now();
  let last = 0;
  const draw = (fraction: number, note: string) => {
    const width = 30;
    const filled = Math.round(Math.min(1, Math.max(0, fraction)) * width);
    const secs = ((Date.now() - start) / 1000).toFixed(1);
    process.stderr.write(
      `\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}% ${note} ${secs}s`,
    );
  };
  return {
    update(fraction: number, note: string) {
      if (Date.now() - last < 200) return;
      last = Date.now();
      draw(fraction, note);
    },
    done() {
      draw(1, 'done');
      process.stderr.write('\n');
    },
  };
}
