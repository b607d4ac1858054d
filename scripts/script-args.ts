// The command line of the bench, eval and fit scripts: node:util's parseArgs and --help, which prints
// what the script does and its options, then exits 0, before the script reads any bench data. An
// unknown option or a missing value is the problem and the usage on stderr, exit code 2 (it had been
// parseArgs' stack trace).
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** An option as parseArgs takes it, with its line for --help and the name of its value (N, DIR, ...). */
type ScriptOption = NonNullable<ParseArgsConfig['options']>[string] & { help: string; value?: string };

/** What parseArgs gives for these options (its result type resolves only for options known where it is called). */
type Values<O extends Record<string, ScriptOption>> = ReturnType<typeof parseArgs<{ options: O }>>['values'];

/** The options parsed; with --help (or -h) the usage, `about` and a line per option on stdout, and exit 0. */
export function scriptArgs<const O extends Record<string, ScriptOption>>(usage: string, about: string, options: O): Values<O> {
  let values;
  try {
    ({ values } = parseArgs({ options: { ...options, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${helpText(usage, about, options)}`);
    process.exit(2);
  }
  if ((values as { help?: boolean }).help) {
    console.log(helpText(usage, about, options));
    process.exit(0);
  }
  return values as Values<O>;
}

function helpText(usage: string, about: string, options: Record<string, ScriptOption>): string {
  const lines = Object.entries(options).map(([name, option]) => {
    const flag = option.type === 'string' ? `--${name} ${option.value ?? 'VALUE'}` : `--${name}`;
    const shown = Array.isArray(option.default) ? option.default.join(', ') : option.default;
    const notes = [option.multiple ? 'repeatable' : '', shown === undefined || shown === false ? '' : `default ${shown}`].filter(Boolean);
    return [flag, `${option.help}${notes.length ? ` (${notes.join('; ')})` : ''}`];
  });
  lines.push(['-h, --help', 'this text']);
  const width = Math.max(...lines.map(([flag]) => flag!.length));
  return [`usage: ${usage}`, '', about, '', 'options:', ...lines.map(([flag, text]) => `  ${flag!.padEnd(width)}  ${text}`)].join('\n');
}
