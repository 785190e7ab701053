import { useCallback, useEffect, useRef, useState } from 'react';
import type { RemovalProgress, RemovalView } from '@shared/api/remove-calls';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/failure-text';

export interface OutputLine {
  readonly n: number;
  readonly stream: 'stdout' | 'stderr';
  readonly line: string;
}

export interface RemovalState {
  readonly view: RemovalView | null;
  readonly error: string | null;
  /** The call in flight (so buttons can say "Please wait" and stay disabled). */
  readonly busy: string | null;
  readonly progress: RemovalProgress | null;
  readonly output: readonly OutputLine[];
  /** Runs one API call that returns a new view; errors become one plain sentence on screen. */
  readonly act: (name: string, call: () => Promise<RemovalView>) => Promise<void>;
  readonly clearOutput: () => void;
}

const MAX_LINES = 500;

/**
 * The Remove step's view of main's state: loaded once, refreshed by every call, with progress and
 * the uninstaller's output as events. Reopened after a restart, it goes straight to verification.
 */
export function useRemoval(): RemovalState {
  const [view, setView] = useState<RemovalView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [progress, setProgress] = useState<RemovalProgress | null>(null);
  const [output, setOutput] = useState<OutputLine[]>([]);
  const counter = useRef(0);

  const act = useCallback(async (name: string, call: () => Promise<RemovalView>) => {
    setBusy(name);
    setError(null);
    try {
      setView(await call());
    } catch (e) {
      setError(errorMessage(e));
      try {
        setView(await api.getRemoval({}));
      } catch {
        // the first error is the one to show
      }
    } finally {
      setBusy(null);
    }
  }, []);

  useEffect(() => {
    const offProgress = api.on('removalProgress', setProgress);
    const offOutput = api.on('removalOutput', (payload) => {
      counter.current += 1;
      const line = { n: counter.current, stream: payload.stream, line: payload.line };
      setOutput((lines) => [...lines.slice(-(MAX_LINES - 1)), line]);
    });
    return () => {
      offProgress();
      offOutput();
    };
  }, []);

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const first = await api.getRemoval({});
        if (!live) return;
        setView(first);
        // Back after a restart: check the product straight away (issue 5, point 5).
        const waiting = Object.values(first.section.products).find((p) => p.state === 'waiting-for-restart');
        if (waiting && first.section.reopen) await act('verify', () => api.verifyRemoval({ productId: waiting.productId }));
      } catch (e) {
        if (live) setError(errorMessage(e));
      }
    })();
    return () => {
      live = false;
    };
  }, [act]);

  return { view, error, busy, progress, output, act, clearOutput: () => setOutput([]) };
}
