import type { CatalogPlatform, ComputerPlatform, Device, Feature, Lack, NoticeCode, Reason } from '@shared/alternatives';
import type { ReportWords } from './report-words-type';

/** The report in Spanish, in the words of the wizard's own Spanish strings (renderer/locales/es). */
const PLATFORM: Readonly<Record<CatalogPlatform | ComputerPlatform, string>> = { windows: 'Windows', mac: 'Mac', android: 'Android', ios: 'iPhone y iPad', linux: 'Linux' };
const DEVICE: Readonly<Record<Device, string>> = { windows: 'una computadora con Windows', mac: 'una Mac', linux: 'una computadora con Linux', android: 'Android', iphone: 'iPhone' };
const FEATURE: Readonly<Record<Feature, string>> = { vpn: 'una VPN', 'password-manager': 'un administrador de contraseñas', 'parental-control': 'control parental', 'identity-protection': 'protección de identidad' };
const NOTICE: Readonly<Record<NoticeCode, string>> = {
  'installed-without-consent': 'se instaló en computadoras con Windows en septiembre de 2024 sin preguntar, en lugar de Kaspersky',
  'no-independent-lab-record': 'no tiene un historial sólido con laboratorios de pruebas independientes',
  'hard-to-remove': 'los usuarios dicen que solo su propia herramienta puede quitarlo',
  'engine-from-other-vendor': 'se dice que su buscador de virus viene de otra empresa (Max Secure Software)',
  'limited-lab-results': 'una reseña encontró pocos resultados de laboratorios de pruebas',
  'weak-parental-control': 'una reseña calificó su control parental como débil',
  'billing-carried-over': 'el cobro pasó desde Kaspersky con las mismas fechas',
};
const edition = (e: string | null): string => (e ? ` (${e})` : '');

function reason(r: Reason): string {
  switch (r.code) {
    case 'built-in':
      return `ya viene en ${PLATFORM[r.platform]}`;
    case 'pinned-keep-simple':
      return `pidió algo sencillo: ya viene en ${PLATFORM[r.platform]}`;
    case 'pinned-free-built-in':
      return `pidió algo gratis: ya viene en ${PLATFORM[r.platform]} y no cuesta nada`;
    case 'free':
      return `tiene una versión gratis para ${PLATFORM[r.platform]}${edition(r.edition)}`;
    case 'free-scan-only':
      return `la versión gratis para ${PLATFORM[r.platform]} solo revisa cuando usted se lo pide${edition(r.edition)}`;
    case 'lab-result':
      return r.outcome === 'tested' || r.award === null
        ? `participó en ${r.lab} ${r.test} en ${PLATFORM[r.platform]} (${r.edition}); el resultado no está en nuestras fuentes`
        : `${r.lab} ${r.test} en ${PLATFORM[r.platform]}: ${r.award} (${r.edition})`;
    case 'has-feature':
      return `tiene ${FEATURE[r.feature]}${edition(r.edition)}`;
    case 'runs-on':
      return `funciona en ${DEVICE[r.device]}`;
    case 'imports-kaspersky-passwords':
      return 'su administrador de contraseñas puede leer la exportación de Kaspersky Password Manager';
    case 'no-lab-record-ranked-below':
      return 'no hay resultados de laboratorios independientes en nuestras fuentes, así que va después de los productos que sí los tienen';
    case 'listed-because-received':
      return 'aparece porque los usuarios de Kaspersky en EE. UU. lo recibieron en septiembre de 2024';
    case 'notice':
      return NOTICE[r.notice];
    case 'not-for-platform':
      return `no funciona en ${PLATFORM[r.platform]}`;
  }
}

function lack(l: Lack): string {
  switch (l.code) {
    case 'feature-missing':
      return `sin ${FEATURE[l.feature]}`;
    case 'feature-unknown':
      return `${FEATURE[l.feature]}: no se sabe`;
    case 'device-unsupported':
      return `no funciona en ${DEVICE[l.device]}`;
    case 'device-unknown':
      return `${DEVICE[l.device]}: no se sabe si funciona allí`;
    case 'platform-unknown':
      return `${PLATFORM[l.platform]}: no se sabe si funciona allí`;
    case 'not-free':
      return 'sin versión gratis';
    case 'free-scan-only':
      return 'la versión gratis solo revisa cuando usted se lo pide';
    case 'free-unknown':
      return 'versión gratis: no se sabe';
    case 'no-lab-results':
      return 'no hay resultados de laboratorios independientes en nuestras fuentes';
    case 'no-lab-results-here':
      return 'sus resultados de laboratorio en nuestras fuentes son para otros sistemas, no para este';
  }
}

const and = (names: readonly string[]): string => new Intl.ListFormat('es', { type: 'conjunction' }).format(names);

export const REPORT_ES: ReportWords = {
  locale: 'es-US',
  lang: 'es',
  unknownDate: 'una fecha desconocida',
  protection: { on: 'protección activada', off: 'protección desactivada', snoozed: 'protección en pausa', expired: 'licencia vencida, no protege', unknown: 'no se sabe si protege' },
  signatures: { 'up-to-date': 'definiciones de virus al día', 'out-of-date': 'definiciones de virus desactualizadas', unknown: '' },
  removal: {
    planned: 'no quitado',
    running: 'la desinstalación no terminó',
    'waiting-for-restart': 'la desinstalación termina al reiniciar',
    verifying: 'revisando la desinstalación',
    done: 'quitado',
    failed: 'la desinstalación falló',
    declined: 'usted decidió conservarlo',
    blocked: 'no se pudo quitar',
    cancelled: 'desinstalación cancelada',
    interrupted: 'la desinstalación se interrumpió',
  },
  installer: { finished: 'terminó', 'restart-needed': 'terminó, hay que reiniciar', cancelled: 'cancelado', failed: 'terminó con un error', opened: 'abierto', 'could-not-start': 'no se pudo abrir' },
  settings: {
    saved: 'guardados',
    'needs-password': 'Kaspersky pidió la contraseña de sus ajustes',
    'wrong-password': 'Kaspersky no aceptó la contraseña de los ajustes',
    'not-found': 'no se encontró la herramienta de ajustes de Kaspersky',
    'no-file': 'Kaspersky no escribió ningún archivo de ajustes',
    failed: 'Kaspersky no pudo guardarlos',
    'not-available': 'no es posible en esta computadora',
  },
  devices: { windows: 'computadora con Windows', mac: 'Mac', linux: 'computadora con Linux', android: 'teléfono o tableta Android', iphone: 'iPhone o iPad' },
  budget: { free: 'solo opciones gratis', paid: 'dispuesto a pagar', either: 'le da igual' },
  features: { vpn: 'VPN', 'password-manager': 'administrador de contraseñas', 'parental-control': 'control parental', 'identity-protection': 'protección de identidad' },
  verdicts: {
    'signed-by-vendor': 'firmado por el fabricante, firma válida',
    'not-checked': 'una imagen de disco: macOS revisa la app de dentro la primera vez que se abre',
    unsigned: 'sin firma: SafeSwitch no quiso abrirlo',
    invalid: 'firma no válida: SafeSwitch no quiso abrirlo',
    'wrong-signer': 'firmado por otra persona, no por el fabricante: SafeSwitch no quiso abrirlo',
    'unknown-signer': 'SafeSwitch no sabe quién firma los instaladores de este fabricante: no lo abrió',
    'not-found': 'no se encontró el archivo',
    'wrong-type': 'no es un instalador que SafeSwitch pueda revisar en esta computadora',
    'not-supported': 'en este sistema no se revisan los instaladores',
    'check-failed': 'no se pudo revisar la firma: SafeSwitch no quiso abrirlo',
  },
  importGuides: {
    bitwarden: 'Bitwarden: entre en su caja fuerte web de Bitwarden. Elija Herramientas y luego Importar datos. Como formato elija "Bitwarden (csv)", elija el archivo y luego Importar datos. Bitwarden no quita duplicados, así que importe el archivo una sola vez.',
    chrome: 'Chrome, Edge, Brave u Opera: abra los ajustes de contraseñas de su navegador (en Chrome: Gestor de contraseñas de Google, luego Configuración, luego Importar contraseñas) y elija el archivo. Los navegadores solo guardan los accesos a sitios web; sus otras entradas están en el segundo archivo.',
    firefox: 'Firefox: abra about:logins, abra el menú (…) y elija "Importar desde un archivo", y luego el archivo. Firefox solo guarda los accesos a sitios web; sus otras entradas están en el segundo archivo.',
    '1password': '1Password: entre en 1Password.com, abra el menú de su cuenta, elija Importar, luego la opción CSV, y elija el archivo.',
    proton: 'Proton Pass: abra Configuración y luego Importar, elija "Generic CSV" y luego el archivo.',
    keepassxc: 'KeePassXC: elija Base de datos, luego Importar, luego Archivo CSV. Marque "La primera fila contiene los nombres de los campos", mire que cada columna coincida y termine.',
  },
  managers: { bitwarden: 'Bitwarden', chrome: 'Chrome, Edge, Brave u Opera', firefox: 'Firefox', '1password': '1Password', proton: 'Proton Pass', keepassxc: 'KeePassXC' },
  reason,
  lack,
  page: {
    title: 'Informe de SafeSwitch',
    heading: 'Su informe de SafeSwitch',
    folder: 'Carpeta:',
    updated: 'Última actualización:',
    intro: 'Esta página dice qué encontró SafeSwitch en esta computadora, qué guardó y dónde, y qué queda por hacer. Puede imprimirla. Nunca contiene sus contraseñas.',
    checksums: 'El archivo SHA256SUMS de esta carpeta tiene una suma de control de cada archivo, para que más adelante pueda saber que nada cambió.',
    next: 'Qué hacer ahora',
    important: 'Importante:',
  },
  found: {
    title: 'Qué encontró SafeSwitch',
    noScan: 'No hay ninguna revisión de esta computadora.',
    version: (v) => `versión ${v}`,
    versionUnknown: 'versión desconocida',
    running: 'funcionando',
    notRunning: 'sin funcionar',
    builtIn: (name) => `${name} (incluido)`,
    // A Spanish time can end in "p.m.": no second period after it.
    checkedOn: (date) => `Revisado el ${date}`.replace(/\.?$/, '.'),
    nothingElse: 'No se encontró ningún otro programa de seguridad.',
  },
  saved: {
    title: 'Qué se guardó',
    convertedFor: 'Contraseñas preparadas para',
    entriesFound: 'Entradas encontradas en la exportación',
    entriesChecked: 'Entradas revisadas en los archivos escritos',
    byKind: 'Sitios web / aplicaciones / otras cuentas / notas',
    differences: 'Diferencias que encontró la revisión',
    unplacedLines: 'Líneas de la exportación que no eran de ninguna entrada',
    exportUsed: 'Archivo exportado usado',
    fileHolds: {
      passwords: (manager) => `Sus accesos y notas, listos para importar en ${manager}.`,
      passwordsNoNotes: (manager) => `Sus accesos a sitios web, listos para importar en ${manager}.`,
      keptAside: (manager) => `Notas y detalles que ${manager} no puede importar. Guarde este archivo para copiarlos a mano; no es para importar.`,
      unplaced: 'Líneas de la exportación que SafeSwitch no pudo unir a ninguna entrada, con su número de línea.',
      other: 'un archivo que escribió SafeSwitch',
    },
    earlierFile: 'contraseñas sin cifrar, de una conversión anterior',
    clearText: 'Los archivos de contraseñas de esta carpeta tienen sus contraseñas sin cifrar. Cualquiera que pueda abrirlos puede leerlas. Bórrelos cuando la importación haya funcionado.',
    noPasswords: 'No se preparó ninguna contraseña.',
    deletedFile: 'sobrescrito y borrado a petición suya',
    settingsFile: 'ajustes de protección de Kaspersky (avp.com EXPORT)',
    settingsLabel: 'Ajustes de Kaspersky',
    notSaved: (why) => `no guardados (${why})`,
    licenceType: 'Tipo de licencia',
    daysLeft: 'Días que le quedan a la licencia',
    unknown: 'no se sabe',
    quarantine: (folder, count) =>
      `Los archivos que Kaspersky puso en cuarentena no se pueden abrir ni recuperar una vez que se quita Kaspersky. Si necesita alguno, recupérelo primero en Kaspersky. Carpeta de cuarentena: ${folder ?? 'no se sabe'}; elementos: ${count == null ? 'no se pudieron contar' : count}.`,
    cancelRenewal:
      'Detenga la renovación automática de Kaspersky antes de quitarlo. En Kaspersky, vaya a: Perfil, Administrar cuenta, My Kaspersky, Suscripciones, Administrar suscripción, Cancelar. Cancelar solo detiene las próximas renovaciones. No devuelve el dinero de una renovación que ya pagó: para recuperar dinero, tiene que pedirlo aparte, según las condiciones del vendedor de Kaspersky (Nexway). Kaspersky puede cobrar una renovación antes de que termine su periodo actual.',
    cancelPrefix: 'Detenga la renovación',
  },
  choose: {
    title: 'Su nueva protección',
    factsChecked: (oldest, newest) => `Los datos de cada producto se revisaron entre ${oldest} y ${newest}. Nadie pagó para aparecer.`,
    devices: 'Dispositivos',
    budget: 'Presupuesto',
    features: 'Funciones que quiere conservar',
    keepSimple: 'Algo sencillo, con la protección incluida',
    notAnswered: 'sin respuesta',
    none: 'ninguna',
    yes: 'sí',
    no: 'no',
    noneChosen: 'No se eligió ningún producto en SafeSwitch.',
    chosen: 'Elegido',
    chosenBuiltIn: (name) => `${name} (incluido, gratis)`,
    chosenBy: (name, vendor) => `${name}, de ${vendor}`,
    place: 'Lugar en la lista',
    why: 'Por qué',
    lacks: 'Qué le falta',
    makersPage: 'Página del fabricante',
    visit: (url, opened, date) => `${url} (${opened ? 'abierta' : 'sin abrir'}, ${date})`,
    installerChecked: 'Instalador revisado',
    signedBy: 'Firmado por',
    installerRun: 'Instalador',
    exitCode: (code) => `código de salida ${code}`,
  },
  help: {
    title: 'Archivo de ayuda de SafeSwitch',
    written: (date, computer) => `Escrito el ${date} en ${computer}.`,
    intro:
      'Alguien a quien usted ayuda está pasando de un programa de seguridad antiguo a uno nuevo con SafeSwitch, y le pidió que lo mire. Esta página dice en qué paso está, qué encontró SafeSwitch en su computadora y qué hizo. No tiene contraseñas. Sí lista los programas de la computadora y algunas rutas de carpetas, que pueden mostrar su nombre de usuario.',
    steps: { check: 'Revisar', save: 'Guardar', remove: 'Quitar', choose: 'Elegir', done: 'Listo' },
    whereTitle: 'En qué paso de SafeSwitch está',
    onStep: (number, total, name) => `Está en el paso ${number} de ${total}: ${name}.`,
    stepsDone: (names) => `Pasos hechos: ${names.join(', ')}.`,
    noStepDone: 'Todavía no hay ningún paso hecho.',
    order: 'SafeSwitch va así: Revisar, Guardar, Quitar, Elegir, Listo. No se quita nada hasta que la persona lo acepta en Quitar.',
    foundTitle: 'Qué encontró SafeSwitch ahora',
    partFailed: (source, what) => `Una parte de la revisión no funcionó (${source}): ${what}`,
    sources: {
      os: 'datos del sistema',
      processes: 'programas en marcha',
      services: 'servicios',
      'browser-extensions': 'complementos del navegador',
      'installed-programs': 'programas instalados',
      'kaspersky-keys': 'los ajustes de Kaspersky',
      'security-center': 'Centro de seguridad de Windows',
      'defender-status': 'Microsoft Defender',
      drivers: 'controladores',
      'root-certificates': 'certificados',
      apps: 'apps',
      'launchd-jobs': 'tareas de inicio',
      'pkgutil-receipts': 'registros de instalación',
      uninstallers: 'herramientas para desinstalar',
      'dpkg-packages': 'paquetes instalados',
      'rpm-packages': 'paquetes instalados',
      'systemd-units': 'servicios del sistema',
      'simulated machine': 'la computadora simulada',
      'windows-probe': 'los registros de Windows',
    },
    warningKind: {
      'timed-out': (seconds) => `tardó más de ${seconds} segundos, así que SafeSwitch la saltó.`,
      unreadable: 'SafeSwitch no pudo leerla.',
      'no-security-center': 'este Windows no tiene Centro de seguridad (Windows Server no lo tiene).',
    },
    changedTitle: 'Qué cambió SafeSwitch en esta computadora',
    nothingYet: 'Nada todavía.',
    removedGone: 'quitado, y la revisión confirmó que ya no está',
    removalStarted: 'la desinstalación empezó pero no terminó',
    certificatesRemoved: (count) => `Certificados raíz quitados con su permiso: ${count}.`,
    installerStarted: 'Abrió el instalador de su nuevo programa de seguridad.',
    savedTitle: 'Qué se guardó',
    nothingSaved: 'Todavía no se eligió ninguna carpeta en el paso Guardar, así que no se guardó nada.',
    leftTitle: 'Qué queda por hacer',
    techTitle: 'Para un técnico',
    techIntro: (file, command) => `Abajo está el inventario que SafeSwitch leyó de esta computadora, y la respuesta que dio. Para ver la misma respuesta con SafeSwitch, guarde el inventario como ${file} y ejecute ${command}.`,
    inventory: 'Inventario',
    scanReport: 'Informe de la revisión',
    computers: { win32: 'una computadora con Windows', darwin: 'una Mac', linux: 'una computadora con Linux', other: 'una computadora' },
  },
  done: {
    title: 'Revisión final',
    notRun: 'La revisión final no se ha hecho. Abra SafeSwitch y hágala, para saber que esta computadora está protegida.',
    kasperskyStale: (name) =>
      `Solo funciona ${name}, y en EE. UU. no recibe actualizaciones desde el 29 de septiembre de 2024 (Departamento de Comercio de EE. UU.). Sus definiciones de virus están desactualizadas y no puede detener amenazas nuevas. Cámbielo por un producto que se mantenga al día.`,
    stale: (name) => `Solo funciona ${name}, pero sus definiciones de virus están desactualizadas y no puede detener amenazas nuevas. Actualícelo o cámbielo por un producto que se mantenga al día.`,
    protectedBy: (names) => `Esta computadora está protegida por un solo programa de seguridad: ${and(names)}.`,
    twoActive: (names) =>
      `Hay más de un programa de seguridad activo a la vez: ${and(names)}. Dos a la vez pueden hacer lenta la computadora y bloquearse entre sí. Conserve uno y desactive o quite el otro.`,
    noProtection: 'Ahora mismo ningún programa de seguridad protege esta computadora.',
    turnOnDefender:
      'Active Microsoft Defender: abra Inicio, escriba "Seguridad de Windows", ábrala, elija "Protección antivirus y contra amenazas", luego en "Configuración de antivirus y protección contra amenazas" elija "Administrar la configuración" y active "Protección en tiempo real".',
    oldStillRuns: (name) => `${name} es el programa que quería dejar, y todavía funciona. Quítelo cuando su nueva protección esté instalada y luego haga la revisión otra vez.`,
    checked: 'Revisado',
    active: 'activo',
    activeBuiltIn: 'activo (incluido)',
    installed: (protection) => `instalado, ${protection}`,
    scanWarnings: (count) => `No se pudo revisar una parte de la computadora (${count} ${count === 1 ? 'aviso' : 'avisos'}).`,
    importKaspersky: (product) => `Importe sus contraseñas en ${product}: lee directamente la exportación de texto de Kaspersky Password Manager. Luego borre la exportación y los archivos de contraseñas.`,
    importCsv: (product, manager, savedHere) =>
      `Importe sus contraseñas en ${product} desde el archivo CSV para ${manager}${savedHere ? ' (SafeSwitch guardó uno en su carpeta)' : ''}. Luego borre los archivos de contraseñas.`,
    importSaved: 'Importe las contraseñas guardadas en el administrador de contraseñas que use y luego borre los archivos de contraseñas.',
    aPasswordManager: 'un administrador de contraseñas',
    cancelSubscription: (products) =>
      `Cancele la suscripción de ${and(products)} si pagó por ella, con la empresa donde la compró. Cancelar detiene las próximas renovaciones; para recuperar dinero hay que pedirlo aparte.`,
  },
};
