/**
 * Every string of Backstory's own interface, in English, Ukrainian and Russian: the one place
 * to add or change one. Dataset texts (names, roles, statements, poll labels) are not here:
 * they live in the dataset, in all three languages.
 *
 * - `{name}` is a placeholder filled by `translate` (numbers are formatted for the language).
 * - A plural message is an object of `Intl.PluralRules` categories: English needs `one` and
 *   `other`; Ukrainian and Russian `one`, `few`, `many` and `other` (fractions).
 * - The types make a key missing in any language a compile error; tests/unit/i18n also fail
 *   on an empty message, a placeholder one language lacks, and a key no code uses.
 * - `manifest.*` keys also become the `_locales` messages of the manifest
 *   (modules/locales.ts); keep them within the stores' length limits (tested).
 */

export interface EnglishPlural {
  one: string;
  other: string;
}

export interface SlavicPlural {
  one: string;
  few: string;
  many: string;
  other: string;
}

const en = {
  // The manifest (name, description, keyboard commands, toolbar button).
  'manifest.name': 'Backstory',
  'manifest.description':
    'Highlights the people, institutions and figures of the US–Russia talks on news pages and shows sourced context on hover.',
  'manifest.commandNext': 'Go to the next highlighted mention',
  'manifest.commandPrevious': 'Go to the previous highlighted mention',
  'manifest.actionTitle': 'Backstory',

  // The toolbar button's tooltip when the page has mentions.
  'badge.title': {
    one: 'Backstory: {count} mention on this page',
    other: 'Backstory: {count} mentions on this page',
  },

  // The popup.
  'popup.tagline': 'Sourced context for news on the US–Russia talks about the war in Ukraine.',
  'popup.loadingSettings': 'Loading settings…',
  'settings.enabled': 'Enabled',
  'settings.enabledHintOn': 'Highlighting on every news page.',
  'settings.enabledHintOff': 'Off everywhere.',
  'settings.onSite': 'On {hostname}',
  'settings.onThisSite': 'On this site',
  'settings.siteChecking': 'Looking at this tab…',
  'settings.siteUnreachable': 'Backstory can’t run on this page.',
  'settings.siteRuns': 'Runs on this site.',
  'settings.siteWillRun': 'Will run here when Backstory is enabled.',
  'settings.siteOff': 'Off for this site only.',
  'settings.highlight': 'Highlight',
  'settings.style': 'Style',
  'settings.hoverDelay': 'Hover delay',
  'settings.hoverDelayValue': '{ms} ms',
  'settings.hoverDelaySpoken': {
    one: '{count} millisecond',
    other: '{count} milliseconds',
  },
  'settings.firstMentionOnly': 'First mention only',
  'settings.firstMentionOnlyHint': 'Highlight each person or figure once per page.',
  'settings.cardLanguage': 'Card language',
  'settings.cardLanguageHint':
    'Roles, reported statements and figures in the card. Quotes stay as the source published them.',
  'cardLanguage.page': 'As the page',
  'cardLanguage.browser': 'As the browser',
  'settings.where': 'Where',
  'settings.whereHint':
    'Lavrov, Putin, Ushakov and the Kremlin show on every page; names common in other news (the US, Europe, Trump) and the figures only where the story is about the talks.',
  'where.talks': 'Pages about the talks',
  'where.everywhere': 'Every page',
  'category.people': 'People',
  'category.institutions': 'Institutions',
  'category.figures': 'Figures',
  'style.underline': 'Underline',
  'style.background': 'Background',
  'style.none': 'None',

  'digest.title': 'On this page',
  'digest.total': { one: '{count} mention', other: '{count} mentions' },
  'digest.mentionsWord': { one: 'mention', other: 'mentions' },
  'digest.reading': 'Reading this page…',
  'digest.unreachable':
    'Backstory can’t read this page. Browser pages and add-on stores are off limits; a page opened before Backstory was installed needs a reload.',
  'digest.off': 'Backstory is off on this page.',
  'digest.nothing': 'Nothing from the story on this page.',
  'digest.goToNext': 'Go to the next mention',

  'about.title': 'About',
  'about.dataset': 'Dataset',
  'about.version': 'version {version}',
  'about.source': 'Source',
  'about.notStated': 'Not stated',
  'about.note': 'Everything shown is bundled with the extension. Nothing is sent anywhere.',

  // The card.
  'card.close': 'Close',
  'card.pinned': 'Pinned',
  'card.statements': 'Statements',
  'card.noStatements': 'The source reports no statement by or about {name}.',
  'card.of': 'Of: {subject}',
  'kind.person': 'Person',
  'kind.institution': 'Institution',
  'kind.place': 'Place',
  'figureKind.share': 'Share',
  'figureKind.poll-answer': 'Poll result',
  'figureKind.date': 'Date',
  'figureKind.year': 'Year',
  'figure.approximate': 'about {value}',
  'statement.reported': 'Reported',
  'statement.notDirectQuote': 'not a direct quote',
  'statement.reportedSpeaker': '— {speaker}, as reported',
  'quote.publishedFromRussian':
    'The source published these words in English translation; the speaker spoke Russian.',
  'quote.publishedFromUkrainian':
    'The source published these words in English translation; the speaker spoke Ukrainian.',
  'quote.translationLabel': 'Backstory’s translation',
  'quote.translationNote':
    'Translated by Backstory from the English text above: a translation of a translation, not the speaker’s own words.',
  'source.label': 'Source',
  'source.pollLabel': 'Poll source',
  'source.unknown': 'Unknown source',
  // A source's date that names only the month and the talks it came before.
  'source.dateBeforeTalks': '{month}, before the {day} talks',
  'poll.by': 'Poll by {pollster}',
  'poll.pollsterNotNamed': 'Pollster not named in the source',
  'why.matched': 'Highlighted because “{matched}” was read as {readAs}{how}.',
  'why.topical':
    'Shown because this part of the page is about the talks on the war against Ukraine.',
  'why.pageCount': {
    one: 'Mentioned once on this page.',
    other: 'Mentioned {count} times on this page.',
  },
  'rule.full': 'full name',
  'rule.surname': 'surname',
  'rule.given': 'given name',
  'rule.title': 'title',
  'rule.acronym': 'acronym',
  'rule.name': 'name',
  'rule.adjective': 'adjective',
  'rule.figure': 'figure as written',
  'rule.inEnglish': 'English',
  'rule.inUkrainian': 'Ukrainian',
  'rule.inRussian': 'Russian',
  // The quotation check's card.
  'quote.eyebrow': 'Quotation check',
  'quote.wordsOf': 'Words of {speaker}, as the source quotes them',
  'quote.onPage': 'On this page',
  'quote.inSource': 'In the source',
  'quote.legend':
    'Underlined: added on this page · struck through: left out · wavy: changed · [in brackets]: not quoted on this page',
  'quote.partAdded': 'added: ',
  'quote.partDropped': 'left out: ',
  'quote.partChanged': 'changed: ',
  'quote.partCut': 'not quoted on the page: ',
  'quote.verdictDiffers': 'Differs from the source',
  'quote.verdictTranslation': 'Translation; compare with the source',
  'quote.translationNotCompared': 'Quoted in another language, so not checked word for word',
  'quote.verdictWhole': 'Matches the source word for word',
  'quote.verdictPart': 'Matches part of the source word for word',
  'quote.joins': 'Joins two separate quotes into one',
  'quote.wordsDropped': {
    one: '{count} word of the source left out',
    other: '{count} words of the source left out',
  },
  'quote.wordsAdded': {
    one: '{count} word not in the source added',
    other: '{count} words not in the source added',
  },
  'quote.wordsChanged': {
    one: '{count} word of the source changed',
    other: '{count} words of the source changed',
  },
  'quote.startsLater': 'Starts later than the quote in the source',
  'quote.endsEarlier': 'Ends before the quote in the source does',
  'quote.unquoted': 'Not in quotation marks on this page',
  'quote.attribution':
    'This passage names {others}, not {speaker}: the source gives these words to {speaker}.',
  'quote.readAs': 'words of {speaker}',
  'rule.quoteQuoted': 'quotation of a quote in the dataset',
  'rule.quoteUnquoted': 'words of a quote in the dataset, not in quotation marks',
} satisfies Record<string, string | EnglishPlural>;

export type MessageKey = keyof typeof en;

/** A language's messages: every key of the English catalogue, plurals with the language's forms. */
export type Catalogue<P> = {
  [K in MessageKey]: (typeof en)[K] extends string ? string : P;
};

export type Message = string | EnglishPlural | SlavicPlural;

const uk: Catalogue<SlavicPlural> = {
  'manifest.name': 'Backstory',
  'manifest.description':
    'Підсвічує людей, установи й цифри переговорів США та Росії на сторінках новин і показує контекст із джерелами.',
  'manifest.commandNext': 'Перейти до наступної підсвіченої згадки',
  'manifest.commandPrevious': 'Перейти до попередньої підсвіченої згадки',
  'manifest.actionTitle': 'Backstory',

  'badge.title': {
    one: 'Backstory: {count} згадка на цій сторінці',
    few: 'Backstory: {count} згадки на цій сторінці',
    many: 'Backstory: {count} згадок на цій сторінці',
    other: 'Backstory: {count} згадки на цій сторінці',
  },

  'popup.tagline':
    'Контекст із джерелами до новин про переговори США та Росії щодо війни в Україні.',
  'popup.loadingSettings': 'Завантаження налаштувань…',
  'settings.enabled': 'Увімкнено',
  'settings.enabledHintOn': 'Підсвічування на всіх сторінках новин.',
  'settings.enabledHintOff': 'Вимкнено скрізь.',
  'settings.onSite': 'На {hostname}',
  'settings.onThisSite': 'На цьому сайті',
  'settings.siteChecking': 'Перевіряємо цю вкладку…',
  'settings.siteUnreachable': 'Backstory не може працювати на цій сторінці.',
  'settings.siteRuns': 'Працює на цьому сайті.',
  'settings.siteWillRun': 'Працюватиме тут, коли Backstory увімкнено.',
  'settings.siteOff': 'Вимкнено лише на цьому сайті.',
  'settings.highlight': 'Підсвічувати',
  'settings.style': 'Стиль',
  'settings.hoverDelay': 'Затримка наведення',
  'settings.hoverDelayValue': '{ms} мс',
  'settings.hoverDelaySpoken': {
    one: '{count} мілісекунда',
    few: '{count} мілісекунди',
    many: '{count} мілісекунд',
    other: '{count} мілісекунди',
  },
  'settings.firstMentionOnly': 'Лише перша згадка',
  'settings.firstMentionOnlyHint': 'Підсвічувати кожну особу чи цифру один раз на сторінці.',
  'settings.cardLanguage': 'Мова картки',
  'settings.cardLanguageHint':
    'Ролі, переказані заяви й цифри в картці. Цитати лишаються такими, як їх опублікувало джерело.',
  'cardLanguage.page': 'Як на сторінці',
  'cardLanguage.browser': 'Як у браузері',
  'settings.where': 'Де',
  'settings.whereHint':
    'Лавров, Путін, Ушаков і Кремль підсвічуються на будь-якій сторінці; імена, що часто трапляються в інших новинах (США, Європа, Трамп), і цифри — лише там, де йдеться про переговори.',
  'where.talks': 'Сторінки про переговори',
  'where.everywhere': 'Усі сторінки',
  'category.people': 'Люди',
  'category.institutions': 'Установи',
  'category.figures': 'Цифри',
  'style.underline': 'Підкреслення',
  'style.background': 'Тло',
  'style.none': 'Без виділення',

  'digest.title': 'На цій сторінці',
  'digest.total': {
    one: '{count} згадка',
    few: '{count} згадки',
    many: '{count} згадок',
    other: '{count} згадки',
  },
  'digest.mentionsWord': { one: 'згадка', few: 'згадки', many: 'згадок', other: 'згадки' },
  'digest.reading': 'Читаємо сторінку…',
  'digest.unreachable':
    'Backstory не може прочитати цю сторінку. Сторінки браузера й магазини додатків недоступні; сторінку, відкриту до встановлення Backstory, треба перезавантажити.',
  'digest.off': 'Backstory вимкнено на цій сторінці.',
  'digest.nothing': 'На цій сторінці немає нічого з цієї історії.',
  'digest.goToNext': 'Перейти до наступної згадки',

  'about.title': 'Про дані',
  'about.dataset': 'Набір даних',
  'about.version': 'версія {version}',
  'about.source': 'Джерело',
  'about.notStated': 'Не вказано',
  'about.note': 'Усе, що показано, вбудовано в розширення. Нічого нікуди не надсилається.',

  'card.close': 'Закрити',
  'card.pinned': 'Закріплено',
  'card.statements': 'Заяви',
  'card.noStatements': 'Джерело не наводить жодних заяв, що стосуються: {name}.',
  'card.of': 'Стосується: {subject}',
  'kind.person': 'Особа',
  'kind.institution': 'Установа',
  'kind.place': 'Місце',
  'figureKind.share': 'Частка',
  'figureKind.poll-answer': 'Результат опитування',
  'figureKind.date': 'Дата',
  'figureKind.year': 'Рік',
  'figure.approximate': 'близько {value}',
  'statement.reported': 'Переказ',
  'statement.notDirectQuote': 'не пряма цитата',
  'statement.reportedSpeaker': '— {speaker}, у переказі',
  'quote.publishedFromRussian':
    'Джерело опублікувало ці слова в англійському перекладі; мовець говорив російською.',
  'quote.publishedFromUkrainian':
    'Джерело опублікувало ці слова в англійському перекладі; мовець говорив українською.',
  'quote.translationLabel': 'Переклад Backstory',
  'quote.translationNote':
    'Backstory переклав англійський текст, наведений вище: це переклад перекладу, а не власні слова мовця.',
  'source.label': 'Джерело',
  'source.pollLabel': 'Джерело опитування',
  'source.unknown': 'Невідоме джерело',
  'source.dateBeforeTalks': '{month}, до переговорів {day}',
  'poll.by': 'Опитування: {pollster}',
  'poll.pollsterNotNamed': 'Джерело не називає, хто проводив опитування',
  'why.matched': 'Підсвічено, бо «{matched}» прочитано як {readAs}{how}.',
  'why.topical': 'Показано, бо ця частина сторінки — про переговори щодо війни проти України.',
  'why.pageCount': {
    one: 'Згадано {count} раз на цій сторінці.',
    few: 'Згадано {count} рази на цій сторінці.',
    many: 'Згадано {count} разів на цій сторінці.',
    other: 'Згадано {count} раза на цій сторінці.',
  },
  'rule.full': 'повне ім’я',
  'rule.surname': 'прізвище',
  'rule.given': 'ім’я',
  'rule.title': 'посада',
  'rule.acronym': 'абревіатура',
  'rule.name': 'назва',
  'rule.adjective': 'прикметник',
  'rule.figure': 'число, як написано',
  'rule.inEnglish': 'англійською',
  'rule.inUkrainian': 'українською',
  'rule.inRussian': 'російською',
  'quote.eyebrow': 'Перевірка цитати',
  'quote.wordsOf': 'Мовець: {speaker}, як цитує джерело',
  'quote.onPage': 'На цій сторінці',
  'quote.inSource': 'У джерелі',
  'quote.legend':
    'Підкреслено: додано на цій сторінці · закреслено: пропущено · хвиляста лінія: змінено · [у дужках]: не процитовано на цій сторінці',
  'quote.partAdded': 'додано: ',
  'quote.partDropped': 'пропущено: ',
  'quote.partChanged': 'змінено: ',
  'quote.partCut': 'не процитовано на сторінці: ',
  'quote.verdictDiffers': 'Відрізняється від джерела',
  'quote.verdictTranslation': 'Переклад; порівняйте з джерелом',
  'quote.translationNotCompared': 'Процитовано іншою мовою, тому не перевірено слово в слово',
  'quote.verdictWhole': 'Збігається з джерелом слово в слово',
  'quote.verdictPart': 'Збігається з частиною джерела слово в слово',
  'quote.joins': 'Поєднує дві окремі цитати в одну',
  'quote.wordsDropped': {
    one: 'Пропущено {count} слово джерела',
    few: 'Пропущено {count} слова джерела',
    many: 'Пропущено {count} слів джерела',
    other: 'Пропущено {count} слова джерела',
  },
  'quote.wordsAdded': {
    one: 'Додано {count} слово, якого немає в джерелі',
    few: 'Додано {count} слова, яких немає в джерелі',
    many: 'Додано {count} слів, яких немає в джерелі',
    other: 'Додано {count} слова, яких немає в джерелі',
  },
  'quote.wordsChanged': {
    one: 'Змінено {count} слово джерела',
    few: 'Змінено {count} слова джерела',
    many: 'Змінено {count} слів джерела',
    other: 'Змінено {count} слова джерела',
  },
  'quote.startsLater': 'Починається пізніше, ніж цитата в джерелі',
  'quote.endsEarlier': 'Закінчується раніше, ніж цитата в джерелі',
  'quote.unquoted': 'На цій сторінці не в лапках',
  'quote.attribution':
    'У цьому уривку названо: {others}. Але джерело приписує ці слова іншій особі: {speaker}.',
  'quote.readAs': 'слова: {speaker}',
  'rule.quoteQuoted': 'цитата з набору даних, у лапках',
  'rule.quoteUnquoted': 'слова цитати з набору даних, не в лапках',
};

const ru: Catalogue<SlavicPlural> = {
  'manifest.name': 'Backstory',
  'manifest.description':
    'Подсвечивает людей, ведомства и цифры переговоров США и России на страницах новостей и даёт контекст с источниками.',
  'manifest.commandNext': 'Перейти к следующему подсвеченному упоминанию',
  'manifest.commandPrevious': 'Перейти к предыдущему подсвеченному упоминанию',
  'manifest.actionTitle': 'Backstory',

  'badge.title': {
    one: 'Backstory: {count} упоминание на этой странице',
    few: 'Backstory: {count} упоминания на этой странице',
    many: 'Backstory: {count} упоминаний на этой странице',
    other: 'Backstory: {count} упоминания на этой странице',
  },

  'popup.tagline':
    'Контекст с источниками к новостям о переговорах США и России по войне в Украине.',
  'popup.loadingSettings': 'Загрузка настроек…',
  'settings.enabled': 'Включено',
  'settings.enabledHintOn': 'Подсветка на всех страницах новостей.',
  'settings.enabledHintOff': 'Выключено везде.',
  'settings.onSite': 'На {hostname}',
  'settings.onThisSite': 'На этом сайте',
  'settings.siteChecking': 'Проверяем эту вкладку…',
  'settings.siteUnreachable': 'Backstory не может работать на этой странице.',
  'settings.siteRuns': 'Работает на этом сайте.',
  'settings.siteWillRun': 'Будет работать здесь, когда Backstory включён.',
  'settings.siteOff': 'Выключено только на этом сайте.',
  'settings.highlight': 'Подсвечивать',
  'settings.style': 'Стиль',
  'settings.hoverDelay': 'Задержка при наведении',
  'settings.hoverDelayValue': '{ms} мс',
  'settings.hoverDelaySpoken': {
    one: '{count} миллисекунда',
    few: '{count} миллисекунды',
    many: '{count} миллисекунд',
    other: '{count} миллисекунды',
  },
  'settings.firstMentionOnly': 'Только первое упоминание',
  'settings.firstMentionOnlyHint': 'Подсвечивать каждого человека или цифру один раз на странице.',
  'settings.cardLanguage': 'Язык карточки',
  'settings.cardLanguageHint':
    'Роли, пересказанные заявления и цифры в карточке. Цитаты остаются такими, как их опубликовал источник.',
  'cardLanguage.page': 'Как на странице',
  'cardLanguage.browser': 'Как в браузере',
  'settings.where': 'Где',
  'settings.whereHint':
    'Лавров, Путин, Ушаков и Кремль подсвечиваются на любой странице; имена, которые часто встречаются в других новостях (США, Европа, Трамп), и цифры — только там, где речь идёт о переговорах.',
  'where.talks': 'Страницы о переговорах',
  'where.everywhere': 'Все страницы',
  'category.people': 'Люди',
  'category.institutions': 'Ведомства',
  'category.figures': 'Цифры',
  'style.underline': 'Подчёркивание',
  'style.background': 'Фон',
  'style.none': 'Без выделения',

  'digest.title': 'На этой странице',
  'digest.total': {
    one: '{count} упоминание',
    few: '{count} упоминания',
    many: '{count} упоминаний',
    other: '{count} упоминания',
  },
  'digest.mentionsWord': {
    one: 'упоминание',
    few: 'упоминания',
    many: 'упоминаний',
    other: 'упоминания',
  },
  'digest.reading': 'Читаем страницу…',
  'digest.unreachable':
    'Backstory не может прочитать эту страницу. Страницы браузера и магазины дополнений недоступны; страницу, открытую до установки Backstory, нужно перезагрузить.',
  'digest.off': 'Backstory выключен на этой странице.',
  'digest.nothing': 'На этой странице нет ничего из этой истории.',
  'digest.goToNext': 'Перейти к следующему упоминанию',

  'about.title': 'О данных',
  'about.dataset': 'Набор данных',
  'about.version': 'версия {version}',
  'about.source': 'Источник',
  'about.notStated': 'Не указан',
  'about.note': 'Всё, что показано, встроено в расширение. Ничего никуда не отправляется.',

  'card.close': 'Закрыть',
  'card.pinned': 'Закреплено',
  'card.statements': 'Заявления',
  'card.noStatements': 'Источник не приводит заявлений, касающихся: {name}.',
  'card.of': 'Касается: {subject}',
  'kind.person': 'Лицо',
  'kind.institution': 'Ведомство',
  'kind.place': 'Место',
  'figureKind.share': 'Доля',
  'figureKind.poll-answer': 'Результат опроса',
  'figureKind.date': 'Дата',
  'figureKind.year': 'Год',
  'figure.approximate': 'около {value}',
  'statement.reported': 'Пересказ',
  'statement.notDirectQuote': 'не прямая цитата',
  'statement.reportedSpeaker': '— {speaker}, в пересказе',
  'quote.publishedFromRussian':
    'Источник опубликовал эти слова в английском переводе; говоривший говорил по-русски.',
  'quote.publishedFromUkrainian':
    'Источник опубликовал эти слова в английском переводе; говоривший говорил по-украински.',
  'quote.translationLabel': 'Перевод Backstory',
  'quote.translationNote':
    'Backstory перевёл приведённый выше английский текст: это перевод перевода, а не собственные слова говорившего.',
  'source.label': 'Источник',
  'source.pollLabel': 'Источник опроса',
  'source.unknown': 'Неизвестный источник',
  'source.dateBeforeTalks': '{month}, до переговоров {day}',
  'poll.by': 'Опрос: {pollster}',
  'poll.pollsterNotNamed': 'Источник не называет, кто проводил опрос',
  'why.matched': 'Подсвечено, потому что «{matched}» прочитано как {readAs}{how}.',
  'why.topical': 'Показано, потому что эта часть страницы — о переговорах о войне против Украины.',
  'why.pageCount': {
    one: 'Упомянуто {count} раз на этой странице.',
    few: 'Упомянуто {count} раза на этой странице.',
    many: 'Упомянуто {count} раз на этой странице.',
    other: 'Упомянуто {count} раза на этой странице.',
  },
  'rule.full': 'полное имя',
  'rule.surname': 'фамилия',
  'rule.given': 'имя',
  'rule.title': 'должность',
  'rule.acronym': 'аббревиатура',
  'rule.name': 'название',
  'rule.adjective': 'прилагательное',
  'rule.figure': 'число, как написано',
  'rule.inEnglish': 'по-английски',
  'rule.inUkrainian': 'по-украински',
  'rule.inRussian': 'по-русски',
  'quote.eyebrow': 'Проверка цитаты',
  'quote.wordsOf': 'Говорящий: {speaker}, как цитирует источник',
  'quote.onPage': 'На этой странице',
  'quote.inSource': 'В источнике',
  'quote.legend':
    'Подчёркнуто: добавлено на этой странице · зачёркнуто: пропущено · волнистая линия: изменено · [в скобках]: не процитировано на этой странице',
  'quote.partAdded': 'добавлено: ',
  'quote.partDropped': 'пропущено: ',
  'quote.partChanged': 'изменено: ',
  'quote.partCut': 'не процитировано на странице: ',
  'quote.verdictDiffers': 'Отличается от источника',
  'quote.verdictTranslation': 'Перевод; сравните с источником',
  'quote.translationNotCompared':
    'Процитировано на другом языке, поэтому не проверено слово в слово',
  'quote.verdictWhole': 'Совпадает с источником слово в слово',
  'quote.verdictPart': 'Совпадает с частью источника слово в слово',
  'quote.joins': 'Соединяет две отдельные цитаты в одну',
  'quote.wordsDropped': {
    one: 'Пропущено {count} слово источника',
    few: 'Пропущено {count} слова источника',
    many: 'Пропущено {count} слов источника',
    other: 'Пропущено {count} слова источника',
  },
  'quote.wordsAdded': {
    one: 'Добавлено {count} слово, которого нет в источнике',
    few: 'Добавлено {count} слова, которых нет в источнике',
    many: 'Добавлено {count} слов, которых нет в источнике',
    other: 'Добавлено {count} слова, которых нет в источнике',
  },
  'quote.wordsChanged': {
    one: 'Изменено {count} слово источника',
    few: 'Изменено {count} слова источника',
    many: 'Изменено {count} слов источника',
    other: 'Изменено {count} слова источника',
  },
  'quote.startsLater': 'Начинается позже, чем цитата в источнике',
  'quote.endsEarlier': 'Заканчивается раньше, чем цитата в источнике',
  'quote.unquoted': 'На этой странице не в кавычках',
  'quote.attribution':
    'В этом отрывке названы: {others}. Но источник приписывает эти слова другому лицу: {speaker}.',
  'quote.readAs': 'слова: {speaker}',
  'rule.quoteQuoted': 'цитата из набора данных, в кавычках',
  'rule.quoteUnquoted': 'слова цитаты из набора данных, не в кавычках',
};

export const CATALOGUES: {
  readonly [L in 'en' | 'uk' | 'ru']: Readonly<Record<MessageKey, Message>>;
} = { en, uk, ru };

export const MESSAGE_KEYS = Object.keys(en) as MessageKey[];
