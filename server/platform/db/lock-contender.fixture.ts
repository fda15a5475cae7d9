// A separate process that races for a data folder lock when told to (lock.test.ts runs several).
import { lockDataDir } from './lock.js';

let release: (() => void) | undefined;
process.on('message', (m: { go?: { dir: string; at: number }; release?: boolean; exit?: boolean }) => {
  if (m.go) {
    while (Date.now() < m.go.at) {
      /* start together */
    }
    try {
      release = lockDataDir(m.go.dir);
      process.send!({ won: true });
    } catch (e) {
      process.send!({ won: false, error: String((e as Error).message) });
    }
  }
  if (m.release) {
    release?.();
    release = undefined;
    process.send!({ released: true });
  }
  if (m.exit) process.exit(0);
});
process.send!({ ready: true });
