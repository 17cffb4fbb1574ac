### Clickline, Ukrainian (українська).
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## Report forms

optional = (необов’язково)
yes-no-true = Так
yes-no-false = Ні
field-requester_id = Ідентифікатор requester
hint-requester_id = Так, як його показує платформа, наприклад A1B2C3D4E5F6 на MTurk. Лише літери, цифри та - _ . ~ @ + :
legend-where-who = Де і хто
field-platform = Платформа
choose-platform-option = Виберіть платформу
field-requester_name = Ім’я requester
hint-requester_name = Ім’я, яким користується requester; нове ім’я для відомого ідентифікатора зберігається як псевдонім.
field-country = Ваша країна
choose-country-option = Виберіть свою країну
hint-country = Використовується лише для показників за країнами, які публікуються для груп із кількох працівників.
legend-work-pay = Робота й оплата
field-task_type = Тип завдання
field-pay-amount = Оплата за цю роботу
hint-pay-amount = Скільки заплатив (або запропонував) requester, наприклад 1,50. Якщо нічого — напишіть 0.
field-pay-currency = Валюта
field-minutes = Скільки хвилин це забрало
hint-minutes = З урахуванням усього: читання інструкцій, кваліфікації, підготовки та очікування.
legend-treatment = Як із вами поводилися
field-paid = Вам заплатили?
field-days_to_payment = Скільки днів ви чекали на оплату
field-rejected = Роботу відхилили?
field-communication = Спілкування
field-recommend = Чи порадили б ви цього requester іншим працівникам?
field-tos_violation = Завдання порушувало правила платформи (наприклад, вимагало персональних даних або роботи поза платформою)
field-broken = Завдання було несправним або його не можна було виконати
legend-words = Своїми словами
field-comment = Коментар
hint-comment = Можна Markdown. Не пишіть імен, адрес електронної пошти чи ідентифікаторів працівників: ті, що знайдемо, ми видаляємо.
legend-what-happened = Що сталося
field-category = Яка це проблема?
field-amount_at_stake-amount = Сума під загрозою
hint-amount_at_stake-amount = Якщо ви втратили оплату — скільки саме.
field-amount_at_stake-currency = Валюта цієї суми
choose-currency-option = Виберіть валюту
field-month = Місяць, коли це сталося
hint-month = РРРР-ММ, наприклад 2026-10.
field-description = Опишіть, що сталося
hint-description = Від 20 до 10000 символів, можна Markdown. Не пишіть імен, адрес електронної пошти й ідентифікаторів працівників: ті, що знайдемо, ми видаляємо.
field-desired_outcome = Що могло б це виправити?

## Filing and receipts

title-filed = Дякуємо: збережіть свою квитанцію
filed-duplicate-title = Це повідомлення в нас уже було
filed-title = Дякуємо, ваше повідомлення збережено
filed-duplicate = Цю форму вже надсилали, тож її збережено лише один раз.
filed-receipt-title = Ваш код квитанції
filed-report-id = Ідентифікатор повідомлення:
filed-keep-it = <strong>Запишіть або збережіть цей код зараз. Ми більше його не покажемо і не зможемо відновити:</strong> ми зберігаємо лише його зашифровану версію. З ним, і тільки з ним, ви можете виправити або відкликати своє повідомлення на <a href="/receipt?id={ $id }">/receipt</a>.
filed-redacted = Щоб захистити вас, ми видалили з вашого тексту те, що скидалося на персональні дані:
redaction-email = адресу електронної пошти
redaction-phone = номер телефону
redaction-worker_id = ідентифікатор працівника
filed-see-report = Подивитися своє повідомлення так, як його бачать інші
filed-rate-another = Оцінити іншого requester
form-correct-title = Виправте своє повідомлення
form-summary-title = Будь ласка, виправте те, що позначено нижче; поки нічого не збережено
form-rating-lead = Розкажіть іншим працівникам, як із вами повівся requester. Без акаунта, без імені: ви отримаєте код квитанції, щоб згодом виправити або відкликати оцінку.
form-grievance-lead = Повідомте про кривду, якої вам завдали: неоплачену роботу, несправедливе відхилення, закритий акаунт. Її побачать організатори вашої країни; ніхто не дізнається, хто ви.
form-privacy = Ми зберігаємо день, але ніколи не час, і нічого не зберігаємо про ваш пристрій чи з’єднання.
form-save-correction = Зберегти виправлення
form-send-rating = Надіслати оцінку
form-send-report = Надіслати повідомлення
title-receipt = Виправити або відкликати повідомлення
receipt-lead = Скористайтеся кодом квитанції, який ви отримали, коли подавали повідомлення. Ніхто інший не може його змінити чи видалити.
receipt-id = Ідентифікатор повідомлення
receipt-code = Код квитанції
receipt-code-hint = Наприклад ABCD-EFGH-JKMN-PQRS; регістр і дефіси не мають значення.
receipt-edit = Виправити
receipt-withdraw = Відкликати
receipt-wrong-code = Цей код квитанції не належить до цього повідомлення.
receipt-no-report = Повідомлення з таким ідентифікатором немає.
receipt-wrong-pledge-code = Цей код квитанції не належить до цього зобов’язання.
title-withdraw-pledge = Відкликати своє зобов’язання
title-withdraw-report = Відкликати своє повідомлення
title-corrected = Ваше повідомлення виправлено
pledge-withdrawn = Ваше зобов’язання відкликано.
title-pledge-withdrawn = Зобов’язання відкликано
title-withdrawn = Ваше повідомлення відкликано
title-not-withdrawn = Не відкликано
saved-lead = Ваш код квитанції лишається тим самим.
saved-see = Переглянути своє повідомлення
withdraw-pledge-lead = Відкликання видаляє ваше зобов’язання; воно більше не враховується на сторінці страйку.
withdraw-report-lead = Відкликання видаляє зміст вашого повідомлення і прибирає його з усіх сторінок і показників.
withdraw-final = Цю дію не можна скасувати.
withdraw-yes = Так, відкликати
withdraw-no = Ні, залишити
withdrawn-lead = Його зміст видалено, і воно більше ніде не з’являється на Clickline.
withdrawn-home = На головну
notice-continue = Продовжити

## Reports

report-rating-about = Оцінка:
report-grievance-about = Скарга:
report-on = на платформі
report-filed = Подано: { $day }; працівник із країни { $country }.
report-corrected-since = Згодом виправлено.
report-task = Завдання
report-pay = Оплата
report-pay-for = { $pay } за { $minutes ->
    [one] { $minutes } хвилину
    [few] { $minutes } хвилини
    [many] { $minutes } хвилин
   *[other] { $minutes } хвилини
}
report-hourly = Погодинна оплата
report-paid = Оплачено
report-after-days = через { $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } дня
}
report-rejected = Відхилено
report-communication = Спілкування
report-recommends = Радить
report-tos = Порушувало правила платформи
report-broken = Несправне завдання
report-comment = Коментар
report-category = Категорія
report-status = Статус
report-when = Коли
report-at-stake = Під загрозою
report-what-happened = Що сталося
report-put-right = Що могло б це виправити
report-organizers-note = Примітка організаторів
flag-title = Із цим повідомленням щось не так?
flag-because = Попросити модераторів переглянути його, бо
flag-note = Що варто знати модераторам
flag-submit = Позначити для перевірки
flag-own = Ви самі подали це повідомлення? <a href="/receipt?id={ $id }">Виправте або відкличте його</a> за допомогою коду квитанції.
title-flag = Позначити повідомлення
title-thanks = Дякуємо
flagged-lead = Модератори переглянуть це повідомлення. Доки вони не ухвалять рішення, воно лишається видимим.
flagged-back = Назад до повідомлення
card-rating = Оцінка
card-grievance = Скарга:
card-worker-in = працівник із країни { $country }
card-corrected = виправлено
card-full-report = Повне повідомлення
requester-id-on = Ідентифікатор requester
requester-aka = також відомий як
requester-rate = Оцінити цього requester
requester-report = Повідомити про проблему з ним
requester-all-csv = усі requester у форматі CSV
requester-no-reports = Немає видимих повідомлень.
platform-rate-on = Оцінити requester на платформі { $platform }
platform-no-reports = Про платформу { $platform } повідомлень ще немає.
title-scorecards = Картки показників
platforms-lead = Виберіть платформу, щоб прочитати, що про неї повідомляють працівники. Вашої немає? Скажіть нам про це в повідомленні під найближчою.
platforms-all-csv = Усі картки показників requester:
platforms-how = як обчислюються показники
pagination-label = Сторінки
pagination-newest = Найновіші повідомлення
pagination-older = Старіші
