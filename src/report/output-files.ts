// The files a run writes into its output directory and what each is for, in one list: the terminal
// names them at the end of a run, --help before it, and the directory's README.md to whoever finds
// the folder later, without the project beside it (that note had said "See the project README").

export const OUTPUT_FILES = [
  ['summary.html', 'the corpus at a glance: open it in a browser'],
  ['articles.csv', 'one row an article: metadata, size, sentiment, top keyphrases and terms'],
  ['terms.csv', 'each article\'s terms, words and phrases: counts and TF-IDF'],
  ['corpus_terms.csv', 'the corpus\'s terms: counts and the articles that have them'],
  ['keyphrases.csv', 'each article\'s ranked keyphrases'],
  ['sentences.csv', 'each sentence\'s sentiment and the words that drove it'],
  ['removed_lines.csv', 'each line the cleaner removed, and why'],
  ['errors.csv', 'files skipped (not text, empty, too large, unreadable) and warnings'],
  ['report.json', 'the reports for programs'],
  ['manifest.json', 'the run: config used, versions, counts'],
  ['clean/', 'each article\'s text after cleaning'],
] as const;

/** The files' names, as one line lists them. */
export const OUTPUT_FILE_NAMES = OUTPUT_FILES.map(([name]) => name).join(', ');
