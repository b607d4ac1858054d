// errors.csv's rows that are no article's: the run's settings and its reports.
import { settingWarnings, type PipelineConfig } from '../config.js';
import { englishOnlyWarning, languageWarning } from '../text/language.js';
import type { Problem } from '../types.js';
import { numericIdsWarning, sheetRowsWarning } from './csv.js';
import type { ReportName } from './index.js';

/** errors.csv's rows for the config: settings that are allowed but probably not meant. */
export function configProblems(config: PipelineConfig): Problem[] {
  const warnings = [languageWarning(config.language), englishOnlyWarning(config.language, config.sentiment.otherLanguages), ...settingWarnings(config)];
  return warnings.flatMap((warning) => (warning ? [{ sourceFile: 'config', articleId: null, stage: 'config', severity: 'warning', problem: warning } satisfies Problem] : []));
}

/** errors.csv's rows for reports with more rows than a spreadsheet opens. */
export function sheetRowsProblems(rowCounts: Record<ReportName, number>): Problem[] {
  return Object.entries(rowCounts).flatMap(([name, rows]) => {
    const warning = sheetRowsWarning(`${name}.csv`, rows);
    return warning ? [{ sourceFile: `${name}.csv`, articleId: null, stage: 'report', severity: 'warning', problem: warning } satisfies Problem] : [];
  });
}

/** errors.csv's row for article ids a spreadsheet reads as other numbers (`first`: the first of `count` such ids). */
export function numericIdProblems({ first, count }: { first: readonly string[]; count: number }): Problem[] {
  const warning = numericIdsWarning(first, count);
  return warning ? [{ sourceFile: 'articles.csv', articleId: null, stage: 'report', severity: 'warning', problem: warning }] : [];
}
