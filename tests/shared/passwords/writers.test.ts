import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { convertEntries, PASSWORD_FORMAT_IDS, type KpmEntry, type KpmFields, type KpmKind, type PasswordFormatId } from '@shared/passwords';

/** The design's headers, copied literally from design.md (not from the code under test). */
const DESIGN_HEADERS: Record<PasswordFormatId, string> = {
  bitwarden: 'folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp',
  chrome: 'name,url,username,password,note',
  firefox: '"url","username","password","httpRealm","formActionOrigin","guid","timeCreated","timeLastUsed","timePasswordChanged"',
  '1password': 'title,website,username,password,notes',
  proton: 'type,name,url,email,username,password,note,totp,vault',
  keepassxc: '"Group","Title","Username","Password","URL","Notes"',
};

const entry = (kind: KpmKind, fields: Partial<KpmFields>, line = 1): KpmEntry => ({
  kind,
  line,
  fields: { name: '', url: '', loginName: '', login: '', password: '', notes: '', ...fields },
});

/** Every field holds something a careless writer would damage. */
const NASTY: KpmFields = {
  name: ' Ünïcödé, "quoted" 🔑 名前 ',
  url: 'example.com/a,b?q="1"',
  loginName: '0042, "alias"',
  login: '007 ',
  password: ' p,"a"\ns\r\ns; =1+@ ',
  notes: 'line 1\nline 2, "two"\r\n\n  indented\t\u00a0end ',
};

function parse(csv: string): string[][] {
  const result = Papa.parse<string[]>(csv, { header: false, skipEmptyLines: false, delimiter: ',' });
  expect(result.errors).toEqual([]);
  const rows = result.data;
  expect(rows[rows.length - 1]).toEqual(['']); // the file ends with a line break
  return rows.slice(0, -1);
}

function byColumn(csv: string): Record<string, string>[] {
  const [head, ...rows] = parse(csv);
  return rows.map((row) => Object.fromEntries((head ?? []).map((h, i) => [h, row[i] ?? ''])));
}

describe('headers', () => {
  it.each(PASSWORD_FORMAT_IDS)('%s writes the exact design header as its first line', (format) => {
    const csv = convertEntries([], format).files[0]?.csv ?? '';
    expect(csv).toBe(`${DESIGN_HEADERS[format]}\r\n`);
  });
});

describe('round trips through papaparse keep every character', () => {
  const website = entry('website', NASTY);

  it('bitwarden: login row, login name kept in the name', () => {
    const [row] = byColumn(convertEntries([website], 'bitwarden').files[0]?.csv ?? '');
    expect(row).toEqual({
      folder: '', favorite: '', type: 'login', name: `${NASTY.name} (${NASTY.loginName})`, notes: NASTY.notes, fields: '',
      reprompt: '', login_uri: NASTY.url, login_username: NASTY.login, login_password: NASTY.password, login_totp: '',
    });
  });

  it('chrome: website row with a browser address', () => {
    const [row] = byColumn(convertEntries([website], 'chrome').files[0]?.csv ?? '');
    expect(row).toEqual({ name: `${NASTY.name} (${NASTY.loginName})`, url: `https://${NASTY.url}`, username: NASTY.login, password: NASTY.password, note: NASTY.notes });
  });

  it('firefox: address, username, password; title and comment kept aside without the password', () => {
    const conversion = convertEntries([website], 'firefox');
    const [row] = byColumn(conversion.files[0]?.csv ?? '');
    expect(row).toEqual({
      url: `https://${NASTY.url}`, username: NASTY.login, password: NASTY.password, httpRealm: '', formActionOrigin: '', guid: '',
      timeCreated: '', timeLastUsed: '', timePasswordChanged: '',
    });
    const [aside] = byColumn(conversion.files[1]?.csv ?? '');
    expect(aside).toEqual({
      reason: 'Firefox has no place for the title and comment', kind: 'Websites', title: `${NASTY.name} (${NASTY.loginName})`,
      url: NASTY.url, username: NASTY.login, password: '', notes: NASTY.notes,
    });
    expect(conversion.keptAside).toHaveLength(1);
    expect(conversion.keptAside[0]?.reason).toBe('details-not-supported');
  });

  it('1password', () => {
    const [row] = byColumn(convertEntries([website], '1password').files[0]?.csv ?? '');
    expect(row).toEqual({ title: `${NASTY.name} (${NASTY.loginName})`, website: NASTY.url, username: NASTY.login, password: NASTY.password, notes: NASTY.notes });
  });

  it('proton: a user name that is not an e-mail goes to username, an e-mail to email', () => {
    const both = [website, entry('website', { name: 'm', login: 'maria@example.org', password: 'x' })];
    const [first, second] = byColumn(convertEntries(both, 'proton').files[0]?.csv ?? '');
    expect(first).toEqual({ type: 'login', name: `${NASTY.name} (${NASTY.loginName})`, url: NASTY.url, email: '', username: NASTY.login, password: NASTY.password, note: NASTY.notes, totp: '', vault: '' });
    expect(second).toMatchObject({ email: 'maria@example.org', username: '' });
  });

  it('keepassxc: the KPM section becomes the group', () => {
    const [row] = byColumn(convertEntries([website], 'keepassxc').files[0]?.csv ?? '');
    expect(row).toEqual({ Group: 'Websites', Title: `${NASTY.name} (${NASTY.loginName})`, Username: NASTY.login, Password: NASTY.password, URL: NASTY.url, Notes: NASTY.notes });
  });
});

describe('notes', () => {
  const note = entry('note', { name: 'Wi-Fi', notes: 'code: 0042\nsecond line' });

  it('proton writes a note as type=note (Proton Pass imports a row without a type as a login)', () => {
    const [row] = byColumn(convertEntries([note], 'proton').files[0]?.csv ?? '');
    expect(row).toEqual({ type: 'note', name: 'Wi-Fi', url: '', email: '', username: '', password: '', note: 'code: 0042\nsecond line', totp: '', vault: '' });
  });

  it('bitwarden writes a secure note (type=note)', () => {
    const [row] = byColumn(convertEntries([note], 'bitwarden').files[0]?.csv ?? '');
    expect(row).toMatchObject({ type: 'note', name: 'Wi-Fi', notes: 'code: 0042\nsecond line', login_password: '' });
  });

  it.each(['1password', 'proton', 'keepassxc'] as const)('%s keeps notes in the import file', (format) => {
    const conversion = convertEntries([note], format);
    expect(conversion.files.map((f) => f.role)).toEqual(['passwords']);
    expect(conversion.files[0]?.csv).toContain('code: 0042\nsecond line');
  });

  it.each(['chrome', 'firefox'] as const)('%s puts notes in a second, clearly named file and says why', (format) => {
    const conversion = convertEntries([note], format);
    expect(conversion.files[0]?.count).toBe(0);
    const aside = conversion.files[1];
    expect(aside?.role).toBe('kept-aside');
    expect(aside?.fileSuffix).toBe(`-${format}-not-importable-notes-and-details.csv`);
    expect(byColumn(aside?.csv ?? '')).toEqual([
      { reason: `${format === 'chrome' ? 'Chrome' : 'Firefox'} cannot import notes`, kind: 'Notes', title: 'Wi-Fi', url: '', username: '', password: '', notes: 'code: 0042\nsecond line' },
    ]);
    expect(conversion.keptAside[0]?.message).toMatch(/cannot import notes/);
  });

  it('a note that carries a password is written as a login, so the password is importable', () => {
    const [row] = byColumn(convertEntries([entry('note', { name: 'n', password: 'secret' })], 'bitwarden').files[0]?.csv ?? '');
    expect(row).toMatchObject({ type: 'login', login_password: 'secret' });
  });
});

describe('browsers only import websites', () => {
  it.each(['chrome', 'firefox'] as const)('%s keeps applications and other accounts aside, with their passwords', (format) => {
    const app = entry('application', { name: 'Skype', loginName: 'Work', login: 'live:john', password: '0123' });
    const conversion = convertEntries([app], format);
    expect(conversion.files[0]?.count).toBe(0);
    expect(byColumn(conversion.files[1]?.csv ?? '')[0]).toMatchObject({ kind: 'Applications', title: 'Skype (Work)', username: 'live:john', password: '0123' });
    expect(conversion.keptAside[0]?.reason).toBe('no-web-address');
  });

  it('keeps an address that already has a scheme', () => {
    const [row] = byColumn(convertEntries([entry('website', { name: 'a', url: 'http://intranet.local' })], 'chrome').files[0]?.csv ?? '');
    expect(row?.url).toBe('http://intranet.local');
  });
});

describe('quoting', () => {
  it('firefox and keepassxc quote every cell and end lines with CRLF', () => {
    for (const format of ['firefox', 'keepassxc'] as const) {
      const csv = convertEntries([entry('website', { name: 'a', url: 'https://a', login: 'b', password: 'c' })], format).files[0]?.csv ?? '';
      const dataLine = csv.split('\r\n')[1] ?? '';
      expect(dataLine.split(',').every((cell) => cell.startsWith('"') && cell.endsWith('"'))).toBe(true);
    }
  });

  it('leaves formula-like passwords untouched (no added apostrophe)', () => {
    const [row] = byColumn(convertEntries([entry('website', { name: 'a', password: '=1+2', login: '@me' })], '1password').files[0]?.csv ?? '');
    expect(row).toMatchObject({ password: '=1+2', username: '@me' });
  });
});

describe('unplaced lines', () => {
  it('go to their own file with line numbers', () => {
    const conversion = convertEntries([], 'bitwarden', [{ line: 7, text: 'Favourite: yes, "really"' }]);
    const file = conversion.files.find((f) => f.role === 'unplaced');
    expect(file?.fileSuffix).toBe('-unreadable-lines.csv');
    expect(byColumn(file?.csv ?? '')).toEqual([{ line: '7', text: 'Favourite: yes, "really"' }]);
    expect(conversion.unplacedLines).toBe(1);
  });
});
