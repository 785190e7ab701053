import { z } from 'zod';
import { platformSchema } from '../contracts/inventory';
import { journalSchema, languageSchema, stepIdSchema } from '../journal/journal-schema';
import { defineCall } from './define';

export const noticeSchema = z.object({
  kind: z.enum(['journal-recovered', 'journal-unreadable', 'journal-too-large', 'resumed']),
  /** Where the unreadable journal was kept aside, when it was. */
  keptAs: z.string().nullable(),
});
export type Notice = z.infer<typeof noticeSchema>;

export const sessionSchema = z.object({
  journal: journalSchema,
  notices: z.array(noticeSchema),
  machine: z.object({
    kind: z.enum(['real', 'simulated']),
    name: z.string().nullable(),
    platform: platformSchema,
  }),
  dataFolder: z.string(),
  /** The OS's own file and folder dialogs can be used (the Electron app on the real machine). */
  canPickPaths: z.boolean().default(false),
  /** The Save step's folder is not on the disk any more (moved or deleted by hand): Save is not a green tick. */
  saveFolderGone: z.boolean().default(false),
});
export type Session = z.infer<typeof sessionSchema>;

const empty = z.object({}).strict();

/** What the user picks: the migration folder, the Kaspersky export, or a downloaded installer. */
export const pathKindSchema = z.enum(['folder', 'export-file', 'installer']);
export type PathKind = z.infer<typeof pathKindSchema>;

export const sessionCalls = {
  getSession: defineCall(empty, sessionSchema),
  /** Moves to a step the user may reach: any completed step, or the one after the last completed. */
  goToStep: defineCall(z.object({ step: stepIdSchema }).strict(), sessionSchema),
  completeStep: defineCall(z.object({ step: stepIdSchema }).strict(), sessionSchema),
  /** Archives the journal (never deletes it) and begins a fresh migration; saved files stay. */
  startOver: defineCall(empty, sessionSchema),
  dismissNotices: defineCall(empty, sessionSchema),
  quit: defineCall(empty, z.object({ closed: z.boolean() })),
  /** Remembers the language the user picked in the header (in the journal). */
  setLanguage: defineCall(z.object({ language: languageSchema }).strict(), sessionSchema),
  /**
   * The operating system's own file or folder dialog (Electron's dialog in main). `available` is
   * false where there is none (the browser preview, a simulated machine): the screen then offers
   * the typed path instead. `path` is null when the user closed the dialog.
   */
  pickPath: defineCall(
    z.object({ kind: pathKindSchema }).strict(),
    z.object({ available: z.boolean(), path: z.string().nullable() }),
  ),
} as const;
