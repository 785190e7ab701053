import type { Inventory, Platform } from '@shared/contracts/inventory';
import type { ScanWarning } from '@shared/contracts/scan-report';
import type { SystemPort } from '../system/system-port';
import type { SiPort } from './si-port';

/** The slice of an inventory one collector fills in (never `format`). */
export type InventoryPart = Partial<Omit<Inventory, 'format'>>;

/** A collector that gathers several sections (the Windows probe) may report the ones that failed. */
export type CollectorOutput = InventoryPart & { readonly warnings?: readonly ScanWarning[] };

export interface CollectorContext {
  readonly platform: Platform;
  /** Runs system tools (absolute paths, argument arrays) through the same runner removal uses. */
  readonly run: SystemPort['run'];
  /** systeminformation; a recorded machine answers instead in tests and the bench. */
  readonly si?: SiPort;
}

/** One source of evidence. Each runs in parallel with a timeout; a failure becomes a warning. */
export interface Collector {
  readonly name: string;
  readonly platforms: readonly Platform[];
  readonly timeoutMs: number;
  collect(context: CollectorContext): Promise<CollectorOutput>;
}
