import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { guessStopwordLanguage, guessStopwordLanguageOfLists, isInitial, otherLanguage, stopwordListsOf } from '../../src/text/language-guess.js';
import { WORDS } from '../../src/text/line-words.js';
import { stemmerFor, stopwordSet } from '../../src/text/language.js';
import { wordLookup, wordRangeLookup } from '../../src/text/word-records.js';
import type { Word } from '../../src/types.js';
import { cleanWithWords, type CleanContext } from '../../src/clean/index.js';
import { emptyMetadata, normaliseText } from '../../src/ingest/index.js';

describe('guessStopwordLanguage', () => {
  it('tells languages apart by their function words', () => {
    expect(guessStopwordLanguage('The council said that it would review the plan in the spring.')?.language).toBe('eng');
    expect(guessStopwordLanguage('Der Stadtrat hat am Dienstag beschlossen, dass die Strecke gebaut wird.')?.language).toBe('deu');
    expect(guessStopwordLanguage('O conselho disse que o plano será revisto na primavera e que não há pressa.')?.language).toBe('por');
  });

  // The same news in Portuguese and in Galician: the Galician list has "é", "foi", "ser", "sobre",
  // "pode", the Portuguese one lacks them, so both pages hit the Galician list most.
  const portuguese =
    'O presidente do banco central disse que a economia é forte e que o país está a crescer, mas a inflação foi mais alta do que se esperava. ' +
    'Sobre o desemprego, o ministro afirmou que a taxa pode ser reduzida desde que o investimento público seja mantido ao longo do ano. ' +
    'A decisão foi tomada depois de uma reunião que durou mais de cinco horas, e o governo diz que está pronto para agir se for preciso.';
  const galician =
    'O presidente da Xunta dixo que a economía galega é forte e que o país está a medrar, pero a inflación foi máis alta do que se agardaba. ' +
    'Sobre o desemprego, o conselleiro afirmou que a taxa pode ser reducida sempre que o investimento público se manteña ao longo do ano. ' +
    'A decisión tomouse despois dunha reunión que durou máis de cinco horas, e o goberno di que está preparado para actuar se for preciso tamén.';

  it('gives a close call to the more widely spoken language, and a clear lead to the language that has it', () => {
    expect(guessStopwordLanguage(portuguese)?.language).toBe('por');
    expect(otherLanguage(portuguese, 'eng')).toBe('por');
    expect(guessStopwordLanguage(galician)?.language).toBe('glg');
  });

  // The same news in Slovak and in Czech (invented). The Slovak paragraph has 12 of the Slovak list's
  // words and 10 of the Czech list's: a close call, which had gone to Czech, the more widely spoken.
  const slovak =
    'Poslanci o návrhu diskutovali takmer šesť hodín. Opozícia tvrdila, že rozpočet je nereálny a mesto si bude musieť požičať ďalšie peniaze. ' +
    'Primátor však odmietol, že by to bolo potrebné.';
  const czech =
    'Zastupitelé o návrhu jednali téměř šest hodin. Opozice tvrdila, že rozpočet je nereálný a město si bude muset půjčit další peníze. ' +
    'Primátor však odmítl, že by to bylo potřeba.';

  it('tells Slovak from Czech: a text without the letters Czech writes in every sentence (ř, ě, ů) is not Czech', () => {
    for (const [text, language] of [[slovak, 'slk'], [czech, 'ces']] as const) {
      expect([guessStopwordLanguage(text)?.language, otherLanguage(text, 'eng')]).toEqual([language, language]);
    }
    // The word lists without the text say nothing of its letters: the close call goes to Czech.
    const lists = slovak.match(/\p{L}+/gu)!.map((word) => stopwordListsOf({ lower: word.toLowerCase() } as Word));
    expect(guessStopwordLanguageOfLists(lists)?.language).toBe('ces');
    expect(guessStopwordLanguageOfLists(lists, slovak)?.language).toBe('slk');
  });

  // The same news in Malay and in Indonesian (invented): their function words are mostly both lists', and the
  // Indonesian list (753 words) has more of them than Malay's own list of function words (language.ts OWN_LISTS).
  const malay =
    'Kerajaan negeri telah meluluskan bajet baharu untuk tahun hadapan. Menurut ketua menteri, peruntukan itu akan digunakan untuk membaiki jalan ' +
    'dan sekolah yang berada dalam keadaan buruk. Beliau berkata bahawa kerja pembaikan akan bermula selepas musim tengkujuh kerana hujan lebat ' +
    'sering merosakkan jalan di kawasan pedalaman.';
  const indonesian =
    'Pemerintah provinsi telah menyetujui anggaran baru untuk tahun depan. Menurut gubernur, dana itu akan digunakan untuk memperbaiki jalan ' +
    'dan sekolah yang berada dalam kondisi buruk. Dia mengatakan bahwa pekerjaan perbaikan akan dimulai setelah musim hujan karena hujan deras ' +
    'sering merusak jalan di daerah pedalaman.';

  it('tells Malay from Indonesian by the words each spells its own way (bahawa, kerana; bahwa, karena)', () => {
    for (const [text, language] of [[malay, 'msa'], [indonesian, 'ind']] as const) {
      expect([guessStopwordLanguage(text)?.language, otherLanguage(text, 'eng')]).toEqual([language, language]);
    }
    // Without either's own spellings the close call goes by the lists' counts: Indonesian's.
    expect(guessStopwordLanguage('Polis sedang menyiasat punca kemalangan yang melibatkan dua buah kereta dan sebuah lori itu.')?.language).toBe('ind');
  });

  it("reads the Slovak list's words as Slovak writes them (the package's were read from Windows-1250 as Latin-1)", () => {
    expect(guessStopwordLanguage('Keď sme prišli, čo nám povedal podľa toho, ktorý bol ďalší v rade, sa ukázalo.')?.language).toBe('slk');
  });

  it('names Welsh, which the stopword package has no list for', () => {
    const welsh =
      'Mae cyngor y sir wedi cymeradwyo cyllideb newydd ar gyfer y flwyddyn nesaf. Yn ôl yr arweinydd, bydd yr arian yn cael ei wario ar ffyrdd ac ysgolion.';
    expect(guessStopwordLanguage(welsh)?.language).toBe('cym');
    expect(otherLanguage(welsh, 'eng')).toBe('cym');
    expect(otherLanguage('The council said that it would review the plan in the spring, and a decision is expected in May.', 'eng')).toBeNull();
  });

  it('gives up on text without function words', () => {
    expect(guessStopwordLanguage('Home Sport Weather Login')).toBeNull();
    expect(guessStopwordLanguage('')).toBeNull();
  });
});

describe('otherLanguage', () => {
  it('names a language whose function words clearly lead the expected one\'s', () => {
    expect(otherLanguage('Der Stadtrat hat am Dienstag beschlossen, dass die Strecke gebaut wird.', 'eng')).toBe('deu');
    expect(otherLanguage('The council said that it would review the plan in the spring.', 'deu')).toBe('eng');
  });

  it('is null for text in the expected language, for a language without a list, and when no other list clearly leads', () => {
    expect(otherLanguage('The council said that it would review the plan in the spring.', 'eng')).toBeNull();
    expect(otherLanguage('Der Stadtrat hat am Dienstag beschlossen, dass die Strecke gebaut wird.', undefined)).toBeNull();
    // A racecard of names: a few function words, none of one language clearly.
    expect(otherLanguage('Friday Friend (2) Shailesh 59.5, Imperium (4) Srinath 57.5 and Earl Of Warwick (1) Narredu 57.', 'eng')).toBeNull();
  });

  it('is null for a headline or a line too short to tell: an article so read is no longer scored', () => {
    // "die" and "in" are German function words, "in" alone English: 2 against 1 had named it German.
    expect(otherLanguage('Two die in hotel fire', 'eng')).toBeNull();
    expect(otherLanguage('Markets rally as rates hold', 'eng')).toBeNull();
    // A sentence of German has function words enough (in lower case: the capitalised "Die" opening it is not counted).
    expect(otherLanguage('Die Regierung hat am Dienstag die Steuern für das nächste Jahr gesenkt, und der Minister ist zufrieden.', 'eng')).toBe('deu');
  });

  it('names a language of few function words when the run\'s language has almost none in a text of two sentences or more', () => {
    // Turkish builds with suffixes what English says with function words: three of the list's words in 31
    // and no English one, under the five a guess needed, and the article was scored with the English lexicons.
    const turkish = 'Türkiye İstatistik Kurumu, kasım ayında işsizlik oranının yüzde 8,6 seviyesine gerilediğini açıkladı. Genç nüfusta işsizlik oranı önceki aya göre düştü. Ekonomistler, işgücüne katılım oranının hâlâ düşük olduğunu ancak istihdamın güçlü seyrettiğini belirtti. Kurum, aralık verilerini şubat ayında yayımlayacak.';
    expect(otherLanguage(turkish, 'eng')).toBe('tur');
    // A short line in it is still too little to go on.
    expect(otherLanguage('Kurum, aralık verilerini şubat ayında yayımlayacak ancak göre.', 'eng')).toBeNull();
  });

  it('is null for an English table of tickers, abbreviations and names: only words written in lower case count', () => {
    // Exchange suffixes and column heads ("N", "O", "T", "W L T PF PA") are German or French function
    // words by their letters; "Jan", "Nov", "Bank" Malay ones. Such tables went unscored as German, French, Malay.
    const tickers = 'The following is a table of the index members ranked by their change this year. Companies Percentage Change Intel Corp ( INTC.O ) +28.40 Honeywell ( HON.N ) +24.95 Merck & Co ( MRK.N ) +19.02 Alcoa Inc ( AA.N ) +15.37 AT&T Inc ( T.N ) +12.81 Caterpillar Inc ( CAT.N ) +6.44 Boeing Co ( BA.N ) +3.09 Pfizer Inc ( PFE.N ) -2.75 Home Depot Inc ( HD.N ) -9.63 Walt Disney Co ( DIS.N ) -11.20 Citigroup Inc ( C.N ) -38.15';
    expect(otherLanguage(tickers, 'eng')).toBeNull();
    const standings = 'EAST W L T PF PA PCT 1. Boston 12 3 0 401 220 .800 2. Newark 7 8 0 300 310 .467 NORTH W L T PF PA PCT 1. Chicago 10 5 0 352 242 .667 2. Detroit 9 6 0 332 375 .600 SOUTH W L T PF PA PCT 1. Dallas 13 2 0 440 246 .867 WEST W L T PF PA PCT 1. Denver 6 9 0 298 390 .400';
    expect(otherLanguage(standings, 'eng')).toBeNull();
    const writedowns = 'Date Bank Amount Cause Period Jan 22 Bank of Avalon $5.3 bln mortgages 4th qtr Jan 15 Bank of Corin $4.1 bln consumer loans 4th qtr Nov 13 Bank of Delta $830 mln real estate Nov 13 Bank of Esker $2.6 bln mortgages Nov 9 Bank of Farrow $1.1 bln credit Nov 2 Bank of Gale $2.2 bln';
    expect(otherLanguage(writedowns, 'eng')).toBeNull();
    // A German page in capitals starting its sentences still reads as German.
    expect(otherLanguage('Die Regierung hat die Steuern für das nächste Jahr gesenkt. Der Minister sagte, dass die Pläne noch im Sommer vorgestellt werden.', 'eng')).toBe('deu');
  });

  it('names a text mostly in a script the run\'s language is not written in, however short: it is no English', () => {
    // Too few function words to tell by them: these had been scored with the English lexicons (a Hebrew brief 0, neutral).
    expect(otherLanguage('רכבת הקלה בירושלים החלה לפעול היום בקו החדש.', 'eng')).toBe('heb');
    expect(otherLanguage('Το δημοτικό συμβούλιο ενέκρινε χθες τον νέο ποδηλατόδρομο.', 'eng')).toBe('ell');
    expect(otherLanguage('시의회는 어제 새 자전거 도로 건설을 승인했다.', 'eng')).toBe('kor');
    expect(otherLanguage('Ереван: в центре города открыли новый парк.', 'eng')).toBe('rus');
    // Among a script's languages the function words choose when they can, else the most widely spoken one.
    expect(otherLanguage('Міська рада схвалила будівництво нової велодоріжки, і роботи почнуться влітку, як і обіцяли.', 'eng')).toBe('ukr');
    expect(otherLanguage('افتتح وزير الصحة مستشفى جديدا', 'eng')).toBe('ara');
    // A run in that script's language, and English with a few Greek or Cyrillic letters, stay as they were.
    expect(otherLanguage('Городской совет одобрил строительство новой велодорожки.', 'rus')).toBeNull();
    expect(otherLanguage('The particles measured 2.5 μm, and the β coefficient was 0.3 (Коэффициент in the Russian table).', 'eng')).toBeNull();
  });

  it('is null for text that reads as no language: links, handles, one word said again and again, letters, numbers', () => {
    // Each was named a language ("com", "de", "para", "que" are Portuguese function words); "unknown" is the right answer.
    const urls = ['https://example.com', 'https://example.com/a', 'https://example.com/b', 'https://example.com/c', 'https://example.com/d'];
    expect(otherLanguage(urls.join('\n'), 'eng')).toBeNull();
    expect(otherLanguage('www.example.com.br\nwww.exemplo.com.br/de/para\nwww.site.com/um\nwww.site.com/que\nwww.site.com', 'eng')).toBeNull();
    expect(otherLanguage('sales@example.com.br de@example.com info@para.com.br que@um.pt para@site.com', 'eng')).toBeNull();
    expect(otherLanguage('@de @la @que @com @para @um #de #la #que #com #para #um', 'eng')).toBeNull();
    expect(otherLanguage('de de de de de de', 'eng')).toBeNull();
    expect(otherLanguage(Array<string>(25).fill('ok').join(' '), 'eng')).toBeNull();
    expect(otherLanguage('link link link link link', 'eng')).toBeNull();
    expect(otherLanguage('a b c d e f g h i j k l m n o p', 'eng')).toBeNull();
    expect(otherLanguage('o e a o e a', 'eng')).toBeNull();
    // A results page: "d." (defeated) is French "d" by its letter.
    expect(otherLanguage(Array<string>(9).fill('Eastside d. Northfield 70-44').join('\n\n'), 'eng')).toBeNull();
    expect(otherLanguage('1 2 3 4 5 6 7 8 9 10\n2023 2024 2025\n12.5 13.7 99,1', 'eng')).toBeNull();
    expect(otherLanguage('die', 'eng')).toBeNull();
    // Text with links still reads as its language, now without the links' letters.
    expect(otherLanguage(`O conselho disse que o plano será revisto na primavera e que não há pressa. ${urls.join(' ')}`, 'eng')).toBe('por');
    expect(otherLanguage('רכבת הקלה בירושלים החלה לפעול היום https://www.example.com/the/council/said/that/it/would/review', 'eng')).toBe('heb');
  });

  it('names Chinese, Japanese, Thai, Lao, Burmese and Khmer, written without spaces between words, by their script', () => {
    expect(otherLanguage('上海地铁十八号线二期工程今天上午正式开通运营，全长约十四公里，共设八座车站。', 'eng')).toBe('zho');
    expect(otherLanguage('台北市政府今天宣布，將在年底前新增三百個公共自行車站點。', 'eng')).toBe('zho');
    expect(otherLanguage('気象庁は二十九日、東京都心で桜が開花したと発表した。平年より五日遅い。', 'eng')).toBe('jpn');
    expect(otherLanguage('กรุงเทพมหานครประกาศขยายเส้นทางรถไฟฟ้าสายใหม่ในปีหน้า', 'eng')).toBe('tha');
    expect(otherLanguage('ສະພານະຄອນໄດ້ອະນຸມັດແຜນທ່າເຮືອໃໝ່ໃນວັນຈັນ.', 'eng')).toBe('lao');
    expect(otherLanguage('မြို့တော်ကောင်စီသည် တနင်္လာနေ့တွင် ဆိပ်ကမ်းသစ်စီမံကိန်းကို အတည်ပြုခဲ့သည်။', 'eng')).toBe('mya');
    expect(otherLanguage('ក្រុមប្រឹក្សាក្រុងបានអនុម័តផែនការកំពង់ផែថ្មីកាលពីថ្ងៃច័ន្ទ។', 'eng')).toBe('khm');
    expect(otherLanguage('ក្រុមប្រឹក្សាក្រុងបានអនុម័តផែនការកំពង់ផែថ្មីកាលពីថ្ងៃច័ន្ទ។', 'khm')).toBeNull();
    expect(otherLanguage('気象庁は二十九日、東京都心で桜が開花したと発表した。', 'jpn')).toBeNull();
    // Ideographs past U+FFFF are Han, counted by code point (two UTF-16 units each).
    expect(otherLanguage('𠀋𡈽𠀋𡈽𠀋𡈽𠀋𡈽𠀋𡈽𠀋𡈽, 𠀋𡈽𠀋𡈽 Tokyo 2024', 'eng')).toBe('zho');
    // An English text quoting a name in Chinese characters is English.
    expect(otherLanguage('President Xi Jinping (习近平) said on Monday that the two countries would deepen their trade ties.', 'eng')).toBeNull();
  });
});

describe('otherLanguage with the cleaner\'s words of a body', () => {
  const options = { stopwords: stopwordSet('en'), stem: stemmerFor('en') };
  const context: CleanContext = { boilerplatePatterns: [], articlesWithLine: () => 1, repeatedLineMinArticles: 3, ...options };
  const clean = (lines: readonly string[]) => cleanWithWords({ id: 'x', sourceFile: 'x.txt', text: normaliseText(lines.join('\n')), encoding: 'utf-8', givenMetadata: emptyMetadata(), warnings: [] }, context);
  const word = fc.constantFrom('the', 'said', 'that', 'council', 'der', 'die', 'und', 'dass', 'Stadtrat', 'que', 'não', 'foi', 'é', 'O', "it's", 'well-known', 'U.S.', '3.5', 'Straße', 'ÉTÉ', '北京', 'x\u0301y', 'https://x.pt/de/que', 'www.um.com', '@para', '#que');
  const line = fc.oneof(
    fc.array(word, { minLength: 1, maxLength: 40 }).map((words) => `${words.join(' ')}.`),
    fc.string({ unit: 'grapheme', maxLength: 80 }),
  );
  const expectations = ['eng', 'deu', 'por', 'glg'];

  it('gives what scanning the body gives, for pages the cleaner cleans', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.constantFrom(...expectations), (lines, expected) => {
        const { article, bodyWords } = clean(lines);
        expect(otherLanguage(article.body, expected, bodyWords)).toBe(otherLanguage(article.body, expected));
      }),
      { numRuns: 500 },
    );
  });

  it('gives what scanning the body gives past the 5,000 words sampled, a line the cleaner read in part and a body past the sample\'s characters', () => {
    const german = 'Der Stadtrat hat am Dienstag beschlossen, dass die Strecke gebaut wird und dass sie bald fertig ist.';
    const english = 'The council said that it would review the plan in the spring and that it would be ready soon.';
    const pages = [
      // 6,000 German words, then English ones: the sample ends in the German part.
      [...Array<string>(400).fill(german), ...Array<string>(400).fill(english)],
      // A line of about 20,000 characters: the cleaner reads its first 16,384.
      [english, Array<string>(210).fill(german).join(' ')],
      // A body of more than 100,000 characters: the sample is its start.
      Array<string>(1100).fill(`${german} ${english}`),
    ];
    for (const lines of pages) {
      const { article, bodyWords } = clean(lines);
      for (const expected of expectations) expect(otherLanguage(article.body, expected, bodyWords)).toBe(otherLanguage(article.body, expected));
    }
  });

  it('reads the records it is given for the words of the body', () => {
    const body = 'The council said that it would review the plan.';
    const wordAt = wordRangeLookup(options);
    const german = 'der die und dass sie ist hat am nicht';
    const words = [...german.matchAll(/\S+/g)].map((match) => wordAt(german, match.index, match.index + match[0].length));
    // The body's one paragraph, as if the cleaner had found these German words in it.
    expect(otherLanguage(body, 'eng', [{ words, spans: [], joined: [], scanned: body.length }])).toBe('deu');
    expect(otherLanguage(body, 'eng')).toBeNull();
  });
});

describe('stopword lists from word records', () => {
  const options = { stopwords: stopwordSet('en'), stem: stemmerFor('en') };
  const wordOf = wordLookup(options);
  const word = fc.oneof(
    fc.constantFrom('The', 'the', 'DER', 'und', 'que', 'não', 'won’t', "isn't", 'council', 'Straße', 'Москва', 'и', '1,000', 'é', 'A.', 'd.'),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }),
  );
  const text = fc.array(word, { maxLength: 60 }).map((words) => words.join(' '));

  it('guess the language and count stopwords as the string lookups do', () => {
    fc.assert(
      fc.property(text, (page) => {
        // Initials left out ("A. "), as the cleaner leaves them out of the lists it passes (clean/scored-lines.ts).
        const words = [...page.matchAll(WORDS)].filter((match) => !isInitial(match[0], page, match.index + match[0].length)).map((match) => match[0]);
        const records = words.map(wordOf);
        const guess = guessStopwordLanguage(page);
        // With the page's text, as the cleaner passes it: the spellings of two standards (Indonesian, Malay) may decide.
        expect(guessStopwordLanguageOfLists(records.map(stopwordListsOf), page)).toEqual(guess);
        if (guess) {
          const listed = records.filter((record) => stopwordListsOf(record)?.includes(guess.list)).length;
          expect(listed).toBe(words.filter((w) => guess.stopwords.has(w.toLowerCase())).length);
        }
      }),
      { numRuns: 300 },
    );
  });
});
