import { useState } from 'react';
import type { PathKind } from '@shared/api/session-calls';
import { api } from '../lib/api';
import { errorMessage } from '../lib/failure-text';
import { useWizard } from '../store/wizard-store';

/**
 * Opens the operating system's own file or folder dialog (issue 13.3). Shown only where there is
 * one (the app on the real computer); the typed path below it stays as the other way.
 */
export function PickPathButton({ kind, label, disabled, onPicked }: { kind: PathKind; label: string; disabled?: boolean; onPicked: (path: string) => void }) {
  const canPick = useWizard((s) => s.session?.canPickPaths === true);
  const [error, setError] = useState<string | null>(null);
  if (!canPick) return null;
  const pick = async () => {
    setError(null);
    try {
      const result = await api.pickPath({ kind });
      if (result.path) onPicked(result.path);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <>
      <button type="button" className="button primary" disabled={disabled} onClick={() => void pick()}>
        {label}
      </button>
      {error ? <p role="alert">{error}</p> : null}
    </>
  );
}
