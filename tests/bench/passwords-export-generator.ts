/**
 * A large, realistic KPM text export for the benchmark: BOM, CRLF, all four sections, multi-line
 * comments and notes, Unicode and characters that need CSV quoting. Deterministic.
 */
export function generateKpmExport(total: number): { bytes: Uint8Array; counts: Record<string, number> } {
  const counts = { website: Math.round(total * 0.7), application: Math.round(total * 0.1), other: Math.round(total * 0.1), note: 0 };
  counts.note = total - counts.website - counts.application - counts.other;
  const parts: string[] = [];
  const sep = '\r\n\r\n---\r\n\r\n';
  const section = (title: string, n: number, entry: (i: number) => string): void => {
    if (n === 0) return;
    const entries: string[] = [];
    for (let i = 0; i < n; i += 1) entries.push(entry(i));
    parts.push(`${title}\r\n\r\n${entries.join(sep)}${sep}`);
  };
  section('Websites', counts.website, (i) =>
    `Website name: Site ${i} «Ünïcode» 🔑\r\nWebsite URL: site${i}.example.com/login?a=1,b=2\r\nLogin name: ${i % 3 ? '' : `alias ${i}`}\r\nLogin: user${i}@example.com\r\nPassword: 00${i},"p;w" ${i}\r\nComment: ${i % 5 ? '' : `first line ${i}\r\r\nsecond, "quoted" line`}`,
  );
  section('Applications', counts.application, (i) => `Application: App ${i}.exe\r\nLogin name: Work\r\nLogin: u${i}\r\nPassword: 0${i}\r\nComment:`);
  section('Other Accounts', counts.other, (i) => `Account name: Wi-Fi ${i}\r\nLogin name:\r\nLogin: \r\nPassword: ${i} \r\nComment: router ${i}`);
  section('Notes', counts.note, (i) => `Name: Note ${i}\r\nText: line one ${i}\r\r\nPassword: looks like a field\r\r\n---\r\r\nlast line 日本語`);
  const text = parts.join('');
  const body = new TextEncoder().encode(text);
  const bytes = new Uint8Array(body.length + 3);
  bytes.set([0xef, 0xbb, 0xbf]);
  bytes.set(body, 3);
  return { bytes, counts };
}
