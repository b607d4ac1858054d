// The sentence splitter (text/sentences.ts).
import { describe, expect, it } from 'vitest';
import { stopwordSet } from '../../src/text/language.js';
import { splitSentences } from '../../src/text/sentences.js';

const stopwords = stopwordSet('en', ["isn't"]);

describe('splitSentences', () => {
  it('does not end a sentence after the number opening a list item, a listicle\'s heading', () => {
    expect(splitSentences('1. The hills are steeper than they look', stopwords)).toEqual(['1. The hills are steeper than they look']);
    expect(splitSentences('10. Learn a few words of Portuguese. It goes a long way.', stopwords)).toEqual(['10. Learn a few words of Portuguese.', 'It goes a long way.']);
    // Inside a paragraph, or a year opening it, a number before a full stop still ends a sentence.
    expect(splitSentences('The tram line is number 28. It is always full.', stopwords)).toHaveLength(2);
    expect(splitSentences('It ended in 2023. The next began.', stopwords)).toHaveLength(2);
  });

  it('does not end a sentence after news abbreviations and initials', () => {
    const text = 'Mr. Smith of Acme Inc. met Dr. Jones on Jan. 5 in Washington. John F. Kennedy was not there.';
    expect(splitSentences(text, stopwords)).toEqual([
      'Mr. Smith of Acme Inc. met Dr. Jones on Jan. 5 in Washington.',
      'John F. Kennedy was not there.',
    ]);
  });

  it('ends a sentence after abbreviations that are words too, unless a number or a capital says they are abbreviations', () => {
    expect(splitSentences('He said no. The board agreed.', stopwords)).toHaveLength(2);
    expect(splitSentences('Is it over? No. The fight goes on.', stopwords)).toEqual(['Is it over?', 'No.', 'The fight goes on.']);
    expect(splitSentences('They sat in the sun. The couple will wed. Their families agreed.', stopwords)).toHaveLength(3);
    expect(splitSentences('It was No. 5 on the list, see fig. 3 and Vol. 2 of the report.', stopwords)).toHaveLength(1);
    expect(splitSentences('The game is on Sat. Jan. 5 and Sun. Mar. 3 at noon.', stopwords)).toHaveLength(1);
  });

  it('ends a sentence after an address, company or name suffix when a function word follows, not before a name', () => {
    expect(splitSentences('He lives on Main St. The house is old.', stopwords)).toEqual(['He lives on Main St.', 'The house is old.']);
    expect(splitSentences('Shares of Acme Co. rose. They sold to Acme Inc. It paid cash.', stopwords)).toEqual(['Shares of Acme Co. rose.', 'They sold to Acme Inc.', 'It paid cash.']);
    expect(splitSentences('He flew to St. Louis, past Elm Ave. Bridge, with Acme Corp. Chairman Tom Welby Jr. Davis.', stopwords)).toHaveLength(1);
    // A given name's abbreviation is no sentence end either ("Wm. Wrigley Jr. Co.").
    expect(splitSentences('Shares of Wm. Wrigley Jr. Co. rose as Chas. Pfizer & Co. and Thos. Cook fell.', stopwords)).toHaveLength(1);
    // Titles never end one, whatever follows.
    expect(splitSentences('He met Dr. A Smith and Gen. The Hon. Jones.', stopwords)).toHaveLength(1);
  });

  it('neither ends nor opens a sentence at an instrument code', () => {
    expect(splitSentences('Shares of Vodafone (VOD.L) rose. The Dow .DJI fell 2 percent .DJI. Oil CLc1 rose. Citi C.N. The bank GOOG.O. It', stopwords)).toEqual([
      'Shares of Vodafone (VOD.L) rose.', 'The Dow .DJI fell 2 percent .DJI.', 'Oil CLc1 rose.', 'Citi C.N.', 'The bank GOOG.O.', 'It',
    ]);
  });

  it('ends a sentence after an acronym only when a sentence start follows', () => {
    expect(splitSentences('U.S. officials met. They left the U.S. The talks ended!', stopwords)).toEqual([
      'U.S. officials met.',
      'They left the U.S.',
      'The talks ended!',
    ]);
    expect(splitSentences('He met U.S. Trade Representative Tai.', stopwords)).toHaveLength(1);
  });

  it('ends a sentence after a time\'s a.m. or p.m. before a capital, not before its day, month or zone', () => {
    expect(splitSentences('School starts at 7:45 a.m. Middle schools start at 8:30. It ends at 3 p.m. Buses leave at 4.', stopwords)).toEqual([
      'School starts at 7:45 a.m.',
      'Middle schools start at 8:30.',
      'It ends at 3 p.m.',
      'Buses leave at 4.',
    ]);
    expect(splitSentences('The vote is at 10 a.m. Tuesday and the count at 9 p.m. EST, or 2 a.m. GMT.', stopwords)).toHaveLength(1);
    expect(splitSentences('The 9 a.m. meeting ran until 11 a.m. Eastern on Jan. 5 and 4 p.m. June 3.', stopwords)).toHaveLength(1);
  });

  it('ends a sentence after a time\'s p.m. before a name that is also a month ("Dez", "May"): a month goes on with its day or year', () => {
    expect(splitSentences('The game kicked off at 8 p.m. Dez Bryant caught the first pass.', stopwords)).toEqual(['The game kicked off at 8 p.m.', 'Dez Bryant caught the first pass.']);
    expect(splitSentences('Doors open at 7 p.m. May Hollis will sing first.', stopwords)).toHaveLength(2);
    expect(splitSentences('The vote closes at 5 p.m. Dec. 4 and the count at 9 a.m. December 2026.', stopwords)).toHaveLength(1);
  });

  it('splits at the quotes of German, French and Spanish text as at English ones', () => {
    expect(splitSentences('Die Opposition kritisierte das Paket. „Das ist ein Tropfen auf den heißen Stein“, sagte er. „Gut.“ Die Union schwieg.', stopwords)).toEqual([
      'Die Opposition kritisierte das Paket.',
      '„Das ist ein Tropfen auf den heißen Stein“, sagte er.',
      '„Gut.“',
      'Die Union schwieg.',
    ]);
    expect(splitSentences('Sie sagte: »Wir bleiben.« Dann ging sie.', stopwords)).toEqual(['Sie sagte: »Wir bleiben.«', 'Dann ging sie.']);
    expect(splitSentences('La BCE attend. « Nous ne sommes pas au bout. » Les marchés ont reculé.', stopwords)).toEqual([
      'La BCE attend.',
      '« Nous ne sommes pas au bout. »',
      'Les marchés ont reculé.',
    ]);
    expect(splitSentences('El Gobierno habló. ¿Qué pasará ahora? ¡Nadie lo sabe! El ministro calló.', stopwords)).toEqual([
      'El Gobierno habló.',
      '¿Qué pasará ahora?',
      '¡Nadie lo sabe!',
      'El ministro calló.',
    ]);
  });

  it('ends sentences at the full stops of Chinese, Japanese and Hindi and before letters of scripts without capitals', () => {
    // Japanese and Chinese put no space after 。！？; a closing quote can follow it.
    expect(splitSentences('気象庁は発表した。満開は来週だという！「春が来た」と話した。', stopwords)).toEqual(['気象庁は発表した。', '満開は来週だという！', '「春が来た」と話した。']);
    expect(splitSentences('他说：“我们会赢。”市长表示，计划将继续？专家认为有意义。', stopwords)).toEqual(['他说：“我们会赢。”', '市长表示，计划将继续？', '专家认为有意义。']);
    // Hindi ends with the danda, Arabic asks with its own question mark.
    expect(splitSentences('नई दिल्ली। राजधानी में प्रदूषण बढ़ा। सरकार ने आदेश दिया।', stopwords)).toEqual(['नई दिल्ली।', 'राजधानी में प्रदूषण बढ़ा।', 'सरकार ने आदेश दिया।']);
    expect(splitSentences('هل ترتفع الأسعار؟ قال محللون إن الطلب قوي. وأضافوا أن المستثمرين يبحثون عن ملاذ آمن.', stopwords)).toEqual([
      'هل ترتفع الأسعار؟',
      'قال محللون إن الطلب قوي.',
      'وأضافوا أن المستثمرين يبحثون عن ملاذ آمن.',
    ]);
    // Urdu ends with its own full stop (U+06D4), in Arabic script.
    expect(splitSentences('شہر میں بارش ہوئی۔ حکومت نے اسکول بند کر دیے۔', stopwords)).toEqual(['شہر میں بارش ہوئی۔', 'حکومت نے اسکول بند کر دیے۔']);
    // Amharic ends with the Ethiopic full stop ("።") and asks with "፧", Armenian ends with "։".
    expect(splitSentences('ባንኩ መግለጫ አወጣ። ገዥው ምን አሉ፧ መመሪያው ተግባራዊ ይሆናል።', stopwords)).toEqual(['ባንኩ መግለጫ አወጣ።', 'ገዥው ምን አሉ፧', 'መመሪያው ተግባራዊ ይሆናል።']);
    expect(splitSentences('Կառավարությունը հաստատեց բյուջեն։ Պատգամավորները քվեարկեցին։', stopwords)).toEqual(['Կառավարությունը հաստատեց բյուջեն։', 'Պատգամավորները քվեարկեցին։']);
    expect(splitSentences('ההחלטה התקבלה אתמול. ראש העירייה בירך על ההחלטה.', stopwords)).toEqual(['ההחלטה התקבלה אתמול.', 'ראש העירייה בירך על ההחלטה.']);
    expect(splitSentences('서울시는 17일 밝혔다. 시 관계자는 설명했다.', stopwords)).toEqual(['서울시는 17일 밝혔다.', '시 관계자는 설명했다.']);
    // Greek asks with ";" (U+037E, which NFC makes a semicolon); an English semicolon goes on.
    expect(splitSentences('Τι θα γίνει; Η κυβέρνηση αποφάσισε. «Θα δούμε;» Οι πολίτες περιμένουν.', stopwords)).toEqual([
      'Τι θα γίνει;',
      'Η κυβέρνηση αποφάσισε.',
      '«Θα δούμε;»',
      'Οι πολίτες περιμένουν.',
    ]);
    expect(splitSentences('Prices rose; The Times said so.', stopwords)).toHaveLength(1);
    // A lowercase word still goes on after a dot, whatever follows.
    expect(splitSentences('He met the U.S. officials and left.', stopwords)).toHaveLength(1);
  });

  it('ends a sentence before a dash or a handle that opens the next one, and not before an aside or inside a sentence', () => {
    // A list run into one paragraph: its items open with a dash.
    expect(splitSentences('Stocks extend gains after U.S. GDP. - Dollar falls after the data. -- Start by examining your goals.', stopwords)).toEqual([
      'Stocks extend gains after U.S. GDP.',
      '- Dollar falls after the data.',
      '-- Start by examining your goals.',
    ]);
    expect(splitSentences('Shares fell. — A spokesman declined to comment. It rose again. – The opposition disagreed.', stopwords)).toEqual([
      'Shares fell.',
      '— A spokesman declined to comment.',
      'It rose again.',
      '– The opposition disagreed.',
    ]);
    // After an acronym, as without the dash: a function word opens a sentence, a name does not.
    expect(splitSentences('They left the U.S. - The talks ended.', stopwords)).toHaveLength(2);
    expect(splitSentences('Two carriers -- Harbour Air and Northwind Airlines Corp. -- operating in bankruptcy.', stopwords)).toHaveLength(1);
    expect(splitSentences('It rose. — and then it fell.', stopwords)).toHaveLength(1);
    // Handles are often lowercase; one in a sentence or after an abbreviation splits nothing.
    expect(splitSentences('He said prices rose. @reuters reported the deal first. "@AP is wrong," he wrote.', stopwords)).toEqual([
      'He said prices rose.',
      '@reuters reported the deal first.',
      '"@AP is wrong," he wrote.',
    ]);
    expect(splitSentences('Follow @reuters and Mr. @smith for updates.', stopwords)).toHaveLength(1);
  });

  it('ends no sentence at a "!" or "?" that closes an aside in brackets opened inside the sentence (an agency\'s name in a dateline)', () => {
    expect(splitSentences("TOKYO Nov 6 (Reuters Life!) - Harbour Corp.'s Jane Doe spoke. She smiled.", stopwords)).toEqual([
      "TOKYO Nov 6 (Reuters Life!) - Harbour Corp.'s Jane Doe spoke.",
      'She smiled.',
    ]);
    expect(splitSentences('The firm (and its rival?) - Acme - both fell.', stopwords)).toHaveLength(1);
    // A sentence in brackets of its own ends at its mark.
    expect(splitSentences('He left. (He was angry!) Then he came back.', stopwords)).toEqual(['He left.', '(He was angry!)', 'Then he came back.']);
    expect(splitSentences('He left (for good). What now?', stopwords)).toEqual(['He left (for good).', 'What now?']);
  });

  it('splits after closing quotes and question marks', () => {
    expect(splitSentences('“We will win,” he said. “Will we?” She asked.', stopwords)).toEqual([
      '“We will win,” he said.',
      '“Will we?”',
      'She asked.',
    ]);
  });
});
