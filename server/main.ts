import { parseArgs } from 'node:util';
import { ConfigError } from './platform/config.js';
import { DataDirLockedError } from './platform/db/index.js';
// Commands load on demand: `reply check` and `triage --in` start fast and never load the database layer.
const USAGE = `writeback <command> [options]

  serve [--host H] [--port P]          serve the API and web app (what npm start runs)
  db migrate                           apply database migrations
  import signals|orders|products FILE  import CSV, NDJSON or JSON
  import inspections FILE.csv          QA inspection records of batches (batch, sku, date, inspector, result, notes, photos)
        [--format csv|ndjson|json|eml|mbox] [--map col=field,...] [--set field=value,...]
        [--preset auto|none|shopify-orders|judgeme|yotpo|trustpilot|google-reviews|paypal-disputes|zendesk|gorgias|...]
        [--date-format DD/MM/YYYY|MM/DD/YYYY] [--rejects FILE] [--json]
        [--server URL [--token T]]     send the file to a running server instead of opening the data folder
                                       (a personal API token: --token, or WRITEBACK_TOKEN)
  demo [--seed N] [--signals N] [--end-date YYYY-MM-DD] [--json]
                                       load the demo store (deterministic for a seed and end date)
  jobs run --once [--json]             run every due background job once and exit
  issues list [--json]                 repeated issues with spike, status and playbook
  actions list [--json]                write-back actions with review date and verdict
  triage --in FILE.jsonl [--data DIR]  triage lines {id, text, title?, channel?, rating?, language?}; no database needed
  triage --all                         re-triage every stored signal (after rules or the model changed)
  triage train                         train the store's model from agents' label corrections
  eval triage --in LABELLED.jsonl      per-label precision, recall, F1; micro and macro F1 [--json]
  eval guardrails --in LABELLED.jsonl  reply guardrails on lines {id, text, public, bad}: share of bad and of good
                                       replies blocked, per category and language [--json]; no database
  reply check --in FILE.jsonl          reply guardrails on lines {id, text, public}; one JSON line each; no database
  outbox export --format csv --out FILE  unsent review requests to CSV (marked sent via csv)
  customers erase ID [--json]          erase a customer's data on request (answers the counts)
  customers export ID --out FILE.zip   everything held about a customer, as a zip of JSON
  mail fetch|send [--json]             read the mailbox (WRITEBACK_IMAP_URL) or send queued email replies (WRITEBACK_SMTP_URL) once
  report weekly [--week 2026-W47] [--tz ZONE] [--format json|md|html|csv|pdf] [--out FILE] [--fresh]
                                       the weekly voice-of-customer report (default: last complete week, team zone)
  report monthly [--month 2026-11] [--tz ZONE] [--format ...] [--out FILE]   the monthly SKU review
  users add --email E --name N --role R [--team T]... [--password-stdin]
                                       create an account (admin, lead, agent, owner, viewer); prints it as JSON
  users list [--json]                  every account
  report supplier-packet --supplier X|--batch B --from DATE --to DATE --out FILE.zip
                                       evidence packet for a supplier or batch (wording masked, no customer data)
  portal link --order ID [--days N] [--base-url URL] [--json]
                                       the signed complaint-form link for one order's emails

Every command takes --data DIR (the embedded database folder, default ./data) or uses DATABASE_URL.`;

const OPTIONS = {
  data: { type: 'string' },
  host: { type: 'string' },
  port: { type: 'string' },
  format: { type: 'string' },
  map: { type: 'string' },
  set: { type: 'string' },
  preset: { type: 'string' },
  'date-format': { type: 'string' },
  server: { type: 'string' },
  token: { type: 'string' },
  rejects: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  seed: { type: 'string' },
  signals: { type: 'string' },
  'end-date': { type: 'string' },
  once: { type: 'boolean' },
  week: { type: 'string' },
  tz: { type: 'string' },
  month: { type: 'string' },
  supplier: { type: 'string' },
  batch: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  fresh: { type: 'boolean' },
  in: { type: 'string' },
  out: { type: 'string' },
  all: { type: 'boolean' },
  model: { type: 'string' },
  email: { type: 'string' },
  name: { type: 'string' },
  role: { type: 'string' },
  team: { type: 'string', multiple: true },
  'password-stdin': { type: 'boolean' },
  order: { type: 'string' },
  days: { type: 'string' },
  'base-url': { type: 'string' },
} as const;

async function main(argv: string[]): Promise<number> {
  const { values: flags, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  const [command, ...rest] = positionals;
  if (flags.help || !command) {
    console.log(USAGE);
    return command || flags.help ? 0 : 1;
  }
  switch (command) {
    case 'serve':
      await (await import('./cli/serve.js')).serveCommand(flags);
      return -1; // keeps running
    case 'db':
      if (rest[0] !== 'migrate') throw new Error('usage: writeback db migrate');
      await (await import('./cli/db-migrate.js')).dbMigrateCommand(flags);
      return 0;
    case 'import':
      return (await import('./cli/import.js')).importCommand(rest[0], rest[1], flags);
    case 'demo':
      return (await import('./cli/demo.js')).demoCommand(flags);
    case 'jobs':
      return (await import('./cli/jobs.js')).jobsCommand(rest[0], flags);
    case 'issues':
      return (await import('./cli/issues.js')).issuesCommand(rest[0], flags);
    case 'actions':
      return (await import('./cli/actions.js')).actionsCommand(rest[0], flags);
    case 'triage':
      return (await import('./cli/triage.js')).triageCommand(rest[0], flags);
    case 'eval':
      return (await import('./cli/triage.js')).evalCommand(rest[0], flags);
    case 'reply':
      return (await import('./cli/reply.js')).replyCommand(rest[0], flags);
    case 'outbox':
      return (await import('./cli/outbox.js')).outboxCommand(rest[0], flags);
    case 'customers':
      return (await import('./cli/customers.js')).customersCommand(rest[0], rest[1], flags);
    case 'mail':
      return (await import('./cli/mail.js')).mailCommand(rest[0], flags);
    case 'report':
      return (await import('./cli/report.js')).reportCommand(rest[0], flags);
    case 'users':
      return (await import('./cli/users.js')).usersCommand(rest[0], flags);
    case 'portal':
      return (await import('./cli/portal.js')).portalCommand(rest[0], flags);
    default:
      throw new Error(`unknown command "${command}"\n\n${USAGE}`);
  }
}

// `writeback triage --in … | head` closes the pipe early: stop quietly, as other command-line tools do.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (e) => {
    if (e instanceof ConfigError || e instanceof DataDirLockedError) console.error(e.message);
    else console.error(`writeback: ${e?.message ?? e}`);
    // A command that failed may still hold open handles (a database pool, a server): exit now
    // rather than hang on them.
    process.exit(e instanceof ConfigError ? 78 : 1);
  },
);
