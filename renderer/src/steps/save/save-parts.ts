import type { SaveOverview } from '@shared/api/save-calls';

/** Save's parts, one thing per screen (issue 13.2), in the order they come. */
export type SavePart = 'folder' | 'export' | 'convert' | 'import' | 'kaspersky' | 'licence' | 'summary';

export interface PartFacts {
  /** An export file was chosen (and read as one): converting it applies. */
  readonly exportChosen: boolean;
  /** Passwords were converted: importing them, then deleting the files, applies. */
  readonly converted: boolean;
  readonly overview: SaveOverview;
  /** The last check found a Kaspersky product (its renewal can still charge the user). */
  readonly kasperskyFound?: boolean;
}

/**
 * Kaspersky's license part applies where there is something of Kaspersky's to save or to know: its
 * settings, license or quarantine, or just a Kaspersky product found (the renewal to stop). Its
 * settings part comes before it where Kaspersky's settings tool is there to save them.
 */
export function hasKasperskyPart(overview: SaveOverview, kasperskyFound = false): boolean {
  return kasperskyFound || overview.settings.available || overview.settings.productName !== null || overview.licence !== null || overview.quarantine !== null;
}

/**
 * The passwords' later parts apply when there are passwords to move: Kaspersky Password Manager or
 * an export was found, or the user chose an export. Decided up front, so "Part 2 of 6" stays 6.
 */
export function passwordsApply({ exportChosen, converted, overview }: PartFacts): boolean {
  return exportChosen || converted || overview.passwordManager.installed || overview.exportFiles.length > 0;
}

/**
 * The parts shown, when they apply: the folder and the password export are always offered (a user
 * with no password manager found skips it with Next); the rest follows from what there is.
 */
export function saveParts(facts: PartFacts): SavePart[] {
  const { overview } = facts;
  return [
    'folder',
    'export',
    ...(passwordsApply(facts) ? (['convert', 'import'] as const) : []),
    ...(overview.settings.available ? (['kaspersky'] as const) : []),
    ...(hasKasperskyPart(overview, facts.kasperskyFound) ? (['licence'] as const) : []),
    'summary',
  ];
}
