import fs from 'node:fs';
import { CHANNELS } from '../contracts/signal.js';

/** n deterministic signals as NDJSON (short texts from a small word list, 200 SKUs), for the ingest benchmarks. */
export function generateNdjson(file: string, n: number) {
  const words =
    'strap missing late box crushed size small large colour photo lid leak zipper broke refund return smell thin wrong item charged twice chatbot said days arrived love great'.split(
      ' ',
    );
  const fd = fs.openSync(file, 'w');
  let buf = '';
  let x = 12345;
  const rnd = () => {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    return x;
  };
  for (let i = 0; i < n; i++) {
    const text = Array.from({ length: 8 + (rnd() % 30) }, () => words[rnd() % words.length]).join(' ');
    buf +=
      JSON.stringify({
        channel: CHANNELS[rnd() % CHANNELS.length],
        externalId: `g${i}`,
        receivedAt: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
        text,
        sku: `SKU-${rnd() % 200}`,
        rating: 1 + (rnd() % 5),
        public: rnd() % 2 === 0,
      }) + '\n';
    if (buf.length > 1 << 20) {
      fs.writeSync(fd, buf);
      buf = '';
    }
  }
  fs.writeSync(fd, buf);
  fs.closeSync(fd);
}
