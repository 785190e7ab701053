/**
 * The few top-level string keys SafeSwitch needs from an app's Info.plist, from either
 * `plutil -convert json -o - Info.plist` output or an XML plist. Binary plists are converted with
 * plutil first (by the caller); nothing here executes anything.
 */
export interface BundleInfo {
  readonly bundleId: string | null;
  readonly name: string | null;
  readonly version: string | null;
}

const KEYS = ['CFBundleIdentifier', 'CFBundleDisplayName', 'CFBundleName', 'CFBundleShortVersionString', 'CFBundleVersion'] as const;

function pick(values: Partial<Record<(typeof KEYS)[number], string>>): BundleInfo {
  return {
    bundleId: values.CFBundleIdentifier ?? null,
    name: values.CFBundleDisplayName ?? values.CFBundleName ?? null,
    version: values.CFBundleShortVersionString ?? values.CFBundleVersion ?? null,
  };
}

export function bundleInfoFromJson(json: string): BundleInfo | null {
  try {
    const data = JSON.parse(json) as Record<string, unknown>;
    const values: Partial<Record<(typeof KEYS)[number], string>> = {};
    for (const key of KEYS) if (typeof data[key] === 'string') values[key] = data[key];
    return pick(values);
  } catch {
    return null;
  }
}

const decode = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Reads `<key>K</key><string>V</string>` pairs; nested dicts may repeat keys, the first wins. */
export function bundleInfoFromXml(xml: string): BundleInfo | null {
  if (!xml.includes('<plist')) return null;
  const values: Partial<Record<(typeof KEYS)[number], string>> = {};
  const pair = /<key>([^<]*)<\/key>\s*<string>([^<]*)<\/string>/g;
  for (let m = pair.exec(xml); m; m = pair.exec(xml)) {
    const key = m[1] as (typeof KEYS)[number];
    if ((KEYS as readonly string[]).includes(key) && values[key] === undefined) values[key] = decode(m[2] ?? '').trim();
  }
  return pick(values);
}
