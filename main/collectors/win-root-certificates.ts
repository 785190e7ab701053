import { SECURITY_VENDOR_WORDS } from '@shared/detection/vendor-words';
import type { Collector } from './collector';
import { runPowerShellJson, text } from './windows-tools';

/**
 * Trusted root certificates of the machine and the user (research §3.4: Kaspersky's HTTPS
 * scanning root stays behind after some removals). Subjects only; the matcher keeps those that
 * name a security vendor. Thumbprints are per install, so they are evidence, not signatures.
 */
export const ROOT_CERTIFICATES_SCRIPT =
  "ConvertTo-Json -Compress -InputObject @(Get-ChildItem -Path 'Cert:\\LocalMachine\\Root','Cert:\\CurrentUser\\Root' | Select-Object Subject,Thumbprint,PSParentPath)";

export function parseRootCertificates(rows: unknown[]) {
  return rows.flatMap((row) => {
    const subject = text(row, 'Subject');
    if (!subject || !SECURITY_VENDOR_WORDS.test(subject)) return [];
    const parent = text(row, 'PSParentPath') ?? '';
    const store = /::(.*)$/.exec(parent)?.[1] ?? null;
    return [{ subject, store, thumbprint: text(row, 'Thumbprint') }];
  });
}

export const rootCertificatesCollector: Collector = {
  name: 'root-certificates',
  platforms: ['win32'],
  timeoutMs: 20_000,
  async collect(context) {
    return { certificates: parseRootCertificates(await runPowerShellJson(context, ROOT_CERTIFICATES_SCRIPT, 18_000)) };
  },
};
