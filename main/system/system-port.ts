import type { Inventory, Platform } from '@shared/contracts/inventory';
import type { ScanWarning } from '@shared/contracts/scan-report';
import type { ScanProgress } from '@shared/api/scan-calls';

/** A program and its arguments, run without a shell. Built only by main from what detection found. */
export interface CommandSpec {
  readonly file: string;
  readonly args: readonly string[];
  /** Raise only this command (never the app) — see main/removal for how each OS does it. */
  readonly elevate?: boolean;
  readonly timeoutMs?: number;
  /** Characters kept per stream (default 1 MiB); more is cut and `truncated` says so. */
  readonly maxOutput?: number;
}

export interface CommandResult {
  readonly exitCode: number | null;
  readonly signal: string | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly durationMs: number;
  readonly timedOut: boolean;
  /** Set when the program could not be started at all (ENOENT, EACCES…). */
  readonly spawnError: string | null;
  /** True when stdout or stderr was longer than `maxOutput` and was cut: never silently. */
  readonly truncated?: boolean;
}

export interface RunOptions {
  readonly onOutput?: (chunk: string, stream: 'stdout' | 'stderr') => void;
  readonly signal?: AbortSignal;
}

export interface MachineInfo {
  readonly kind: 'real' | 'simulated';
  readonly name: string | null;
  readonly platform: Platform;
}

export interface MachinePaths {
  readonly home: string;
  readonly documents: string;
  readonly downloads: string;
}

/** How to start SafeSwitch on this machine (to reopen it once after a restart). */
export interface AppLaunch {
  /** The app's executable (absolute). */
  readonly file: string;
  readonly args: readonly string[];
}

export interface InventoryResult {
  readonly inventory: Inventory;
  readonly warnings: ScanWarning[];
}

/**
 * The System port: everything the service needs from a machine. Two implementations — the real
 * machine and a simulated one from a scenario file — and nothing above this knows which it has.
 */
export interface SystemPort {
  readonly machine: MachineInfo;
  readonly paths: MachinePaths;
  collectInventory(onProgress?: (progress: ScanProgress) => void): Promise<InventoryResult>;
  run(spec: CommandSpec, options?: RunOptions): Promise<CommandResult>;
  /** Whether a folder exists on this machine (verifying a removal looks for the product's folders). */
  folderExists(path: string): Promise<boolean>;
  /** Where SafeSwitch itself is installed on this machine, when the machine knows (the Electron shell tells the real one). */
  readonly appLaunch: AppLaunch | null;
  now(): Date;
}
