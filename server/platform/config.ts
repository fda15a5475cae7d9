import path from 'node:path';
import { z } from 'zod';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

const base = z.object({
  DATABASE_URL: z.string().url('must be a postgres:// URL').optional(),
  WRITEBACK_DATA_DIR: z.string().min(1).default('./data'),
  WRITEBACK_EMBEDDED: z.enum(['postgres', 'pglite']).default('postgres'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  WRITEBACK_ADMIN_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  WRITEBACK_DEMO: z.enum(['auto', 'off']).default('auto'),
  WRITEBACK_TIMEZONE: z.string().min(1).default('UTC'),
  WRITEBACK_JOBS: z.enum(['on', 'off']).default('on'),
  WRITEBACK_JOB_INTERVAL_SECONDS: z.coerce.number().int().min(5).default(60),
  WRITEBACK_ALLOWED_HOSTS: z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(',')
        .map((h) => h.trim().toLowerCase())
        .filter(Boolean),
    )
    .refine(
      (hs) => hs.every((h) => /^(\[[0-9a-f:.]+\]|[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*)$/.test(h)),
      'must be a comma-separated list of host names or IP addresses, without ports',
    ),
  WRITEBACK_WEBHOOK_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  WRITEBACK_WEBHOOK_ALLOW_PRIVATE: z.enum(['on', 'off']).default('off'),
  SHOPIFY_WEBHOOK_SECRET: z.string().min(1).max(500).optional(),
  SHOPIFY_WEBHOOK_SECRET_PREVIOUS: z.string().min(1).max(500).optional(),
  WOOCOMMERCE_WEBHOOK_SECRET: z.string().min(1).max(500).optional(),
  STRIPE_WEBHOOK_SECRET: z.string().min(1).max(500).optional(),
  WRITEBACK_RETENTION_MONTHS: z.coerce.number().int('must be a whole number of months').min(1).max(600).optional(),
  WRITEBACK_IMAP_URL: z
    .string()
    .regex(/^imaps?:\/\/[^/\s]+@[^/\s]+/i, 'must be imaps://user:password@host/MAILBOX (or imap:// on a trusted network)')
    .optional(),
  WRITEBACK_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/\s]+/i, 'must be smtps://user:password@host:465 (or smtp://…:587)')
    .optional(),
  WRITEBACK_IMAP_POLL_SECONDS: z.coerce.number().int().min(10).max(86_400).default(60),
  WRITEBACK_STORAGE_URL: z
    .string()
    .regex(/^(s3|https?):\/\/[^/\s]+\/[^/\s]+/i, 'must be https://KEY:SECRET@host/bucket (s3:// for https, http:// on a trusted network)')
    .optional(),
});

/** Checks that span fields; run even when a field fails, so the list names every problem at once. */
function crossChecks(raw: Record<string, string | undefined>): string[] {
  const problems: string[] = [];
  try {
    new Intl.DateTimeFormat('en', { timeZone: raw.WRITEBACK_TIMEZONE ?? 'UTC' });
  } catch {
    problems.push('WRITEBACK_TIMEZONE: is not an IANA time zone');
  }
  return problems;
}

export interface Config {
  readonly databaseUrl?: string;
  readonly dataDir: string;
  readonly embedded: 'postgres' | 'pglite';
  readonly host: string;
  readonly port: number;
  readonly adminToken?: string;
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  readonly demo: 'auto' | 'off';
  readonly timeZone: string;
  readonly jobs: boolean;
  readonly jobIntervalSeconds: number;
  /** Host names the server answers to besides loopback ones and its bind address. */
  readonly allowedHosts: readonly string[];
  /** Signs outgoing webhooks (HMAC-SHA256); without it none are sent. */
  readonly webhookSecret?: string;
  /** Lets outgoing webhooks reach loopback, private and link-local addresses. */
  readonly webhookAllowPrivate: boolean;
  /** Secrets that verify incoming webhooks, newest first; set here they win over the connections page. */
  readonly connectorSecrets?: ConnectorSecrets;
  /** Customer text older than this many months is erased by the retention job (the settings API overrides it). */
  readonly retentionMonths?: number;
  /** The mailbox polled for customer email (carries a password: never log or answer it). */
  readonly imapUrl?: string;
  /** The server replies to email signals are sent through (carries a password too). */
  readonly smtpUrl?: string;
  readonly imapPollSeconds: number;
  /** An S3-compatible bucket for complaint photos and videos instead of <data dir>/uploads (carries a secret). */
  readonly storageUrl?: string;
}

export interface ConnectorSecrets {
  readonly shopify: readonly string[];
  readonly woocommerce: readonly string[];
  readonly stripe: readonly string[];
}

/**
 * A server reachable from the network needs someone to be able to sign in: an account in the store
 * or WRITEBACK_ADMIN_TOKEN. Without either it refuses to start (`serve` asks once the database is
 * open); on loopback, no account means the single person at the machine is let in.
 */
export const isLoopback = (host: string) => LOOPBACK.has(host);

export function networkExposureProblem(host: string, adminToken: string | undefined, users: number): string | undefined {
  if (LOOPBACK.has(host) || adminToken || users > 0) return undefined;
  return `HOST: ${host} is not a loopback address and the store has no account; create one (writeback users add … --role admin) or set WRITEBACK_ADMIN_TOKEN so the API is not open to the network`;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Parsed once at boot; callers pass overrides from CLI flags (they win over the environment). */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  overrides: Record<string, string | undefined> = {},
): Config {
  const merged: Record<string, string | undefined> = { ...env };
  for (const [k, v] of Object.entries(overrides)) if (v !== undefined) merged[k] = v;
  const raw = Object.fromEntries(Object.keys(base.shape).map((k) => [k, merged[k] === '' ? undefined : merged[k]]));
  const parsed = base.safeParse(raw);
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.') || '(config)'}: ${i.message}`)),
    ...crossChecks(raw as Record<string, string | undefined>),
  ];
  if (!parsed.success || problems.length) throw new ConfigError(problems);
  const c = parsed.data;
  return Object.freeze({
    databaseUrl: c.DATABASE_URL,
    dataDir: path.resolve(c.WRITEBACK_DATA_DIR),
    embedded: c.WRITEBACK_EMBEDDED,
    host: c.HOST,
    port: c.PORT,
    adminToken: c.WRITEBACK_ADMIN_TOKEN,
    logLevel: c.LOG_LEVEL,
    demo: c.WRITEBACK_DEMO,
    timeZone: c.WRITEBACK_TIMEZONE,
    jobs: c.WRITEBACK_JOBS === 'on',
    jobIntervalSeconds: c.WRITEBACK_JOB_INTERVAL_SECONDS,
    allowedHosts: Object.freeze([...c.WRITEBACK_ALLOWED_HOSTS]),
    webhookSecret: c.WRITEBACK_WEBHOOK_SECRET,
    webhookAllowPrivate: c.WRITEBACK_WEBHOOK_ALLOW_PRIVATE === 'on',
    connectorSecrets: Object.freeze({
      shopify: Object.freeze([c.SHOPIFY_WEBHOOK_SECRET, c.SHOPIFY_WEBHOOK_SECRET_PREVIOUS].filter((s): s is string => !!s)),
      woocommerce: Object.freeze([c.WOOCOMMERCE_WEBHOOK_SECRET].filter((s): s is string => !!s)),
      stripe: Object.freeze([c.STRIPE_WEBHOOK_SECRET].filter((s): s is string => !!s)),
    }),
    retentionMonths: c.WRITEBACK_RETENTION_MONTHS,
    imapUrl: c.WRITEBACK_IMAP_URL,
    smtpUrl: c.WRITEBACK_SMTP_URL,
    imapPollSeconds: c.WRITEBACK_IMAP_POLL_SECONDS,
    storageUrl: c.WRITEBACK_STORAGE_URL,
  });
}

export const CONFIG_DOCS: Record<string, string> = {
  DATABASE_URL: 'PostgreSQL server URL; when set, the embedded database is not used',
  WRITEBACK_DATA_DIR: 'folder of the embedded database (default ./data)',
  WRITEBACK_EMBEDDED:
    'engine for a new data folder: postgres (default, a PostgreSQL server kept in the folder) or pglite; a folder keeps its engine',
  HOST: 'address to bind (default 127.0.0.1); non-loopback requires an account in the store or WRITEBACK_ADMIN_TOKEN',
  PORT: 'HTTP port (default 8080)',
  WRITEBACK_ADMIN_TOKEN:
    'an operator bearer token (16+ characters) that acts as an admin on every route; with it set, a store without accounts is not single-person',
  LOG_LEVEL: 'debug | info | warn | error | silent (default info)',
  WRITEBACK_DEMO: 'auto loads the demo store into an empty database on serve; off never does',
  WRITEBACK_TIMEZONE: "the team's IANA time zone for reports and jobs (default UTC)",
  WRITEBACK_JOBS: 'on runs background jobs in the serving process; off leaves them to `writeback jobs run`',
  WRITEBACK_JOB_INTERVAL_SECONDS: 'how often the background job loop runs (default 60)',
  WRITEBACK_ALLOWED_HOSTS: 'comma-separated host names the server answers to (Host header) besides loopback ones and HOST; others get 421',
  WRITEBACK_WEBHOOK_SECRET: 'secret that signs outgoing webhooks (X-Writeback-Signature, HMAC-SHA256); webhooks are not sent without it',
  SHOPIFY_WEBHOOK_SECRET:
    "verifies Shopify webhooks (X-Shopify-Hmac-Sha256): the app's client secret, or the key Shopify shows under Settings → Notifications → Webhooks",
  SHOPIFY_WEBHOOK_SECRET_PREVIOUS: 'the Shopify secret before a rotation, still accepted while Shopify switches over',
  WOOCOMMERCE_WEBHOOK_SECRET: "verifies WooCommerce webhooks (X-WC-Webhook-Signature): the webhook's Secret field",
  STRIPE_WEBHOOK_SECRET: "verifies Stripe webhooks (Stripe-Signature): the endpoint's signing secret, whsec_…",
  WRITEBACK_WEBHOOK_ALLOW_PRIVATE: 'on lets outgoing webhooks reach loopback, private and link-local addresses (default off)',
  WRITEBACK_RETENTION_MONTHS:
    'erase customer text (wording, emails, attachments) older than this many months, as a background job; PUT /api/settings/retention overrides it (default: keep)',
  WRITEBACK_IMAP_URL:
    'mailbox whose customer email becomes signals, e.g. imaps://user:password@imap.example.com/INBOX (read-only; IDLE where the server has it)',
  WRITEBACK_SMTP_URL:
    'server that sends replies to email signals, e.g. smtps://user:password@smtp.example.com:465?from=support@shop.example',
  WRITEBACK_IMAP_POLL_SECONDS: 'how often the mailbox is read besides IDLE wake-ups (default 60)',
};
