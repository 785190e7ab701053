import { lazy, Suspense, useEffect, useRef, useState, type ComponentType } from 'react';
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { machineChanges } from '@shared/journal/machine-changes';
import type { StepId } from '@shared/wizard/steps';
import type { Language } from '@shared/wizard/languages';
import { CancelDialog } from './components/cancel-dialog';
import { NoticeBanner } from './components/notice-banner';
import { StepList } from './components/step-list';
import { stepOutcomes } from '@shared/wizard/step-outcomes';
import { changeLanguage, loadNamespaces, noteNamespaces } from './i18n';
import { LanguageSwitcher } from './components/language-switcher';
import { HelpDialog } from './components/help-dialog';
import { CheckStep } from './steps/check/check-step';
import appIcon from '../../build/icon.svg';
import type { StepProps } from './steps/step-props';
import { loadFirstSession, useWizard } from './store/wizard-store';

/** A later step in its own chunk, with its strings (issue 13.11): the first screen loads less. */
function later(namespaces: readonly string[], load: () => Promise<ComponentType<StepProps>>): ComponentType<StepProps> {
  return lazy(async () => {
    noteNamespaces(namespaces);
    const [component] = await Promise.all([load(), loadNamespaces(namespaces)]);
    return { default: component };
  });
}

const STEPS: Record<StepId, ComponentType<StepProps>> = {
  check: CheckStep,
  save: later(['save'], async () => (await import('./steps/save/save-step')).SaveStep),
  remove: later(['remove'], async () => (await import('./steps/remove/remove-step')).RemoveStep),
  // Choose shows the finish check too (Done's strings).
  choose: later(['choose', 'done'], async () => (await import('./steps/choose/choose-step')).ChooseStep),
  done: later(['done', 'choose'], async () => (await import('./steps/done/done-step')).DoneStep),
};

/** The wizard frame: header, one-time notices, the list of steps, the current step, Cancel. */
export function App() {
  const { t } = useTranslation('common');
  const { session, loadError, closed, refresh, dismissNotices, leave, setLanguage } = useWizard();
  const [cancelOpen, setCancelOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  // The dialogs are drawn the first time they open, then kept (so closing still hands focus back):
  // the first screen draws less (issue 13.11).
  const [cancelUsed, setCancelUsed] = useState(false);
  const [helpUsed, setHelpUsed] = useState(false);

  // main.tsx started the first read; a frame drawn before it ended joins it rather than asking again.
  useEffect(() => {
    void loadFirstSession();
  }, []);

  // The language the user picked earlier (kept in the journal) wins over the system's. Applied once,
  // when the session is first read: after that the screen leads and the journal follows, so the late
  // reply to an earlier switch (two arrow presses in the list) never flips a newer one back.
  const remembered = session?.journal.language ?? null;
  const loaded = session !== null;
  const languageApplied = useRef(false);
  useEffect(() => {
    if (!loaded || languageApplied.current) return;
    languageApplied.current = true;
    if (remembered && remembered !== i18next.language) void changeLanguage(remembered);
  }, [loaded, remembered]);
  // Main writes the report in the journal's language: the system's is recorded at the first start.
  useEffect(() => {
    if (loaded && !remembered) void setLanguage(i18next.language as Language);
  }, [loaded, remembered, setLanguage]);

  if (closed) {
    return (
      <main className="app closed">
        <h1>{t('closed.title')}</h1>
        <p>{t('closed.body')}</p>
      </main>
    );
  }
  if (loadError) {
    return (
      <main className="app">
        <p role="alert">{t('loadError', { message: loadError })}</p>
      </main>
    );
  }
  if (!session) {
    return (
      <main className="app">
        <p role="status">{t('loading')}</p>
      </main>
    );
  }

  const step = session.journal.step;
  const Step = STEPS[step];
  const savedFolder = session.journal.save?.folder ?? null;

  return (
    <div className="app">
      <header className="app-header">
        <p className="app-name">
          {/* The same icon as the window and the installers; the name beside it says what it is. */}
          <img className="app-icon" src={appIcon} alt="" width={32} height={32} />
          {t('appName')}
        </p>
        <p className="app-tagline">{t('tagline')}</p>
        <div className="header-tools">
          <LanguageSwitcher />
          <button type="button" className="button secondary" onClick={() => {
              setHelpUsed(true);
              setHelpOpen(true);
            }}>
            {t('help.open')}
          </button>
        </div>
        {session.machine.kind === 'simulated' ? (
          <p className="demo-banner">{t('simulated', { name: session.machine.name ?? '' })}</p>
        ) : null}
      </header>
      <StepList current={step} completed={session.journal.completed} outcomes={stepOutcomes(session.journal, session)} />
      <main className="app-main">
        <NoticeBanner notices={session.notices} onDismiss={() => void dismissNotices()} />
        <Suspense fallback={<p role="status">{t('loading')}</p>}>
          <Step
            key={step}
            onCancel={() => {
              // The dialog names the saved folder; a step may have chosen it since the session was read.
              void refresh();
              setCancelUsed(true);
              setCancelOpen(true);
            }}
          />
        </Suspense>
      </main>
      {helpUsed ? <HelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} /> : null}
      {cancelUsed ? (
        <CancelDialog
          open={cancelOpen}
          savedFolder={savedFolder}
          changes={machineChanges(session.journal)}
          onStay={() => setCancelOpen(false)}
          onLeave={() => {
            setCancelOpen(false);
            void leave();
          }}
        />
      ) : null}
    </div>
  );
}
