import type { Inventory, Platform } from '@shared/contracts/inventory';
import type { SystemPort } from '../system/system-port';

/** The slice of an inventory one collector fills in (never `format`). */
export type InventoryPart = Partial<Omit<Inventory, 'format'>>;

export interface CollectorContext {
  readonly platform: Platform;
  /** Runs system tools (absolute paths, argument arrays) through the same runner removal uses. */
  readonly run: SystemPort['run'];
}

/** One source of evidence. Each runs in parallel with a timeout; a failure becomes a warning. */
export interface Collector {
  readonly name: string;
  readonly platforms: readonly Platform[];
  readonly timeoutMs: number;
  collect(context: CollectorContext): Promise<InventoryPart>;
}
