import { open } from 'node:fs/promises';

const TAIL_BYTES = 64 * 1024;

/**
 * The end of an uninstaller's log (msiexec `/l*v` writes UTF-16LE with a BOM, others UTF-8), read
 * for the words that say self-protection or a password stopped it. Missing file -> empty text.
 */
export async function readLogTail(path: string | null): Promise<string> {
  if (path === null) return '';
  let handle;
  try {
    handle = await open(path, 'r');
  } catch {
    return '';
  }
  try {
    const { size } = await handle.stat();
    const head = Buffer.alloc(2);
    await handle.read(head, 0, 2, 0);
    const utf16 = head[0] === 0xff && head[1] === 0xfe;
    let start = Math.max(0, size - TAIL_BYTES);
    if (utf16 && start % 2 === 1) start++;
    const buffer = Buffer.alloc(size - start);
    await handle.read(buffer, 0, buffer.length, start);
    return buffer.toString(utf16 ? 'utf16le' : 'utf8');
  } catch {
    return '';
  } finally {
    await handle.close();
  }
}
