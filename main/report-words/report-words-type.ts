import type { Budget, Device } from '@shared/alternatives';
import type { ReasonWords } from '@shared/alternatives/reason-text';
import type { Protection, Signatures } from '@shared/contracts/scan-report';
import type { InstallerRunOutcome, InstallerVerdict } from '@shared/journal/choose-section';
import type { RemovalState } from '@shared/journal/remove-section';
import type { SettingsBackupStatus } from '@shared/journal/save-section';
import type { PasswordFormatId } from '@shared/passwords/password-formats';
import type { StepId } from '@shared/wizard/steps';

type Words<K extends string> = Readonly<Record<K, string>>;

/**
 * Every word of the migration report (report.html) in one language (issue 13.6: the user reads
 * it in their own). Typed, so a language cannot miss a word: the compiler refuses it. Sentences
 * that name something are functions; the tables turn the app's ids into words (issue 13.7).
 */
export interface ReportWords {
  /** BCP 47 tag for dates and numbers, and the page's lang attribute. */
  readonly locale: string;
  readonly lang: 'en' | 'es' | 'ru';
  /** "December 1, 2026 at 1:05 PM"; `unknownDate` when there is none; the raw text if it is not a date. */
  readonly unknownDate: string;
  readonly protection: Words<Protection>;
  /** '' for unknown: an unknown state adds nothing to the line. */
  readonly signatures: Words<Signatures>;
  readonly removal: Words<RemovalState>;
  readonly installer: Words<InstallerRunOutcome>;
  readonly settings: Words<SettingsBackupStatus>;
  readonly devices: Words<Device>;
  readonly budget: Words<Budget>;
  readonly features: Readonly<Record<string, string>>;
  readonly verdicts: Words<InstallerVerdict>;
  readonly importGuides: Words<PasswordFormatId>;
  /** A password manager's name as people know it ("Chrome, Edge, Brave or Opera"). */
  readonly managers: Words<PasswordFormatId>;
  /** The ranking's reasons and lacks (said by reasonText and lackText in shared/alternatives). */
  readonly reasons: ReasonWords;

  // report.html's frame
  readonly page: {
    readonly title: string;
    readonly heading: string;
    readonly folder: string;
    readonly updated: string;
    readonly intro: string;
    readonly checksums: string;
    readonly next: string;
    readonly important: string;
  };

  // "What SafeSwitch found"
  readonly found: {
    readonly title: string;
    readonly noScan: string;
    readonly version: (version: string) => string;
    readonly versionUnknown: string;
    readonly running: string;
    readonly notRunning: string;
    readonly builtIn: (name: string) => string;
    readonly checkedOn: (date: string) => string;
    readonly nothingElse: string;
  };

  // "What was saved"
  readonly saved: {
    readonly title: string;
    readonly convertedFor: string;
    readonly entriesFound: string;
    readonly entriesChecked: string;
    readonly byKind: string;
    readonly differences: string;
    readonly unplacedLines: string;
    readonly exportUsed: string;
    /** What each written password file holds (save-report.ts picks one by the file's role). */
    readonly fileHolds: {
      readonly passwords: (manager: string) => string;
      /** For a format that cannot import notes (browsers): the logins only. */
      readonly passwordsNoNotes: (manager: string) => string;
      readonly keptAside: (manager: string) => string;
      readonly unplaced: string;
      readonly other: string;
    };
    readonly earlierFile: string;
    readonly clearText: string;
    readonly noPasswords: string;
    readonly deletedFile: string;
    /** A file SafeSwitch saved that is not on the disk any more (moved or deleted by hand). */
    readonly missingFile: string;
    readonly settingsFile: string;
    readonly settingsLabel: string;
    readonly notSaved: (why: string) => string;
    readonly licenceType: string;
    readonly daysLeft: string;
    readonly unknown: string;
    readonly quarantine: (folder: string | null, count: number | null) => string;
    /** Starts with `cancelPrefix`, so the final check knows it was said already. */
    readonly cancelRenewal: string;
    readonly cancelPrefix: string;
  };

  // "Your new protection"
  readonly choose: {
    readonly title: string;
    readonly factsChecked: (oldest: string, newest: string) => string;
    readonly devices: string;
    readonly budget: string;
    readonly features: string;
    readonly keepSimple: string;
    readonly notAnswered: string;
    readonly none: string;
    readonly yes: string;
    readonly no: string;
    readonly noneChosen: string;
    readonly chosen: string;
    readonly chosenBuiltIn: (name: string) => string;
    readonly chosenBy: (name: string, vendor: string) => string;
    readonly place: string;
    readonly why: string;
    readonly lacks: string;
    readonly makersPage: string;
    readonly visit: (url: string, opened: boolean, date: string) => string;
    readonly installerChecked: string;
    readonly signedBy: string;
    readonly installerRun: string;
    readonly exitCode: (code: number) => string;
  };

  // The help file (main/help/): a letter to the person helping, then a technician's part.
  readonly help: {
    readonly title: string;
    readonly written: (date: string, computer: string) => string;
    readonly intro: string;
    readonly steps: Words<StepId>;
    readonly whereTitle: string;
    readonly onStep: (number: number, total: number, name: string) => string;
    readonly stepsDone: (names: readonly string[]) => string;
    readonly noStepDone: string;
    readonly order: string;
    readonly foundTitle: string;
    readonly partFailed: (source: string, what: string) => string;
    /** A collector's name in words ("drivers" → "controladores"); its id when this table lacks it. */
    readonly sources: Readonly<Record<string, string>>;
    readonly warningKind: { readonly 'timed-out': (seconds: number) => string; readonly unreadable: string; readonly 'no-security-center': string };
    readonly changedTitle: string;
    readonly nothingYet: string;
    readonly removedGone: string;
    readonly removalStarted: string;
    readonly certificatesRemoved: (count: number) => string;
    readonly installerStarted: string;
    readonly savedTitle: string;
    readonly nothingSaved: string;
    readonly leftTitle: string;
    readonly techTitle: string;
    /** `code` is already HTML: the command and file name set in <code>. */
    readonly techIntro: (fileName: string, command: string) => string;
    readonly inventory: string;
    readonly scanReport: string;
    readonly computers: { readonly win32: string; readonly darwin: string; readonly linux: string; readonly other: string };
  };

  // "Final check"
  readonly done: {
    readonly title: string;
    readonly notRun: string;
    readonly kasperskyStale: (name: string) => string;
    readonly stale: (name: string) => string;
    readonly protectedBy: (names: readonly string[]) => string;
    readonly twoActive: (names: readonly string[]) => string;
    readonly noProtection: string;
    readonly turnOnDefender: string;
    readonly oldStillRuns: (name: string) => string;
    readonly checked: string;
    readonly active: string;
    readonly activeBuiltIn: string;
    readonly installed: (protection: string) => string;
    readonly scanWarnings: (count: number) => string;
    readonly importKaspersky: (product: string) => string;
    readonly importCsv: (product: string, manager: string, savedHere: boolean) => string;
    readonly importSaved: string;
    readonly aPasswordManager: string;
    readonly cancelSubscription: (products: readonly string[]) => string;
  };
}
