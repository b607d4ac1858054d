import { describe, expect, it } from 'vitest';
import { runStopwords, segmenterFor, stemmerFor, stopwordSet } from '../../src/text/language.js';
import { tokenizeWords } from '../../src/text/tokenize.js';

const stopwords = stopwordSet('en', ["isn't"]);
const options = { stopwords, stem: stemmerFor('en') };
const words = (text: string) => tokenizeWords(text, options).map((t) => t.word.surface);

describe('tokenizeWords with a segmenter (Chinese, Japanese, Thai, Lao, Burmese, Khmer)', () => {
  const segmented = (language: string, text: string) =>
    tokenizeWords(text, { stopwords: stopwordSet(language), stem: stemmerFor(language), segmenter: segmenterFor(language) }).map((t) => [t.word.surface, t.breakBefore]);

  it('splits a run of letters between punctuation marks into its words, with no break between them', () => {
    expect(segmented('zh', '港口附近的居民表示欢迎。')).toEqual([['港口', false], ['附近', false], ['的', false], ['居民', false], ['表示', false], ['欢迎', false]]);
  });

  it('keeps a Latin word or number inside the run as a token, and breaks at punctuation and at a space between two runs (a Thai clause)', () => {
    expect(segmented('zh', '苹果公司的iPhone销量，去年增长了')).toEqual([['苹果', false], ['公司', false], ['的', false], ['iPhone', false], ['销量', false], ['去年', true], ['增长', false], ['了', false]]);
    expect(segmented('th', 'ท่าเรือใหม่ ครอบครัว').map(([word, breakBefore]) => `${breakBefore ? '|' : ''}${word}`).join(' ')).toBe('ท่าเรือ ใหม่ |ครอบครัว');
  });

  it('segments a run of ideographs past U+FFFF (CJK Extension B) as one of the BMP, and breaks before it at punctuation and a space', () => {
    expect(segmented('zh', '他说：𠀋𡈽 𠀋𡈽。')).toEqual([['他', false], ['说', false], ['𠀋', true], ['𡈽', false], ['𠀋', true], ['𡈽', false]]);
  });

  it('splits Lao, Burmese and Khmer, which ICU has word dictionaries for too', () => {
    const words = (language: string, text: string) => segmented(language, text).map(([word]) => word).join(' ');
    expect(words('lo', 'ເຮືອຂ້າມຟາກລຳໃໝ່')).toBe('ເຮືອ ຂ້າມ ຟາກ ລຳ ໃໝ່');
    expect(words('my', 'ကူးတို့သင်္ဘောသစ်ကို')).toBe('ကူးတို့ သင်္ဘော သစ် ကို');
    expect(words('km', 'គ្រួសារដែលរស់នៅជិតកំពង់ផែ')).toBe('គ្រួសារ ដែល រស់នៅ ជិត កំពង់ផែ');
  });

  it('joins the syllables the segmenter splits a Burmese name or word it lacks into, up to a particle', () => {
    const words = (text: string) => segmented('my', text).map(([word]) => word).join(' ');
    // Daw Khin Khin Win, America, Bengal, "depart": each syllable had been a word, and a term.
    expect(words('ဒေါ်ခင်ခင်ဝင်းသည်')).toBe('ဒေါ်ခင်ခင်ဝင်း သည်');
    expect(words('အမေရိကန်နိုင်ငံ')).toBe('အမေရိကန် နိုင်ငံ');
    expect(words('ဘင်္ဂလားပင်လယ်အော်တွင်')).toBe('ဘင်္ဂလား ပင်လယ်အော် တွင်');
    expect(words('ထွက်ခွာမည်')).toBe('ထွက်ခွာ မည်');
    // A word of two syllables or more is the dictionary's, a stacked consonant opening the second ("ship"; Mandalay).
    expect(words('သင်္ဘောသစ်')).toBe('သင်္ဘော သစ်');
    expect(words('မန္တလေးနှင့်')).toBe('မန္တလေး နှင့်');
    // A particle's syllable ends the row: Yangon, whose first syllable is the particle "in order to", stays split.
    expect(words('ရန်ကုန်မြို့တွင်')).toBe('ရန် ကုန်မြို့ တွင်');
    // "(the year) 2027": the syllables of ခုနှစ် "year" had been two words.
    expect(words('၂၀၂၇ ခုနှစ်တွင်')).toBe('၂၀၂၇ ခုနှစ် တွင်');
  });

  it('makes a Japanese word of hiragana that is a run of the list\'s function words a stopword, and not a content word or name of hiragana', () => {
    const japanese = { stopwords: stopwordSet('ja'), stem: stemmerFor('ja'), segmenter: segmenterFor('ja') };
    const stopwordsOf = (text: string) => tokenizeWords(text, japanese).filter((t) => t.word.isStopword && t.word.surface.length > 1).map((t) => t.word.surface);
    // 'した' is 'し' + 'た', 'すると' 'する' + 'と', 'ことに' 'こと' + 'に': the list has each part, the segmenter joins them.
    expect(stopwordsOf('市議会は計画を承認した。すると、野党が批判することになった。')).toEqual(['した', 'すると', 'する', 'ことに']);
    // Content words and names written in hiragana only stay words.
    expect(stopwordsOf('さいたま市の男性がりんごとおにぎりを買った。みずほ銀行がふるさと納税の寄付を受けた。')).toEqual([]);
    // A list without kana marks none: the same word in an English run is no stopword.
    expect(tokenizeWords('した', { stopwords: stopwordSet('en'), stem: stemmerFor('en') })[0]!.word.isStopword).toBe(false);
  });

  it('makes a piece of a Japanese word the segmenter cut up a stopword (集|まっ|た), not a content word of two kana', () => {
    const japanese = { stopwords: stopwordSet('ja'), stem: stemmerFor('ja'), segmenter: segmenterFor('ja') };
    const termsOf = (text: string) => tokenizeWords(text, japanese).filter((t) => t.word.isWord && !t.word.isStopword).map((t) => t.word.surface);
    // ICU lacks the past forms and cuts them: 集|まっ|た, 終|わっ|た, 帰|って, 分|か|っ|た, め|ぐ|り.
    const pieces = termsOf('広場に市民が集まった。集会は正午に終わった。参加者は帰っていった。計画をめぐり、理由が分かった。');
    expect(pieces.filter((word) => /^[\u3041-\u309f]+$/.test(word))).toEqual([]);
    expect(pieces).toEqual(expect.arrayContaining(['広場', '市民', '集会', '正午', '参加', '計画', '理由']));
    // Nouns of two kana the dictionary has stay words: garbage, sushi.
    expect(termsOf('住民がごみを出す。すしを食べた。')).toEqual(expect.arrayContaining(['ごみ', 'すし']));
  });

  it('joins a Japanese verb or adjective the segmenter cut after its kanji (食|べた, 行|われ), not a function word after a kanji', () => {
    const japanese = { stopwords: stopwordSet('ja'), stem: stemmerFor('ja'), segmenter: segmenterFor('ja') };
    const marked = (text: string) => tokenizeWords(text, japanese).map((t) => (t.word.isStopword ? `(${t.word.surface})` : t.word.surface)).join(' ');
    // べた, われ, しく and みたい had been terms of their own.
    expect(marked('式典は港で行われた。')).toBe('式典 (は) 港 (で) 行われ (た)');
    expect(marked('市長は昼に弁当を食べたと述べた。')).toBe('市長 (は) 昼 (に) 弁当 (を) 食べた (と) 述べた');
    expect(marked('詳しくは後日発表する。')).toBe('詳しく (は) 後日 発表 (する)');
    // A verb the segmenter cut into lone kana keeps its kanji as the term; a function word after a kanji stays one.
    expect(marked('会議が開かれた。私たちも行った。')).toBe('会議 (が) 開 (か) (れ) (た) 私 (たち) (も) 行 (っ) (た)');
    // A kanji and a noun of kana in one run are a compound: kitchen waste.
    expect(marked('生ごみを出す。')).toBe('生ごみ (を) 出す');
    // An ideograph past U+FFFF is one kanji too.
    expect(marked('𠮷われた')).toBe('𠮷われ (た)');
  });

  it('keeps a noun Japanese news writes in kana that is a run of the list\'s words a word (がん = が + ん), and the run rule for the rest', () => {
    const japanese = { stopwords: stopwordSet('ja'), stem: stemmerFor('ja'), segmenter: segmenterFor('ja') };
    const termsOf = (text: string) => tokenizeWords(text, japanese).filter((t) => t.word.isWord && !t.word.isStopword).map((t) => t.word.surface);
    // Cancer, rubble, mediation, sloppy: their kanji are outside the jōyō list, and news spells them in kana.
    expect(termsOf('がんの検診を受けた。がれきの撤去が続く。国があっせんした。ずさんな管理だ。')).toEqual(
      expect.arrayContaining(['がん', 'がれき', 'あっせん', 'ずさん']),
    );
    expect(termsOf('市議会は計画を承認した。すると、野党が反対した。')).not.toEqual(expect.arrayContaining(['した']));
  });

  it('makes the Japanese adverbs and compound particles the package list lacks stopwords (まだ, すでに, ほぼ, をめぐって)', () => {
    const japanese = { stopwords: stopwordSet('ja'), stem: stemmerFor('ja'), segmenter: segmenterFor('ja') };
    const termsOf = (text: string) => tokenizeWords(text, japanese).filter((t) => t.word.isWord && !t.word.isStopword).map((t) => t.word.surface);
    const terms = termsOf('運賃はまだ決まらず、駅名はすでに決まった。工事はほぼ終わり、財源をめぐって議論が続く。週末にかけて台風がよく来る。');
    expect(terms.filter((word) => ['まだ', 'すでに', 'ほぼ', 'をめぐって', 'にかけて', 'よく'].includes(word))).toEqual([]);
    expect(terms).toEqual(expect.arrayContaining(['運賃', '駅名', '工事', '財源', '議論', '週末', '台風']));
  });

  it('makes the Chinese adverbs of degree, frequency and time the segmenter gives as words stopwords (十分, 往往, 目前, 大大)', () => {
    const chinese = { stopwords: runStopwords({ language: 'zh', stopwords: { newsWords: true, extra: [] } }), stem: stemmerFor('zh'), segmenter: segmenterFor('zh') };
    const termsOf = (text: string) => tokenizeWords(text, chinese).filter((t) => t.word.isWord && !t.word.isStopword && t.word.surface.length > 1).map((t) => t.word.surface);
    expect(termsOf('专家十分担心，价格往往更高。目前负担大大减轻，问题不断增加，几乎全部居民同时表示欢迎。')).toEqual([
      '专家', '担心', '价格', '更高', '负担', '减轻', '问题', '增加', '全部', '居民', '表示', '欢迎',
    ]);
  });

  it('checks an English word of a Japanese article against the English stopwords, as the run\'s are for a Japanese article (runStopwords)', () => {
    const japanese = { stopwords: runStopwords({ language: 'ja', stopwords: { newsWords: true, extra: [] } }), stem: stemmerFor('ja'), segmenter: segmenterFor('ja') };
    const stopwordsOf = (text: string) => tokenizeWords(text, japanese).filter((t) => t.word.isStopword && /\p{Script=Latin}/u.test(t.word.surface)).map((t) => t.word.surface);
    expect(stopwordsOf('同社は「Made for Japan」と題した新製品を発表した。')).toEqual(['for']);
  });

  it('has no segmenter for spaced languages: their tokens are as before', () => {
    expect(segmenterFor('en')).toBeUndefined();
    expect(segmenterFor('de')).toBeUndefined();
  });
});

describe('tokenizeWords', () => {
  it('keeps accented words and names whole', () => {
    expect(words('Talks in São Paulo at a café in Zürich')).toEqual(['Talks', 'in', 'São', 'Paulo', 'at', 'a', 'café', 'in', 'Zürich']);
  });

  it('keeps contractions, hyphenated words, acronyms and decimals whole', () => {
    expect(words("It isn't a well-known U.S. rule: 3.5% of 1,000")).toEqual(["It", "isn't", 'a', 'well-known', 'U.S.', 'rule', '3.5', 'of', '1,000']);
    expect(words('Russia won’t isolate itself')).toContain('won’t');
  });

  it('keeps an ampersand between capitals in the name it joins ("AT&T", "S&P", "M&A"), not between other words', () => {
    expect(words('AT&T and S&P 500: M&A, R&D, Q&A')).toEqual(['AT&T', 'and', 'S&P', '500', 'M&A', 'R&D', 'Q&A']);
    expect(words('Johnson & Johnson, salt&pepper, A& B, Ab&Cd')).toEqual(['Johnson', 'Johnson', 'salt', 'pepper', 'A', 'B', 'Ab', 'Cd']);
  });

  it('keeps words of other scripts with their combining marks', () => {
    expect(words('Москва заявила')).toEqual(['Москва', 'заявила']);
    expect(words('नमस्ते दुनिया')).toEqual(['नमस्ते', 'दुनिया']);
  });

  it('leaves out a pasted blob (a base64 image, a hash) as a break, and keeps long words of a language', () => {
    const marked = (text: string) => tokenizeWords(text, options).map((t) => (t.breakBefore ? '|' : '') + t.word.surface);
    const blob = 'iVBORw0KGgoAAAANSUhEUgAAAoAAAAHgCAYAAAA10dzkAAAgAElEQVR4nOy9'.repeat(3);
    expect(marked(`The plan shows ${blob} a playground`)).toEqual(['The', 'plan', 'shows', '|a', 'playground']);
    expect(marked(`digest ${'9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'}0 here`)).toEqual(['digest', '|here']);
    // The longest words in use: a German compound, a chemical name; and a long word of another script.
    const long = ['Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz', 'Pneumonoultramicroscopicsilicovolcanoconiosis', 'წარმოუდგენლადმიუწვდომელსაჩვენებლისეულიც'];
    for (const word of long) expect(marked(`the ${word} law`)).toEqual(['the', word, 'law']);
  });

  it('keeps a Persian word whole across its zero-width non-joiner: a verb\'s prefix and a plural ending are no words of their own', () => {
    expect(words('نیروگاه\u200cها خاموش می\u200cشوند و بی\u200cبی\u200cسی گزارش داد')).toEqual(['نیروگاه\u200cها', 'خاموش', 'می\u200cشوند', 'و', 'بی\u200cبی\u200cسی', 'گزارش', 'داد']);
    // Not at a word's edge: a joiner between a word and a space or a mark joins nothing.
    expect(words('خانه\u200c ها \u200cمی')).toEqual(['خانه', 'ها', 'می']);
  });

  it('marks stopwords case-insensitively and stems for matching', () => {
    const [the, talks] = tokenizeWords('The talks', options);
    expect(the!.word.isStopword).toBe(true);
    expect(talks!.word.stem).toBe('talk');
    expect(tokenizeWords("It isn't", options)[1]!.word.isStopword).toBe(true);
  });

  it('leaves web and e-mail addresses out, as a break between the words around them', () => {
    const marked = (text: string) => tokenizeWords(text, options).map((t) => (t.breakBefore ? '|' : '') + t.word.surface);
    expect(marked('Visit https://example.com/great-news for details')).toEqual(['Visit', '|for', 'details']);
    expect(marked('See www.example.gov/help or mail jane.doe@example.gov now')).toEqual(['See', '|or', 'mail', '|now']);
    // An embedded tweet's links, which the cleaner keeps with the tweet's text (docs/cleaning-history.md): no terms "pic.twitter.com", "t.co".
    expect(marked('Thank you all pic.twitter.com/Xk3fPq9LmZ and https://t.co/Pq72Lmn0Ab #KTFC')).toEqual(['Thank', 'you', 'all', '|and', '|KTFC']);
    // Not addresses: a ratio, a scheme word alone, a handle, a mailbox without a dotted domain.
    expect(marked('ratio 3:2, http: it, @handle and a@b')).toEqual(['ratio', '3', '|2', '|http', '|it', '|handle', 'and', 'a', '|b']);
  });

  it('keeps a name with a domain ending whole (Amazon.com), and a missing space or an unknown ending apart', () => {
    expect(words("Amazon.com and Booking.com's rival Amazon.co.uk sold out.")).toEqual(['Amazon.com', 'and', "Booking.com's", 'rival', 'Amazon.co.uk', 'sold', 'out']);
    expect(words('the end.The next, the end.it was, x.coma, AMAZON.COM, 3.5.com')).toEqual(['the', 'end', 'The', 'next', 'the', 'end', 'it', 'was', 'x', 'coma', 'AMAZON', 'COM', '3.5', 'com']);
    // With a path it is a web address: no words, as with a scheme.
    expect(words('See example.com/great-news or U.S./Canada data')).toEqual(['See', 'or', 'U.S.', 'Canada', 'data']);
  });

  it('makes a Reuters instrument code one token, and no word', () => {
    const marked = (text: string) => tokenizeWords(text, options).map((t) => (t.breakBefore ? '|' : '') + t.word.surface + (t.word.isWord ? '' : '#'));
    expect(marked('Royal Dutch Shell (RDSa.L) and Vodafone ( VOD.L ) rose')).toEqual(['Royal', 'Dutch', 'Shell', '|RDSa.L#', '|and', 'Vodafone', '|VOD.L#', '|rose']);
    expect(marked('Google (GOOG.O), Toyota 7203.T, Siemens SIEGn.DE and Citi C.N')).toEqual(['Google', '|GOOG.O#', '|Toyota', '7203.T#', '|Siemens', 'SIEGn.DE#', 'and', 'Citi', 'C.N#']);
    expect(marked('the Dow .DJI fell and (.SPX) too')).toEqual(['the', 'Dow', '.DJI#', 'fell', 'and', '|.SPX#', '|too']);
    expect(marked('U.S. crude CLc1 and Brent LCOc1, the euro EUR= and EUR=EBS, yields US10YT=RR')).toEqual(['U.S.', 'crude', 'CLc1#', 'and', 'Brent', 'LCOc1#', '|the', 'euro', 'EUR=#', 'and', 'EUR=EBS#', '|yields', 'US10YT=RR#']);
  });

  it('leaves words, abbreviations and decimals that look like instrument codes as they were', () => {
    expect(words('The U.S economy, Washington D.C, E.ON, N.Y and A.G. Edwards at 7 a.m. in the U.K')).toEqual(['The', 'U', 'S', 'economy', 'Washington', 'D', 'C', 'E', 'ON', 'N', 'Y', 'and', 'A.G.', 'Edwards', 'at', '7', 'a.m.', 'in', 'the', 'U', 'K']);
    expect(words('rose 3.5 to 1,000.5; the end.It said IBM, VOD.Later, x=5 and MiG29 Aa3 10b5')).toEqual(['rose', '3.5', 'to', '1,000.5', 'the', 'end', 'It', 'said', 'IBM', 'VOD', 'Later', 'x', '5', 'and', 'MiG29', 'Aa3', '10b5']);
    expect(tokenizeWords('IBM Aa3 MiG29', options).every((t) => t.word.isWord)).toBe(true);
    expect(words('prices.DJI fell')).toEqual(['prices', 'DJI', 'fell']);
    expect(tokenizeWords('E.T, P.O and U.N envoys on .NET', options).every((t) => t.word.isWord)).toBe(true);
    // A one-letter code before a full stop is read as an acronym, as "U.S." is.
    expect(tokenizeWords('Citi C.N. said', options).map((t) => [t.word.surface, t.word.isWord])).toEqual([['Citi', true], ['C.N.', true], ['said', true]]);
  });

  it('reads "I" or "A" between an acronym after a lowercase word and a lowercase word as a sentence whose full stop lost its space, not an exchange', () => {
    const marked = (text: string) => tokenizeWords(text, options).map((t) => t.word.surface + (t.word.isWord ? '' : '#'));
    expect(marked("the EU.I think so, the EU.I'm sure, with NATO.A new plan")).toEqual(['the', 'EU', 'I', 'think', 'so', 'the', 'EU', "I'm", 'sure', 'with', 'NATO', 'A', 'new', 'plan']);
    // Codes of those exchanges after a name or a bracket, before punctuation or a capital stay codes, as do the others after a lowercase word.
    expect(marked('U.S. Cellular Corp USM.A both said, Independent News and Media INWS.I to buy')).toEqual(['U.S.', 'Cellular', 'Corp', 'USM.A#', 'both', 'said', 'Independent', 'News', 'and', 'Media', 'INWS.I#', 'to', 'buy']);
    expect(marked('CRH (CRH.I) and AIB.I, BKIR.I. GLD.A Shares of VOD.L rose')).toEqual(['CRH', 'CRH.I#', 'and', 'AIB.I#', 'BKIR.I#', 'GLD.A#', 'Shares', 'of', 'VOD.L#', 'rose']);
  });

  it('marks punctuation between words as a break', () => {
    const tokens = tokenizeWords('prices rose, markets fell', options);
    expect(tokens.map((t) => t.breakBefore)).toEqual([false, false, true, false]);
  });
});
