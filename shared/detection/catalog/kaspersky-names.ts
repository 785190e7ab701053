/**
 * Kaspersky's display names in the seven languages it ships on US machines (en, ru, de, fr, es, it,
 * pt). Every pattern is anchored at both ends, so "… for Windows Server Administration Tools" is
 * not the antivirus and "Kaspersky Endpoint Security 11 для Windows Management Plug-in" is not KES.
 *
 * Where each form comes from (real captured output first; see tests/fixtures/inventories/*.source.md):
 * - "Kaspersky Endpoint Security 11 для Windows" / "АО Лаборатория Касперского": an installed-
 *   software list captured on a Russian machine (public GitHub inventory dump).
 * - "Kaspersky Endpoint Security 12.1.0.506 для Windows" (version before "для"): a Russian
 *   installed-software listing quoted in a public repository.
 * - "Kaspersky Endpoint Security 10 für Windows" with wmiav.exe, productState 266240: Security Center
 *   output of a German machine (example in the Get-LHSAntiVirusProduct script, P. Lantella, 2016).
 * - "Агент администрирования Kaspersky Security Center", "Консоль администрирования Kaspersky
 *   Security Center", Vendor "\"Лаборатория Касперского\"" (quotes included), service klnagent:
 *   Win32_Product / Win32_Service output of a Russian Windows 10 machine (public inventory script).
 * - de "für", es "para" (support.kaspersky.com/KESWin/11.7.0/es-ES), pt-BR "Agente de Rede"
 *   (support.kaspersky.com/Cloud/1.0/pt-BR/138691.htm), de "Administrationsagent"
 *   (support.kaspersky.com/KSC/15.1/de-DE/202480.htm), fr "Agent d'administration" (research §1.3
 *   MSI name): the vendor's own help pages. fr/it/pt help pages keep "for Windows"; "pour", "per"
 *   are accepted too because the installer language decides and no capture rules them out.
 * - The 2023+ home names (Standard, Plus, Premium), Free, Security Cloud: the vendor keeps the
 *   Latin name in every language, so one pattern serves all seven.
 */

/** "for Windows" in the languages Kaspersky localizes it into. */
const FOR = String.raw`(?:for|für|fur|pour|para|per|для)`;
/** A version, a year, a service pack or maintenance release, in any order: "10 SP2 MR1", "12.1.0.506". */
const VERSION = String.raw`(?:\s+(?:v?\d+(?:\.\d+)*|SP\s?\d+|MR\s?\d+|Service Pack \d+|Maintenance Release \d+))*`;
/** What may end a name: a version, "(x64)", a trademark sign. Nothing else. */
const TAIL = String.raw`${VERSION}(?:\s*\((?:x64|x86|64-bit|32-bit)\))?\s*[®™]?`;

const anchored = (body: string): RegExp => new RegExp(`^${body}${TAIL}$`, 'iu');

/** A Latin product name followed only by a version or edition tail: "Kaspersky Premium 21.15". */
export const wholeName = (name: string): RegExp => anchored(name.replace(/ /g, String.raw`\s+`));

export const KES_WINDOWS_NAMES: readonly RegExp[] = [
  anchored(String.raw`Kaspersky\s+Endpoint\s+Security${VERSION}\s+${FOR}\s+Windows(?!\s+Server)`),
  // Security Center registers KES under its bare name on some builds.
  anchored(String.raw`Kaspersky\s+Endpoint\s+Security`),
];

export const WINDOWS_SERVER_NAMES: readonly RegExp[] = [
  anchored(String.raw`Kaspersky\s+(?:Endpoint\s+)?Security${VERSION}\s+${FOR}\s+Windows\s+Server`),
  anchored(String.raw`Kaspersky\s+Embedded\s+Systems\s+Security(?:${VERSION}\s+${FOR}\s+Windows)?`),
  anchored(String.raw`Kaspersky\s+Industrial\s+CyberSecurity\s+${FOR}\s+Nodes`),
];

const KSC = String.raw`Kaspersky\s+Security\s+Center${VERSION}`;

export const NETWORK_AGENT_NAMES: readonly RegExp[] = [
  anchored(String.raw`${KSC}\s+Network\s+Agent`),
  anchored(String.raw`Network\s+Agent\s+(?:of|for)\s+${KSC}`),
  anchored(String.raw`Агент\s+администрирования\s+${KSC}`),
  anchored(String.raw`${KSC}\s+Administrationsagent`),
  anchored(String.raw`Administrationsagent\s+(?:von|für)\s+${KSC}`),
  anchored(String.raw`Agent\s+d['’]administration\s+(?:de\s+)?${KSC}`),
  anchored(String.raw`Agente\s+de\s+red\s+(?:de\s+)?${KSC}`),
  anchored(String.raw`Agente\s+di\s+rete\s+(?:di\s+)?${KSC}`),
  anchored(String.raw`Agente\s+de\s+Rede\s+(?:do\s+|de\s+)?${KSC}`),
];

/** Consoles and administration tools: management software, never protection. */
export const ADMIN_TOOLS_NAMES: readonly RegExp[] = [
  anchored(String.raw`${KSC}\s+(?:Administration\s+Console|Web\s+Console|Console)`),
  anchored(String.raw`Консоль\s+администрирования\s+${KSC}`),
  anchored(String.raw`Веб-консоль\s+${KSC}`),
  anchored(String.raw`${KSC}\s+(?:Verwaltungskonsole|Web-Konsole)`),
  anchored(String.raw`Console\s+d['’]administration\s+(?:de\s+)?${KSC}`),
  anchored(String.raw`Consola\s+de\s+administración\s+(?:de\s+)?${KSC}`),
  anchored(String.raw`Console\s+di\s+amministrazione\s+(?:di\s+)?${KSC}`),
  anchored(String.raw`Console\s+de\s+Administração\s+(?:do\s+)?${KSC}`),
  anchored(String.raw`Kaspersky\s+Security${VERSION}\s+${FOR}\s+Windows\s+Server\s+(?:Administration\s+Tools|Console)`),
  anchored(String.raw`(?:Средства\s+администрирования|Консоль\s+управления)\s+Kaspersky\s+Security${VERSION}\s+для\s+Windows\s+Server`),
  anchored(String.raw`Kaspersky\s+Endpoint\s+Security${VERSION}\s+${FOR}\s+Windows\s+(?:Management\s+Plug-?in|Administration\s+Plug-?in)`),
];

/** The Administration Server itself. */
export const SECURITY_CENTER_SERVER_NAMES: readonly RegExp[] = [
  anchored(String.raw`${KSC}(?:\s+Administration\s+Server)?`),
  anchored(String.raw`Сервер\s+администрирования\s+${KSC}`),
  anchored(String.raw`${KSC}\s+Administrationsserver`),
  anchored(String.raw`Serveur\s+d['’]administration\s+(?:de\s+)?${KSC}`),
  anchored(String.raw`Servidor\s+de\s+administración\s+(?:de\s+)?${KSC}`),
  anchored(String.raw`Server\s+di\s+amministrazione\s+(?:di\s+)?${KSC}`),
  anchored(String.raw`Servidor\s+de\s+Administração\s+(?:do\s+)?${KSC}`),
];

/**
 * Publisher strings of Kaspersky's uninstall entries after `publisherKey` (lower-case, quotes and
 * a leading "AO"/"АО" dropped): `"Лаборатория Касперского"` keeps its quotes in the registry and
 * "АО Лаборатория Касперского" its company form (both captured on Russian machines).
 */
export const KASPERSKY_PUBLISHERS: readonly string[] = ['kaspersky', 'kaspersky lab', 'kaspersky lab zao', 'лаборатория касперского'];

/** A publisher compared without case, quotes or the company form: `АО "Лаборатория Касперского"` → `лаборатория касперского`. */
export function publisherKey(publisher: string | null | undefined): string {
  return (publisher ?? '')
    .toLowerCase()
    .replace(/["'«»“”„]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:ao|ао|zao|зао|jsc)\s+/u, '')
    .replace(/,?\s+(?:ao|ао|zao|зао|jsc)$/u, '')
    .trim();
}
