import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../lib/api';
import { errorMessage } from '../lib/failure-text';
import { useModalDialog } from './use-modal-dialog';

type Saving = { state: 'idle' } | { state: 'saving' } | { state: 'saved'; path: string } | { state: 'failed'; message: string };

/**
 * "Get help" on every screen (issue 13.7): what a relative or technician can do, and a help file to
 * send them. A native modal dialog: focus stays inside, Esc closes it, and focus goes to the result.
 */
export function HelpDialog({ open, onClose }: { readonly open: boolean; readonly onClose: () => void }) {
  const { t } = useTranslation('common');
  const dialog = useModalDialog(open, onClose);
  const result = useRef<HTMLParagraphElement>(null);
  const [saving, setSaving] = useState<Saving>({ state: 'idle' });
  const can = t('help.can', { returnObjects: true }) as unknown as string[];

  useEffect(() => {
    if (saving.state === 'saved' || saving.state === 'failed') result.current?.focus();
  }, [saving]);

  const save = async () => {
    setSaving({ state: 'saving' });
    try {
      setSaving({ state: 'saved', path: (await api.saveHelpFile({})).path });
    } catch (error) {
      setSaving({ state: 'failed', message: errorMessage(error) });
    }
  };

  return (
    <dialog {...dialog} className="dialog" aria-labelledby="help-title">
      <h2 id="help-title">{t('help.title')}</h2>
      <p>{t('help.intro')}</p>
      <h3>{t('help.canHeading')}</h3>
      <ul>
        {can.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>{t('help.fileExplain')}</p>
      {saving.state === 'saved' ? (
        <div>
          <p ref={result} tabIndex={-1} role="status">
            {t('help.saved')} <code className="break">{saving.path}</code>
          </p>
          <p>{t('help.sendIt')}</p>
        </div>
      ) : null}
      {saving.state === 'failed' ? (
        <p ref={result} tabIndex={-1} role="alert" className="warning">
          {t('help.failed', { message: saving.message })}
        </p>
      ) : null}
      <div className="dialog-actions">
        <button type="button" className="button primary" onClick={() => void save()} disabled={saving.state === 'saving'}>
          {saving.state === 'saving' ? t('help.saving') : t('help.save')}
        </button>
        <button type="button" className="button secondary" onClick={onClose} autoFocus>
          {t('help.close')}
        </button>
      </div>
    </dialog>
  );
}
