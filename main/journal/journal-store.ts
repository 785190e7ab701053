import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { journalSchema, newJournal, type Journal } from '@shared/journal/journal-schema';
import type { Notice } from '@shared/api/session-calls';
import { writeFileAtomically } from '../fs/atomic-file';
import { isTemporaryNameOf } from '../fs/durable-write';
import { CodedFailure } from '@shared/api/failure-codes';

export const JOURNAL_FILE = 'migration-journal.json';
/**
 * A real journal is a few hundred KiB at most (it never holds passwords or file contents); a bigger
 * file is not one SafeSwitch wrote, and reading it whole could exhaust memory.
 */
export const JOURNAL_MAX_BYTES = 8 * 1024 * 1024;

/** Thrown by update() when the file could not be written; memory stays at the last written journal. */
export class JournalWriteError extends CodedFailure {
  constructor(cause: unknown) {
    // A full disk or a link keeps its own code (and says so); any other failure is "not written".
    const coded = cause instanceof CodedFailure ? cause : null;
    super(coded?.code ?? 'journal-not-written', cause instanceof Error ? cause.message : String(cause), coded?.params);
  }
}

export interface LoadedJournal {
  readonly journal: Journal;
  readonly notices: Notice[];
}

/**
 * The migration journal: main owns the wizard's progress so it resumes after a crash or restart.
 * Every change is written atomically; an unreadable journal is kept aside, never deleted.
 */
export class JournalStore {
  readonly path: string;
  private current: Journal | null = null;
  /** The last journal the file is known to hold; memory falls back to it when a write fails. */
  private saved: Journal | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    readonly folder: string,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.path = join(folder, JOURNAL_FILE);
  }

  async load(): Promise<LoadedJournal> {
    await mkdir(this.folder, { recursive: true });
    await this.removeCrashLeftovers();
    let text: string;
    try {
      const size = (await stat(this.path)).size;
      if (size > JOURNAL_MAX_BYTES) {
        const keptAs = await this.keepAside('too-large');
        return this.fresh([{ kind: 'journal-too-large', keptAs }]);
      }
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return this.fresh([]);
      const keptAs = await this.keepAside();
      return this.fresh([{ kind: 'journal-unreadable', keptAs }]);
    }
    // A journal opened and saved in Notepad gains a UTF-8 byte order mark: it is still the journal.
    const parsed = safeJson(text.replace(/^\uFEFF/, ''));
    const result = parsed.ok ? journalSchema.safeParse(parsed.value) : null;
    if (!result?.success) {
      const keptAs = await this.keepAside();
      return this.fresh([{ kind: 'journal-recovered', keptAs }]);
    }
    this.current = result.data;
    this.saved = result.data;
    const resumed = result.data.completed.length > 0 || result.data.step !== 'check';
    return { journal: result.data, notices: resumed ? [{ kind: 'resumed', keptAs: null }] : [] };
  }

  get(): Journal {
    if (!this.current) throw new Error('journal not loaded');
    return this.current;
  }

  /**
   * Applies a change and writes it before resolving; writes are serialised. A change that cannot
   * be written is dropped from memory too, so what the wizard shows never runs ahead of the file a
   * restart would resume from (a later change queued on top of it carries it, and is kept if written).
   */
  async update(change: (journal: Journal) => Journal): Promise<Journal> {
    const next = journalSchema.parse({ ...change(structuredClone(this.get())), updatedAt: this.clock().toISOString() });
    this.current = next;
    const write = this.writing.then(() => writeFileAtomically(this.path, JSON.stringify(next, null, 2) + '\n'));
    this.writing = write.then(
      () => {
        this.saved = next;
      },
      () => {
        if (this.current === next) this.current = this.saved;
      },
    );
    try {
      await write;
    } catch (error) {
      throw new JournalWriteError(error);
    }
    return next;
  }

  /** Temporary files a crash left mid-write (the journal itself is whole: the rename never happened). */
  private async removeCrashLeftovers(): Promise<void> {
    const names = await readdir(this.folder).catch(() => [] as string[]);
    for (const name of names) {
      if (isTemporaryNameOf(name, JOURNAL_FILE)) await unlink(join(this.folder, name)).catch(() => undefined);
    }
  }

  /** Archives the current journal under a dated name and starts a new migration. */
  async startOver(): Promise<Journal> {
    await this.keepAside('finished');
    const { journal } = await this.fresh([]);
    return journal;
  }

  private async fresh(notices: Notice[]): Promise<LoadedJournal> {
    this.current = newJournal(randomUUID(), this.clock().toISOString());
    await this.update((j) => j);
    return { journal: this.get(), notices };
  }

  private async keepAside(label = 'unreadable'): Promise<string | null> {
    const stamp = this.clock().toISOString().replace(/[:.]/g, '-');
    const target = join(this.folder, `migration-journal.${label}-${stamp}.json`);
    try {
      await rename(this.path, target);
      return target;
    } catch {
      return null;
    }
  }
}

function safeJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}
