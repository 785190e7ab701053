import type { VendorKey } from '@shared/contracts/inventory';
import type { Collector, CollectorContext } from './collector';
import { parseRegQuery, regText, type RegKeyValues } from './reg-query-parser';
import { failure } from './command-failure';
import { regExe } from './windows-tools';
import { nodeFolders, quarantineCount, type FolderPort } from './win-kaspersky-quarantine';

/**
 * Kaspersky's own `KasperskyLab\<AVP21.x|KSDE5.2|protected\KES…>\environment` keys (research §1.2):
 * ProductName, ProductVersion (KES: Ins_ProductVersion), ProductCode, Ins_UninstallString,
 * ProductRoot, DataRoot. Both the 32-bit (WOW6432Node) and native trees are read. Beside each
 * environment key, its sibling `Data` key may hold the licence (§1.2: `LicKeyType`,
 * `LicDaysTillExpiration`, as the GLPI agent reads them), and `<DataRoot>\QB` is the quarantine.
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

/**
 * Licence from a `…\Data` key. GLPI trusts `LicDaysTillExpiration` only when `LicKeyType` is set
 * and not 0 (a key is installed). What each `LicKeyType` number means is in no source we have, so
 * the type stays unknown (`null`) rather than a guessed name or a bare number shown to the user.
 */
export function licenceFrom(values: RegKeyValues | undefined): Pick<VendorKey, 'licenseType' | 'licenseDaysLeft'> {
  const keyType = values ? regText(values, 'LicKeyType') : null;
  const days = values ? regText(values, 'LicDaysTillExpiration') : null;
  const daysLeft = keyType !== null && keyType !== '0' && days !== null && /^\d+$/.test(days) ? Number(days) : null;
  return { licenseType: null, licenseDaysLeft: daysLeft };
}

/** `…\AVP21.2\environment` → `…\AVP21.2\Data`. */
export const dataKeyOf = (environmentKey: string): string => environmentKey.replace(/\\environment$/i, '\\Data');

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

export function createKasperskyKeysCollector(folders: FolderPort = nodeFolders): Collector {
  return {
    name: 'kaspersky-keys',
    platforms: ['win32'],
    timeoutMs: 20_000,
    async collect(context) {
      const lists = await Promise.all(KASPERSKY_ROOTS.map((root) => query(context, [root, '/s', '/f', 'environment', '/k', '/e'])));
      const keys = [...new Set(lists.flatMap(parseEnvironmentKeyList))];
      const vendorKeys = await Promise.all(
        keys.map(async (key): Promise<VendorKey | null> => {
          const dataKey = dataKeyOf(key);
          // A Data key that cannot be read leaves the licence unknown; the product is still reported.
          const [environment, data] = await Promise.all([query(context, [key]), query(context, [dataKey]).catch(() => '')]);
          const parsed = parseRegQuery(environment);
          const values = parsed.get(key) ?? [...parsed.values()][0];
          if (!values) return null;
          const vendorKey = vendorKeyFrom(key, values);
          const quarantine = await quarantineCount(vendorKey.dataRoot, folders);
          // Only the Data key itself counts, never one of its subkeys (e.g. Data\UpdateState).
          return { ...vendorKey, ...licenceFrom(parseRegQuery(data).get(dataKey)), quarantineCount: quarantine };
        }),
      );
      return { vendorKeys: vendorKeys.filter((k): k is VendorKey => k !== null) };
    },
  };
}

export const kasperskyKeysCollector = createKasperskyKeysCollector();
