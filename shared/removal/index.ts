/**
 * The removal engine's public face (issue 5, points 1-3). Pure: no node:*, no electron.
 *
 * - buildRemovalPlan: ScanReport + ticked ids -> ordered steps per product (close, uninstall,
 *   restart if needed, verify, leftovers), companions as separate choices, blockers.
 * - buildUninstallCommand: one detected product -> the exact argv, or a plain refusal (manual step).
 * - parseWindowsCommandLine: CommandLineToArgvW rules, used on registry uninstall strings.
 * - classifyOutcome: exit code / output of a run -> success, needs-restart, declined, blocked...
 *
 * The runner that executes an UninstallCommand lives in main/removal (runRemovalCommand).
 */
export * from './plan-schema';
export * from './outcome-schema';
export type { CommandEnvironment, PasswordDataState, RemovalPlanInput } from './removal-input';
export { buildRemovalPlan, isCompanionKind } from './build-plan';
export { buildUninstallCommand, type CommandBuild } from './build-command';
export { isBuiltInProtection } from './built-in';
export { readRemovalInfo, type RemovalInfo } from './removal-info';
export { parseWindowsCommandLine } from './windows-command-line';
export { classifyOutcome, type OutcomeInput } from './classify-outcome';
export { formatArgv } from './format-argv';
export { gateOnSignature, uninstallerCheckSchema, type UninstallerCheck } from './signature-gate';
