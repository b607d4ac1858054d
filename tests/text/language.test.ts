import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as stopword from 'stopword';
import { describe, expect, it } from 'vitest';
import { languageWarning, loadStemmer, NEWS_STOPWORDS, otherLanguageWarning, runStopwords, stemmerFor, stopwordLists, stopwordSet } from '../../src/text/language.js';
import { parseConfig } from '../../src/config.js';

describe('stopwordLists', () => {
  it("are the stopword package's exports and Welsh's, Lao's and Khmer's, in the order its ESM namespace lists its own", () => {
    const namespace = Object.entries(stopword as unknown as Record<string, unknown>).filter(([name]) => name !== 'default');
    const own = ['cym', 'khm', 'lao'];
    expect(Object.keys(stopwordLists)).toEqual([...namespace.map(([name]) => name), ...own].sort());
    expect(Object.keys(stopwordLists).filter((name) => !own.includes(name))).toEqual(namespace.map(([name]) => name));
  });

  it("stand in for the package's Urdu list, whose letters are garbled: its function words are stopwords, its nouns no longer", () => {
    // An invented Urdu sentence: "The provincial government has announced the budget for the new year in Lahore."
    const urdu = stopwordSet('ur');
    for (const word of ['میں', 'نے', 'کو', 'کی', 'سے', 'کا', 'ہے', 'اور', 'کے', 'لیے']) expect(urdu.has(word), word).toBe(true);
    for (const word of ['خبر', 'لوگ', 'علاقہ', 'حکومت', 'بجٹ', 'اضتعوبل']) expect(urdu.has(word), word).toBe(false);
  });

  it("read the Slovak list's words as Slovak writes them, with the function words it lacked", () => {
    const slovak = stopwordSet('sk');
    for (const word of ['keď', 'čo', 'mňa', 'je', 'sú', 'bol', 'ktorá', 'podľa', 'sa']) expect(slovak.has(word), word).toBe(true);
    for (const word of ['keï', 'èo', 'mòa', 'mesto', 'rozpočet']) expect(slovak.has(word), word).toBe(false);
  });

  it('give Welsh a list of function words, with the clitics the tokenizer splits off', () => {
    const welsh = stopwordSet('cy');
    for (const word of ['yn', 'ar', 'ei', 'y', 'a', 'i', 'o', 'mae', 'wedi', "'r", "'n"]) expect(welsh.has(word), word).toBe(true);
    for (const word of ['cyngor', 'arian', 'ardal', 'the', 'in', 'is']) expect(welsh.has(word), word).toBe(false);
    expect(languageWarning('cy')).toBeNull();
  });

  it("give Welsh the prepositions, conjunctions and pronouns Bangor's list lacked (\"cyn\" before, \"tra\" while, \"pwy\" who)", () => {
    const welsh = stopwordSet('cy');
    for (const word of ['cyn', 'dan', 'efo', 'rhag', 'gyfer', 'tra', 'nes', 'pe', 'hwy', 'pawb', 'pwy', 'doedd', 'ydyn', 'byth']) expect(welsh.has(word), word).toBe(true);
    for (const word of ['dywedodd', 'lle', 'cyngor']) expect(welsh.has(word), word).toBe(false);
  });

  it("give Lao and Khmer lists of their own, which stopwords.newsWords: false keeps (they had been news words: those languages then had none)", () => {
    const plain = { stopwords: { newsWords: false } };
    const lao = runStopwords(parseConfig({ language: 'lo', ...plain }));
    for (const word of ['ຈະ', 'ໃນ', 'ທີ່', 'ວ່າ', 'ແລະ']) expect(lao.has(word), word).toBe(true);
    for (const word of ['ທ່າເຮືອ', 'ລະດູ', 'ເປີດ']) expect(lao.has(word), word).toBe(false);
    const khmer = runStopwords(parseConfig({ language: 'km', ...plain }));
    for (const word of ['បាន', 'នឹង', 'នៅ', 'ដែល', 'ថា']) expect(khmer.has(word), word).toBe(true);
    for (const word of ['កំពង់ផែ', 'សាឡាង', 'កម្ពុជា']) expect(khmer.has(word), word).toBe(false);
    // As in Thai and Burmese, whose lists have no Latin word, an English word in the text is English.
    expect(lao.has('the') && khmer.has('the')).toBe(true);
    expect([languageWarning('lo'), languageWarning('km')]).toEqual([null, null]);
  });

  it("give Malay a list of function words: the package's had a news corpus's frequent content words (\"kerajaan\", \"menteri\")", () => {
    const malay = stopwordSet('ms');
    for (const word of ['yang', 'dan', 'bahawa', 'kerana', 'beliau', 'iaitu', 'selepas', 'namun', 'dia']) expect(malay.has(word), word).toBe(true);
    for (const word of ['kerajaan', 'menteri', 'pasukan', 'syarikat', 'malaysia', 'ringgit', 'disember', 'penduduk', 'jalan']) expect(malay.has(word), word).toBe(false);
  });

  it("give Indonesian the package's list without its content words (\"tahun\", \"kasus\", \"besar\"), with the function words it lacked", () => {
    const indonesian = stopwordSet('id');
    for (const word of ['yang', 'dan', 'bahwa', 'karena', 'tersebut', 'mengatakan', 'ujarnya', 'beliau', 'terkait', 'pasca', 'yg']) expect(indonesian.has(word), word).toBe(true);
    for (const word of ['tahun', 'kasus', 'masalah', 'waktu', 'besar', 'baru', 'umum', 'satu', 'pertama', 'bekerja', 'naik', 'menggunakan']) expect(indonesian.has(word), word).toBe(false);
  });

  it('hold each word in the composed form (NFC) the text is read in: the Burmese "and" of a page is the list\'s', () => {
    for (const list of Object.values(stopwordLists)) if (Array.isArray(list)) expect(list.filter((word: string) => word !== word.normalize('NFC'))).toEqual([]);
    // The package writes it with the asat (U+103A) before the dot below (U+1037); NFC puts the dot first.
    const and = '\u1014\u103e\u1004\u1037\u103a';
    expect(and.normalize('NFC')).toBe(and);
    expect(stopwordSet('my').has(and)).toBe(true);
  });

  it('give the language its list, lowercased, with the extra words', () => {
    const english = stopwordSet('en', ['Reuters']);
    expect(english.has('the')).toBe(true);
    expect(english.has('reuters')).toBe(true);
    expect(stopwordSet('xx', ['Foo'])).toEqual(new Set(['foo']));
  });
});

describe('languageWarning', () => {
  it('warns of a code with neither a stopword list nor a stemmer, naming the codes that have a list', () => {
    expect(languageWarning('ge')).toMatch(/^"language": "ge" has no stopword list or stemmer here.* de, /);
    expect([languageWarning('en'), languageWarning('de'), languageWarning('pl')]).toEqual([null, null, null]);
  });
});

describe('runStopwords', () => {
  const stopwordsOf = (config: object) => runStopwords(parseConfig(config));

  it('leaves out the English news words in a config that does not mention them', () => {
    for (const word of ['its', 'says', 'told', 'mr', 'dr', "don't"]) expect(stopwordsOf({}).has(word), word).toBe(true);
  });

  it('leaves out every contraction of a pronoun or auxiliary ("They\'d" was a keyphrase, "doesn\'t" and "we\'ll" corpus terms)', () => {
    const pronouns = ['i', 'you', 'he', 'she', 'it', 'we', 'they', 'that', 'there', 'who', 'what'];
    const contractions = [...pronouns.flatMap((p) => [`${p}'d`, `${p}'ll`]), "you've", "who're", "who've", "who's", "what's", "here's", "where's", "how's", "let's"];
    const negations = ['does', 'do', 'did', 'has', 'have', 'had', 'could', 'would', 'should', 'must', 'need', 'is', 'are', 'was', 'were'].map((aux) => `${aux}n't`);
    for (const word of [...contractions, ...negations, "won't", "can't", "shan't", "ain't"]) expect(stopwordsOf({}).has(word), word).toBe(true);
  });

  it('leaves out the function words the English list lacks ("when" and "every" were top terms of a run), never the month May', () => {
    for (const word of ['when', 'why', 'whose', 'whether', 'although', 'until', 'every']) expect(stopwordsOf({}).has(word), word).toBe(true);
    expect(stopwordsOf({}).has('may')).toBe(false);
  });

  it('leaves out the pronouns the English list lacks ("Everyone" was a blog post\'s first keyphrase, "us" a transcript\'s top term)', () => {
    for (const word of ['us', 'everyone', 'someone', 'anything', 'nobody', 'itself', 'themselves', 'whatever']) expect(stopwordsOf({}).has(word), word).toBe(true);
    expect(stopwordsOf({}).has('one')).toBe(false);
  });

  it('keeps them when the config lists stopwords of its own ("its" and "says" came back as top terms)', () => {
    const stopwords = stopwordsOf({ stopwords: { extra: ['Inflation'] } });
    expect(stopwords.has('inflation')).toBe(true);
    expect(stopwords.has('says')).toBe(true);
  });

  it('drops them with newsWords: false, and never for another language', () => {
    const plain = stopwordsOf({ stopwords: { newsWords: false } });
    expect(plain.has('says')).toBe(false);
    expect(plain.has('the')).toBe(true);
    expect(stopwordsOf({ language: 'de' }).has('says')).toBe(false);
    expect(stopwordsOf({ language: 'de' })).toEqual(stopwordSet('de'));
  });

  it("adds the English stopwords to a language written in another script, whose list has no Latin word: an English word there is English (\"for\" was a Japanese page's top term)", () => {
    for (const language of ['ja', 'zh', 'ru', 'ar', 'el']) {
      const stopwords = stopwordsOf({ language });
      for (const word of ['for', 'the', 'and', 'says', 'its']) expect(stopwords.has(word), `${language} ${word}`).toBe(true);
      for (const word of stopwordSet(language)) expect(stopwords.has(word), `${language} ${word}`).toBe(true);
    }
    // The English news words only as English runs have them.
    expect(stopwordsOf({ language: 'ja', stopwords: { newsWords: false } }).has('says')).toBe(false);
    expect(stopwordsOf({ language: 'ja', stopwords: { newsWords: false } }).has('for')).toBe(true);
  });

  it('adds none to a language written in Latin letters, where an English function word is a word of its own ("but", a goal, and "an", a year, in French)', () => {
    for (const language of ['fr', 'de', 'es', 'it']) {
      const stopwords = stopwordsOf({ language });
      expect(stopwords.has('but') || stopwords.has('the'), language).toBe(false);
    }
  });

  it('lists lowercase single words only, as stopwords match', () => {
    for (const word of NEWS_STOPWORDS.en!) expect(word).toMatch(/^[a-z']+$/);
    for (const word of [...NEWS_STOPWORDS.es!, ...NEWS_STOPWORDS.fr!, ...NEWS_STOPWORDS.it!]) expect(word).toMatch(/^\p{Ll}+$/u);
  });

  it('leaves out the Spanish and French function words their lists lack, never a content word', () => {
    const spanish = stopwordsOf({ language: 'es' });
    for (const word of ['este', 'esta', 'estos', 'es', 'fue', 'ha', 'hay', 'según', 'aunque']) expect(spanish.has(word), word).toBe(true);
    for (const word of ['estado', 'gobierno', 'dijo']) expect(spanish.has(word), word).toBe(false);
    const french = stopwordsOf({ language: 'fr' });
    for (const word of ['plus', 'très', 'aussi', 'cette', 'alors', 'selon', 'depuis', 'tout']) expect(french.has(word), word).toBe(true);
    for (const word of ['or', 'gouvernement', 'a déclaré']) expect(french.has(word), word).toBe(false);
    expect(stopwordsOf({ language: 'fr', stopwords: { newsWords: false } }).has('très')).toBe(false);
  });

  it('leaves out the Burmese particles the list lacks (the segmenter splits them off the words), never a noun or verb, news words or not', () => {
    for (const newsWords of [true, false]) {
      const burmese = stopwordsOf({ language: 'my', stopwords: { newsWords } });
      for (const word of ['သည်', 'တွင်', 'ကို', 'များ', 'ခဲ့', 'နှင့်']) expect(burmese.has(word), word).toBe(true);
      for (const word of ['အစိုးရ', 'စီမံကိန်း', 'ကျောင်း', 'ကြေညာ']) expect(burmese.has(word), word).toBe(false);
    }
  });

  it('leaves out the Italian function words its list lacks, never a content word', () => {
    // "Dopo 120 anni di attività chiude …": "Dopo" was an Italian page's first keyphrase.
    const italian = stopwordsOf({ language: 'it' });
    for (const word of ['dopo', 'ancora', 'già', 'sempre', 'poi', 'mentre', 'però', 'quindi', 'senza', 'durante', 'ogni', 'tuttavia']) expect(italian.has(word), word).toBe(true);
    for (const word of ['governo', 'ministro', 'secondo', 'anni']) expect(italian.has(word), word).toBe(false);
  });
});

describe('stemmerFor', () => {
  const porter = (createRequire(import.meta.url)('natural/lib/natural/stemmers/porter_stemmer.js') as { stem: (word: string) => string }).stem;
  // Endings Porter rewrites and endings it leaves (numbers, accents, apostrophes), in any case; consonants and the endings of
  // steps 1b-5 after one another (a "-y", "-e" or "-ll" that an earlier step leaves: englishPorter asks those steps by the ending).
  const piece = fc.constantFrom(
    'a', 'e', 'y', 's', 'ss', 'ies', 'ed', 'eed', 'ing', 'll', 'at', 'bl', 'iz', 'ational', 'ness', 'ful', 'ive', 'ate', 'ic', 'ion',
    'b', 'l', 't', 'w', 'S', 'ED', 'Y', '1', '2023', '.5', "'", '’', '-', 'é', 'ß', 'İ', 'K', 'Σ',
  );
  const word = fc.oneof(fc.array(piece, { minLength: 1, maxLength: 6 }).map((pieces) => pieces.join('')), fc.string({ unit: 'grapheme', maxLength: 12 }));

  it("gives English words natural's Porter stem, numbers and other endings too", () => {
    const stem = stemmerFor('en');
    fc.assert(
      fc.property(word, (w) => {
        expect(stem(w)).toBe(porter(w));
      }),
      { numRuns: 2000 },
    );
    for (const w of ['2023', 'COVID-19', '1990s', 'rates', 'Rates', 'café', 'ab1', 'x.y', 'K1']) expect(stem(w)).toBe(porter(w));
  });

  it("keys a Welsh word's nasal and aspirate mutations and the soft dd by its radical, not the ambiguous soft mutations", () => {
    const stem = stemmerFor('cy');
    const radicals = { nghymru: 'cymru', nghyngor: 'cyngor', mhentref: 'pentref', nhref: 'tref', ngogledd: 'gogledd', phobl: 'pobl', thref: 'tref', chartref: 'cartref', ddinas: 'dinas' };
    for (const [mutated, radical] of Object.entries(radicals)) expect([stem(mutated), stem(radical)], mutated).toEqual([radical, radical]);
    // chw is Welsh's own cluster (chwyn "weeds" is no cwyn "complaint"); g, b, d, f, l, r onsets are words' own too (gwyn "white").
    for (const word of ['chwarae', 'chwyn', 'gymru', 'gwyn', 'gorau', 'deg', 'fam', 'lywodraeth', 'raglen']) expect(stem(word), word).toBe(word);
  });

  it("says so in a Welsh article's warning: its words are no longer counted as written", () => {
    expect(otherLanguageWarning('cym', 'en', false)).toContain("counted with that language's stopwords and stemmer");
    expect(otherLanguageWarning('slk', 'en', false)).toContain('it has no stemmer here');
  });
});

describe('loadStemmer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'stemmer-'));
  const reinstall = 'The stemmers come with the natural package: reinstall the dependencies (npm ci).';
  const module = (name: string, source: string) => {
    const path = join(dir, name);
    writeFileSync(path, source);
    return path;
  };

  it("loads natural's stemmer by its module path", () => {
    expect(loadStemmer('natural/lib/natural/stemmers/porter_stemmer.js').stem('rates')).toBe('rate');
  });

  // A missing stemmer (or natural itself) had been "Unexpected failure" and a stack: it is the installation's to fix, as the part-of-speech lexicon is.
  it('names the module, as a problem of the installation, when it is missing, cannot load or is damaged', () => {
    const missing = join(dir, 'missing.js');
    expect(() => loadStemmer(missing)).toThrow(`${missing}: cannot be read (MODULE_NOT_FOUND). ${reinstall}`);
    expect(() => loadStemmer(missing)).toThrow(expect.objectContaining({ name: 'InstallationError' }));
    const needsMissing = module('needs-missing.js', "module.exports = require('./stemmer-base');");
    expect(() => loadStemmer(needsMissing)).toThrow(`${needsMissing}: cannot be loaded: Cannot find module './stemmer-base'. ${reinstall}`);
    const truncated = module('truncated.js', 'module.exports = { stem(word) { return word');
    expect(() => loadStemmer(truncated)).toThrow(`${truncated}: cannot be loaded: Unexpected end of input. ${reinstall}`);
    const noStem = module('no-stem.js', 'module.exports = {};');
    expect(() => loadStemmer(noStem)).toThrow(`${noStem}: is damaged: it has no stem function. ${reinstall}`);
    expect(() => loadStemmer(noStem)).toThrow(expect.objectContaining({ name: 'InstallationError' }));
  });
});
