/** The removal runner (issue 5, point 3): the OS side of shared/removal. */
export { runRemovalCommand, commandSpecFor, type RemovalRunOptions, type RemovalRunResult, type RemovalDryRun } from './run-removal-command';
export { toElevatedSpec, withElevation, elevationRoute, currentElevationContext, systemRootFrom, type ElevationContext, type ElevationRoute } from './elevate-spec';
export { appendMigrationLog, migrationLogPath, MIGRATION_LOG_NAME, type MigrationLogEntry } from './migration-log';
export { commandEnvironmentFor } from './command-environment';
export { decodePowerShellEncodedCommand, UAC_DECLINED_EXIT_CODE } from './powershell-runas';
