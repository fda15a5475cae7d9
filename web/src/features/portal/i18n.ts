import { PORTAL_LANGUAGES, type PortalLanguage, type PortalStep, type ProblemId, type Want } from '../../../../contracts/portal.js';

type PhotoOf = 'parcel' | 'item' | 'contents' | 'label';

export interface PortalText {
  languageName: string;
  language: string;
  title: string;
  intro: string;
  orderLegend: string;
  orderNumber: string;
  orderHint: string;
  email: string;
  findOrder: string;
  finding: string;
  itemsLegend: string;
  problemLegend: string;
  problems: Record<ProblemId, string>;
  photoOf: Record<PhotoOf, string>;
  photos: string;
  photosHint: string;
  photoNeeded: string;
  text: string;
  textHint: string;
  wantsLegend: string;
  wants: Record<Want, string>;
  honeypot: string;
  submit: string;
  sending: string;
  errorsHeading: string;
  required: string;
  badEmail: string;
  pickItem: string;
  mismatch: string;
  rateLimited: string;
  /** {seconds} is replaced. */
  slowedDown: string;
  linkRefused: string;
  /** {order} is replaced. */
  fromLink: string;
  video: string;
  photoRefused: string;
  failed: string;
  thanks: string;
  reference: string;
  followLink: string;
  keepLink: string;
  statusTitle: string;
  notFound: string;
  steps: Record<PortalStep, string>;
  next: string;
  live: string;
  yourPhotos: string;
  photo: string;
  messages: string;
  noMessages: string;
  you: string;
  team: string;
  reply: string;
  send: string;
  addPhotos: string;
  upload: string;
  rateLegend: string;
  scores: [string, string, string, string, string];
  comment: string;
  sendRating: string;
  rated: string;
}

const en: PortalText = {
  languageName: 'English',
  language: 'Language',
  title: 'Report a problem with your order',
  intro: 'Tell us what went wrong. You will get a private link to follow your complaint.',
  orderLegend: 'Your order',
  orderNumber: 'Order number',
  orderHint: 'You find it in your order confirmation email.',
  email: 'Email address used for the order',
  findOrder: 'Find my order',
  finding: 'Looking for your order…',
  itemsLegend: 'Which item has the problem?',
  problemLegend: 'What went wrong?',
  problems: {
    arrived_damaged: 'It arrived damaged',
    broke_or_stopped: 'It broke or stopped working',
    part_missing: 'A part or item is missing',
    wrong_item: 'I received the wrong item',
    not_as_described: 'It is not as described',
    quality_disappointing: 'The quality is not what I expected',
    size_or_fit: 'The size or fit is wrong',
    late_or_lost: 'It is late or lost',
    hard_to_use: 'It is hard to set up or use',
    unsafe: 'It is unsafe or hurt someone',
  },
  photoOf: {
    parcel: 'Please add a photo of the parcel, showing the damage.',
    item: 'Please add a photo of the item, showing the problem.',
    contents: 'Please add a photo of everything that was in the box.',
    label: 'Please add a photo of the label on the item you received.',
  },
  photos: 'Photos',
  photosHint: 'Up to 5 photos (JPEG, PNG or WebP, 8 MB each), or 4 and one short video (MP4, WebM or MOV, 32 MB).',
  photoNeeded: 'A photo is needed for this problem.',
  text: 'What happened?',
  textHint: 'In your own words.',
  wantsLegend: 'What would you like us to do?',
  wants: { replacement: 'Send a replacement', refund: 'Refund me', repair: 'Repair it', information: 'Just give me information' },
  honeypot: 'Leave this field empty',
  submit: 'Send my complaint',
  sending: 'Sending…',
  errorsHeading: 'Please correct the following:',
  required: 'This field is required.',
  badEmail: 'Enter a valid email address.',
  pickItem: 'Pick at least one item.',
  mismatch: 'We could not find an order with this number and email address. Please check both and try again.',
  rateLimited: 'Too many attempts. Please wait an hour and try again.',
  slowedDown: 'Too many wrong attempts. Please wait {seconds} seconds and try again.',
  linkRefused: 'This link cannot be used any more. Please enter your order number and the email address on the order.',
  fromLink: 'Order {order}, from the link in your email.',
  video: 'Video',
  photoRefused: 'This file is not a photo we can read.',
  failed: 'Something went wrong. Please try again.',
  thanks: 'Thank you, we have your complaint',
  reference: 'Your reference',
  followLink: 'Follow your complaint',
  keepLink: 'Keep this link private: anyone who has it can see your complaint.',
  statusTitle: 'Your complaint',
  notFound: 'There is no complaint at this link.',
  steps: {
    received: 'Received',
    assigned: 'With our team',
    waiting_for_customer: 'Waiting for your answer',
    decided: 'Decided',
    shipped: 'Replacement shipped',
    closed: 'Closed',
  },
  next: 'Next',
  live: 'This page updates by itself.',
  yourPhotos: 'Your photos',
  photo: 'Photo',
  messages: 'Messages',
  noMessages: 'No messages yet.',
  you: 'You',
  team: 'Support team',
  reply: 'Your answer',
  send: 'Send answer',
  addPhotos: 'Add photos',
  upload: 'Upload photos',
  rateLegend: 'How satisfied are you with how we handled your complaint?',
  scores: ['1 – very unsatisfied', '2 – unsatisfied', '3 – neutral', '4 – satisfied', '5 – very satisfied'],
  comment: 'Comment (optional)',
  sendRating: 'Send my answer',
  rated: 'Thank you for your answer.',
};

const pt: PortalText = {
  languageName: 'Português',
  language: 'Idioma',
  title: 'Relatar um problema com o seu pedido',
  intro: 'Conte-nos o que aconteceu. Você receberá um link privado para acompanhar a sua reclamação.',
  orderLegend: 'O seu pedido',
  orderNumber: 'Número do pedido',
  orderHint: 'Está no e-mail de confirmação do pedido.',
  email: 'E-mail usado no pedido',
  findOrder: 'Encontrar o meu pedido',
  finding: 'A procurar o seu pedido…',
  itemsLegend: 'Qual item tem o problema?',
  problemLegend: 'O que aconteceu?',
  problems: {
    arrived_damaged: 'Chegou danificado',
    broke_or_stopped: 'Quebrou ou parou de funcionar',
    part_missing: 'Falta uma peça ou um item',
    wrong_item: 'Recebi o item errado',
    not_as_described: 'Não é como descrito',
    quality_disappointing: 'A qualidade não é a esperada',
    size_or_fit: 'O tamanho ou o ajuste está errado',
    late_or_lost: 'Está atrasado ou perdido',
    hard_to_use: 'É difícil de montar ou usar',
    unsafe: 'É perigoso ou feriu alguém',
  },
  photoOf: {
    parcel: 'Adicione uma foto da embalagem, mostrando o dano.',
    item: 'Adicione uma foto do item, mostrando o problema.',
    contents: 'Adicione uma foto de tudo o que veio na caixa.',
    label: 'Adicione uma foto da etiqueta do item que recebeu.',
  },
  photos: 'Fotos',
  photosHint: 'Até 5 fotos (JPEG, PNG ou WebP, 8 MB cada), ou 4 e um vídeo curto (MP4, WebM ou MOV, 32 MB).',
  photoNeeded: 'Este problema precisa de uma foto.',
  text: 'O que aconteceu?',
  textHint: 'Com as suas palavras.',
  wantsLegend: 'O que gostaria que fizéssemos?',
  wants: { replacement: 'Enviar um substituto', refund: 'Reembolsar', repair: 'Reparar', information: 'Só quero informação' },
  honeypot: 'Deixe este campo vazio',
  submit: 'Enviar a reclamação',
  sending: 'A enviar…',
  errorsHeading: 'Corrija o seguinte:',
  required: 'Este campo é obrigatório.',
  badEmail: 'Indique um e-mail válido.',
  pickItem: 'Escolha pelo menos um item.',
  mismatch: 'Não encontrámos um pedido com este número e e-mail. Verifique os dois e tente de novo.',
  rateLimited: 'Demasiadas tentativas. Espere uma hora e tente de novo.',
  slowedDown: 'Demasiadas tentativas erradas. Espere {seconds} segundos e tente de novo.',
  linkRefused: 'Este link já não pode ser usado. Indique o número do pedido e o e-mail do pedido.',
  fromLink: 'Pedido {order}, pelo link do seu e-mail.',
  video: 'Vídeo',
  photoRefused: 'Este ficheiro não é uma foto que possamos ler.',
  failed: 'Algo correu mal. Tente de novo.',
  thanks: 'Obrigado, recebemos a sua reclamação',
  reference: 'A sua referência',
  followLink: 'Acompanhar a reclamação',
  keepLink: 'Guarde este link em privado: quem o tiver pode ver a sua reclamação.',
  statusTitle: 'A sua reclamação',
  notFound: 'Não há nenhuma reclamação neste link.',
  steps: {
    received: 'Recebida',
    assigned: 'Com a nossa equipa',
    waiting_for_customer: 'À espera da sua resposta',
    decided: 'Decidida',
    shipped: 'Substituto enviado',
    closed: 'Encerrada',
  },
  next: 'A seguir',
  live: 'Esta página atualiza-se sozinha.',
  yourPhotos: 'As suas fotos',
  photo: 'Foto',
  messages: 'Mensagens',
  noMessages: 'Ainda não há mensagens.',
  you: 'Você',
  team: 'Equipa de apoio',
  reply: 'A sua resposta',
  send: 'Enviar resposta',
  addPhotos: 'Adicionar fotos',
  upload: 'Enviar fotos',
  rateLegend: 'Qual a sua satisfação com o tratamento da sua reclamação?',
  scores: ['1 – muito insatisfeito', '2 – insatisfeito', '3 – neutro', '4 – satisfeito', '5 – muito satisfeito'],
  comment: 'Comentário (opcional)',
  sendRating: 'Enviar a resposta',
  rated: 'Obrigado pela sua resposta.',
};

const es: PortalText = {
  ...en,
  languageName: 'Español',
  language: 'Idioma',
  title: 'Informar de un problema con tu pedido',
  intro: 'Cuéntanos qué ha pasado. Recibirás un enlace privado para seguir tu reclamación.',
  orderLegend: 'Tu pedido',
  orderNumber: 'Número de pedido',
  orderHint: 'Está en el correo de confirmación del pedido.',
  email: 'Correo electrónico del pedido',
  findOrder: 'Buscar mi pedido',
  finding: 'Buscando tu pedido…',
  itemsLegend: '¿Qué artículo tiene el problema?',
  problemLegend: '¿Qué ha pasado?',
  problems: {
    arrived_damaged: 'Llegó dañado',
    broke_or_stopped: 'Se rompió o dejó de funcionar',
    part_missing: 'Falta una pieza o un artículo',
    wrong_item: 'Recibí un artículo equivocado',
    not_as_described: 'No es como se describe',
    quality_disappointing: 'La calidad no es la esperada',
    size_or_fit: 'La talla o el ajuste no es correcto',
    late_or_lost: 'Llega tarde o se ha perdido',
    hard_to_use: 'Es difícil de montar o usar',
    unsafe: 'Es peligroso o ha herido a alguien',
  },
  photoOf: {
    parcel: 'Añade una foto del paquete que muestre el daño.',
    item: 'Añade una foto del artículo que muestre el problema.',
    contents: 'Añade una foto de todo lo que venía en la caja.',
    label: 'Añade una foto de la etiqueta del artículo recibido.',
  },
  photos: 'Fotos',
  photosHint: 'Hasta 5 fotos (JPEG, PNG o WebP, 8 MB cada una), o 4 y un vídeo corto (MP4, WebM o MOV, 32 MB).',
  photoNeeded: 'Este problema necesita una foto.',
  text: '¿Qué ha pasado?',
  textHint: 'Con tus palabras.',
  wantsLegend: '¿Qué quieres que hagamos?',
  wants: { replacement: 'Enviar un repuesto', refund: 'Reembolsarme', repair: 'Repararlo', information: 'Solo información' },
  honeypot: 'Deja este campo vacío',
  submit: 'Enviar mi reclamación',
  sending: 'Enviando…',
  errorsHeading: 'Corrige lo siguiente:',
  required: 'Este campo es obligatorio.',
  badEmail: 'Escribe un correo válido.',
  pickItem: 'Elige al menos un artículo.',
  mismatch: 'No encontramos un pedido con este número y correo. Revisa ambos e inténtalo de nuevo.',
  rateLimited: 'Demasiados intentos. Espera una hora e inténtalo de nuevo.',
  slowedDown: 'Demasiados intentos fallidos. Espera {seconds} segundos e inténtalo de nuevo.',
  linkRefused: 'Este enlace ya no se puede usar. Escribe el número de pedido y el correo del pedido.',
  fromLink: 'Pedido {order}, desde el enlace de tu correo.',
  video: 'Vídeo',
  photoRefused: 'Este archivo no es una foto que podamos leer.',
  failed: 'Algo ha fallado. Inténtalo de nuevo.',
  thanks: 'Gracias, hemos recibido tu reclamación',
  reference: 'Tu referencia',
  followLink: 'Seguir tu reclamación',
  keepLink: 'Guarda este enlace en privado: quien lo tenga puede ver tu reclamación.',
  statusTitle: 'Tu reclamación',
  notFound: 'No hay ninguna reclamación en este enlace.',
  steps: {
    received: 'Recibida',
    assigned: 'Con nuestro equipo',
    waiting_for_customer: 'Esperando tu respuesta',
    decided: 'Decidida',
    shipped: 'Repuesto enviado',
    closed: 'Cerrada',
  },
  next: 'Siguiente',
  live: 'Esta página se actualiza sola.',
  yourPhotos: 'Tus fotos',
  photo: 'Foto',
  messages: 'Mensajes',
  noMessages: 'Aún no hay mensajes.',
  you: 'Tú',
  team: 'Equipo de soporte',
  reply: 'Tu respuesta',
  send: 'Enviar respuesta',
  addPhotos: 'Añadir fotos',
  upload: 'Subir fotos',
  rateLegend: '¿Qué tan satisfecho estás con cómo tratamos tu reclamación?',
  scores: ['1 – muy insatisfecho', '2 – insatisfecho', '3 – neutral', '4 – satisfecho', '5 – muy satisfecho'],
  comment: 'Comentario (opcional)',
  sendRating: 'Enviar mi respuesta',
  rated: 'Gracias por tu respuesta.',
};

const de: PortalText = {
  ...en,
  languageName: 'Deutsch',
  language: 'Sprache',
  title: 'Ein Problem mit Ihrer Bestellung melden',
  intro: 'Sagen Sie uns, was passiert ist. Sie erhalten einen privaten Link, um Ihre Reklamation zu verfolgen.',
  orderLegend: 'Ihre Bestellung',
  orderNumber: 'Bestellnummer',
  orderHint: 'Sie steht in Ihrer Bestellbestätigung.',
  email: 'E-Mail-Adresse der Bestellung',
  findOrder: 'Bestellung suchen',
  finding: 'Bestellung wird gesucht…',
  itemsLegend: 'Welcher Artikel hat das Problem?',
  problemLegend: 'Was ist passiert?',
  problems: {
    arrived_damaged: 'Beschädigt angekommen',
    broke_or_stopped: 'Kaputt oder funktioniert nicht mehr',
    part_missing: 'Ein Teil oder Artikel fehlt',
    wrong_item: 'Falscher Artikel erhalten',
    not_as_described: 'Nicht wie beschrieben',
    quality_disappointing: 'Qualität nicht wie erwartet',
    size_or_fit: 'Größe oder Passform stimmt nicht',
    late_or_lost: 'Verspätet oder verloren',
    hard_to_use: 'Schwer aufzubauen oder zu benutzen',
    unsafe: 'Unsicher oder jemand wurde verletzt',
  },
  photoOf: {
    parcel: 'Bitte fügen Sie ein Foto des Pakets mit dem Schaden hinzu.',
    item: 'Bitte fügen Sie ein Foto des Artikels mit dem Problem hinzu.',
    contents: 'Bitte fügen Sie ein Foto des gesamten Paketinhalts hinzu.',
    label: 'Bitte fügen Sie ein Foto des Etiketts des erhaltenen Artikels hinzu.',
  },
  photos: 'Fotos',
  photosHint: 'Bis zu 5 Fotos (JPEG, PNG oder WebP, je 8 MB) oder 4 und ein kurzes Video (MP4, WebM oder MOV, 32 MB).',
  photoNeeded: 'Für dieses Problem brauchen wir ein Foto.',
  text: 'Was ist passiert?',
  textHint: 'In Ihren eigenen Worten.',
  wantsLegend: 'Was sollen wir tun?',
  wants: { replacement: 'Ersatz schicken', refund: 'Geld erstatten', repair: 'Reparieren', information: 'Nur Information' },
  honeypot: 'Dieses Feld leer lassen',
  submit: 'Reklamation senden',
  sending: 'Wird gesendet…',
  errorsHeading: 'Bitte korrigieren Sie:',
  required: 'Dieses Feld ist erforderlich.',
  badEmail: 'Bitte geben Sie eine gültige E-Mail-Adresse ein.',
  pickItem: 'Wählen Sie mindestens einen Artikel.',
  mismatch: 'Wir finden keine Bestellung mit dieser Nummer und E-Mail-Adresse. Bitte prüfen Sie beides.',
  rateLimited: 'Zu viele Versuche. Bitte warten Sie eine Stunde.',
  slowedDown: 'Zu viele falsche Versuche. Bitte warten Sie {seconds} Sekunden.',
  linkRefused: 'Dieser Link ist nicht mehr gültig. Bitte geben Sie Bestellnummer und E-Mail-Adresse der Bestellung ein.',
  fromLink: 'Bestellung {order}, über den Link in Ihrer E-Mail.',
  video: 'Video',
  photoRefused: 'Diese Datei ist kein lesbares Foto.',
  failed: 'Etwas ist schiefgegangen. Bitte versuchen Sie es erneut.',
  thanks: 'Danke, wir haben Ihre Reklamation erhalten',
  reference: 'Ihre Referenz',
  followLink: 'Reklamation verfolgen',
  keepLink: 'Halten Sie diesen Link privat: Wer ihn hat, sieht Ihre Reklamation.',
  statusTitle: 'Ihre Reklamation',
  notFound: 'Unter diesem Link gibt es keine Reklamation.',
  steps: {
    received: 'Erhalten',
    assigned: 'Bei unserem Team',
    waiting_for_customer: 'Wartet auf Ihre Antwort',
    decided: 'Entschieden',
    shipped: 'Ersatz verschickt',
    closed: 'Abgeschlossen',
  },
  next: 'Als Nächstes',
  live: 'Diese Seite aktualisiert sich selbst.',
  yourPhotos: 'Ihre Fotos',
  photo: 'Foto',
  messages: 'Nachrichten',
  noMessages: 'Noch keine Nachrichten.',
  you: 'Sie',
  team: 'Support-Team',
  reply: 'Ihre Antwort',
  send: 'Antwort senden',
  addPhotos: 'Fotos hinzufügen',
  upload: 'Fotos hochladen',
  rateLegend: 'Wie zufrieden sind Sie mit der Bearbeitung Ihrer Reklamation?',
  scores: ['1 – sehr unzufrieden', '2 – unzufrieden', '3 – neutral', '4 – zufrieden', '5 – sehr zufrieden'],
  comment: 'Kommentar (optional)',
  sendRating: 'Antwort senden',
  rated: 'Danke für Ihre Antwort.',
};

const fr: PortalText = {
  ...en,
  languageName: 'Français',
  language: 'Langue',
  title: 'Signaler un problème avec votre commande',
  intro: 'Dites-nous ce qui s’est passé. Vous recevrez un lien privé pour suivre votre réclamation.',
  orderLegend: 'Votre commande',
  orderNumber: 'Numéro de commande',
  orderHint: 'Il figure dans l’e-mail de confirmation.',
  email: 'Adresse e-mail de la commande',
  findOrder: 'Trouver ma commande',
  finding: 'Recherche de votre commande…',
  itemsLegend: 'Quel article pose problème ?',
  problemLegend: 'Que s’est-il passé ?',
  problems: {
    arrived_damaged: 'Arrivé endommagé',
    broke_or_stopped: 'Cassé ou ne fonctionne plus',
    part_missing: 'Il manque une pièce ou un article',
    wrong_item: 'J’ai reçu le mauvais article',
    not_as_described: 'Pas conforme à la description',
    quality_disappointing: 'La qualité n’est pas celle attendue',
    size_or_fit: 'La taille ne convient pas',
    late_or_lost: 'En retard ou perdu',
    hard_to_use: 'Difficile à monter ou à utiliser',
    unsafe: 'Dangereux ou a blessé quelqu’un',
  },
  photoOf: {
    parcel: 'Ajoutez une photo du colis montrant les dégâts.',
    item: 'Ajoutez une photo de l’article montrant le problème.',
    contents: 'Ajoutez une photo de tout le contenu du colis.',
    label: 'Ajoutez une photo de l’étiquette de l’article reçu.',
  },
  photos: 'Photos',
  photosHint: 'Jusqu’à 5 photos (JPEG, PNG ou WebP, 8 Mo chacune), ou 4 et une courte vidéo (MP4, WebM ou MOV, 32 Mo).',
  photoNeeded: 'Une photo est nécessaire pour ce problème.',
  text: 'Que s’est-il passé ?',
  textHint: 'Avec vos propres mots.',
  wantsLegend: 'Que souhaitez-vous ?',
  wants: { replacement: 'Un remplacement', refund: 'Un remboursement', repair: 'Une réparation', information: 'Une information' },
  honeypot: 'Laissez ce champ vide',
  submit: 'Envoyer ma réclamation',
  sending: 'Envoi…',
  errorsHeading: 'Veuillez corriger :',
  required: 'Ce champ est obligatoire.',
  badEmail: 'Saisissez une adresse e-mail valide.',
  pickItem: 'Choisissez au moins un article.',
  mismatch: 'Aucune commande ne correspond à ce numéro et à cette adresse. Vérifiez les deux.',
  rateLimited: 'Trop de tentatives. Attendez une heure.',
  slowedDown: 'Trop de tentatives erronées. Attendez {seconds} secondes et réessayez.',
  linkRefused: 'Ce lien n’est plus utilisable. Saisissez le numéro de commande et l’adresse e-mail de la commande.',
  fromLink: 'Commande {order}, depuis le lien de votre e-mail.',
  video: 'Vidéo',
  photoRefused: 'Ce fichier n’est pas une photo lisible.',
  failed: 'Une erreur est survenue. Réessayez.',
  thanks: 'Merci, nous avons reçu votre réclamation',
  reference: 'Votre référence',
  followLink: 'Suivre votre réclamation',
  keepLink: 'Gardez ce lien privé : quiconque l’a peut voir votre réclamation.',
  statusTitle: 'Votre réclamation',
  notFound: 'Aucune réclamation à ce lien.',
  steps: {
    received: 'Reçue',
    assigned: 'Chez notre équipe',
    waiting_for_customer: 'En attente de votre réponse',
    decided: 'Décidée',
    shipped: 'Remplacement expédié',
    closed: 'Close',
  },
  next: 'Ensuite',
  live: 'Cette page se met à jour toute seule.',
  yourPhotos: 'Vos photos',
  photo: 'Photo',
  messages: 'Messages',
  noMessages: 'Pas encore de message.',
  you: 'Vous',
  team: 'Équipe support',
  reply: 'Votre réponse',
  send: 'Envoyer la réponse',
  addPhotos: 'Ajouter des photos',
  upload: 'Envoyer les photos',
  rateLegend: 'Êtes-vous satisfait du traitement de votre réclamation ?',
  scores: ['1 – très insatisfait', '2 – insatisfait', '3 – neutre', '4 – satisfait', '5 – très satisfait'],
  comment: 'Commentaire (facultatif)',
  sendRating: 'Envoyer ma réponse',
  rated: 'Merci pour votre réponse.',
};

export const TEXTS: Record<PortalLanguage, PortalText> = { en, pt, es, de, fr };

/** The first of the browser's languages the portal speaks; English otherwise. */
export function browserLanguage(langs: readonly string[] = navigator.languages ?? [navigator.language]): PortalLanguage {
  for (const l of langs) {
    const base = l.toLowerCase().split('-')[0] as PortalLanguage;
    if ((PORTAL_LANGUAGES as readonly string[]).includes(base)) return base;
  }
  return 'en';
}
