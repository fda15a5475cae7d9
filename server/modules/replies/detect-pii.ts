// Personal data that must not appear in a public reply. Pattern rules catch the common shapes;
// the reply context adds the exact values we know (order id, email, phone, address), which catches
// shapes no pattern would (an order id like "WB-7K2Q").
import type { Hit } from './text-scan.js';
import { spansOf } from './text-scan.js';
import type { ReplyContext } from './reply-context.js';

// Shared mailboxes are the official channel a public reply should offer, not a person's data.
const ROLE_MAILBOXES = new Set([
  'support',
  'help',
  'care',
  'customercare',
  'service',
  'customerservice',
  'hello',
  'info',
  'contact',
  'team',
  'orders',
  'returns',
  'sac',
  'atendimento',
  'suporte',
  'contato',
  'ajuda',
  'servicedesk',
  'soporte',
  'ayuda',
  'atencion',
  'atencionalcliente',
  'servicio',
  'clientes',
  'pedidos',
  'devoluciones',
  'kundenservice',
  'kundendienst',
  'hilfe',
  'kontakt',
  'bestellungen',
  'serviceclient',
  'sav',
  'aide',
  'commandes',
  'retours',
  // greetings and billing desks a shop publishes: "hola@", "faturacao@", "facturas@", "rechnung@"
  'hola',
  'ola',
  'oi',
  'hallo',
  'bonjour',
  'hi',
  'contacto',
  'faturacao',
  'faturas',
  'facturas',
  'facturacion',
  'factures',
  'facturation',
  'billing',
  'invoices',
  'accounts',
  'rechnung',
  'rechnungen',
  'buchhaltung',
  'vendas',
  'ventas',
  'sales',
  'loja',
  'tienda',
  'shop',
  'boutique',
  'trocas',
  'garantia',
  'warranty',
  'garantie',
  'privacy',
  'privacidade',
  'privacidad',
  'datenschutz',
  'rgpd',
  'dpo',
  'retouren',
  'reclamacoes',
  'reclamaciones',
  'reklamation',
  'trade',
  'apoio',
  'apoioaocliente',
  'wholesale',
  'b2b',
  'atacado',
  'mayorista',
  'grosshandel',
  'pro',
  'business',
  'compras',
  'einkauf',
  'achats',
]);

const EMAIL = /[A-Z0-9._%+-]+@[A-Z0-9-]+(?:\.[A-Z0-9-]+)*\.[A-Z]{2,}/i;

// A label ("order", "pedido") optionally followed by a number word, then a token carrying 3+ digits.
const ORDER_LABELLED =
  /\b(?:order|pedido|encomenda)(?:\s+(?:number|no\.?|num\.?|id|nº|n\.º|número|numero|ref(?:erence)?))?\s*[:#]?\s*#?\s?[A-Z]{0,4}-?\d{3,}[A-Z0-9-]*/i;
// "#1043" alone is how most shop platforms print an order number.
const HASH_NUMBER = /(?<![\w&])#\s?\d{4,}\b/;

const PHONE = /(?<![\w#@.-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)\s?)?\d{2,6}(?:[\s.-]\d{2,6}){1,4}(?![\w-])/;
const DATE_LIKE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;

// Case-sensitive on purpose: "5 minutes drive" is prose, "12 Elm Drive" is an address.
const STREET_EN =
  /\b\d{1,6}[A-Za-z]?\s+(?:[A-Z][a-z'.-]+\s+){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Court|Ct|Place|Pl|Terrace|Close|Crescent|Highway|Hwy)\b\.?/;
const STREET_PT = /\b(?:Rua|Avenida|Av\.|Travessa|Alameda|Praça|Estrada|Rodovia|Largo)\s+[^\n,]{2,60}?,\s*(?:n[º°o.]?\s*)?\d{1,6}\b/i;
const POSTCODES = [
  /\b\d{5}-\d{3}\b/, // Brazil CEP
  /\b\d{4}-\d{3}\b/, // Portugal
  /\b\d{5}-\d{4}\b/, // US ZIP+4
  /\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b/, // UK
];

export function detectPii(text: string, context: ReplyContext = {}): Hit[] {
  const official = new Set((context.officialContacts ?? []).map(normalizeContact));
  const hits: Hit[] = [];

  for (const s of spansOf(text, EMAIL)) {
    const local = (s.text.split('@')[0] ?? '').toLowerCase();
    const isCustomer = !!context.customerEmail && s.text.toLowerCase() === context.customerEmail.toLowerCase();
    const isOfficial = official.has(normalizeContact(s.text)) || ROLE_MAILBOXES.has(local.replace(/[._-]/g, ''));
    if (isCustomer || !isOfficial) hits.push({ code: 'pii_email', start: s.start, end: s.end });
  }

  for (const s of [...spansOf(text, ORDER_LABELLED), ...spansOf(text, HASH_NUMBER)]) {
    hits.push({ code: 'pii_order_number', start: s.start, end: s.end });
  }
  if (context.orderId && context.orderId.trim().length >= 3) {
    for (const s of spansOf(text, literal(context.orderId.trim()))) hits.push({ code: 'pii_order_number', ...pos(s) });
  }

  const phones = spansOf(text, PHONE).filter((s) => {
    const digits = s.text.replace(/\D/g, '');
    return digits.length >= 8 && digits.length <= 15 && !DATE_LIKE.test(s.text);
  });
  // "(11) 98765-4321" holds a ZIP+4 shape; when a longer phone match surrounds it, it is the phone.
  const partOfLongerPhone = (s: { start: number; end: number }) =>
    phones.some((p) => p.start <= s.start && s.end <= p.end && p.end - p.start > s.end - s.start);
  for (const p of [STREET_EN, STREET_PT, ...POSTCODES]) {
    for (const s of spansOf(text, p)) {
      if (!insideAny(s, hits) && !partOfLongerPhone(s)) hits.push({ code: 'pii_address', ...pos(s) });
    }
  }
  if (context.customerAddress && context.customerAddress.trim().length >= 6) {
    for (const s of spansOf(text, literal(context.customerAddress.trim()))) hits.push({ code: 'pii_address', ...pos(s) });
  }
  for (const s of phones) {
    if (official.has(s.text.replace(/\D/g, ''))) continue;
    if (insideAny(s, hits)) continue; // an order number or postcode with dashes is not also a phone number
    hits.push({ code: 'pii_phone', start: s.start, end: s.end });
  }
  if (context.customerPhone) {
    const want = context.customerPhone.replace(/\D/g, '');
    for (const s of spansOf(text, PHONE)) {
      if (want.length >= 6 && s.text.replace(/\D/g, '').endsWith(want.slice(-8))) hits.push({ code: 'pii_phone', ...pos(s) });
    }
  }

  return hits;
}

function pos(s: { start: number; end: number }): { start: number; end: number } {
  return { start: s.start, end: s.end };
}

function insideAny(s: { start: number; end: number }, hits: readonly Hit[]): boolean {
  return hits.some((h) => h.start <= s.start && s.end <= h.end);
}

function literal(value: string): RegExp {
  return new RegExp(value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
}

function normalizeContact(value: string): string {
  return value.includes('@') ? value.trim().toLowerCase() : value.replace(/\D/g, '');
}
