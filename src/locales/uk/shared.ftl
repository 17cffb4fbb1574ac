### Clickline, Ukrainian (українська).
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## Dates

month-1 = січень
month-2 = лютий
month-3 = березень
month-4 = квітень
month-5 = травень
month-6 = червень
month-7 = липень
month-8 = серпень
month-9 = вересень
month-10 = жовтень
month-11 = листопад
month-12 = грудень
# The month as a full date writes it (a declined form where the language
# declines it, else the same as above).
month-of-day-1 = січня
month-of-day-2 = лютого
month-of-day-3 = березня
month-of-day-4 = квітня
month-of-day-5 = травня
month-of-day-6 = червня
month-of-day-7 = липня
month-of-day-8 = серпня
month-of-day-9 = вересня
month-of-day-10 = жовтня
month-of-day-11 = листопада
month-of-day-12 = грудня
date-day = { $day } { $month } { $year } р.
date-month = { $month } { $year } р.

## Validation messages, for forms and the API

invalid-country-empty = Виберіть країну.
invalid-country = «{ $value }» не є кодом країни ISO 3166-1 (дві літери, наприклад PH, KE чи FR).
invalid-currency-empty = Виберіть валюту, у якій вам заплатили.
invalid-currency = «{ $value }» не є кодом валюти ISO 4217 (три літери, наприклад USD, EUR чи PHP).
invalid-currency-no-rate = Clickline поки не має курсу для { $code }; будь ласка, вкажіть суму в USD або EUR.
invalid-amount-empty = Вкажіть суму (0, якщо вам нічого не заплатили).
invalid-amount = «{ $value }» не є сумою; пишіть так: 1,25.
invalid-amount-too-large = Ця сума завелика.
invalid-receipt = Код квитанції складається з 16 літер і цифр, наприклад ABCD-EFGH-JKMN-PQRS.
invalid-platform-empty = Виберіть платформу, на якій ви знайшли роботу.
invalid-platform = «{ $value }» не є коротким ідентифікатором платформи; список див. на /platforms.
invalid-platform-unknown = Clickline не знає платформи «{ $value }». Виберіть її зі списку на /platforms (відомі: { $known }); якщо вашої там немає, виберіть найближчу і напишіть у тексті, про яку йдеться.
invalid-requester-id-empty = Вкажіть ідентифікатор requester так, як його показує платформа.
invalid-requester-id-long = Ідентифікатор requester має щонайбільше { $max ->
    [one] { $max } символ
    [few] { $max } символи
    [many] { $max } символів
   *[other] { $max } символу
}.
invalid-requester-id-char = Ідентифікатор requester не може містити «{ $char }»; використовуйте лише літери, цифри та - _ . ~ @ + :
invalid-requester-id-for-name = Вкажіть також ідентифікатор requester, щоб ім’я прив’язалося до правильного requester.
invalid-requester-name-long = Ім’я requester має щонайбільше 200 символів.
invalid-report-id = Це не ідентифікатор повідомлення Clickline.
invalid-month = «{ $value }» не є місяцем; пишіть у форматі РРРР-ММ, наприклад 2025-03.
invalid-month-future = Цей місяць ще не настав.
invalid-month-early = Вкажіть місяць не раніше 2000 року.
invalid-minutes-empty = Вкажіть, скільки хвилин забрала робота, разом із неоплачуваною підготовкою.
invalid-minutes = «{ $value }» не є цілою кількістю хвилин.
invalid-minutes-range = Вкажіть, скільки хвилин забрала робота: від 1 до 1440 (цілу добу).
invalid-description-length = Опишіть, що сталося, обсягом від 20 до 10000 символів.
invalid-text-long = Будь ласка, щонайбільше { $max ->
    [one] { $max } символ
    [few] { $max } символи
    [many] { $max } символів
   *[other] { $max } символу
}; тут { $chars ->
    [one] { $chars } символ
    [few] { $chars } символи
    [many] { $chars } символів
   *[other] { $chars } символу
}.
invalid-yes-no = «{ $value }» не є відповіддю «так» чи «ні» (true/false).
say-whether-recommend = Скажіть, чи порадили б ви цього requester.
say-whether-tos_violation = Скажіть, чи порушувало завдання правила платформи.
say-whether-broken = Скажіть, чи було завдання несправним.
invalid-whole-number-range = Вкажіть ціле число від { $min } до { $max }.
invalid-whole-number = «{ $value }» не є цілим числом.
invalid-body-not-object = Тіло запиту має бути об’єктом JSON.
invalid-body-json = Тіло запиту не є коректним JSON: { $detail }.
invalid-body-utf8 = Тіло запиту не є текстом UTF-8: { $detail }.
invalid-body-unreadable = Не вдалося прочитати запит; надішліть об’єкт JSON.
invalid-not-single-value = Має бути одне значення (рядок, число або true/false), а не список чи об’єкт.
invalid-unknown-field = Невідоме поле.
invalid-bulk-ids-empty = Вкажіть ідентифікатори requester через кому.
invalid-bulk-ids-many = Щонайбільше { $max ->
    [one] { $max } ідентифікатор
    [few] { $max } ідентифікатори
    [many] { $max } ідентифікаторів
   *[other] { $max } ідентифікатора
} на запит.
invalid-fields-unknown = Невідомі поля: { $names }. Назвіть поля картки показників або їхні частини, як-от held_for_review чи all.ratings (див. /api/v1/openapi.json).
invalid-platform-unknown-short = Clickline не знає цієї платформи; див. /platforms.
invalid-email = Вкажіть адресу електронної пошти, наприклад name@example.org.
invalid-organizer-name = Вкажіть ім’я завдовжки від 1 до 100 символів.
invalid-organizer-countries = Вкажіть країни, у яких працює цей організатор, наприклад FR,DE.
invalid-organizer-exists = Організатор із цією електронною адресою вже існує.
invalid-submission-key = Ключ надсилання має від 16 до 128 літер, цифр, - або _.

## Closed vocabularies: <kind>-<wire name> is a label, choose-<kind> and
## unknown-<kind> are the messages when the value is missing or unknown.

choose-task_type = Виберіть тип завдання.
unknown-task_type = «{ $value }» не є відомим типом завдання; використовуйте один із цих: { $allowed }.
task_type-survey = Опитування
task_type-transcription = Транскрибування
task_type-tagging = Тегування / розмітка
task_type-moderation = Модерація контенту
task_type-data_entry = Введення даних
task_type-writing = Написання текстів
task_type-testing = Тестування
task_type-other = Інше

choose-paid = Скажіть, чи вам заплатили.
unknown-paid = «{ $value }» не є однією з відповідей про оплату; використовуйте одну з цих: { $allowed }.
paid-yes = Так, повністю
paid-partial = Частково
paid-no = Ні
paid-pending = Ще ні (очікується)

choose-rejected = Скажіть, яку частину роботи відхилили.
unknown-rejected = «{ $value }» не є однією з відповідей про відхилення; використовуйте одну з цих: { $allowed }.
rejected-none = Нічого
rejected-some = Частину
rejected-all = Усе

choose-communication = Скажіть, як із вами спілкувався requester.
unknown-communication = «{ $value }» не є однією з відповідей про спілкування; використовуйте одну з цих: { $allowed }.
communication-responsive = Відповідав на мої повідомлення
communication-unresponsive = Не відповідав
communication-not_tried = Я не пробував(-ла) зв’язатися

choose-grievance_category = Виберіть категорію.
unknown-grievance_category = «{ $value }» не є відомою категорією; використовуйте одну з цих: { $allowed }.
grievance_category-non_payment = Неоплата
grievance_category-unfair_rejection = Несправедливе відхилення
grievance_category-account_deactivation = Деактивація акаунта
grievance_category-unpaid_work = Неоплачувана робота (підготовка, кваліфікація, очікування)
grievance_category-harmful_content = Шкідливий або травматичний контент
grievance_category-harassment = Цькування
grievance_category-data_privacy = Зловживання моїми даними
grievance_category-opaque_management = Непрозоре алгоритмічне управління
grievance_category-safety = Безпека
grievance_category-discrimination = Дискримінація
grievance_category-other = Інше

choose-grievance_status = Виберіть статус.
unknown-grievance_status = «{ $value }» не є відомим статусом; використовуйте один із цих: { $allowed }.
grievance_status-open = Відкрита
grievance_status-taken_up = Взята в роботу організаторами
grievance_status-resolved = Вирішена
grievance_status-unresolved = Не вирішена

choose-platform_kind = Виберіть вид платформи.
unknown-platform_kind = «{ $value }» не є відомим видом платформи; використовуйте один із цих: { $allowed }.
platform_kind-microtask = Мікрозавдання
platform_kind-freelance = Фриланс
platform_kind-on_demand = На замовлення / з прив’язкою до місця

choose-report_kind = Виберіть вид повідомлення.
unknown-report_kind = «{ $value }» не є відомим видом повідомлення; використовуйте один із цих: { $allowed }.
report_kind-rating = Оцінка
report_kind-grievance = Скарга

choose-role = Виберіть роль.
unknown-role = «{ $value }» не є відомою роллю; використовуйте одну з цих: { $allowed }.
role-organizer = Організатор
role-moderator = Модератор
role-admin = Адміністратор

choose-strike_status = Виберіть статус страйку.
unknown-strike_status = «{ $value }» не є відомим статусом страйку; використовуйте один із цих: { $allowed }.
strike_status-announced = Оголошено
strike_status-active = Страйк триває
strike_status-ended = Завершено
strike_status-won = Перемога
strike_status-called_off = Скасовано
invalid-date-empty = Вкажіть дату у форматі РРРР-ММ-ДД.
invalid-date = «{ $value }» не є датою; пишіть у форматі РРРР-ММ-ДД.
invalid-strike-title = Вкажіть назву завдовжки від 5 до 200 символів.
invalid-strike-demands = Викладіть вимоги обсягом від 10 до 5000 символів (можна Markdown).
invalid-platform-unknown-named = Clickline не знає платформи «{ $value }»; див. /platforms.
invalid-strike-requesters = Щонайбільше 100 requester на один заклик до страйку.
invalid-strike-countries = Назвіть країни, у яких оголошено страйк, наприклад PH,ID.
invalid-strike-start = Заклик до страйку не може починатися раніше ніж 30 днів тому.
invalid-strike-end = Дата завершення раніша за дату початку.
invalid-strike-language = «{ $value }» не є однією з мов Clickline.
invalid-strike-translation-same = Цією мовою написано заклик; впишіть текст у назву та вимоги вище.
forbidden-strike-countries = Ви організовуєте в країнах { $yours }, а не { $outside }: страйк можна оголосити лише у своїх країнах.
forbidden-strike-change = Змінювати цей страйк можуть лише організатори країн, де його оголошено.
forbidden-moderators = Це можуть робити лише модератори.
forbidden-grievance-country = Ця скарга надійшла з країни { $country }, що не належить до ваших країн.
forbidden-channel = Публікувати в каналі країни { $country } можуть лише її організатори.
forbidden-admins = Організаторами керують лише адміністратори.
forbidden-csrf = Термін дії цієї форми минув; поверніться назад, перезавантажте сторінку і спробуйте ще раз.


## Layout

nav-skip = Перейти до змісту
nav-main-label = Головне меню
nav-rate = Оцінити requester
nav-report = Повідомити про проблему
nav-strikes-near-you = Страйки поруч із вами
nav-scorecards = Картки показників
nav-receipt = Виправити або відкликати
nav-methodology = Методологія
nav-language-label = Мова
demo-banner = <strong>Демонстраційні дані.</strong> Цю базу даних для розробки заповнено вигаданими повідомленнями, щоб ви могли ознайомитися з Clickline. Нічого з цього не є справжнім.
demo-tag = Демодані
footer-promise = Clickline створюють працівники платформ і для працівників платформ. Без акаунта, без стеження: ми не зберігаємо ні IP-адрес, ні даних браузера, ні точного часу. Публічні дати — лише дні.
footer-strikes = Заклики до страйку
footer-api = API відкритих даних
footer-organizers = Організатори
table-region = Таблиця (на малих екранах прокручується вбік)
not-enough-data = недостатньо даних
not-enough-data-yet = Поки що недостатньо даних.
data-label = Дані:
reports-newest-first = Повідомлення, спершу новіші

## Errors

error-home = На головну сторінку
error-401-title = Потрібно увійти
error-403-title = Заборонено
error-404-title = Не знайдено
error-409-title = Уже надіслано
error-410-title = Відкликано
error-413-title = Завеликий обсяг
error-422-title = Не вдалося зрозуміти
error-429-title = Забагато запитів
error-503-title = База даних недоступна
error-500-title = Щось пішло не так
error-401 = Щоб побачити цю сторінку, увійдіть як організатор: перейдіть на /organize/login.
error-403 = Вам не дозволено це робити.
error-404 = За цією адресою сторінки немає.
error-413 = Надіслане завелике. Скоротіть текст і спробуйте ще раз; щоб повернути його, натисніть у браузері кнопку «Назад».
error-422 = Надіслане не вдалося прочитати.
error-429 = Забагато надсилань із цього з’єднання; будь ласка, зачекайте годину і спробуйте ще раз.
error-429-target = З цього з’єднання вже оцінили цього requester стільки разів, скільки дозволено за день. Нічого не збережено; будь ласка, спробуйте завтра.
error-429-daily = З цього з’єднання це вже зробили стільки разів, скільки дозволено за день. Нічого не збережено; будь ласка, спробуйте завтра.
error-429-report = Це повідомлення вже виправляли або відкликали стільки разів, скільки дозволено за день. Нічого не збережено; будь ласка, спробуйте завтра.
error-503 = Clickline зараз не може з’єднатися зі своєю базою даних. Нічого не збережено; будь ласка, спробуйте ще раз за кілька хвилин.
error-other = Щось пішло не так на нашому боці.
error-withdrawn = Це повідомлення відкликала людина, яка його подала.
error-wrong-receipt = Код квитанції не відповідає цьому повідомленню.
error-key-reused = Цей ключ надсилання вже використано для іншого повідомлення.
banner-unavailable = Clickline зараз не може з’єднатися зі своєю базою даних, тож нічого не збережено. Ваш текст і далі нижче: спробуйте ще раз за кілька хвилин або скопіюйте його в надійне місце.
banner-rate-limited = За останню годину з вашого з’єднання надійшло забагато повідомлень. Нічого не збережено; ваш текст і далі нижче. Будь ласка, спробуйте пізніше.
banner-not-saved = Нічого не збережено: { $reason } Ваш текст і далі нижче.

## Home

home-title = Оцінюйте requester. Повідомляйте про проблеми. Страйкуйте разом.
home-lead = Clickline перетворює те, що переживають клікворкери (оплата нижче мінімальної зарплати, відхилена робота, закриті акаунти), на публічні докази, а ці докази — на колективні дії через кордони. Без акаунта, без імені.
home-read-scorecards = Читати картки показників
home-search-title = Знайти requester
home-search-label = Ім’я, псевдонім або ідентифікатор requester
home-search-button = Шукати
home-result-on = на платформі { $platform }
home-result-also = також відомий як
home-no-results = Ніхто ще не повідомляв про requester, що відповідає запиту «{ $query }».
home-be-first = Оцініть його першими.
home-platforms = Платформи
title-home = Clickline: оцінюйте requester, повідомляйте про проблеми, страйкуйте разом
