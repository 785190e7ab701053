import type { EventSink } from '@shared/api/contract';
import type { Notice, PathKind } from '@shared/api/session-calls';
import type { JournalStore } from '../journal/journal-store';
import type { SystemPort } from '../system/system-port';

/** What every handler module gets: the machine, the journal, and a way to report progress. */
export interface ServiceContext {
  readonly system: SystemPort;
  readonly journal: JournalStore;
  readonly emit: EventSink;
  /** Folder under the app's data where the journal and logs live. */
  readonly dataFolder: string;
  /** Notices to show once (journal kept aside, resumed); cleared when the user dismisses them. */
  notices: Notice[];
  /** Closes the app (Electron) or ends the session (preview). */
  readonly quit: () => void;
  /**
   * Opens an already-validated https URL in the user's browser (Electron: shell.openExternal).
   * Resolves false where no browser can be opened (CLI, preview records the request instead).
   */
  readonly openExternal: (url: string) => Promise<boolean>;
  /**
   * Opens a file SafeSwitch wrote (the migration report) with the computer's usual program
   * (Electron: shell.openPath). Resolves false where nothing can be opened (CLI; the preview records it).
   */
  readonly openPath: (path: string) => Promise<boolean>;
  /** How to start this app again (RunOnce / login item after a restart); null where it cannot be. */
  readonly appLaunch?: { readonly file: string; readonly args: readonly string[] } | null;
  /** Whether a folder exists on the machine (the real disk, or the simulated machine's folders). */
  readonly pathExists?: (path: string) => Promise<boolean>;
  /**
   * The uninstallers running now in this process, by product id, with the Cancel button's
   * controller. The Remove flow owns it; "Start over" is refused while it is not empty, since the
   * removal's result would land in a journal that no longer lists it.
   */
  readonly removalsRunning: Map<string, AbortController>;
  /** The OS's own open dialog (Electron on a real machine); absent elsewhere. */
  readonly pickPath?: (kind: PathKind) => Promise<string | null>;
}
