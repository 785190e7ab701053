/** The Content-Security-Policy of an HTML page's <meta http-equiv> tag, as directive → sources. */
export function readMetaCsp(html: string): Map<string, string[]> | null {
  for (const tag of html.match(/<meta\b[^>]*>/gis) ?? []) {
    if (!/http-equiv\s*=\s*["']?content-security-policy["']?/i.test(tag)) continue;
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    const policy = content?.[1] ?? content?.[2];
    if (policy === undefined) return null;
    return parseCsp(policy);
  }
  return null;
}

export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

const LOOSE_SOURCES = new Set(["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'wasm-unsafe-eval'", '*', 'http:', 'https:', 'ws:', 'wss:', 'blob:', 'filesystem:']);

/**
 * Why a policy is not strict enough for an offline app, or an empty list. Strict means: nothing by
 * default, scripts only from the app's own files, no plugins, no base-tag tricks, no form posts,
 * and no source anywhere that opens the page to the network or to inline code.
 */
export function cspProblems(directives: Map<string, string[]>): string[] {
  const problems: string[] = [];
  const effective = (name: string): string[] | undefined => directives.get(name) ?? directives.get('default-src');
  const defaultSrc = directives.get('default-src');
  if (!defaultSrc || !(defaultSrc.length === 1 && ["'none'", "'self'"].includes(defaultSrc[0]!))) {
    problems.push(`default-src must be 'none' or 'self', not ${JSON.stringify(defaultSrc ?? null)}`);
  }
  const scripts = effective('script-src') ?? [];
  if (!scripts.every((source) => source === "'self'" || /^'(sha256|sha384|sha512)-/.test(source))) {
    problems.push(`script-src must allow only 'self' (or hashes), not ${scripts.join(' ')}`);
  }
  if (effective('object-src')?.join(' ') !== "'none'") problems.push("object-src must be 'none'");
  if (!["'none'", "'self'"].includes(directives.get('base-uri')?.join(' ') ?? '')) problems.push("base-uri must be 'none' or 'self'");
  for (const [name, sources] of directives) {
    for (const source of sources) {
      if (LOOSE_SOURCES.has(source.toLowerCase()) || /^(https?|wss?):\/\//i.test(source)) {
        problems.push(`${name} allows ${source}`);
      }
    }
  }
  return problems;
}
