// Language resources: stopword lists (package `stopword`) and stemmers (natural's Porter family).
// natural is loaded by module path, never through its index: the index loads dotenv, which reads
// ./.env and prints to stdout, and pulls in database clients.
import { createRequire } from 'node:module';
import type { PipelineConfig } from '../config.js';
import { InstallationError } from '../installation-error.js';
import { LONGEST_WORD } from './word-chars.js';
import { byCodeUnits } from '../order.js';

const require = createRequire(import.meta.url);

/**
 * Lists of function words for the languages whose `stopword` list is broken or missing, by ISO 639-3
 * name: they stand in for the package's (stopwordLists), for the terms and the language guess alike.
 * - Urdu: the package's list (as spaCy's, from one source) is written in a wrong letter mapping, `ب`
 *   for `ا`, `ض` for `س`, `ٌ` and `ً` for `ن` (`اضتعوبل` for `استعمال`): `میں`, `نے`, `کو`, `سے` were an
 *   Urdu article's top terms, while its garbled words stopped real ones (`خبر` "news", `لوگ` "people",
 *   `علاقہ` "area"). Function words only, each in urduhack's list (github.com/urduhack/urdu-stopwords,
 *   MIT), and `گے`, the plural of its `گا` and `گی`; not its months, numbers, greetings and nouns.
 * - Slovak: the package's list was read from Windows-1250 as Latin-1 (`keï`, `èo`, `mòa` for `keď`,
 *   `čo`, `mňa`) and lacks `je`, `sú`, `bol`, `ktorá`, `podľa`: the Czech list covered more of a Slovak
 *   page than it did, and Slovak pages were read as Czech (their `sa`, `sme` terms). Its words decoded,
 *   and the function words of Sonic's Slovak list (src/stopwords/slk.rs) news uses.
 * - Welsh: the package has no list, and `yn`, `ar`, `ei`, `y` were a Welsh article's top terms. Function
 *   words only, each in Bangor University's list (github.com/techiaith/ataleiriau, cy_ataleiriau_stopwords.txt),
 *   with its clitics `'r`, `'n` and those of `ei`, `'i`, `'w`, which the tokenizer splits off (CLITICS);
 *   not its English words ("the", "in", "is") nor content words (`ardal` "area", `plentyn` "child"). And the
 *   function words it lacks of a Welsh grammar's classes (from memory of King's Modern Welsh: no grammar or list was
 *   at hand to check against): prepositions (`cyn` "before", `dan`, `efo`, `ger`, `rhag`, `ymhlith`,
 *   `ynghylch`, `gyfer` of `ar gyfer` "for"), conjunctions (`tra` "while", `nes` "until", `pe` "if", `oni`, `taw`),
 *   pronouns (`hwy`, `yntau`, `hun`, `pawb`, `neb`, `pwy`), forms of `bod` (`ydyn`, `doedd`, `roedden`, `bu`,
 *   `byddant`), the auxiliaries `gwneud` and `gallu`, and adverbs (`byth`, `erioed`, `bron`, `rhy`, `llai`); not
 *   the reporting verbs `dywedodd`, `meddai` "said", as the Spanish, French and Chinese news words leave theirs out,
 *   nor `lle` "where", also "place".
 * - Lao and Khmer: the package has no list, and their function words were a Lao and a Khmer article's top terms
 *   ("ຈະ" "will", "ໃນ" "in"; "និង" "and", "បាន" past, "ដែល" "which"). Function words only: the Lao ones each in
 *   LaoNLP's list (laonlp/corpus/stopwords_lao.txt; with the spellings "ຫຼື" and "ສຳລັບ" of its "ຫລື" and "ສໍາລັບ"),
 *   the Khmer ones each in Sonic's (src/stopwords/khm.rs), both lists of the most frequent words, content words
 *   among them ("ເປີດ" "open"; "កម្ពុជា" "Cambodia"), which are left out. Here, not among the news words
 *   (NEWS_STOPWORDS): `stopwords.newsWords: false` would leave these languages no stopwords at all.
 * - Malay: the package's list is of a Malay news corpus's most frequent words, content words among them (`kerajaan`
 *   "government", `menteri` "minister", `pasukan` "team", `syarikat` "company", `malaysia`, `ringgit`, months and
 *   names), which were no terms of a Malay article. Its function words, with those of Malaya's grammar classes
 *   (github.com/huseinzol05/Malaya: kata sendi, kata hubung, kata ganti nama, kata tanya, kata penguat) it lacks,
 *   and `namun` ("however", the Indonesian list's too).
 * - Indonesian: the package's list (Tala's, of an Indonesian corpus's most frequent words) holds content words among its
 *   function words: nouns (`tahun` "year", `kasus` "case", `masalah` "problem", `waktu` "time", `tempat` "place"),
 *   adjectives (`besar` "big", `baru` "new", `penting` "important", `umum` "general", as in `pemilihan umum`), numbers
 *   (`satu`, `tiga`, `pertama`) and content verbs (`bekerja` "work", `naik` "rise", `berlangsung` "take place",
 *   `menggunakan` "use", `ditunjuk` "appointed"), which were no terms of an Indonesian article. Its list without them
 *   (INDONESIAN_CONTENT_WORDS); kept: its pronouns, prepositions, conjunctions, question words, quantifiers, adverbs,
 *   particles, reporting verbs (`mengatakan`, `ujarnya`, as English's "says", "told") and light verbs (`membuat`,
 *   `melakukan`, `menjadi`, `memberikan`, as English's "make", "do"). With the function words it lacks that Malay's list
 *   has (`beliau`, `engkau`, `kau`, `situ`, `kecuali`), the news prepositions `terkait` "regarding", `jelang` "ahead
 *   of", `pasca` "after", `kendati`, `lantaran`, `seraya`, `dimana`, the article `sang`, and the shorthands of blogs
 *   and comments (`yg`, `dgn`, `utk`, `tsb`, `dll`, `dsb`).
 * - Japanese: the package's list (109 words of Slothlib's: particles, auxiliaries, a few adverbs) lacks the adverbs of
 *   every news story (`まだ` "still", `すでに` "already", `ほぼ` "almost", `まず` "first", `よく` "often") and the compound
 *   particles the segmenter gives as one word (`をめぐって` "over", `にかけて` "through", `にとって` "for"), which were top
 *   terms of invented stories. With the function words of spaCy's Japanese list (spacy/lang/ja/stop_words.py, the
 *   hiragana words among a Wikipedia dump's 2000 most frequent) it lacks, not its nouns (`きっかけ`, `はじめ`, `ひと`) nor
 *   `いい` "good"; and adverbs and compound particles of a Japanese grammar's classes (from memory: no list at hand
 *   to check against) that spaCy's lacks too, each one word to ICU's dictionary.
 */
const PACKAGE_LISTS = require('stopword') as Record<string, unknown>;

/** The Indonesian list's content words, left out of it (OWN_LISTS `ind`; docs/design.md). */
const INDONESIAN_CONTENT_WORDS: ReadonlySet<string> = new Set(
  `akhir akhiri awal bagian baru bekerja berakhir berakhirlah berakhirnya berawal bermula berdatangan berlalu berlangsung berlainan berlebihan bersiap bersiap-siap besar biasa bulan didatangkan diakhiri diakhirinya digunakan dipergunakan gunakan menggunakan mempergunakan diingat diingatkan ingat ingat-ingat mengingatkan teringat teringat-ingat dikerjakan mengerjakan dilalui dilihat melihat melihatnya dimulai dimulailah dimulainya memulai dini memastikan diperlihatkan memperlihatkan dipersoalkan mempersoalkan dipertanyakan mempertanyakan pertanyakan ditunjuk ditunjuknya ditunjuki menunjuk menunjuki menunjuknya tunjuk empat jawaban jumlah jumlahnya kasus keadaan keinginan kecil kelima lama lamanya lima masa masalah masalahnya menaiki naik menanti menanti-nanti menantikan mendatang mendatangi mendatangkan memihak mempersiapkan menyiapkan menyeluruh mengakhiri mirip panjang pantas penting pentingnya percuma persoalan pertama pertanyaan rasa rata satu sepihak serupa setempat siap tahun tempat terakhir tiba tiga tinggi umum waktu waktunya`.split(' '),
);

const OWN_LISTS: Readonly<Record<string, readonly string[]>> = {
  urd: `میں نے کو کی کے کا سے پر تک بھی اور یا کہ جو جس جن جب جبکہ تو ہی ہے ہیں تھا تھی تھے تھیں ہو ہوا ہوئی ہوئے ہوں ہونا ہونے ہوتا ہوتی ہوتے گا گی گے گیا گئی گئے یہ وہ یہی وہی اس ان اسی انہی اسے انہیں انہوں اپنا اپنی اپنے ہم ہمارا ہماری ہمارے ہمیں آپ تم میرا میری میرے مجھے کوئی کسی کچھ سب ہر کیا کر کرنا کرنے کرتا کرتی کرتے کریں کرے کیے کئے دیا دی دیے دیتا دیتی دیتے رہا رہی رہے لیے لئے لیکن مگر بلکہ اگر اگرچہ کیونکہ چونکہ تاکہ تاہم البتہ نہ نہیں نیز ساتھ بعد قبل پہلے پھر اب ابھی یہاں وہاں جہاں کہاں کب کیوں کیسے کون والا والی والے ذریعے مطابق درمیان بارے بغیر سکتا سکتے چکی چکے جا جاتا جاتی جاتے جائے جائیں ایک ایسا ایسی ایسے صرف`.split(' '),
  slk: `a aby aj ak ako aký aká aké akého akej akom akú akých ale alebo ani asi avšak až ba bez bol bola boli bolo bude budem budeme budete budú buď by byť cez či čo čí do ďalší ďalšia ďalšie ďalších ešte ho hoci i iba ich im iné iný iných ja je jeho jej jemu ju k kam každý každá každé kde keď keďže kto ktorá ktoré ktorej ktorí ktorou ktorú ktorý ktorých ktorým ktorými ku lebo len ma majú mal mala mali má mať medzi mi mne mnou mňa môj môže môžu mu my na nad nami naša naše náš nás nám než nech neho nej nemu nich nie nielen nim nimi ním no o od on ona oni ono ony po pod podľa pokiaľ potom pre pred preto pretože pri s sa seba sebe si sme so som ste sú svoj svoja svoje svojho tá tak taký takže tam teba tebe tebou teda tej tejto ten tento ti tie tieto tiež to toho tohto tom tomu toto tou tu tvoj ty tým tých u už v vami vám vás váš veď viac vo však všetko všetci všetky vy z za zo že ňom ňou ňu`.split(' '),
  cym: `a ac ag â am ar at gan gyda gydag heb i o dros drwy trwy tros rhwng tan tua tuag hyd ers wrth mewn fewn oddi yn yng ym y yr ei eu ein eich fy dy iddo iddi iddynt mae maen maent oedd roedd roeddwn bod fod mod bydd fydd byddai fyddai bydden byddwn wedi yw ydy ydych ydym rwy rwyf rydw rydym rydych dwi sydd sy mai nad na nag ni nid dim ddim neu ond fel felly er os pan eto hefyd hyn hynny hwn hon yma yna yno dyma dyna fe fo hi ef nhw chi mi fi ti rhai pob bob holl un arall eraill gilydd ychydig llawer lawer eisoes iawn mwy mwyaf rhaid gall gallai dylai ddylai cael gael chael oes sef rhywbeth unrhyw pa pam beth ble sut pryd wedyn erbyn oherwydd nawr ôl cyn dan efo hefo ger heblaw ynghylch ynglŷn ymhlith ymysg rhag megis gyfer allan tra nes pe oni onid naill chwaith ynteu taw hwy yntau hithau hun hunan hunain ydyn ydynt ydi dyw dydy doedd oedden roedden oeddent roeddent bu fu buodd fuodd byddant byddan fyddant gwneud wneud gwnaeth wnaeth allai gallu dylid byth erioed bron llai rhy mwyach rŵan pawb popeth neb rhywun pwy faint sawl 'r 'n 'i 'w`.split(' '),
  lao: `ໄດ້ ໃຫ້ ໃນ ໂດຍ ແຫ່ງ ແລ້ວ ແລະ ແຕ່ ເອງ ເລີຍ ເຮົາ ເພື່ອ ເພາະ ເປັນ ເນື່ອງຈາກ ເຊັ່ນ ເຄີຍ ເຂົາ ອີກ ອາດ ຢ່າງ ຢູ່ ຫາກ ຫລື ຫຼື ສໍາລັບ ສຳລັບ ວ່າ ລະຫວ່າງ ຍັງ ນີ້ ນັ້ນ ນອກຈາກ ທີ່ ບາງ ທັງ ຖ້າ ຖືກ ຕໍ່ ຕາມ ຕັ້ງແຕ່ ເຊິ່ງ ຈຶ່ງ ຈາກ ຈະ ຄື ຂອງ ກໍ ກັບ ກັນ ກວ່າ ບັນດາ ບໍ່`.split(' '),
  khm: `នេះ នោះ ខ្ញុំ អ្នក គាត់ នាង យើង ពួកគេ គេ វា បាន នៅ និង ដែល ជា គឺ គឺជា ថា ក្នុង របស់ ពី នឹង ឲ្យ មិន តែ ត្រូវ ដោយ ហើយ អាច ក៏ លើ នៃ ដើម្បី តាម ទេ ដល់ ដែរ ខ្លួន សម្រាប់ ទៀត ទាំង បើ ដ៏ ផង ជាមួយ គ្នា កំពុង យ៉ាង ជាង នូវ កាលពី ណា ចំពោះ ដូច ដូចជា ខណៈ វិញ តើ ព្រោះ ប៉ុន្តែ ឡើយ ណាស់ ខ្លះ ទើប ដូច្នេះ បន្ទាប់ពី ដោយសារ អំពី`.split(' '),
  msa: `ada adalah agak agar akan aku amat anda antara apa apabila atas atau awak bagaimana bagaimanapun bagi baginda bahawa banyak bawah beberapa beliau belum berapa berkata berkenaan bersama bila boleh bukan dalam dan dapat dari daripada demikian dengan di dia engkau hanya hingga ia iaitu ialah ini itu jika jikalau juga kalian kami kamu kata katanya kau ke kecuali kenapa kepada kerana ketika kini kira-kira kita lagi lain lalu lebih mana manakala masih masing-masing melalui mempunyai mengapa mengenai menurut mereka merupakan mungkin namun oleh pada paling para pula sahaja sama sambil sana sangat saya sebagai sebanyak sebelum sebelumnya sebuah secara sedang sehingga sejak sekarang selain selama selepas semasa semenjak sementara semua semula sendiri seorang sepanjang seperti serta setiap siapa sini situ sudah sungguh sungguhpun supaya tanpa telah tentang terdapat terhadap terlalu termasuk tersebut terus tetapi tiada tidak turut untuk walaupun yang`.split(' '),
  // The package's Burmese list (Sonic's) is of pronouns and phrases ("နှင့်အတူ", "ကျွန်တော်တို့၏"), while the segmenter
  // splits a clause's particles off its words, and `ကို`, `သည်`, `များ`, `တွင်` were a Burmese article's top terms.
  // With the post-positional markers, particles and conjunctions of the myPOS corpus's tag set (github.com/ye-kyaw-thu/myPOS:
  // `ppm` သည် က ကို အား သို့ မှာ တွင်, `part` များ ခဲ့ သင့် နိုင် ရေး မှု, `conj` နှင့် သို့မဟုတ်, its examples) and others of those
  // classes as its segmented sentences have them (၏ ဖြင့် မှ ၍ တို့ သော သည့် ရန် ဟု ပြီး ခြင်း ကြောင်း); not its nouns and verbs.
  // Here, not among the news words (NEWS_STOPWORDS): with `stopwords.newsWords: false` the particles would be terms again,
  // and they end the rows of syllables the tokenizer joins (tokenize.ts isLoneBurmeseSyllable).
  mya: [
    ...(PACKAGE_LISTS.mya as string[]),
    ...`သည် က ကို အား သို့ မှာ တွင် ၌ မှ ဖြင့် နှင့် နဲ့ ၏ ရဲ့ အတွက် တို့ များ တွေ ခဲ့ မည် မယ် နိုင် သင့် ကြ ပြီ ပြီး သော သည့် တဲ့ ရန် ၍ ဟု လည်း ပါ ကြောင်း လျှင် ထို့ကြောင့် သို့မဟုတ် သို့သော် မှု ရေး ချက် ခြင်း ဖြစ် ဖြစ်သည်`.split(' '),
  ],
  jpn: [
    ...(PACKAGE_LISTS.jpn as string[]),
    ...`あまり あるいは いずれ すぐ すべて かなり もう よく ほぼ まま のち だけ らしい べき ごと ぶり くん ちゃん しまう`.split(' '),
    ...`まだ すでに まず なぜ なぜか ずっと ようやく やはり やっと もちろん およそ ちょうど とても もっと そのまま いわゆる にかけて をめぐって をめぐる にとって にわたって にわたり`.split(' '),
  ],
  ind: [
    ...(PACKAGE_LISTS.ind as string[]).filter((word) => !INDONESIAN_CONTENT_WORDS.has(word)),
    ...`beliau engkau kau situ kecuali terkait jelang pasca kendati lantaran seraya dimana sang yg dgn utk tsb dll dsb`.split(' '),
  ],
};

/**
 * The `stopword` package's exports (CommonJS, every language's list in one 240 KB file) with OWN_LISTS in, loaded
 * with require: an ESM import of it first has Node scan its source for export names, which took
 * each thread about 50 ms of CPU on top of the 20 ms of the load itself (docs/scale-history.md, start-up).
 * Names in code-unit order, as the ESM namespace listed them: the language guess numbers the lists so
 * (language-guess.ts). Each list's words in Unicode's composed form (NFC), as the text is read
 * (ingest/normalise.ts): 42 of the Burmese list's 275 words write the dot below after the asat
 * (`နှင့်`, "and"), which NFC puts before it: as the package writes them they match no word of a page.
 */
export const stopwordLists: Readonly<Record<string, unknown>> = Object.fromEntries(
  Object.entries({ ...PACKAGE_LISTS, ...OWN_LISTS })
    .sort(([a], [b]) => byCodeUnits(a, b))
    .map(([name, list]) => [name, Array.isArray(list) ? list.map((word: string) => word.normalize('NFC')) : list]),
);

interface Stemmer {
  stem(word: string): string;
}

// ISO 639-1 -> the ISO 639-3 names `stopword` exports its lists under (and OWN_LISTS').
const STOPWORD_LISTS: Record<string, string> = {
  af: 'afr', ar: 'ara', bg: 'bul', bn: 'ben', br: 'bre', ca: 'cat', cs: 'ces', cy: 'cym', da: 'dan', de: 'deu', el: 'ell',
  en: 'eng', eo: 'epo', es: 'spa', et: 'est', eu: 'eus', fa: 'fas', fi: 'fin', fr: 'fra', ga: 'gle', gl: 'glg',
  gu: 'guj', ha: 'hau', he: 'heb', hi: 'hin', hr: 'hrv', hu: 'hun', hy: 'hye', id: 'ind', it: 'ita', ja: 'jpn',
  km: 'khm', ko: 'kor', ku: 'kur', la: 'lat', lo: 'lao', lt: 'lit', lv: 'lav', mr: 'mar', ms: 'msa', my: 'mya', nb: 'nob', nl: 'nld',
  no: 'nob', pl: 'pol', pt: 'por', ro: 'ron', ru: 'rus', sk: 'slk', sl: 'slv', so: 'som', st: 'sot', sv: 'swe',
  sw: 'swa', th: 'tha', tl: 'tgl', tr: 'tur', uk: 'ukr', ur: 'urd', vi: 'vie', yo: 'yor', zh: 'zho', zu: 'zul',
};

const STEMMERS: Record<string, string> = {
  en: 'porter_stemmer', de: 'porter_stemmer_de', es: 'porter_stemmer_es', fa: 'porter_stemmer_fa',
  fr: 'porter_stemmer_fr', it: 'porter_stemmer_it', nl: 'porter_stemmer_nl', no: 'porter_stemmer_no',
  nb: 'porter_stemmer_no', pt: 'porter_stemmer_pt', ru: 'porter_stemmer_ru', sv: 'porter_stemmer_sv',
};

/**
 * A warning for a language with neither a stopword list nor a stemmer here: a typo ("ge" for "de")
 * silently left every stopword in the term lists. Null for the languages this knows.
 */
export function languageWarning(language: string): string | null {
  if (STOPWORD_LISTS[language] || NEWS_STOPWORDS[language] || STEMMERS[language]) return null;
  return `"language": "${language}" has no stopword list or stemmer here, so only stopwords.extra are left out and words are not stemmed (languages with a list: ${Object.keys({ ...STOPWORD_LISTS, ...NEWS_STOPWORDS }).join(', ')})`;
}

/** The ISO 639-3 name of the language's `stopword` list, or undefined when it has none. */
export const stopwordListName = (language: string): string | undefined => STOPWORD_LISTS[language];

/** The ISO 639-1 code of a `stopword` list's language (its ISO 639-3 name): `nob` is `nb`. */
export const languageOfList = (listName: string): string =>
  Object.keys(STOPWORD_LISTS).find((code) => STOPWORD_LISTS[code] === listName) ?? listName;

/** Languages written without spaces between words (ISO 639-1), each with a word dictionary in ICU (segmenterFor). */
const UNSPACED_LANGUAGES: ReadonlySet<string> = new Set(['ja', 'zh', 'th', 'lo', 'my', 'km']);

/**
 * An article's warning when its function words are another language's (`listName`, ISO 639-3) than
 * the run's: a German article in an English run would have "die" and "Das" as its top terms and a
 * sentiment of -0.65 from the English verb "die", with nothing to say why. Its terms leave out
 * that language's stopwords (tasks.ts). `scored`: whether its sentiment was scored all the same
 * (analyze/sentiment-lexicon.ts scoresSentiment).
 */
export function otherLanguageWarning(listName: string, language: string, scored: boolean): string {
  const code = languageOfList(listName);
  const sentiment =
    code === 'en' ? '' : scored ? ', and its sentiment (English lexicons) means nothing for it' : ', and its sentiment is not scored (the lexicons are English; sentiment.otherLanguages)';
  // Chinese, Japanese, Thai, Lao, Burmese and Khmer put no spaces between words: the segmenter's dictionary finds them (segmenterFor).
  const terms = UNSPACED_LANGUAGES.has(code)
    ? `it is written without spaces between words, which are found with ICU's word dictionary (Intl.Segmenter) for its terms, keyphrases and word count, counted with that language's stopwords`
    : STEMMERS[code] || OWN_STEMMERS[code]
      ? "its terms and keyphrases are counted with that language's stopwords and stemmer"
      : "its terms and keyphrases are counted with that language's stopwords (it has no stemmer here: words as written, lowercased)";
  return `the text reads as language "${code}", not "${language}" (the "language" setting): ${terms}${sentiment}`;
}

/**
 * A run's warning for a language other than English: its stopwords and stems follow the setting,
 * but the sentiment lexicons and the part-of-speech lexicon keyphrases use are English: a German run
 * would label every sentence of a German article negative (-0.65, from "die").
 */
export function englishOnlyWarning(language: string, otherLanguages: 'skip' | 'score'): string | null {
  if (language === 'en') return null;
  const sentiment =
    otherLanguages === 'skip'
      ? `sentiment is scored only for articles whose text reads as English (the lexicons are English; the others' sentiment is left empty, "sentiment.otherLanguages": "score" scores them all)`
      : `sentiment is scored with English lexicons ("sentiment.otherLanguages": "score"; its scores and labels mean nothing for text in "${language}")`;
  return `"language": "${language}" sets the stopwords and stems only: ${sentiment}, and keyphrases read words with an English part-of-speech lexicon`;
}

/**
 * Words of English news that are no terms and that the `stopword` list lacks: pronouns and negators
 * ("its", "she", "not"), reporting verbs ("says", "told"), titles before names ("Mr", "Dr", "Gen") and
 * contractions, every one of a pronoun or auxiliary ("They'd" as a first keyphrase, "doesn't" as a term). Here, not in
 * a config's `stopwords.extra`, which a config of one's own would replace. Also the
 * function words the list lacks ("when", "why", "whose", "whether", "although", "every"), which were
 * top terms of a run of 15 pages; not "may", a month and a name (MODALS). And the pronouns it lacks
 * ("us", "everyone", "something", "itself"): "Everyone" was a blog post's first keyphrase and top term,
 * "us" a transcript's. "US", the country, stays a term: a stopword in capitals inside a sentence is an
 * acronym (acronyms.ts markAcronyms).
 */
export const NEWS_STOPWORDS: Readonly<Record<string, readonly string[]>> = {
  en: `not no nor its it's she her hers will says say told also just when why whom whose whether although though until upon either neither yet every ever shall mr mrs ms dr prof gen sen rep gov i'm don't didn't won't can't isn't wasn't aren't weren't he's she's that's there's they're we're you're i've we've they've i'd you'd he'd she'd it'd we'd they'd that'd there'd who'd what'd i'll you'll he'll she'll it'll we'll they'll that'll there'll who'll what'll you've who're who've who's what's here's where's how's let's doesn't hasn't haven't hadn't couldn't wouldn't shouldn't mustn't needn't shan't ain't us everyone everybody everything someone somebody something anyone anybody anything nobody nothing myself yourself herself itself ourselves yourselves themselves whoever whatever`.split(' '),
  // The `stopword` package's Spanish list has 59 words: no demonstratives ("este", "esta"), no form
  // of ser, estar or haber ("es", "fue", "ha"); "aprobado este martes" was a keyphrase. Function words only, each
  // from the Snowball Spanish stop list (snowballstem.org/algorithms/spanish/stop.txt: demonstratives,
  // pronouns, possessives, the common forms of estar, haber, ser and tener) or spaCy's
  // (spacy/lang/es/stop_words.py: "aquel", "ser", "sido", "siendo", "según", "sino", "aunque",
  // "mientras", "además", "así", "tras", "hacia", "cada", "mismo", "toda", "todas", "unas");
  // not "estado" (a state), nor reporting verbs.
  es: `este esta estos estas esto esa esas esos aquel aquella aquellos aquellas entre hay todo todos toda todas otros otra otras ante ellos ellas antes algunos algunas algo unos unas yo tanto mucho muchos nada quienes nosotros nosotras vosotros vosotras os mis tu tus nuestro nuestra nuestros nuestras suyo suya suyos suyas estar estoy está estamos están esté estén estaba estaban estuvo estuvieron estará estarán estaría he has ha hemos han haya hayan había habían habrá habría hubo hubiera habido haber ser sido siendo soy eres es somos son sea sean será serán sería era eran fui fue fueron fuera fueran tiene tienen tenía tenían tuvo tener tenido según sino aunque mientras además así tras hacia cada mismo misma mismos mismas`.split(' '),
  // The package's Chinese list (natural's) is of single characters: "这", "个", "他", "们", while
  // Intl.Segmenter gives "这个" and "他们" as words (segmenterFor), which were top terms of a
  // Chinese page. Function words only, each in spaCy's Chinese list (spacy/lang/zh/stop_words.py):
  // pronouns, demonstratives, interrogatives, conjunctions, prepositions, auxiliaries and adverbs of
  // time and degree; not its content words ("问题", "人民", "附近") nor reporting verbs ("表示"). With its adverbs of degree,
  // frequency and time that ICU gives as words ("十分", "往往", "大大" were terms of invented stories); not
  // `将` "will" and the other single characters, which are no terms (analyze/terms.ts isTermEdge).
  zh: `十分 往往 更加 大大 目前 极其 极为 逐渐 逐步 日益 不断 随时 立即 马上 仍旧 甚至 几乎 大约 分别 同时 并不 并非 只是 不会 不能 是否 例如 比如 首先 我们 你们 他们 她们 它们 咱们 自己 这个 那个 这些 那些 这样 那样 这种 这里 那里 这么 那么 这儿 那儿 这时 那时 这次 此外 其中 其他 其它 其实 什么 怎么 怎样 为什么 如何 为何 哪个 哪些 哪里 多少 因为 所以 但是 而且 并且 如果 虽然 或者 还是 以及 然后 然而 因此 于是 而是 不但 不仅 即使 尽管 只要 只有 无论 不过 可是 否则 要是 既然 因而 从而 关于 对于 根据 按照 通过 由于 为了 随着 作为 除了 经过 沿着 向着 针对 鉴于 基于 已经 可以 可能 应该 能够 必须 正在 将要 曾经 就是 还有 没有 不是 也是 非常 比较 一直 一起 仍然 一个 一些 一样 之一 之后 之前 以后 以前 以来 以上 以下 等等 很多 许多 所有 每个 各种 的话 而已 罢了`.split(' '),
  // The package's French list (the Snowball list: pronouns, articles, être and avoir) lacks the
  // adverbs, conjunctions and prepositions of every French text ("plus", "très", "aussi", "alors",
  // "selon", "depuis", "tout"). Function words only, each in spaCy's French list
  // (spacy/lang/fr/stop_words.py); not "or" (also gold), nor reporting verbs.
  // The package's Italian list (279 words) lacks adverbs, conjunctions and prepositions as common:
  // "Dopo" ("after") was an Italian page's first keyphrase. Function words only, each in spaCy's Italian
  // list (spacy/lang/it/stop_words.py); not its content words ("governo", "ministro", "anni") nor
  // "secondo" (also "second").
  it: `dopo ancora già sempre poi mentre però quindi circa oltre fra durante verso senza sotto sopra quando ogni tutta tutte altro altri molto molti stesso stessa quali prima infatti inoltre invece allora così tuttavia qualche alcuni fino`.split(' '),
  fr: `plus très aussi alors ainsi donc encore déjà car comme dont entre lorsque quand puis puisque depuis selon sous vers chez pendant avant après parmi malgré tout tous toute toutes autre autres peu moins tant si ni celui celle celles ceux ça chaque quelque quelques plusieurs elles lequel laquelle lesquels lesquelles auquel auxquels duquel quoi pourquoi comment combien cependant néanmoins toujours souvent parfois également notamment seulement surtout sinon afin jusqu jusque lors dès tel telle tels telles`.split(' '),
  // The package's Persian list has 48 words, prepositions and conjunctions: no demonstrative ("این",
  // "آن"), pronoun or form of "to be" and "to do" ("است", "شد", "کرد", "می‌کند"), which were a BBC Persian
  // page's top terms. Function words only, each in spaCy's Persian list (spacy/lang/fa/stop_words.py, from
  // the hazm package), written as Persian writes them, with the zero-width non-joiner after "می" and
  // before "ها" ("می‌شود", "آن‌ها"; spaCy's copy has lost it); not its content words ("روز", "جدید").
  fa: `این آن یک خود وی ما او من شما تو آنها آن‌ها آنان ایشان است نیست هست هستند بود بودند بوده باشد باشند شد شده شدند شود شوند می‌شود می‌شوند کرد کرده کردند کند کنند می‌کند می‌کنند دارد دارند داشت همه هر دیگر دیگری یکی همین همان چنین چه چون چرا آیا اینکه آنچه آنکه بین پیش پس روی میان سوی ولی حتی برخی بعضی هیچ درباره طی زیر بدون البته یعنی هنوز وقتی شاید مانند مثل زیرا بنابراین همچنین تنها آنجا اینجا`.split(' '),
};

/**
 * Modal verbs that are also a month or a name ("may", "May"), which the tokenizer makes stopwords
 * only where they read as the modal (modals.ts markModals). News words: off with them.
 */
const MODALS: Readonly<Record<string, readonly string[]>> = { en: ['may'] };

/** The run's modals of `language` (MODALS), undefined when it has none or `stopwords.newsWords` is off. */
export function modalsFor(config: Pick<PipelineConfig, 'stopwords'>, language: string): ReadonlySet<string> | undefined {
  const words = config.stopwords.newsWords ? MODALS[language] : undefined;
  return words && new Set(words);
}

/**
 * The articles, pronouns and prepositions that French and Italian elide before a vowel and write
 * joined to the next word ("L'opposition", "d'Italia", "dell'Unione"): the tokenizer splits them
 * off, so that "l'opposition" counts as "opposition" (token-shapes.ts elisionEnd). The lists of
 * Lucene's FrenchAnalyzer and ItalianAnalyzer (DEFAULT_ARTICLES, Elasticsearch's "elision" filter).
 */
const ELISIONS: Readonly<Record<string, readonly string[]>> = {
  fr: 'l m t qu n s j d c jusqu quoiqu lorsqu puisqu'.split(' '),
  it: 'c l all dall dell nell sull coll pell gl agl dagl degl negl sugl un m t s v d'.split(' '),
};

/**
 * The clitics Welsh writes after an apostrophe, joined to the word before: the article `'r` and `'n`
 * (of `yn`) and `'i`, `'w` (of `ei`, "his", "her"), as in "i'r" ("to the"), "mae'n", "sy'n", "Cymru'n".
 * The tokenizer splits them off (token-shapes.ts cliticStart), as it does French elisions, so that
 * "Cymru'n" counts as "Cymru" and "sy'n" as two stopwords; they are in the Welsh list (OWN_LISTS).
 */
const CLITICS: Readonly<Record<string, readonly string[]>> = { cy: ["'r", "'n", "'i", "'w"] };

/** The clitics the tokenizer splits off in the language (CLITICS), undefined for a language that has none here. */
export function cliticsFor(language: string): ReadonlySet<string> | undefined {
  const clitics = CLITICS[language];
  return clitics && new Set(clitics);
}

/** The elided words the tokenizer splits off in the language (ELISIONS), undefined for a language that has none here. */
export function elisionsFor(language: string): ReadonlySet<string> | undefined {
  const words = ELISIONS[language];
  return words && new Set(words);
}

/**
 * The run's stopwords: the language's list, its news words unless `stopwords.newsWords` is off, and
 * `stopwords.extra`; of `language` when given (an article in another language, tasks.ts), else of the run's.
 * A language written in another script than Latin letters (its list has no Latin word: Japanese,
 * Chinese, Russian, Arabic…) gets the English ones too: a word in Latin letters in its text is
 * English ("iPhone for business"), and "for" was a Japanese page's top term. Not a language written
 * in Latin letters, whose words the English list would take: French "but" (a goal) and "an" (a year).
 */
export function runStopwords(config: Pick<PipelineConfig, 'language' | 'stopwords'>, language = config.language): Set<string> {
  const news = config.stopwords.newsWords ? (NEWS_STOPWORDS[language] ?? []) : [];
  const stopwords = stopwordSet(language, [...news, ...config.stopwords.extra]);
  if (language === 'en' || !writtenInOtherScript(language)) return stopwords;
  for (const word of runStopwords(config, 'en')) stopwords.add(word);
  return stopwords;
}

const LATIN = /\p{Script=Latin}/u;
/** Whether the language's stopword list has words and none of them in Latin letters. */
function writtenInOtherScript(language: string): boolean {
  const name = STOPWORD_LISTS[language];
  const list = name ? ((stopwordLists[name] as string[] | undefined) ?? []) : [];
  return list.length > 0 && !list.some((word) => LATIN.test(word));
}

/** The language's stopwords plus the extra ones, lowercased. Unknown languages get only the extras. */
export function stopwordSet(language: string, extra: readonly string[] = []): Set<string> {
  const name = STOPWORD_LISTS[language];
  const list = name ? ((stopwordLists[name] as string[] | undefined) ?? []) : [];
  return new Set([...list, ...extra].map((word) => word.toLowerCase()));
}

/**
 * A word segmenter for a language written without spaces between words (UNSPACED_LANGUAGES, by
 * ISO 639-1 code), undefined for the others. Node's built-in Intl.Segmenter (full ICU: its
 * dictionaries of Chinese and Japanese words, and of Thai, Lao, Burmese and Khmer): the tokenizer had
 * taken every run of letters between two punctuation marks, a whole clause, for one word
 * (tokenize.ts segmentedTokens).
 */
export function segmenterFor(language: string): Intl.Segmenter | undefined {
  return UNSPACED_LANGUAGES.has(language) ? new Intl.Segmenter(language, { granularity: 'word' }) : undefined;
}


/**
 * Whether natural's English Porter stemmer returns the word only lowercased: its rules rewrite
 * endings in a-z only ("-s", "-ed", "-y", "-ational", ...), so a word of 3+ characters ending in
 * anything else (a number: "2023", "1.5") keeps its characters. Such words are a sixth of a news corpus's
 * distinct forms, and Porter would run its every step on each (docs/scale-history.md).
 */
function porterKeeps(word: string): boolean {
  if (word.length < 3) return false;
  const lower = word.toLowerCase();
  const last = lower.charCodeAt(lower.length - 1);
  return last < 0x61 || last > 0x7a;
}

/**
 * natural's stemmer module at `file` (a module path, resolved from here), loaded. Missing, failing to
 * load (a module it requires is missing, its code is cut short) or without a stem function, it is an
 * InstallationError naming it: the stemmers come with the package, so the user's fix is a reinstall,
 * not a look at the input (cli.ts exits 2).
 */
export function loadStemmer(file: string): Stemmer {
  let path = file;
  const fail = (problem: string) => new InstallationError(`${path}: ${problem}. The stemmers come with the natural package: reinstall the dependencies (npm ci).`);
  try {
    path = require.resolve(file);
  } catch (error) {
    throw fail(`cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let stemmer: Partial<Stemmer> | undefined;
  try {
    stemmer = require(path) as Partial<Stemmer> | undefined;
  } catch (error) {
    // Node's message for a module not found goes on with its "Require stack" lines.
    throw fail(`cannot be loaded: ${(error as Error).message.split('\n')[0]}`);
  }
  if (typeof stemmer?.stem !== 'function') throw fail('is damaged: it has no stem function');
  return stemmer as Stemmer;
}

/**
 * The onsets a Welsh word takes only by a mutation, and the radical's: the nasal mutation (`ngh`, `mh`, `nh`, `ng`
 * of `c`, `p`, `t`, `g`: "yng Nghymru", "fy mhentref"), the aspirate (`ph`, `th`, `ch` of `p`, `t`, `c`: "a
 * thref", "ei chartref") and the soft mutation of `d` (`dd`: "i ddinas"). Natural has no Welsh stemmer, and "Cymru"
 * and "Nghymru" would be two terms of a Welsh article. Not `chw`, a cluster of Welsh's own words ("chwarae",
 * "chwaer"; `chwyn` "weeds" would have been `cwyn` "complaint"). Not the rest of the soft mutation (`g`, `b`,
 * `d`, `f`, `l`, `r` and a dropped `g`), whose onsets Welsh words have unmutated too, so that the radical is not
 * told by the word: "Gymru" stays a term apart from "Cymru", since `g` for `c` would make `gwyn` "white" the
 * `cwyn` "complaint" whose soft form it also is, `gorau` "best" `corau` "choirs", `deg` "ten" `teg` "fair", `dŵr`
 * "water" `tŵr` "tower", and `f` is the soft form of `b` and of `m` alike (docs/design.md).
 */
const WELSH_MUTATED_ONSET = /^(?:ngh|mh|nh|ng|ph|th|ch(?!w)|dd)/u;
const WELSH_RADICAL_ONSET: Readonly<Record<string, string>> = { ngh: 'c', mh: 'p', nh: 't', ng: 'g', ph: 'p', th: 't', ch: 'c', dd: 'd' };

/** A lowercase Welsh word with its radical onset for a mutated one (WELSH_MUTATED_ONSET): "nghymru" is "cymru". */
function welshRadical(word: string): string {
  const onset = WELSH_MUTATED_ONSET.exec(word)?.[0];
  return onset ? WELSH_RADICAL_ONSET[onset]! + word.slice(onset.length) : word;
}

/** Stem functions of the repo's own, for languages natural has no stemmer for. */
const OWN_STEMMERS: Readonly<Record<string, (word: string) => string>> = { cy: welshRadical };

/** The steps natural's English Porter stemmer exports beside `stem` (porter_stemmer.js), in the order `stem` runs them. */
const PORTER_STEPS = ['step1a', 'step1b', 'step1c', 'step2', 'step3', 'step4', 'step5a', 'step5b'] as const;
type PorterSteps = Record<(typeof PORTER_STEPS)[number], (token: string) => string>;

/**
 * natural's English Porter `stem`, its steps run in its order, but each of five only on a word with the ending it rewrites: step
 * 1a's "-s", 1b's "-ed" and "-ing" ("-eed" among them), 1c's "-y", 5a's "-e", 5b's "-ll". Each of those returns any other word as
 * it is, but only after computing its measure or its letters' groups (up to five regex replaces) or matching a regex: half the
 * stemmer's instructions (docs/cleaning-history/speed.md). The same stems (tests/text/language.test.ts); a natural without
 * the steps gets its `stem`.
 */
function englishPorter(stemmer: Stemmer): (word: string) => string {
  const steps = stemmer as Stemmer & Partial<PorterSteps>;
  if (!PORTER_STEPS.every((name) => typeof steps[name] === 'function')) return (word) => stemmer.stem(word);
  const { step1a, step1b, step1c, step2, step3, step4, step5a, step5b } = steps as PorterSteps;
  return (word) => {
    if (word.length < 3) return word;
    let token = word.toLowerCase();
    if (token.endsWith('s')) token = step1a(token);
    if (token.endsWith('ed') || token.endsWith('ing')) token = step1b(token);
    if (token.endsWith('y')) token = step1c(token);
    token = step4(step3(step2(token)));
    if (token.endsWith('e')) token = step5a(token);
    return token.endsWith('ll') ? step5b(token) : token;
  };
}

/** A memoised stem function: stems repeat constantly, and Porter is the costliest per-token step. */
export function stemmerFor(language: string): (word: string) => string {
  const module = STEMMERS[language];
  if (!module) return OWN_STEMMERS[language] ?? ((word) => word);
  const stemmer = loadStemmer(`natural/lib/natural/stemmers/${module}.js`);
  const cache = new Map<string, string>();
  const english = language === 'en';
  const stemOf = english ? englishPorter(stemmer) : (word: string) => stemmer.stem(word);
  return (word) => {
    // Porter's suffix regexes are quadratic in the word's length; no real word is this long.
    // Longer "words" (a 1 MB line of digits and dots, say) are left unstemmed.
    if (word.length > LONGEST_WORD) return word;
    if (english && porterKeeps(word)) return word.toLowerCase();
    let stem = cache.get(word);
    if (stem === undefined) {
      stem = stemOf(word);
      if (cache.size > 200_000) cache.clear();
      cache.set(word, stem);
    }
    return stem;
  };
}
