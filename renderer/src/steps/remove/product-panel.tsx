import { useTranslation } from 'react-i18next';
import type { RemovalView } from '@shared/api/remove-calls';
import type { ProductRemoval } from '@shared/journal/remove-section';
import { api } from '../../lib/api';
import { BlockedGuidance } from './blocked-guidance';
import { CommitPage } from './commit-page';
import { ProgressView } from './progress-view';
import { RestartView } from './restart-view';
import type { RemovalState } from './use-removal';
import { VerificationResult } from './verification-result';

export interface ProductPanelProps {
  readonly state: RemovalState;
  readonly view: RemovalView;
  readonly record: ProductRemoval;
}

/** While a call runs, the progress events say where the removal stands before the call returns. */
export function live(record: ProductRemoval, state: RemovalState, running: boolean): ProductRemoval {
  const p = state.progress;
  if (p && p.productId === record.productId && (p.state === 'running' || p.state === 'verifying')) {
    return { ...record, state: p.state, step: p.step };
  }
  return running && record.state !== 'verifying' ? { ...record, state: 'running' } : record;
}

/** One chosen product, shown by where its removal stands (the journal's state). */
export function ProductPanel({ state, view, record }: ProductPanelProps) {
  const { t } = useTranslation('remove');
  const { act, busy, output } = state;
  const plan = view.plan?.products.find((p) => p.productId === record.productId) ?? null;
  const vendor = plan?.vendor ?? record.name.split(' ')[0] ?? '';
  const productId = record.productId;
  const running = view.running === productId || busy === `start:${productId}`;

  const start = () => {
    state.clearOutput();
    void act(`start:${productId}`, () => api.startRemoval({ productId, consent: true }));
  };
  const check = () => void act(`verify:${productId}`, () => api.verifyRemoval({ productId }));
  const retryButtons = (
    <div className="actions">
      {plan && plan.steps.some((s) => s.command) ? (
        <button type="button" className="button primary" disabled={busy !== null} onClick={start}>
          {t('actions.tryAgain', { product: record.name })}
        </button>
      ) : null}
      <button type="button" className="button secondary" disabled={busy !== null} onClick={check}>
        {t('actions.checkAgain', { product: record.name })}
      </button>
    </div>
  );

  if (running || record.state === 'running' || record.state === 'verifying') {
    return (
      <ProgressView
        plan={plan}
        record={live(record, state, running)}
        platform={view.platform}
        output={output}
        cancelling={busy === `cancel:${productId}`}
        onCancel={() => void api.cancelRemoval({ productId })}
      />
    );
  }

  const reason = record.reason ? t(`outcome.${record.reason}`, { product: record.name, code: record.commands.at(-1)?.exitCode ?? '' }) : '';
  const lastDryRun = record.commands.at(-1)?.outcome === 'dry-run' ? record.commands.at(-1) : undefined;

  switch (record.state) {
    case 'planned':
      return plan ? (
        <>
          {lastDryRun ? (
            <div className="notice" role="status">
              <p>{t('dryRun.done')}</p>
              <pre>
                <code>{lastDryRun.argv.join(' ')}</code>
              </pre>
            </div>
          ) : null}
          <CommitPage
            plan={plan}
            platform={view.platform}
            dryRun={view.section.dryRun}
            busy={busy !== null}
            onDryRun={(dryRun) => void act('dry-run', () => api.setRemovalDryRun({ dryRun }))}
            onDeclinePasswords={() => void act('decline-passwords', () => api.declinePasswordSave({ consent: true }))}
            onStart={start}
            onCheck={check}
          />
          {record.verification ? <VerificationResult product={record.name} platform={view.platform} verification={record.verification} busy={busy !== null} onRemoveCertificate={(id) => void act('certificate', () => api.removeCertificate({ leftoverId: id, consent: true }))} /> : null}
        </>
      ) : (
        <p>{t('state.gone', { product: record.name })}</p>
      );
    case 'declined':
      return (
        <>
          <p className="warning" role="status">
            {t(`state.declined.${view.platform}`, { product: record.name })}
          </p>
          {retryButtons}
        </>
      );
    case 'blocked':
      return (
        <>
          <p className="warning" role="status">
            {t('state.blocked', { product: record.name })}
          </p>
          <BlockedGuidance
            product={record.name}
            vendor={vendor}
            platform={view.platform}
            kavremover={view.kavremover}
            busy={busy !== null}
            onOpenKavremover={() =>
              void act('kavremover', async () => {
                await api.openKavremover({ consent: true });
                return api.getRemoval({});
              })
            }
          />
          {retryButtons}
        </>
      );
    case 'waiting-for-restart':
      return <RestartView state={state} view={view} record={record} onCheck={check} />;
    case 'done':
    case 'failed':
    case 'cancelled':
    case 'interrupted':
      return (
        <>
          {record.state !== 'done' ? (
            <p className="warning" role="status">
              {t(`state.${record.state}`, { product: record.name })} {reason}
            </p>
          ) : null}
          {record.verification ? (
            <VerificationResult
              product={record.name}
              platform={view.platform}
              verification={record.verification}
              busy={busy !== null}
              onRemoveCertificate={(id) => void act('certificate', () => api.removeCertificate({ leftoverId: id, consent: true }))}
            />
          ) : null}
          {record.state !== 'done' ? retryButtons : null}
        </>
      );
  }
}
