#!/usr/bin/env node
// CI only: says whether this build is signed. Without CSC_LINK (Windows and macOS certificates) the
// build is unsigned, and electron-builder must not go looking in the runner's keychain for one;
// without APPLE_ID the macOS build is not notarized. Writes `auto_discovery` for the build step.
import { appendFileSync } from 'node:fs';

const has = (name) => typeof process.env[name] === 'string' && process.env[name] !== '';
const notes = [];
if (!has('CSC_LINK')) notes.push('No CSC_LINK / CSC_KEY_PASSWORD: the Windows and macOS installers are NOT code-signed.');
if (process.platform === 'darwin' && !has('APPLE_ID')) {
  notes.push('No APPLE_ID / APPLE_APP_SPECIFIC_PASSWORD / APPLE_TEAM_ID: the macOS app is NOT notarized.');
}
for (const note of notes) process.stdout.write(`::notice title=Signing skipped::${note}\n`);
if (notes.length === 0) process.stdout.write('Signing with the certificates from the environment.\n');
if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `auto_discovery=${has('CSC_LINK') ? 'true' : 'false'}\n`);
