import { create } from 'zustand';
import type { Session } from '@shared/api/session-calls';
import type { StepId } from '@shared/wizard/steps';
import type { Language } from '@shared/wizard/languages';
import { api } from '../lib/api';
import { errorMessage } from '../lib/failure-text';

/**
 * A view of the migration state main owns (the journal), plus what the renderer is doing right now.
 * Main is the source of truth: every action goes through the API and stores the session it returns.
 */
export interface WizardState {
  readonly session: Session | null;
  readonly loadError: string | null;
  readonly closed: boolean;
  load(): Promise<void>;
  /** Re-reads the session after a step changed the journal on its own (e.g. Save chose the folder). */
  refresh(): Promise<void>;
  setSession(session: Session): void;
  goTo(step: StepId): Promise<void>;
  complete(step: StepId): Promise<void>;
  dismissNotices(): Promise<void>;
  leave(): Promise<void>;
  setLanguage(language: Language): Promise<void>;
}

export const useWizard = create<WizardState>()((set) => ({
  session: null,
  loadError: null,
  closed: false,
  async load() {
    try {
      set({ session: await api.getSession({}), loadError: null });
    } catch (error) {
      set({ loadError: errorMessage(error) });
    }
  },
  async refresh() {
    try {
      set({ session: await api.getSession({}) });
    } catch {
      // The session already shown stays: a failed re-read must not replace the wizard with an error.
    }
  },
  setSession(session) {
    set({ session });
  },
  async goTo(step) {
    set({ session: await api.goToStep({ step }) });
  },
  async complete(step) {
    set({ session: await api.completeStep({ step }) });
  },
  async dismissNotices() {
    set({ session: await api.dismissNotices({}) });
  },
  async setLanguage(language) {
    try {
      set({ session: await api.setLanguage({ language }) });
    } catch {
      // The screen already shows the new language. Main keeps the choice even when it could not write
      // the report again in it (a folder that is gone): read the session back so the two agree.
      await useWizard.getState().refresh();
    }
  },
  async leave() {
    await api.quit({});
    set({ closed: true });
  },
}));


/**
 * The first session read: main.tsx starts it beside i18next, before React, and the first draw waits
 * for it (issue 13.11); the App's own first call joins it instead of asking a second time.
 */
let first: Promise<void> | null = null;
export function loadFirstSession(): Promise<void> {
  first ??= useWizard.getState().load();
  return first;
}
