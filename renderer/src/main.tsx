import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { initI18n } from './i18n';
import { loadFirstSession } from './store/wizard-store';
import { pickLanguage } from '@shared/wizard/languages';
import './styles.css';

/** How long the first draw waits for the session before it shows "Loading" instead. */
const SESSION_WAIT_MS = 250;

// The session is read while i18next starts, and the first draw waits for it (a short while at most):
// the first step is drawn once, not "Loading" and then the step (issue 13.11).
const sessionRead = loadFirstSession();
const sessionOrTimeout = Promise.race([sessionRead, new Promise((done) => setTimeout(done, SESSION_WAIT_MS))]);
// The system's language until the user picks one (then the journal remembers it; app.tsx applies it).
const i18nReady = initI18n(pickLanguage(navigator.languages ?? [navigator.language]));

void Promise.all([i18nReady, sessionOrTimeout]).then(() => {
  const root = document.getElementById('root');
  if (!root) throw new Error('root element missing');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
