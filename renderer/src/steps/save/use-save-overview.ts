import { useCallback, useEffect, useState } from 'react';
import type { ExportFile, SaveOverview } from '@shared/api/save-calls';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/failure-text';

export interface SaveOverviewState {
  readonly overview: SaveOverview | null;
  readonly error: string | null;
  readonly refresh: () => Promise<void>;
  readonly setOverview: (overview: SaveOverview) => void;
  /** A new export the watcher found, waiting for the user's yes or no. */
  readonly offered: ExportFile | null;
  readonly dismissOffer: () => void;
}

/** Loads the Save step's state from main and listens for new export files the watcher offers. */
export function useSaveOverview(): SaveOverviewState {
  const [overview, setOverview] = useState<SaveOverview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [offered, setOffered] = useState<ExportFile | null>(null);

  const refresh = useCallback(async () => {
    try {
      setOverview(await api.getSaveOverview({}));
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(
    () =>
      api.on('exportFileFound', ({ file }) => {
        setOffered(file);
        setOverview((o) => (o && !o.exportFiles.some((f) => f.path === file.path) ? { ...o, exportFiles: [file, ...o.exportFiles] } : o));
      }),
    [],
  );

  // Stop watching when the user leaves the step.
  useEffect(() => () => void api.watchExportFiles({ watch: false }).catch(() => undefined), []);

  return { overview, error, refresh, setOverview, offered, dismissOffer: () => setOffered(null) };
}
