import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { initI18n } from './i18n';
import { readSessionEarly } from './store/wizard-store';
import { pickLanguage } from '@shared/wizard/languages';
import './styles.css';

// The session is read while i18next starts, not after the first render.
readSessionEarly();
// The system's language until the user picks one (then the journal remembers it; app.tsx applies it).
void initI18n(pickLanguage(navigator.languages ?? [navigator.language])).then(() => {
  const root = document.getElementById('root');
  if (!root) throw new Error('root element missing');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
