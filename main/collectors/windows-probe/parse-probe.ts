import { z } from 'zod';
import type { ScanWarning } from '@shared/contracts/scan-report';
import type { InventoryPart } from '../collector';
import { BASE64_MARKER, JSON_MARKER, PROBE_FORMAT } from './probe-script';
import {
  parseDefenderStatus,
  parseDrivers,
  parseOs,
  parsePrograms,
  parseRootCertificates,
  parseSecurityCenter,
  parseServices,
  parseVendorKeys,
} from './probe-sections';

/** The probe's answer could not be used at all: the scan goes on and says so in one warning. */
export class ProbeError extends Error {}

const rows = z.array(z.unknown()).optional();
const probeSchema = z.object({
  format: z.literal(PROBE_FORMAT),
  warnings: z.array(z.object({ section: z.string(), message: z.string() })).optional(),
  os: rows,
  securityCenter: rows,
  defender: rows,
  programs: rows,
  vendorKeys: rows,
  drivers: rows,
  services: rows,
  certificates: rows,
});
export type ProbeDocument = z.infer<typeof probeSchema>;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * The probe's stdout, decoded once and whole: the line after the marker is base64 of UTF-8 JSON
 * (or, in Constrained Language Mode, ASCII-only JSON). Anything PowerShell printed around it is
 * ignored. A missing marker, bad base64, broken JSON or a cut-off answer is a ProbeError.
 */
export function decodeProbeOutput(stdout: string, truncated = false): ProbeDocument {
  if (truncated) throw new ProbeError('its answer was cut off because it was too long');
  const lines = stdout.replace(/^\uFEFF/, '').split(/\r?\n/);
  const b64 = lines.find((l) => l.startsWith(BASE64_MARKER));
  const json = lines.find((l) => l.startsWith(JSON_MARKER));
  let text: string;
  if (b64 !== undefined) {
    const body = b64.slice(BASE64_MARKER.length).trim();
    if (!BASE64.test(body) || body.length % 4 !== 0) throw new ProbeError('its answer was not readable (bad base64)');
    text = Buffer.from(body, 'base64').toString('utf8');
  } else if (json !== undefined) {
    text = json.slice(JSON_MARKER.length);
  } else {
    throw new ProbeError('it gave no answer');
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new ProbeError('its answer was not readable (broken JSON)');
  }
  const parsed = probeSchema.safeParse(value);
  if (!parsed.success) throw new ProbeError('its answer was not in the expected form');
  return parsed.data;
}

/** What each probe section is called in a warning, and the scan-report source it stands for. */
const SECTIONS: Readonly<Record<string, { source: string; label: string }>> = {
  os: { source: 'os', label: 'The Windows version' },
  securityCenter: { source: 'security-center', label: 'Windows Security Center' },
  defender: { source: 'defender-status', label: "Microsoft Defender's own status" },
  programs: { source: 'installed-programs', label: 'The list of installed programs' },
  'kaspersky-keys': { source: 'kaspersky-keys', label: "Kaspersky's own settings in the registry" },
  drivers: { source: 'drivers', label: 'The list of drivers' },
  services: { source: 'services', label: 'The list of services' },
  certificates: { source: 'root-certificates', label: 'The trusted root certificates' },
};

function warningFor(section: string, message: string): ScanWarning {
  const [base = section, view] = section.split(':');
  const known = SECTIONS[base] ?? { source: base, label: `Part "${base}"` };
  const where = view ? ` (${view})` : '';
  let text = `${known.label}${where} could not be read: ${message || 'no reason given'}.`;
  // A missing Security Center is not "no antivirus": say what it means.
  if (base === 'securityCenter') {
    text += ' Windows Server has no Security Center. SafeSwitch cannot see which antivirus Windows counts, so it relies on the other evidence.';
  }
  return { source: known.source, kind: base === 'securityCenter' ? 'no-security-center' : 'unreadable', message: text };
}

/** The inventory part and the warnings one probe answer gives; a failed section is absent, not empty. */
export function probeToInventory(doc: ProbeDocument): { part: InventoryPart; warnings: ScanWarning[] } {
  const part: InventoryPart = {};
  const os = doc.os ? parseOs(doc.os) : null;
  if (os) part.os = { platform: 'win32', ...os };
  if (doc.securityCenter) part.securityCenter = parseSecurityCenter(doc.securityCenter);
  if (doc.defender) part.defender = parseDefenderStatus(doc.defender);
  if (doc.programs) part.programs = parsePrograms(doc.programs);
  if (doc.vendorKeys) part.vendorKeys = parseVendorKeys(doc.vendorKeys);
  if (doc.drivers) part.drivers = parseDrivers(doc.drivers);
  if (doc.services) part.services = parseServices(doc.services);
  if (doc.certificates) part.certificates = parseRootCertificates(doc.certificates);
  const warnings = (doc.warnings ?? []).map((w) => warningFor(w.section, w.message.trim().replace(/[.\s]+$/, '').slice(0, 500)));
  return { part, warnings };
}
