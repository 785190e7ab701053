import type { RemovalCandidate } from '@shared/api/remove-calls';
import type { ScanReport } from '@shared/contracts/scan-report';
import type { Journal } from '@shared/journal/journal-schema';
import { buildRemovalPlan, isBuiltInProtection, isCompanionKind, type RemovalPlan } from '@shared/removal';
import { commandEnvironmentFor } from '../removal';
import type { ServiceContext } from '../service/service-context';
import { passwordDataStates } from './password-data';
import { removeSection } from './remove-journal';

/** The migration folder the Save step chose, else the app's data folder: logs go there. */
export function logFolderFor(context: ServiceContext, journal: Journal): string {
  const save = (journal.save ?? {}) as { migrationFolder?: unknown };
  return typeof save.migrationFolder === 'string' && save.migrationFolder !== '' ? save.migrationFolder : context.dataFolder;
}

export function candidatesFrom(report: ScanReport | null, journal: Journal): RemovalCandidate[] {
  const passwords = passwordDataStates(journal, report);
  return (report?.products ?? [])
    .filter((p) => !isBuiltInProtection(p))
    .map((p) => ({
      productId: p.id,
      productName: p.name,
      kind: p.kind,
      companion: isCompanionKind(p.kind),
      waitsForSave: p.kind === 'password-manager' && passwords[p.id] === 'not-saved',
    }));
}

/**
 * The plan for what the user ticked, from the last scan. Gated (the default): a program SafeSwitch
 * would raise stays a command only with a trusted signature check on record for that file.
 */
export function planFor(context: ServiceContext, journal: Journal, selectedIds?: readonly string[], gated = true): RemovalPlan | null {
  const report = journal.lastScan;
  const ids = selectedIds ?? removeSection(journal).chosen;
  if (!report || ids.length === 0) return null;
  const records = removeSection(journal).products;
  return buildRemovalPlan({
    report,
    selectedIds: ids,
    environment: commandEnvironmentFor(context.system.machine.platform, logFolderFor(context, journal)),
    passwordData: passwordDataStates(journal, report),
    ...(gated ? { signatureChecks: Object.fromEntries(ids.map((id) => [id, records[id]?.signatureCheck ?? null])) } : {}),
  });
}
