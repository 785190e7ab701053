import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JOURNAL_FILE, JournalStore } from '../../../main/journal/journal-store';
import { tempFolder } from '../../helpers/temp-folder';

describe('JournalStore', () => {
  let folder: ReturnType<typeof tempFolder>;
  beforeEach(() => {
    folder = tempFolder();
  });
  afterEach(() => folder.remove());

  it('starts a fresh migration and writes it at once, owner-only', async () => {
    const store = new JournalStore(folder.path);
    const { journal, notices } = await store.load();
    expect(journal.step).toBe('check');
    expect(notices).toEqual([]);
    const onDisk = JSON.parse(readFileSync(join(folder.path, JOURNAL_FILE), 'utf8'));
    expect(onDisk.migrationId).toBe(journal.migrationId);
    if (process.platform !== 'win32') expect(statSync(join(folder.path, JOURNAL_FILE)).mode & 0o777).toBe(0o600);
  });

  it('writes every change before resolving, and resumes from it', async () => {
    const first = new JournalStore(folder.path);
    await first.load();
    await first.update((j) => ({ ...j, step: 'save', completed: ['check'] }));
    const second = new JournalStore(folder.path);
    const { journal, notices } = await second.load();
    expect(journal.step).toBe('save');
    expect(journal.completed).toEqual(['check']);
    expect(notices).toEqual([{ kind: 'resumed', keptAs: null }]);
  });

  it.each([
    ['broken JSON', '{"version": 1, "step": '],
    ['wrong shape', '{"version": 1, "step": "nowhere"}'],
    ['a future version', JSON.stringify({ version: 99 })],
    ['an empty file', ''],
  ])('keeps %s aside (never deletes it) and tells the user', async (_label, content) => {
    writeFileSync(join(folder.path, JOURNAL_FILE), content);
    const store = new JournalStore(folder.path);
    const { journal, notices } = await store.load();
    expect(journal.step).toBe('check');
    expect(notices).toHaveLength(1);
    expect(notices[0]?.kind).toBe('journal-recovered');
    const keptAs = notices[0]?.keptAs as string;
    expect(readFileSync(keptAs, 'utf8')).toBe(content);
    expect(readdirSync(folder.path)).toContain(JOURNAL_FILE);
  });

  it('rejects a change that breaks the schema and keeps the last good journal', async () => {
    const store = new JournalStore(folder.path);
    await store.load();
    await expect(store.update((j) => ({ ...j, step: 'elsewhere' as never }))).rejects.toThrow();
    expect(store.get().step).toBe('check');
    expect(JSON.parse(readFileSync(store.path, 'utf8')).step).toBe('check');
  });

  it('a change that cannot be written is not kept in memory either (the file stays the truth)', async () => {
    const store = new JournalStore(folder.path);
    await store.load();
    await store.update((j) => ({ ...j, step: 'save', completed: ['check'] }));
    rmSync(folder.path, { recursive: true, force: true }); // the data folder vanished (unplugged drive, cleaner)
    await expect(store.update((j) => ({ ...j, step: 'remove', completed: ['check', 'save'] }))).rejects.toThrow();
    expect(store.get().step).toBe('save');
    expect(store.get().completed).toEqual(['check']);
  });

  it('two queued changes that both fail to be written leave the last saved journal', async () => {
    const store = new JournalStore(folder.path);
    await store.load();
    rmSync(folder.path, { recursive: true, force: true });
    const first = store.update((j) => ({ ...j, completed: ['check'] }));
    const second = store.update((j) => ({ ...j, step: 'save' }));
    await expect(first).rejects.toThrow();
    await expect(second).rejects.toThrow();
    // Neither reached the file, so neither is kept.
    expect(store.get().step).toBe('check');
    expect(store.get().completed).toEqual([]);
  });

  it('serialises concurrent updates so none is lost', async () => {
    const store = new JournalStore(folder.path);
    await store.load();
    await Promise.all(
      (['check', 'save', 'remove'] as const).map((step) =>
        store.update((j) => ({ ...j, completed: [...j.completed, step] })),
      ),
    );
    expect(JSON.parse(readFileSync(store.path, 'utf8')).completed).toEqual(['check', 'save', 'remove']);
  });

  it('starting over archives the old journal under a dated name', async () => {
    const store = new JournalStore(folder.path);
    const { journal: old } = await store.load();
    const fresh = await store.startOver();
    expect(fresh.migrationId).not.toBe(old.migrationId);
    const archived = readdirSync(folder.path).filter((f) => f.startsWith('migration-journal.finished-'));
    expect(archived).toHaveLength(1);
  });
});
