### Clickline, Ukrainian (українська).
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## Companies, pressure and supporters

nav-companies = Компанії
title-companies = Компанії за акаунтами
companies-lead = Багато requester — лише вивіски: робота насправді для компанії, що стоїть за ними, часто в іншій країні. Ось компанії, які знає Clickline, з акаунтами, підтвердженими як їхні. Кожен зв’язок задокументовано в нашому початковому каталозі або підтверджено модератором.
companies-col-company = Компанія
companies-col-based-in = Де базується
companies-col-accounts = Платформи й акаунти
companies-none = Компаній поки немає.
company-operates-short = керує платформою { $platform }
company-propose-link = Запропонувати компанію чи зв’язок
company-based-in = Базується в
company-based-in-unknown = Країна базування поки невідома
company-operates = Керує платформою
company-operated-by = Платформою керує
company-behind = Компанія за цим акаунтом:
company-accounts = Акаунти
company-no-accounts = Жоден акаунт requester поки не підтверджено як акаунт цієї компанії.
company-sources = Джерела:
company-figures-cover = Ці показники охоплюють опубліковані оцінки всіх наведених вище акаунтів на всіх платформах.
company-propose-account-title = Акаунт, що належить цій компанії
company-propose-country-title = Де базується компанія
company-propose-lead = Запропонувати може кожен, анонімно. Модератор перевіряє ваші докази й підтверджує або відхиляє пропозицію; доти вона ніде не враховується.
company-name-field = Назва компанії
company-evidence = Докази
company-evidence-hint = Де модератор може це перевірити? Посилання, реєстр компаній, вихідні дані сайту (imprint), договір. Markdown; персональні дані видаляються.
company-propose-submit = Надіслати пропозицію
company-based-in-field = Країна базування
company-choose-country = Виберіть країну
company-no-account-option = Без акаунта: я пропоную країну базування
company-or = (або акаунт вище)
requester-propose-company = Знаєте компанію, що стоїть за цим requester?
title-company-proposal = Запропонувати зв’язок із компанією
title-company-proposed = Дякуємо за вашу пропозицію
company-proposed-lead = Ваша пропозиція щодо «{ $company }» чекає на модератора.
company-proposed-redacted = Ми видалили з ваших доказів персональні дані:
company-proposed-keep = Ідентифікатор пропозиції: <code>{ $id }</code>. Збережіть його разом із кодом, щоб відкликати пропозицію, доки вона чекає на розгляд (API: <code>DELETE /api/v1/companies/proposals/{ $id }</code> з <code>Authorization: Receipt &lt;code&gt;</code>). Ми більше не покажемо цей код.
invalid-company-empty = Вкажіть назву компанії.
invalid-company-name = Назва компанії має містити щонайменше одну латинську літеру або цифру.
invalid-company-name-long = Назва компанії задовга (щонайбільше { $max ->
    [one] { $max } символ
    [few] { $max } символи
    [many] { $max } символів
   *[other] { $max } символу
}).
invalid-proposal-both = Запропонуйте або акаунт, або країну базування, а не обидва одразу.
invalid-proposal-neither = Вкажіть платформу та ідентифікатор requester або країну базування.
invalid-evidence-short = Наведіть докази (щонайменше { $min ->
    [one] { $min } символ
    [few] { $min } символи
    [many] { $min } символів
   *[other] { $min } символу
}).
decision-confirm = підтвердити
decision-reject = відхилити
choose-decision = Виберіть рішення: { $allowed }.
unknown-decision = «{ $value }» не є рішенням; використовуйте одне з цих: { $allowed }.
proposal-already-decided = Щодо цієї пропозиції вже ухвалено рішення.
title-proposals = Пропозиції щодо компаній
proposal-label = Пропозиція { $id }
proposal-from-rating = названо працівником в оцінці
proposal-claims-account = Стверджує, що цей акаунт належить компанії:
proposal-claims-based-in = Стверджує, що компанія базується в країні
proposal-confirm = Підтвердити
proposal-reject = Відхилити
proposals-nothing = Жодна пропозиція не чекає на розгляд.
log-proposal = пропозиція { $id }
moderation-action-confirm_proposal = пропозицію підтверджено
moderation-action-reject_proposal = пропозицію відхилено
pressure-message = Працівники в країнах { $countries } страйкують (початок: { $date }) проти роботи на платформі { $platform } для клієнта, що базується тут: споживачі, журналісти й профспілки тут можуть чинити на нього тиск.
channel-pressure-alerts = Сповіщення про тиск
channel-pressure-lead = Страйки деінде проти клієнтів, що базуються в цій країні. Роботу виконують не тут, але ви можете діяти там, де є клієнт.
channel-no-pressure = Зараз жоден страйк не спрямовано проти клієнта, що базується в країні { $country }.
strike-asked-pressure = тиск там, де базується клієнт
strike-pressure-in = Клієнт базується в:
strike-supporters-title = Прихильники
strike-supporters-lead = Люди, які не є працівниками (споживачі, журналісти, дослідники), підтримують цей страйк. Їх рахують за країнами, окремо від зобов’язань працівників.
strike-col-supporters = Прихильники
strike-no-supporters = Прихильників поки немає.
support-title = Не працівник? Підтримайте цей страйк
support-lead = Анонімно: ми рахуємо прихильників лише за країнами. Ви отримаєте код квитанції, щоб відкликати свою підтримку.
support-country = Країна, де ви перебуваєте
support-submit = Я підтримую цей страйк
strike-closed-support = Цей страйк більше не приймає прихильників.
title-support = Підтримка
title-supported = Дякуємо за вашу підтримку
supported-lead = Вашу підтримку страйку «{ $title }» збережено. Підтримку рахують щоденними пакетами, тож жоден підрахунок не покаже, коли ви її висловили.
supported-keep = Ідентифікатор прихильника: <code>{ $support }</code>. Збережіть його разом із кодом, щоб відкликати свою підтримку через API: <code>DELETE /api/v1/strikes/{ $strike }/support/{ $support }</code> з <code>Authorization: Receipt &lt;code&gt;</code>. Ми більше не покажемо цей код.
