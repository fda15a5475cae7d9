import fs from 'node:fs';
import { triageSignal } from '../server/modules/triage/triage-signal.js';
import { loadBaseModel } from '../server/modules/triage/base-model.js';
const model = loadBaseModel();
for (const f of process.argv.slice(2)) {
  for (const l of fs.readFileSync(f, 'utf8').split('\n').filter(Boolean)) {
    const r = JSON.parse(l);
    const p = triageSignal({ text: r.text, title: r.title }, { model }).issueTypes;
    const miss = r.labels.filter((x: string) => !p.includes(x));
    const fp = p.filter((x: string) => !r.labels.includes(x));
    if (miss.length || fp.length) console.log(`${r.id} MISS[${miss}] FP[${fp}] :: ${r.text}`);
  }
}
