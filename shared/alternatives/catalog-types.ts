/**
 * The catalog of alternatives as typed data. Every fact shown to a user carries its source and the
 * date it was checked; a fact the research could not source is explicitly unknown, never guessed.
 */

/** `YYYY-MM-DD`: the day a fact was taken from its cited source. */
export type CheckedDate = string;

/**
 * Every fact comes from its primary source (design.md): the vendor's own site or code repository
 * for a product fact, the lab's own site for a test result, a government site for the ban. A
 * review, news article, forum, mirror or coupon page is never a source: such a fact is unknown.
 * `tests/shared/alternatives/primary-sources.test.ts` checks every cited host.
 */
export type Confidence = 'confirmed';

export interface KnownFact<T> {
  readonly known: true;
  readonly value: T;
  /** https URL of the page that states the fact. */
  readonly source: string;
  readonly checked: CheckedDate;
  readonly confidence: Confidence;
  /** The product edition or plan the fact applies to (a proper name, not translated), e.g. "Ultimate". */
  readonly edition?: string;
}

export interface UnknownFact {
  readonly known: false;
}

export type Fact<T> = KnownFact<T> | UnknownFact;

/** Platforms the catalog tracks (the computer's OS plus phones). */
export const CATALOG_PLATFORMS = ['windows', 'mac', 'android', 'ios', 'linux'] as const;
export type CatalogPlatform = (typeof CATALOG_PLATFORMS)[number];

/** The computers SafeSwitch runs on: free versions and lab results are per computer platform. */
export const COMPUTER_PLATFORMS = ['windows', 'mac', 'linux'] as const;
export type ComputerPlatform = (typeof COMPUTER_PLATFORMS)[number];

/** A list price as the vendor's own page stated it on the fact's `checked` date. */
export interface Price {
  /** US dollars, as shown to US buyers. */
  readonly usd: number;
  /** What the price buys: the plan and its term, in the vendor's words ("Total Security, 5 devices, 1 year"). */
  readonly plan: string;
}

/** Features a user may need; the first three are the Kaspersky features the questions ask about. */
export const FEATURES = ['vpn', 'password-manager', 'parental-control', 'identity-protection'] as const;
export type Feature = (typeof FEATURES)[number];

/**
 * `full` = free real-time protection; `scan-only` = a free version that only scans on demand
 * (no real-time protection); `none` = no free version (trials do not count).
 */
export type FreeTier = 'full' | 'scan-only' | 'none';

/** The six CSV formats SafeSwitch writes (design.md, Password CSV headers). */
export const CSV_FORMATS = ['bitwarden', 'chrome', 'firefox', '1password', 'proton', 'keepassxc'] as const;
export type CsvFormat = (typeof CSV_FORMATS)[number];

/** How the product's password manager takes the user's Kaspersky passwords. */
export type PasswordImport =
  | { readonly kind: 'kaspersky-txt' }
  | { readonly kind: 'csv'; readonly format: CsvFormat };

/** ISO 3166-1 alpha-2 code (the UI names the country with Intl.DisplayNames). */
export type CountryCode = string;

export type LabName = 'AV-TEST' | 'AV-Comparatives' | 'AVLab';

/**
 * `award` = a named award or rating (e.g. Top-Rated, Best Protection, Advanced+);
 * `certified` = the lab certified the product (scores given in `award`);
 * `scored` = the lab published scores without a certification word (scores in `award`);
 * `tested` = the product took part; its result is not in our sources.
 */
export type LabOutcome = 'award' | 'certified' | 'scored' | 'tested';

export interface LabResult {
  readonly lab: LabName;
  /** The platform the lab tested on: a result backs a ranking only on that platform. */
  readonly platform: CatalogPlatform;
  /** The test or report, as the lab names it: "AV-TEST Awards 2025", "Real-World Protection Test". */
  readonly test: string;
  /** The award or result in the lab's words; null for `tested`. Never a made-up score. */
  readonly award: string | null;
  readonly outcome: LabOutcome;
  /** The period the result covers: `YYYY` or `YYYY-MM` (end of the test period). */
  readonly date: string;
  /** The edition the lab tested (labs test Free, Total Security, Premium… separately). */
  readonly edition: string;
  readonly source: string;
  readonly checked: CheckedDate;
  readonly confidence: Confidence;
}

/** Sourced facts a user should know before choosing (the UI translates the code). */
export type NoticeCode =
  /** Installed on Windows machines automatically in September 2024, replacing Kaspersky. */
  | 'installed-without-consent'
  /** No established independent lab record. */
  | 'no-independent-lab-record'
  /** Users reported only its own uninstaller removes it. */
  | 'hard-to-remove'
  /** Its scanning engine reportedly comes from another vendor (Max Secure Software). */
  | 'engine-from-other-vendor'
  /** A review found only limited results from testing labs. */
  | 'limited-lab-results'
  /** A review rated its parental control as weak. */
  | 'weak-parental-control'
  /** Billing carried over from Kaspersky on the same schedule. */
  | 'billing-carried-over';

export interface Notice {
  readonly code: NoticeCode;
  readonly source: string;
  readonly checked: CheckedDate;
  readonly confidence: Confidence;
}

export interface CatalogProduct {
  /** Stable kebab-case id, e.g. `bitdefender`, `microsoft-defender`. */
  readonly id: string;
  /** Product name as sold (proper name, not translated). */
  readonly name: string;
  /** The brand users know (proper name). */
  readonly vendor: string;
  /** Built into the operating system (Microsoft Defender): nothing to buy or install on Windows. */
  readonly builtIn: boolean;
  /** Listed only because users received it in place of Kaspersky (UltraAV). */
  readonly listedBecauseReceived: boolean;
  /**
   * The vendor's own web domains (a subdomain counts): the only hosts, besides labs' and
   * governments', a fact about this product may cite.
   */
  readonly vendorDomains: readonly string[];
  /** The vendor's own code repositories, as `github.com/<owner>` (open-source products). */
  readonly vendorRepos?: readonly string[];
  /** The legal company or owner behind the brand. */
  readonly company: Fact<string>;
  readonly headquarters: Fact<readonly CountryCode[]>;
  readonly platforms: { readonly [P in CatalogPlatform]: Fact<boolean> };
  /** Free version per computer: "free" shows only where it is free on that platform. */
  readonly freeTier: { readonly [P in ComputerPlatform]: Fact<FreeTier> };
  /** First-year list price and the price it renews at; automatic renewal is what cost Kaspersky users money. */
  readonly price: { readonly firstYear: Fact<Price>; readonly renewal: Fact<Price> };
  readonly features: { readonly [F in Feature]: Fact<boolean> };
  readonly passwordImport: Fact<PasswordImport>;
  readonly labResults: readonly LabResult[];
  /** The vendor's web page; the only URLs SafeSwitch may open (see vendor-url.ts). */
  readonly vendorPage: Fact<string>;
  readonly notices: readonly Notice[];
}

export interface Catalog {
  readonly products: readonly CatalogProduct[];
}

/** The catalog's age, so the app can say "facts checked between … and …". */
export interface CatalogAge {
  readonly newest: CheckedDate;
  readonly oldest: CheckedDate;
}
