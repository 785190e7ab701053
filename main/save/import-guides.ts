import type { PasswordFormatId } from '@shared/passwords/password-formats';

/**
 * How to import the written file into each password manager, for report.html (the screen has the
 * same facts in renderer/locales/en/save.json). Menu paths as the vendors' help pages describe them
 * (migration.md §4); menus move between versions, so the report says so.
 */
export const IMPORT_GUIDES: Readonly<Record<PasswordFormatId, string>> = {
  bitwarden:
    'Bitwarden: sign in to your Bitwarden web vault, choose Tools > Import data, pick the file format "Bitwarden (csv)", then choose the file. Bitwarden does not remove duplicates, so import the file once.',
  chrome:
    'Chrome, Edge, Brave or Opera: open the browser\'s password settings (in Chrome: Google Password Manager > Settings > Import passwords) and choose the file. These browsers keep only website logins; the other entries are in the second file.',
  firefox:
    'Firefox: open about:logins, open the menu (…) and choose "Import from a File", then choose the file. Firefox keeps only website logins; the other entries are in the second file.',
  '1password':
    '1Password: sign in at 1Password.com, open your account menu, choose Import, then "CSV file" (or Other), and choose the file.',
  proton: 'Proton Pass: open Settings > Import, choose "Generic CSV", then choose the file.',
  keepassxc:
    'KeePassXC: choose Database > Import > CSV File, tick "First row contains field names", check that each column is matched, then finish the import.',
};
