import type { ExportFile } from '@shared/api/save-calls';
import { findExportFiles, type ExportSniffer, type WatchedFolder } from './export-finder';

export interface ExportWatcherOptions {
  readonly folders: readonly WatchedFolder[];
  readonly sniff: ExportSniffer;
  /** Called once per new export file (path not seen before, or changed since). */
  readonly onFound: (file: ExportFile) => void;
  readonly intervalMs?: number;
  /** Stops by itself after this long, so a forgotten watch never runs for days. */
  readonly maxDurationMs?: number;
}

/**
 * Polls Downloads and Documents for a new KPM export. Polling (not fs.watch) because it behaves the
 * same on every OS and on network or synced folders; a listing every few seconds is cheap.
 * It only reports files: using one is always the user's choice.
 */
export class ExportWatcher {
  private timer: NodeJS.Timeout | null = null;
  private stopTimer: NodeJS.Timeout | null = null;
  private seen = new Map<string, string>();
  private scanning = false;
  /** The first listing in flight; a second start waits for it instead of starting another timer. */
  private starting: Promise<void> | null = null;
  /** The latest request: a stop that arrives during the first listing wins over the start. */
  private wanted = false;

  constructor(private readonly options: ExportWatcherOptions) {}

  get watching(): boolean {
    return this.timer !== null;
  }

  /** Remembers what is there now (already offered in the list) and reports only what comes later. */
  async start(): Promise<void> {
    this.wanted = true;
    if (this.timer) return;
    this.starting ??= this.begin().finally(() => {
      this.starting = null;
    });
    await this.starting;
  }

  private async begin(): Promise<void> {
    const present = await findExportFiles(this.options.folders, this.options.sniff);
    if (!this.wanted || this.timer) return;
    for (const file of present) this.seen.set(file.path, file.modifiedAt);
    this.timer = setInterval(() => void this.poll(), this.options.intervalMs ?? 2000);
    this.timer.unref();
    this.stopTimer = setTimeout(() => this.stop(), this.options.maxDurationMs ?? 60 * 60 * 1000);
    this.stopTimer.unref();
  }

  stop(): void {
    this.wanted = false;
    if (this.timer) clearInterval(this.timer);
    if (this.stopTimer) clearTimeout(this.stopTimer);
    this.timer = null;
    this.stopTimer = null;
  }

  /** One look at the folders; public so tests need not wait for the timer. */
  async poll(): Promise<ExportFile[]> {
    if (this.scanning) return [];
    this.scanning = true;
    try {
      const fresh: ExportFile[] = [];
      for (const file of await findExportFiles(this.options.folders, this.options.sniff)) {
        if (this.seen.get(file.path) === file.modifiedAt) continue;
        this.seen.set(file.path, file.modifiedAt);
        fresh.push(file);
        this.options.onFound(file);
      }
      return fresh;
    } finally {
      this.scanning = false;
    }
  }
}
