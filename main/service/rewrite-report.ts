import { writeFinalReport } from '../choose/write-final-report';
import type { SaveState } from '../save/save-state';
import type { ServiceContext } from './service-context';

/**
 * Writes the migration report again in the journal's language, after the user switched it. Every
 * section is built from the journal, so none is left in the language it was first written in. Does
 * nothing before a report exists (no folder yet, nothing chosen yet).
 */
export async function rewriteReport(context: ServiceContext, save: SaveState): Promise<void> {
  // Save's sections first: Done gathers the other sections' next steps into its own.
  await save.writeReport();
  if (context.journal.get().choose?.report) await writeFinalReport(context);
}
