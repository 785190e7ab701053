/**
 * A catalog date ('2025', '2024-11' or '2026-11-22') in a reader's language: the year, the month
 * and year, or the day (`dateStyle`). Read as UTC, so a day never shifts to the day before in a US
 * time zone. Text that is not such a date comes back as it is. The screen and the report both use it.
 */
export function formatCatalogDay(value: string, locale: string, dateStyle: 'medium' | 'long'): string {
  const parts = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
  if (!parts) return value;
  const [, year, month, day] = parts;
  const date = new Date(Date.UTC(Number(year), Number(month ?? '1') - 1, Number(day ?? '1')));
  const style: Intl.DateTimeFormatOptions = !month ? { year: 'numeric' } : !day ? { year: 'numeric', month: 'long' } : { dateStyle };
  return new Intl.DateTimeFormat(locale, { ...style, timeZone: 'UTC' }).format(date);
}
