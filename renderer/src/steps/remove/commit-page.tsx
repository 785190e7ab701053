import { useTranslation } from 'react-i18next';
import type { PlainText, ProductPlan } from '@shared/removal';
import { formatArgv } from '@shared/removal/format-argv';
import { Disclosure } from '../../components/disclosure';

export interface CommitPageProps {
  readonly plan: ProductPlan;
  readonly platform: string;
  readonly dryRun: boolean;
  readonly busy: boolean;
  readonly onDryRun: (dryRun: boolean) => void;
  /** The explicit "I do not need the passwords it holds" that lets a password manager be removed. */
  readonly onDeclinePasswords: () => void;
  readonly onStart: () => void;
  readonly onCheck: () => void;
}

function minutes(seconds: number): number {
  return Math.max(1, Math.round(seconds / 60));
}

/**
 * The commit page (migration.md §5): what will happen, in plain words, including the restart, the
 * exact commands behind a disclosure, and one button named with the verb and the product.
 */
export function CommitPage({ plan, platform, dryRun, busy, onDryRun, onDeclinePasswords, onStart, onCheck }: CommitPageProps) {
  const { t } = useTranslation('remove');
  const say = (text: PlainText) => t(text.key, text.params);
  const commands = plan.steps.filter((s) => s.command !== null);
  const manual = plan.steps.find((s) => s.kind === 'manual-uninstall');
  const blocked = plan.blockers.length > 0;
  const elevation = commands[0]?.command?.elevation;

  return (
    <>
      <h3>{t('commit.willHeading')}</h3>
      <ol>
        {/* The restart step says its own condition ("…, if the uninstaller asks"). */}
        {plan.steps.map((step) => (
          <li key={step.id}>{say(step.text)}</li>
        ))}
      </ol>
      <p>{t('commit.duration', { min: minutes(plan.expectedSeconds.min), max: minutes(plan.expectedSeconds.max) })}</p>
      {/* Likely: a warning to save work first. Not likely: the restart step says "if the uninstaller asks";
          only a plan without one (a package tool) needs the sentence. */}
      {plan.restartLikely ? (
        <p className="warning">{t('commit.restart')}</p>
      ) : plan.steps.some((s) => s.kind === 'restart') ? null : (
        <p>{t('commit.restartMaybe')}</p>
      )}
      {/* Who asks for permission belongs with what will happen, not only behind the commands. */}
      {elevation ? <p>{t(`${platform === 'darwin' ? 'commit.elevationMac' : 'commit.elevation'}.${elevation}`)}</p> : null}
      {plan.blockers.map((b) => (
        <div key={b.code} className="warning">
          <p>{say(b.text)}</p>
          {b.code === 'password-data-not-saved' ? (
            <>
              <p>{t('blocker.declineExplained', { product: plan.productName })}</p>
              <button type="button" className="button secondary" disabled={busy} onClick={onDeclinePasswords}>
                {t('blocker.decline')}
              </button>
            </>
          ) : null}
        </div>
      ))}
      {manual?.refusal ? (
        <div className="notice">
          <p>{say(manual.refusal.text)}</p>
          <p>{t(`manual.${platform}`, { product: plan.productName })}</p>
        </div>
      ) : null}
      {commands.length > 0 ? (
        <Disclosure label={t('commit.showCommands')}>
          <p>{t('commit.commandsIntro')}</p>
          {commands.map((s) =>
            s.command ? (
              <pre key={s.id}>
                <code>{formatArgv(s.command.file, s.command.args)}</code>
              </pre>
            ) : null,
          )}
        </Disclosure>
      ) : null}
      {commands.length > 0 ? (
        <div className="choice">
          <input type="checkbox" id={`dry-run-${plan.productId}`} checked={dryRun} onChange={(e) => onDryRun(e.target.checked)} disabled={busy} />
          <label htmlFor={`dry-run-${plan.productId}`}>{t('commit.dryRun')}</label>
        </div>
      ) : null}
      <div className="actions">
        {commands.length > 0 ? (
          <button type="button" className="button primary" disabled={busy || blocked} onClick={onStart}>
            {dryRun ? t('commit.actionDryRun', { product: plan.productName }) : t('commit.action', { product: plan.productName })}
          </button>
        ) : (
          <button type="button" className="button primary" disabled={busy} onClick={onCheck}>
            {t('actions.checkAgain', { product: plan.productName })}
          </button>
        )}
      </div>
    </>
  );
}
