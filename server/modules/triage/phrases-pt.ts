/**
 * Built-in Portuguese phrases (Brazilian usage, written without accents: matching folds them).
 * Same syntax and weight scale as phrases-en.ts; LABELLING.md rule 4 lists the core cues.
 */
import type { IssueType } from '../../../contracts/signal.js';

const PAGE = 'anunciado|anuncio|anunciada|anuncios|descricoes|publicado|publicada|especificacao|especificacoes|foto|fotos|imagem|imagens|site|descricao|descrito|descrita|propaganda|ofertado|mostrado|mostra|pagina|catalogo|divulgado|ilustrado|ilustracao|encarte';
const ARRIVE = 'chegou|chegaram|veio|vieram|recebi|recebemos|entregue|entregaram|entregou|entregues|produto|enviaram|mandaram|enviado|enviada';

export const PHRASES_PT: Record<IssueType, string[]> = {
  fit_size: [
    'achei|achamos ~2 pequeno|pequena|grande|apertado|apertada|largo|larga|curto|curta @2',
    'ficou|ficaram|e|era|veio|muito|bem|meio|pouco ~1 pequeno|pequena|pequenos|pequenas|grande|grandes|apertado|apertada|largo|larga|curto|curta|comprido|comprida|justo|justa @1.2',
    'nao ~1 serviu|servia|coube|cabe|cabem|serve|encaixa|encaixou|encaixam|veste @2',
    'tamanho|tamanhos|numeracao ~3 pequeno|grande|menor|maior|errad*|diferente|nao|incorreto @0.7',
    'medida|medidas ~3 errad*|diferente*|menor|maior|nao @2', 'qual|quais ~2 dimensao|dimensoes|medida|medidas|tamanho|altura|largura|comprimento @1.2', 'fora da|de ~1 medida|medidas|tamanho @2',
    // Size against what the customer expected or the page showed: "pensei que fosse maior", "menor do que o anunciado", "faltou ser mais alto".
    'pensei|imaginei|imaginava|achei|achava|esperava|esperei ~3 fosse|seria|era|ser|vir|viesse ~2 maior|menor|maiores|menores|grande|pequeno|pequena|largo|larga|alto|alta|comprido|comprida @2',
    'menor|maior|menores|maiores do|que @2', 'bem|muito|mt ~1 menor|maior|menores|maiores @1.2',
    'poderia|deveria|podia|devia|faltou ser ~3 maior|menor|maiores|menores|alto|alta|largo|larga|comprido|comprida|grande|pequeno|pequena|curto|curta @1.2', 'apertad* @0.7', 'compativel|compatibilidade|incompativel @0.8',
    'vai|vao ~1 servir|caber', 'qual ~1 tamanho|numero @0.7',
  ],
  listing_mismatch: [
    'menor|maior|mais|menos|diferente|diferentes|pior|inferior ~3 que ~1 na|a|o|no|da|do ~1 foto|fotos|propaganda|anuncio|site|imagem|anunciado|anunciada|descricao|encarte', 'foto|fotos|imagem|anuncio|propaganda ~4 parecia|parece|aparentava|demonstra|mostrava|apareceu|apresenta|aparenta @0.8', 'aparentava @0.6', 'capacidade real @0.8', 'consta ~2 anuncio|site|descricao @0.8', 'conforme|como ~1 a ~1 foto ~3 mas|porem @0.8',
    'anunciaram|anunciam|anuncia ~3 mandaram|enviaram|veio|entregaram|outra', 'como original @0.8', 'descricao ~2 diga|dizia|diz|fala @0.8', 'nao ~1 e|era ~1 o|a ~1 mesmo|mesma ~2 que',
    `diferente|diferentes|difere|divergente ~4 ${PAGE}`,
    `nao ~1 e|era|corresponde|correspondeu|condiz|confere|bate|igual|correspondia|correspondem|condizia|condizem|conferia|batia ~3 ${PAGE}`,
    `nao ~2 como|conforme ~2 ${PAGE}`,
    'propaganda enganosa', 'anuncio|anunciado ~2 enganoso|falso|errado|mentiroso', 'enganos* @0.6',
    `nada a ver|haver ~4 ${PAGE}`, 'nada a ver|haver @0.5', `no|na ${PAGE} ~5 mas|porem|veio|recebi @0.5`,
    'outra marca @0.8', 'marca diferente @0.9', 'nao e original|originais @0.8', 'falsificad*|replica|pirata @0.8',
    'descricao ~2 dizia|diz|informava|constava @0.7', `${PAGE} ~3 dizia|diz|informava|mostrava|mostra @0.5`, 'dizia|informava|mostrava ~2 vinha|viria @0.5',
    'foto|fotos|imagem ~3 enganosa|enganosas|ilusoria @1',
    // Counterfeits and expectations set by the page ("pensei que fosse do tamanho da foto").
    'imitacao|falsificacao|falso|falsa|falcificad* @0.8', 'nao ~1 parece|aparenta ~2 original|originais @1', 'nao ~1 e|era|sao|eram ~2 original|originais @1',
    'pensei|achei|imaginava|imaginei|esperava ~8 foto|fotos|anuncio|imagem|descricao|propaganda @0.9',
    `${PAGE} ~4 mais|bem ~2 bonito|bonita|bonitos|bonitas|bonitinho|bonitinha @0.9`,
    // "pela foto imaginava sem o elástico", "não foi mesmo produto da foto".
    'foto|fotos|imagem|imagens|anuncio|descricao ~2 imaginava|imaginei|pensei|achei @0.8', 'nao ~2 mesmo|mesma ~2 da|do|na|no|que ~1 foto|fotos|imagem|anuncio|site|descricao @1',
    // The colour against the page: "a cor da foto é outra", "o tom do anúncio é mais claro".
    'cor|cores|tom|tonalidade ~2 da|do|na|no|das|dos|nas|nos ~1 foto|fotos|imagem|imagens|anuncio|site ~3 mais|menos|diferente|outra|outro|nao @0.9',
    // What the page promised: "não veio como informado", "não é como prometido".
    'nao ~2 como|conforme ~1 informado|informada|prometido|prometida|mostrado|mostrada|ofertado|ofertada @0.9',
  ],
  material_quality: [
    'nao ~3 qualidade @0.9', 'qualidade ~1 intermediaria|razoavel|mediana|regular|duvidosa @0.8', 'acabamento @0.5', 'falha|falhas @0.5', 'produto ~1 fraco|fraca|ruim|inferior|fragil|vagabundo', 'resistencia ~1 pessima|baixa|ruim', 'pessima|baixa ~1 resistencia', 'mal ~1 produzido|produzida @1',
    'muito|bem|bastante|meio ~1 fino|fina|finos|finas|fraco|fraca|transparente|frageis', 'transparente @0.7', 'enrugad* @0.5', 'cor ~3 feia|desbotad*|estranha @0.8', 'cor ~1 nao ~2 bonita|boa @0.8',
    'qualidade ~2 ruim|pessima|baixa|inferior|duvidosa|horrivel|fraca|pessimo|regular|deixa',
    'baixa|pessima|ma|pouca|fraca ~1 qualidade', 'fragil|frageis', 'material ~2 fraco|ruim|vagabundo|fino|pessimo|fragil|barato|inferior|fraquinho',
    'vagabund*', 'fino|fina|finos|finas @0.5', 'fraco|fraca|fraquinho|fraquinha @0.8', 'mal ~1 acabado|acabada|feito|feita|costurad*',
    'acabamento ~2 ruim|pessimo|mal|horrivel|fraco', 'cheiro ~2 forte|ruim|horrivel @0.8', 'deixa|deixou|deixam ~1 a ~1 desejar @0.8',
    'plastico ~2 fino|fraco|barato|ruim', 'nao ~1 vale ~2 preco|pena|dinheiro @0.7', 'esperava ~1 mais|melhor @0.8', 'barato|baratinho @0.3',
    'desbot* @0.7', 'encolheu|encolhe @0.8', 'porcaria|lixo @0.6', 'pessimo|pessima ~1 produto @0.9',
    // "produto de qualidade não muito boa", "material do produto não muito bom", "deveria ser um pouco mais reforçada".
    'qualidade|material|tecido|acabamento ~3 nao ~2 bom|boa|bons|boas|resistente|resistentes|satisfatoria|satisfatorio', 'esperava|imaginei|imaginava ~3 mais sofisticado|resistente|reforcado|bonito|grosso|firme|qualidade|forte|robusto|duravel @0.8', 'nao gostei|gostamos ~3 material|materia|tecido|acabamento|qualidade @1', 'desconfortavel|desconfortaveis @0.6',
    'deveria|poderia ser ~3 mais reforcad*|resistente|forte|grosso|grossa|firme|potente|robusto|robusta|encorpado|encorpada @0.8', 'simplezinho|simplezinha|simplorio|simploria @0.7', 'material ~4 simples @0.8',
    'nao fixa|fixou|segura|aguenta|aguentou @0.7', 'qualidade ~4 muito|bem|super|meio ~1 ruim|baixa|inferior|fraca|pessima @0.8',
  ],
  defect: [
    'desfiou|desfia|desfiando @1', 'estourar|estourou|estourando @0.6', 'desliga|desligou|desligando|reinicia ~2 sozinho|sozinha|nada @0.8', 'nao ~1 vedam|veda|vedou|pegou|pega|conecta|conectou @0.8', 'lento|trava|travando @0.5',
    'defeito|defeitos|defeituoso|defeituosa', 'parou|parado|parada ~1 de ~1 funcionar', 'nao ~1 funciona|funcionou|funcionam|funcionava|liga|ligou|liga|carrega|carregou|esquenta|aquece|acende', 'nao ~1 esta|estao|estava ~1 funcionando @1',
    'estragou|estragado|estragada @0.9', 'com problema|problemas @0.5', 'vazando|vaza|vazou|vazamento @0.7',
    'descosturou|descosturad*|descolou|descolando|descolad*|soltou|soltando|rasgou|furou|furado|furada|descascou|descascando @0.8',
    'quebrou ~3 uso|primeira|semana|dia|dias|mes|vez|usar @0.9', 'queimou @0.5', 'pifou @1', 'nao presta @0.6',
  ],
  damaged_in_transit: [
    'arranhoes|aranhoes|arranhao|arranhado|arranhada|arranhad* @1', 'cheia|cheio|cheios|cheias ~1 de ~1 riscos|arranhoes|marcas @1',
    `${ARRIVE} ~3 quebrad*|avariad*|amassad*|danificad*|rachad*|trincad*|riscad*|sujo|suja|sujos|sujas|vazando|molhad*|aberto|aberta|rasgad*|violad*|estragad*`,
    'quebrado|quebrada|quebrados|quebradas|quebrou @0.6', 'avaria|avarias|avariado|avariada @1', 'amassad* @0.8', 'danificad* @0.8', 'trincad*|rachad* @0.7',
    'embalagem|caixa|pacote ~3 rasgada|danificada|amassada|aberta|violada|molhada|destruida|rasgado|danificado|amassado|aberto|violado',
    'riscad* @0.5', 'sujo|suja|sujos|sujas @0.5',
  ],
  missing_item: [
    'so|somente|apenas|unico|unica ~3 entregue|chegou|veio|recebi|recebendo|despachou|despacharam|entregou|entregaram|enviaram|foi', 'nao ~2 entregou|entregaram|recebi|chegaram|veio|entregarem ~2 todos|todas|completa|completo @1.2', 'mercadoria|pedido|compra ~1 completa|completo @0.5', 'outro|outra ~1 nunca|nao ~1 apareceu|chegou|veio @1', 'falta ~1 o|a|os|as @0.8', 'pendente|pendentes @0.5', 'comprei|adquiri|adquirido|adquiridos|pedi|paguei|compra|pedido|foram ~3 2|3|4|5|6|dois|duas|tres|quatro|cinco|seis|varios|varias ~2 itens|produtos|unidades|pecas|pacotes|kits|pneus|cortinas|livros @0.4 #multi', 'comprei|adquiri|pedi|paguei ~1 dois|duas|2|3|tres|4|quatro @0.4 #multi',
    'faltando|faltou|faltaram|faltante|faltantes|faltam|faltava|faltavam|faltano @1.5', 'faltou|falta|faltava ser @-1.5', 'veio|vieram|chegou ~1 vazia|vazio @0.8', 'falta @0.5', 'esta|estao ~1 faltando @0.6',
    'chegou|veio ~1 sem ~1 a|o|as|os ~1 alca|cabo|manual|peca|pecas|tampa|carregador|controle|capa|acessorio*|parafuso*|kit @1.5', 'nao tinha ~2 a|o|as|os ~1 alca|cabo|manual|peca|pecas|tampa|carregador|controle|capa|acessorio* @1.5', 'falta de ~1 qualidade|respeito|informacao|atencao|compromisso @-0.5',
    'so|somente|apenas ~1 recebi|veio|chegou|chegaram|vieram|entregaram|mandaram|enviaram|entregue',
    'recebi|veio|chegou|chegaram|entregaram ~1 so|somente|apenas|metade', 'entrega parcial', 'parcialmente', 'incompleto|incompleta|incompletos',
    'nao ~1 veio|vieram|recebi|chegou|chegaram|enviaram|mandaram ~2 outro|outra|outros|outras|segundo|segunda|restante|resto|demais|parte|partes|pecas @1.2', 'nao ~1 veio|recebi|chegou|chegaram ~1 um|uma ~1 dos|das @1.2',
    'nao veio|vieram ~2 o|a|os|as ~1 cabo|manual|peca|pecas|parafuso*|acessorio*|controle|carregador|tampa|alca|kit|capa|brinde|brindes @1.2',
    'entregue|entregues|entregaram|entregou|recebido|recebidos ~1 so|somente|apenas|parcialmente @1', 'veio|vieram|entregue|entregaram|chegou|recebi ~1 pela metade',
    'nao ~2 recebi|veio|chegou|chegaram|entregaram|entregou|recebemos ~1 parte|tudo @1.2', 'nao ~1 recebi|veio|chegou ~1 o|a ~1 produto|pedido|compra|mercadoria ~1 todo|toda|completo|completa @1.2',
    'recebi|chegou|veio|chegaram|vieram ~4 nao ~1 recebi|veio|chegou|chegaram|vieram @0.8', 'entregue|entregues o|a|os|as ~4 nao veio|vieram|chegou|chegaram @0.8', 'um|uma ~1 deles|delas|dos|das ~3 nao ~1 chegou|veio|recebi|foi @1.2',
    'um|uma|1 ~2 de|dos|das ~1 2|3|dois|duas|tres|itens|produtos @0.7',
    // Part of the order came, the rest did not: "não recebi o lençol ainda só o travesseiro", "os demais produtos estão perfeitos",
    // "a garrafa ainda não chegou mas os copos sim", "recebendo aos poucos", "foi entregue apena 02", "estou esperando o outro produto".
    'nao recebi|chegou|chegaram|veio|vieram ~4 so|somente|apenas o|a|os|as|um|uma|1|recebi|chegou|veio|vieram|chegaram @0.8', 'nao recebi ~4 recebi|chegou|chegaram|vieram ~1 o|a|os|as @0.8', 'demais|restante|resto ~2 produtos|itens|pecas|mercadorias|pedidos @0.6 #multi',
    'mas|porem o|a|os|as ~2 sim @0.3 #multi', 'aos poucos @0.5', 'recebendo|chegando|entregando|entregue|entregues|chegaram|recebi|vieram|entregaram|enviando ~2 aos poucos @0.8', 'separadamente|separados|separadas|separado @0.3 #multi',
    'entrega|entregue|entregues|entregaram|enviados|enviaram|mandaram|veio|vieram|chegaram ~3 separadamente|separados|separadas|separado @0.3', 'apena|apenas|so|somente 01|02|03|1|2|um|uma|metade ~2 unidade|unidades|vidro|vidros|caixa|caixas|peca|pecas|item|itens|produto|produtos @0.6',
    'constava|continha|tinha|havia apenas|so|somente @0.8', 'esperando|aguardando|aguardo ~2 outro|outra|outros|outras|restante|resto|segundo|segunda|demais @1',
    'parte do|da|dos|das ~1 pedido|compra|mercadoria|encomenda|produtos|itens @1', 'pedidos|produtos|itens|unidades ~2 1|um|uma ~1 nao ~1 chegou|veio|foi @1',
    'mercadoria|pedido|compra completa|completo|toda|todo @0.4 #multi', '01|02|03|04|05|06 ~2 unidades|itens|produtos|pecas|kits @0.4 #multi',
    'faltou|faltam|faltaram|faltava|faltando|faltano o|a|os|as|um|uma|1|2|3|dois|duas @0.5', 'dois|duas|2|3|tres ~2 itens|produtos|unidades|pecas ~4 so|apenas|somente|um|uma|1 @0.7',
    // Across the contrast: "recebi a camiseta, mas ainda não recebi a calça", "chegou o primeiro, porém o segundo não".
    'recebi|recebemos|chegou|chegaram|veio|vieram ~5 mas|porem|entretanto|contudo ~3 nao|nunca ~1 recebi|recebemos|chegou|chegaram|veio|vieram|entregaram|enviaram|mandaram @1',
    'nao veio|vieram|chegou ~1 corretamente|certo|certa|direito|conforme|igual|errado|errada @-1',
    'recebi|recebemos|chegou|chegaram|veio|vieram ~5 mas|porem|entretanto|contudo ~2 o|a|os|as ~1 outro|outra|outros|outras|segundo|segunda|restante|resto|demais ~3 nao|nunca|ainda|falta|faltou|faltando @1.2',
  ],
  wrong_item: [
    'comprei|pedi|paguei|escolhi ~6 veio|vieram|recebi|chegou|enviaram|mandaram|recebemos ~3 outro|outra|errado|errada|diferente|outros|outras @0.9', 'me enviaram|mandaram ~3 um|uma|outro|outra|com @0.5',
    'veio|vieram|chegou|enviado|enviaram|mandaram|entregue|entregaram|vem|veem|entrega|enviou|mandou ~2 errado|errada|errados|erradas|trocado|trocada|trocados @1.3',
    // "pedi 44 veio 42", "pedimos o relógio todo preto e recebemos um preto prata".
    'pedi|pedimos|encomendei|encomendamos|escolhi ~5 veio|vieram|recebi|recebemos|mandaram|enviaram|entregaram|vem @0.8 !', 'de outro|outra ~1 modelo|marca|cor|tamanho|tipo @0.7',
    'produto|cor|tamanho|modelo|item|pedido|mercadoria ~1 errado|errada|trocado|trocada',
    `${ARRIVE}|enviaram|mandaram ~3 outro|outra ~1 produto|modelo|item|cor|coisa|tamanho|marca`,
    'nao ~1 foi|e|era ~1 o|a ~1 que ~1 comprei|pedi|encomendei|solicitei', 'diferente ~2 que|do ~4 comprei|pedi|encomendei|solicitei|comprado|pedido @1.3',
    'inves|lugar ~2 do|da|de @0.4', 'pedido de outra pessoa @0.8', 'outra pessoa @0.5',
    'comprei|compramos|pedi|pedimos|escolhi|paguei|solicitei ~6 cor ~2 e|mas|porem ~2 veio|vieram|recebi|recebemos|chegou|mandaram|enviaram|entregaram @0.9',
    'nao ~1 foi|e|era ~1 o|a ~1 comprado|comprada|solicitado|solicitada|escolhido|escolhida|pedido|pedida @1.3',
    // "não foi o produto certo", "voltagem errada", "pedimos o preto e recebemos um prata".
    'nao ~1 foi|era|e|veio ~1 o|a ~1 produto|cor|modelo|tamanho|item ~1 certo|certa|correto|correta', 'voltagem|sabor|edicao|versao|referencia ~2 errad*|trocad* @0.9',
    // "sabor baunilha veio chocolate", "comprei o livro 6 edição e recebi a 5", "me mandaram o preto", "mandaram outro".
    'sabor ~6 veio|vieram|recebi|recebemos|mandaram|enviaram|chegou @0.9', 'comprei|pedi|pedimos|compramos|encomendei ~4 edicao|versao|modelo|referencia ~3 e|mas|porem ~1 recebi|recebemos|veio|vieram|chegou|mandaram|enviaram ~3 edicao|versao|modelo|referencia|outro|outra|outros|outras @0.9',
    'mandaram|enviaram|entregaram outro|outra|outros|outras @0.8', 'mandaram|enviaram o|a|um|uma preto|preta|branco|branca|azul|vermelho|vermelha|rosa|verde|amarelo|amarela|cinza|prata|dourado|dourada|marrom|bege|roxo|roxa @0.9',
    'pedi|pedimos|comprei|compramos|escolhi|encomendei|queria ~6 e|mas|porem ~1 recebi|recebemos|mandaram|enviaram|veio|vieram ~1 um|uma|o|a|os|as|na|em ~2 preto|preta|branco|branca|azul|vermelho|vermelha|rosa|verde|amarelo|amarela|cinza|prata|prateado|dourado|dourada|marrom|bege|roxo|roxa|laranja @0.9 !',
  ],
  delivery_delay: [
    'n ~1 recebi|recebir|chegou|entregaram', 'nao ~1 entrega|entregam|entregaram', 'nao ~1 foram|foi ~1 entregue|entregues', 'prazo ~2 longo|enorme|grande|demorado|extenso @0.9', 'longo|longa|demorado|demorada ~1 prazo|espera @0.9', 'espera ~3 dias|semanas|mes|meses @0.8', 'quero|preciso ~1 receber ~2 produto|pedido|mercadoria|compra @0.8', 'apos|depois ~2 data ~1 prevista|prometida|combinada|estipulada', 'prevista @0.4', 'levou|levaram|demorou|demoraram ~3 dias|semanas|mes|meses', 'ate o momento ~3 nao|nada|nenhum', 'saber ~4 dia|data|quando|previsao ~3 chegar|chega|entrega|vai @0.8', 'quando ~2 vai|vao ~1 chegar|entregar @0.8',
    'passou|passaram|ultrapassou|estourou|venceu ~3 prazo', 'esperei|esperando|espero|aguardei ~3 mes|meses|dias|semanas', 'era para|pra ~1 chegar|entregar|ter', 'aguardando|aguardo ~3 produto|produtos|entrega|pedido|chegada|mercadoria|encomenda', 'rastreio|rastreamento @0.6',
    'nao ~1 recebi|recebemos|chegou|chegaram|entregue|entregaram|entregou|recebido|chegar #generic', 'nao foi entregue|recebido', 'ainda ~1 nao ~2 recebi|chegou|chegaram|recebemos|foi|veio|entregue|entregaram #generic', 'ainda ~2 aguardando|esperando',
    'nunca ~1 chegou|recebi|chegaram', 'atras*', 'demor* @0.9', 'aguardando|aguardo @0.4', 'esperando @0.5',
    'prazo ~4 passou|vencido|venceu|expirou|estourou|ultrapass*|esgotado|excedido', 'fora ~2 prazo', 'depois|apos|alem ~2 prazo',
    'extraviad*|extravio', 'rastreamento|rastreio ~3 nao|sem|parado|errado @0.8', 'sem ~1 rastreamento|rastreio|atualizacao @0.8',
    'retirar|buscar ~4 correios|agencia|transportadora @0.8', 'cade ~3 produto|pedido|encomenda|meu|minha', 'entrega ~2 lenta|demorada|demorou',
    'muito tempo @0.4', 'logistica @0.6', 'nada ~2 produto|pedido|entrega @0.7', 'ate ~1 agora|hoje ~3 nao|nada @0.8', 'dias ~3 nada|sem @0.6',
    'nao demorou @-1.5',
    // The whole order still missing after a contrast is a delay, not a missing part ("recebi o e-mail, mas não recebi o produto").
    'recebi|recebemos|chegou|chegaram|veio|vieram ~5 mas|porem|entretanto|contudo ~3 nao|nunca ~1 recebi|recebemos|chegou|chegaram|veio|vieram|entregaram|enviaram|mandaram o|a|meu|minha|nosso|nossa produto|pedido|encomenda|compra|mercadoria|item|itens|produtos|pedidos @1.2',
    // "quando receberei meu produto", "não cumpriu o prazo", "não foi entregue na data", "vou aguardar mais 2 dias".
    'quando receberei|recebo|chegara|chegarao @0.8', 'quando vou|vai|irei|iremos|vamos receber|chegar @0.8',
    'nao cumpriu|cumpre|cumpriram|cumprem|respeitou|respeitaram|respeita ~3 prazo|prazos|data|entrega', 'nenhum|nao cumprido|cumprida|respeitado @0.8',
    'nao foi|foram|chegou|chegaram|entregue|entregues|entregaram|entregou|veio|feita|realizada ~2 no|dentro|na|ate ~2 prazo|data|previsao|previsto|prevista @1.2',
    'sem ter recebido|chegado @0.9', 'assim que receber|chegar|recebermos @0.8', 'nao recebimento @1',
    'aguardar|esperar mais ~2 dias|dia|semana|semanas|pouco @0.8', 'dias|semanas|mes|meses de espera|atraso', 'longa|muita espera @0.8',
    'faz|ha ~3 dias|semanas|mes|meses ~1 que ~3 comprei|fiz|pedi|paguei|efetuei|realizei ~4 nao|ainda|nada|ate|aguardo|aguardando|esperando @0.8', 'faz|ha ~3 dias|semanas|mes|meses ~1 que ~2 aguardo|espero|aguardando|esperando @0.8',
    'prazo ~4 longo|longuissimo|demorado|extenso|enorme @0.9', 'atras*|demor* bastante|muito|demais @0.5', 'muito|bastante|super atras*|demor* @0.5',
    'poderia|deveria|podia|devia|devem|podem|deveriam|poderiam ~4 mais ~1 rapido|rapida|rapidez|agil|ageis|agilidade @0.9',
    'era|eram|seria para|pra ser entregue|entregues @1', 'deveria|deveriam ~2 chegado|chegar|entregue|entregado @0.7',
    'consta|constava|diz|dizia|informa|informou|aparece|mostra ~4 entregue|entregues @0.7 #generic',
  ],
  setup_usage: [
    'montagem ~3 impossivel|dificil|complicada',
    'nao ~1 consegui|consigo|conseguimos ~2 montar|instalar|usar|ligar|configurar|encaixar|fechar|abrir|utilizar|conectar',
    'manual|instrucoes|instrucao ~3 nao|sem|ruim|confuso|confusas|falta|faltando|ingles|chines', 'sem ~1 manual|instrucoes|instrucao',
    'dificil ~2 montar|instalar|usar|encaixar|utilizar|montagem|instalacao|manusear', 'como ~1 usar|montar|instalar|utilizar @0.6',
  ],
  returns_refunds: [
    'quero|solicito|gostaria|preciso|queria|desejo ~3 trocar|troca|devolver|devolucao|reembolso|cancelar|estorno',
    'devolv*|devoluc*|devolucao', 'troca|trocar @0.7', 'estorno|estornar|estornado|estornem|estornada #refund', 'reembols* #refund',
    'dinheiro de volta #refund', 'meu dinheiro #refund', 'quero|queria ~2 dinheiro #refund', 'cancel* @0.7', 'ressarci* #refund',
    'politica de ~1 troca|devolucao @-0.5',
  ],
  payment_checkout: [
    'cobrado|cobraram|cobrar ~2 frete|fretes',
    'frete @0.6', 'nota fiscal|nota !', 'duplicidade', 'clonado|clonaram', 'valor ~3 maior|diferente|errado|cobrado @0.7', 'faturad* @0.6', 'pagar|paguei|pago ~3 frete|fretes @0.8', 'dois|2 ~1 fretes',
    'cobrad*|cobraram|cobranca ~2 duplicad*|indevid*|dobrado', 'cobrad*|cobraram|cobranca ~2 duas|2 vezes', 'cobrad*|cobraram ~2 a mais', 'duas vezes ~2 cobrad*|debitad*|fatura @0.8',
    'frete ~4 duas vezes @0.6', 'frete ~4 cobrado|cobraram|caro|abusivo @0.6', 'boleto @0.6', 'cartao ~3 cobrado|cobraram|recusado|debitado|fatura|cobranca @0.8',
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
    'nenhuma ~1 justificativa|satisfacao|explicacao|posicao|resposta',
    'nao ~1 consigo|consegui|conseguimos ~1 falar|contato|contatar|resposta|retorno', 'nao ~1 entrou|entraram ~2 contato', 'robo @0.5',
    'sem ~1 resposta|retorno|respostas|posicionamento|satisfacao', 'nao ~2 respond*|retorn*|atende|atenderam|atendem',
    'ninguem ~2 respond*|retorn*|atend*|resolve|resolveu !', 'atendimento ~3 pessimo|ruim|horrivel|demorado|fraco|pessima|nao|lento|descaso',
    'descaso', 'nem ~2 retorno|resposta|respostas|contato|satisfacao', 'nada de ~1 resposta|respostas|retorno', 'aguardo|aguardando|esperando ~3 resposta|retorno|posicao|posicionamento @0.8', 'burocracia|burocratico|burocratica @0.7',
    'ninguem ~2 entrou|entrou|ligou|contatou|deu !', 'nao ~2 tem|tinha|da|deu|consigo|consegui ~1 atendimento|suporte|suport* @0.9', 'nao querem|quer|quiseram ~2 devolver|trocar|resolver|reembolsar @0.8', 'nao ~2 tive|obtive|recebi|tenho ~2 resposta|retorno|satisfacao|informacao|informacoes|posicao|explicacao',
    'nenhuma ~1 resposta|informacao|satisfacao|posicao|explicacao|solucao', 'nenhum ~1 retorno|contato|posicionamento|esclarecimento',
    'entrei|entramos|tentei ~1 em ~1 contato ~6 nada|nenhum|nenhuma|nao|sem|varias @0.8', 'varias ~1 vezes ~3 contato|email|emails|reclam* @0.7',
    'falta de ~1 respeito|atencao|informacao|compromisso @0.8', 'sac @0.5', 'mal atendid* @1',
    // Waiting on a reply (over "esperei 3 semanas", a delay), being ignored, no help, each agent saying something else.
    // Past or counted waits only: "aguardo retorno" closing a message is a sign-off, not a complaint.
    'esperei|aguardei|esperamos|aguardamos ~4 resposta|respostas|retorno|posicionamento|solucao @1.2',
    'faz|ha ~3 dias|semanas|mes|meses ~1 que ~3 aguardo|espero|aguardando|esperando|aguardamos|esperamos ~3 resposta|respostas|retorno|posicionamento|solucao @1.2',
    'ignor* ~3 mensagem|mensagens|email|emails|reclamacao|reclamacoes|contato|contatos|ligacoes|chamados|solicitacoes @1', 'me ignora|ignoram|ignoraram|ignorou @1',
    'atendimento|suporte|sac|atendente|atendentes|central ~4 inutil|inuteis|grosso|grossa|grosseiro|grosseira|despreparad*|incompetente*|vergonhos*|lamentavel|desrespeit*|terrivel|inexistente|piada @1',
    'atendimento|suporte|sac|atendente|atendentes|vendedor|vendedora|loja|empresa ~4 nao ~2 ajudou|ajudaram|ajuda|ajudam|resolveu|resolveram|resolvem|soube|souberam|quis|quiseram @1',
    // "ninguém" is itself the negation: a "não" before it ("não tive sucesso, ninguém atendeu") does not undo it.
    'ninguem ~3 ajuda|ajudou|soube|explica|explicou|informa|informou @1 !',
    'ignoraram|ignorou|ignoram|ignorando|ignorada|ignorado @0.9', 'nada ~3 respondido|respondida|esclarecido|esclarecida @1', 'resposta|respostas|retorno ~3 e nada @1',
    'sem ~2 receber|obter|ter|nenhuma ~1 resposta|respostas|retorno @1', 'nem ~3 email|emails|emailzinho|mail|mensagem|ligacao|telefonema|explicacao|justificativa @1',
    'reclamei|reclamamos|contatei|contactei|contatamos|acionei|acionamos ~3 ate ~1 agora|hoje|momento ~1 nada|nenhum|nenhuma|nao|sem @1', 'reclamei|reclamamos|contatei|contactei|contatamos|acionei ~2 nada|ninguem @0.8',
    'cada ~3 fala|falam|diz|dizem|informa|informam|responde|respondem ~1 uma ~1 coisa @1', 'desencontrad*|contraditori* @0.8',
  ],
  ai_wrong_answer: [
    'robo|chatbot|bot|assistente|automatic* ~6 errad*|disse|falou|informou|mentiu|incorret*',
    'assistente virtual @0.6', 'resposta automatica @0.6',
  ],
  praise: [
    'data ~1 correta|certa|prevista|combinada @0.8 #concession', 'excel*|exel* @1',
    'antes|antecipad* ~3 previsto|prevista|previsao|esperado|prometido|data|combinado', 'antecipadamente|antecipado|antecipada @0.9', 'imediata|imediato|prontamente @0.7', 'td ~1 certo|ok|correto|certinho', 'tudo ~1 em ordem', 'tudo ~1 recebido|correto|corretamente', 'agradec* @0.8', 'joia @0.8', 'adore* @1', 'gostos* @0.8', 'vale|valeu ~1 a ~1 pena @0.8', 'eficiencia|eficiente|eficaz|efecaz @0.8', 'comprar|comprarei|compraria|comprando ~1 novamente|mais|denovo|sempre @0.9', 'bonitas|bonitos|lindas @0.8', 'corretamente|correto|corretos @0.5', 'confiar @0.7',
    'gostou|gosta|gostaram|gostando @0.8', 'atendeu|atende|atenderam|correspondeu|corresponde|superou ~3 expectativa|expectativas|espectativas|espectativa|necessidade', 'como|conforme ~1 anunciado|combinado @0.8', 'funciona|funcionando ~1 bem|perfeitamente|direitinho @0.8', 'indico|indicarei|indicaria|indicaremos', 'elogio|elogios @0.8', 'pratico|pratica @0.5', 'cumpriu|cumpre|cumpriram @0.6', 'pontualidade|pontual @0.8', 'confio @0.8', 'boas ~1 condicoes @0.8', 'bom|perfeito|otimo ~1 estado @0.8', 'perfect|great|excellent @0.8', 'competitivo|competitivos @0.4',
    'recomendo', 'otimo|otima|otimos|otimas|excelente|excelentes|perfeito|perfeita|perfeitos|maravilhos*|amei|adorei|show|top|sensacional|espetacular', 'nota 10|dez',
    'gostei|gostamos @0.9', 'lindo|linda|lindos|lindas|bonito|bonita @0.8', 'parabens', 'satisfeit*|satisfacao @0.8',
    'muito|bem|super|mt ~1 bom|boa|bons|boas|bonito|bonita|satisfeito|satisfeita|rapido|rapida', 'bom|boa|bons|boas ~1 produto|qualidade|compra|loja|atendimento',
    'produto ~1 bom|boa|otimo|excelente', 'produto de qualidade', 'bom|boa @0.7', 'antes ~2 prazo', 'adiantad* @0.8',
    'no ~1 prazo @0.8 #concession', 'dentro ~2 prazo @0.8 #concession', 'rapida|rapido|rapidez|agilidade @0.8 #concession', 'bem ~1 embalado|embalada|embalados|entregue @0.6',
    'tudo ~2 certo|ok|perfeito|bem|otimo|correto|certinho', 'obrigad* @0.7', 'conforme|condiz ~2 anunciado|descrito|descricao|anuncio|site @0.8',
    'certinho @0.6', 'supero*|superou', 'confiavel|confianca @0.7', 'sem ~1 problema|problemas|avarias @0.7', 
    'amo|adoro @0.8', 'qualidade ~1 boa|otima|excelente',
    'amou|amaram|adorou|adoraram|amando|adorando @0.9', 'melhor|melhores ~2 loja|lojas|site|sites|empresa|compra @0.8', 'melhor do que ~1 esperado|esperava|imaginava',
    'fenomenal|incrivel|recomendadissimo|recomendadissima @0.9', 'produto dez @0.8', 'super|muito ~1 legal @0.8', 'voltaria|voltarei ~2 comprar @0.8', 'vale|valeu apena @0.8',
    'exatamente ~2 como|conforme ~2 descrito|descrita|anunciado|anunciada|descricao|esperava|foto @0.9', 'de acordo com ~2 anunciado|descricao|divulgado|especificado|anuncio @0.8',
    'nunca tive ~1 problema|problemas @0.7', 'realmente funciona @0.8', 'sucesso @0.6', 'pessimo|pessima|horrivel|ruim|decepcion*|infelizmente @-0.2',
  ],
};
