import type { EntryCounts } from './conversion-types';
import type { KpmEntry, KpmKind } from './kpm-types';

/**
 * The title an entry gets in every format. KPM's `Login name` is a display alias (research §4.2),
 * so it is kept in the title next to the name — "Example (work account)" — never dropped.
 */
export function entryTitle(entry: KpmEntry): string {
  const { name, loginName, url, login } = entry.fields;
  if (name !== '' && loginName !== '' && loginName !== name) return `${name} (${loginName})`;
  if (name !== '') return name;
  if (loginName !== '') return loginName;
  if (url !== '') return url;
  if (login !== '') return login;
  return entry.kind === 'note' ? 'Untitled note' : 'Untitled';
}

/** A note that also carries a login, password or address is written as a login, so none is lost. */
export function isLoginLike(entry: KpmEntry): boolean {
  if (entry.kind !== 'note') return true;
  const f = entry.fields;
  return f.url !== '' || f.login !== '' || f.password !== '' || f.loginName !== '';
}

/** The KPM section name, used as a group/folder name and in plain messages. */
export const KIND_SECTION: Readonly<Record<KpmKind, string>> = {
  website: 'Websites',
  application: 'Applications',
  other: 'Other Accounts',
  note: 'Notes',
};

export function countEntries(entries: readonly KpmEntry[]): EntryCounts {
  let website = 0;
  let application = 0;
  let other = 0;
  let note = 0;
  for (const e of entries) {
    if (e.kind === 'website') website += 1;
    else if (e.kind === 'application') application += 1;
    else if (e.kind === 'other') other += 1;
    else note += 1;
  }
  const logins = website + application + other;
  return { website, application, other, note, logins, notes: note, total: logins + note };
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "212 logins, 14 notes" */
export function describeCounts(counts: EntryCounts): string {
  return `${plural(counts.logins, 'login', 'logins')}, ${plural(counts.notes, 'note', 'notes')}`;
}

/** "212 logins, 14 notes — all 226 saved" / "… — 224 of 226 saved" */
export function describeSaved(counts: EntryCounts, saved: number): string {
  if (counts.total === 0) return `${describeCounts(counts)} — nothing to save`;
  if (saved === counts.total) return `${describeCounts(counts)} — all ${counts.total} saved`;
  return `${describeCounts(counts)} — ${saved} of ${counts.total} saved`;
}
