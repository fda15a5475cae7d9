import fs from 'node:fs';
import {
  weeklyReport,
  generateMonthlyReview,
  buildSupplierPacket,
  renderReport,
  REPORT_FORMATS,
  lastCompleteWeek,
  type ReportFormat,
} from '../modules/reports/index.js';
import { dayIn } from '../lib/time/index.js';
import { withStore, type CommonFlags } from './store.js';

export interface ReportFlags extends CommonFlags {
  week?: string;
  month?: string;
  tz?: string;
  format?: string;
  out?: string;
  fresh?: boolean;
  supplier?: string;
  batch?: string;
  from?: string;
  to?: string;
}

const USAGE = `usage: writeback report weekly [--week 2026-W47] [--tz Europe/Berlin] [--format json|md|html|csv|pdf] [--out FILE]
       writeback report monthly [--month 2026-11] [--tz ZONE] [--format json|md|html|csv|pdf] [--out FILE]
       writeback report supplier-packet --supplier X | --batch B --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.zip`;

function format(flags: ReportFlags): ReportFormat {
  const f = flags.format ?? 'json';
  if (!(REPORT_FORMATS as readonly string[]).includes(f))
    throw new Error(`--format must be one of ${REPORT_FORMATS.join(', ')}, not "${f}"`);
  return f as ReportFormat;
}

function write(body: string | Buffer, out: string | undefined): void {
  if (out) fs.writeFileSync(out, body);
  else process.stdout.write(body);
}

function date(v: string | undefined, name: string): Date {
  if (!v || Number.isNaN(Date.parse(v))) throw new Error(`--${name} must be a date (YYYY-MM-DD or ISO 8601)\n${USAGE}`);
  return new Date(v);
}

/** `writeback report ...`: thin door onto the reports module; other tools read its JSON. */
export async function reportCommand(sub: string | undefined, flags: ReportFlags): Promise<number> {
  switch (sub) {
    case 'weekly': {
      const fmt = format(flags);
      const body = await withStore(flags, async (ctx, _db, config) => {
        const tz = flags.tz ?? config.timeZone;
        const report = await weeklyReport(ctx, {
          week: flags.week ?? lastCompleteWeek(tz, ctx.clock.now()),
          timeZone: tz,
          fresh: flags.fresh,
        });
        return (await renderReport(report, fmt)).body;
      });
      write(body, flags.out);
      return 0;
    }
    case 'monthly': {
      const fmt = format(flags);
      const body = await withStore(flags, async (ctx, _db, config) => {
        const tz = flags.tz ?? config.timeZone;
        const month =
          flags.month ??
          (() => {
            const [y, m] = dayIn(tz, ctx.clock.now()).split('-').map(Number);
            return new Date(Date.UTC(y!, m! - 2, 1)).toISOString().slice(0, 7);
          })();
        return (await renderReport(await generateMonthlyReview(ctx, { month, timeZone: tz }), fmt)).body;
      });
      write(body, flags.out);
      return 0;
    }
    case 'supplier-packet': {
      if (!flags.out) throw new Error(`--out FILE.zip is required\n${USAGE}`);
      const from = date(flags.from, 'from');
      const to = date(flags.to, 'to');
      // A bare end date means "through that day".
      if (/^\d{4}-\d{2}-\d{2}$/.test(flags.to!)) to.setUTCDate(to.getUTCDate() + 1);
      const r = await withStore(flags, (ctx) =>
        buildSupplierPacket(ctx, { supplier: flags.supplier, batch: flags.batch, from, to, actor: 'cli' }),
      );
      fs.writeFileSync(flags.out, r.zip);
      console.error(
        `${flags.out}: ${r.signals} signals, ${r.orders} orders, ${r.photos} photos${r.truncated ? ' (cut at the packet limit)' : ''}`,
      );
      return 0;
    }
    default:
      throw new Error(USAGE);
  }
}
