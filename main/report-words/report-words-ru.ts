import type { CatalogPlatform, ComputerPlatform, Device, Feature, Lack, NoticeCode, Reason } from '@shared/alternatives';
import type { ReportWords } from './report-words-type';

/** The report in Russian, in the words of the wizard's own Russian strings (renderer/locales/ru). */
const PLATFORM: Readonly<Record<CatalogPlatform | ComputerPlatform, string>> = { windows: 'Windows', mac: 'Mac', android: 'Android', ios: 'iPhone и iPad', linux: 'Linux' };
const DEVICE: Readonly<Record<Device, string>> = { windows: 'компьютер с Windows', mac: 'Mac', linux: 'компьютер с Linux', android: 'Android', iphone: 'iPhone' };
const FEATURE: Readonly<Record<Feature, string>> = { vpn: 'VPN', 'password-manager': 'менеджер паролей', 'parental-control': 'родительский контроль', 'identity-protection': 'защита личных данных' };
const NOTICE: Readonly<Record<NoticeCode, string>> = {
  'installed-without-consent': 'в сентябре 2024 года установлен на компьютеры с Windows без спроса вместо Kaspersky',
  'no-independent-lab-record': 'нет устойчивой истории проверок независимыми лабораториями',
  'hard-to-remove': 'пользователи говорят, что удалить его может только его собственная утилита',
  'engine-from-other-vendor': 'говорят, что его антивирусный движок от другой фирмы (Max Secure Software)',
  'limited-lab-results': 'обзор нашёл лишь немного результатов лабораторий',
  'weak-parental-control': 'обзор оценил его родительский контроль как слабый',
  'billing-carried-over': 'оплата перешла от Kaspersky по тому же графику',
};
const edition = (e: string | null): string => (e ? ` (${e})` : '');
const plural = (n: number, forms: Readonly<Record<'one' | 'few' | 'many' | 'other', string>>): string =>
  forms[new Intl.PluralRules('ru').select(n) as 'one' | 'few' | 'many' | 'other'] ?? forms.other;
const and = (names: readonly string[]): string => new Intl.ListFormat('ru', { type: 'conjunction' }).format(names);

function reason(r: Reason): string {
  switch (r.code) {
    case 'built-in':
      return `встроен в ${PLATFORM[r.platform]}`;
    case 'pinned-keep-simple':
      return `вы просили попроще: он уже встроен в ${PLATFORM[r.platform]}`;
    case 'pinned-free-built-in':
      return `вы просили бесплатно: он уже встроен в ${PLATFORM[r.platform]} и ничего не стоит`;
    case 'free':
      return `есть бесплатная версия для ${PLATFORM[r.platform]}${edition(r.edition)}`;
    case 'free-scan-only':
      return `бесплатная версия для ${PLATFORM[r.platform]} проверяет только по вашей команде${edition(r.edition)}`;
    case 'lab-result':
      return r.outcome === 'tested' || r.award === null
        ? `участвовал в ${r.lab} ${r.test}, ${PLATFORM[r.platform]} (${r.edition}); результата нет в наших источниках`
        : `${r.lab} ${r.test}, ${PLATFORM[r.platform]}: ${r.award} (${r.edition})`;
    case 'has-feature':
      return `есть ${FEATURE[r.feature]}${edition(r.edition)}`;
    case 'runs-on':
      return `работает: ${DEVICE[r.device]}`;
    case 'imports-kaspersky-passwords':
      return 'его менеджер паролей умеет читать экспорт Kaspersky Password Manager';
    case 'no-lab-record-ranked-below':
      return 'в наших источниках нет результатов независимых лабораторий, поэтому он идёт после продуктов, у которых они есть';
    case 'listed-because-received':
      return 'в списке потому, что пользователи Kaspersky в США получили его в сентябре 2024 года';
    case 'notice':
      return NOTICE[r.notice];
    case 'not-for-platform':
      return `не работает на ${PLATFORM[r.platform]}`;
  }
}

function lack(l: Lack): string {
  switch (l.code) {
    case 'feature-missing':
      return `нет: ${FEATURE[l.feature]}`;
    case 'feature-unknown':
      return `${FEATURE[l.feature]}: неизвестно`;
    case 'device-unsupported':
      return `не работает: ${DEVICE[l.device]}`;
    case 'device-unknown':
      return `${DEVICE[l.device]}: неизвестно, работает ли там`;
    case 'platform-unknown':
      return `${PLATFORM[l.platform]}: неизвестно, работает ли там`;
    case 'not-free':
      return 'нет бесплатной версии';
    case 'free-scan-only':
      return 'бесплатная версия проверяет только по вашей команде';
    case 'free-unknown':
      return 'бесплатная версия: неизвестно';
    case 'no-lab-results':
      return 'в наших источниках нет результатов независимых лабораторий';
    case 'no-lab-results-here':
      return 'результаты лабораторий в наших источниках — для других систем, не для этой';
  }
}

export const REPORT_RU: ReportWords = {
  locale: 'ru-RU',
  lang: 'ru',
  unknownDate: 'неизвестная дата',
  protection: { on: 'защита включена', off: 'защита выключена', snoozed: 'защита на паузе', expired: 'лицензия истекла, не защищает', unknown: 'состояние защиты неизвестно' },
  signatures: { 'up-to-date': 'антивирусные базы свежие', 'out-of-date': 'антивирусные базы устарели', unknown: '' },
  removal: {
    planned: 'не удалена',
    running: 'удаление не закончилось',
    'waiting-for-restart': 'удаление закончится после перезагрузки',
    verifying: 'удаление проверяется',
    done: 'удалена',
    failed: 'удалить не удалось',
    declined: 'вы решили её оставить',
    blocked: 'удалить было нельзя',
    cancelled: 'удаление отменено',
    interrupted: 'удаление прервалось',
  },
  installer: { finished: 'закончил работу', 'restart-needed': 'закончил работу, нужна перезагрузка', cancelled: 'отменён', failed: 'закончил работу с ошибкой', opened: 'открыт', 'could-not-start': 'не запустился' },
  settings: {
    saved: 'сохранены',
    'needs-password': 'Kaspersky спросил пароль от своих настроек',
    'wrong-password': 'Kaspersky не принял пароль от настроек',
    'not-found': 'инструмент настроек Kaspersky не найден',
    'no-file': 'Kaspersky не записал файл настроек',
    failed: 'Kaspersky не смог их сохранить',
    'not-available': 'на этом компьютере это невозможно',
  },
  devices: { windows: 'компьютер с Windows', mac: 'Mac', linux: 'компьютер с Linux', android: 'телефон или планшет Android', iphone: 'iPhone или iPad' },
  budget: { free: 'только бесплатные варианты', paid: 'готовы платить', either: 'всё равно' },
  features: { vpn: 'VPN', 'password-manager': 'менеджер паролей', 'parental-control': 'родительский контроль', 'identity-protection': 'защита личных данных' },
  verdicts: {
    'signed-by-vendor': 'подписан производителем, подпись действительна',
    'not-checked': 'образ диска: macOS проверит программу внутри при первом запуске',
    unsigned: 'без подписи: SafeSwitch не стал его запускать',
    invalid: 'подпись недействительна: SafeSwitch не стал его запускать',
    'wrong-signer': 'подписан не производителем: SafeSwitch не стал его запускать',
    'unknown-signer': 'SafeSwitch не знает, кто подписывает установщики этого производителя: не запущен',
    'not-found': 'файл не найден',
    'wrong-type': 'это не установщик, который SafeSwitch может проверить на этом компьютере',
    'not-supported': 'в этой системе установщики не проверяются',
    'check-failed': 'подпись не удалось проверить: SafeSwitch не стал его запускать',
  },
  importGuides: {
    bitwarden: 'Bitwarden: войдите в веб-хранилище Bitwarden. Выберите Tools, затем Import data. В формате файла выберите «Bitwarden (csv)», укажите файл и нажмите Import data. Bitwarden не убирает повторы, поэтому импортируйте файл только один раз.',
    chrome: 'Chrome, Edge, Brave или Opera: откройте настройки паролей в браузере (в Chrome: «Менеджер паролей Google», затем «Настройки», затем «Импортировать пароли») и выберите файл. Браузеры хранят только входы на сайты; остальные записи — во втором файле.',
    firefox: 'Firefox: откройте about:logins, откройте меню (…) и выберите «Импорт из файла», затем выберите файл. Firefox хранит только входы на сайты; остальные записи — во втором файле.',
    '1password': '1Password: войдите на 1Password.com, откройте меню учётной записи, выберите Import, затем вариант CSV, и выберите файл.',
    proton: 'Proton Pass: откройте «Настройки», затем «Импорт», выберите «Generic CSV», затем выберите файл.',
    keepassxc: 'KeePassXC: выберите «База данных», затем «Импорт», затем «Файл CSV». Отметьте «Первая строка содержит имена полей», проверьте, что каждый столбец сопоставлен, и закончите.',
  },
  managers: { bitwarden: 'Bitwarden', chrome: 'Chrome, Edge, Brave или Opera', firefox: 'Firefox', '1password': '1Password', proton: 'Proton Pass', keepassxc: 'KeePassXC' },
  reason,
  lack,
  page: {
    title: 'Отчёт SafeSwitch',
    heading: 'Ваш отчёт SafeSwitch',
    folder: 'Папка:',
    updated: 'Обновлён:',
    intro: 'На этой странице написано, что SafeSwitch нашёл на этом компьютере, что и куда сохранил и что осталось сделать. Её можно распечатать. Ваших паролей в ней никогда нет.',
    checksums: 'В файле SHA256SUMS в этой папке есть контрольная сумма каждого файла: по ней позже можно убедиться, что ничего не изменилось.',
    next: 'Что делать дальше',
    important: 'Важно:',
  },
  found: {
    title: 'Что нашёл SafeSwitch',
    noScan: 'Проверка этого компьютера не записана.',
    version: (v) => `версия ${v}`,
    versionUnknown: 'версия неизвестна',
    running: 'работает',
    notRunning: 'не работает',
    builtIn: (name) => `${name} (встроенная)`,
    checkedOn: (date) => `Проверено: ${date}.`,
    nothingElse: 'Других защитных программ не найдено.',
  },
  saved: {
    title: 'Что сохранено',
    convertedFor: 'Пароли подготовлены для',
    entriesFound: 'Записей в экспорте',
    entriesChecked: 'Записей проверено в записанных файлах',
    byKind: 'Сайты / приложения / другие учётные записи / заметки',
    differences: 'Отличий нашла проверка',
    unplacedLines: 'Строк экспорта, не относящихся ни к одной записи',
    exportUsed: 'Использован файл экспорта',
    fileHolds: {
      passwords: (manager) => `Ваши входы и заметки, готовые к импорту в ${manager}.`,
      passwordsNoNotes: (manager) => `Ваши входы на сайты, готовые к импорту в ${manager}.`,
      keptAside: (manager) => `Заметки и данные, которые ${manager} не может импортировать. Сохраните этот файл, чтобы перенести их вручную; он не для импорта.`,
      unplaced: 'Строки экспорта, которые SafeSwitch не смог отнести ни к одной записи, с номерами строк.',
      other: 'файл, записанный SafeSwitch',
    },
    earlierFile: 'пароли открытым текстом, от прошлого преобразования',
    clearText: 'Файлы с паролями в этой папке хранят ваши пароли открытым текстом. Их может прочитать любой, кто их откроет. Удалите их, когда импорт получится.',
    noPasswords: 'Пароли не преобразовывались.',
    deletedFile: 'перезаписан и удалён по вашей просьбе',
    settingsFile: 'настройки защиты Kaspersky (avp.com EXPORT)',
    settingsLabel: 'Настройки Kaspersky',
    notSaved: (why) => `не сохранены (${why})`,
    licenceType: 'Тип лицензии',
    daysLeft: 'Дней до конца лицензии',
    unknown: 'неизвестно',
    quarantine: (folder, count) =>
      `Файлы, которые Kaspersky поместил в карантин, нельзя будет открыть или восстановить после удаления Kaspersky. Если какой-то из них нужен, сначала восстановите его в Kaspersky. Папка карантина: ${folder ?? 'неизвестно'}; ${count == null ? 'объекты сосчитать не удалось' : `${count} ${plural(count, { one: 'объект', few: 'объекта', many: 'объектов', other: 'объекта' })}`}.`,
    cancelRenewal:
      'Отключите автоматическое продление Kaspersky до удаления. В Kaspersky перейдите: «Профиль», «Управление аккаунтом», My Kaspersky, «Подписки», «Управление подпиской», «Отменить». Отмена останавливает только следующие продления. Она не возвращает деньги за уже оплаченное продление: о возврате нужно просить отдельно, по условиям продавца Kaspersky (Nexway). Kaspersky может списать плату за продление до конца текущего срока.',
    cancelPrefix: 'Отключите автоматическое продление',
  },
  choose: {
    title: 'Ваша новая защита',
    // A Russian date ends in "г.": a semicolon after it, not a second period.
    factsChecked: (oldest, newest) => `Факты о каждом продукте проверены с ${oldest} по ${newest}; никто не платил за место в списке.`,
    devices: 'Устройства',
    budget: 'Бюджет',
    features: 'Что нужно сохранить',
    keepSimple: 'Попроще, со встроенной защитой',
    notAnswered: 'нет ответа',
    none: 'ничего',
    yes: 'да',
    no: 'нет',
    noneChosen: 'В SafeSwitch продукт не выбран.',
    chosen: 'Выбрано',
    chosenBuiltIn: (name) => `${name} (встроенный, бесплатный)`,
    chosenBy: (name, vendor) => `${name}, производитель ${vendor}`,
    place: 'Место в списке',
    why: 'Почему',
    lacks: 'Чего не хватает',
    makersPage: 'Сайт производителя',
    visit: (url, opened, date) => `${url} (${opened ? 'открыт' : 'не открыт'}, ${date})`,
    installerChecked: 'Установщик проверен',
    signedBy: 'Подписан',
    installerRun: 'Запуск установщика',
    exitCode: (code) => `код завершения ${code}`,
  },
  help: {
    title: 'Файл для помощи SafeSwitch',
    written: (date, computer) => `Записан ${date}, ${computer}.`,
    intro:
      'Человек, которому вы помогаете, переходит со старой защитной программы на новую с помощью SafeSwitch и попросил вас посмотреть. На этой странице написано, на каком он шаге, что SafeSwitch нашёл на его компьютере и что сделал. Паролей здесь нет. Но здесь есть список программ на компьютере и некоторые пути к папкам, по которым видно имя пользователя.',
    steps: { check: 'Проверка', save: 'Сохранение', remove: 'Удаление', choose: 'Выбор', done: 'Готово' },
    whereTitle: 'На каком шаге SafeSwitch он сейчас',
    onStep: (number, total, name) => `Шаг ${number} из ${total}: ${name}.`,
    stepsDone: (names) => `Сделанные шаги: ${names.join(', ')}.`,
    noStepDone: 'Пока ни один шаг не сделан.',
    order: 'Шаги SafeSwitch: Проверка, Сохранение, Удаление, Выбор, Готово. Ничего не удаляется, пока человек не согласится на шаге «Удаление».',
    foundTitle: 'Что SafeSwitch нашёл сейчас',
    partFailed: (source, what) => `Часть проверки не сработала (${source}): ${what}`,
    sources: {
      os: 'сведения о системе',
      processes: 'работающие программы',
      services: 'службы',
      'browser-extensions': 'дополнения браузеров',
      'installed-programs': 'установленные программы',
      'kaspersky-keys': 'настройки Kaspersky',
      'security-center': 'Центр безопасности Windows',
      'defender-status': 'Microsoft Defender',
      drivers: 'драйверы',
      'root-certificates': 'сертификаты',
      apps: 'приложения',
      'launchd-jobs': 'задания при запуске',
      'pkgutil-receipts': 'записи установщика',
      uninstallers: 'программы удаления',
      'dpkg-packages': 'установленные пакеты',
      'rpm-packages': 'установленные пакеты',
      'systemd-units': 'системные службы',
      'simulated machine': 'компьютер-макет',
      'windows-probe': 'собственные записи Windows',
    },
    warningKind: {
      'timed-out': (seconds) => `это заняло больше ${seconds} секунд, и SafeSwitch пропустил это.`,
      unreadable: 'SafeSwitch не смог это прочитать.',
      'no-security-center': 'в этой Windows нет Центра безопасности (его нет в Windows Server).',
    },
    changedTitle: 'Что SafeSwitch изменил на этом компьютере',
    nothingYet: 'Пока ничего.',
    removedGone: 'удалена, и проверка подтвердила, что её нет',
    removalStarted: 'удаление началось, но не закончилось',
    certificatesRemoved: (count) => `Корневых сертификатов удалено с согласия человека: ${count}.`,
    installerStarted: 'Человек запустил установщик своей новой защитной программы.',
    savedTitle: 'Что сохранено',
    nothingSaved: 'Папка на шаге «Сохранение» ещё не выбрана, поэтому ничего не сохранено.',
    leftTitle: 'Что осталось сделать',
    techTitle: 'Для специалиста',
    techIntro: (file, command) => `Ниже — список того, что SafeSwitch прочитал на этом компьютере, и ответ, который он дал. Чтобы получить тот же ответ в SafeSwitch, сохраните список как ${file} и выполните ${command}.`,
    inventory: 'Что прочитано на компьютере (inventory)',
    scanReport: 'Ответ проверки (scan report)',
    computers: { win32: 'компьютер с Windows', darwin: 'Mac', linux: 'компьютер с Linux', other: 'компьютер' },
  },
  done: {
    title: 'Итоговая проверка',
    notRun: 'Итоговая проверка не проводилась. Откройте SafeSwitch и проведите её, чтобы знать, что компьютер защищён.',
    kasperskyStale: (name) =>
      `Работает только ${name}, а в США обновлений для него нет с 29 сентября 2024 года (Министерство торговли США). Его антивирусные базы устарели, и новые угрозы он не остановит. Замените его продуктом, который обновляется.`,
    stale: (name) => `Работает только ${name}, но его антивирусные базы устарели, и новые угрозы он не остановит. Обновите его или замените продуктом, который обновляется.`,
    protectedBy: (names) => `Этот компьютер защищает ровно одна защитная программа: ${and(names)}.`,
    twoActive: (names) =>
      `Одновременно работает больше одной защитной программы: ${and(names)}. Две сразу могут замедлять компьютер и мешать друг другу. Оставьте одну, а другую выключите или удалите.`,
    noProtection: 'Сейчас этот компьютер не защищает ни одна защитная программа.',
    turnOnDefender:
      'Включите Microsoft Defender: откройте «Пуск», введите «Безопасность Windows», откройте его, выберите «Защита от вирусов и угроз», затем в разделе «Параметры защиты от вирусов и угроз» выберите «Управление настройками» и включите «Защиту в режиме реального времени».',
    oldStillRuns: (name) => `${name} — программа, от которой вы хотели уйти, и она всё ещё работает. Удалите её, когда новая защита будет установлена, затем проведите проверку ещё раз.`,
    checked: 'Проверено',
    active: 'работает',
    activeBuiltIn: 'работает (встроенная)',
    installed: (protection) => `установлена, ${protection}`,
    scanWarnings: (count) => `Часть компьютера проверить не удалось (${count} ${plural(count, { one: 'предупреждение', few: 'предупреждения', many: 'предупреждений', other: 'предупреждения' })}).`,
    importKaspersky: (product) => `Импортируйте пароли в ${product}: он сам читает текстовый экспорт Kaspersky Password Manager. Затем удалите экспорт и файлы с паролями.`,
    importCsv: (product, manager, savedHere) =>
      `Импортируйте пароли в ${product} из файла CSV для ${manager}${savedHere ? ' (SafeSwitch сохранил такой в вашей папке)' : ''}. Затем удалите файлы с паролями.`,
    importSaved: 'Импортируйте сохранённые пароли в свой менеджер паролей, затем удалите файлы с паролями.',
    aPasswordManager: 'менеджера паролей',
    cancelSubscription: (products) =>
      `Отмените подписку на ${and(products)}, если вы за неё платили, у компании, где вы её купили. Отмена останавливает следующие продления; о возврате денег нужно просить отдельно.`,
  },
};
