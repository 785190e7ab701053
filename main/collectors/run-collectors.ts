import { INVENTORY_FORMAT, type Inventory } from '@shared/contracts/inventory';
import type { ScanWarning } from '@shared/contracts/scan-report';
import type { ScanProgress } from '@shared/api/scan-calls';
import type { Collector, CollectorContext, InventoryPart } from './collector';
import { realSi } from './si-port';

class CollectorTimeout extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CollectorTimeout()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Arrays from several collectors are concatenated; single values: the first one set wins. */
export function mergeParts(parts: readonly InventoryPart[], base: Pick<Inventory, 'os'>): Inventory {
  const merged: Record<string, unknown> = { format: INVENTORY_FORMAT, os: base.os };
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      if (value === undefined) continue;
      const existing = merged[key];
      if (Array.isArray(value)) merged[key] = Array.isArray(existing) ? [...existing, ...value] : [...value];
      // The platform stays the one the scan ran on; a collector may add distro, release and arch.
      else if (key === 'os') merged.os = { ...(value as object), ...base.os };
      else if (existing === undefined) merged[key] = value;
    }
  }
  return merged as Inventory;
}

/**
 * One scan: every collector for this platform in parallel, inside one systeminformation session
 * (on Windows its persistent PowerShell, started once and ended after). Never rejects.
 */
export async function runScanCollectors(
  collectors: readonly Collector[],
  context: CollectorContext,
  onProgress?: (progress: ScanProgress) => void,
): Promise<{ parts: InventoryPart[]; warnings: ScanWarning[] }> {
  const si = context.si ?? realSi;
  si.beginSession();
  try {
    return await runCollectors(collectors, { ...context, si }, onProgress);
  } finally {
    si.endSession();
  }
}

/** Runs every collector for this platform in parallel; never rejects. */
export async function runCollectors(
  collectors: readonly Collector[],
  context: CollectorContext,
  onProgress?: (progress: ScanProgress) => void,
): Promise<{ parts: InventoryPart[]; warnings: ScanWarning[] }> {
  const mine = collectors.filter((c) => c.platforms.includes(context.platform));
  const total = mine.length;
  let done = 0;
  const warnings: ScanWarning[] = [];
  const results = await Promise.all(
    mine.map(async (collector) => {
      onProgress?.({ collector: collector.name, status: 'started', done, total });
      try {
        const { warnings: partWarnings, ...part } = await withTimeout(collector.collect(context), collector.timeoutMs);
        warnings.push(...(partWarnings ?? []));
        done += 1;
        onProgress?.({ collector: collector.name, status: 'done', done, total });
        return part as InventoryPart;
      } catch (error) {
        done += 1;
        const timedOut = error instanceof CollectorTimeout;
        const seconds = Math.max(1, Math.round(collector.timeoutMs / 1000));
        warnings.push({
          source: collector.name,
          ...(timedOut ? { kind: 'timed-out' as const, seconds } : { kind: 'unreadable' as const }),
          message: timedOut
            ? `took longer than ${seconds} s and was skipped`
            : `could not be read: ${error instanceof Error ? error.message : String(error)}`,
        });
        onProgress?.({ collector: collector.name, status: timedOut ? 'timed-out' : 'failed', done, total });
        return {};
      }
    }),
  );
  return { parts: results, warnings };
}
