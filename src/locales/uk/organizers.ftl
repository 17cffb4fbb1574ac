### Clickline, Ukrainian (українська).
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## Organizers

title-login = Вхід для організаторів
title-organize = Розділ організаторів
title-password = Змінити пароль
title-password-changed = Пароль змінено
title-call-strike = Оголосити страйк
title-moderation = Черга модерації
title-moderation-log = Журнал модерації
title-org-grievances = Скарги з ваших країн
title-token-new = Новий API-токен
title-tokens-revoked = Токени відкликано
title-organizers = Організатори
login-lead = Для організаторів профспілок і колективів. Працівникам акаунт ніколи не потрібен.
login-rate-limited = Забагато спроб входу з вашого з’єднання. Будь ласка, зачекайте годину.
login-wrong = Неправильна електронна адреса або пароль.
login-submit = Увійти
field-email = Електронна пошта
field-password = Пароль
field-name = Ім’я
field-role = Роль
field-countries = Країни
password-not-current = Це не ваш поточний пароль.
password-too-short = Використайте щонайменше 12 символів.
password-differ = Два нові паролі не збігаються.
password-changed = Ваш пароль змінено; з інших сеансів виконано вихід.
password-current = Поточний пароль
password-new = Новий пароль
password-new-hint = Щонайменше 12 символів.
password-confirm = Новий пароль ще раз
password-submit = Змінити пароль
moderation-choose-action = Виберіть: випустити, відхилити, приховати чи відновити.
moderation-reason-length = Вкажіть причину обсягом від 1 до 500 символів; вона потрапить до журналу модерації.
announcement-length = Напишіть від 1 до 5000 символів.
token-new = Ваш новий API-токен (показано лише раз; Clickline зберігає тільки його хеш): { $token }
tokens-revoked = { $count ->
    [one] Відкликано { $count } API-токен.
    [few] Відкликано { $count } API-токени.
    [many] Відкликано { $count } API-токенів.
   *[other] Відкликано { $count } API-токена.
}
organize-in = у
organize-any-country = будь-якій країні
organize-follow-grievances = Опрацьовуйте <a href="/organize/grievances">скарги</a>, які працівники подали з ваших країн.
organize-announce = Публікуйте оголошення у своїх каналах:
organize-any-channel = будь-який канал
organize-tokens = API-токени
organize-tokens-lead = Скрипти звертаються до API організаторів із заголовком <code>Authorization: Bearer &lt;token&gt;</code>. Clickline зберігає лише хеш кожного токена.
organize-token-new = Створити новий токен
organize-token-revoke = Відкликати всі мої токени
org-nav-label = Розділ організаторів
org-logged-in-as = Ви увійшли як <strong>{ $name }</strong>
org-nav-overview = Огляд
org-nav-grievances = Скарги
org-nav-moderation = Модерація
org-logout = Вийти
strike-form-lead = Clickline сповістить кожну іншу країну, де виконують роботу для цього об’єкта, щоб її там просто не підхопили.
strike-field-title = Назва
markdown-allowed = Можна Markdown.
strike-field-platform = Платформа-об’єкт
strike-field-requesters = Ідентифікатори requester
strike-field-requesters-hint = Через кому; залиште порожнім, щоб страйкувати проти всієї платформи.
strike-field-called-in = Оголошено в (країни)
strike-field-called-in-hint = Коди країн через кому, наприклад PH,ID. Лише ваші власні країни.
strike-field-starts = Початок
strike-field-date-hint = РРРР-ММ-ДД, наприклад { $today }.
strike-field-ends = Кінець
strike-field-language = Мова назви та вимог
strike-field-translations = Переклади
strike-field-translations-hint = Додайте назву та вимоги мовами країн, до яких доходить страйк. Залиште мову порожньою, щоб пропустити її.
# $language is a language's own name, like "Bahasa Indonesia".
strike-field-translation-title = Назва (мова: { $language })
strike-field-translation-demands = Вимоги (мова: { $language })
strike-form-submit = Оголосити страйк
strike-untranslated-title = Сповіщені країни без перекладу
strike-untranslated-lead = Працівники в цих країнах читають заклик не своєю мовою. Додайте переклад через API (<code>translations</code>) або попросіть про це члена організації, який пише цією мовою.
strike-untranslated-none = Кожна сповіщена країна може прочитати заклик однією зі своїх мов.
strike-translation-add = Додати або виправити переклад
strike-translation-submit = Зберегти переклад
organizers-created = Створено <strong>{ $email }</strong>. Передайте ці дані цій людині один раз; Clickline зберігає лише хеші:
organizers-add = Додати організатора
organizers-countries-hint = Коди через кому, наприклад FR,DE.
organizers-add-submit = Додати
moderation-report = Повідомлення { $id }
moderation-hidden = приховане
moderation-visible = видиме
moderation-reason = Причина (потрапить до журналу)
moderation-restore = Відновити
moderation-hide = Приховати
moderation-nothing = Нічого не позначено.
moderation-action-hide = приховано
moderation-action-restore = відновлено
log-day = День
log-report = Повідомлення
log-action = Дія
log-reason = Причина
log-moderator = Модератор
log-empty = Модерації ще не було.
org-grievance = Скарга { $id }
org-grievance-note = Публічна примітка
org-grievances-none = Скарг із ваших країн немає.
vouched-tag = Засвідчено
report-held = Ця оцінка надійшла під час сплеску оцінок того самого requester, тож її затримано, щоб модератор перевірив її перед публікацією. Від вас нічого більше не потрібно.
report-to-be-published = Буде опубліковано: { $day }; повідомлення публікуються щоденними пакетами, щоб ніхто не міг дізнатися, коли саме його подали. Ви ще можете виправити або відкликати його за допомогою квитанції.
report-correction-pending = Ваше виправлення буде опубліковано: { $day }; до того повідомлення виглядає як раніше.
figure-vouched = З них засвідчені організатором
scorecard-held = Оцінок, які надійшли підозрілим сплеском і чекають на модераторів: { $count }. Доки їх не випустять, вони ніде не враховуються.
scorecard-held-why = Як працює перевірка
moderation-held = затримано перевіркою
moderation-held-correction = виправлення затримано перевіркою (показано так, як воно виглядатиме)
moderation-release = Випустити (опублікувати)
moderation-reject = Відхилити
moderation-action-release = випущено
moderation-action-reject = відхилено
organize-vouchers = Ваучери
organize-vouchers-lead = Роздавайте одноразові ваучери особисто або у своїх каналах. Оцінку чи скаргу, подану з ваучером, позначено як засвідчену, і перевірка на сплески ніколи її не затримує. Clickline зберігає лише хеш кожного коду, а повідомлення ніколи не фіксує, який ваучер, пакет чи організатор його засвідчив.
field-voucher-count = Скільки (від 20 до 1000)
organize-vouchers-issue = Видати ваучери
organize-follows = Платформи, за якими стежать ваші канали
organize-follows-lead = Ваші країни отримують сповіщення про кожен страйк проти цих платформ.
organize-follows-save = Зберегти
title-vouchers = Ваші нові ваучери
vouchers-lead = Надрукуйте або скопіюйте ці коди зараз: їх показано лише раз. Кожен діє один раз.
invalid-voucher-count = Вкажіть ціле число від { $min } до { $max }.
invalid-voucher = Ваучер складається з 20 літер і цифр, наприклад ABCD-EFGH-JKMN-PQRS-TUVW.
voucher-not-valid = Цей ваучер невідомий, уже використаний або більше не дійсний. Нічого не збережено; видаліть його або перевірте в організатора, який вам його дав.
voucher-quota = Організатор може видати щонайбільше { $quota ->
    [one] { $quota } ваучер
    [few] { $quota } ваучери
    [many] { $quota } ваучерів
   *[other] { $quota } ваучера
} на день. Нічого не видано; спробуйте завтра або видайте меншу партію.
field-voucher = Ваучер від організатора
hint-voucher = Якщо профспілка чи колектив дали вам ваучер, введіть його: ваше повідомлення буде позначено як засвідчене. Ваучер не пов’язаний ні з вами, ні з ними.
voucher-only-when-filing = Ваучер можна додати лише під час подання повідомлення.
correction-keeps-target = Виправлення не може перенести повідомлення на іншу платформу чи до іншого requester. Натомість відкличте це повідомлення за допомогою квитанції й подайте нове.
legend-voucher = Ваучер
method-screening = Перевірка перед публікацією
method-screening-def = Той, кого оцінюють, не повинен мати змоги впливати на власні показники. Перед публікацією кожного пакета оцінки кожного requester перевіряються; оцінки, схожі на підроблені, затримуються для модератора, який випускає або відхиляє кожну з них, вказуючи причину в публічному журналі. Картки показників повідомляють, скільки оцінок затримано. Правило:
method-screening-burst = коли пакет requester має більше ніж { $min ->
    [one] { $min } оцінку
    [few] { $min } оцінки
    [many] { $min } оцінок
   *[other] { $min } оцінки
} і більш ніж у { $factor ->
    [one] { $factor } раз
    [few] { $factor } рази
    [many] { $factor } разів
   *[other] { $factor } раза
} перевищує його звичну денну кількість за останні { $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } дня
}, публікується лише стільки оцінок, скільки вмістив би пакет під цим порогом; решту затримують, і насамперед ті, що збігаються з більшістю сплеску (радять requester чи ні — як більшість пакета), тож потік не може ні протиснути власні оцінки, ні витіснити протилежні;
method-screening-copies = оцінки одного requester в одному пакеті з однаковим коментарем (без урахування регістру, пробілів і розділових знаків) затримуються, якщо їх { $count } або більше;
method-screening-network = оцінку затримують, якщо кількість оцінок її requester, що надійшли того дня з однієї мережі (IPv4 /24 або IPv6 /48), перевищує { $count };
method-screening-platform = те саме правило застосовується до пакета кожної платформи щодо всіх її requester, порівняно зі звичною кількістю самої платформи, а оцінку затримують, якщо кількість оцінок її платформи, що надійшли того дня з однієї мережі, перевищує { $count };
method-screening-corrections = виправлення оцінок перевіряються разом із пакетом, у якому їх публікують, враховуються в тих самих лімітах, що й нові оцінки, і не можуть перенести оцінку на іншу платформу чи до іншого requester;
method-screening-limit = одне з’єднання може оцінити того самого requester щонайбільше { $count ->
    [one] { $count } раз
    [few] { $count } рази
    [many] { $count } разів
   *[other] { $count } раза
} на день і надіслати обмежену кількість повідомлень на годину (з’єднання IPv6 рахується за /64). Ці лічильники зберігаються під ключем, який змінюється щодня, а потім видаляється.
method-screening-after = Оцінки, подані з ваучером організатора, ніколи не затримуються.
method-vouchers = Ваучери
method-vouchers-def = Профспілки й колективи роздають одноразові ваучери особисто або у своїх каналах. Повідомлення, подане з ваучером, позначається як засвідчене, а картки показників рахують засвідчені оцінки. Повідомлення зберігає лише позначку: Clickline зберігає ваучери як хеші, від використаного ваучера лишається тільки хеш, і ніщо не фіксує, який ваучер, пакет чи організатор засвідчив повідомлення.
method-threats = Що інші можуть і чого не можуть дізнатися
method-threats-poller = Той, хто щосекунди оновлює сторінки, дізнається лише день подання повідомлення: воно з’являється разом з рештою пакета того дня, у порядку, який нічого не розкриває.
method-threats-thief = Той, хто викраде базу даних, не знайде ні IP-адрес, ні даних браузера, ні точного часу, ні акаунтів: лише день кожного повідомлення, хеші квитанцій і ваучерів та лічильники під ключами, що живуть один день. Без секретного ключа сервера не можна пов’язати лічильник з адресою; щойно ключ дня видалено, цього не може ніхто.
method-threats-oplog = База даних, що працює як набір реплік MongoDB (replica set), веде журнал останніх записів (oplog) із часом кожного запису — так довго, як налаштовано. Той, хто може читати цей журнал протягом цього часу, може побачити, коли було записано повідомлення. Оператори мають тримати вікно oplog коротким, а доступ до нього — таким самим суворим, як до бази даних.
title-cross-site = Надіслано з іншого сайту
cross-site-refused = Цю форму надіслано з іншого сайту, а не зі сторінки Clickline, тож нічого не зроблено: інший сайт ніколи не повинен подавати, змінювати чи відкликати щось від вашого імені. Якщо ви справді хотіли це зробити, відкрийте форму на самому Clickline і надішліть її знову.

## Organizer access

forbidden-password-change = Ви досі користуєтеся початковим паролем, який бачив хтось інший. Спершу встановіть новий.
forbidden-own-access = Адміністратори не можуть змінювати власну роль чи вимикати себе; зверніться до іншого адміністратора.
login-wait = Забагато неправильних паролів для цього акаунта з вашого з’єднання. Будь ласка, зачекайте { $seconds ->
    [one] { $seconds } секунду
    [few] { $seconds } секунди
    [many] { $seconds } секунд
   *[other] { $seconds } секунди
} і спробуйте ще раз.
login-disabled = Цей акаунт організатора вимкнено. Зверніться до адміністратора.
password-same = Новий пароль має відрізнятися від поточного.
password-initial = Ви увійшли з початковим паролем, який бачив хтось інший. Щоб продовжити, виберіть новий.
organizers-state = Стан
organizers-disabled = Вимкнено
organizers-initial-password = Початковий пароль ще не змінено
organizers-active = Активний
organizers-changed = Доступ для { $email } збережено.
organizers-access = Ролі, країни й доступ
organizers-access-hint = Вимкнення акаунта одразу завершує його сеанси та API-токени. Змінена роль чи країна діє з наступної сторінки, яку відкриє організатор.
organizers-disable = Вимкнено (без входу, без API-токенів)
organizers-access-submit = Зберегти
field-token-valid = Термін дії
token-valid-days = { $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } дня
}
token-valid-never = Безстроково
invalid-token-validity = Виберіть один із запропонованих термінів.
