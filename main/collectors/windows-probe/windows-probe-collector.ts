import type { VendorKey } from '@shared/contracts/inventory';
import type { Collector, CollectorContext, CollectorOutput } from '../collector';
import { failure } from '../command-failure';
import { nodeFolders, quarantineCount, type FolderPort } from '../win-kaspersky-quarantine';
import { powershellExe } from '../windows-tools';
import { decodeProbeOutput, ProbeError, probeToInventory } from './parse-probe';
import { encodedProbe } from './probe-script';

/** A big machine's answer (thousands of programs, services and certificates) is a few MB of base64. */
export const PROBE_MAX_OUTPUT = 64 * 1024 * 1024;
export const PROBE_TIMEOUT_MS = 55_000;

/** The one PowerShell command line of a Windows scan: constant, encoded, never built from input. */
export const probeCommand = () => ({
  file: powershellExe(),
  args: ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-EncodedCommand', encodedProbe()],
  timeoutMs: PROBE_TIMEOUT_MS,
  maxOutput: PROBE_MAX_OUTPUT,
});

async function withQuarantine(keys: readonly VendorKey[], folders: FolderPort): Promise<VendorKey[]> {
  return Promise.all(keys.map(async (k) => ({ ...k, quarantineCount: await quarantineCount(k.dataRoot, folders) })));
}

/**
 * Windows: Security Center, Defender's status, every uninstall view (HKLM 64/32 and each loaded
 * user hive), Kaspersky's keys, drivers, services, root certificates and the OS facts, from one
 * PowerShell run decoded once, whole. A section that failed is a warning naming it; an answer that
 * cannot be read at all fails the collector (one warning), never the scan.
 */
export function createWindowsProbeCollector(folders: FolderPort = nodeFolders): Collector {
  return {
    name: 'windows-probe',
    platforms: ['win32'],
    timeoutMs: PROBE_TIMEOUT_MS + 5_000,
    async collect(context: CollectorContext): Promise<CollectorOutput> {
      const result = await context.run(probeCommand());
      if (result.exitCode !== 0) throw failure('PowerShell', result);
      try {
        const { part, warnings } = probeToInventory(decodeProbeOutput(result.stdout, result.truncated === true));
        const vendorKeys = part.vendorKeys ? await withQuarantine(part.vendorKeys, folders) : undefined;
        return { ...part, ...(vendorKeys ? { vendorKeys } : {}), warnings };
      } catch (error) {
        if (error instanceof ProbeError) throw new Error(`Windows could not be read: ${error.message}`);
        throw error;
      }
    },
  };
}

export const windowsProbeCollector = createWindowsProbeCollector();
