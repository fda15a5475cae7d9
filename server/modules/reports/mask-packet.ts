// A supplier packet leaves the company: whatever customers wrote or uploaded is masked before it
// goes in, in the wording, in every other cell and inside the photo links. Personal data the
// triage masker knows (emails, phones, addresses, cards, IBANs) plus names where the wording
// introduces one ("my name is", a greeting, a sign-off) or a link carries one.
import { maskPii } from '../../lib/pii.js';

const NAME_WORD = "\\p{Lu}[\\p{Ll}'’-]+";
const NAME = `${NAME_WORD}(?:\\s+(?:(?:da|de|do|dos|das|van|von|del|di|le)\\s+)?${NAME_WORD}){0,3}`;
const CUES = [
  'my name is',
  'i am',
  "i'm",
  'this is',
  'name',
  'nome',
  'meu nome é',
  'me chamo',
  'eu sou (?:a|o)',
  'sou (?:a|o)',
  'dear',
  'hi',
  'hello',
  'hey',
  'olá',
  'oi',
  'prezad(?:a|o)',
  'car(?:a|o)',
  'thanks',
  'thank you',
  'regards',
  'best regards',
  'kind regards',
  'best',
  'cheers',
  'sincerely',
  'yours',
  'obrigad(?:a|o)',
  'att\\.?',
  'atenciosamente',
  'abraços?',
  'beijos?',
  'grat(?:a|o)',
];
// A cue is matched case-insensitively; the name after it must start with capitals (hence the
// inline flags: the cue part is written to match either case by hand).
const ciCue = (c: string) =>
  c.replace(/\p{L}/gu, (ch) => (ch.toLowerCase() === ch.toUpperCase() ? ch : `[${ch.toLowerCase()}${ch.toUpperCase()}]`));
const CUED_NAME = new RegExp(`(\\b(?:${CUES.map(ciCue).join('|')})\\s*[,:]?\\s+)(${NAME})`, 'gu');
const SIGNED_NAME = new RegExp(`((?:^|\\n)\\s*[-–—~]+\\s*)(${NAME})(?=\\s*$)`, 'gmu');

/** The wording (or any cell) with personal data and introduced names masked. */
export function maskPacketText(text: string): string {
  return maskPii(text).replace(CUED_NAME, '$1[name]').replace(SIGNED_NAME, '$1[name]');
}

// Query keys whose value is about a person whatever it looks like.
const PERSONAL_KEYS =
  /^(?:(?:first|last|full|sur|given|customer|user|author|display|nick)?[-_]?name|nome|email|e-?mail|mail|customer(?:[-_]?id)?|user(?:[-_]?id)?|client|phone|tel|mobile|whatsapp|address|endere[cç]o|iban|account|conta|cpf|ssn|token)$/i;
// "Maria_Silva", "Maria-Silva", "Maria.Silva", "Maria Silva": two capitalised words in a path or value.
const NAME_PAIR = /\p{Lu}\p{Ll}+[ _.+-]\p{Lu}\p{Ll}+/u;

function personal(decoded: string): boolean {
  return NAME_PAIR.test(decoded) || maskPacketText(decoded) !== decoded;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

/**
 * A photo link with every path segment, query value and fragment that carries personal data
 * replaced by "[masked]" (and any user:password dropped). A masked link may no longer open:
 * `masked` says so, and the supplier asks the seller for that photo.
 */
export function maskPacketUrl(raw: string): { url: string; masked: boolean } {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    const url = maskPacketText(raw);
    return { url, masked: url !== raw };
  }
  let masked = false;
  if (u.username || u.password) {
    u.username = '';
    u.password = '';
    masked = true;
  }
  const parts = u.pathname.split('/');
  const segments = parts.map((seg, i) => {
    if (!seg || !personal(decode(seg))) return seg;
    masked = true;
    // The file's extension stays (what kind of file it was), only on the file name itself.
    const ext = i === parts.length - 1 ? (/\.[A-Za-z0-9]{2,5}$/.exec(seg)?.[0] ?? '') : '';
    return `[masked]${ext}`;
  });
  const params = [...u.searchParams].map(([k, v]) => {
    if (PERSONAL_KEYS.test(k) || personal(v) || personal(k)) {
      masked = true;
      return [PERSONAL_KEYS.test(k) || !personal(k) ? k : '[masked]', '[masked]'] as const;
    }
    return [k, v] as const;
  });
  let hash = u.hash;
  if (hash && personal(decode(hash.slice(1)))) {
    hash = '#[masked]';
    masked = true;
  }
  if (!masked) return { url: raw, masked: false };
  const query = params.length
    ? `?${params.map(([k, v]) => `${encodeURIComponent(k)}=${v === '[masked]' ? v : encodeURIComponent(v)}`).join('&')}`
    : '';
  return { url: `${u.protocol}//${u.host}${segments.join('/')}${query}${hash}`, masked: true };
}
