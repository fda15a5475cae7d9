// Content words: what is left of a text once function words and the vocabulary every support reply
// shares ("order", "sorry", "product") are removed. Two texts that share a content word talk about the
// same specific thing; that is the whole of the template check, so it stays deliberately simple.

const FUNCTION_WORDS = new Set(
  (
    'a an the and or but if then than so to of in on at by for with from into onto about as is are was were be been being ' +
    'am do does did done have has had having i me my mine we us our ours you your yours he him his she her it its they them ' +
    'their this that these those there here what which who whom when where why how all any some no not nor only own same ' +
    'too very can will just should would could may might must shall also again once more most other such up down out off ' +
    'over under very after before while because until both each few just dont didnt doesnt isnt wasnt arent werent cant ' +
    'wont im ive youre weve theyre its thats got get gets one two really still even much many lot lots ' +
    // Portuguese
    'o os as um uma uns umas e ou mas se de do da dos das em no na nos nas por para pelo pela com sem que quem qual ' +
    'como quando onde porque eu voce vc voces nos ele ela eles elas meu minha seu sua nosso nossa isso isto esse essa ' +
    'este esta foi era ser estar estou esta tem ter tive muito muita mais menos ja nao sim ao aos ate tambem'
  ).split(/\s+/),
);

// Words any reply to any review contains; sharing them shows no listening.
const SUPPORT_WORDS = new Set(
  (
    'order ordered orders product products item items purchase purchased buy bought store shop company brand team ' +
    'customer customers service support experience experiences review reviews feedback rating star stars sorry apology ' +
    'apologize apologise apologies thank thanks thankful appreciate hear hearing happy glad sad unfortunately please hi hello ' +
    'dear issue issues problem problems concern concerns inconvenience help reach contact message email understand ' +
    'frustrating frustrated disappointed disappointing disappointment bad good great terrible awful worst best love ' +
    'pedido produto compra loja empresa cliente atendimento experiencia avaliacao desculpa desculpe obrigado obrigada ' +
    'problema problemas ajuda contato bom ruim pessimo otimo'
  ).split(/\s+/),
);

export function stem(word: string): string {
  let w = word;
  for (const suffix of ['ingly', 'edly', 'ing', 'ied', 'ies', 'ed', 'es', 'ly', 's', 'e']) {
    if (w.length - suffix.length >= 3 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w;
}

export function normalizeWord(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '');
}

/** Stems of the specific words in a text; numbers count, since "12 days" is as specific as it gets. */
export function contentStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.match(/[\p{L}\p{N}'’]+/gu) ?? []) {
    const w = normalizeWord(raw);
    if (/^\d+$/.test(w)) {
      out.add(w);
      continue;
    }
    if (w.length < 3 || FUNCTION_WORDS.has(w) || SUPPORT_WORDS.has(w)) continue;
    const s = stem(w);
    if (SUPPORT_WORDS.has(s)) continue;
    out.add(s);
  }
  return out;
}

export function sharedContent(a: string, b: string): string[] {
  const left = contentStems(a);
  return [...contentStems(b)].filter((s) => left.has(s));
}
