import fs from 'node:fs';
import {
  triageFileCommand,
  evalTriageCommand,
  triageStoredSignals,
  loadTriageContext,
  idsAfter,
  trainStoreModel,
  loadActiveModel,
  loadSellerRules,
} from '../modules/triage/index.js';
import { withStore, type CommonFlags } from './store.js';

export interface TriageFlags extends CommonFlags {
  in?: string;
  all?: boolean;
  json?: boolean;
  model?: string;
}

/**
 * `writeback triage --in FILE.jsonl` needs no database; with --data it also uses that store's
 * own model and seller rules. `--all` re-triages every stored signal; `train` trains the store's model.
 */
export async function triageCommand(sub: string | undefined, flags: TriageFlags): Promise<number> {
  if (sub === 'train') {
    const r = await withStore(flags, (ctx) => trainStoreModel(ctx));
    console.log(
      flags.json
        ? JSON.stringify(r)
        : `${r.version}: ${r.corrections} corrections, ${r.weakExamples} weak examples; ${r.activated ? 'activated' : 'not activated'} (${r.reason})`,
    );
    return 0;
  }
  if (sub) throw new Error(`unknown triage subcommand "${sub}"; use --in FILE, --all, or train`);
  if (flags.all) {
    const n = await withStore(flags, async (ctx) => {
      const triage = await loadTriageContext(ctx.db);
      let after = 0;
      let done = 0;
      for (;;) {
        const ids = await idsAfter(ctx.db, after, 1000);
        if (ids.length === 0) return done;
        await ctx.db.transaction().execute((tx) => triageStoredSignals({ db: tx, clock: ctx.clock }, ids, triage, { actor: 'cli' }));
        done += ids.length;
        after = ids.at(-1)!;
        if (!flags.json && process.stderr.isTTY) process.stderr.write(`\rre-triaged ${done}`);
      }
    });
    if (process.stderr.isTTY && !flags.json) process.stderr.write('\n');
    console.log(flags.json ? JSON.stringify({ retriaged: n }) : `re-triaged ${n} signals`);
    return 0;
  }
  if (!flags.in) throw new Error('usage: writeback triage --in FILE.jsonl | --all | train');
  if (!fs.existsSync(flags.in)) throw new Error(`${flags.in}: no such file`);
  const out = process.stdout;
  if (flags.data) {
    await withStore(flags, async (ctx) => {
      const model = await loadActiveModel(ctx.db);
      await triageFileCommand({ inPath: flags.in!, out, model: model?.model ?? null, sellerRules: await loadSellerRules(ctx.db) });
    });
  } else {
    await triageFileCommand({ inPath: flags.in, out, model: flags.model });
  }
  return 0;
}

export async function evalCommand(what: string | undefined, flags: TriageFlags): Promise<number> {
  if (what === 'guardrails') {
    if (!flags.in) throw new Error('usage: writeback eval guardrails --in LABELLED.jsonl [--json]');
    if (!fs.existsSync(flags.in)) throw new Error(`${flags.in}: no such file`);
    const { evalGuardrailsCommand } = await import('../modules/replies/index.js');
    await evalGuardrailsCommand({ inPath: flags.in, out: process.stdout, json: flags.json });
    return 0;
  }
  if (what !== 'triage' || !flags.in) throw new Error('usage: writeback eval triage|guardrails --in LABELLED.jsonl [--json]');
  if (!fs.existsSync(flags.in)) throw new Error(`${flags.in}: no such file`);
  await evalTriageCommand({ inPath: flags.in, out: process.stdout, model: flags.model, json: flags.json });
  return 0;
}
