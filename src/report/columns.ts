// What each column of the CSV reports holds, in a line: the data dictionary of the README.md every
// output directory gets, so a folder of reports sent to a colleague, who has no docs/reference.md,
// says what `idf`, `relative_frequency` or a keyphrase's `score` are. Typed by REPORT_COLUMNS: a
// column added without its line does not compile. docs/reference.md has each column in full.
import { REPORT_COLUMNS, type ReportName } from './index.js';

type ColumnNotes = { [R in ReportName]: Record<(typeof REPORT_COLUMNS)[R][number], string> };

const ARTICLE_ID = 'the article: its file\'s path below the input without `.txt`, or its JSONL `id`';
const NOT_SCORED = 'empty, labelled `not scored`, for an article in another language than English or of no words';

const COLUMN_NOTES: ColumnNotes = {
  articles: {
    article_id: ARTICLE_ID,
    source_file: 'the file it came from, below the input directory, or `file.jsonl:LINE`',
    clean_file: 'its text after cleaning, in this directory',
    title: 'the headline, from the input or the header lines the cleaner removed',
    date: 'the day it was published (ISO 8601, `2023-04-29`); empty when none was read',
    time: 'the time of day with `date`, 24-hour (`20:19`), when the page gives one',
    byline: 'the author(s)',
    source: 'the outlet or news agency (`Reuters`, `The Associated Press`)',
    url: 'the web address of the page, when the input or the page gives it',
    encoding: 'what the bytes were decoded from (`utf-8`, `windows-1252`, ... or `jsonl`)',
    words: 'words in the cleaned text (numbers and web addresses left out)',
    sentences: 'sentences in the cleaned text',
    removed_lines: 'lines the cleaner removed (listed in removed_lines.csv)',
    sentiment: `the mean of its sentences' scores, from -1 (most negative) to +1 (most positive), 4 decimals; ${NOT_SCORED}`,
    sentiment_label: '`positive` at or above sentiment.positiveThreshold (default 0.05), `negative` at or below sentiment.negativeThreshold (-0.05), else `neutral`',
    positive_sentences: 'sentences labelled positive',
    negative_sentences: 'sentences labelled negative',
    top_positive_words: 'the words that raised the score most, over the whole article',
    top_negative_words: 'the words that lowered the score most',
    top_keyphrases: 'its best keyphrases (keyphrases.csv has them ranked and scored)',
    top_terms: 'its single words of highest TF-IDF (terms.csv has them with their numbers)',
    warnings: 'what needs care (also in errors.csv)',
    duplicate_of: 'the first article in input order with the same cleaned text (a copy); empty otherwise',
    near_duplicate_of: 'the earliest article with nearly the same text (an update or refile; counted as any article); empty otherwise',
  },
  terms: {
    article_id: ARTICLE_ID,
    term: 'a word or phrase, counted under its stem (`market` and `markets` are one term) and written as the article writes it most; stopwords left out',
    n: 'words in the term (1, 2 or 3)',
    count: 'times it occurs in the article',
    relative_frequency: 'count divided by the occurrences of all terms of the same n in the article',
    tf_idf: 'relative_frequency × idf (corpus_terms.csv): high for a term frequent here and rare in the corpus',
    rank: '1 = highest tf_idf among the article\'s terms of that n',
  },
  corpus_terms: {
    term: 'a word or phrase, as in terms.csv',
    n: 'words in the term',
    count: 'times it occurs in all articles',
    documents: 'articles that contain it (a copy, duplicate_of, counts once)',
    idf: 'ln((1 + N) / (1 + documents)) + 1, N the articles (copies once): higher for rarer terms',
  },
  keyphrases: {
    article_id: ARTICLE_ID,
    rank: '1 = best',
    keyphrase: 'a phrase or name that says what the article is about, as the text writes it',
    score: '1 for the article\'s best, falling with the rank: compare within an article only',
  },
  sentences: {
    article_id: ARTICLE_ID,
    sentence: 'its place in the article, from 1',
    text: 'the sentence',
    sentiment: `from -1 to +1, 4 decimals; ${NOT_SCORED}`,
    label: '`positive`, `negative` or `neutral`, as articles.csv\'s sentiment_label',
    drivers: 'the words that moved the score, with what each added (about -4 to +4 a word), strongest first; `(other words)` the rest',
  },
  removed_lines: {
    article_id: ARTICLE_ID,
    line: 'its line number in the input text, from 1',
    text: 'the line',
    kind: '`title`, `metadata` (byline, date line), `boilerplate` or `headline`',
    reason: 'why the cleaner removed it',
  },
  errors: {
    source_file: 'the input file (`file.jsonl:LINE` for a record), `config` for a setting, or a report\'s name',
    article_id: 'the article, when there is one',
    stage: '`ingest`, `clean`, `analyze`, `report` or `config`',
    severity: '`error`: the input was skipped; `warning`: it was analysed but needs care',
    problem: 'what happened, and what to do',
  },
};

/** The data dictionary as Markdown: a heading per report, a line per column. */
export const columnsMarkdown = (): string =>
  Object.entries(COLUMN_NOTES)
    .map(([report, notes]) => `### ${report}.csv\n\n${Object.entries(notes).map(([column, note]) => `- \`${column}\`: ${note}`).join('\n')}\n`)
    .join('\n');
