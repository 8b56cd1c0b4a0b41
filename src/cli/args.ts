import { ReportError } from '../core/errors';

/** A small argv parser: `--flag`, `--name value`, `--name=value`, and positional arguments. */
export interface ParsedArgs {
  positionals: string[];
  flags: Set<string>;
  values: Map<string, string>;
}

export function parseArgs(argv: readonly string[], valueOptions: readonly string[], flagOptions: readonly string[]): ParsedArgs {
  const parsed: ParsedArgs = { positionals: [], flags: new Set(), values: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      parsed.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      parsed.positionals.push(arg);
      continue;
    }
    const [name = '', inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (flagOptions.includes(name)) parsed.flags.add(name);
    else if (valueOptions.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new ReportError('argument-invalid', { detail: `--${name} 需要一个值 / --${name} needs a value` });
      parsed.values.set(name, value);
    } else throw new ReportError('argument-invalid', { detail: `未知选项 / unknown option: ${arg}` });
  }
  return parsed;
}
