/**
 * Password conversion engine: Kaspersky Password Manager text export → six CSV formats, with a
 * read-back proof. Pure (papaparse only); main/passwords writes the files, the Save step
 * (main/save/convert-passwords.ts) and the CLI (main/cli/passwords-command.ts) call these.
 *
 * Typical use:
 *   const parsed = parseKpmExport(bytes);              // throws NotKpmExportError with a plain message
 *   const conversion = convertExport(parsed, 'bitwarden');
 *   // main/passwords/write-conversion.ts writes conversion.files[i].csv to `${baseName}${fileSuffix}`
 *   // (owner-only, never over an existing file) and reads them back from disk:
 *   const proof = verifyConversion(parsed.entries, 'bitwarden', readBack, parsed.unplaced);
 *   proof.summary  // "212 logins, 14 notes — all 226 saved"
 *
 * - parseKpmExport(input: Uint8Array | string): KpmParseResult
 *     { entries: KpmEntry[]; unplaced: {line,text}[]; encoding; warnings }. KpmEntry =
 *     { kind: 'website'|'application'|'other'|'note'; fields: {name,url,loginName,login,password,notes}; line }.
 *     Reads UTF-8 (with/without BOM), UTF-16 LE/BE (with BOM; also sniffed without), CRLF/LF/CR
 *     and CR CR LF, English and Russian labels; every non-blank line it cannot place is returned
 *     in `unplaced`. Throws NotKpmExportError{reason: 'empty'|'binary'|'not-kpm'|'too-large'} and
 *     nothing else (fuzz-tested).
 * - PASSWORD_FORMATS / PASSWORD_FORMAT_IDS / isPasswordFormatId: the six formats (design.md headers).
 * - convertEntries(entries, format, unplaced?) / convertExport(parsed, format): Conversion
 *     files: ConvertedFile[] — role 'passwords' (always), 'kept-aside' (Chrome/Firefox, always:
 *     notes, entries without a web address, Firefox's titles and comments), 'unplaced' (only when
 *     the reader left lines unplaced); each with fileSuffix, description, header, count, and rows,
 *     rowEntry, csv, csvChunks() made from the entries when read (a conversion holds no copy of
 *     the passwords; main/passwords/write-conversion.ts writes csvChunks() piece by piece).
 *     keptAside lists, per entry, what was not importable and why (plain message). `Login name`
 *     is kept in the title: "Name (Login name)".
 * - verifyConversion(entries, format, written: {role,text}[], unplaced?): VerificationResult
 *     { ok, counts, saved, summary, differences[] } — differences never contain field values.
 * - entryTitle, describeCounts, describeSaved, countEntries: wording shared by the app and the CLI.
 */
export * from './kpm-types';
export * from './password-formats';
export * from './conversion-types';
export { parseKpmExport } from './parse-kpm-export';
export { convertEntries, convertExport } from './convert-entries';
export { verifyConversion, uncarriedFields } from './verify-conversion';
export { entryTitle, isLoginLike, countEntries, describeCounts, describeSaved, KIND_SECTION } from './entry-text';
export { browserUrl, KEPT_ASIDE_COLUMNS, UNPLACED_COLUMNS } from './format-rows';
export { readCsv, toCsv } from './csv-text';
export { planFiles } from './file-plan';
