import type { IssueType } from '../../../contracts/signal.js';
import type { Bank } from './en-complaints.js';

/** Brazilian Portuguese fragments for customers in BR. Same slots as the English banks. */

export const PT_COMPLAINTS: Record<Exclude<IssueType, 'praise'>, Bank> = {
  fit_size: {
    core: [
      'Pedi {product} no tamanho {size} e ficou muito pequeno.',
      'O tamanho não confere com a tabela de medidas.',
      '{product} veste bem menor do que o normal, o {size} parece um {wrongSize}.',
      'Não serviu, ficou apertado no peito e nas mangas.',
    ],
    detail: ['Medi e tem uns 4 cm a menos.', 'Sempre uso {size} em outras marcas.', ''],
    subject: ['Problema com o tamanho', 'Troca de tamanho'],
  },
  listing_mismatch: {
    core: [
      '{product} não é igual à foto do site.',
      'O produto que chegou é diferente do anunciado.',
      'A foto principal mostra outra coisa, bem mais grossa.',
    ],
    detail: ['Comparei com a página do produto.', ''],
    subject: ['Produto diferente do anúncio'],
  },
  material_quality: {
    core: [
      '{product} é fino e parece barato.',
      'O material é áspero e bem mais leve do que eu esperava.',
      'Tem um cheiro forte de produto químico.',
      'A cor é bem diferente, mais acinzentada.',
    ],
    detail: ['Não quebrou nada, só a qualidade é ruim.', ''],
    subject: ['Qualidade ruim', 'Material fino'],
  },
  defect: {
    core: [
      '{product} parou de funcionar depois de {day} dias.',
      'O zíper de {product} quebrou.',
      '{product} está vazando pela tampa.',
      'A costura rasgou na primeira lavagem.',
    ],
    detail: ['Usei normalmente.', 'Mando fotos.', ''],
    subject: ['Produto com defeito'],
  },
  damaged_in_transit: {
    core: ['{product} chegou quebrado, a caixa estava amassada.', 'O pacote chegou danificado e {product} veio rachado.'],
    detail: ['A embalagem estava muito fina.', ''],
    subject: ['Chegou danificado'],
  },
  missing_item: {
    core: [
      'A {part} não veio na caixa.',
      '{product} chegou sem a {part}.',
      'Está faltando a {part}, que aparece como incluída.',
      'Abri o pacote e não tinha a {part}.',
    ],
    detail: ['Procurei em todos os bolsos.', 'Sem ela a bolsa não serve para a minha viagem.', ''],
    subject: ['Item faltando', 'Pedido incompleto'],
  },
  wrong_item: {
    core: ['Recebi o produto errado, pedi {color} e veio outra cor.', 'Mandaram o tamanho errado, pedi {size}.'],
    detail: [''],
    subject: ['Produto errado'],
  },
  delivery_delay: {
    core: [
      'Meu pedido {order} ainda não chegou. O prazo era {promise} e já são {day} dias.',
      'Cadê minha encomenda? O rastreio não atualiza há uma semana.',
      'A entrega está atrasada, já passou muito do prazo de {promise}.',
      'O pacote está parado na alfândega e ninguém me avisa nada.',
    ],
    detail: ['Preciso dele para uma viagem.', ''],
    subject: ['Pedido atrasado', 'Onde está meu pedido?'],
  },
  setup_usage: {
    core: [
      'Não consigo conectar {product} no Wi-Fi.',
      'As instruções são confusas e não consigo instalar.',
      'O aplicativo não encontra o dispositivo.',
    ],
    detail: ['Já reiniciei várias vezes.', ''],
    subject: ['Ajuda com a instalação'],
  },
  returns_refunds: {
    core: ['Quero devolver {product} e receber o reembolso.', 'Quando vou receber meu reembolso?', 'Posso trocar por outro tamanho?'],
    detail: ['Está sem uso, na embalagem original.', ''],
    subject: ['Devolução', 'Reembolso'],
  },
  payment_checkout: {
    core: [
      'Fui cobrado duas vezes no pedido {order}.',
      'Paguei imposto de importação que não apareceu no checkout.',
      'O cupom de desconto não funcionou.',
    ],
    detail: [''],
    subject: ['Cobrança duplicada', 'Problema no pagamento'],
  },
  warranty_policy: {
    core: ['A política de devolução diz {realDays} dias, mas me disseram outra coisa.', 'Qual é a garantia de {product}?'],
    detail: [''],
    subject: ['Dúvida sobre a garantia'],
  },
  safety: {
    core: ['{product} esquentou demais e queimou minha mão.', 'Saiu fumaça de {product} enquanto carregava.'],
    detail: ['Isso é perigoso.', ''],
    subject: ['Produto perigoso'],
  },
  support_experience: {
    core: ['Já é a terceira vez que escrevo e ninguém responde.', 'O atendente foi grosseiro e encerrou o chat.'],
    detail: [''],
    subject: ['Sem resposta do atendimento'],
  },
  ai_wrong_answer: {
    core: [
      'O chat do site disse que eu tinha {botDays} dias para devolver, agora dizem que o prazo é de {realDays} dias.',
      'O assistente do chat disse que tinha em estoque e depois cancelaram o pedido.',
      'O robô do site me deu uma data de entrega inventada.',
    ],
    detail: ['Tenho o print da conversa.', ''],
    subject: ['O chatbot errou'],
  },
};

export const PT_COMMON = {
  greetings: ['Olá,', 'Oi,', 'Bom dia,', 'Boa tarde,', 'Prezados,'],
  openers: ['', '', 'Sobre o meu pedido {order}.', 'Recebi minha encomenda ontem.', 'Preciso de ajuda, por favor.'],
  asks: [
    'Podem me ajudar?',
    'Quero uma solução rápida.',
    'Podem enviar a peça que falta?',
    'Quero o reembolso.',
    'Qual é o próximo passo?',
  ],
  closers: ['', 'Obrigado.', 'Obrigada.', 'Aguardo retorno.', 'Att.'],
  angry: ['Que absurdo.', 'Estou muito decepcionado.', 'Isso é inaceitável.'],
  threats: ['Vou registrar reclamação no Reclame Aqui.', 'Vou abrir uma disputa no cartão.', 'Vou procurar o Procon.'],
  pii: ['Meu WhatsApp é {phone}.', 'Podem responder no {email}.'],
};

/** Pre-sale questions by topic; a topic without its own list falls back to the shipping ones. */
export const PT_PRESALE: Partial<Record<IssueType, string[]>> = {
  fit_size: ['Quais são as medidas exatas? Estou pensando em comprar {product}.', 'Sobre {product}: o tamanho confere com a tabela?'],
  delivery_delay: ['Quanto tempo demora a entrega para o Brasil?', 'Se eu pedir hoje, chega antes do fim do mês?'],
  payment_checkout: ['Vou ter que pagar imposto de importação?', 'Vocês aceitam Pix?', 'Dá para parcelar?'],
  warranty_policy: ['Qual é a garantia? Estou de olho em {product}.', 'Se não servir, posso devolver?'],
  material_quality: ['Sobre {product}: o material é grosso?', 'A cor é igual à da foto?'],
  setup_usage: ['Funciona com a Alexa?', 'É fácil de configurar?'],
  listing_mismatch: ['O produto que vocês enviam é o mesmo da foto?'],
};

export const PT_PRAISE = {
  core: [
    'Amei {product}! Qualidade excelente.',
    'Recomendo {product}: igualzinho à foto.',
    'Chegou rápido e é muito bem feito.',
    'Adorei {product}, superou as expectativas.',
  ],
  detail: ['Mandei foto usando na viagem.', 'Vou comprar outro.', ''],
  title: ['Amei', 'Recomendo', 'Ótima qualidade'],
};

/** How a Brazilian buyer would name each product in a sentence. */
export const PT_NICK: Record<string, string[]> = {
  'AP-RAIN-JKT': ['a jaqueta', 'a jaqueta corta-vento'],
  'AP-MERINO-TEE': ['a camiseta de merino', 'a camiseta'],
  'AP-LINEN-SHIRT': ['a camisa de linho'],
  'AP-TRAIL-SOCK': ['as meias'],
  'KI-POUR-KETTLE': ['a chaleira'],
  'KI-CHEF-KNIFE': ['a faca', 'a faca do chef'],
  'KI-BAMBOO-BOARD': ['as tábuas de corte'],
  'KI-GLASS-JARS': ['os potes de vidro'],
  'OT-DUFFEL-40': ['a bolsa de viagem', 'a mala duffel'],
  'OT-DAYPACK-20': ['a mochila'],
  'OT-BOTTLE-750': ['a garrafa térmica', 'a garrafa'],
  'OT-PACK-CUBES': ['os organizadores de mala'],
  'EL-SMART-PLUG': ['a tomada inteligente', 'as tomadas'],
  'EL-PWR-BANK': ['o carregador portátil', 'a power bank'],
  'EL-CAR-MOUNT': ['o suporte de celular'],
  'EL-USBC-CABLE': ['o cabo USB-C'],
  'EL-TRAVEL-ADAPT': ['o adaptador de tomada'],
  'HO-KNIT-THROW': ['a manta de tricô', 'a manta'],
  'HO-LINEN-SHEETS': ['o jogo de lençóis'],
  'HO-SOY-CANDLE': ['a vela'],
};

export const PT_PART: Record<string, string> = { 'shoulder strap': 'alça de ombro' };
