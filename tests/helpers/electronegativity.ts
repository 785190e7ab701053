import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** One Electronegativity finding, reduced to what a test report needs. */
export interface SecurityFinding {
  readonly id: string;
  readonly file: string;
  readonly line: number;
  readonly severity: string;
  readonly manualReview: boolean;
  readonly sample: string;
  readonly description: string;
}

export interface ElectronegativityResult {
  readonly findings: SecurityFinding[];
  /** Files the tool could not parse: a file it cannot read is a file it did not check. */
  readonly parseErrors: { file: string; message: string; tolerable: boolean }[];
}

const REPO_ROOT = resolve(__dirname, '../..');
const PACKAGE_DIR = join(REPO_ROOT, 'node_modules/@doyensec/electronegativity');

/**
 * Checks left out on purpose, with the reason:
 * - AvailableSecurityFixesGlobalCheck downloads Electron's release list from GitHub (and, when it
 *   can, rewrites files inside node_modules), so its verdict depends on the network. Its bundled
 *   list predates Electron 45. Keeping Electron current is the job of dependency updates, not lint.
 */
export const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'] as const;

/** The child runs the tool's programmatic API and writes plain JSON to a file (its stdout is noisy). */
const CHILD_SCRIPT = `
const [, packageDir, optionsJson, resultPath] = process.argv;
const run = require(packageDir);
run(JSON.parse(optionsJson)).then(
  (result) => require('node:fs').writeFileSync(resultPath, JSON.stringify(result)),
  (error) => { console.error(String(error && error.stack || error)); process.exit(1); },
);
`;

interface RawIssue {
  id: string;
  file: string;
  location: { line: number };
  severity: { name: string };
  manualReview: boolean;
  sample?: string;
  description: string;
}

/**
 * Runs Electronegativity over a folder in a child process. The tool tries the network (translations,
 * Electron releases) and tolerates failure; the hard timeout makes sure a stuck request cannot hang
 * the test run.
 */
export async function runElectronegativity(input: string, timeoutMs = 90_000): Promise<ElectronegativityResult> {
  const workDir = mkdtempSync(join(tmpdir(), 'safeswitch-eng-'));
  const resultPath = join(workDir, 'result.json');
  const options = {
    input: resolve(input),
    isRelative: true,
    electronVersionOverride: electronVersion(),
    excludeFromScan: EXCLUDED_CHECKS.map((check) => check.toLowerCase()),
  };
  try {
    await new Promise<void>((done, fail) => {
      execFile(
        process.execPath,
        ['-e', CHILD_SCRIPT, PACKAGE_DIR, JSON.stringify(options), resultPath],
        { timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 16 * 1024 * 1024 },
        (error, _stdout, stderr) => {
          if (error) fail(new Error(`Electronegativity did not finish (${error.message}): ${stderr}`));
          else done();
        },
      );
    });
    const raw = JSON.parse(readFileSync(resultPath, 'utf8')) as {
      issues: RawIssue[];
      errors: ElectronegativityResult['parseErrors'];
    };
    return {
      findings: raw.issues.map((issue) => ({
        id: issue.id,
        file: issue.file,
        line: issue.location.line,
        severity: issue.severity.name,
        manualReview: issue.manualReview,
        sample: issue.sample ?? '',
        description: issue.description,
      })),
      parseErrors: raw.errors,
    };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** The Electron version the app pins (the tool cannot find it in a source folder). */
export function electronVersion(): string {
  const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules/electron/package.json'), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

/** Every check id the installed Electronegativity knows (e.g. `SANDBOX_JS_CHECK`). */
export function knownCheckIds(): Set<string> {
  const ids = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.js')) {
        for (const match of readFileSync(path, 'utf8').matchAll(/this\.id = "([A-Z0-9_]+)"/g)) ids.add(match[1]!);
      }
    }
  };
  walk(join(PACKAGE_DIR, 'dist/finder/checks'));
  return ids;
}

export function formatFinding(finding: SecurityFinding): string {
  const review = finding.manualReview ? ' (review required)' : '';
  return `${finding.id} [${finding.severity}]${review} at ${finding.file}:${finding.line}: ${finding.description} — ${finding.sample.trim()}`;
}
