import type { ComponentFamily, SharedComponentGroup } from './signature-types';

/**
 * Components (processes, services, drivers, units, launchd jobs, traces) per vendor family.
 * Sources: research/detection.md §1.2–§1.3 (Kaspersky on Windows), §2 (macOS, Linux), §3.4–§3.5
 * (root certificate, browser extensions), §5 table (others). Drivers are named without `.sys`.
 */
const kasperskyDrivers = [
  // §1.2 Ins_VerifyDrivers of KTS 21.2 (authoritative for that build) plus §1.3 lists.
  'klhk', 'klgse', 'klbackupdisk', 'kl1', 'klbackupflt', 'kldisk', 'klelam', 'kneps', 'klflt', 'klim6',
  'klspd', 'klkbdflt', 'klkbdflt2', 'klmouflt', 'klpd', 'klwfp', 'klwtp', 'klif', 'klpnpflt', 'klids',
  'kltdi', 'klupd_klif_arkmon', 'klupd_klif_klark', 'klupd_klif_klbg', 'klupd_klif_mark', 'klupd_klif_kimul',
];

export const KASPERSKY_FAMILIES: readonly ComponentFamily[] = [
  {
    id: 'kaspersky-avp',
    vendor: 'Kaspersky',
    source: '§1.3 avp.exe/avpui.exe, service AVP<ver> ("Kaspersky (Anti-Virus) Service x"), drivers; §3.4 root certificate; §3.5 extension ids',
    defaultProduct: 'kaspersky',
    leftoverProduct: 'kaspersky-leftovers',
    processes: ['avp.exe', 'avpui.exe', 'avpsus.exe', 'kavtray.exe', 'kldw.exe', 'avp.com'],
    services: ['avp'],
    servicePatterns: [/^avp\d+(\.\d+)*$/i],
    serviceDisplayPatterns: [/^Kaspersky (Anti-Virus )?Service\b/i, /^Kaspersky Volume Shadow Copy Service Bridge\b/i],
    drivers: kasperskyDrivers,
    certificatePatterns: [/Kaspersky Anti-Virus Personal Root Certificate/i, /Kaspersky Web Anti-Virus Certification Authority/i],
    extensionIds: [
      'amkpcclbbgegoafihnpgomddadjhcadd',
      'ahkjpbeeocnddjkakilopmfdlnjdpcdm',
      'light_plugin_7571494ce0b94e11bb762b659a4ad71f@kaspersky.com',
    ],
  },
  {
    id: 'kaspersky-vpn',
    vendor: 'Kaspersky',
    source: '§1.2 KSDE5.2 keys, KSDE Personal Root Certificate; §1.3 ksde.exe/ksdeui.exe, service KSDE<ver>, kltap.sys',
    defaultProduct: 'kaspersky-vpn',
    leftoverProduct: 'kaspersky-leftovers',
    processes: ['ksde.exe', 'ksdeui.exe'],
    servicePatterns: [/^ksde\d+(\.\d+)*$/i],
    serviceDisplayPatterns: [/^Kaspersky VPN Secure Connection Service\b/i],
    drivers: ['kltap', 'klifksde'],
    certificatePatterns: [/KSDE Personal Root Certificate/i],
  },
  {
    id: 'kaspersky-kpm',
    vendor: 'Kaspersky',
    source: '§1.3 kpm.exe; §2.1 Mac com.kaspersky.kpm.agent',
    defaultProduct: 'kaspersky-password-manager',
    processes: ['kpm.exe'],
    launchdLabels: ['com.kaspersky.kpm.agent'],
  },
  {
    id: 'kaspersky-network-agent',
    vendor: 'Kaspersky',
    source: '§1.3 klnagent.exe / service klnagent, klnagwds.exe (EDRHunt); §2.2 unit klnagent64 (or klnagent)',
    defaultProduct: 'kaspersky-network-agent',
    processes: ['klnagent.exe', 'klnagwds.exe', 'klnagent', 'klnagent64'],
    services: ['klnagent', 'klnagent64'],
    units: ['klnagent64', 'klnagent'],
  },
  {
    id: 'kaspersky-kesl',
    vendor: 'Kaspersky',
    source: '§2.2 unit kesl, older kesl-supervisor [CORROBORATED]; process name "kesl" assumed from the unit [UNCONFIRMED]',
    defaultProduct: 'kaspersky-endpoint-security-linux',
    processes: ['kesl', 'kesl-supervisor'],
    services: ['kesl', 'kesl-supervisor'],
    units: ['kesl', 'kesl-supervisor'],
  },
  {
    id: 'kaspersky-kavfs',
    vendor: 'Kaspersky',
    source: '§1.3 KSWS/KESS service KAVFS (kavfs.exe) [CONFIRMED]',
    defaultProduct: 'kaspersky-windows-server',
    processes: ['kavfs.exe'],
    services: ['kavfs'],
  },
  {
    id: 'kaspersky-mac',
    vendor: 'Kaspersky',
    source: '§2.1 LaunchDaemon com.kaspersky.kav.plist, menu-bar agent com.kaspersky.kav_agent, autoupdater plist',
    defaultProduct: 'kaspersky-mac',
    launchdLabels: ['com.kaspersky.kav', 'com.kaspersky.kav_agent', 'com.kaspersky.kav.autoupdater'],
  },
];

export const OTHER_FAMILIES: readonly ComponentFamily[] = [
  {
    id: 'norton',
    vendor: 'Norton',
    source: '§5 Norton row (A): NortonSvc/NortonUI (new), NortonSecurity/nsWscSvc/ccSvcHst (old), drivers',
    defaultProduct: 'norton',
    processes: ['nortonsvc.exe', 'nortonui.exe', 'nortonsecurity.exe', 'nswscsvc.exe', 'ccsvchst.exe', 'nlltoolssvc.exe'],
    services: ['norton security', 'norton wsc service', 'nortonsecurity', 'nortonsvc'],
    serviceDisplayPatterns: [/^Norton\b/i],
    drivers: ['symefasi64', 'symevnt', 'srtsp', 'srtspx64', 'bhdrvx64', 'eectrl64'],
  },
  {
    id: 'avast',
    vendor: 'Avast',
    source: '§5 Avast row (A): AvastSvc/AvastUI, services "Avast Antivirus", "AvastWsc Reporter"',
    defaultProduct: 'avast',
    processes: ['avastsvc.exe', 'avastui.exe'],
    services: ['avast antivirus', 'avast! antivirus', 'avastwscreporter', 'avastwsc reporter'],
    serviceDisplayPatterns: [/^Avast (Antivirus|Tools|Browser Update Service)\b/i, /^avast! Antivirus\b/i, /^AvastWsc Reporter\b/i],
    // macOS: the launchd jobs Homebrew's avast-security cask unloads on uninstall.
    launchdLabels: ['com.avast.hub', 'com.avast.hub.schedule', 'com.avast.hub.xpc'],
  },
  {
    id: 'avg',
    vendor: 'AVG',
    source: '§5 AVG row (B)(C): AVGSvc/AVGUI/avgwdsvc/avgemc; services [UNCONFIRMED]',
    defaultProduct: 'avg',
    processes: ['avgsvc.exe', 'avgui.exe', 'avgwdsvc.exe', 'avgemc.exe'],
    serviceDisplayPatterns: [/^AVG (Antivirus|Tools|Firewall)\b/i],
  },
  {
    id: 'mcafee',
    vendor: 'McAfee',
    source: '§5 McAfee row (B)(C), Wazuh McAfee rules',
    defaultProduct: 'mcafee',
    processes: ['mcshield.exe', 'mfemms.exe', 'mfevtps.exe', 'mfeavsvc.exe', 'mcapexe.exe', 'mmsshost.exe', 'mcuicnt.exe', 'mcvulctr.exe'],
    services: ['mfemms', 'mfevtp', 'mfefire', 'mcapexe', 'mcawfwk', 'mccspsvc'],
  },
  {
    id: 'bitdefender',
    vendor: 'Bitdefender',
    source: '§5 Bitdefender row (A)(G)(D)',
    defaultProduct: 'bitdefender',
    processes: ['bdagent.exe', 'vsserv.exe', 'vsservppl.exe', 'bdredline.exe', 'bdservicehost.exe'],
    services: ['vsserv', 'vsservppl'],
    serviceDisplayPatterns: [/^Bitdefender\b/i],
    drivers: ['gemma', 'gzflt', 'trufos'],
  },
  {
    id: 'eset',
    vendor: 'ESET',
    source: '§5 ESET row (B)(C)(D)(G)',
    defaultProduct: 'eset',
    processes: ['ekrn.exe', 'egui.exe', 'eguiproxy.exe', 'efwd.exe', 'eshasrv.exe'],
    services: ['ekrn'],
    drivers: ['ehdrv', 'eamonm', 'epfw', 'epfwwfp', 'epfwlwf', 'eelam'],
  },
  {
    id: 'avira',
    vendor: 'Avira',
    source: '§5 Avira row (A)(B)(C); sched.exe is generic and left out',
    defaultProduct: 'avira',
    processes: ['avira.servicehost.exe', 'avira.systray.exe', 'avguard.exe', 'avshadow.exe', 'avira.spotlight.service.exe', 'avgnt.exe'],
    serviceDisplayPatterns: [/^Avira\b/i],
    drivers: ['avipbb', 'avgntflt', 'avkmgr', 'avnetflt', 'avdevprot', 'avusbflt'],
  },
  {
    id: 'trend-micro',
    vendor: 'Trend Micro',
    source: '§5 Trend Micro row (A)(B)(D)',
    defaultProduct: 'trend-micro',
    processes: ['uiwinmgr.exe', 'uiseagnt.exe', 'uiwatchdog.exe', 'coreserviceshell.exe', 'coreframeworkhost.exe', 'amsptelemetryservice.exe'],
    services: ['amsp', 'amsptlm'],
    drivers: ['tmeyes', 'tmumh', 'tmusa', 'tmnciesc', 'tmebc64', 'tmeevw'],
  },
  {
    id: 'sophos',
    vendor: 'Sophos',
    source: '§5 Sophos Home row (C); same set as Central [UNCONFIRMED]',
    defaultProduct: 'sophos-home',
    processes: ['sophosui.exe', 'sophos ui.exe', 'sophoshealth.exe', 'sophosfs.exe', 'sspservice.exe', 'mcsagent.exe', 'mcsclient.exe', 'sophosfilescanner.exe', 'sophosntpservice.exe', 'sedservice.exe'],
    serviceDisplayPatterns: [/^Sophos\b/i],
  },
  {
    id: 'malwarebytes',
    vendor: 'Malwarebytes',
    source: '§5 Malwarebytes row (A)(H)',
    defaultProduct: 'malwarebytes',
    processes: ['mbamservice.exe', 'mbamtray.exe', 'mbam.exe', 'malwarebytes.exe'],
    services: ['mbamservice', 'mbamchameleon', 'mbamswissarmy', 'mbamelam'],
    drivers: ['mbam', 'mwac', 'mbamswissarmy', 'mbamchameleon', 'farflt', 'mbae64'],
    // macOS: the launchd jobs Homebrew's malwarebytes cask unloads on uninstall.
    launchdLabels: ['com.malwarebytes.mbam.frontend.agent', 'com.malwarebytes.mbam.rtprotection.daemon', 'com.malwarebytes.mbam.settings.daemon'],
  },
  {
    id: 'webroot',
    vendor: 'Webroot',
    source: '§5 Webroot row (A)(B)',
    defaultProduct: 'webroot',
    processes: ['wrsa.exe', 'wrskyclient.x64.exe', 'wrcoreservice.x64.exe'],
    services: ['wrsvc', 'wrskyclient', 'wrcoreservice'],
    drivers: ['wrcore.x64', 'wrkrn'],
  },
  {
    id: 'f-secure',
    vendor: 'F-Secure',
    source: '§5 F-Secure row (A)',
    defaultProduct: 'f-secure',
    processes: ['fshoster32.exe', 'fshoster64.exe', 'fsorsp64.exe', 'fsulprothoster.exe'],
    serviceDisplayPatterns: [/^F-Secure\b/i],
    drivers: ['fshs', 'fsulgk', 'fsgk', 'fsatp', 'nif2s64'],
  },
  {
    id: 'g-data',
    vendor: 'G DATA',
    source: '§5 G DATA row (B)(C)',
    defaultProduct: 'g-data',
    processes: ['avk.exe', 'avkservice.exe', 'avkwctl.exe', 'avkwctlx64.exe', 'avkproxy.exe', 'gdscan.exe', 'avkbackupservice.exe', 'avktray.exe', 'gdfwsvc.exe', 'gdfwsvcx64.exe'],
    drivers: ['gdbehave', 'gdndisic', 'gdwfpcd64'],
  },
  {
    id: 'panda',
    vendor: 'Panda Security',
    source: '§5 Panda row (B)(C)',
    defaultProduct: 'panda-dome',
    processes: ['psanhost.exe', 'avengine.exe', 'pavsched.exe', 'apvxdwin.exe'],
  },
  {
    id: 'clamav',
    vendor: 'Cisco',
    source: 'Debian clamav-daemon / clamav-freshclam packages and units (live capture)',
    defaultProduct: 'clamav',
    processes: ['clamd', 'freshclam', 'clamd.exe', 'freshclam.exe'],
    services: ['clamav-daemon', 'clamav-freshclam'],
    units: ['clamav-daemon', 'clamav-freshclam'],
  },
];

/** §5 note: Avast, AVG and new Norton share asw* binaries: the install folder decides. */
export const SHARED_COMPONENTS: readonly SharedComponentGroup[] = [
  {
    id: 'gen-digital-shared',
    source: '§5 Norton/Avast/AVG rows: afwServ, aswidsagent, aswEngSrv, aswToolsSvc, wsc_proxy, ashUpd, AvLaunch',
    families: ['avast', 'avg', 'norton'],
    processes: ['afwserv.exe', 'aswidsagent.exe', 'aswengsrv.exe', 'aswtoolssvc.exe', 'wsc_proxy.exe', 'ashupd.exe', 'avlaunch.exe'],
    // Listed under Avast in (A); which of them AVG and new Norton load is [UNCONFIRMED], so shared.
    drivers: ['aswarpot', 'aswbidsdriver', 'aswbidsh', 'aswbuniv', 'aswkbd', 'aswmonflt', 'aswnethub', 'aswrdr2', 'aswsnx', 'aswsp', 'aswstm', 'aswvmm'],
  },
];
