import { useTranslation } from 'react-i18next';
import { changedAnything, type MachineChanges } from '@shared/journal/machine-changes';
import { useModalDialog } from './use-modal-dialog';
import { formatList } from '../i18n';

export interface CancelDialogProps {
  readonly open: boolean;
  /** The migration folder when the user saved something there. */
  readonly savedFolder: string | null;
  /** What SafeSwitch has changed on the machine so far, from the journal. */
  readonly changes: MachineChanges;
  readonly onStay: () => void;
  readonly onLeave: () => void;
}

/** Asks before leaving and says what is kept. A native modal dialog: focus stays inside, Esc stays. */
export function CancelDialog({ open, savedFolder, changes, onStay, onLeave }: CancelDialogProps) {
  const { t } = useTranslation('common');
  const dialog = useModalDialog(open, onStay);

  return (
    <dialog {...dialog} className="dialog" aria-labelledby="cancel-title">
      <h2 id="cancel-title">{t('cancel.title')}</h2>
      {changedAnything(changes) ? (
        <>
          <p>{t('cancel.changedHeading')}</p>
          <ul>
            {changes.removed.length > 0 ? <li>{t('cancel.removed', { names: formatList(changes.removed) })}</li> : null}
            {changes.started.length > 0 ? <li>{t('cancel.started', { names: formatList(changes.started) })}</li> : null}
            {changes.certificatesRemoved > 0 ? <li>{t('cancel.certificates', { count: changes.certificatesRemoved })}</li> : null}
            {changes.installerRan ? <li>{t('cancel.installer')}</li> : null}
          </ul>
        </>
      ) : (
        <p>{t('cancel.nothingChanged')}</p>
      )}
      <p>{savedFolder ? t('cancel.filesKept', { folder: savedFolder }) : t('cancel.noFilesYet')}</p>
      <p>{t('cancel.progressKept')}</p>
      <div className="dialog-actions">
        <button type="button" className="button primary" onClick={onStay} autoFocus>
          {t('cancel.stay')}
        </button>
        <button type="button" className="button secondary" onClick={onLeave}>
          {t('cancel.leave')}
        </button>
      </div>
    </dialog>
  );
}
