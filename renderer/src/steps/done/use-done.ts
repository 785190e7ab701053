import { useCallback, useEffect, useState } from 'react';
import type { DoneSummary } from '@shared/api/choose-calls';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/failure-text';
import { useWizard } from '../../store/wizard-store';

export interface DoneState {
  readonly summary: DoneSummary | null;
  readonly checking: boolean;
  readonly error: string | null;
  readonly reportError: string | null;
  /** Scans again, then rewrites the final report so it says what the check found. */
  readonly check: () => Promise<void>;
  readonly writeReport: () => Promise<void>;
}

export function useDone(): DoneState {
  const [summary, setSummary] = useState<DoneSummary | null>(null);
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [reportError, setReportError] = useState<string | null>(null);

  const writeReport = useCallback(async () => {
    setReportError(null);
    try {
      await api.writeFinalReport({});
    } catch (e) {
      setReportError(errorMessage(e));
    }
    setSummary(await api.getDoneSummary({}));
    // The step list reads the disk through the session too (a folder gone, or back): keep them in step.
    await useWizard.getState().refresh();
  }, []);

  const check = useCallback(async () => {
    setChecking(true);
    setError(null);
    try {
      await api.finishCheck({});
      await writeReport();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setChecking(false);
    }
  }, [writeReport]);

  useEffect(() => {
    void api.getDoneSummary({}).then(setSummary, (e: unknown) => setError(errorMessage(e)));
  }, []);

  return { summary, checking, error, reportError, check, writeReport };
}
