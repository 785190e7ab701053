/**
 * Who signs each vendor's installers: the certificate's organisation (O) or common name (CN) on
 * Windows, the "Developer ID Installer" name on macOS. An installer whose valid signature names
 * anyone else is refused. Keyed by catalog product id (shared/alternatives catalog).
 *
 * Sources: names seen in public code that lists real certificate subjects (a trusted-publisher
 * list with `O=Bitdefender SRL`, `O=Avast Software s.r.o.`, `O=Gen Digital Inc.`,
 * `O=F-Secure Corporation`, `O=Microsoft Corporation`; an ESET installer write-up with
 * `CN="ESET, spol. s r.o."`; an Avira note with `CN=Avira Operations GmbH & Co. KG`) — marked [C].
 * The rest are the companies' registered names (migration.md §3) and earlier names of the same
 * company, marked [UNCONFIRMED]: verify against a real installer before relying on them. A name
 * that is wrong here refuses a genuine installer (the user is sent to the vendor's page), it never
 * lets a foreign one through.
 */
export const SIGNER_NAMES: Readonly<Record<string, readonly string[]>> = {
  bitdefender: ['Bitdefender SRL'], // [C]
  // Norton, Avast, AVG and Avira are Gen Digital brands (migration.md §3); Gen signs for all of them. [C]
  'norton-360': ['Gen Digital Inc.', 'NortonLifeLock Inc.', 'Symantec Corporation'], // older names [UNCONFIRMED]
  eset: ['ESET, spol. s r.o.'], // [C]
  avast: ['Avast Software s.r.o.', 'Gen Digital Inc.'], // [C]
  avg: ['AVG Technologies USA, LLC', 'AVG Technologies CZ, s.r.o.', 'Avast Software s.r.o.', 'Gen Digital Inc.'], // AVG names [UNCONFIRMED]
  avira: ['Avira Operations GmbH & Co. KG', 'Avira Operations GmbH', 'Gen Digital Inc.'], // [C] (Avira note)
  mcafee: ['McAfee, LLC', 'McAfee, Inc.'], // [UNCONFIRMED]
  'trend-micro': ['Trend Micro, Inc.', 'Trend Micro Incorporated'], // [UNCONFIRMED]
  'f-secure': ['F-Secure Corporation'], // [C]
  'g-data': ['G DATA CyberDefense AG', 'G DATA Software AG'], // [UNCONFIRMED]
  malwarebytes: ['Malwarebytes Inc.', 'Malwarebytes Corporation'], // [UNCONFIRMED]
  'sophos-home': ['Sophos Ltd', 'Sophos Limited'], // [UNCONFIRMED]
  webroot: ['Webroot Inc.', 'Open Text Corporation'], // [UNCONFIRMED]
  'panda-dome': ['Panda Security S.L.', 'Panda Security S.L.U.'], // [UNCONFIRMED]
  totalav: ['Total Security Limited', 'Protected.net Group Limited'], // company per migration.md §3 [UNCONFIRMED as signer]
  ultraav: ['Anchorfree, LLC', 'Pango Inc.'], // legal provider per migration.md §0 [UNCONFIRMED as signer]
  // ClamAV's Windows installer comes from Cisco (its repository is Cisco-Talos) [UNCONFIRMED as signer].
  clamav: ['Cisco Systems, Inc.'],
};

/** Lower-case, punctuation and quotes dropped, spaces collapsed: `"ESET, spol. s r.o."` → `eset spol s r o`. */
export function normaliseSignerName(name: string): string {
  return name
    .toLowerCase()
    .replace(/["'.,()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function signerNamesFor(productId: string): readonly string[] {
  return SIGNER_NAMES[productId] ?? [];
}

/** Exact match after normalising (never a substring: `Bitdefender SRL Fake Ltd` is not Bitdefender). */
export function signerMatches(candidates: readonly (string | null | undefined)[], expected: readonly string[]): boolean {
  const wanted = new Set(expected.map(normaliseSignerName));
  return candidates.some((c) => typeof c === 'string' && c.trim() !== '' && wanted.has(normaliseSignerName(c)));
}

/**
 * Splits an X.500 subject as Windows prints it (`CN="ESET, spol. s r.o.", L=Bratislava, C=SK`)
 * into its attributes; quoted values and `\,` escapes keep their commas.
 */
export function parseDistinguishedName(subject: string): Map<string, string> {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < subject.length; i += 1) {
    const ch = subject[i] as string;
    if (ch === '\\' && i + 1 < subject.length) {
      current += subject[i + 1];
      i += 1;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (ch === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  const attributes = new Map<string, string>();
  for (const part of parts) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const key = part.slice(0, eq).trim().toUpperCase();
    if (!attributes.has(key)) attributes.set(key, part.slice(eq + 1).trim());
  }
  return attributes;
}
