import type { Platform } from '../contracts/inventory';
import type { ScanReport } from '../contracts/scan-report';
import type { UninstallerCheck } from './signature-gate';

/** Where commands run and where their logs go; main fills it from the real machine. */
export interface CommandEnvironment {
  readonly platform: Platform;
  /** The migration folder (main's data folder): msiexec's `/l*v` log goes here. */
  readonly logFolder: string;
  /** Windows `%SystemRoot%`, already expanded and checked by main. Default `C:\Windows`. */
  readonly systemRoot?: string;
  /** Windows Program Files folders. Default `C:\Program Files` and `C:\Program Files (x86)`. */
  readonly programFiles?: readonly string[];
  /** Linux: the machine's package manager when detection did not say (main checks /var/lib/dpkg). */
  readonly packageManager?: 'dpkg' | 'rpm' | null;
}

/**
 * Whether a password manager's data is safe: `saved` (exported by the Save step), `declined` (the
 * user explicitly said they do not need it) or `not-saved`. Missing counts as `not-saved`.
 */
export type PasswordDataState = 'saved' | 'declined' | 'not-saved';

export interface RemovalPlanInput {
  readonly report: ScanReport;
  /** The product ids the user ticked. Built-in protection is never planned, whatever is sent. */
  readonly selectedIds: readonly string[];
  readonly environment: CommandEnvironment;
  /** Per password-manager product id. */
  readonly passwordData?: Readonly<Record<string, PasswordDataState>>;
  /**
   * Per product id, main's signature check of the program it would raise. When given (the wizard
   * always gives it), a command that needs a signature without a trusted check becomes a manual
   * step; when absent (the CLI's plan) the launch gate in main still checks before running.
   */
  readonly signatureChecks?: Readonly<Record<string, UninstallerCheck | null>>;
}
