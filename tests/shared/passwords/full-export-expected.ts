import type { KpmEntry } from '@shared/passwords';

/** Written by hand from tests/fixtures/kpm/generate-fixtures.ts FULL_EXPORT: what the reader must return. */
export const FULL_EXPORT_ENTRIES: KpmEntry[] = [
  {
    kind: 'website',
    line: 3,
    fields: {
      name: 'Example Bank',
      url: 'bank.example.com',
      loginName: '',
      login: '007john',
      password: ' spaced pass ',
      notes: 'Line one of the comment\nLine two, with "quotes", commas, and a ; semicolon\nPassword: not a field, part of the comment',
    },
  },
  {
    kind: 'website',
    line: 14,
    fields: {
      name: 'Шоп «Ромашка»',
      url: 'https://shop.example.ru/login?a=1&b=2',
      loginName: 'Family account',
      login: 'maria@example.org',
      password: 'p,a"s;s=1',
      notes: '',
    },
  },
  {
    kind: 'application',
    line: 25,
    fields: { name: 'Skype', url: '', loginName: 'Work', login: 'live:john', password: '0123', notes: '' },
  },
  {
    kind: 'other',
    line: 35,
    fields: { name: 'Wi-Fi at home', url: '', loginName: '', login: '', password: '00042 ', notes: 'Router in the hallway' },
  },
  {
    kind: 'note',
    line: 45,
    fields: {
      name: 'Recovery codes',
      url: '',
      loginName: '',
      login: '',
      password: '',
      notes: 'first line\nWebsite name: looks like a field\nLogin: also looks like a field\n---\nafter a dash line\n\ttab-indented line',
    },
  },
  {
    kind: 'note',
    line: 55,
    fields: { name: 'Empty note', url: '', loginName: '', login: '', password: '', notes: '' },
  },
  {
    kind: 'note',
    line: 60,
    fields: { name: 'Emoji 🔑 note', url: '', loginName: '', login: '', password: '', notes: '日本語 – ünïcödé 🙂\n\n\nsecond paragraph' },
  },
];
