import type { ApiHandlers } from '@shared/api/contract';
import type { Session } from '@shared/api/session-calls';
import { STEP_IDS, stepIndex, type StepId } from '@shared/wizard/steps';
import type { Journal } from '@shared/journal/journal-schema';
import { folderGone } from '../fs/on-disk';
import type { ServiceContext } from './service-context';
import { CodedFailure } from '@shared/api/failure-codes';

type SessionHandlers = Pick<ApiHandlers, 'getSession' | 'goToStep' | 'completeStep' | 'startOver' | 'dismissNotices' | 'quit' | 'pickPath' | 'setLanguage'>;

export async function sessionView(context: ServiceContext, journal: Journal = context.journal.get()): Promise<Session> {
  return {
    journal,
    notices: context.notices,
    machine: { ...context.system.machine },
    dataFolder: context.dataFolder,
    canPickPaths: canPickPaths(context),
    saveFolderGone: await folderGone(journal.save?.folder ?? null),
  };
}

/** The OS's own dialogs exist only in the Electron app on the real machine. */
const canPickPaths = (context: ServiceContext): boolean => context.pickPath !== undefined && context.system.machine.kind === 'real';

/** The furthest step the user may open: every completed step and the first one not yet done. */
export function reachable(journal: Journal, step: StepId): boolean {
  const firstOpen = STEP_IDS.find((s) => !journal.completed.includes(s)) ?? 'done';
  return journal.completed.includes(step) || stepIndex(step) <= stepIndex(firstOpen);
}

export class StepNotReachableError extends CodedFailure {}

function assertReachable(context: ServiceContext, step: StepId): void {
  if (!reachable(context.journal.get(), step)) throw new StepNotReachableError('step-not-reachable', `The ${step} step is not open yet.`);
}

/** What the session calls need from the other steps. */
export interface SessionNeeds {
  /** Writes the report again in the journal's language (./rewrite-report.ts). */
  readonly rewriteReport: () => Promise<void>;
}

export function createSessionHandlers(context: ServiceContext, needs: SessionNeeds): SessionHandlers {
  return {
    async getSession() {
      return sessionView(context);
    },
    async goToStep({ step }) {
      assertReachable(context, step);
      return sessionView(context, await context.journal.update((j) => ({ ...j, step })));
    },
    async completeStep({ step }) {
      assertReachable(context, step);
      const journal = await context.journal.update((j) => {
        const completed = j.completed.includes(step) ? j.completed : [...j.completed, step];
        const next = STEP_IDS[stepIndex(step) + 1] ?? step;
        return { ...j, completed, step: next };
      });
      return sessionView(context, journal);
    },
    async startOver() {
      if (context.removalsRunning.size > 0) {
        throw new CodedFailure('removal-running', 'A removal is running. Wait until it ends, then start over. Nothing was changed.');
      }
      context.notices = [];
      return sessionView(context, await context.journal.startOver());
    },
    async dismissNotices() {
      context.notices = [];
      return sessionView(context);
    },
    async quit() {
      // Let the reply reach the caller before the window goes away.
      setTimeout(context.quit, 50);
      return { closed: true };
    },
    async setLanguage({ language }) {
      const before = context.journal.get().language;
      await context.journal.update((j) => ({ ...j, language }));
      // The report reads beside the screens: a section written in the old language is written again.
      // The choice is kept even if that write fails; the failure is the reply (the old report is whole).
      if (before !== language) await needs.rewriteReport();
      return sessionView(context);
    },
    async pickPath({ kind }) {
      // A simulated machine has no real files to pick: the typed path is the way there too.
      if (!context.pickPath || !canPickPaths(context)) return { available: false, path: null };
      return { available: true, path: await context.pickPath(kind) };
    },
  };
}
