import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DiskFullError } from '../../../main/fs/durable-write';
import { JOURNAL_FILE, JOURNAL_MAX_BYTES, JournalStore } from '../../../main/journal/journal-store';
import { tempFolder } from '../../helpers/temp-folder';
import type { Journal } from '@shared/journal/journal-schema';

/**
 * Issue 12, points 3 and 4: the journal on a real full disk, with a byte order mark, oversized, and
 * after a crash mid-write.
 */
let folder: ReturnType<typeof tempFolder>;
afterEach(() => folder?.remove());
const clock = () => new Date('2026-12-01T10:00:00Z');

describe('the journal file', () => {
  it('accepts a UTF-8 byte order mark (the file was saved in Notepad)', async () => {
    folder = tempFolder();
    const first = new JournalStore(folder.path, clock);
    await first.load();
    await first.update((j) => ({ ...j, step: 'save', completed: ['check'] }));
    const path = join(folder.path, JOURNAL_FILE);
    writeFileSync(path, `\uFEFF${readFileSync(path, 'utf8')}`);
    const loaded = await new JournalStore(folder.path, clock).load();
    expect(loaded.journal.step).toBe('save');
    expect(loaded.notices.map((n) => n.kind)).toEqual(['resumed']);
  });

  it('a file over the size cap is kept aside, never read whole, and the user is told', async () => {
    folder = tempFolder();
    const path = join(folder.path, JOURNAL_FILE);
    writeFileSync(path, Buffer.alloc(JOURNAL_MAX_BYTES + 1, 0x20));
    const loaded = await new JournalStore(folder.path, clock).load();
    expect(loaded.notices).toEqual([{ kind: 'journal-too-large', keptAs: expect.stringContaining('migration-journal.too-large-') }]);
    expect(statSync(loaded.notices[0]!.keptAs!).size).toBe(JOURNAL_MAX_BYTES + 1);
    expect(loaded.journal.step).toBe('check');
  });

  it('removes the temporary files a crash left mid-write, and only those', async () => {
    folder = tempFolder();
    const store = new JournalStore(folder.path, clock);
    await store.load();
    writeFileSync(join(folder.path, `.${JOURNAL_FILE}.0123456789ab.safeswitch-tmp`), '{"half":');
    writeFileSync(join(folder.path, 'report.html'), 'mine');
    await new JournalStore(folder.path, clock).load();
    expect(readdirSync(folder.path).sort()).toEqual([JOURNAL_FILE, 'report.html']);
  });
});

/**
 * A real small disk: tmpfs of 64 KiB, mounted as root. Skipped, with the reason, where mounting is
 * not allowed (not root, or a container without CAP_SYS_ADMIN).
 */
const mountPoint = mkdtempSync(join(tmpdir(), 'safeswitch-tmpfs-'));
function mountReason(): string | null {
  if (process.platform !== 'linux') return 'tmpfs needs Linux';
  if (process.getuid?.() !== 0) return 'mounting a tmpfs needs root';
  const result = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mountPoint], { encoding: 'utf8' });
  return result.status === 0 ? null : `mount -t tmpfs was refused: ${(result.stderr || result.error?.message || '').trim()}`;
}
const skip = mountReason();
if (skip) {
  console.warn(`full-disk journal test skipped: ${skip}`);
  rmSync(mountPoint, { recursive: true, force: true });
}

describe.skipIf(skip !== null)(`the journal on a full 64 KiB disk${skip ? ` [skipped: ${skip}]` : ''}`, () => {
  afterAll(() => {
    spawnSync('umount', [mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  });
  beforeAll(() => mkdirSync(join(mountPoint, 'data'), { recursive: true }));

  it('a write that does not fit is an error that says so plainly; the previous journal stays whole and is what a restart resumes', async () => {
    const data = join(mountPoint, 'data');
    const store = new JournalStore(data, clock);
    await store.load();
    await store.update((j) => ({ ...j, step: 'remove', completed: ['check', 'save'] }));
    const before = readFileSync(join(data, JOURNAL_FILE), 'utf8');

    // Fill the disk, leaving a few KiB: the next journal (with a large section) cannot fit.
    const filler = join(mountPoint, 'filler');
    try {
      execFileSync('dd', ['if=/dev/zero', `of=${filler}`, 'bs=1024', 'count=64'], { stdio: 'ignore' });
    } catch {
      // dd stops with "No space left on device": that is the point.
    }
    const big = 'x'.repeat(40 * 1024);
    const withBig = (j: Journal): Journal => ({ ...j, remove: { ...(j.remove ?? {}), note: big } as Journal['remove'] });
    const failure = await store.update(withBig).then(() => null, (e: unknown) => e);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as { code: string }).code).toBe('disk-full');
    expect((failure as Error).message).toBe(new DiskFullError('x').message);
    expect((failure as Error).message).toBe('The disk is full. Free some space and try again. Nothing was lost.');

    expect(readFileSync(join(data, JOURNAL_FILE), 'utf8')).toBe(before);
    expect(readdirSync(data)).toEqual([JOURNAL_FILE]);
    expect(store.get().step).toBe('remove');
    const restarted = await new JournalStore(data, clock).load();
    expect(restarted.journal.step).toBe('remove');
    expect(restarted.notices.map((n) => n.kind)).toEqual(['resumed']);

    rmSync(filler);
    await store.update(withBig);
    expect(JSON.parse(readFileSync(join(data, JOURNAL_FILE), 'utf8')).remove.note).toHaveLength(big.length);
  });
});
