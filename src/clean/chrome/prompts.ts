// A site's prompts in and under the article: newsletter sign-ups, reading and follow prompts (and the site a "Read the
// full story on …" or "Thanks for reading …" names), offers, calls for readers' tips, plugs, a sign-up box's bare
// buttons and its log-in prompt, a form's confirmation, a market data notice. Many read as sentences, so the line
// model keeps them. A sign-up box's button and the pitch over it are sign-up-box.ts's.
import type { Line } from '../lines.js';

/**
 * A prompt set between the paragraphs: "Sign up to our free sport newsletter and get the best
 * stories every morning", "Continue reading below", "Story continues below advertisement", "Get the
 * day's biggest market moves delivered to your inbox." The line model keeps them inside the article
 * (a newsletter prompt reads like a sentence). A newsletter's own chrome too, "Forward to a
 * friend", "View in browser", "Did a friend forward you this email? Sign up here …", over its title and in its
 * body. A newsletter platform's own (Substack's "Thanks for reading Field Notes! Subscribe for free to receive new
 * posts …", "Field Notes is a reader-supported publication. To receive new posts …"), under a post or inside it. A
 * sign-up box's e-mail field ("Enter your email address"), which after the article reads as a headline, and its link to the
 * site's other newsletters ("See All Newsletters").
 */
/**
 * A sign-up box's consent line under its button: "By signing up you agree to our Terms of Use and
 * acknowledge our Privacy Policy.", "By subscribing, you consent to receive emails … See our privacy
 * notice.", between paragraphs under the box's other lines, which go as prompts. It names the site's terms
 * or privacy policy: "By signing up, you agree to let the company sell your data, critics say" is a story's.
 * Also in the reader's words and giving the address ("By providing an email address. I agree to the Terms of
 * Use and acknowledge that I have read the Privacy Policy.", the Inquirer's under its sign-up box), or the reader agreeing that
 * the site may send them its newsletter (CBS Sports' "I agree that <Site> can send me the "<Name>" newsletter.").
 */
export const SIGN_UP_CONSENT = String.raw`i agree (?:that )?[^.!?]{1,60}? (?:can|may|to) (?:send|e-?mail|contact) me\b[^.!?]{0,80}?\b(?:newsletters?|e-?mails?|updates|offers)\b|by (?:signing up|subscribing|registering|providing (?:your|an) e-?mail(?: address)?|submitting[^.!?]{0,30}?|clicking[^.!?]{0,30}?|entering your e-?mail[^.!?]{0,20}?)[,.]? (?:you|I) (?:agree|acknowledge|consent|accept)\b[^.!?]{0,100}?\b(?:terms|privacy)\b`;
/**
 * A sign-up box's note on what becomes of the reader's data, under its offer: ABC News (Australia)'s "Your information is
 * being handled in accordance with the ABC Privacy Collection Statement.", under the article. The reader's information or
 * data handled, used or processed by a privacy policy or statement.
 */
const SIGN_UP_DATA_NOTE = String.raw`your (?:personal )?(?:information|data|details) (?:is|are|will be) (?:being )?(?:handled|processed|used|collected|stored|managed) in (?:accordance|line) with\b[^.!?]{0,80}?\bprivacy\b`;
/**
 * An ask to follow the site on a messenger or by push alerts, or to subscribe, under the article or
 * between its paragraphs: "Join ST's WhatsApp Channel and get the latest news and must-reads.", "Sign up
 * for Health & Family push alerts and have the best health news … sent straight to your phone",
 * "Subscribe: Get unlimited access to local news for just $1" (a Gannett paper's, mid-text). A story's sentence
 * about a channel names no joining ("The ministry's WhatsApp channel spread the rumour"). The Economic Times'
 * "(You can now subscribe to our ETMarkets WhatsApp channel)" and Khaleej Times' "… Follow KT on WhatsApp Channels."
 * under the story (a prompt in brackets is read inside them: isReadingPrompt). Another network may come first: the Borneo
 * Post's "Follow us on Instagram and join our Telegram and/or WhatsApp channel(s) for the latest news …".
 */
const FOLLOW_PROMPT = String.raw`(?:you can now )?(?:join|follow|subscribe to)(?![-\p{L}])[^.!?]{0,60}?\b(?:whatsapp|telegram|signal) channels?\b|sign up (?:for|to)\b[^.!?]{0,40}?\bpush (?:alerts|notifications)\b|subscribe(?: now| today)?\s*:\s*(?:get|enjoy|unlimited|only|just|try)\b`;
/**
 * The prompt where an ad or an expander stands and the article goes on under it: "Story continues below",
 * "Continue reading the main story", and a bare "Story continues", the button Yahoo's syndicated stories (USA
 * Today's, Bloomberg's) set after their first paragraphs.
 */
const ARTICLE_GOES_ON = String.raw`(?:the )?(?:story|article|text) continues(?: (?:below|after)\b|$)|continue reading (?:below|the (?:main )?(?:story|article))\b`;
/**
 * The same prompt as sites in the languages the project lists word it ("Weiterlesen nach der
 * Anzeige", "La suite après cette publicité", "Continua após a publicidade"): an ad slot too. Only a
 * prompt, never the article's end: the paragraphs after the ad ("Anzeige" over "Weiterlesen nach der Anzeige") are its.
 */
const OTHER_LANGUAGE_GOES_ON = [
  '(?:der )?artikel (?:geht|wird) (?:unten|nach der (?:anzeige|werbung)) (?:weiter|fortgesetzt)', '(?:weiter|weiterlesen) nach der (?:anzeige|werbung)',
  "la suite (?:de l['’]article )?après (?:cette|la) publicité", "l['’]article continue (?:ci-dessous|après)",
  'la noticia continúa (?:abajo|tras)', 'continúa después de la publicidad',
  'continua (?:depois|após) (?:d?a publicidade|d?o anúncio)',
  "l['’]articolo continua (?:dopo|sotto)",
  'lees verder (?:onder|na) de advertentie',
  'продолжение (?:ниже|после рекламы)', 'статья продолжается',
  'dalsz(?:y ciąg|a część) (?:materiału|artykułu|tekstu) pod (?:wideo|reklamą|materiałem wideo)',
];
/**
 * A pictograph a site sets before its prompt ("📲 Participe do canal do g1 PE no WhatsApp", g1's between
 * the paragraphs; "📩 Sign up for our newsletter"): the prompt is read after it.
 */
const LEADING_PICTOGRAPH = String.raw`(?:\p{Extended_Pictographic}\uFE0F?\s*)?`;
/**
 * A news alert service's offer, under the article: "Start Receiving Wire-News-Portal.com News Headlines per email." (a press
 * release portal's, the site's address in it), "Get breaking news alerts by email". Opening the line with the
 * offer: "Residents will receive flood alerts by email" is a story's.
 */
const NEWS_ALERT_OFFER = String.raw`(?:start )?(?:receiv(?:e|ing)|get(?:ting)?)\b(?:[^.!?]|\.(?=\S)){0,60}?\b(?:news|headlines|alerts)\b[^.!?]{0,30}?\b(?:per|by|via) e-?mail\b`;
/**
 * The page asking whether the reader liked the story, alone or over its share or sign-up ask: "Like this article?" over a newsletter's
 * "SIGN UP", "Like this story? Share it with a friend!". The question mark after the story's noun, the line's end or the ask after it.
 */
const LIKED_PROMPT = String.raw`(?:did you )?(?:liked?|enjoy(?:ed)?|loved?) this (?:story|article|post|piece)\?(?:\s+(?:share|spread|sign up|subscribe)\b[^.!?]{0,60}[.!:]?)?$`;
export const ARTICLE_GOES_ON_LINE = new RegExp(`^(?:${[ARTICLE_GOES_ON, ...OTHER_LANGUAGE_GOES_ON].join('|')})`, 'iu');
const READING_PROMPT = new RegExp(
  String.raw`^${LEADING_PICTOGRAPH}(?:${ARTICLE_GOES_ON}|(?:sign up|subscribe|register) (?:to|for) (?:our|the)\b[^.!?]{0,60}\bnewsletters?\b|(?:get|receive|sign up|subscribe)\b[^.!?]{0,100}?\b(?:delivered|sent) (?:straight |directly |right |(?:for )?free )?to your inbox\b|${NEWS_ALERT_OFFER}|forward (?:this (?:email |newsletter )?)?to a friend\b|view (?:this (?:email|newsletter) )?in (?:your |a )?(?:web )?browser\b|(?:did|has) (?:a friend|someone) (?:forward|send)(?:ed)? (?:you )?this\b|(?:were you )?forwarded this (?:e-?mail|newsletter|message)\b|(?:was )?this (?:e-?mail|newsletter) forwarded to you\b|you(?: are|['’]re) receiving this (?:email|newsletter|message)\b|thanks for reading\b[^.!?]{0,80}[!.]\s+subscribe\b|[^.!?]{1,80}? is a reader-supported publication\b|sign up(?: here| now)?[.!]?$|(?:see|view|browse) (?:all|our|more) newsletters[.!]?$|(?:log ?in|sign ?in) to (?:access|view|read|unlock) (?:premium|subscriber|members?(?:-only)?|exclusive)\b|register for (?:a|an|your) (?:free )?[^.!?,]{0,30}?\baccount\b[^.!?,]{0,20}[.!]?$|click here to register\b|(?:please )?(?:enter|type) your e-?mail(?: address)?(?: (?:here|below))?:?$|${SIGN_UP_CONSENT}|${SIGN_UP_DATA_NOTE}|${FOLLOW_PROMPT}|${LIKED_PROMPT})`,
  'iu',
);
export const MAX_PROMPT_WORDS = 25;

/**
 * The same prompts as sites in the languages the project lists word them: sign up to the newsletter,
 * get it by e-mail, the article goes on below the advertisement ("Assine nossa newsletter", "Melden
 * Sie sich für unseren Newsletter an", "La suite après cette publicité", "Подпишитесь на рассылку").
 * Also the site's asks under the article: report an error ("Fehler gefunden? Jetzt melden.", a question, so
 * that "Fehler gefunden haben die Prüfer …" stays), rate the article ("Gostou deste artigo?"), send a tip
 * ("Masz ciekawy temat?"), follow the site ("Dołącz do nas na Facebooku!", "Simak breaking news …"); its
 * channel on a messenger, between the paragraphs ("Receba as principais notícias de GZH no seu WhatsApp. Clique
 * aqui e entre no canal.", "Читайте РБК в Telegram"); French "Cet article vous a été utile ?", Russian and
 * Ukrainian sites' "select the mistake and press Ctrl+Enter" and Ukrainian channels ("Підписуйтесь на канал УП у
 * Telegram"); a Hindi site's plug for its app ("रहें हर खबर से अपडेट, डाउनलोड करें … Hindi News App …"), a
 * Marathi site's for its channel ("लोकसत्ता आता टेलिग्रामवर आहे. …") and a Chinese portal's link to its news app
 * ("新浪新闻客户端"), which over a share row reads as a title.
 */
/**
 * A social network as a prompt to follow the site names it, declined as Polish declines it ("na
 * Facebooku", "na Instagramie"; X only ending the line: "na X Festiwalu Nauki" is the tenth festival):
 * "Dołącz do nas na festiwalu …" ("join us at the festival") is a sentence, which the prompt's first
 * words alone would take for the prompt.
 */
export const SOCIAL_NETWORK = String.raw`(?:(?:facebook|instagram|twitter|youtub|tiktok|linkedin|telegram|whatsapp|threads|discord|viber)\p{L}*(?![\p{L}\p{N}])|(?:platformie )?x(?=[!.]*$))`;
/**
 * A read-aloud player's label, the whole line, in the languages the project lists: El Espectador's "Escuchar este artículo" over
 * the first paragraph; English "Listen to this article" is PLUG_PROMPT's.
 * Only the label, a duration after it at most (LISTEN_LABEL_END): "Escuchar este artículo me hizo llorar" is a sentence.
 */
const LISTEN_LABELS = [
  'escuch(?:ar|a|e) (?:este |el )?(?:artículo|noticia|nota)', 'escuch(?:ar|a|e) (?:esta |la )(?:noticia|nota)',
  'ou(?:vir|ça|ca) (?:este |o )?(?:artigo|texto|notícia|matéria|reportagem)', 'ou(?:vir|ça|ca) (?:esta |a )(?:notícia|matéria|reportagem)',
  "écoute[rz]? (?:cet|l['’])article",
  '(?:diesen |den )?artikel (?:anhören|vorlesen(?: lassen)?)',
  "ascolta(?:re)? (?:questo |l['’])articolo", 'ascolta(?:re)? (?:questa |la )notizia',
  '(?:luister naar|beluister) (?:dit|het) artikel',
  '(?:po|od)?słuchaj artykułu', 'odsłuchaj artykuł',
  '(?:про|по)?слушать (?:эту )?статью', '(?:про)?слухати (?:цю )?статтю',
  '(?:bu )?(?:haberi|makaleyi) dinle(?:yin)?',
  'dengarkan (?:artikel|berita) ini',
  'nghe (?:đọc )?bài(?: viết| báo)?',
  'ascultă articolul', 'poslechn(?:ěte si|out si|out) článek',
  'lyssna på artikeln', 'lytt til artikkelen', 'lyt til artiklen',
];
/** Where such a label ends: alone, or a duration after it ("Escuchar este artículo · 4 min", "Artikel anhören (03:12)"). */
const LISTEN_LABEL_END = String.raw`(?:\s*[-–—·•|(]?\s*\d{1,3}(?::\d{2})?\s*\p{L}{0,8}\.?\)?)?\s*$`;
const OTHER_LANGUAGE_PROMPTS = [
  // German
  'melden sie sich (?:jetzt )?(?:für|zu)[^.!?]{0,40}newsletter', '(?:jetzt )?(?:den |unseren )?newsletter abonnieren', 'jetzt (?:zum |für den )?newsletter anmelden',
  'fehler gefunden\\s*\\?', 'hat (?:ihnen )?(?:dieser|der) artikel gefallen\\s*\\?',
  // French
  '(?:inscrivez-vous|abonnez-vous) (?:à|a) (?:notre|la|nos) (?:newsletter|lettre)',
  'vous avez (?:repéré|trouvé|vu) une (?:erreur|faute)[^.!?]{0,40}\\?', 'signaler une erreur', 'cet article vous a(?:-t-il)? (?:été utile|plu)\\s*\\?',
  // Spanish
  'suscríbete (?:a|gratis a) (?:nuestro|nuestra|la|el|nuestros|nuestras) (?:boletín|boletines|newsletter)', 'recib[eí][^.!?]{0,80}en tu (?:correo|email|e-mail|bandeja)',
  '¿?(?:has visto|viste|encontraste) (?:algún|un) error[^.!?]{0,40}\\?', '¿?te (?:ha gustado|gustó) (?:este artículo|esta noticia)\\s*\\?',
  // join the paper's WhatsApp or Telegram channel ("Únete al canal de WhatsApp de …", "Súmate a nuestro canal de Telegram")
  '(?:únete|unite|súmate|sumate) (?:al|a nuestro) canal (?:de|en) [^.!?]{0,40}?(?:whatsapp|telegram)',
  // Portuguese
  '(?:assine|inscreva-se (?:na|em)|cadastre-se (?:na|em)) (?:a |nossa |na )?newsletter', 'receba (?:em seu|no seu|por) e-?mail',
  'encontrou (?:algum )?erro[^.!?]{0,40}\\?', 'gostou d(?:este|o) artigo\\s*\\?',
  'receba (?:as )?(?:principais |últimas )?notícias[^.!?]{0,60}? (?:no|pelo) (?:seu )?(?:whatsapp|telegram)', 'entre no canal d[eoa] [^.!?]{0,40}?(?:whatsapp|telegram)',
  // g1's under every story: "Participe do canal do g1 PE no WhatsApp"
  // UOL's under every story: "Receba notícias do UOL. É grátis!", the whole line (a push alerts' offer)
  '(?:receba|assine) (?:as )?(?:principais |últimas )?notícias d[oa]s? [^.!?]{1,40}?(?:[.!](?:\\s*(?:é|são) (?:grátis|gratuitas?)[.!]?)?)?$',
  '(?:participe|faça parte) do canal d[eoa] [^.!?]{0,40}?(?:whatsapp|telegram)',
  // Italian
  'iscriviti alla (?:nostra )?newsletter', 'segnala(?:ci)? un errore',
  // Dutch
  '(?:schrijf je in|meld je aan) voor (?:onze|de) nieuwsbrief', 'fout gezien\\s*\\?',
  // Polish
  'zauważyłeś błąd\\s*\\?', 'masz ciekawy temat\\s*\\?', `dołącz do nas na ${SOCIAL_NETWORK}`,
  // Onet's thanks under every story ("Dziękujemy, że przeczytałaś/eś nasz artykuł do końca. … Obserwuj nas w Wiadomościach Google.")
  // and Gazeta.pl's pointer to its front page ("Więcej podobnych treści znajdziesz na stronie głównej Gazeta.pl."), both under
  // the last paragraph
  'dziękujemy, że przeczyta\\p{L}*(?:/\\p{L}+)? (?:nasz|ten) (?:artykuł|tekst)', 'obserwuj nas w wiadomościach google',
  'więcej (?:podobnych )?treści znajdziesz na stronie głównej',
  // Serbian, Croatian, Bosnian and Montenegrin, Slovene: "follow us on Viber too", Vijesti's under the last paragraph (read as a
  // headline, it would end the article over the last sentence)
  `(?:pratite|zapratite) nas(?: i)? (?:na|preko) ${SOCIAL_NETWORK}`, `sledite nam(?: tudi)? na ${SOCIAL_NETWORK}`,
  // Russian
  'подпишитесь на (?:нашу )?рассылку', 'подписывайтесь на (?:наш|нашу|наши) ', 'читайте [^.!?]{0,30}?(?:в|у) (?:telegram|телеграм|«?дзен|max)',
  // Russian, Ukrainian and Latvian (LSM's): select a mistake and press Ctrl+Enter to report it
  '(?:если вы заметили ошибку|якщо ви помітили помилку|ja pamanīji kļūdu|ja pamanījāt kļūdu)[^.!?]{0,80}ctrl\\s*\\+\\s*enter',
  // Punjabi and Hindi (Jagbani's under every story): "Note - give your opinion on this story in the comment box"
  '(?:ਨੋਟ|नोट)\\s*[-–—:]\\s*[^।.!?]{0,60}?(?:ਕੁਮੈਂਟ|ਕਮੈਂਟ|कमेंट|कॉमेंट)\\s*(?:ਬਾਕਸ|बॉक्स)',
  // Ukrainian
  'підписуйтесь на (?:наш|нашу|наші|канал|сторінку) ',
  // Hindi: stay updated with every story, download the app
  'रहें हर खबर से अपडेट', 'डाउनलोड करें[^।|]{0,80}?(?:app|ऐप)',
  // Chinese: a portal's link to its news app, opened or downloaded, "新浪新闻客户端" over Sina's share row
  '(?:下载|打开)?\\p{Script=Han}{0,6}新闻(?:客户端|app)\\s*$',
  // Marathi: "[the site] is now on Telegram / WhatsApp", Loksatta's plug for its channel under every story
  '[^.!?।]{1,40}? आता (?:टेलिग्राम|व्हॉट्स\\S{0,6}?|telegram|whatsapp) ?वर आहे',
  // Kannada: "[the paper]'s app is here: Android | iPhone", Prajavani's under every story, with the app's word
  // as pages spell it ("ಆ್ಯಪ್", "ಆಪ್"); a colon, a stop or a bar after it, or the line ends ("… is here, said …" is a sentence's)
  '[^.!?।|]{1,40}? (?:ಆ್ಯಪ್|ಆಪ್)\u200c? ಇಲ್ಲಿದೆ\\s*(?:[:.!|]|$)',
  // Greek and Swahili: get the news in your e-mail, "Λάβετε μια σύντομη επισκόπηση … στο email σας." (Kathimerini's under the
  // article), "Pata habari kuu kila asubuhi kupitia barua pepe yako."
  '(?:λάβετε|λαμβάνετε|αποκτήστε)[^.!?;]{0,120}?στο (?:e-?mail|inbox) σας', '(?:εγγραφείτε|γραφτείτε) στο newsletter',
  'pata habari[^.!?]{0,80}?(?:kupitia|kwenye) barua pepe', 'jiunge na jarida(?: letu)?',
  // The article goes on past an ad
  ...OTHER_LANGUAGE_GOES_ON,
  // A read-aloud player's label over the first paragraph (LISTEN_LABELS)
  `(?:${LISTEN_LABELS.join('|')})${LISTEN_LABEL_END}`,
];
const OTHER_LANGUAGE_PROMPT = new RegExp(`^${LEADING_PICTOGRAPH}(?:${OTHER_LANGUAGE_PROMPTS.join('|')})`, 'iu');

/**
 * A longer prompt that offers a download or a subscription by name: it opens with the offer's verb
 * and names an e-book or a newsletter ("Baixe gratuitamente o nosso e-book com as melhores dicas …
 * e receba também a nossa newsletter semanal …", about 30 words). A long
 * line opening "Receba em seu e-mail as notícias do dia, e …" names neither and stays.
 */
const OFFER_PROMPT = new RegExp(
  '^(?:download|get|grab|claim|sign up|subscribe|baixe|fa[çc]a (?:o )?download|cadastre-se|inscreva-se|assine|descarga|desc[aá]rgate|suscr[ií]bete|' +
    't[ée]l[ée]chargez|inscrivez-vous|abonnez-vous|laden sie|holen sie sich|abonnieren sie|scarica|iscriviti|schrijf je in|meld je aan)\\s' +
    '.*?(?<![\\p{L}])(?:e-?books?|newsletters?|nieuwsbrief|boletim|boletín)(?![\\p{L}])',
  'iu',
);
const MAX_OFFER_PROMPT_WORDS = 45;

/**
 * A call to click a link or a picture and see, read or learn what it leads to, in the languages the project
 * lists: Portuguese "Clique aqui e veja …", "Clique na foto do colunista e veja …", "Clique e saiba os
 * horários …" (a sidebar's teaser, else a page's only "paragraph"), Spanish "Haz clic aquí para ver …",
 * French "Cliquez ici pour lire …", Italian "Clicca qui per vedere …", German "Klicken Sie hier, um …". English
 * has its own, narrower (READING_PROMPT's "click here to|for"): a benchmark's gold keeps "Click the link above so you can:".
 */
const CLICK_PROMPT = new RegExp(
  '^(?:(?:clique|clica)(?: aqui| n[ao]s? (?:imagem|imagens|foto|fotos|link|banner|botão)(?: [^.!?]{1,40}?)?)? (?:e|para) (?:veja|ver|saiba|saber|confira|conferir|conheça|conhecer|leia|ler|assista|assistir|acesse|acessar)' +
    '|(?:haz|haga|pulsa|pulse) clic (?:aquí|en (?:la imagen|la foto|el enlace|este enlace)) (?:y|para) (?:ver|vea|lee|lea|leer|conocer|conozca|descubrir|saber)' +
    "|cliquez (?:ici|sur (?:l['’]image|la photo|le lien)) (?:pour|et) (?:voir|lire|découvrir|savoir|consulter)" +
    "|clicca (?:qui|sull['’]immagine|sulla foto|sul link) (?:per|e) (?:vedere|leggere|scoprire|sapere)" +
    '|klicken sie (?:hier|auf (?:das bild|das foto|den link)),? um)(?![\\p{L}])',
  'iu',
);

/**
 * A sign-up box's prompt to those who have subscribed ("Already a subscriber? Log in", "Already have
 * an account? Sign in"): after the article, where it reads as an unrelated headline; under the
 * reader comments it is theirs.
 */
const SUBSCRIBER_LOGIN = /^already (?:a |an )?(?:subscriber|member|registered|have an account)\??\s*(?:log|sign) ?in\b/iu;
export const isSubscriberLogin = (line: Line): boolean => line.wordCount <= MAX_PROMPT_WORDS && SUBSCRIBER_LOGIN.test(line.text);

/**
 * A newsroom's call for readers' tips, under the article or between its paragraphs: "Got a story?
 * Email newsdesk@…", "Have you seen something that needs checking? Email us.", "Do you have a news
 * tip? Contact us at …". A question about a story, tip or something to tell, then how to send it
 * (call, send and tell only to "us" or an e-mail address, "Have a brief? Send it to news@…": "Got something to sell? Send it to
 * the auction house" is a story's). A question the article asks ("Have you got a plot yourself?
 * The council says …") goes on with no way to reach the newsroom.
 */
const TIP_CALL =
  /^(?:(?:have you )?got|do you have|have you (?:got|seen|spotted|noticed)|have|know of)\b[^.!?]{0,60}?\b(?:story|stories|news tip|tip|tip-off|brief|something)\b[^.!?]{0,60}\?\s*(?:(?:please |then )?(?:(?:e-?mail|contact|message|text|get in touch|write to|whatsapp)\b|(?:call|send|tell)(?: [\p{L}'’]+){0,3} us\b|send (?:it|them) to [^\s@]+@))/iu;
export const isTipCall = (line: Line): boolean => line.wordCount <= 40 && TIP_CALL.test(line.text);

/**
 * What a reader's form says once sent, scraped with the page though it is hidden until then: the New
 * York Post's tip form's "Thanks for contacting us. We've received your submission.", Patch's "Thank
 * you for reporting!" under its button to report a comment, under the article's last paragraph. The thanks
 * for the form's act is the whole line, or a sentence on the submission
 * received follows: "Thank you for reporting this, she wrote to the council" is a story's.
 */
const FORM_CONFIRMATION =
  /^(?:thanks|thank you) for (?:reporting|contacting us|your (?:submission|report|message|tip))(?: this (?:comment|post))?[.!]?(?:\s+we(?:['’]ve| have) received your (?:submission|report|message|tip)[.!]?)?$/iu;
/**
 * A sign-up box's messages, hidden until the reader sends it and scraped with the page under the last paragraph (CBS Sports' and
 * a regional paper's newsletter boxes): the thanks for signing up and the inbox to watch, the subscription confirmed or failed,
 * the opt-in box to tick. Each names the sign-up or the subscription: "Keep an eye on the river levels" is a story's.
 */
const SIGN_UP_FORM_MESSAGE =
  /^(?:(?:thanks|thank you) for (?:signing up|subscribing)[.!]?(?:\s+(?:you(?:['’]re| are| will)|keep an eye on your inbox|check your inbox)\b[^.!?]{0,80}[.!]?)?|keep an eye on your inbox\b[^.!?]{0,60}[.!]?|you(?:['’]ve| have) (?:been )?successfully (?:subscribed|signed up)\b[^.!?]{0,40}[.!]?|you(?:['’]re| are) now (?:subscribed|signed up)[.!]?|there was (?:an error|a problem) (?:processing your subscription|subscribing you)\b.{0,120}|please (?:check|tick) the (?:opt-in |consent )?box\b[^.!?]{0,80}\b(?:subscribe|sign up|newsletters?)\b[^.!?]{0,20}[.!]?)$/iu;
const MAX_FORM_MESSAGE_WORDS = 30;
export const isFormConfirmation = (line: Line): boolean => FORM_CONFIRMATION.test(line.text) || (line.wordCount <= MAX_FORM_MESSAGE_WORDS && SIGN_UP_FORM_MESSAGE.test(line.text));

/**
 * A market report's notice that its figures are late: "Quotes delayed at least 15 minutes.", "Prices
 * are delayed by 20 minutes.", "All data delayed 15 mins", under the text or a table of prices. The sentence
 * ends at the minutes: "Data delayed 15 minutes by an
 * outage left traders guessing" goes on, and is the story's.
 */
const MARKET_DATA_NOTICE =
  /^(?:all |stock |share |index |market )?(?:quotes?|prices?|data|figures)(?: (?:are|is|were))? delayed (?:by )?(?:at least |up to |a minimum of )?\d+\s*(?:min(?:ute)?s?)(?: or more)?(?:\.|$)/iu;
export const isMarketDataNotice = (line: Line): boolean => line.wordCount <= 25 && MARKET_DATA_NOTICE.test(line.text);

/**
 * A site's plug for its other channels, written as a sentence under or inside the article: a
 * podcast's ("Listen to the full episode on Apple Podcasts, Spotify or wherever you get your
 * podcasts."), an app's or the site's own ("Catch all the business news, market news … on Live
 * Mint.", "Download the HT app to read more news"), a read-aloud player's ("This article was read by
 * an AI voice.", "Listen to this article"), a call for letters ("Letters to the editor: Send your
 * letter to letters@…"), a local station's app ("Download the WGRZ app for the latest forecast and weather
 * alerts.") and a local site's thanks ("Thank you for supporting local journalism."); an Indian site's footer in
 * English ("Get all India News in Hindi related to … Stay updated with us for all breaking news …"); Hindustan Times'
 * ("Get Current Updates on India News, … Top Headlines from India.") and DW's newsletter plug ("While you're here: …
 * Sign up here."). Under the article's last paragraph, or between them. The plug names where to go: a podcast app, the
 * news, the article read aloud, the letters' address; a story about an app ("Download the NHS app to book a test") names
 * none.
 */
const PLUG_PROMPT = new RegExp(
  '^(?:(?:listen|subscribe|follow)\\b[^.!?]{0,80}?\\b(?:on|via) (?:apple podcasts|spotify|google podcasts|amazon music|youtube music|pocket casts|overcast|iheartradio|audible)\\b' +
    '|(?:listen|subscribe|follow)\\b[^.!?]{0,80}\\bwherever you (?:get|listen to|find) your podcasts\\b' +
    '|catch all the\\b[^.!?]{0,120}?\\bnews\\b[^.!?]{0,80}?\\bon\\b' +
    '|download (?:the|our)\\b[^.!?]{0,30}?\\bapp\\b[^.!?]{0,60}?\\b(?:news|stories|updates|articles|alerts|forecasts?|headlines)\\b' +
    '|get (?:all|the latest|latest)\\b[^.!?]{0,40}?\\bnews in (?:hindi|english|marathi|bengali|bangla|tamil|telugu|gujarati|kannada|malayalam|punjabi|urdu|odia)\\b' +
    '|stay updated with us\\b' +
    // DW's plug's lead-up is too long for isClosingPrompt's.
    '|get (?:current|the latest|latest) (?:updates|news) on\\b[^.!?]{0,120}?\\b(?:latest|top) (?:news|headlines)\\b' +
    "|while you['’]re here\\s*:[^!?]{0,160}?\\b(?:sign up|subscribe|newsletters?|e-?mail)\\b" +
    // Nexstar's stations' footer, "For the latest news, weather, sports, and streaming video, head to KTLA.";
    // an obituary host's or a funeral home's, "To plant trees in memory, please visit the Sympathy Store.", "To send
    // flowers to the family of Jane Doe, please visit our floral store." (a regional paper's ask: LEAD_UP_PLUG)
    '|for the latest news, weather, sports,? and streaming video\\b' +
    '|to (?:send flowers|plant (?:a )?trees?)\\b[^.!?]{0,100}?\\bplease visit\\b' +
    '|thank you for (?:supporting|reading) (?:local |independent |our )?(?:journalism|news)\\b' +
    // The Inquirer's under its "Read Next", "Don't miss out on the latest news and information.", and its
    // offer, "Subscribe to INQUIRER PLUS to get access to The Philippine Daily Inquirer & other 70+ titles, …" (38 words),
    // under the article. The offer names access got by subscribing, the ask the news.
    "|don['’]t miss out on (?:the latest|our)\\b[^.!?]{0,40}?\\b(?:news|stories|updates)\\b" +
    '|subscribe to\\b[^.!?]{0,40}? to (?:get|enjoy|unlock) (?:unlimited |full |digital |premium )?access\\b' +
    // A magazine's offer under its review, "Get Harbour Bikes delivered to your door each month - 12 issues for £14.50.": the
    // post and the issues' price name the subscription; a story on deliveries names no issues.
    '|get\\b[^.!?]{0,60}?\\bdelivered (?:to|through) your (?:door|doorstep|letterbox|letter box|home)\\b[^!?]{0,40}?\\b\\d+ issues for\\b' +
    // A magazine's address for readers alone on the line, TIME's under every story: "Contact us at letters@time.com."
    '|(?:contact|e-?mail|write to) us at \\S+@\\S+?\\.?$' +
    '|(?:this|the) (?:article|story) (?:was|is|has been) (?:read|narrated|voiced) (?:aloud )?(?:by|using|with) (?:an? )?(?:ai|artificial|automated|computer|synthetic)\\b' +
    '|listen to (?:this|the) (?:article|story)\\b[^.!?]{0,20}$' +
    // A paper's plug for its e-paper, the Jamaica Observer's under every story: "Now you can read the Jamaica Observer ePaper
    // anytime, anywhere. …". The reader told they can now read it; "You can read the e-paper archive at the library" is a story's.
    '|(?:now you can|you can now) read\\b[^.!?]{0,50}?\\be-?paper\\b' +
    // The Atlantic's over the first paragraph, "Listen to more stories on the Noa app.": more of the site's stories, on an app.
    '|listen to more (?:stories|articles)\\b[^.!?]{0,30}?\\bapp[.!]?$' +
    // A read-aloud player's announcement over the first paragraph, Fox News' "NEW You can now listen to Fox News
    // articles!" (its badge's "NEW" run in). The site's articles, the line's end.
    '|(?:new[:!]?\\s+)?you can now listen to\\b[^.!?]{0,40}?\\barticles[.!]?$' +
    // The NZ Herald's note under its read-aloud player's paywall box, over the first paragraph, "Listening to articles is free
    // for open-access content—explore …".
    '|listening to (?:articles|stories) is (?:free|available)\\b' +
    '|letters? to the editor\\s*[:：—–-]\\s*(?:send|e-?mail|write|submit)\\b' +
    '|(?:send|e-?mail|submit) (?:us )?(?:a |your )?letters? to the editor\\b[^!?]{0,60}?@' +
    // A link's call to click, no sentence (no full stop), as Fox News sets it between the paragraphs
    // ("CLICK HERE TO GET THE FOX NEWS APP") and sports sites under them ("Click here for more football headlines!");
    // "Click here for more information or to download this game." ends as a sentence, and a benchmark's gold keeps it.
    // An initial's full stop is no sentence's ("CLICK HERE FOR MORE U.S. NEWS", Fox's, between the paragraphs), and a dash may
    // set the link off ("-- Click here for more election updates", over a local paper's story).
    '|(?:-{1,2}\\s*)?click here (?:to|for)\\b(?:[^.?]|\\b\\p{L}\\.){0,80}!?$)',
  'iu',
);
/**
 * The plugs that open with a lead-up of the site's own words before theirs: a regional paper's ask ending in its sign-up,
 * "Don't miss the biggest and most important stories from Greater Manchester - sign up to our newsletter here.", and an
 * opinion page's call for op-eds with where to send them, "The Banner welcomes your letters and op-eds. Submit them at …".
 * Looked for only on a line with their words (LEAD_UP_PLUG_WORDS, the same flags): tried on every line, the lead-up's scan
 * is nine tenths of PLUG_PROMPT's time, the costliest of the rules' regexes in a 10k run's profile.
 */
const LEAD_UP_PLUG = new RegExp(
  '^(?:[^.!?]{0,120}?\\bsign up (?:to|for) our\\b[^.!?]{0,40}?\\bnewsletters?(?: here| now| today)?[.!]?$' +
    '|[^.!?]{0,40}?\\bwelcomes? (?:your )?(?:letters|op-eds|opinion pieces|guest (?:columns|commentaries|essays))\\b[^!?]{0,80}?\\b(?:submit|send|e-?mail|write)\\b' +
    // A subscription's offer at its price ending in the ask, The Namibian's under every story ("Stay informed with The Namibian – … Get
    // in-depth reporting and opinions for only N$85 a month. Invest in journalism, invest in democracy – Subscribe Now!"): the price
    // for a time, then the ask closing the line. A story on a price names no ask at its end.
    '|[^!?]{0,160}?\\bfor (?:only|just) \\S{0,4}\\d[\\d.,]* (?:a|per) (?:month|week|year)\\b[^!?]{0,80}?\\bsubscribe(?: now| today)?[.!]?$' +
    // A magazine's plug for its sister title under the article, a question leading up to it: "Need more stars? Subscribe to our sister title
    // \"<Title>\" Magazine for …", "Want more maths? Get a subscription of our sister publication …". The site's own sister title.
    '|(?:[^.!?]{0,40}[.!?]\\s+)?(?:subscribe to|get a subscription (?:of|to)) our sister (?:title|publication|magazine|site)\\b' +
    // A wire's note that its website carries only part of what its subscribers get, Anadolu's under every story ("<Agency>
    // website contains only a portion of the news stories offered to subscribers in … Please contact us for subscription options."), the
    // last paragraph. The site's website, only part of its news, what is offered to its subscribers: a story on a site's content names none.
    '|[^.!?]{0,40}?\\bwebsite (?:contains|carries|publishes|offers|includes) only (?:a (?:portion|part|selection|fraction)|some) of the (?:news|stories|news stories|content)\\b[^.!?]{0,30}?\\b(?:offered|available|provided|sent|delivered) to (?:its |our )?subscribers\\b)',
  'iu',
);
const LEAD_UP_PLUG_WORDS = /sign up|welcome|website|subscribe|sister/iu;
/**
 * A broadcaster's note under a story on when its programme airs: "Listen to Kestrel Live at 11:30 and 16:30 on
 * weekdays, or catch up here.", "Listen to Radio Kestrel Urdu at 7pm on Kestrel Radio 3.", a Danish or Norwegian radio's
 * "Dagsnyt kan høres hver dag kl. 8, 13 og 18 på Fjordradio.", under the last paragraph. The sentence opens
 * with the call to listen or watch, or names what can be heard or seen, and gives the hour: an afternoon's "8pm", a
 * clock's "12:45", the Nordic "kl. 7".
 */
const BROADCAST_SLOT = new RegExp(
  String.raw`^(?:(?:listen to|tune in to|watch)\s[^.!?]{1,60}?\s(?:at|from)\s\d{1,2}(?::\d{2}\s?(?:am|pm)?|\s?(?:am|pm))\b` +
    String.raw`|\p{L}[^.!?]{0,40}?\skan (?:også )?(?:høres|høyres|höras|ses)\s[^.!?]{0,40}?\bkl\. ?\d)`,
  'iu',
);
const isPlug = (text: string): boolean =>
  PLUG_PROMPT.test(text) || (LEAD_UP_PLUG_WORDS.test(text) && LEAD_UP_PLUG.test(text)) || (/\d/u.test(text) && BROADCAST_SLOT.test(text));

/**
 * A sign-up box's bare button ("Subscribe", "Submit", "Join now", "Abonnieren", "Подписаться"): the
 * box's only when its prompt stands next to it (clean/line-rules.ts boxChrome).
 * Patch's "Subscribe" under "Enter your email", between two paragraphs; alone, a menu's
 * item is the menu's.
 */
const BOX_BUTTON =
  /^(?:subscribe(?: now| for free| today)?|sign me up|submit|join(?: now| today)?|go|abonnieren|jetzt abonnieren|anmelden|s['’]abonner|je m['’]abonne|s['’]inscrire|suscribirse|suscríbete|assinar|inscrever-se|iscriviti|abbonati|abonneren|aanmelden|subskrybuj|zapisz się|подписаться|підписатися)\s*[.!→›»]*$/iu;
export const isBoxButton = (line: Line): boolean => BOX_BUTTON.test(line.text);

/**
 * Kompas' prompt to follow it on a messenger ("Simak breaking news dan berita pilihan kami langsung di
 * ponselmu. … WhatsApp Channel : https://…. Pastikan kamu sudah install aplikasi WhatsApp ya."): with
 * the channel's address and the reminder it has 32 words, more than MAX_PROMPT_WORDS.
 */
const CHANNEL_PROMPT = /^simak breaking news\b/iu;

/**
 * A newsletter's or an aggregator's link to the whole story on the site, alone on its line: "Read more
 * at texastribune.org", "Read the full story at The Texas Tribune", "Continue reading on nytimes.com".
 * Between a newsletter's items, or under an aggregator's copy. The site is a domain or a capitalised name:
 * "Read more at the council's website." is a sentence.
 */
const READ_MORE_AT =
  /^(?:read more|read (?:the )?(?:full|whole|entire) (?:story|article|report)|read the rest(?: of the (?:story|article))?|continue reading|keep reading|(?:the )?full (?:story|article))(?: here| online)? (?:at|on) (.+?)\s*[.!→›»]*$/iu;
const SITE_NAME = /^(?:[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?:\/\S*)?|(?:The )?\p{Lu}[\p{L}\p{N}.'’&-]*(?: (?:\p{Lu}[\p{L}\p{N}.'’&-]*|of|and|&)){0,4})$/u;
const MAX_READ_MORE_AT_WORDS = 12;
const readMoreAtSite = (line: Line): string | null => {
  if (line.wordCount > MAX_READ_MORE_AT_WORDS) return null;
  const site = READ_MORE_AT.exec(line.text)?.[1];
  return site !== undefined && SITE_NAME.test(site) ? site : null;
};
const isReadMoreAt = (line: Line): boolean => readMoreAtSite(line) !== null;
/** Words of a call to click, which a link in capitals runs on with ("READ MORE ON FOX BUSINESS BY CLICKING HERE"): no site's. */
const CLICK_WORDS = /\b(?:by|click|clicking|here|below|link)\b/iu;
/**
 * The site such a link (READ_MORE_AT) names, else null: under an aggregator's copy (NewsBreak's "Read the full story on
 * Riverbend Ledger") it is the outlet the story is from, the article's source when no line gave one (index.ts).
 */
export function readMoreSite(line: Line): string | null {
  const site = readMoreAtSite(line);
  return site !== null && !CLICK_WORDS.test(site) ? site : null;
}

/**
 * A newsletter's thanks under its post, naming the publication: Substack's "Thanks for reading The Quiet Ledger! Subscribe for
 * free to receive new posts and support my work.", "Thank you for reading Harbour Notes."
 */
const THANKS_FOR_READING = /^thanks? (?:you )?for reading (.+?)(?:!|\.(?!\S))/iu;
const MAX_THANKS_WORDS = 30;
/**
 * The publication such thanks name (a capitalised name or an address: SITE_NAME), else null: the post's source when no line gave
 * one (index.ts), as on a Substack post, whose masthead is no outlet's name and whose notice holds the writer's. "Thanks for reading
 * this article!" names none.
 */
export function thanksForReadingSite(line: Line): string | null {
  const site = line.wordCount <= MAX_THANKS_WORDS ? THANKS_FOR_READING.exec(line.text)?.[1] : undefined;
  return site !== undefined && SITE_NAME.test(site) && !/^(?:this|our|my)\s/iu.test(site) ? site : null;
}

/**
 * A sign-up prompt closing a line after a short sentence that leads up to it: "Want more Harbour Times?
 * Sign up for our newsletter.", "Stay up to date with Contoso. Subscribe to our newsletter.", "Get the
 * latest news right in your inbox. Subscribe to Harbour.com's newsletters.", where the prompts read from a
 * line's opening find none. At most MAX_LEAD_UP_WORDS words
 * before it, and not the prompt that the article goes on past an ad: a paragraph a scraper glued to
 * "Story continues below" is the story's.
 */
const LAST_SENTENCE = /^(.*[.!?]["'”’]?)\s+(\p{Lu}.*)$/u;
/** A sentence's end then another's start anywhere on the line: LAST_SENTENCE's greedy scan and backtracking run only where it stands. */
const SENTENCE_BREAK = /[.!?]["'”’]?\s+\p{Lu}/u;
const MAX_LEAD_UP_WORDS = 12;
/**
 * A lead-up naming the newsletter or the online access the prompt offers may be longer, up to MAX_PROMPT_WORDS words: the Sydney
 * Morning Herald's "The Morning Edition newsletter is our guide to the day's most important … stories, analysis and insights. Sign
 * up here." under the article, a regional site's "Want online access to <region>'s top source for local news? Click here to
 * register today." under its log-in prompt.
 */
const NEWSLETTER_LEAD_UP = /\b(?:newsletters?|online access)\b/iu;
const isClosingPrompt = (line: Line): boolean => {
  if (line.wordCount > MAX_LEAD_UP_WORDS + MAX_PROMPT_WORDS || !SENTENCE_BREAK.test(line.text)) return false;
  const [, leadUp, last] = LAST_SENTENCE.exec(line.text) ?? [];
  // The prompts' anchored patterns first: they fail at the last sentence's first words, where the split reads the whole lead-up.
  if (leadUp === undefined || last === undefined || !(READING_PROMPT.test(last) || OTHER_LANGUAGE_PROMPT.test(last))) return false;
  const leadUpWords = leadUp.split(/\s+/u).length;
  return (leadUpWords <= MAX_LEAD_UP_WORDS || (leadUpWords <= MAX_PROMPT_WORDS && NEWSLETTER_LEAD_UP.test(leadUp))) && !ARTICLE_GOES_ON_LINE.test(last);
};

/**
 * A prompt a site sets in brackets, the whole line: the Economic Times' "(You can now subscribe to our ETMarkets WhatsApp channel)"
 * and "(Catch all the Business News, … on The Economic Times.)" under the story.
 * The prompts are read inside the brackets.
 */
const BRACKETED = /^\((.+)\)$/su;
const inBrackets = (text: string): string => (text.startsWith('(') && text.endsWith(')') ? (BRACKETED.exec(text)?.[1] ?? text) : text);
export const isReadingPrompt = (line: Line): boolean => {
  if (isReadMoreAt(line) || isClosingPrompt(line)) return true;
  const text = inBrackets(line.text);
  return (
    (line.wordCount <= MAX_PROMPT_WORDS && (READING_PROMPT.test(text) || OTHER_LANGUAGE_PROMPT.test(text))) ||
    (line.wordCount <= MAX_OFFER_PROMPT_WORDS && (OFFER_PROMPT.test(text) || isPlug(text) || CHANNEL_PROMPT.test(text) || CLICK_PROMPT.test(text)))
  );
};
