/**
 * Sentiment, anger and threats. A small lexicon with negation is enough here: sentiment only
 * orders the queue and feeds the SLA class; the issue types carry the decisions.
 */
import { NEGATOR } from './phrase-engine.js';
import { WordBits, type Token } from './text.js';
import type { Flags, Sentiment, Span } from './types.js';

const POS = new Set([
  'love',
  'loved',
  'great',
  'perfect',
  'beautiful',
  'amazing',
  'excellent',
  'awesome',
  'gorgeous',
  'comfortable',
  'happy',
  'recommend',
  'flattering',
  'lovely',
  'cute',
  'nice',
  'good',
  'wonderful',
  'fantastic',
  'soft',
  'pleased',
  'favorite',
  'otimo',
  'otima',
  'excelente',
  'recomendo',
  'bom',
  'boa',
  'perfeito',
  'perfeita',
  'amei',
  'adorei',
  'gostei',
  'lindo',
  'linda',
  'parabens',
  'satisfeito',
  'satisfeita',
  'maravilhoso',
  'rapido',
  'rapida',
  'certinho',
  'thanks',
  'obrigado',
  'obrigada',
  // Spanish, German, French.
  'excelente',
  'genial',
  'perfecto',
  'perfecta',
  'encanta',
  'encanto',
  'recomendable',
  'bueno',
  'buena',
  'bonito',
  'bonita',
  'precioso',
  'preciosa',
  'contento',
  'contenta',
  'satisfecho',
  'satisfecha',
  'gracias',
  'estupendo',
  'comodo',
  'comoda',
  'gut',
  'super',
  'toll',
  'perfekt',
  'prima',
  'zufrieden',
  'empfehlen',
  'empfehlenswert',
  'hervorragend',
  'klasse',
  'danke',
  'schnell',
  'bequem',
  'wunderschon',
  'wunderschoen',
  'einwandfrei',
  'parfait',
  'parfaite',
  'excellent',
  'excellente',
  'magnifique',
  'superbe',
  'satisfait',
  'satisfaite',
  'ravi',
  'ravie',
  'recommande',
  'merci',
  'bien',
  'bon',
  'bonne',
  'impeccable',
  'adore',
  'rapide',
  'confortable',
]);
const NEG = new Set([
  'bad',
  'poor',
  'terrible',
  'awful',
  'horrible',
  'disappointed',
  'disappointing',
  'cheap',
  'worst',
  'returned',
  'returning',
  'unfortunately',
  'broken',
  'broke',
  'late',
  'never',
  'missing',
  'wrong',
  'itchy',
  'ugly',
  'refund',
  'scam',
  'ruim',
  'pessimo',
  'pessima',
  'horrivel',
  'decepcionado',
  'decepcionada',
  'atrasado',
  'atraso',
  'defeito',
  'quebrado',
  'errado',
  'faltando',
  'infelizmente',
  'lixo',
  'vergonha',
  'absurdo',
  'descaso',
  'enganosa',
  'nunca',
  'problema',
  'reclamacao',
  'devolver',
  // Spanish, German, French.
  'malo',
  'mala',
  'pesimo',
  'horrible',
  'fatal',
  'decepcionado',
  'decepcionada',
  'decepcion',
  'roto',
  'rota',
  'retraso',
  'tarde',
  'defectuoso',
  'defectuosa',
  'equivocado',
  'falta',
  'lamentablemente',
  'reembolso',
  'estafa',
  'basura',
  'queja',
  'schlecht',
  'enttauscht',
  'enttaeuscht',
  'enttauschend',
  'leider',
  'kaputt',
  'defekt',
  'falsch',
  'falsche',
  'fehlt',
  'verspatet',
  'verspaetet',
  'mangelhaft',
  'katastrophe',
  'katastrophal',
  'betrug',
  'schrott',
  'mies',
  'reklamation',
  'mauvais',
  'mauvaise',
  'nul',
  'nulle',
  'decu',
  'decue',
  'deception',
  'casse',
  'cassee',
  'retard',
  'defectueux',
  'defectueuse',
  'manque',
  'malheureusement',
  'arnaque',
  'rembourser',
  'remboursement',
  'honteux',
  'pire',
  'peor',
]);
const ANGER = new Set([
  'furious',
  'outraged',
  'unacceptable',
  'ridiculous',
  'disgusting',
  'disgusted',
  'scam',
  'scammers',
  'fraud',
  'liars',
  'pathetic',
  'worst',
  'livid',
  'infuriating',
  'angry',
  'rip',
  'thieves',
  'absurdo',
  'vergonha',
  'palhacada',
  'ladroes',
  'ladrao',
  'golpe',
  'golpistas',
  'fraude',
  'revoltado',
  'revoltada',
  'indignado',
  'indignada',
  'lixo',
  'absurda',
  'descaso',
  'safados',
  'pqp',
  // Spanish, German, French.
  'estafa',
  'estafadores',
  'ladrones',
  'verguenza',
  'vergonzoso',
  'indignante',
  'inaceptable',
  'indignado',
  'indignada',
  'harto',
  'harta',
  'timo',
  'betrug',
  'betruger',
  'betrueger',
  'unverschamt',
  'unverschaemt',
  'frechheit',
  'sauerei',
  'abzocke',
  'wutend',
  'wuetend',
  'inakzeptabel',
  'unmoglich',
  'unmoeglich',
  'arnaque',
  'arnaqueurs',
  'escrocs',
  'escroquerie',
  'voleurs',
  'honteux',
  'inadmissible',
  'inacceptable',
  'scandaleux',
  'furieux',
  'furieuse',
  'honte',
]);

// Run on the folded text (lower-case, no accents; same offsets), so no i/u flags are needed.
/** One threat pattern: alternatives per language, tried only when one of its gate words is among the tokens. */
function threat(flag: keyof Omit<Flags, 'anger'>, gate: string, alternatives: string[]) {
  return { flag, gate, re: new RegExp(String.raw`\b(` + alternatives.join('|') + String.raw`)\b`) };
}

const PATTERNS: { flag: keyof Omit<Flags, 'anger'>; gate: string; re: RegExp }[] = [
  threat(
    'threatChargeback',
    'charge chargeback chargebacks dispute disputes disputed contest contesting bank reverse contestar cartao disputa litige ruckbuchung contracargo reclamacion reclamar reclamo denuncia anular devolucion retrocesion retrocargo paypal abrire abro rueckbuchung zuruckbuchen zurueckbuchen zuruckbuchung zurueckbuchung lastschrift konflikt paypal kauferschutz kaeuferschutz widerspruch eroffne eroeffne ouvert ouvrir ouvre ouvrirai opposition retrofacturation contester',
    [
      'charge ?backs?|dispute (?:the|this|it with|opened|filed|raised)|(?:open|opened|opening|file|filed|filing|raise|raised|raising|start|started) (?:a |an )?(?:paypal |card |bank )?dispute|disputed (?:the|this) (?:charge|payment|transaction)|contest(?:ing)? the charge|call(?:ing)? my bank|(?:my|the) bank (?:to|will) (?:reverse|dispute)|reverse the charge|contestar (?:a compra|no cartao|a cobranca)|cancelar no cartao|estornar no cartao|(?:abri|abrir|aberta|vou abrir) (?:uma )?disputa|disputa (?:aberta|no cartao|com o banco)|(?:abierto|abrir|abri) (?:una )?disputa|disputa con (?:mi|el) banco|contracargo|(?:ouvert|ouvrir|ouvre) (?:un )?litige|litige (?:aupres|avec) (?:de )?(?:ma|la) banque|ruckbuchung',
      // Spanish
      '(?:reclamacion|reclamar|reclamo|denuncia) (?:a|con|en|ante) (?:mi|el) banco|anular (?:el )?cargo|(?:devolucion|retrocesion) del cargo|retrocargo|disputa en paypal|(?:abrire|abro|voy a abrir) (?:una )?(?:disputa|reclamacion) (?:en|con) (?:paypal|mi banco|el banco|la tarjeta)',
      // German
      'r(?:u|ue)ckbuchung|zur(?:u|ue)ck ?buch(?:en|ung|e)|lastschrift (?:zur(?:u|ue)ck|widerrufen|zur(?:u|ue)ckgehen)|(?:paypal-?)?konflikt (?:er(?:o|oe)ffnet|er(?:o|oe)ffnen|gestartet|melden)|(?:er(?:o|oe)ffne|er(?:o|oe)ffnet|starte|melde) (?:einen |ich einen )?(?:paypal-?)?(?:konflikt|fall)|k(?:a|ae)uferschutz|widerspruch (?:bei|uber|ueber) (?:meine|meiner|die|der) (?:bank|kreditkarte)',
      // French
      '(?:ouvert|ouvrir|ouvre|ouvrirai|ouvrais) (?:un )?litige|litige (?:paypal|bancaire|aupres|avec|en cours|ouvert)|(?:faire|fais|ferai|fait) (?:une )?opposition|opposition (?:bancaire|sur (?:ma |la )?carte)|retrofacturation|contester (?:le |la |ce |cette )?(?:paiement|prelevement|transaction|debit|achat)',
    ],
  ),
  threat(
    'threatLegal',
    'lawyer attorney sue suing lawsuit legal claims court advogado advogada processar processo justica procon juizado causas judicial abogado abogada abogados demandar demandarlos demandare demanda denuncia tribunal tribunales juzgado legales judicial consumo omic profeco reclamaciones justicia anwalt anwaltin rechtsanwalt rechtsanwaltin anwaelt verklagen verklage klage gericht gerichtlich rechtliche verbraucherzentrale strafanzeige anzeige mahnverfahren avocat avocate avocats plainte tribunal justice poursuites poursuivre ufc dgccrf demeure mediateur',
    [
      'lawyer|attorney|sue|suing|lawsuit|legal action|small claims|court|advogad[oa]|processar|processo judicial|justica|procon|juizado|pequenas causas|acao judicial',
      // Spanish
      'abogad[oa]s?|demandar(?:los|les|te|e)?|demandare|(?:poner|pondre|interponer) (?:una )?(?:demanda|denuncia)|tribunal(?:es)?|juzgado|acciones legales|via judicial|(?:oficina|organismo|asociacion|autoridades) de consumo|(?:denuncia|reclamacion|reclamare|ir) (?:en|a|ante) consumo|omic|profeco|hoja de reclamaciones|justicia',
      // German
      '(?:rechts)?anw(?:a|ae)lt(?:in)?|verklagen|verklage|klage (?:einreichen|erheben|ein)|vor gericht|gerichtlich|rechtliche schritte|verbraucherzentrale|strafanzeige|anzeige erstatten|mahnverfahren',
      // French
      'avocat(?:e|s)?|porter plainte|portrai plainte|(?:deposer|deposerai|depose) (?:une )?plainte|plainte|tribunal|justice|poursuites|poursuivre|action en justice|ufc|que choisir|dgccrf|mise en demeure|mediateur',
    ],
  ),
  threat(
    'threatPublic',
    'review everywhere everyone social facebook instagram twitter tiktok youtube reddit viral bbb bureau trustpilot reclame reclameaqui redes expor report denunciar lugar partes partout signaler uberall melden anzeigen redes resena opinion valoracion todo exponer escrachar escracharlos sozialen social medien bewertung allen jedem erzahlen erzaehlen offentlich oeffentlich melden anzeigen ueberall reseaux avis note critique savoir saura signaler denoncer publier poster partager raconter',
    [
      '(?:post|share|put|spread|write|publish)(?: (?:a |this |my |an? bad )?(?:review|it|this|that|about (?:it|this|you)))? everywhere|report (?:you|your (?:shop|store|company|business)|this (?:shop|store|seller|company)|the (?:shop|store|seller)) ?(?:to|on|with)?|(?:postar|publicar|espalhar) (?:isso |isto )?(?:em )?todo (?:lugar|canto)|(?:vou |irei )?denunciar (?:voces|a loja|vcs)|(?:publicar|lo voy a publicar)(?: esto)? en todas partes|(?:los |les |te )?(?:voy a )?denunciar(?:los|les)?|(?:publier|poster) (?:ca |cela )?partout|vous signaler|uberall (?:posten|teilen|veroffentlichen)|tell everyone|tell everyone|social media|(?:on|to) (?:facebook|instagram|twitter|tiktok|youtube|reddit)|going viral|bbb|better business bureau|trustpilot|reclame ?aqui|redes sociais|vou expor|expor (?:voces|a loja)|(?:leave|write|post) (?:a |an )?(?:bad|negative|1[- ]star|one[- ]star) review',
      // Spanish
      'redes sociales|(?:dejare|pondre|escribire|voy a (?:dejar|poner|escribir|publicar)) (?:una )?(?:mala resena|resena negativa|mala opinion|opinion negativa|mala valoracion|valoracion negativa)|(?:contarselo|contar(?:lo)?|decirselo) a todo el mundo|que todo el mundo (?:lo )?sepa|(?:voy a )?(?:exponer|escrachar)(?:los|les)?',
      // German
      String.raw`(?:sozialen|social) (?:medien|media|netzwerken)|(?:schreibe|gebe|hinterlasse|werde) (?:ich )?(?:eine |euch eine |ihnen eine )?(?:schlechte|negative) bewertung|(?:allen|jedem|uberall|ueberall) (?:erz(?:a|ae)hlen|weitersagen)|(?:o|oe)ffentlich machen|(?:euch|sie|dich) (?:(?:bei|beim) [a-z]+ )?(?:melden|anzeigen)\b(?! sich)|(?:u|ue)berall (?:posten|teilen|ver(?:o|oe)ffentlichen|schreiben)`,
      // French
      'reseaux sociaux|(?:laisser|laisserai|mettre|mettrai|vais (?:laisser|mettre|poster|ecrire)) (?:un |une )?(?:avis negatif|mauvais avis|mauvaise note|mauvaise critique)|(?:le faire savoir|tout le monde (?:le )?saura)|(?:vous )?(?:signaler|denoncer) (?:a|aupres|sur)|vous denoncer|(?:publier|poster|partager|raconter) (?:ca |cela |ceci |tout )?partout',
    ],
  ),
];

// Read by the token's lexicon id: bit 1 positive, 2 negative, 4 anger, 8<<i triggers threat
// pattern i (a pattern is tried only when one of its trigger words is among the tokens).
const LEX = new WordBits();
for (const w of POS) LEX.add(w, 1);
for (const w of NEG) LEX.add(w, 2);
for (const w of ANGER) LEX.add(w, 4);
PATTERNS.forEach((p, i) => {
  for (const w of p.gate.split(' ')) LEX.add(w, 8 << i);
});

export interface Mood {
  sentiment: Sentiment;
  flags: Flags;
  flagSpans: Partial<Record<keyof Flags, Span>>;
}

export function readMood(text: string, folded: string, tokens: Token[], rating?: number | null): Mood {
  let pos = 0;
  let neg = 0;
  let anger = 0;
  let angerSpan: Span | undefined;
  let triggered = 0;
  for (let i = 0; i < tokens.length; i++) {
    const bits = LEX.of(tokens[i]!.id);
    if (bits === 0) continue;
    triggered |= bits;
    const isPos = (bits & 1) !== 0;
    const isNeg = (bits & 2) !== 0;
    if (bits & 4) {
      anger++;
      angerSpan ??= {
        start: tokens[i]!.start,
        end: tokens[i]!.end,
        text: text.slice(tokens[i]!.start, tokens[i]!.end),
        rule: 'anger-word',
      };
    }
    if (!isPos && !isNeg) continue;
    // A word that is itself a negator ("nunca", "never") is not flipped by another: "no llegó nunca".
    if (NEGATOR.of(tokens[i]!.id) !== 0) {
      if (isPos) pos++;
      else neg++;
      continue;
    }
    // A negator (either language) one or two words before, in the same clause, flips the word.
    const flip =
      (i > 0 && tokens[i - 1]!.clause === tokens[i]!.clause && NEGATOR.of(tokens[i - 1]!.id) !== 0) ||
      (i > 1 && tokens[i - 2]!.clause === tokens[i]!.clause && NEGATOR.of(tokens[i - 2]!.id) !== 0);
    if (isPos !== flip) pos++;
    else neg++;
  }
  // Shouting: several all-caps words or a run of exclamation marks reads as anger.
  const caps = text !== folded ? (text.match(/\b[A-Z]{4,}\b/g)?.length ?? 0) : 0;
  const bangs = text.includes('!!!');
  if (caps >= 3) anger++;
  if (bangs && neg > 0) anger++;
  let score = (pos - neg) / Math.max(3, pos + neg);
  if (rating) score = 0.5 * score + 0.5 * ((rating - 3) / 2);
  score = Math.max(-1, Math.min(1, score));
  const label: Sentiment['label'] =
    pos > 0 && neg > 0 && Math.abs(score) < 0.35 ? 'mixed' : score > 0.15 ? 'positive' : score < -0.15 ? 'negative' : 'neutral';
  const flags: Flags = {
    anger: anger >= 2 || (anger >= 1 && score < -0.3),
    threatPublic: false,
    threatChargeback: false,
    threatLegal: false,
  };
  const flagSpans: Mood['flagSpans'] = {};
  if (flags.anger) flagSpans.anger = angerSpan ?? { start: 0, end: 0, text: '', rule: 'shouting' };
  for (let pi = 0; pi < PATTERNS.length; pi++) {
    if (!(triggered & (8 << pi))) continue;
    const { flag, re } = PATTERNS[pi]!;
    const m = re.exec(folded);
    if (m) {
      flags[flag] = true;
      flagSpans[flag] = { start: m.index, end: m.index + m[0].length, text: text.slice(m.index, m.index + m[0].length), rule: flag };
    }
  }
  // A chargeback or a dispute is money being pulled back: whatever polite words come with it
  // ("thanks", a quoted "great"), the customer is not pleased, so it is never positive or mixed.
  if (flags.threatChargeback)
    return { sentiment: { label: 'negative', score: Math.min(Math.round(score * 100) / 100, -0.5) }, flags, flagSpans };
  return { sentiment: { label, score: Math.round(score * 100) / 100 }, flags, flagSpans };
}
