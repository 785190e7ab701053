import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveOverview } from '@shared/api/save-calls';
import { Disclosure } from '../../components/disclosure';
import { api } from '../../lib/api';
import { errorMessage } from '../../lib/failure-text';
import { PickPathButton } from '../../components/pick-path-button';
import { useWizard } from '../../store/wizard-store';

interface FolderSectionProps {
  readonly overview: SaveOverview;
  readonly onChanged: (overview: SaveOverview) => void;
}

/** Part 1: the one folder everything goes into; a new dated folder in Documents unless the user types another. */
export function FolderSection({ overview, onChanged }: FolderSectionProps) {
  const { t } = useTranslation('save');
  // Example paths fit the computer: no Windows path on a Mac.
  const platform = useWizard((s) => s.session?.machine.platform ?? 'win32');
  const inputId = useId();
  const hintId = useId();
  const [typed, setTyped] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [changing, setChanging] = useState(false);
  // Most people take the suggested folder: typing another one waits behind "Use a different folder".
  const [otherOpen, setOtherOpen] = useState(false);
  // A folder that is gone (moved, deleted, a stick taken out) is not "your folder": it is chosen again.
  const gone = overview.folder.gone && overview.folder.path !== null;
  const chosen = gone ? null : overview.folder.path;
  // The button pressed is replaced by what it did: focus follows to the result (the folder chosen)
  // or to the field for typing another folder, never lost on the page.
  const [focusTo, setFocusTo] = useState<'chosen' | 'field' | null>(null);
  const chosenLine = useRef<HTMLParagraphElement>(null);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusTo === 'chosen') chosenLine.current?.focus();
    if (focusTo === 'field') field.current?.focus();
    setFocusTo(null);
  }, [focusTo]);

  async function choose(path: string | null) {
    setBusy(true);
    setMessage(null);
    try {
      const result = await api.setMigrationFolder({ path });
      if (result.status === 'ok') {
        onChanged(result.overview);
        setChanging(false);
        setFocusTo('chosen');
      } else setMessage(t(`folder.refusedReason.${result.reason}`, { folder: path ?? '' }));
    } catch (e) {
      setMessage(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="save-folder-heading">
      <h2 id="save-folder-heading">{t('folder.heading')}</h2>
      <p>{t('folder.explain')}</p>
      {gone ? <p className="result warning break">{t('folder.gone', { folder: overview.folder.path })}</p> : null}
      {chosen && !changing ? (
        <>
          <p ref={chosenLine} tabIndex={-1} className="focus-target">
            {t('folder.chosen')}{' '}
            <code>{chosen}</code>
          </p>
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              setChanging(true);
              setOtherOpen(true);
              setFocusTo('field');
            }}
          >
            {t('folder.change')}
          </button>
        </>
      ) : (
        <>
          <p>
            {t('folder.proposed')}{' '}
            <code>{overview.folder.proposed}</code>
          </p>
          <div className="actions">
            <button type="button" className="button primary" disabled={busy} onClick={() => void choose(null)}>
              {t('folder.useProposed')}
            </button>
            <PickPathButton kind="folder" label={t('folder.pick')} disabled={busy} onPicked={(path) => void choose(path)} />
          </div>
          <Disclosure label={t('folder.otherToggle')} open={otherOpen} onToggle={setOtherOpen}>
            <form
              onSubmit={(e) => {
                e.preventDefault();
                if (typed.trim()) void choose(typed);
              }}
            >
              <label htmlFor={inputId}>{t('folder.otherLabel')}</label>
              <p id={hintId} className="muted">
                {t(`folder.otherHint.${platform}`)}
              </p>
              <input ref={field} id={inputId} type="text" aria-describedby={hintId} value={typed} onChange={(e) => setTyped(e.target.value)} spellCheck={false} />
              <button type="submit" className="button secondary" disabled={busy || !typed.trim()}>
                {t('folder.useOther')}
              </button>
            </form>
          </Disclosure>
        </>
      )}
      <div aria-live="polite">{message ? <p role="alert">{t('folder.refused', { message })}</p> : null}</div>
    </section>
  );
}
