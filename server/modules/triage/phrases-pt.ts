/**
 * Built-in Portuguese phrases (Brazilian usage, written without accents: matching folds them).
 * Same syntax and weight scale as phrases-en.ts; LABELLING.md rule 4 lists the core cues.
 */
import type { IssueType } from '../../../contracts/signal.js';

const PAGE = 'anunciado|anuncio|anunciada|foto|fotos|imagem|imagens|site|descricao|descrito|descrita|propaganda|ofertado|mostrado|mostra|pagina|catalogo|divulgado';
const ARRIVE = 'chegou|chegaram|veio|vieram|recebi|recebemos|entregue|entregaram|entregou|entregues|produto';

export const PHRASES_PT: Record<IssueType, string[]> = {
  fit_size: [
    'ficou|ficaram|e|era|veio|muito|bem|meio|pouco ~1 pequeno|pequena|pequenos|pequenas|grande|grandes|apertado|apertada|largo|larga|curto|curta|comprido|comprida|justo|justa @0.8',
    'nao ~1 serviu|servia|coube|cabe|serve|encaixa|encaixou|encaixam|veste',
    'tamanho|tamanhos|numeracao ~3 pequeno|grande|menor|maior|errad*|diferente|nao|incorreto @0.7',
    'medida|medidas ~3 errad*|diferente*|menor|maior|nao @0.8', 'apertad* @0.7', 'compativel|compatibilidade|incompativel @0.8',
    'vai|vao ~1 servir|caber', 'qual ~1 tamanho|numero @0.7',
  ],
  listing_mismatch: [
    'anunciaram|anunciam|anuncia ~3 mandaram|enviaram|veio|entregaram|outra', 'como original @0.8', 'descricao ~2 diga|dizia|diz|fala @0.8', 'nao ~1 e|era ~1 o|a ~1 mesmo|mesma ~2 que',
    `diferente|diferentes|difere|divergente ~4 ${PAGE}`,
    `nao ~1 e|era|corresponde|correspondeu|condiz|confere|bate|igual ~3 ${PAGE}`,
    `nao ~2 como|conforme ~2 ${PAGE}`,
    'propaganda enganosa', 'anuncio|anunciado ~2 enganoso|falso|errado|mentiroso', 'enganos* @0.6',
    `nada a ver|haver ~4 ${PAGE}`, 'nada a ver|haver @0.5', `no|na ${PAGE} ~5 mas|porem|veio|recebi @0.5`,
    'outra marca @0.8', 'marca diferente @0.9', 'nao e original|originais @0.8', 'falsificad*|replica|pirata @0.8',
    'descricao ~2 dizia|diz|informava|constava @0.7', `${PAGE} ~3 dizia|diz|informava|mostrava|mostra @0.5`,
    'foto|fotos|imagem ~3 enganosa|enganosas|ilusoria @1',
  ],
  material_quality: [
    'qualidade ~2 ruim|pessima|baixa|inferior|duvidosa|horrivel|fraca|pessimo|regular|deixa',
    'baixa|pessima|ma|pouca|fraca ~1 qualidade', 'fragil|frageis', 'material ~2 fraco|ruim|vagabundo|fino|pessimo|fragil|barato|inferior|fraquinho',
    'vagabund*', 'fino|fina|finos|finas @0.5', 'fraco|fraca|fraquinho|fraquinha @0.6', 'mal ~1 acabado|acabada|feito|feita|costurad*',
    'acabamento ~2 ruim|pessimo|mal|horrivel|fraco', 'cheiro ~2 forte|ruim|horrivel @0.8', 'deixa|deixou|deixam ~1 a ~1 desejar @0.8',
    'plastico ~2 fino|fraco|barato|ruim', 'nao ~1 vale ~2 preco|pena|dinheiro @0.7', 'esperava ~1 mais|melhor @0.6', 'barato|baratinho @0.3',
    'desbot* @0.7', 'encolheu|encolhe @0.8', 'porcaria|lixo @0.6', 'pessimo|pessima ~1 produto @0.6',
  ],
  defect: [
    'defeito|defeitos|defeituoso|defeituosa', 'parou|parado|parada ~1 de ~1 funcionar', 'nao ~1 funciona|funcionou|funcionam|funcionava|liga|ligou|liga|carrega|carregou|esquenta|aquece|acende',
    'estragou|estragado|estragada @0.9', 'com problema|problemas @0.5', 'vazando|vaza|vazou|vazamento @0.7',
    'descosturou|descosturad*|descolou|descolando|soltou|soltando|rasgou|furou|furado|furada|descascou|descascando @0.8',
    'quebrou ~3 uso|primeira|semana|dia|dias|mes|vez|usar @0.9', 'queimou @0.5', 'pifou @1', 'nao presta @0.6',
  ],
  damaged_in_transit: [
    `${ARRIVE} ~3 quebrad*|avariad*|amassad*|danificad*|rachad*|trincad*|riscad*|sujo|suja|sujos|sujas|vazando|molhad*|aberto|aberta|rasgad*|violad*|estragad*`,
    'quebrado|quebrada|quebrados|quebradas|quebrou @0.6', 'avaria|avarias|avariado|avariada @0.8', 'amassad* @0.8', 'danificad* @0.8', 'trincad*|rachad* @0.7',
    'embalagem|caixa|pacote ~3 rasgada|danificada|amassada|aberta|violada|molhada|destruida|rasgado|danificado|amassado|aberto|violado',
    'riscad* @0.5', 'sujo|suja|sujos|sujas @0.5',
  ],
  missing_item: [
    'faltando|faltou|faltaram|faltante|faltantes', 'falta @0.5', 'falta de ~1 qualidade|respeito|informacao|atencao|compromisso @-1',
    'so|somente|apenas ~1 recebi|veio|chegou|chegaram|vieram|entregaram|mandaram|enviaram|entregue',
    'recebi|veio|chegou|chegaram|entregaram ~1 so|somente|apenas|metade', 'entrega parcial', 'parcialmente', 'incompleto|incompleta|incompletos',
    'nao ~1 veio|vieram|recebi|chegou|enviaram|mandaram ~2 outro|outra|outros|outras|segundo|segunda|restante|resto|demais @1.2', 'nao ~1 veio|recebi|chegou|chegaram ~1 um|uma ~1 dos|das @1.2',
    'nao veio|vieram ~2 o|a|os|as ~1 cabo|manual|peca|pecas|parafuso*|acessorio*|controle|carregador|tampa|alca|kit|capa @1.2',
    'um|uma|1 ~2 de|dos|das ~1 2|3|dois|duas|tres|itens|produtos @0.7', 'dois|duas|2|3|tres ~2 itens|produtos|unidades|pecas ~4 so|apenas|somente|um|uma|1 @0.7',
  ],
  wrong_item: [
    'veio|vieram|chegou|enviado|enviaram|mandaram|entregue|entregaram ~2 errado|errada|errados|erradas|trocado|trocada|trocados',
    'produto|cor|tamanho|modelo|item|pedido|mercadoria ~1 errado|errada|trocado|trocada',
    `${ARRIVE}|enviaram|mandaram ~3 outro|outra ~1 produto|modelo|item|cor|coisa|tamanho|marca`,
    'nao ~1 foi|e|era ~1 o|a ~1 que ~1 comprei|pedi|encomendei|solicitei', 'diferente ~2 que|do ~2 comprei|pedi|encomendei|solicitei|comprado|pedido',
    'inves|lugar ~2 do|da|de @0.4', 'pedido de outra pessoa @0.8', 'outra pessoa @0.5',
  ],
  delivery_delay: [
    'passou|passaram|ultrapassou|estourou|venceu ~3 prazo', 'esperei|esperando|espero|aguardei ~3 mes|meses|dias|semanas', 'era para|pra ~1 chegar|entregar|ter', 'aguardando|aguardo ~3 produto|produtos|entrega|pedido|chegada|mercadoria|encomenda', 'rastreio|rastreamento @0.6',
    'nao ~1 recebi|recebemos|chegou|chegaram|entregue|entregaram|entregou|recebido|chegar #generic', 'nao foi entregue|recebido', 'ainda ~1 nao ~2 recebi|chegou|chegaram|recebemos|foi|veio|entregue|entregaram #generic', 'ainda ~2 aguardando|esperando',
    'nunca ~1 chegou|recebi|chegaram', 'atras*', 'demor* @0.9', 'aguardando|aguardo @0.4', 'esperando @0.5',
    'prazo ~4 passou|vencido|venceu|expirou|estourou|ultrapass*|esgotado|excedido', 'fora ~2 prazo', 'depois|apos|alem ~2 prazo',
    'extraviad*|extravio', 'rastreamento|rastreio ~3 nao|sem|parado|errado @0.8', 'sem ~1 rastreamento|rastreio|atualizacao @0.8',
    'retirar|buscar ~4 correios|agencia|transportadora @0.8', 'cade ~3 produto|pedido|encomenda|meu|minha', 'entrega ~2 lenta|demorada|demorou',
    'muito tempo @0.4', 'nada ~2 produto|pedido|entrega @0.7', 'ate ~1 agora|hoje ~3 nao|nada @0.8', 'dias ~3 nada|sem @0.6',
    'nao demorou @-1.5',
  ],
  setup_usage: [
    'montagem ~3 impossivel|dificil|complicada',
    'nao ~1 consegui|consigo|conseguimos ~2 montar|instalar|usar|ligar|configurar|encaixar|fechar|abrir|utilizar|conectar',
    'manual|instrucoes|instrucao ~3 nao|sem|ruim|confuso|confusas|falta|faltando|ingles|chines', 'sem ~1 manual|instrucoes|instrucao',
    'dificil ~2 montar|instalar|usar|encaixar|utilizar|montagem|instalacao|manusear', 'como ~1 usar|montar|instalar|utilizar @0.6',
  ],
  returns_refunds: [
    'devolv*|devoluc*|devolucao', 'troca|trocar|trocado @0.6', 'estorno|estornar|estornado|estornem|estornada #refund', 'reembols* #refund',
    'dinheiro de volta #refund', 'meu dinheiro #refund', 'quero|queria ~2 dinheiro #refund', 'cancel* @0.7', 'ressarci* #refund',
    'politica de ~1 troca|devolucao @-0.5',
  ],
  payment_checkout: [
    'frete @0.6', 'nota fiscal|nota', 'duplicidade', 'clonado|clonaram', 'valor ~3 maior|diferente|errado|cobrado @0.7', 'faturad* @0.6', 'pagar|paguei|pago ~3 frete|fretes @0.8', 'dois|2 ~1 fretes',
    'cobrad*|cobraram|cobranca ~2 duplicad*|indevid*|dobrado', 'cobrad*|cobraram|cobranca ~2 duas|2 vezes', 'cobrad*|cobraram ~2 a mais', 'duas vezes ~2 cobrad*|debitad*|fatura @0.8',
    'frete ~4 duas vezes|cobrado|cobraram|caro|abusivo @0.6', 'boleto @0.6', 'cartao ~3 cobrado|cobraram|recusado|debitado|fatura|cobranca @0.8',
    'pagamento ~3 recusado|aprovado|erro|problema|duplicado|pendente|nao', 'cupom|desconto ~3 nao|erro|invalido @0.8',
    'taxa|taxas ~2 extra|surpresa|escondida|abusiva @0.8', 'nota fiscal @0.5', 'site ~3 erro|travou|bug|problema @0.7',
  ],
  warranty_policy: ['garantia @0.8', 'politica de ~1 troca|devolucao|trocas|devolucoes|reembolso', 'termos ~2 garantia|troca|uso @0.6', 'prazo de ~1 troca|devolucao|garantia @0.6'],
  safety: [
    'fogo|incendio|chamas', 'pegou fogo', 'fumaca|faisca|faiscas', 'choque|choques', 'explodiu|explosao', 'alergia|alergica|alergico|alergicas',
    'irritacao|irritou|coceira|urticaria|vermelhidao', 'queimadura|queimei|queimou ~2 minha|meu|mao|pele|dedo', 'ferida|ferimento|machucou|machuquei|cortou|cortei|sangrou',
    'toxico|toxica|intoxica*|envenena*', 'sufoca*|engasg*', 'perigoso|perigosa|risco @0.8',
  ],
  support_experience: [
    'nao ~1 consigo|consegui|conseguimos ~1 falar|contato|contatar|resposta|retorno', 'nao ~1 entrou|entraram ~2 contato', 'robo @0.5',
    'sem ~1 resposta|retorno|respostas|posicionamento|satisfacao', 'nao ~2 respond*|retorn*|atende|atenderam|atendem',
    'ninguem ~2 respond*|retorn*|atend*|resolve|resolveu', 'atendimento ~3 pessimo|ruim|horrivel|demorado|fraco|pessima|nao|lento|descaso',
    'descaso', 'nao ~2 tive|obtive|recebi|tenho ~2 resposta|retorno|satisfacao|informacao|informacoes|posicao|explicacao',
    'nenhuma ~1 resposta|informacao|satisfacao|posicao|explicacao|solucao', 'nenhum ~1 retorno|contato|posicionamento|esclarecimento',
    'entrei|entramos|tentei ~1 em ~1 contato ~6 nada|nenhum|nenhuma|nao|sem|varias @0.8', 'varias ~1 vezes ~3 contato|email|emails|reclam* @0.7',
    'falta de ~1 respeito|atencao|informacao|compromisso @0.8', 'sac @0.5', 'mal atendid* @1',
  ],
  ai_wrong_answer: [
    'robo|chatbot|bot|assistente|automatic* ~6 errad*|disse|falou|informou|mentiu|incorret*',
    'assistente virtual @0.6', 'resposta automatica @0.6',
  ],
  praise: [
    'recomendo', 'otimo|otima|otimos|otimas|excelente|excelentes|perfeito|perfeita|perfeitos|maravilhos*|amei|adorei|show|top|sensacional|espetacular', 'nota 10|dez',
    'gostei|gostamos @0.9', 'lindo|linda|lindos|lindas|bonito|bonita @0.8', 'parabens', 'satisfeit*|satisfacao @0.8',
    'muito|bem|super|mt ~1 bom|boa|bons|boas|bonito|bonita|satisfeito|satisfeita|rapido|rapida', 'bom|boa|bons|boas ~1 produto|qualidade|compra|loja|atendimento',
    'produto ~1 bom|boa|otimo|excelente', 'produto de qualidade', 'bom|boa @0.5', 'antes ~2 prazo', 'adiantad* @0.8',
    'no ~1 prazo @0.6 #concession', 'dentro ~2 prazo @0.6 #concession', 'rapida|rapido|rapidez|agilidade @0.6 #concession', 'bem ~1 embalado|embalada|embalados|entregue @0.6',
    'tudo ~2 certo|ok|perfeito|bem|otimo|correto|certinho', 'obrigad* @0.5', 'conforme|condiz ~2 anunciado|descrito|descricao|esperado|anuncio|site @0.8',
    'certinho @0.6', 'supero*|superou', 'confiavel|confianca @0.7', 'sem ~1 problema|problemas|avarias @0.5', 'nada a reclamar', 'nao tenho ~2 reclamar',
    'amo|adoro @0.8', 'qualidade ~1 boa|otima|excelente', 'pessimo|pessima|horrivel|ruim|decepcion*|infelizmente @-0.2',
  ],
};
