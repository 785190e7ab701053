import { useTranslation } from 'react-i18next';
import type { RemovalView } from '@shared/api/remove-calls';
import type { ProductRemoval } from '@shared/journal/remove-section';
import { api } from '../../lib/api';
import type { RemovalState } from './use-removal';

export interface RestartViewProps {
  readonly state: RemovalState;
  readonly view: RemovalView;
  readonly record: ProductRemoval;
  readonly onCheck: () => void;
}

/**
 * The uninstaller asked for a restart. With the user's consent SafeSwitch opens once by itself
 * after a normal restart and goes straight to the check (never Safe Mode).
 */
export function RestartView({ state, view, record, onCheck }: RestartViewProps) {
  const { t } = useTranslation('remove');
  const busy = state.busy !== null;
  const registered = view.section.reopen !== null;

  return (
    <>
      <p className="notice" role="status">
        {t('restart.needed', { product: record.name })}
      </p>
      <p>{t('restart.saveWork')}</p>
      {registered ? (
        <>
          <p>{t('restart.registered')}</p>
          <div className="actions">
            <button type="button" className="button secondary" disabled={busy} onClick={() => void state.act('unregister', () => api.unregisterReopen({}))}>
              {t('restart.unregister')}
            </button>
          </div>
        </>
      ) : view.reopenAvailable ? (
        <>
          {/* One action (issue 13.8): pressing the button, with what it does said beside it, is the consent. */}
          <p id="reopen-consent">{t(`restart.consent.${view.platform}`)}</p>
          <div className="actions">
            <button
              type="button"
              className="button primary"
              aria-describedby="reopen-consent"
              disabled={busy}
              onClick={() => void state.act('register', () => api.registerReopen({ consent: true }))}
            >
              {t('restart.register')}
            </button>
          </div>
        </>
      ) : (
        <p>{t('restart.openYourself')}</p>
      )}
      <p>{t(`restart.then.${view.platform}`)}</p>
      <div className="actions">
        <button type="button" className="button secondary" disabled={busy} onClick={onCheck}>
          {t('restart.checkNow', { product: record.name })}
        </button>
      </div>
    </>
  );
}
