import type { VendorKey } from '@shared/contracts/inventory';
import type { Collector, CollectorContext } from './collector';
import { parseRegQuery, regText, type RegKeyValues } from './reg-query-parser';
import { failure } from './command-failure';
import { regExe } from './windows-tools';

/**
 * Kaspersky's own `KasperskyLab\<AVP21.x|KSDE5.2|protected\KES…>\environment` keys (research §1.2):
 * ProductName, ProductVersion (KES: Ins_ProductVersion), ProductCode, Ins_UninstallString,
 * ProductRoot, DataRoot. Both the 32-bit (WOW6432Node) and native trees are read.
 */
export const KASPERSKY_ROOTS = ['HKLM\\SOFTWARE\\WOW6432Node\\KasperskyLab', 'HKLM\\SOFTWARE\\KasperskyLab'];

export function vendorKeyFrom(path: string, values: RegKeyValues): VendorKey {
  return {
    vendor: 'Kaspersky',
    key: path,
    productName: regText(values, 'ProductName') ?? regText(values, 'Ins_DisplayName'),
    productVersion: regText(values, 'ProductVersion') ?? regText(values, 'Ins_ProductVersion'),
    productCode: regText(values, 'ProductCode'),
    uninstallString: regText(values, 'Ins_UninstallString'),
    installLocation: regText(values, 'ProductRoot') ?? regText(values, 'Ins_ProductPath'),
    dataRoot: regText(values, 'DataRoot'),
  };
}

/** `reg query <root> /s /f environment /k /e` lists the environment keys (values are read next). */
export function parseEnvironmentKeyList(output: string): string[] {
  return [...parseRegQuery(output).keys()].filter((k) => /\\environment$/i.test(k));
}

async function query(context: CollectorContext, args: string[]): Promise<string> {
  const result = await context.run({ file: regExe(), args: ['query', ...args], timeoutMs: 15_000 });
  if (result.exitCode === 1 && !result.spawnError) return ''; // key absent: Kaspersky never installed
  if (result.exitCode !== 0) throw failure('reg.exe', result);
  return result.stdout;
}

export const kasperskyKeysCollector: Collector = {
  name: 'kaspersky-keys',
  platforms: ['win32'],
  timeoutMs: 20_000,
  async collect(context) {
    const lists = await Promise.all(KASPERSKY_ROOTS.map((root) => query(context, [root, '/s', '/f', 'environment', '/k', '/e'])));
    const keys = [...new Set(lists.flatMap(parseEnvironmentKeyList))];
    const vendorKeys = await Promise.all(
      keys.map(async (key) => {
        const parsed = parseRegQuery(await query(context, [key]));
        const values = parsed.get(key) ?? [...parsed.values()][0];
        return values ? vendorKeyFrom(key, values) : null;
      }),
    );
    return { vendorKeys: vendorKeys.filter((k): k is VendorKey => k !== null) };
  },
};
