import si from 'systeminformation';
import type { ProcessEntry } from '@shared/contracts/inventory';

/**
 * What the collectors ask systeminformation, behind a port so a recorded Windows machine can answer
 * in tests and in the bench (which counts the processes a Windows scan starts).
 */
export interface SiPort {
  processes(): Promise<ProcessEntry[]>;
  /**
   * Windows: start systeminformation's persistent PowerShell for this scan (one process that every
   * si call shares, instead of one PowerShell per call), and end it after. Elsewhere nothing.
   */
  beginSession(): void;
  endSession(): void;
}

export const realSi: SiPort = {
  async processes() {
    const data = await si.processes();
    return data.list.map((p) => ({ name: p.name, path: p.path || null, pid: p.pid }));
  },
  beginSession() {
    if (process.platform === 'win32') si.powerShellStart();
  },
  endSession() {
    if (process.platform === 'win32') si.powerShellRelease();
  },
};
