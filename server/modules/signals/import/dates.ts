import { DateTime } from 'luxon';

/**
 * Real exports write moments in many ways: ISO 8601 (with or without a zone), SQL-like
 * "2026-11-02 10:15:30 +0100" (Shopify), "2026-05-01 10:00:00 UTC" (Judge.me), RFC 2822 (email,
 * some CSVs), and day/month orders that only the person knows. This turns each into ISO 8601
 * with an offset; what it cannot read is left as it was, so the schema rejects it by field name.
 * A moment written without a zone is taken as UTC.
 */
export type DateOrder = 'DMY' | 'MDY' | 'YMD';

export const DATE_FIELDS = new Set(['receivedAt', 'orderedAt', 'shippedAt', 'deliveredAt', 'at']);

export function parseDateFormat(spec: string | undefined): DateOrder | undefined {
  if (spec === undefined) return undefined;
  const s = spec
    .trim()
    .toUpperCase()
    .replace(/[^DMY]/g, '');
  const order = s.replace(/D+/g, 'D').replace(/M+/g, 'M').replace(/Y+/g, 'Y');
  if (order === 'DMY' || order === 'MDY' || order === 'YMD') return order;
  throw new Error(`--date-format must give the day/month order, e.g. DD/MM/YYYY or MM/DD/YYYY, not "${spec}"`);
}

const utc = { zone: 'utc', setZone: true } as const;

export function normalizeDate(value: unknown, order?: DateOrder): unknown {
  if (typeof value === 'number' && Number.isFinite(value)) {
    // Unix seconds (or milliseconds from a JS exporter): the only numbers an export uses for a moment.
    const ms = value > 1e11 ? value : value * 1000;
    const d = DateTime.fromMillis(ms, { zone: 'utc' });
    return d.isValid ? d.toISO() : value;
  }
  if (typeof value !== 'string') return value;
  const v = value.trim();
  if (v === '') return value;
  const candidates: DateTime[] = [];
  if (/^\d{4}-\d{2}-\d{2}/.test(v)) {
    candidates.push(DateTime.fromISO(v, utc));
    // "2026-11-02 10:15:30 +0100", "2026-11-02 10:15:30 UTC", "2026-11-02 10:15:30.123+01:00"
    const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$/i.exec(v);
    if (m) {
      const zone = !m[3] || /^(z|utc|gmt)$/i.test(m[3]) ? 'Z' : m[3].includes(':') ? m[3] : `${m[3].slice(0, 3)}:${m[3].slice(3)}`;
      const time = m[2]!.length === 4 || m[2]!.length === 7 ? `0${m[2]}` : m[2];
      candidates.push(DateTime.fromISO(`${m[1]}T${time}${zone}`, utc));
    }
  } else if (/^[A-Za-z]{3},?\s|^\d{1,2}\s+[A-Za-z]{3}\s+\d{4}/.test(v)) {
    candidates.push(DateTime.fromRFC2822(v, utc));
    candidates.push(DateTime.fromHTTP(v, utc));
  } else {
    const m =
      /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$/.exec(
        v,
      );
    if (m && order) {
      const [a, b, c] = [m[1]!, m[2]!, m[3]!].map(Number) as [number, number, number];
      const [year, month, day] = order === 'DMY' ? [c, b, a] : order === 'MDY' ? [c, a, b] : [a, b, c];
      let hour = Number(m[4] ?? 0);
      if (m[7]) hour = (hour % 12) + (/p/i.test(m[7]) ? 12 : 0);
      const zone =
        !m[8] || /^(z|utc|gmt)$/i.test(m[8]) ? 'utc' : `UTC${m[8].includes(':') ? m[8] : `${m[8].slice(0, 3)}:${m[8].slice(3)}`}`;
      candidates.push(
        DateTime.fromObject(
          { year: year < 100 ? 2000 + year : year, month, day, hour, minute: Number(m[5] ?? 0), second: Number(m[6] ?? 0) },
          { zone },
        ),
      );
    }
  }
  const ok = candidates.find((d) => d.isValid);
  return ok ? ok.toISO({ suppressMilliseconds: true }) : value;
}

/** A day/month date that no order was given for: the reason names the flag that settles it. */
export function ambiguousDate(value: unknown): boolean {
  return typeof value === 'string' && /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/.test(value.trim());
}

/** Every moment in a mapped record, nested carrier scans included, normalised in place. */
export function normalizeDates(rec: Record<string, unknown>, order?: DateOrder): Record<string, unknown> {
  for (const [k, v] of Object.entries(rec)) {
    if (DATE_FIELDS.has(k)) rec[k] = normalizeDate(v, order);
    else if (k === 'carrierEvents' && Array.isArray(v))
      for (const e of v) if (e && typeof e === 'object') normalizeDates(e as Record<string, unknown>, order);
  }
  return rec;
}
