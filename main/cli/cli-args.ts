/** Value after a flag (`--scenario FILE` or `--scenario=FILE`), or null. */
export function argValue(argv: readonly string[], flag: string): string | null {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === flag) return argv[i + 1] ?? null;
    if (arg?.startsWith(`${flag}=`)) return arg.slice(flag.length + 1);
  }
  return null;
}

export class UsageError extends Error {}

export interface ParsedArgs {
  readonly positionals: string[];
  readonly flags: Map<string, string | true>;
}

/**
 * Strict flag parsing: only the flags a command declares; value flags need a value. Anything else
 * is a UsageError (exit 2).
 */
export function parseArgs(
  argv: readonly string[],
  spec: { readonly booleans?: readonly string[]; readonly values?: readonly string[] },
): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  const booleans = new Set(spec.booleans ?? []);
  const values = new Set(spec.values ?? []);
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (booleans.has(name) && eq === -1) flags.set(name, true);
    else if (values.has(name)) {
      const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined || value === '' || (eq === -1 && value.startsWith('--'))) throw new UsageError(`${name} needs a value`);
      flags.set(name, value);
    } else throw new UsageError(`unknown option ${name}`);
  }
  return { positionals, flags };
}
