import { useCallback, useEffect, useState } from 'react';
import type { ScanProgress } from '@shared/api/scan-calls';
import type { ScanReport } from '@shared/contracts/scan-report';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/failure-text';
import { useWizard } from '../../store/wizard-store';

export interface ScanState {
  readonly report: ScanReport | null;
  readonly scanning: boolean;
  readonly progress: ScanProgress | null;
  readonly error: string | null;
  readonly scan: () => Promise<void>;
}

/** Runs the real scan through the API, with live progress; the last report comes from the journal. */
export function useScan(): ScanState {
  const lastScan = useWizard((s) => s.session?.journal.lastScan ?? null);
  const load = useWizard((s) => s.load);
  const [scanning, setScanning] = useState(false);
  const [progress, setProgress] = useState<ScanProgress | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => api.on('scanProgress', setProgress), []);

  const scan = useCallback(async () => {
    setScanning(true);
    setError(null);
    setProgress(null);
    try {
      await api.scan({});
      await load(); // the journal now holds the report
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setScanning(false);
    }
  }, [load]);

  return { report: lastScan, scanning, progress, error, scan };
}
