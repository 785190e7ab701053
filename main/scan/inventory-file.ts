import { readFile } from 'node:fs/promises';
import { INVENTORY_FORMAT, inventorySchema, type Inventory } from '@shared/contracts/inventory';
import { writeFileAtomically } from '../fs/atomic-file';
import { pathExists } from '../fs/path-exists';

/** A problem with an inventory file, in one plain sentence (the CLI exits 2 with it). */
export class InventoryFileError extends Error {}

const MAX_INVENTORY_BYTES = 64 * 1024 * 1024;

/** Reads a `safeswitch-inventory/1` file from another machine, e.g. one a technician was sent. */
export async function readInventoryFile(path: string): Promise<Inventory> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InventoryFileError(
      code === 'ENOENT' ? `inventory file not found: ${path}` : `cannot read the inventory file ${path} (${code ?? 'error'})`,
    );
  }
  if (bytes.length > MAX_INVENTORY_BYTES) throw new InventoryFileError(`the inventory file ${path} is too large to be an inventory`);
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch {
    throw new InventoryFileError(`the inventory file ${path} is not valid JSON`);
  }
  const format = (raw as { format?: unknown } | null)?.format;
  if (typeof format !== 'string' || !format.startsWith('safeswitch-inventory/')) {
    throw new InventoryFileError(`${path} is not a SafeSwitch inventory (expected format "${INVENTORY_FORMAT}")`);
  }
  if (format !== INVENTORY_FORMAT) {
    throw new InventoryFileError(`${path} is a "${format}" inventory; this SafeSwitch reads "${INVENTORY_FORMAT}"`);
  }
  const parsed = inventorySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InventoryFileError(`the inventory file ${path} is damaged at ${issue?.path.join('.') || 'its top level'}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

/** Writes an inventory for a technician; never replaces an existing file. */
export async function writeInventoryFile(path: string, inventory: Inventory): Promise<void> {
  if (await pathExists(path)) throw new InventoryFileError(`${path} already exists; choose another file name`);
  await writeFileAtomically(path, JSON.stringify(inventory, null, 2) + '\n', { mode: 0o600 });
}
