// Pages in other languages than English: the chrome their sites set around and into the article
// (links to other stories, share buttons, ad labels, reading times) in their own words. Each fixture
// is a small page written for the test.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean/index.js';
import { describeLine } from '../../src/clean/lines.js';
import { isAdSlot } from '../../src/clean/chrome/ads.js';
import { isAuthorBio } from '../../src/clean/chrome/authors.js';
import { isShareButtonRow, isShareOrFollow } from '../../src/clean/chrome/buttons.js';
import { isCutOffHeadline, isStoryLink } from '../../src/clean/chrome/links.js';
import { isReadingPrompt } from '../../src/clean/chrome/prompts.js';
import { isReadingTime } from '../../src/clean/chrome/stamps.js';
import { isEditorCredit } from '../../src/clean/metadata/bylines.js';
import { pageLines } from '../../src/clean/page-lines.js';
import { article, contextFor } from './context.js';

const page = (name: string): string => readFileSync(new URL(`fixtures/multilingual/${name}`, import.meta.url), 'utf8');
const clean = (text: string) => cleanArticle(article(text), contextFor([text]));
const line = (text: string) => describeLine(1, text, new Set());
const removal = (cleaned: ReturnType<typeof clean>, text: string) => cleaned.removedLines.find((removed) => removed.text === text);
/** `chrome` set under the second paragraph of `text`'s body: the page cleaned, and the paragraphs it had without it. */
const withChromeBetween = (text: string, chrome: string) => {
  const paragraphs = clean(text).body.split('\n\n');
  return { paragraphs, cleaned: clean(text.replace(paragraphs[1]!, `${paragraphs[1]!}\n\n${chrome}`)) };
};

/** A chrome line of the page, and the reason it is removed with (or a pattern of it). */
type Chrome = Array<[text: string, reason: string | RegExp]>;

describe.each<{ name: string; first: string; last: string; chrome: Chrome }>([
  {
    name: 'pt-news.txt',
    first: 'A prefeitura inaugurou nesta terça-feira',
    last: 'A biblioteca também vai receber oficinas',
    chrome: [
      ['Tempo de leitura: 3 minutos', 'reading time'],
      ['Leia também: Câmara aprova reforma da praça central', 'link to another story'],
      ['Whatsapp   Facebook   Twitter   E-mail', 'share or follow links'],
      ['Você pode gostar...', 'link to another story'],
    ],
  },
  {
    name: 'de-news.txt',
    first: 'Der Stadtrat hat am Dienstagabend',
    last: 'Anwohner hatten sich seit Jahren',
    chrome: [
      ['Lesezeit: 2 Minuten', 'reading time'],
      ['Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung der Stadtzeitung.', 'copyright notice'],
      ['Lesen Sie auch: Neue Buslinie fährt ab Montag durch die Innenstadt', 'link to another story'],
      ['Teilen auf Facebook', 'share or follow links'],
      ['Folgen Sie uns auf Twitter', 'share or follow links'],
    ],
  },
  {
    name: 'fr-news.txt',
    first: 'Le conseil municipal a voté mardi soir',
    last: 'Le maire a promis',
    chrome: [
      ['Lecture 3 min.', 'reading time'],
      ['Lire aussi : Le nouveau parking de la gare ouvrira en juin', 'link to another story'],
      ['La suite après cette publicité', 'newsletter or reading prompt'],
      ["Inscrivez-vous à notre newsletter pour recevoir chaque matin l'essentiel de l'actualité de la région", 'newsletter or reading prompt'],
      ['Partager sur Facebook', 'share or follow links'],
      ['Suivez-nous sur Twitter', 'share or follow links'],
    ],
  },
  {
    name: 'ru-news.txt',
    first: 'В субботу в северной части города',
    last: 'Жители давно просили',
    chrome: [
      ['Читайте также: Мэрия объявила о ремонте главной улицы', 'link to another story'],
      ['Реклама', 'advertisement label'],
      ['Время чтения: 2 минуты', 'reading time'],
      ['Смотрите также', 'link to another story'],
    ],
  },
  {
    name: 'ja-blog.txt',
    first: '最近、パソコンの起動に',
    last: '同じように起動が遅くて',
    chrome: [
      ['関連記事', 'link to another story'],
      ['古いノートパソコンのバッテリーを自分で交換してみたときの手順と注意点のまとめ', /after the article$/u],
      ['山田といいます。', /after the article$/u],
    ],
  },
  {
    name: 'ko-news.txt',
    first: '시청 앞 광장에 새 공원이 문을 열었다.',
    last: '한 주민은 아이들과 함께',
    chrome: [
      ['‘시장 선거’ 앞둔 후보들, 공약 경쟁 뜨..', 'link to another story (headline cut off)'],
      ['새 도서관 개관 앞두고 주민들 기대감 커..', 'link to another story (headline cut off)'],
      ['지하철 연장 공사, 내년 봄 착공 예정..', 'link to another story (headline cut off)'],
    ],
  },
  {
    // Hindi ends its sentences with a danda ("।"): no sentence punctuation to the cleaner, the first
    // and last paragraphs had been page text around the article.
    name: 'hi-news.txt',
    first: 'शहर के मध्य में शनिवार को',
    last: 'पुस्तकालय सप्ताह के सातों दिन',
    chrome: [
      ['होम', 'section label or navigation'],
      ['यह भी पढ़ें', 'link to another story'],
    ],
  },
  {
    // Amar Ujala's summary box between the date line and the text, its plugs under it (a tester's page): the summary had been the first paragraph.
    name: 'hi-summary-box.txt',
    first: 'पश्चिम रेलवे ने शुक्रवार को',
    last: 'यात्री संगठनों ने इस फैसले',
    chrome: [
      ['सार', "page's summary over the article"],
      ['पश्चिम रेलवे ने सोमवार से लोकल ट्रेनों का नया टाइम टेबल लागू करने का फैसला किया है। इसमें 40 नई सेवाएं जोड़ी गई हैं।', "page's summary over the article"],
      ['विस्तार', "page's summary over the article"],
      // The site's plugs under the text had been its last paragraphs.
      ['रहें हर खबर से अपडेट, डाउनलोड करें Android Hindi News App और iOS Hindi News App अपने मोबाइल पे|', 'newsletter or reading prompt'],
      [
        'Get all Mumbai News in Hindi related to live update of politics, sports, entertainment, technology and education etc. Stay updated with us for all breaking news from India News and more news in Hindi.',
        'newsletter or reading prompt',
      ],
    ],
  },
])('a news page in its own language ($name)', ({ name, first, last, chrome }) => {
  const cleaned = clean(page(name));
  const paragraphs = cleaned.body.split('\n\n');

  it('keeps the article from its first paragraph to its last, and only that', () => {
    expect(paragraphs[0]).toMatch(new RegExp(`^${first}`, 'u'));
    expect(paragraphs[paragraphs.length - 1]).toMatch(new RegExp(`^${last}`, 'u'));
  });

  it.each(chrome)('removes "%s" as %s', (text, reason) => {
    expect(removal(cleaned, text)).toMatchObject({ reason: reason instanceof RegExp ? expect.stringMatching(reason) : reason });
    expect(paragraphs).not.toContain(text);
  });
});

describe('an author\'s bio under the article', () => {
  const paragraphs = {
    en: [
      'City council approves new budget for parks and libraries',
      'The city council on Tuesday approved a budget that adds money for parks and libraries, after months of debate over how to spend a surplus.',
      'The budget adds $12 million for park maintenance and extends library hours on weekends in every district of the city.',
      'The mayor is expected to sign the budget later this week, officials said.',
    ],
    de: [
      'Stadtrat beschließt neuen Haushalt für Parks und Bibliotheken',
      'Der Stadtrat hat am Dienstag einen Haushalt beschlossen, der mehr Geld für Parks und Bibliotheken vorsieht, nachdem monatelang gestritten worden war.',
      'Der Haushalt sieht zwölf Millionen Euro für die Pflege der Parks vor und verlängert die Öffnungszeiten der Bibliotheken am Wochenende.',
      'Der Bürgermeister soll den Haushalt noch in dieser Woche unterzeichnen, hieß es aus dem Rathaus.',
    ],
    pt: [
      'Câmara aprova novo orçamento para parques e bibliotecas',
      'A Câmara Municipal aprovou na terça-feira um orçamento que destina mais dinheiro a parques e bibliotecas, depois de meses de debate sobre o excedente.',
      'O orçamento prevê doze milhões de euros para a manutenção dos parques e alarga o horário das bibliotecas aos fins de semana.',
      'O presidente da câmara deve assinar o orçamento ainda esta semana, disseram os responsáveis.',
    ],
  };
  it.each([
    ['en', 'Jane Doe is a reporter covering city hall and local politics for the Daily Courier. Follow her on X @janedoe.'],
    ['de', 'Anna Schmidt ist Redakteurin im Ressort Lokales und berichtet über die Stadtpolitik. Folgen Sie ihr auf X.'],
    ['pt', 'Ana Souza é repórter de política do Jornal da Cidade desde 2015 e cobre a Câmara Municipal.'],
  ] as const)('ends the article before it and removes it as such (%s)', (language, bio) => {
    const text = paragraphs[language];
    const cleaned = clean([...text, bio].join('\n\n'));
    expect(cleaned.body.split('\n\n').at(-1)).toBe(text[3]);
    expect(removal(cleaned, bio)).toMatchObject({ kind: 'boilerplate', reason: 'author bio after the article' });
  });

  // Blog and company themes print "About <name>" over a paragraph on the author, whatever their post.
  it.each([
    ['de', 'Über Jonas Keller', 'Als Vertriebsleiter verbindet Jonas Keller seit 2016 das Marketing mit dem Verkauf. Zuvor arbeitete er acht Jahre in einer Agentur für Kundenbindung in Köln.'],
    ['pt', 'Sobre Rita Moura', 'Mãe de dois filhos, Rita Moura é também professora numa escola primária de Braga, onde vive. Escreve no blog sobre leitura e brincadeiras desde 2014.'],
    ['en', 'About Tom Hale', 'A keen cyclist, Tom Hale runs the marketing team and has written for the blog since it began in 2012.'],
  ] as const)('ends the article before a note under a heading naming its subject (%s)', (language, heading, note) => {
    const text = paragraphs[language];
    const cleaned = clean([...text, heading, note].join('\n\n'));
    expect(cleaned.body.split('\n\n').at(-1)).toBe(text[3]);
    for (const removedLine of [heading, note]) expect(removal(cleaned, removedLine)).toMatchObject({ kind: 'boilerplate', reason: 'author bio after the article' });
  });

  it('takes a note opening with the name for the byline\'s author only (an organisation\'s own note stays)', () => {
    const text = paragraphs.en;
    const note = 'Tom Hale is a keen cyclist who runs the marketing team and has written for the blog since 2012.';
    const byAuthor = clean(['By Tom Hale', ...text, 'About Tom Hale', note].join('\n\n'));
    expect(removal(byAuthor, note)).toMatchObject({ reason: 'author bio after the article' });
    const group = 'Save Our Parks is a volunteer group founded in 2019 by parents and teachers in the east of the town.';
    expect(clean([...text, 'About Save Our Parks', group].join('\n\n')).body).toContain(group);
  });

  it('keeps a paragraph under a heading that names someone else', () => {
    const text = paragraphs.de;
    const closing = 'Die Grünen kündigten an, im Herbst einen eigenen Vorschlag für die Bibliotheken vorzulegen, der auch längere Öffnungszeiten unter der Woche vorsieht.';
    const cleaned = clean([...text, 'Über Jonas Keller', closing].join('\n\n'));
    expect(cleaned.body).toContain(closing);
  });

  it.each([
    'Marie Dupont est journaliste au service politique du Courrier depuis 2018.',
    'Luca Rossi è giornalista de La Gazzetta e segue la cronaca cittadina.',
    'Jan de Vries is verslaggever bij het Dagblad en schrijft over de gemeente.',
    'María García es periodista y cubre la política municipal para El Diario.',
    'Jane Doe is a senior political correspondent for the Daily Courier.',
  ])('knows "%s" for a bio', (text) => expect(isAuthorBio(line(text))).toBe(true));

  it.each([
    'John Smith is a senior analyst at Capital Economics in London, who expects rates to fall next year.',
    'The reporter is a witness in the case, the court heard on Tuesday.',
    'Maria Lopez said the editor had not seen the letter before it was published.',
  ])('leaves "%s" alone', (text) => expect(isAuthorBio(line(text))).toBe(false));

  it.each(['Follow her on X', 'Follow him on Bluesky @jdoe', 'Folgen Sie ihr auf X', 'Suivez-la sur X', 'Síguela en X', 'Volg haar op X'])('takes "%s", on its line under a bio, for a follow link', (text) => {
    expect(isShareOrFollow(line(text))).toBe(true);
  });
});

describe("a site's prompt under the article in other languages: report an error, rate the article, send a tip, follow", () => {
  it.each([
    'Fehler gefunden? Jetzt melden.',
    'Encontrou algum erro nesta notícia? Clique aqui e nos avise.',
    '¿Has visto algún error? Escríbenos.',
    'Vous avez repéré une erreur ? Signalez-la.',
    'Segnala un errore',
    'Fout gezien? Mail de redactie.',
    'Zauważyłeś błąd? Napisz do nas.',
    'Gostou deste artigo?',
    '¿Te ha gustado esta noticia?',
    'Hat Ihnen dieser Artikel gefallen?',
    'Masz ciekawy temat? Napisz do nas!',
    'Dołącz do nas na Facebooku!',
    'Dołącz do nas na Instagramie i bądź na bieżąco',
    'Dołącz do nas na X!',
    'Recibí las noticias más importantes del día en tu correo.',
    'Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Kompas.com WhatsApp Channel.',
    // A site's channel on a messenger, between the paragraphs.
    'Receba as principais notícias do Diário no seu WhatsApp. Clique aqui e entre no canal.',
    'Entre no canal do Jornal do Vale no WhatsApp',
    'Читайте «Вечерний город» в Telegram',
    'Читайте нас в «Дзене»',
    // A tester's Ouest-France and Ukrainska Pravda pages: they had been the last paragraph, or between two.
    'Cet article vous a été utile ? Sachez que vous pouvez suivre Ouest-France sur son site et son application mobile.',
    'Якщо ви помітили помилку, виділіть необхідний текст і натисніть Ctrl + Enter, щоб повідомити про це редакцію.',
    'Если вы заметили ошибку, выделите её и нажмите Ctrl+Enter.',
    // A tester's LSM and Jagbani pages: they had been the last paragraph.
    'Ja pamanīji kļūdu, iezīmē tekstu un spied Ctrl+Enter, lai nosūtītu labojamo teksta fragmentu redaktoram!',
    "ਨੋਟ - ਇਸ ਖ਼ਬਰ ਬਾਰੇ ਕੁਮੈਂਟ ਬਾਕਸ 'ਚ ਦਿਓ ਆਪਣੀ ਰਾਏ।",
    'Підписуйтесь на канал УП у Telegram',
    'Читайте нас у Telegram',
    // A tester's Prajavani page: a Kannada paper's app, the last paragraph; the app's word spelt two ways.
    'ವಿಜಯನಗರ ಪತ್ರಿಕೆ ಆ್ಯಪ್ ಇಲ್ಲಿದೆ: ಆಂಡ್ರಾಯ್ಡ್ | ಐಫೋನ್',
    'ನಮ್ಮ ಆಪ್ ಇಲ್ಲಿದೆ',
    // Kompas' channel prompt with its address and a reminder, 32 words (the tester's Kompas page).
    'Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Kompas.com WhatsApp Channel : https://www.whatsapp.com/channel/0029VaFPbedBPzjZrk13HO3D. Pastikan kamu sudah install aplikasi WhatsApp ya.',
  ])('takes "%s" for a prompt', (text) => expect(isReadingPrompt(line(text))).toBe(true));

  it.each([
    'Fehler gefunden haben die Prüfer in drei der vier Abrechnungen, sagte die Sprecherin.',
    'Encontrou algum erro nas contas da prefeitura, disse o auditor.',
    'Gostou deste artigo o ministro, que o citou no discurso.',
    'Dołącz do nas na festiwalu w Krakowie, zachęcał burmistrz, zapowiadając koncerty ponad 40 zespołów.',
    'Dołącz do nas na X Festiwalu Nauki w Warszawie',
    'Читайте внимательно: в договоре нет пункта о сроках.',
    'Cet article vous a été utile pour préparer le concours, assure une lectrice.',
    'Якщо ви помітили помилку в декларації, її можна виправити до 1 квітня, нагадали в податковій.',
    'Ja pamanīji kļūdu deklarācijā, to var labot līdz 1. aprīlim, atgādina VID.',
    "ਨੋਟਬੰਦੀ ਤੋਂ ਬਾਅਦ ਛੋਟੇ ਦੁਕਾਨਦਾਰਾਂ ਦਾ ਕਾਰੋਬਾਰ ਘਟ ਗਿਆ।",
    'Підписуйтесь на розсилку чи ні, вирішувати вам, каже юрист.',
    // A sentence about an app, its "is here" in another clause: "the city's new app is here, said the commissioner."
    'ನಗರಸಭೆಯ ಹೊಸ ಆ್ಯಪ್ ಇಲ್ಲಿದೆ ಎಂದು ಆಯುಕ್ತರು ಹೇಳಿದರು.',
  ])('leaves "%s" alone', (text) => expect(isReadingPrompt(line(text))).toBe(false));
});

describe('an ad slot between the paragraphs, its prompt in another language', () => {
  it.each(['Weiterlesen nach der Anzeige', 'Der Artikel wird nach der Anzeige fortgesetzt', 'La suite après cette publicité', "L’article continue ci-dessous", 'Continua após a publicidade', 'Lees verder onder de advertentie', 'Продолжение ниже',
    // Onet's prompt over a video, Ukrainska Pravda's label with its colon.
    'Dalszy ciąg materiału pod wideo', 'Реклама:',
    // Onet's other wording; between the lede and the next paragraph it had split the block, the lede left over it.
    'Dalsza część artykułu pod materiałem wideo'])(
    'takes "%s" for an ad slot',
    (text) => expect(isAdSlot(line(text))).toBe(true),
  );

  it('keeps the paragraphs after "Anzeige" and "Weiterlesen nach der Anzeige"', () => {
    // Not an ad slot, the prompt was skipped by no rule: the paragraphs after it went as page text after the article.
    const cleaned = clean(page('de-ad-slot.txt'));
    expect(cleaned.body.split('\n\n').at(-1)).toBe('Eine einfache Fahrt kostet zwei Euro.');
    expect(cleaned.body).not.toContain('Weiterlesen');
  });

  it.each(['Continua depois da publicidade', 'Advertising', 'विज्ञापन', 'إعلان', 'Iklan', 'Reklam'])('takes "%s" for an ad slot', (text) => expect(isAdSlot(line(text))).toBe(true));

  it.each(['Advertising revenue fell', 'Iklan rokok dilarang', 'إعلان الموازنة'])('leaves "%s" alone', (text) => expect(isAdSlot(line(text))).toBe(false));

  it('removes a Hindi ad label between the paragraphs', () => {
    const text = [
      'देश',
      'मुंबई में मेट्रो की नई लाइन शुरू, रोज दो लाख यात्रियों को फायदा',
      'Updated Fri, 04 Dec 2026 08:40 AM IST',
      '',
      'मुंबई मेट्रो की नई लाइन शुक्रवार सुबह से यात्रियों के लिए खोल दी गई। पहले दिन करीब पचास हजार लोगों ने सफर किया।',
      '',
      'विज्ञापन',
      '',
      'अधिकारियों के मुताबिक अगले महीने से ट्रेनों की संख्या बढ़ाई जाएगी और हर पांच मिनट पर एक ट्रेन चलेगी।',
      '',
    ].join('\n');
    const cleaned = clean(text);
    expect(cleaned.body).not.toContain('विज्ञापन');
    expect(cleaned.body.split('\n\n').at(-1)).toMatch(/^अधिकारियों/u);
  });
});

describe('a prompt that offers an e-book or a newsletter by name', () => {
  it.each([
    'Baixe gratuitamente o nosso e-book com as melhores dicas para poupar dinheiro e investir com segurança e receba também a nossa newsletter semanal com as notícias mais importantes do mercado no seu e-mail.',
    'Download our free e-book',
    'Suscríbete gratis y recibe cada mañana en tu correo nuestro boletín con las noticias más importantes de la economía, los mercados y las empresas del país, además de análisis exclusivos.',
  ])('takes "%s" for a prompt, however long', (text) => expect(isReadingPrompt(line(text))).toBe(true));
});

describe('the chrome rules leave text alone', () => {
  it('a label over one link, the article going on after it, does not end the article', () => {
    const text = [
      'Il comune approva il nuovo piano per le piste ciclabili',
      'Il consiglio comunale ha approvato ieri sera il nuovo piano per le piste ciclabili della città, dopo un lungo dibattito.',
      'Il piano prevede venti chilometri di nuove piste entro la fine del prossimo anno, soprattutto nei quartieri periferici.',
      'Leggi anche',
      'Nuovi autobus elettrici in servizio da lunedì',
      'Secondo l’assessore, i lavori cominceranno in primavera e costeranno circa cinque milioni di euro, in parte pagati dalla regione.',
      'I residenti chiedevano da anni percorsi sicuri per andare in bicicletta al lavoro e a scuola, ha detto il sindaco.',
    ].join('\n');
    expect(clean(text).body).toContain('I residenti chiedevano da anni percorsi sicuri');
  });

  it.each([
    'Leia também o relatório completo, publicado ontem pela prefeitura.',
    'Teilen sich die Parteien die Kosten, bleibt für die Stadt nur ein kleiner Rest.',
    'Смотрите также на сайте мэрии',
  ])('no story link: "%s"', (text) => expect(isStoryLink(line(text))).toBe(false));

  // In any case and script: the row's names are looked for before its words are split (chrome/buttons.ts ANY_SHARE_BUTTON_NAME).
  it.each(['FACEBOOK   TWITTER   E-MAIL', 'ВКонтакте   Одноклассники   Telegram', 'whatsapp facebook pint baixar'])('share buttons: "%s"', (text) => {
    expect(isShareButtonRow(line(text))).toBe(true);
  });

  it.each(['Share prices fell sharply on Monday', 'Facebook and Twitter users complained about the change'])('no share buttons: "%s"', (text) => {
    expect(isShareButtonRow(line(text))).toBe(false);
    expect(isShareOrFollow(line(text))).toBe(false);
  });

  it.each(['Receba em seu e-mail as notícias do dia, e leia também a nossa análise da semana, com os números do governo e das empresas que mais cresceram este ano no país inteiro.', 'Les abonnés à la newsletter de la mairie ont reçu le programme.'])('no prompt in a long line or a report of one: "%s"', (text) => {
    expect(isReadingPrompt(line(text))).toBe(false);
  });

  it.each(['Lecture 3 min.', 'Lecture : 5 min', 'Lectura: 4 min', 'Leitura 2 min', 'Lettura 3 minuti', 'Lesen: 3 Min.', 'Leesduur: 4 minuten', 'Durée de lecture : 6 minutes', 'Read: 3 min'])(
    'takes "%s", a label and a number of minutes, for a reading time',
    (text) => expect(isReadingTime(line(text))).toBe(true),
  );

  it.each(['Lecture 3', 'Lecture 3: Thermodynamics', 'Lectura 2'])('no reading time without minutes: "%s"', (text) => expect(isReadingTime(line(text))).toBe(false));

  it('no reading time in a sentence that gives one', () => expect(isReadingTime(line('Tempo de leitura: 3 minutos, diz o estudo, é o que um leitor dedica a uma notícia.'))).toBe(false));

  it('no cut-off headline in a paragraph that trails off with two dots, nor in an ellipsis', () => {
    expect(isCutOffHeadline(line('A pop star newly emerged from a talent contest is the target of a plot by two producers who want him to fail..'))).toBe(false);
    expect(isCutOffHeadline(line('And then the lights went out...'))).toBe(false);
  });
});

describe('a title the page sets twice, over its date line and again over the text', () => {
  it.each([
    ['ja-title-twice.txt', '古いノートパソコンを静かにする方法', '使っているノートパソコンのファンの音が'],
    ['en-title-twice.txt', 'Council approves longer library hours', 'The city council voted on Tuesday'],
  ])('takes the first for the title and removes the second from the text (%s)', (name, title, first) => {
    const cleaned = clean(page(name));
    expect(cleaned.metadata.title).toBe(title);
    expect(cleaned.body.split('\n\n')[0]).toMatch(new RegExp(`^${first}`, 'u'));
    expect(cleaned.removedLines.filter((line) => line.text === title).map((line) => line.kind)).toEqual(['title', 'title']);
  });
});

describe('a headline in a script without capitals, right over the date line', () => {
  // Hangul has no capitals to tell a headline from a sentence: this one scored as body and opened
  // the block, and with a subtitle (no full stop) under the date line it was no title.
  it('is the title even when a subtitle, not a sentence, follows the date line', () => {
    const cleaned = clean(page('ko-subtitle.txt'));
    expect(cleaned.metadata.title).toBe('시청 앞 광장에 문을 연 새 공원, 주민들이 반기는 이유와 남은 과제');
    expect(cleaned.body.split('\n\n')[0]).toBe('산책로와 놀이터, 작은 연못까지 갖춘 도심 속 쉼터');
  });
});

describe("a Chinese portal's link to its news app under the date line", () => {
  // Sina sets "新浪新闻客户端" over its share row, between the date line and the text (a tester's page): it had been the
  // title, and the headline over the date line none.
  const text = [
    '东方网', '首页', '新闻', '财经', '体育', '国内新闻',
    '南湖公园新建步道本周末正式开放',
    '2026年11月20日 08:30 东方日报',
    '东方新闻客户端', '分享到：', '微博', '微信',
    '本报讯 南湖公园管理处20日宣布，公园新建的环湖步道将于本周末正式向市民开放，全长约六公里。',
    '步道沿途设有休息亭、饮水点和自行车停放区，夜间照明将开放至晚上十点。',
    '管理处表示，开放初期将增派工作人员，引导游客文明游园。',
    '责任编辑：李明',
  ].join('\n');

  it('removes it as a prompt and takes the headline over the date line for the title', () => {
    const cleaned = clean(text);
    expect(removal(cleaned, '东方新闻客户端')?.reason).toBe('newsletter or reading prompt');
    expect(cleaned.metadata.title).toBe('南湖公园新建步道本周末正式开放');
  });

  it('names an app only: a headline or a sentence on an app stays a headline or a sentence', () => {
    expect(isReadingPrompt(line('下载东方新闻app'))).toBe(true);
    expect(isReadingPrompt(line('多家媒体推出新闻客户端改版，用户数量持续增长。'))).toBe(false);
    expect(isReadingPrompt(line('微信推出新版客户端'))).toBe(false);
  });
});

// Yonhap's label run into the time it sent the story (the tester's page): no date line, the
// article had no date.
describe('a Korean date line whose label runs into the date', () => {
  const yonhap = (dateLine: string): string =>
    ['연합뉴스', '사회', '서울 아침 영하 10도…올겨울 첫 한파주의보', dateLine, '김민수 기자', '',
      '(서울=연합뉴스) 김민수 기자 = 4일 서울의 아침 최저기온이 영하 10도까지 떨어지면서 올겨울 들어 처음으로 서울에 한파주의보가 발효됐다.', '',
      '기상청에 따르면 이날 오전 6시 기준 서울의 기온은 영하 9.8도를 기록했으며, 체감온도는 영하 15도 안팎까지 내려갔다.', ''].join('\n');
  it('dates the article', () => {
    const dateLine = '송고시간2026-12-04 10:21';
    const cleaned = clean(yonhap(dateLine));
    expect(cleaned.metadata.date).toBe('2026-12-04T10:21');
    expect(cleaned.removedLines.find((line) => line.text === dateLine)?.reason).toBe('date line');
  });
});

describe('lines in Latin letters on a page in another script, in a run of its language', () => {
  // A run in a language written in another script counts English stopwords too (language.ts
  // runStopwords): a menu in English words has none and goes, an English sentence stays.
  it.each([
    ['ja', 'ja-latin-lines.txt'],
    ['zh', 'zh-latin-lines.txt'],
    ['ru', 'ru-latin-lines.txt'],
  ])('removes the menu and keeps the sentence (%s)', (language, name) => {
    const text = page(name);
    const cleaned = cleanArticle(article(text), contextFor([text], { language }));
    expect(removal(cleaned, 'Home News Sport Login')).toMatchObject({ kind: 'boilerplate' });
    expect(cleaned.body.split('\n\n')).toContainEqual(expect.stringMatching(/^The company said it would open two more stores/u));
  });
});

describe('a byline and its date set apart by a full-width slash', () => {
  // Japanese and Chinese pages set "／" and "｜" between a header's parts: read whole, the line is all byline, date included,
  // and the article takes the date of a related post listed after it. The office signing (事務所) is an organisation: the
  // story's source, not its author (kept-article.ts isOrganisation).
  it.each(['by 山田システム事務所 ／ 2024.05.20', 'by 山田システム事務所｜2024.05.20'])('lifts the signing office and the date each from "%s"', (header) => {
    const cleaned = clean(page('ja-byline-date.txt').replace('by 山田システム事務所 ／ 2024.05.20', header));
    expect(cleaned.metadata).toMatchObject({ byline: null, source: '山田システム事務所', date: '2024-05-20' });
    expect(removal(cleaned, header)).toMatchObject({ kind: 'metadata', reason: 'byline and date line' });
  });
});

// A tester's Dainik Bhaskar page: runs the author's label into the place and the story's age before it ("जयपुर
// 2 घंटे पहलेलेखक: राहुल शर्मा": Jaipur, 2 hours ago, author: …). The line had been page text, and the story had no author.
describe("an author's label run into the story's age", () => {
  it.each(['भोपाल 3 घंटे पहलेलेखक: सुनील वर्मा', '45 मिनट पहलेलेखक: सुनील वर्मा'])('lifts the author from "%s"', (header) => {
    const cleaned = clean(page('hi-news.txt').replace('14 मार्च 2024', `${header}\n14 मार्च 2024`));
    expect(cleaned.metadata).toMatchObject({ byline: 'सुनील वर्मा', date: '2024-03-14' });
    expect(removal(cleaned, header)).toMatchObject({ kind: 'metadata', reason: 'byline and date line' });
  });

  it('reads no author after a label run into other words', () => {
    const header = 'भोपाल नगर निगमलेखक: सुनील वर्मा';
    expect(clean(page('hi-news.txt').replace('14 मार्च 2024', `${header}\n14 मार्च 2024`)).metadata.byline).toBeNull();
  });
});

// A tester's pages: Dainik Bhaskar's box of more stories under the text, "खबरें और भी हैं..." ("there is more
// news"), had been the body's last line; JoongAng's text size button under the date line, "글씨크기 조절하기", its first.
describe("a box of more stories' label in Hindi and a text size button in Korean", () => {
  it('ends the body over "खबरें और भी हैं..."', () => {
    const cleaned = clean(page('hi-news.txt').replace('यह भी पढ़ें', 'खबरें और भी हैं...'));
    expect(cleaned.body.split('\n\n').at(-1)).toBe('पुस्तकालय सप्ताह के सातों दिन सुबह आठ बजे से रात आठ बजे तक खुला रहेगा।');
  });

  it('opens the body under "글씨크기 조절하기"', () => {
    const cleaned = clean(page('ko-news.txt').replace('기사입력 : 2024-03-12 10:00', '기사입력 : 2024-03-12 10:00\n글씨크기 조절하기'));
    expect(cleaned.body.startsWith('시청 앞 광장에 새 공원이 문을 열었다.')).toBe(true);
    expect(removal(cleaned, '글씨크기 조절하기')).toMatchObject({ reason: 'share buttons or reader tools' });
  });
});

describe('a link to another story set into the text, in Indonesian, Hindi and Arabic', () => {
  it('removes "Baca juga: …" between the paragraphs and keeps the paragraphs after it', () => {
    const cleaned = clean(page('id-news.txt'));
    expect(removal(cleaned, 'Baca juga: Jalur sepeda baru mulai dibangun bulan depan')).toMatchObject({ reason: 'link to another story' });
    expect(cleaned.body).toContain('Menurut wali kota, pembangunan perpustakaan');
  });

  it.each(['यह भी पढ़ें: शहर में नई बस सेवा शुरू', 'ये भी पढ़ें', 'اقرأ أيضا: افتتاح مكتبة جديدة في وسط المدينة', 'Berita Terkait'])('takes "%s" for a story link', (text) => {
    expect(isStoryLink(line(text))).toBe(true);
  });

  // The site's plug for its Google News channel, between two paragraphs, had stayed in the body.
  it('removes a plug for the Google News channel between the paragraphs', () => {
    const plug = 'Simak berita terbaru lainnya di Google News';
    const { paragraphs, cleaned } = withChromeBetween(page('id-news.txt'), plug);
    expect(removal(cleaned, plug)).toMatchObject({ reason: 'share or follow links' });
    expect(cleaned.body.split('\n\n')).toEqual(paragraphs);
  });
  it.each(['Ikuti berita terkini dari Kompas di Google News', 'Baca berita menarik lainnya di Google News'])('takes "%s" for a follow link', (text) =>
    expect(isShareOrFollow(line(text))).toBe(true),
  );
  // A link in brackets, as some sites set it between the paragraphs: dropped as a line without a sentence, it
  // had not been named a link; a strong one could stay.
  it.each(['[Baca juga: Jalur sepeda baru mulai dibangun bulan depan]', '(Baca juga: Jalur sepeda baru mulai dibangun bulan depan)', '[Related: Council approves new bus lanes]'])(
    'takes "%s" for a story link',
    (text) => expect(isStoryLink(line(text))).toBe(true),
  );
  it('removes a bracketed link between the paragraphs as a link to another story', () => {
    const link = '[Baca juga: Harga beras naik menjelang bulan puasa]';
    const { paragraphs, cleaned } = withChromeBetween(page('id-news.txt'), link);
    expect(removal(cleaned, link)).toMatchObject({ reason: 'link to another story' });
    expect(cleaned.body.split('\n\n')).toEqual(paragraphs);
  });
  it('leaves a sentence on Google News alone', () => expect(isShareOrFollow(line('Ikuti perkembangan kasus ini di Google News.'))).toBe(false));
});

// An Indonesian desk's code, the reporter's and the editor's initials in brackets between two paragraphs,
// had been kept as a paragraph.
describe('an Indonesian desk code between the paragraphs', () => {
  it.each(['(ant/sur)', '(mhd)', '(rdp/imk)'])('removes "%s" as an editor credit and keeps the paragraphs around it', (code) => {
    const { paragraphs, cleaned } = withChromeBetween(page('id-news.txt'), code);
    expect(removal(cleaned, code)).toMatchObject({ kind: 'metadata', reason: 'editor credit' });
    expect(cleaned.body.split('\n\n')).toEqual(paragraphs);
  });
  it.each(['(Antara)', '(ant/sur) Harga beras naik.', '(2026)'])('takes "%s" for no desk code', (text) => expect(isEditorCredit(line(text))).toBe(false));
});

describe('a link to another story set into a Hebrew article', () => {
  it('removes "קראו גם:" over a headline under the article as a link to another story', () => {
    expect(removal(clean(page('he-news.txt')), 'קראו גם:')).toMatchObject({ reason: 'link to another story' });
  });

  it.each(['כתבות נוספות למנויים:', 'כתבות נוספות', 'עוד בנושא:', 'כתבות קשורות', 'קראו עוד: הבורסה נסגרה בעליות שערים'])('takes "%s" for a story link', (text) => {
    expect(isStoryLink(line(text))).toBe(true);
  });
});

describe('a box label in Turkish and Polish, and as Argentina and Portugal write it', () => {
  it.each(['İlgili Haberler', 'Bunu da okuyun', 'İlginizi çekebilir', 'Benzer haberler', 'Zobacz również:', 'Czytaj również', 'Przeczytaj też', 'Mirá también', 'Leé también', 'Ler mais', 'Bekijk ook',
    // Ukrainian.
    'Читайте також:', 'Читайте також: Як отримати 1000 гривень "Зимової підтримки": інструкція'])(
    'takes "%s" for a story link',
    (text) => expect(isStoryLink(line(text))).toBe(true),
  );

  it('keeps the paragraphs after "Bunu da okuyun" over one headline, and removes the headline', () => {
    // Not a label, it stood over the link, and the link over the last paragraphs, which went as page text.
    const text = page('tr-news.txt');
    const cleaned = clean(text);
    expect(cleaned.body.split('\n\n').at(-1)).toBe('Geçen yıl parkta 40 bin ağaç sulandı.');
    expect(removal(cleaned, 'Bursa’da tramvay hattı uzatılıyor')).toMatchObject({ reason: 'link to another story' });
  });

  it('keeps the sentence right under such a link inside the article, weakened by the label and the link', () => {
    // The site's chrome repeated on its other pages weakens the lines around the box: the sentence had gone as "lines nearby are short".
    const text = page('tr-link-inside.txt');
    const cleaned = cleanArticle(article(text), contextFor([text, page('tr-link-sibling.txt')]));
    expect(cleaned.body).toContain('Belediye ayrıca okullardaki eski su depolarını da yenileyecek.');
    expect(removal(cleaned, "İzmir'de otobüs seferleri artırıldı")).toMatchObject({ reason: 'link to another story' });
  });
});

describe('a story link in Finnish, Catalan, Bulgarian, Serbian, Malay, Tagalog, Urdu and Tamil', () => {
  it.each(['Lue myös: Hallitus leikkaa ansiosidonnaista työttömyysturvaa', 'Lue lisää', 'Us pot interessar: Els preus del lloguer baixen per primera vegada',
    'Llegiu també', 'Прочетете още: Цените на горивата падат', 'Прочитајте још', 'Pročitajte još: Nova linija metroa', 'BACA: Ringgit dibuka tinggi berbanding dolar AS',
    'Basahin din: Presyo ng bigas bumaba', 'یہ بھی پڑھیے:', 'مزید پڑھیں: ڈالر کی قیمت میں کمی', 'மேலும் படிக்க: மேட்டூர் அணையின் நீர்மட்டம் 118 அடியாக உயர்வு'])(
    'takes "%s" for a story link',
    (text) => expect(isStoryLink(line(text))).toBe(true),
  );

  it.each(['Baca buku itu setiap malam, kata guru.', 'Basahin ang buong ulat sa aming website ngayong linggo.'])('leaves "%s" alone', (text) => expect(isStoryLink(line(text))).toBe(false));

  it('removes "Lue myös: …" between a Finnish article\'s paragraphs', () => {
    const text = [
      'Yle', 'Talous', 'Suomen työttömyysaste nousi marraskuussa 10,1 prosenttiin', 'Mika Mäkeläinen', '4.12.2026 9:02', '',
      'Suomen työttömyysaste nousi marraskuussa 10,1 prosenttiin, kertoo Tilastokeskus. Vuotta aiemmin työttömyysaste oli 9,2 prosenttia.', '',
      'Työttömyys on noussut erityisesti rakennusalalla ja teollisuudessa, joissa tilauskanta on heikentynyt korkojen nousun jälkeen.', '',
      'Lue myös: Hallitus leikkaa ansiosidonnaista työttömyysturvaa', '',
      'Työllisyysaste laski 71,8 prosenttiin. Hallitus tavoittelee 80 prosentin työllisyysastetta vuoteen 2031 mennessä.', '',
    ].join('\n');
    const cleaned = clean(text);
    // It had stayed between the paragraphs, another story's headline in the article's terms.
    expect(removal(cleaned, 'Lue myös: Hallitus leikkaa ansiosidonnaista työttömyysturvaa')).toMatchObject({ reason: 'link to another story' });
    expect(cleaned.body.split('\n\n').at(-1)).toMatch(/^Työllisyysaste laski/u);
  });
});

describe('a story link and an ad label in Swedish, Danish and Norwegian, Romanian, Czech and Bengali, and Turkish in capitals', () => {
  it.each(['Läs också: Så påverkas ditt bolån av räntesänkningen', 'Läs mer', 'Les også: Strømprisen stiger igjen', 'Læs også', 'Citește și: Cursul euro a atins un nou maxim istoric',
    'Citeşte şi', 'Čtěte také: Nový tramvajový most bude hotový v létě', 'Mohlo by vás zajímat', 'আরও পড়ুন', 'আরও পড়ুন: শীতে শিশুদের নিউমোনিয়া বাড়ছে', 'İLGİLİ HABERLER', 'İLGİNİZİ ÇEKEBİLİR'])(
    'takes "%s" for a story link',
    (text) => expect(isStoryLink(line(text))).toBe(true),
  );

  it.each(['Publicitate', 'Annons', 'বিজ্ঞাপন'])('takes "%s" for an ad label', (text) => expect(isAdSlot(line(text))).toBe(true));

  it('removes "Citește și: …" and "Publicitate" between a Romanian article\'s paragraphs', () => {
    const text = [
      'Digi24', 'Economie', 'BNR menține dobânda de politică monetară la 6,5% pe an', 'Data publicării: 04.12.2026 13:20', '',
      'Consiliul de administrație al Băncii Naționale a României a decis, joi, menținerea ratei dobânzii de politică monetară la nivelul de 6,50% pe an.', '',
      'Publicitate', '',
      'Potrivit comunicatului BNR, rata anuală a inflației a coborât în octombrie la 4,7%, de la 5,1% în septembrie, pe fondul scăderii prețurilor la combustibili.', '',
      'Citește și: Cursul euro a atins un nou maxim istoric. Cât costă un euro astăzi', '',
      'Următoarea ședință de politică monetară a BNR va avea loc pe 14 ianuarie 2027, a anunțat banca centrală în comunicatul său.', '',
    ].join('\n');
    const cleaned = clean(text);
    expect(cleaned.body).not.toContain('Publicitate');
    expect(cleaned.body).not.toContain('Citește și');
    expect(cleaned.body.split('\n\n').at(-1)).toMatch(/^Următoarea ședință/u);
  });
});

describe('a prompt to follow the site in Arabic, Indonesian, Turkish, Swedish, Czech and Romanian', () => {
  it.each(['تابع الجزيرة نت على:', 'تابعونا على', 'Ikuti kami di Instagram', 'Bizi takip edin', 'Följ oss på Facebook', 'Sledujte nás na X', 'Urmărește-ne pe Google News'])(
    'takes "%s" for a follow link',
    (text) => expect(isShareOrFollow(line(text))).toBe(true),
  );

  it.each(['تابع الرئيس خطابه أمام البرلمان', 'Ikuti kami ke pasar, kata warga'])('leaves "%s" alone', (text) => expect(isShareOrFollow(line(text))).toBe(false));

  it('removes one ending in a colon over the article, where it had been the first paragraph', () => {
    const text = [
      'اقتصاد', 'مصر ترفع أسعار الوقود للمرة الثانية هذا العام', '4/12/2026', 'تابع الجزيرة نت على:', '',
      'قررت لجنة التسعير التلقائي للمنتجات البترولية في مصر، صباح اليوم الخميس، رفع أسعار البنزين والسولار بنسب تتراوح بين 10% و12%.', '',
      'وبموجب القرار، ارتفع سعر لتر بنزين 92 إلى 19.25 جنيها بدلا من 17.25 جنيها، وسعر لتر السولار إلى 15.5 جنيها.', '',
    ].join('\n');
    const cleaned = clean(text);
    expect(cleaned.body.startsWith('قررت لجنة التسعير')).toBe(true);
    expect(removal(cleaned, 'تابع الجزيرة نت على:')).toMatchObject({ reason: 'share or follow links' });
  });
});

describe('an Indonesian date line', () => {
  // Indonesian writes three months its own way ("Maret", "Agustus", "Desember"; the others are the
  // Dutch or English names): the header's date line had given no date, and was page text.
  it('gives the article its date', () => {
    const cleaned = clean(page('id-news.txt'));
    expect(cleaned.metadata.date).toBe('2024-03-12');
    expect(removal(cleaned, 'Selasa, 12 Maret 2024')).toMatchObject({ kind: 'metadata', reason: 'date line' });
  });
});

describe('a source credit in Indonesian and the other languages pages label it in', () => {
  // "Sumber:" ("source") was no source label; the credit under the last paragraph was page text, and the story had no source.
  const last = 'Perpustakaan akan buka setiap hari mulai pukul delapan pagi hingga pukul delapan malam.';
  it('takes the credit under the last paragraph for the source', () => {
    const cleaned = clean(page('id-news.txt').replace(last, `${last}\nSumber: Antara`));
    expect(cleaned.metadata.source).toBe('Antara');
    expect(removal(cleaned, 'Sumber: Antara')).toMatchObject({ kind: 'metadata', reason: 'source credit' });
  });
  it('removes the credit between the paragraphs and keeps the paragraphs', () => {
    const { paragraphs, cleaned } = withChromeBetween(page('id-news.txt'), 'Sumber : detik.com');
    expect(cleaned.metadata.source).toBe('detik.com');
    expect(cleaned.body.split('\n\n')).toEqual(paragraphs);
  });
  // Indonesian sites sign the dateline with their name after the place's comma ("KUPANG, KOMPAS.com - "): no source.
  it.each(['KOTA BARU, LEMBAH.com - ', 'KOTA BARU, lembahNews - '])('takes the site a dateline names after its place ("%s") for the source', (dateline) => {
    const cleaned = clean(page('id-news.txt').replace('Pemerintah kota meresmikan', `${dateline}Pemerintah kota meresmikan`));
    expect(cleaned.metadata.source).toBe(dateline.slice('KOTA BARU, '.length, -3));
    expect(clean(page('id-news.txt').replace('Pemerintah kota meresmikan', 'KOTA BARU, Jawa Barat - Pemerintah kota meresmikan')).metadata.source).toBeNull();
  });
  // A site that signs its own story in the dateline with its masthead ("HARBOUR POS - ") writes the story itself: a "Sumber:" credit
  // under it naming an office is where a fact came from, not the story's source. An agency's credit there still is.
  const ownStory = (credit: string): string =>
    ['HARBOUR POS', ...page('id-news.txt').replace('Pemerintah kota meresmikan', 'HARBOUR POS - Pemerintah kota meresmikan').replace(last, `${last}\nEditor: Rina Wulandari\n${credit}`).split('\n'), '© 2026 Harbour Pos'].join('\n');
  it('takes the masthead its dateline names, not an office a "Sumber:" credit names, for the source', () => {
    const cleaned = clean(ownStory('Sumber: Dinas Perpustakaan Kota'));
    expect(cleaned.metadata.source?.toLowerCase()).toBe('harbour pos');
    expect(removal(cleaned, 'Sumber: Dinas Perpustakaan Kota')).toMatchObject({ kind: 'metadata', reason: 'source credit' });
    expect(clean(ownStory('Sumber: Antara')).metadata.source).toBe('Antara');
  });
  it.each([
    ['Källa: TT', 'TT'], ['Kilde: NTB', 'NTB'], ['Lähde: STT', 'STT'], ['Zdroj: ČTK', 'ČTK'], ['Forrás: MTI', 'MTI'], ['Sursa: Agerpres', 'Agerpres'],
    ['Πηγή: ΑΠΕ-ΜΠΕ', 'ΑΠΕ-ΜΠΕ'], ['منبع: ایرنا', 'ایرنا'], ['מקור: וואלה', 'וואלה'], ['Джерело: Укрінформ', 'Укрінформ'], ['ที่มา: มติชน', 'มติชน'],
  ])('reads "%s" as a source credit', (credit, source) => {
    const cleaned = clean(page('id-news.txt').replace(last, `${last}\n${credit}`));
    expect(cleaned.metadata.source).toBe(source);
  });
});

describe('a Vietnamese page', () => {
  it('dates the article by its weekday\'s date line, day first', () => {
    // "Thứ sáu" (Friday) was no date line word: the line had been page text, and the article undated.
    const cleaned = clean(page('vi-news.txt'));
    expect(cleaned.metadata.date).toBe('2026-12-04T08:15');
    expect(removal(cleaned, 'Thứ sáu, 4/12/2026, 08:15 (GMT+7)')?.reason).toBe('date line');
  });

  it('takes the name alone under the last paragraph for the byline, as Vietnamese papers sign', () => {
    // It had been page text after the article, and the story had no author.
    const cleaned = clean(page('vi-news.txt').replace('\n\nChia sẻ', '\n\nNgọc Anh\n\nChia sẻ'));
    expect(cleaned.metadata.byline).toBe('Ngọc Anh');
    expect(removal(cleaned, 'Ngọc Anh')?.reason).toBe('byline');
    expect(cleaned.body.trimEnd().endsWith('vào dịp lễ.')).toBe(true);
  });

  // Tuổi Trẻ signs in capitals; a heading in capitals there is no name: the page writes its words in lower case.
  // A name of four syllables had stayed page text.
  it('takes a name in capitals or of four syllables under the last paragraph for the byline, and no heading in capitals', () => {
    const signed = (signature: string) => clean(page('vi-news.txt').replace('\n\nChia sẻ', `\n\n${signature}\n\nBình luận (12)\nChia sẻ`));
    expect(signed('NGỌC ANH').metadata.byline).toBe('NGỌC ANH');
    expect(signed('Lê Thị Bảo Trâm').metadata.byline).toBe('Lê Thị Bảo Trâm');
    expect(signed('LÊ THỊ BẢO TRÂM').metadata.byline).toBe('LÊ THỊ BẢO TRÂM');
    expect(signed('BÌNH LUẬN').metadata.byline).toBeNull();
    expect(signed('BÌNH LUẬN MỚI NHẤT').metadata.byline).toBeNull();
  });

  it('takes no byline from a name under an English article: a tag or a person it names', () => {
    const text = 'World\nBridge opens two months early\n\nThe bridge between the two provinces opened on Friday, two months earlier than the contract required, the ministry said.\n\nIt has four lanes and cost more than 6,800 billion dong, and will cut the crossing to five minutes.\n\nDrivers will no longer have to use the old bridge, which is often jammed during holidays.\n\nNguyen Van Hung\n\nShare\nRelated\n';
    expect(clean(text).metadata.byline).toBeNull();
  });
});

// Sri Lankan papers sign under the article in brackets, the name and the place written from: the line had been a headline after
// the article, and the story had no author.
describe("a reporter's signature in brackets under the article", () => {
  const page = (signature: string): string =>
    [
      'මුල් පිටුව', 'පුවත්',
      'ගාල්ල නව රෝහල් ගොඩනැගිල්ල විවෘත කෙරේ',
      '2026 දෙසැම්බර් 03 බදාදා',
      '',
      'ගාල්ල මහ රෝහලේ නව ගොඩනැගිල්ල ඊයේ සෞඛ්‍ය ඇමතිවරයා විසින් විවෘත කරන ලදී.',
      '',
      'මෙම ගොඩනැගිල්ල සඳහා රුපියල් මිලියන 900ක් වැය වී ඇත.',
      '',
      'නව ගොඩනැගිල්ලේ ඇඳන් 200ක් ඇති බව රෝහල් අධ්‍යක්ෂවරයා පැවසීය.',
      '',
      signature,
      '',
      'අදාළ පුවත්',
      'මාතර නව පාලම ඉදිකිරීම ආරම්භ කෙරේ',
    ].join('\n');

  it('names the author, without the place', () => {
    const cleaned = clean(page('(කසුන් ප්‍රනාන්දු - ගාල්ල)'));
    expect(cleaned.metadata.byline).toBe('කසුන් ප්‍රනාන්දු');
    expect(cleaned.body).not.toContain('කසුන්');
  });

  it('names no author when the newsroom signs', () => {
    expect(clean(page('(අපේ නියෝජිත - ගාල්ල)')).metadata.byline).toBeNull();
  });
});

// Virakesari sets the reporter's name in brackets between the date line and the text, maybe after initials ("(எஸ். ஜெகதீசன்)"):
// else the line is read as a section label, and the story has no author.
describe("a reporter's name in brackets over the article's text", () => {
  const page = (name: string): string =>
    [
      'முகப்பு', 'செய்திகள்',
      'கண்டியில் புதிய பேருந்து நிலையம் திறப்பு',
      '03 Dec, 2026 | 10:15 AM',
      name,
      'கண்டி நகரில் அமைக்கப்பட்ட புதிய பேருந்து நிலையம் நேற்று பொதுமக்களின் பயன்பாட்டுக்காக திறந்து வைக்கப்பட்டது.',
      '',
      'இந்த நிலையத்தில் ஒரே நேரத்தில் 40 பேருந்துகளை நிறுத்த முடியும் என நகர சபை தெரிவித்துள்ளது.',
      '',
      'நிலையத்தின் நிர்மாணப் பணிகளுக்கு 600 மில்லியன் ரூபா செலவிடப்பட்டுள்ளது.',
    ].join('\n');

  it.each([['(எஸ். ஜெகதீசன்)', 'எஸ். ஜெகதீசன்'], ['(ரமேஷ் குமார்)', 'ரமேஷ் குமார்']])('names the author in "%s"', (line, name) => {
    const cleaned = clean(page(line));
    expect(cleaned.metadata.byline).toBe(name);
    expect(cleaned.removedLines.find((removed) => removed.text === line)).toMatchObject({ kind: 'metadata', reason: 'byline' });
    expect(cleaned.body.startsWith('கண்டி நகரில்')).toBe(true);
  });

  it('names no author when the newsroom signs', () => {
    expect(clean(page('(நமது நிருபர்)')).metadata.byline).toBeNull();
  });
});

// Al Jazeera signs over its date line with the place, a dash and the reporter's name ("القاهرة – …"):
// the line had been page text before the article, and the story had no author.
describe("an Arabic reporter's name after the dateline's place, over the date line", () => {
  const page = (signature: string): string =>
    [
      'الرئيسية', 'أخبار', 'اقتصاد',
      'الأردن يرفع تعرفة المياه للاستهلاك المنزلي اعتبارا من يناير',
      signature,
      '5/12/2026',
      'حفظ',
      '',
      'أعلنت وزارة المياه والري الأردنية، اليوم السبت، رفع تعرفة المياه للاستهلاك المنزلي بنسبة 8% اعتبارا من مطلع العام المقبل.',
      '',
      'وقالت الوزارة في بيان إن القرار يهدف إلى تغطية جزء من كلفة ضخ المياه ومعالجتها، التي ارتفعت بشكل كبير خلال السنوات الماضية.',
      '',
      'ويستهلك الأردن، وهو من أفقر دول العالم مائيا، نحو مليار متر مكعب من المياه سنويا.',
      '',
    ].join('\n');

  it.each([['عمّان – سارة الخطيب', 'سارة الخطيب'], ['عمّان - محمد عبد الله', 'محمد عبد الله']])('takes the name of "%s" for the author', (signature, name) => {
    const cleaned = clean(page(signature));
    expect(cleaned.metadata).toMatchObject({ byline: name, date: '2026-12-05' });
    expect(removal(cleaned, signature)).toMatchObject({ kind: 'metadata', reason: 'byline' });
    expect(cleaned.body.startsWith('أعلنت وزارة المياه')).toBe(true);
  });

  // An outlet ("الجزيرة نت") or the agencies ("وكالات") sign so too: no person.
  it.each(['عمّان – وكالات', 'الدوحة – الجزيرة نت', 'عمّان (رويترز) – سارة الخطيب'])('takes no author from "%s"', (signature) => {
    expect(clean(page(signature)).metadata.byline).toBeNull();
  });

  // Asharq Al-Awsat sets a colon after the place: the line had been a section label, and the story had no author.
  it('takes the name after the place and a colon for the author', () => {
    const cleaned = clean(page('عمّان: سارة الخطيب'));
    expect(cleaned.metadata).toMatchObject({ byline: 'سارة الخطيب', date: '2026-12-05' });
    expect(removal(cleaned, 'عمّان: سارة الخطيب')).toMatchObject({ kind: 'metadata', reason: 'byline' });
  });

  // A credit's label and a colon: a photographer ("تصوير", photography) or a translator signs so, not the author.
  it.each(['تصوير: سارة الخطيب', 'ترجمة: محمد عبد الله', 'عمّان: وكالات'])('takes no author from "%s"', (signature) => {
    expect(clean(page(signature)).metadata.byline).toBeNull();
  });
});

// Al Jazeera heads its stories "آخر تحديث: …" ("last update"): the line had been page text before the
// article, and a page with no other date line was undated.
describe('an Arabic date line labelled as the last update or the publication', () => {
  // Asharq Al-Awsat's "نُشر:" ("published:"), the Gregorian date then the Hijri one: it had been page text.
  it.each([
    ['آخر تحديث: 5/12/2026 11:20 (توقيت مكة)', '2026-12-05T11:20'],
    ['تاريخ النشر: 5/12/2026', '2026-12-05'],
    // Asharq Al-Awsat's "نُشر:" ("published"), the time run into the day with a dash , the
    // Hijri date after the Gregorian.
    ['نُشر: 11:20-5 ديسمبر 2026 م ـ 25 جمادى الآخرة 1448 هـ', '2026-12-05T11:20'],
    ['نشر: 5 ديسمبر 2026', '2026-12-05'],
    // Al Arabiya's "نشر في:" ("published on:"), the comma run into the year and the time after a colon.
    ['نشر في: 05 ديسمبر ,2026: 04:12 م GST', '2026-12-05T16:12'],
  ])('dates the article by "%s"', (dated, date) => {
    const text = [
      'اقتصاد', 'الأردن يرفع تعرفة المياه للاستهلاك المنزلي اعتبارا من يناير', dated, '',
      'أعلنت وزارة المياه والري الأردنية، اليوم السبت، رفع تعرفة المياه للاستهلاك المنزلي بنسبة 8% اعتبارا من مطلع العام المقبل.', '',
      'وقالت الوزارة في بيان إن القرار يهدف إلى تغطية جزء من كلفة ضخ المياه ومعالجتها، التي ارتفعت بشكل كبير خلال السنوات الماضية.', '',
    ].join('\n');
    const cleaned = clean(text);
    expect(cleaned.metadata.date).toBe(date);
    expect(removal(cleaned, dated)).toMatchObject({ kind: 'metadata', reason: 'date line' });
  });
});

// Chinese papers close their stories with the editor's credit: it had been an unrelated headline after the article.
describe("a Chinese editor's credit under the article", () => {
  it('is removed as an editor credit, and the editor is no author', () => {
    const text = [
      '首页', '北京', '北京地铁三条新线年底开通运营', '2026年12月04日 09:15', '',
      '北京市交通委员会4日宣布，地铁三条新线将于12月28日开通试运营，届时北京地铁运营总里程将超过900公里。', '',
      '据介绍，此次开通的线路包括地铁17号线北段、22号线和28号线，共设车站31座。', '',
      '市交通委表示，新线开通后将有效缓解城市北部和东部的通勤压力。', '',
      '（责任编辑：李华）', '',
    ].join('\n');
    const cleaned = clean(text);
    expect(removal(cleaned, '（责任编辑：李华）')).toMatchObject({ kind: 'metadata', reason: 'editor credit' });
    expect(cleaned.metadata.byline).toBeNull();
    expect(cleaned.body.endsWith('缓解城市北部和东部的通勤压力。')).toBe(true);
  });
});

// CNA closes its last paragraph with the editor's credit and a date code, run onto it, over its rights
// notice: the paragraph, no sentence's end left, had gone whole as a headline after the article.
describe("an editor's credit run onto a Chinese story's last paragraph, and the rights notice under it", () => {
  it("cuts the credit off the paragraph, which stays, and removes the notice as a copyright notice", () => {
    const cleaned = clean(page('zh-tw-cna-close.txt'));
    expect(cleaned.body.split('\n\n').at(-1)).toBe('行政院發言人表示，政府將持續推動離島建設。');
    expect(cleaned.removedLines).toContainEqual({ line: 6, text: '（編輯：林家嫺）1151204', kind: 'metadata', reason: 'editor credit cut off the end of line 6' });
    expect(removal(cleaned, '本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。')).toMatchObject({ reason: 'copyright notice' });
    // The editor is no author; the reporter the opening credit names is (CNA's credit).
    expect(cleaned.metadata.byline).toBe('王小明');
  });

  it("leaves a paragraph's own bracketed aside at its end, and a credit alone on its line to the editor-credit rule", () => {
    expect(pageLines('部長表示將檢討預算（詳見附表）\n（編輯：林家嫺）1151204')).toEqual(['部長表示將檢討預算（詳見附表）', '（編輯：林家嫺）1151204']);
  });
});

// Korean papers close every story with a rights notice ("no reprinting or redistributing without leave"),
// often with the circled ⓒ the © rules do not know. Over a line of the site's that is a sentence, it had stayed in the body.
describe('a Korean rights notice under the article', () => {
  const text = [
    '사회', '시청 앞 광장에 새 공원 문 열어', '기사입력 : 2024-03-12 10:00', '',
    '시청 앞 광장에 새 공원이 문을 열었다. 공원에는 산책로와 놀이터, 작은 연못이 마련되었다.', '',
    '시는 이번 공원 조성에 약 30억 원을 들였으며, 주민들의 의견을 반영해 나무를 많이 심었다고 밝혔다.', '',
    '한 주민은 아이들과 함께 산책할 곳이 생겨서 정말 좋다고 말했다.', '',
    '무단전재 및 재배포 금지', '',
    '기사 제보는 언제든 환영합니다. 이메일로 보내 주세요.', '',
  ].join('\n');

  it('removes it as a copyright notice, though a sentence of the site follows it', () => {
    const cleaned = clean(text);
    expect(removal(cleaned, '무단전재 및 재배포 금지')).toMatchObject({ kind: 'boilerplate', reason: 'copyright notice' });
    expect(cleaned.body).toContain('한 주민은 아이들과 함께 산책할 곳이 생겨서 정말 좋다고 말했다.');
  });
});

// An Indonesian religious post cites each saying it quotes under it, in square brackets (a hadith's
// collection and number, a book's page). The sources had been dropped as lines without a sentence, or as a headline
// after the article.
describe("a quotation's bracketed source under it", () => {
  const text = [
    'Beranda', 'Artikel', 'Adab Bertetangga dalam Islam', 'Selasa, 12 Maret 2024', '',
    'Bertetangga dengan baik adalah bagian dari akhlak seorang muslim, dan para ulama banyak menulis tentang hal ini.', '',
    'Nabi bersabda, “Tidak masuk surga orang yang tetangganya tidak aman dari gangguannya.”', '',
    '[HR. Muslim no. 46 dari sahabat Abu Hurairah', 'dalam Kitab Al-Iman]', '',
    'Karena itu hendaknya kita menjaga lisan dan perbuatan kita terhadap tetangga di sekitar rumah kita.', '',
    'Seorang ulama berkata, “Tetangga yang baik adalah hadiah yang tidak ternilai harganya bagi sebuah keluarga.”', '',
    '[Adabul Jiwar hal. 23]', '',
    '[Baca juga: Keutamaan Menjenguk Orang Sakit]', '',
  ].join('\n');

  it('keeps the sources with their quotations, inside the text and under its last paragraph', () => {
    const cleaned = clean(text);
    expect(cleaned.body).toContain('gangguannya.”\n\n[HR. Muslim no. 46 dari sahabat Abu Hurairah\n\ndalam Kitab Al-Iman]');
    expect(cleaned.body.split('\n\n').at(-1)).toBe('[Adabul Jiwar hal. 23]');
  });

  it('keeps no bracketed line without a figure, nor one not under a quotation', () => {
    const cleaned = clean(text.replace('[Adabul Jiwar hal. 23]', '[Adabul Jiwar]'));
    expect(removal(cleaned, '[Adabul Jiwar]')).toMatchObject({ kind: 'boilerplate', reason: 'page text after the article' });
    const unquoted = clean(text.replace('keluarga.”', 'keluarga.'));
    expect(removal(unquoted, '[Adabul Jiwar hal. 23]')).toMatchObject({ kind: 'headline', reason: 'unrelated headline after the article' });
  });
});

// Loksatta sets an ellipsis after its "also read" label, and plugs its Telegram channel under every story;
// both had stayed in the body.
describe("Loksatta's 'also read' link and its channel's plug", () => {
  it('removes the link between the paragraphs and the plug under the last one', () => {
    const cleaned = clean(page('mr-loksatta.txt'));
    expect(removal(cleaned, 'हेही वाचा… नाशिकमध्ये थंडीचा कडाका वाढला, पारा नऊ अंशांवर')).toMatchObject({ reason: 'link to another story' });
    expect(cleaned.body.split('\n\n').at(-1)).toBe('उन्हाळ्यात पाण्याची मागणी वाढल्यास परिस्थितीचा पुन्हा आढावा घेतला जाईल, असे अधिकाऱ्यांनी सांगितले.');
    expect(cleaned.body).not.toContain('टेलिग्राम');
  });

  it.each(['Leia também... Prefeitura anuncia novo horário dos ônibus', 'Also read… Council approves new bus lanes'])('takes "%s" for a story link', (text) =>
    expect(isStoryLink(line(text))).toBe(true),
  );
  it.each(['More… and more families are leaving the city centre', 'मंत्री आता मुंबईत आहेत आणि उद्या पुण्याला जातील.'])('no link or prompt: "%s"', (text) => {
    expect(isStoryLink(line(text))).toBe(false);
    expect(isReadingPrompt(line(text))).toBe(false);
  });
});

// A tester's pages: the label over a link to another story, and over a box of
// them, in Greek, Hungarian, Swahili, Persian and Thai had stayed in the body with its headlines. Telex's "Ez is
// érdekelheti:" ("this may interest you too") had been read as an unrelated headline.
describe('a story link and a box label in Greek, Hungarian, Swahili, Persian and Thai', () => {
  it.each(['Διαβάστε επίσης: Νέα μέτρα για το ενοίκιο', 'ΔΙΑΒΑΣΤΕ ΑΚΟΜΑ', 'Σχετικά άρθρα', 'Kapcsolódó cikkek', 'Ezt is ajánljuk', 'Ez is érdekelheti:', 'Ez is érdekelheti: Drágul a bérlet januártól', 'Soma zaidi: Bei ya mafuta yapanda tena',
    'Soma pia', 'Habari zinazohusiana', 'مطالب پیشنهادی', 'خبرهای مرتبط', 'همچنین بخوانید: افزایش قیمت بنزین', 'อ่านข่าวที่เกี่ยวข้อง', 'ข่าวแนะนำ'])(
    'takes "%s" for a story link',
    (text) => expect(isStoryLink(line(text))).toBe(true),
  );

  it.each(['Soma zaidi kuhusu mpango huo kwenye tovuti ya wizara.', 'Διαβάστε επίσης την ανακοίνωση του υπουργείου για τα νέα μέτρα.', 'Kapcsolódó cikkek száma nőtt tavaly', 'Ez is érdekelheti a befektetőket, mondta az elemző.'])(
    'no story link: "%s"',
    (text) => expect(isStoryLink(line(text))).toBe(false),
  );

  it.each([
    // Thai writes no full stop: its paragraph under the link had not read as the article going on.
    ['th-news.txt', 'อ่านข่าวที่เกี่ยวข้อง', 'รถไฟฟ้าสายสีม่วงเปิดส่วนต่อขยายถึงบางใหญ่', 'ผู้โดยสารสามารถใช้บัตรโดยสารเดิมได้ตามปกติ'],
    ['fa-news.txt', 'مطالب پیشنهادی', 'چرا قیمت گندم بالا رفته است؟', 'یک نانوا در خیابان انقلاب'],
  ])('removes the label of %s and the headline under it between the paragraphs, and keeps the text after them', (name, label, headline, last) => {
    const cleaned = clean(page(name));
    expect(removal(cleaned, label)).toMatchObject({ reason: 'link to another story' });
    expect(removal(cleaned, headline)).toMatchObject({ reason: 'link to another story' });
    expect(cleaned.body.split('\n\n').some((paragraph) => paragraph.startsWith(last))).toBe(true);
  });

  it("removes BBC Persian's age of the story under its date line, where it had been the first paragraph", () => {
    const cleaned = clean(page('fa-news.txt'));
    // Labelled, it is a date line as "Updated 3 hours ago" is (metadata.ts UPDATE_LABELS); unlabelled, a time stamp.
    expect(removal(cleaned, 'به‌روزرسانی شده ۳ ساعت قبل')).toMatchObject({ reason: 'date line (a time, no date: date left empty)' });
    expect(cleaned.body).toMatch(/^قیمت نان سنگک/u);
  });

  it('removes the Thai box of recommended stories under the article', () => {
    const cleaned = clean(page('th-news.txt'));
    expect(removal(cleaned, 'ข่าวแนะนำ')).toMatchObject({ kind: 'headline', reason: 'link to another story' });
    expect(removal(cleaned, 'ราคาน้ำมันดีเซลปรับลดลง 50 สตางค์')).toMatchObject({ kind: 'headline', reason: 'unrelated headline after the article' });
    expect(cleaned.body.split('\n\n').at(-1)).toBe('ผู้โดยสารสามารถใช้บัตรโดยสารเดิมได้ตามปกติ โดยไม่ต้องลงทะเบียนเพิ่มเติมที่สถานี');
  });

  it("keeps a short last paragraph over the box's label, and leaves the box's headlines out", () => {
    // Shorter than a Thai paragraph and without a full stop, it had gone as an unrelated headline after the article.
    const closing = 'ค่าโดยสารใหม่มีผลทั้งวันธรรมดาและวันหยุด';
    const cleaned = clean(page('th-news.txt').replace('\nข่าวแนะนำ\n', `${closing}\nข่าวแนะนำ\n`));
    expect(cleaned.body.split('\n\n').at(-1)).toBe(closing);
    expect(cleaned.body).not.toContain('ราคาน้ำมันดีเซล');
  });

  it('removes Swahili "Soma zaidi: …" between the paragraphs', () => {
    const cleaned = clean(page('sw-news.txt'));
    expect(removal(cleaned, 'Soma zaidi: Serikali yaruhusu uingizaji wa sukari kutoka nje')).toMatchObject({ reason: 'link to another story' });
    expect(cleaned.body.split('\n\n').at(-1)).toMatch(/^Wananchi wa Dodoma/u);
  });
});

// Index sets "Ajánlott videó" ("recommended video") over a video player between the paragraphs: the
// label had stayed in the body, and taken for a box's label it ended the article.
describe("a Hungarian label over a video player that was not scraped", () => {
  it('is removed, and the paragraphs under it stay', () => {
    const cleaned = clean(page('hu-news.txt'));
    expect(removal(cleaned, 'Ajánlott videó')).toMatchObject({ reason: 'picture or video placeholder' });
    expect(cleaned.body.split('\n\n').at(-1)).toBe('A benzin átlagára így 612, a gázolajé 628 forint lesz literenként.');
  });
});

// Kathimerini closes its stories with its newsletter's plug, which had been the last paragraph.
describe('a newsletter plug in Greek and Swahili', () => {
  it.each([
    'Λάβετε μια σύντομη ενημέρωση για τις σημαντικότερες ειδήσεις της ημέρας, κάθε απόγευμα, στο email σας.',
    'Εγγραφείτε στο newsletter μας',
    'Pata habari kuu za siku kila jioni kupitia barua pepe yako.',
    'Jiunge na jarida letu',
  ])('takes "%s" for a prompt', (text) => expect(isReadingPrompt(line(text))).toBe(true));

  it.each(['Λάβετε υπόψη ότι η προθεσμία λήγει την Παρασκευή.', 'Pata habari kamili kutoka kwa mkuu wa wilaya.'])('no prompt: "%s"', (text) => {
    expect(isReadingPrompt(line(text))).toBe(false);
  });

  it('removes the plug under the last paragraph, and the button under it', () => {
    const text = [
      'ΚΑΘΗΜΕΡΙΝΗ', 'Ειδήσεις', 'Οικονομία', 'ΟΙΚΟΝΟΜΙΑ', 'Αυξάνεται κατά 5% ο κατώτατος μισθός από τον Απρίλιο', 'Μαρία Νικολάου', '12.11.2026 • 10:05', '',
      'Αύξηση 5% στον κατώτατο μισθό από την 1η Απριλίου ανακοίνωσε σήμερα το υπουργείο Εργασίας, μετά τη διαβούλευση με τους κοινωνικούς εταίρους.', '',
      'Ο νέος κατώτατος μισθός θα ανέλθει στα 924 ευρώ μεικτά, από 880 ευρώ σήμερα, και αφορά περίπου 600.000 εργαζόμενους του ιδιωτικού τομέα.', '',
      'Οι εργοδοτικές οργανώσεις ζήτησαν μικρότερη αύξηση, επικαλούμενες το υψηλό κόστος ενέργειας για τις επιχειρήσεις.', '',
      'Λάβετε μια σύντομη ενημέρωση για τις σημαντικότερες ειδήσεις της ημέρας, κάθε απόγευμα, στο email σας.', 'Εγγραφή',
      'Όροι χρήσης', 'Copyright © 2026 Η ΚΑΘΗΜΕΡΙΝΗ',
    ].join('\n');
    const cleaned = clean(text);
    expect(cleaned.body.split('\n\n').at(-1)).toMatch(/^Οι εργοδοτικές οργανώσεις/u);
    expect(removal(cleaned, 'Λάβετε μια σύντομη ενημέρωση για τις σημαντικότερες ειδήσεις της ημέρας, κάθε απόγευμα, στο email σας.')).toMatchObject({
      reason: 'newsletter or reading prompt',
    });
  });
});

// Thai pages date their stories in the Buddhist era ("4 ธ.ค. 2569": 2026), BBC Persian in Persian digits, Swahili
// papers with the month first: each header's date line had been page text before the article, and the story undated.
describe('a Thai, Persian or Swahili date line', () => {
  it.each([
    [
      ['หน้าแรก', 'กีฬา', 'ทีมชาติไทยเตรียมลงสนามนัดชิงชนะเลิศซีเกมส์ที่กรุงเทพฯ', '9 ธ.ค. 2568 18:20 น.', '',
        'ทีมฟุตบอลชาติไทยจะลงสนามพบกับเวียดนามในนัดชิงชนะเลิศการแข่งขันกีฬาซีเกมส์ครั้งที่ 33 ที่สนามราชมังคลากีฬาสถานในคืนวันพรุ่งนี้', '',
        'หัวหน้าผู้ฝึกสอนกล่าวว่านักเตะทุกคนมีความพร้อมเต็มที่และไม่มีผู้เล่นบาดเจ็บก่อนเกมสำคัญครั้งนี้', ''],
      '9 ธ.ค. 2568 18:20 น.', '2025-12-09T18:20',
    ],
    [
      ['خانه', 'ورزش', 'تیم ملی والیبال ایران به فینال مسابقات آسیایی رسید', '۱۲ سپتامبر ۲۰۲۵', '',
        'تیم ملی والیبال ایران روز جمعه با پیروزی سه بر یک مقابل ژاپن به دیدار نهایی مسابقات قهرمانی آسیا راه یافت.', '',
        'سرمربی تیم پس از بازی گفت بازیکنان با وجود خستگی سفر، بازی منظمی انجام دادند و حالا برای قهرمانی آماده‌اند.', ''],
      '۱۲ سپتامبر ۲۰۲۵', '2025-09-12',
    ],
    [
      ['Habari', 'Michezo', 'Simba yaichapa Yanga mabao mawili kwa moja', 'Jumamosi, Agosti 16, 2025', '',
        'Dar es Salaam. Timu ya Simba imeifunga Yanga mabao mawili kwa moja katika mchezo wa Ngao ya Jamii uliochezwa jana jioni.', '',
        'Kocha wa Simba amesema wachezaji wake walicheza kwa nidhamu kubwa na wanastahili ushindi huo mbele ya mashabiki wao.', ''],
      'Jumamosi, Agosti 16, 2025', '2025-08-16',
    ],
  ])('dates the article by its header\'s date line (%#)', (lines, dated, date) => {
    const cleaned = clean(lines.join('\n'));
    expect(cleaned.metadata.date).toBe(date);
    expect(removal(cleaned, dated)).toMatchObject({ kind: 'metadata', reason: 'date line' });
  });
});

// Lao and Khmer month names, maybe after the words for month and year: the header's date line had been page
// text before the article, and the story undated. A Khmer date line with its weekday, hour and minutes in words
// (nine words) had been the page's title.
describe('a Lao or Khmer date line', () => {
  const lao = (dated: string) => ['ໜ້າຫຼັກ', 'ຂ່າວ', 'ລັດຖະບານເປີດຂົວໃໝ່ຂ້າມແມ່ນ້ຳຂອງ', dated, '',
    'ລັດຖະບານລາວໄດ້ເປີດນຳໃຊ້ຂົວໃໝ່ຂ້າມແມ່ນ້ຳຂອງ ເຊິ່ງຈະຊ່ວຍໃຫ້ການເດີນທາງລະຫວ່າງສອງແຂວງສະດວກຂຶ້ນ.', '',
    'ຂົວດັ່ງກ່າວມີຄວາມຍາວ 800 ແມັດ ແລະ ໃຊ້ເວລາກໍ່ສ້າງເກືອບສາມປີ.', ''];
  const khmer = (dated: string) => ['ទំព័រដើម', 'ព័ត៌មាន', 'រដ្ឋាភិបាលបើកស្ពានថ្មីឆ្លងទន្លេមេគង្គ', dated, '',
    'រដ្ឋាភិបាលបានបើកស្ពានថ្មីឆ្លងទន្លេមេគង្គ ដែលនឹងជួយឱ្យការធ្វើដំណើររវាងខេត្តទាំងពីរកាន់តែងាយស្រួល។', '',
    'ស្ពាននេះមានប្រវែង ៨០០ ម៉ែត្រ ហើយត្រូវចំណាយពេលសាងសង់ជិតបីឆ្នាំ។', ''];
  it.each([
    [lao, 'ວັນທີ 4 ທັນວາ 2026', '2026-12-04'],
    [lao, 'ວັນທີ 15 ເດືອນກໍລະກົດ ປີ 2025', '2025-07-15'],
    [khmer, '04 ធ្នូ 2026', '2026-12-04'],
    [khmer, 'ថ្ងៃទី១៥ ខែកក្កដា ឆ្នាំ២០២៥', '2025-07-15'],
    [khmer, 'ថ្ងៃអង្គារ ទី៩ ខែកញ្ញា ឆ្នាំ២០២៥ ម៉ោង ០៩:២០ នាទីព្រឹក', '2025-09-09T09:20'],
  ])('dates the article by its header\'s date line (%#)', (page, dated, date) => {
    const cleaned = clean(page(dated).join('\n'));
    expect(cleaned.metadata.date).toBe(date);
    expect(removal(cleaned, dated)).toMatchObject({ kind: 'metadata', reason: 'date line' });
  });
});

// ynet heads its stories "פורסם: 04.12.26, 16:05" over "עודכן: …" (published, updated): a two-digit year's date is read
// only labelled, so both lines had been page text before the article, and the story undated.
describe('a Hebrew date line labelled as the publication or the update', () => {
  const text = [
    'חדשות', 'ספורט',
    'מכבי תל אביב ניצחה את פנרבחצ\'ה בהארכה',
    'פורסם: 12.03.26, 22:41',
    'עודכן: 13.03.26, 08:15',
    '',
    'מכבי תל אביב ניצחה הערב את פנרבחצ\'ה 94:89 בהארכה, בזכות שלשה של הרכז בשנייה האחרונה של הזמן החוקי.',
    '',
    'המאמן אמר אחרי המשחק כי הקבוצה הראתה אופי גדול, ושהניצחון מחזיר אותה למאבק על מקום בשמינייה הראשונה.',
    '',
  ].join('\n');

  it('dates the article by the publication, and removes both lines as date lines', () => {
    const cleaned = clean(text);
    expect(cleaned.metadata.date).toBe('2026-03-12T22:41');
    for (const dated of ['פורסם: 12.03.26, 22:41', 'עודכן: 13.03.26, 08:15']) expect(removal(cleaned, dated)).toMatchObject({ kind: 'metadata', reason: 'date line' });
  });
});

// BBC Persian's byline box: "نویسنده," (author) over the name, "نقش," (role) over the author's role, then the date line.
// The name had been page text, the story had no author, and the role was its title.
describe("BBC Persian's byline box", () => {
  const text = [
    'خانه', 'اقتصاد',
    'بانک مرکزی نرخ سود سپرده‌های بانکی را دو درصد افزایش داد',
    'نویسنده,',
    'مریم احمدی',
    'نقش,',
    'گزارشگر اقتصادی',
    '۱۲ سپتامبر ۲۰۲۵',
    '',
    'بانک مرکزی روز پنجشنبه اعلام کرد نرخ سود سپرده‌های یک‌ساله از اول مهر دو درصد افزایش می‌یابد تا جلوی خروج سپرده‌ها از بانک‌ها گرفته شود.',
    '',
    'کارشناسان می‌گویند این تصمیم می‌تواند هزینه وام‌ها را هم بالا ببرد و رشد تولید را کندتر کند.',
    '',
  ].join('\n');

  it('gives the name under the author label as the author, and the role under its label is no title', () => {
    const cleaned = clean(text);
    expect(cleaned.metadata).toMatchObject({ byline: 'مریم احمدی', title: 'بانک مرکزی نرخ سود سپرده‌های بانکی را دو درصد افزایش داد', date: '2025-09-12' });
    expect(removal(cleaned, 'مریم احمدی')).toMatchObject({ kind: 'metadata', reason: 'byline' });
    expect(cleaned.body.startsWith('بانک مرکزی روز پنجشنبه')).toBe(true);
  });
});

// ynet prints the author's name alone over its date line: it had been page text, and the story had no author.
describe('a Hebrew name alone over the date line', () => {
  const page = (signature: string): string =>
    [
      'חדשות', 'ספורט',
      'הפועל באר שבע עלתה לראש הטבלה אחרי ניצחון בדרבי',
      'שני שערים במחצית השנייה הכריעו את המשחק מול מכבי חיפה',
      signature,
      'פורסם: 05.12.26, 21:40',
      '',
      'הפועל באר שבע ניצחה הערב 2:0 את מכבי חיפה ועלתה למקום הראשון בטבלה, לראשונה מאז תחילת העונה.',
      '',
      'המאמן אמר אחרי המשחק כי הקבוצה שיחקה בסבלנות, ושהקהל בבית היה השחקן ה-12 שלה.',
      '',
    ].join('\n');

  it.each(["רוני כהן", "ג'ורג' בן-דוד"])('is the author: "%s"', (name) => {
    const cleaned = clean(page(name));
    expect(cleaned.metadata).toMatchObject({ byline: name, date: '2026-12-05T21:40' });
    expect(removal(cleaned, name)).toMatchObject({ kind: 'metadata', reason: 'byline' });
  });

  // A section's label of two words over the date line had been the author.
  it.each(['כלכלה', 'דובר צה"ל', 'המשחק הסתיים בתוצאה 2:0', 'כדורגל ישראלי', 'ליגת העל', 'חדשות ספורט', 'הכלכלה בעולם'])('gives no author: "%s"', (line) => {
    expect(clean(page(line)).metadata.byline).toBeNull();
  });
});

// Walla sets the story's age, labelled "updated", between the author's name and the date line, and its share buttons
// ("share on Facebook", "share on WhatsApp") under the date line: the first button had been the author.
describe("a Hebrew name over the story's age, share buttons under the date line", () => {
  const text = [
    'חדשות', 'בארץ',
    'עיריית נתניה תפתח שלושה גני ילדים חדשים בספטמבר',
    'נועה ברק',
    'עודכן לפני 3 שעות',
    '04/12/2026 09:20',
    'שתפו בפייסבוק',
    'שתפו בוואטסאפ',
    '',
    'עיריית נתניה הודיעה הבוקר כי שלושה גני ילדים חדשים ייפתחו בשכונות הצפוניות של העיר בתחילת שנת הלימודים הבאה.',
    '',
    'לדברי העירייה, הגנים ייבנו בתקציב של שמונה מיליון שקל ויקלטו כמאה ילדים שנמצאים היום ברשימות המתנה.',
    '',
  ].join('\n');

  it('gives the name as the author and the age as a date line with no date; no share button is a name', () => {
    const cleaned = clean(text);
    expect(cleaned.metadata).toMatchObject({ byline: 'נועה ברק', date: '2026-12-04T09:20' });
    expect(removal(cleaned, 'עודכן לפני 3 שעות')?.reason).toMatch(/^date line/u);
  });
});

// The BBC's Swahili and Persian pages set the author's label and name on one line, "Author, …" and "نویسنده، …", over the
// role's: the name had been page text, the story had no author, and the Swahili role's line ("Nafasi, …") its title.
describe("the BBC's author and its label on one line", () => {
  it.each([
    ['Author, Amani Juma', 'Amani Juma', 'Nafasi, BBC Swahili, Nairobi', 'Bunge la Kenya lapitisha sheria mpya ya ardhi', '5 Disemba 2026', 'Bunge la Kenya limepitisha sheria mpya inayowapa wakulima wadogo haki ya kumiliki ardhi wanayoilima kwa miaka mingi.', 'Wabunge wengi walisema sheria hiyo itapunguza migogoro ya ardhi katika maeneo ya vijijini.'],
    ['نویسنده، سارا کریمی', 'سارا کریمی', 'شغل، بی‌بی‌سی فارسی', 'دولت قیمت بلیت قطارهای مسافری را افزایش داد', '۱۵ آذر ۱۴۰۵', 'وزارت راه اعلام کرد قیمت بلیت همه قطارهای مسافری از ابتدای ماه آینده ده درصد افزایش می‌یابد.', 'به گفته این وزارتخانه، درآمد تازه برای نوسازی واگن‌های قدیمی هزینه خواهد شد.'],
    // BBC Igbo's and BBC Tigrinya's labels; Tigrinya's name has no capitals to tell it, the label does.
    ['Onye dere ya, Adaeze Nnadi-Okolie', 'Adaeze Nnadi-Okolie', 'Ndị mere akụkọ a, BBC News Ìgbò', 'Ndị ọrụ ugbo na Enugu na-achọ ụzọ ọhụrụ', '4 Disemba 2026', "Ndị ọrụ ugbo n'Enugu kwuru na ụzọ ha na-eji ebuga ihe ubi n'ahịa mebiri emebi kemgbe afọ abụọ gara aga.", 'Gọọmentị steeti kwuru na ọ ga-arụzi ụzọ ahụ tupu oge mmiri ozuzo ọzọ abịa.'],
    ['ደራሲ, ሰላም ገብረሚካኤል', 'ሰላም ገብረሚካኤል', 'ሓላፍነት, ቢቢሲ ትግርኛ', 'ኣብ ዓዲግራት ሓድሽ ቤት ትምህርቲ ተኸፊቱ', '4 ታሕሳስ 2026', 'ኣብ ከተማ ዓዲግራት ንተመሃሮ ዘገልግል ሓድሽ ቤት ትምህርቲ ሎሚ ብወግዒ ተኸፊቱ።', 'እቲ ቤት ትምህርቲ ንልዕሊ ሓደ ሽሕ ተመሃሮ ክቕበል ይኽእል እዩ።'],
  ])('"%s" names the author, and the headline is the title', (byline, name, role, title, date, first, second) => {
    const cleaned = clean([title, byline, role, date, '', first, '', second, ''].join('\n'));
    expect(cleaned.metadata).toMatchObject({ byline: name, title });
    expect(removal(cleaned, byline)).toMatchObject({ kind: 'metadata', reason: 'byline' });
    expect(cleaned.body.startsWith(first)).toBe(true);
  });
});

// Amharic ends its sentences with the Ethiopic full stop ("።"): without it no paragraph of a BBC
// Amharic page was a sentence, all went as page text before the article and the last was the title.
describe('an Amharic page', () => {
  const text = [
    'BBC News አማርኛ', 'ዜና', 'ኢትዮጵያ', 'ስፖርት',
    'የአዲስ አበባ ከተማ አስተዳደር አዲስ የአውቶቡስ መስመሮችን ከፈተ',
    '4 ታህሳስ 2026',
    '',
    'የአዲስ አበባ ከተማ አስተዳደር በከተማዋ ሰባት አዳዲስ የአውቶቡስ መስመሮችን ሐሙስ ዕለት ሥራ ማስጀመሩን አስታወቀ።',
    '',
    'የትራንስፖርት ቢሮ ኃላፊ "መስመሮቹ በቀን ከአንድ መቶ ሺህ በላይ ተሳፋሪዎችን ያገለግላሉ" ብለዋል።',
    '',
    'ተሳፋሪዎች ግን የአውቶቡሶች ቁጥር አሁንም በቂ እንዳልሆነ ይናገራሉ።',
    'ተያያዥ ርዕሶች', 'ትራንስፖርት',
  ].join('\n');

  it('keeps its paragraphs and takes its headline for the title', () => {
    const cleaned = clean(text);
    expect(cleaned.metadata.title).toBe('የአዲስ አበባ ከተማ አስተዳደር አዲስ የአውቶቡስ መስመሮችን ከፈተ');
    const paragraphs = cleaned.body.split('\n\n');
    expect(paragraphs[0]).toMatch(/^የአዲስ አበባ ከተማ አስተዳደር በከተማዋ/u);
    expect(paragraphs.at(-1)).toMatch(/^ተሳፋሪዎች ግን/u);
  });
});

// Khmer puts no spaces between words (zero-width ones, which normaliseText drops): each run of a
// paragraph had counted one word, so a Radio Free Asia page's headline and paragraphs were all labels.
describe('a Khmer page', () => {
  const zwsp = (text: string): string => text.replaceAll(' ', '\u200B').replaceAll('_', ' ');
  const text = [
    'វិទ្យុអាស៊ីសេរី', 'ព័ត៌មាន', 'នយោបាយ', 'សេដ្ឋកិច្ច',
    zwsp('ក្រសួង សុខាភិបាល បើក មន្ទីរពេទ្យ ថ្មី នៅ ខេត្ត សៀមរាប'),
    '2026.12.04',
    'ចែករំលែក',
    'បោះពុម្ព',
    '',
    zwsp('ក្រសួង សុខាភិបាល បាន បើក មន្ទីរពេទ្យ បង្អែក ថ្មី មួយ នៅ ខេត្ត សៀមរាប ដែល មាន គ្រែ ចំនួន_២០០ សម្រាប់ អ្នកជំងឺ។'),
    '',
    zwsp('មន្ត្រី ក្រសួង បាន ប្រាប់ ថា មន្ទីរពេទ្យ នេះ នឹង ជួយ ប្រជាជន ក្នុង ខេត្ត ជិតខាង ផង ដែរ។'),
    '',
    zwsp('ការ សាងសង់ មន្ទីរពេទ្យ នេះ ចំណាយ អស់ ប្រាក់ ប្រមាណ_៣០ លាន ដុល្លារ។'),
    'ស្លាក:', 'សុខភាព',
    '© 2026 Radio Free Asia',
  ].join('\n');

  it('takes its headline for the title and keeps its paragraphs, without the share and print buttons', () => {
    const cleaned = clean(text);
    expect(cleaned.metadata.title).toBe(zwsp('ក្រសួង សុខាភិបាល បើក មន្ទីរពេទ្យ ថ្មី នៅ ខេត្ត សៀមរាប').replaceAll('\u200B', ''));
    const paragraphs = cleaned.body.split('\n\n');
    expect(paragraphs[0]).toMatch(/^ក្រសួងសុខាភិបាលបានបើក/u);
    expect(paragraphs.at(-1)).toMatch(/^ការសាងសង់/u);
    expect(cleaned.body).not.toContain('បោះពុម្ព');
  });
});

// Slovak, Lithuanian, Latvian, Estonian, Welsh, Georgian, Kazakh, Marathi and Amharic "read also"
// labels had stayed between the paragraphs, another story's headline among the article's terms.
describe('a story link in Slovak, Baltic languages, Welsh, Georgian, Kazakh, Marathi and Amharic', () => {
  it.each([
    'Prečítajte si tiež: Inflácia v novembri spomalila na 3,9 percenta', 'Čítajte aj', 'Taip pat skaitykite: Vyriausybė pritarė mokesčių pakeitimams',
    'Lasi arī: Rīgā atklāta jauna tramvaja līnija', 'Loe ka: Tallinnas avati uus tramm', 'Darllenwch hefyd: Ysgolion gwledig yn wynebu cau',
    'ასევე წაიკითხეთ:', 'Сондай-ақ оқыңыз: Теңге бағамы доллармен салыстырғанда нығайды', 'हेही वाचा', 'ተጨማሪ ለማንበብ', 'SUSIJĘ',
  ])('takes "%s" for a story link', (text) => expect(isStoryLink(line(text))).toBe(true));

  it('keeps the short last paragraph under LRT\'s bare "SUSIJĘ" ("related") and one headline', () => {
    // The label unknown, the headline and the paragraph under it had gone as page text after the article.
    const cleaned = clean(
      [
        'Seimas pritarė naujam mokyklų finansavimo modeliui',
        '',
        'Seimas ketvirtadienį pritarė naujam mokyklų finansavimo modeliui. Už jį balsavo 75 Seimo nariai, prieš – 30.',
        '',
        'Pagal naują modelį mokyklos lėšas gaus pagal mokinių skaičių ir vietovę, o mažoms kaimo mokykloms numatyti priedai.',
        '',
        'SUSIJĘ',
        'Vyriausybė pritarė mokesčių pakeitimams',
        '',
        'Naujas mokyklų modelis įsigalios rugsėjį.',
        'Temos:',
        'švietimas',
        '© 2026 LRT',
      ].join('\n'),
    );
    expect(removal(cleaned, 'Vyriausybė pritarė mokesčių pakeitimams')).toMatchObject({ reason: 'link to another story' });
    expect(cleaned.body.split('\n\n').at(-1)).toBe('Naujas mokyklų modelis įsigalios rugsėjį.');
  });

  it.each(['Prečítajte si tiež správu ministerstva, ktorá vyšla v pondelok.', 'Darllenwch hefyd yr adroddiad llawn ar wefan y cyngor.'])(
    'no story link: "%s"',
    (text) => expect(isStoryLink(line(text))).toBe(false),
  );

  // Index.hr's Croatian link had stayed between the paragraphs too.
  it.each([
    [
      'Slovak',
      'Vláda schválila zvýšenie minimálnej mzdy na 870 eur',
      'Minimálna mzda na Slovensku sa od 1. januára 2027 zvýši na 870 eur mesačne, rozhodla o tom vláda na stredajšom rokovaní.',
      'Prečítajte si tiež: Inflácia v novembri spomalila na 3,9 percenta',
      'Odbory tvrdia, že ani nová suma nepokryje rast cien potravín a energií za posledné dva roky.',
    ],
    [
      'Croatian',
      'Split dobiva novu autobusnu liniju do zračne luke',
      'Promet Split od siječnja uvodi izravnu autobusnu liniju između gradske luke i zračne luke, s polascima svakih pola sata.',
      'Pročitajte i: Zračna luka Split oborila rekord putnika',
      'Karta će stajati pet eura, a vožnja će trajati oko četrdeset minuta, navode iz gradske tvrtke.',
    ],
  ])('removes a %s link between the paragraphs, and keeps the paragraph after it', (_language, title, first, link, last) => {
    const cleaned = clean([title, '', first, '', link, '', last].join('\n'));
    expect(removal(cleaned, link)).toMatchObject({ reason: 'link to another story' });
    expect(cleaned.body.split('\n\n').at(-1)).toBe(last);
  });
});

// A tester's pages: Index.hr's "Pročitajte i:" ("read also") and its headline, Ara's "També et pot interessar"
// ("you may also like") and Manorama's Malayalam "read this too" had stayed in the body; with them Serbian, Kannada, Telugu,
// Gujarati and Punjabi's "read this too".
describe('a story link in Croatian, Serbian, Catalan and the languages of South India, Gujarat and Punjab', () => {
  it.each([
    'Pročitajte i: ZET kupuje 40 novih niskopodnih tramvaja', 'Прочитајте и: Нови аутобуси на линијама према Земуну', 'També et pot interessar', 'També us pot interessar:',
    'ഇതും വായിക്കാം: വാട്ടർ മെട്രോ ഫോർട്ട് കൊച്ചിയിലേക്ക്', 'ಇದನ್ನೂ ಓದಿ: ಬೆಂಗಳೂರು ಮೆಟ್ರೋ ಹಳದಿ ಮಾರ್ಗ', 'ఇది కూడా చదవండి:', 'આ પણ વાંચો: અમદાવાદ મેટ્રો', 'ਇਹ ਵੀ ਪੜ੍ਹੋ:',
  ])('takes "%s" for a story link', (text) => expect(isStoryLink(line(text))).toBe(true));

  it.each(['Pročitajte i izvješće ministarstva objavljeno u ponedjeljak.', 'També et pot interessar saber que el museu obre els diumenges.'])(
    'no story link: "%s"',
    (text) => expect(isStoryLink(line(text))).toBe(false),
  );
});

// Urdu papers set the reporter's name over the correspondent's title and the place ("نامہ نگار، کراچی") over the date line:
// the name had been page text and the story had no author.
describe("an Urdu reporter's name over the correspondent's title", () => {
  const page = (header: string[]) =>
    ['کراچی میں بندرگاہ کی دیوار دوبارہ تعمیر ہوگی', ...header, '4 دسمبر 2026', '', 'شہر کی کونسل نے منگل کو بندرگاہ کی دیوار دوبارہ تعمیر کرنے کے منصوبے کی منظوری دی۔', '', 'اس کام پر تقریباً بارہ ملین روپے لاگت آئے گی اور یہ اگلے سال مکمل ہوگا۔', '', 'ماہی گیروں نے کہا کہ وہ طویل عرصے سے اس مرمت کا انتظار کر رہے تھے۔', ''].join('\n');

  it.each([['نامہ نگار، کراچی'], ['نمائندہ خصوصی']])('is the byline over "%s"', (title) => {
    expect(clean(page(['علی حسن', title])).metadata).toMatchObject({ byline: 'علی حسن', date: '2026-12-04' });
  });

  it('the title alone under the headline gives none', () => {
    expect(clean(page(['نامہ نگار، کراچی'])).metadata.byline).toBeNull();
  });
});

// The ordinary chrome of Japanese, Korean and Chinese pages, set between two paragraphs of
// an invented news page (the Latin-script languages' words were known already; these were kept as paragraphs).
describe('a chrome line between the paragraphs of a Japanese, Korean or Chinese page', () => {
  const fixture = (name: string): string => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
  const pages = { ja: fixture('japanese.txt'), ko: fixture('korean.txt'), zh: fixture('chinese.txt') };
  it.each<[keyof typeof pages, string, string]>([
    ['ja', 'この記事をシェア', 'share or follow links'],
    ['ja', 'Xでシェアする', 'share or follow links'],
    ['ja', 'ツイート', 'share or follow links'],
    ['ja', 'はてなブックマーク', 'share or follow links'],
    ['ko', '기사 공유하기', 'share or follow links'],
    ['zh', '分享到微信', 'share or follow links'],
    ['zh', '分享至好友和朋友圈', 'share or follow links'],
    ['ja', '続きを読む', 'link to another story'],
    ['ja', 'あわせて読みたい', 'link to another story'],
    ['ko', '많이 본 뉴스', 'link to another story'],
    ['ko', '더보기', 'link to another story'],
    ['zh', '阅读全文', 'link to another story'],
    ['zh', '推荐阅读', 'link to another story'],
    ['ja', 'コメント', 'reader comments heading or link'],
    ['ko', '댓글 3', 'reader comments heading or link'],
    ['zh', '评论(12)', 'reader comments heading or link'],
    ['ja', '写真：共同通信', 'picture caption or credit'],
    ['ko', '사진: 연합뉴스', 'picture caption or credit'],
    ['zh', '图片来源：新华社', 'picture caption or credit'],
    // Links back to the top, the home page or the portal, a portal's disclaimer.
    ['ja', 'ページの先頭へ', 'section label or navigation'],
    ['ko', '맨 위로', 'section label or navigation'],
    ['zh', '返回顶部', 'section label or navigation'],
    ['zh', '返回新闻首页', 'section label or navigation'],
    ['zh', '返回晨报，查看更多', 'section label or navigation'],
    ['zh', '平台声明：该文观点仅代表作者本人，本号系信息发布平台，仅提供信息存储空间服务。', 'opinion disclaimer'],
  ])('%s: removes "%s" as %s', (language, chrome, reason) => {
    const { paragraphs, cleaned } = withChromeBetween(pages[language], chrome);
    expect(removal(cleaned, chrome)).toMatchObject({ reason });
    expect(cleaned.body.split('\n\n')).toEqual(paragraphs);
  });
});

// The Yomiuri sets its save button ("clip this article") under the date line: it had opened the body.
describe('a Japanese save button under the date line', () => {
  const japanese = readFileSync(new URL('fixtures/japanese.txt', import.meta.url), 'utf8');
  it.each(['この記事をスクラップする', '記事を保存'])('removes "%s" and keeps every paragraph', (button) => {
    const cleaned = clean(japanese.replace('佐藤花子\n', `佐藤花子\n${button}\n`));
    expect(removal(cleaned, button)).toMatchObject({ reason: 'share buttons or reader tools' });
    expect(cleaned.body.split('\n\n')).toEqual(clean(japanese).body.split('\n\n'));
    expect(cleaned.body.split('\n\n')).toHaveLength(3);
  });
});

describe('a call to click a link or a picture, in other languages', () => {
  it.each([
    'Clique aqui e veja a lista completa dos aprovados no concurso',
    'Clique na imagem acima e veja como ficou a nova praça depois da reforma.',
    'Clique na foto da colunista e veja os textos que ela escreveu sobre o campeonato!',
    'Clique e saiba os horários dos ônibus durante o feriado. Conheça também as linhas que vão funcionar de madrugada.',
    'Haz clic aquí para ver la galería completa',
    'Cliquez ici pour lire notre dossier sur les élections',
    'Clicca qui per vedere tutte le foto della serata',
    'Klicken Sie hier, um weitere Nachrichten aus der Region zu lesen',
  ])('takes "%s" for a prompt', (text) => expect(isReadingPrompt(line(text))).toBe(true));

  it.each([
    'O clique do fotógrafo registrou o momento em que o prefeito chegou à praça.',
    'Clique aqui não funcionava no aplicativo antigo, reclamaram os usuários ouvidos pela reportagem.',
    'Klicken Sie nicht auf Links in E-Mails unbekannter Absender, rät die Polizei.',
  ])('leaves "%s" alone', (text) => expect(isReadingPrompt(line(text))).toBe(false));

  it('removes it between the paragraphs of a Portuguese page', () => {
    const prompt = 'Clique na imagem acima e veja como ficou a biblioteca depois da reforma.';
    const { paragraphs, cleaned } = withChromeBetween(page('pt-news.txt'), prompt);
    expect(removal(cleaned, prompt)).toMatchObject({ reason: 'newsletter or reading prompt' });
    expect(cleaned.body.split('\n\n')).toEqual(paragraphs);
  });
});

// An ad slot's label and a story link as Greek, Finnish, Hungarian, Danish, Norwegian, Croatian, Catalan, Latvian and
// Estonian sites set them: the Greek label and the Hungarian link had stayed between the paragraphs.
describe('an ad label and a story link in Greek, Finnish, Hungarian, Danish, Norwegian, Croatian, Catalan, Latvian and Estonian', () => {
  it.each(['Διαφήμιση', 'ΔΙΑΦΗΜΙΣΗ', 'Mainos', 'Hirdetés', 'HIRDETÉS', 'Annonce', 'Annonse', 'Oglas', 'Publicitat', 'Reklāma', 'Reklaam'])(
    'takes "%s" for an ad label',
    (text) => expect(isAdSlot(line(text))).toBe(true),
  );

  it.each(['Διαφήμιση και μάρκετινγκ στην εποχή της τεχνητής νοημοσύνης', 'Mainos on kallista', 'Oglas za posao objavljen je u petak.'])(
    'leaves "%s" alone',
    (text) => expect(isAdSlot(line(text))).toBe(false),
  );

  it.each(['Ezt is olvassa el: Drágul a villamos bérlete januártól', 'Ezt is olvassa el', 'Ezt is olvasd el: Lezárják a hidat hétvégén'])(
    'takes "%s" for a story link',
    (text) => expect(isStoryLink(line(text))).toBe(true),
  );

  it('removes "Διαφήμιση" between a Greek article\'s paragraphs', () => {
    const text = [
      'Ειδήσεις', 'Οικονομία', 'Αυξάνεται το εισιτήριο του λεωφορείου από τον Ιανουάριο', 'Δημοσιεύθηκε: 4 Δεκεμβρίου 2026, 09:10', '',
      'Το δημοτικό συμβούλιο ενέκρινε την Πέμπτη αύξηση της τιμής του εισιτηρίου στις αστικές συγκοινωνίες από 1,20 σε 1,40 ευρώ, με ισχύ από την 1η Ιανουαρίου.', '',
      'Διαφήμιση', '',
      'Σύμφωνα με τον δήμαρχο, η αύξηση είναι απαραίτητη για να καλυφθεί το κόστος των νέων ηλεκτρικών λεωφορείων που θα κυκλοφορήσουν την άνοιξη.', '',
      'Οι φοιτητές και οι συνταξιούχοι θα συνεχίσουν να ταξιδεύουν με μειωμένο εισιτήριο, όπως ανακοίνωσε η εταιρεία συγκοινωνιών.', '',
    ].join('\n');
    const cleaned = clean(text);
    expect(removal(cleaned, 'Διαφήμιση')).toMatchObject({ reason: 'advertisement label' });
    expect(cleaned.body.split('\n\n')).toHaveLength(3);
  });

  it('removes "Ezt is olvassa el: …" between a Hungarian article\'s paragraphs', () => {
    const link = 'Ezt is olvassa el: Drágul a villamos bérlete januártól';
    const { paragraphs, cleaned } = withChromeBetween(page('hu-news.txt'), link);
    expect(removal(cleaned, link)).toMatchObject({ reason: 'link to another story' });
    expect(cleaned.body.split('\n\n')).toEqual(paragraphs);
  });
});

// Catalan and Lithuanian date lines under the headline: Catalan's had been read as a table's rows with its update's line,
// Lithuanian's months were no month names, and neither story had a date.
describe('a date line in Catalan and Lithuanian', () => {
  const story = (lines: readonly string[]) =>
    clean([...lines, '', 'El ple municipal va aprovar dijous al vespre la construcció d\'una biblioteca nova al barri del port, que costarà 12 milions d\'euros.', '',
      'Les obres començaran a la primavera i la biblioteca hauria d\'obrir les portes a la tardor del 2028, segons el calendari previst.', ''].join('\n'));

  it('dates a Catalan story by "Publicat el … a les …", over its update\'s line', () => {
    const cleaned = story(['Notícies', 'L\'ajuntament construirà una biblioteca nova al port', 'Publicat el 4 de desembre de 2026 a les 09:40', 'Actualitzat el 4 de desembre de 2026 a les 13:05']);
    expect(cleaned.metadata.date).toBe('2026-12-04T09:40');
    expect(removal(cleaned, 'Publicat el 4 de desembre de 2026 a les 09:40')).toMatchObject({ reason: 'date line' });
    expect(removal(cleaned, 'Actualitzat el 4 de desembre de 2026 a les 13:05')).toMatchObject({ reason: 'date line' });
  });

  it('dates a Lithuanian story by "2026 m. gruodžio 4 d."', () => {
    const cleaned = story(['Naujienos', 'Miestas statys naują biblioteką uoste', '2026 m. gruodžio 4 d. 09:40']);
    expect(cleaned.metadata.date).toBe('2026-12-04T09:40');
    expect(removal(cleaned, '2026 m. gruodžio 4 d. 09:40')).toMatchObject({ reason: 'date line' });
  });
});

// Vietnamese, Hebrew, Persian and Hindi pages' chrome words between two paragraphs, which the line model had kept.
describe('a chrome line between the paragraphs of a Vietnamese, Hebrew, Persian or Hindi page', () => {
  it.each<[string, string, string]>([
    ['vi-news.txt', 'Chia sẻ', 'share or follow links'],
    ['vi-news.txt', 'Theo dõi chúng tôi trên Facebook', 'share or follow links'],
    ['vi-news.txt', 'Xem thêm', 'link to another story'],
    ['vi-news.txt', 'Tin liên quan', 'link to another story'],
    ['vi-news.txt', 'Bình luận', 'reader comments heading or link'],
    ['vi-news.txt', 'Quảng cáo', 'advertisement label'],
    ['vi-news.txt', 'Ảnh: Reuters', 'picture caption or credit'],
    ['he-news.txt', 'שתפו', 'share or follow links'],
    ['he-news.txt', 'תגובות', 'reader comments heading or link'],
    ['he-news.txt', 'פרסומת', 'advertisement label'],
    ['he-news.txt', 'צילום: רויטרס', 'picture caption or credit'],
    ['fa-news.txt', 'اشتراک گذاری', 'share or follow links'],
    ['hi-news.txt', 'शेयर करें', 'share or follow links'],
    ['hi-news.txt', 'टिप्पणियां', 'reader comments heading or link'],
  ])('%s: removes "%s" as %s', (name, chrome, reason) => {
    const { paragraphs, cleaned } = withChromeBetween(page(name), chrome);
    expect(removal(cleaned, chrome)).toMatchObject({ reason });
    expect(cleaned.body.split('\n\n')).toEqual(paragraphs);
  });
});

// A tester's pages: a dotted date spaced as Czech and Slovene pages write it, under a printed page's text as
// well as over it, and DPG Media's hyphenated date with a two-digit year (read in the Dutch page's order, day first).
describe('a date line in the forms Czech, Slovene and Dutch pages set', () => {
  it('dates a printed Czech page by the date line under its text and byline', () => {
    const text = [
      'Zprávy z kraje', 'Olomouc otevře novou plaveckou halu už v lednu',
      'Olomouc – Nová plavecká hala u zimního stadionu se otevře veřejnosti v polovině ledna, oznámila v pátek radnice.',
      'Hala má padesátimetrový bazén a dětské brouzdaliště. Stavba stála 620 milionů korun a trvala dva roky.',
      'Vstupné bude stejné jako v dosavadním krytém bazénu, který se po otevření nové haly zavře.',
      'Autor: Petr Svoboda', 'Publikováno: 4. 12. 2026, 10:05', 'Tagy', 'Olomouc', 'sport',
    ].join('\n');
    const cleaned = clean(text);
    expect(cleaned.metadata).toMatchObject({ byline: 'Petr Svoboda', date: '2026-12-04T10:05' });
    expect(removal(cleaned, 'Publikováno: 4. 12. 2026, 10:05')).toMatchObject({ kind: 'metadata', reason: 'date line' });
  });

  it.each([
    [
      'Slovene', 'Maribor, 04. 12. 2026 09:40 | Posodobljeno: 04. 12. 2026 11:15', '2026-12-04T09:40',
      ['Novice', 'Maribor dobi novo avtobusno postajo ob železniški', 'Avtor: Nina Kovač'],
      ['Nova avtobusna postaja ob železniški postaji v Mariboru bo odprta v ponedeljek, so sporočili z mestne občine.',
        'Na postaji bo ustavljalo šestnajst linij, ki zdaj odhajajo z različnih koncev mesta.',
        'Gradnja je trajala tri leta in stala več kot dvajset milijonov evrov, več od načrtovanega.'],
    ],
    [
      'Dutch', '04-12-26, 09:40', '2026-12-04T09:40',
      ['Nieuws', 'Groningen opent nieuw busstation bij het hoofdstation', 'Bram de Jong'],
      ['Het nieuwe busstation aan de zuidkant van het hoofdstation in Groningen gaat maandag open voor reizigers.',
        'Er stoppen straks zestien buslijnen, die nu nog op verschillende plekken rond het station vertrekken.',
        'De bouw duurde drie jaar en kostte ruim tachtig miljoen euro, meer dan eerder was begroot.'],
    ],
  ])('dates a %s article by "%s" under the byline', (_language, dated, date, header, paragraphs) => {
    const cleaned = clean([...header, dated, ...paragraphs].join('\n'));
    expect(cleaned.metadata.date).toBe(date);
    expect(cleaned.body.split('\n\n')).toEqual(paragraphs);
  });
});

// A tester's pages: a box of two links between the paragraphs, closed by a line repeating its label (BBC Swahili),
// and a Thai page's two paragraphs under one link (Khaosod), which had been read as three links, a box of other stories.
describe('links set between the paragraphs, then the article going on', () => {
  it("removes BBC Swahili's box of two links and its closing line, and keeps the paragraphs after it", () => {
    const paragraphs = [
      'Serikali ya Kenya imetangaza kuwa mabasi ya umeme yataanza kutoa huduma jijini Mombasa mwezi Machi mwakani.',
      'Waziri wa Uchukuzi amesema mabasi hamsini ya kwanza yamewasili bandarini na yatafanyiwa majaribio mwezi ujao.',
      'Nauli itakuwa sawa na ile ya mabasi ya kawaida, kwa mujibu wa mamlaka ya usafiri wa jiji.',
      'Wamiliki wa matatu wamesema wanahofia kupoteza wateja wao kwa mabasi hayo mapya.',
    ];
    const box = ['Unaweza pia kusoma', 'Tanzania yafungua kituo kipya cha reli Dodoma', 'Kwa nini bei ya umeme imepanda Kenya?', 'Mwisho wa Unaweza pia kusoma'];
    const text = ['Habari', 'Mombasa kupata mabasi ya umeme Machi', '5 Disemba 2026', ...paragraphs.slice(0, 2), ...box, ...paragraphs.slice(2)].join('\n');
    const cleaned = clean(text);
    expect(cleaned.body.split('\n\n')).toEqual(paragraphs);
    for (const line of box) expect(removal(cleaned, line), line).toMatchObject({ reason: 'link to another story' });
  });

  // Each paragraph has a headline's count of the segmenter's words, but over a headline's count of the line's (isThaiParagraph).
  it('keeps two Thai paragraphs under one link as the article going on', () => {
    const paragraphs = [
      'การรถไฟแห่งประเทศไทย เปิดเผยว่า จะเปิดให้บริการรถไฟทางคู่สายเหนือ ช่วงบ้านภาชี-ลพบุรี อย่างเป็นทางการในเดือนมีนาคมปีหน้า',
      'ผู้ว่าการรถไฟกล่าวว่า รถไฟทางคู่จะช่วยลดเวลาเดินทางจากกรุงเทพฯ ไปลพบุรีได้เกือบหนึ่งชั่วโมง และเพิ่มจำนวนขบวนได้อีกเท่าตัว',
      'ทั้งนี้ การรถไฟคาดว่าจะมีผู้โดยสารเพิ่มขึ้นราวร้อยละ 30 ภายในปีแรก',
      'ชาวบ้านในพื้นที่ส่วนใหญ่เห็นด้วยกับโครงการ แต่ขอให้การรถไฟสร้างทางลอดเพิ่มเติมในจุดที่ตัดผ่านชุมชน',
    ];
    const text = ['ข่าว', 'รถไฟทางคู่สายเหนือ ช่วงบ้านภาชี-ลพบุรี เปิดบริการมีนาคม', '5 ธ.ค. 2569 10:15 น.', ...paragraphs.slice(0, 2), 'อ่านข่าวที่เกี่ยวข้อง', 'รฟท. ยืนยันค่าโดยสารรถไฟชานเมืองไม่ขึ้นปีหน้า', ...paragraphs.slice(2)].join('\n');
    expect(clean(text).body.split('\n\n')).toEqual(paragraphs);
  });
});

// Nepali sites date their stories in the Bikram Sambat calendar (Onlinekhabar's "२०८३ मंसिर १९ गते ९:१४"), left
// unconverted (readDate: the calendar's month lengths are not settled), but a date line: it had been page text, and the
// author's name over it no byline.
describe('a Nepali date line in the Bikram Sambat calendar', () => {
  it('is removed as a date line, the article left undated, and the name over it is the byline', () => {
    const text = ['समाचार', 'अर्थ', 'धरानमा नयाँ खानेपानी आयोजना सुरु', 'सुमन राई', '२०८३ पुस ३ गते १०:२०', '',
      'धरान उपमहानगरपालिकाले शहरका पूर्वी वडाहरूमा नयाँ खानेपानी आयोजनाको काम बुधबारदेखि सुरु गरेको छ।', '',
      'आयोजना सम्पन्न भएपछि दश हजारभन्दा बढी घरधुरीले नियमित पानी पाउने उपमहानगरका प्रवक्ताले बताए।', ''].join('\n');
    const cleaned = clean(text);
    expect(cleaned.metadata).toMatchObject({ date: null, byline: 'सुमन राई', title: 'धरानमा नयाँ खानेपानी आयोजना सुरु' });
    expect(removal(cleaned, '२०८३ पुस ३ गते १०:२०')).toMatchObject({ kind: 'metadata', reason: 'date line (Bikram Sambat calendar: date left empty)' });
  });
});
