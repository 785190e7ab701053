import { signerNamesFor } from './signer-names';

/**
 * Who signs each vendor's uninstaller, by the vendor name detection reports. A Windows uninstaller
 * is elevated only when its Authenticode signature is valid and names one of these (design.md
 * "Rules that keep users safe"). A name missing here makes the removal a manual step; it never lets
 * a foreign program through.
 *
 * Kaspersky: `CN=AO Kaspersky Lab, O=AO Kaspersky Lab, … L=Moscow, C=RU` is the subject of a Valid
 * Authenticode signature on Kaspersky's 21.23.6.614 setup, in a public analysis's
 * Get-AuthenticodeSignature dump (tests/fixtures/outputs/authenticode-kaspersky-setup.real.txt).
 * The other vendors reuse the installer signers of the alternatives catalog (signer-names.ts).
 */
const BY_VENDOR: Readonly<Record<string, readonly string[]>> = {
  Kaspersky: ['AO Kaspersky Lab'],
  Norton: signerNamesFor('norton-360'),
  Avast: signerNamesFor('avast'),
  AVG: signerNamesFor('avg'),
  Avira: signerNamesFor('avira'),
  Bitdefender: signerNamesFor('bitdefender'),
  ESET: signerNamesFor('eset'),
  'F-Secure': signerNamesFor('f-secure'),
  'G DATA': signerNamesFor('g-data'),
  Malwarebytes: signerNamesFor('malwarebytes'),
  McAfee: signerNamesFor('mcafee'),
  'Panda Security': signerNamesFor('panda-dome'),
  Sophos: signerNamesFor('sophos-home'),
  TotalAV: signerNamesFor('totalav'),
  'Trend Micro': signerNamesFor('trend-micro'),
  Pango: signerNamesFor('ultraav'),
  Webroot: signerNamesFor('webroot'),
};

/**
 * Apple team identifiers of vendors' macOS uninstallers. Kaspersky: 2Y8XE5CQ94, in its system
 * extension's Mach service name and its Password Manager's group container
 * (research detection.md §2, macOS table). No other vendor's is known yet: their scripts are a
 * manual step.
 */
const MAC_TEAM_IDS: Readonly<Record<string, string>> = {
  Kaspersky: '2Y8XE5CQ94',
};

export function uninstallerSignersFor(vendor: string): readonly string[] {
  return BY_VENDOR[vendor] ?? [];
}

export function macTeamIdFor(vendor: string): string | null {
  return MAC_TEAM_IDS[vendor] ?? null;
}
