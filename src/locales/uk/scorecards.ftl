### Clickline, Ukrainian (українська).
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## Lists and scorecards

lists-title = Де працівникам найгірше
lists-among = Серед requester, що мають щонайменше { $min ->
    [one] { $min } оцінку
    [few] { $min } оцінки
    [many] { $min } оцінок
   *[other] { $min } оцінки
}.
lists-lowest-pay = Найнижча оплата
lists-median-hourly = медіана { $median } за годину, { $ratings ->
    [one] { $ratings } оцінка
    [few] { $ratings } оцінки
    [many] { $ratings } оцінок
   *[other] { $ratings } оцінки
}
lists-worst-unpaid = Найчастіше не платять
lists-unpaid = { $share } не оплачено повністю
lists-most-grievances = Найбільше скарг
lists-grievances = { $count ->
    [one] { $count } скарга
    [few] { $count } скарги
    [many] { $count } скарг
   *[other] { $count } скарги
}
scorecard-on-strike = <strong>Страйк:</strong> працівники оголосили страйк «{ $title }» проти цього об’єкта (початок: { $date }). <a href="/strikes/{ $id }">Не беріть цієї роботи; прочитайте заклик</a>.
scorecard-title = Картка показників
scorecard-caption = Що повідомляють працівники (показники обчислено станом на { $date }; <a href="/methodology">як саме</a>)
scorecard-col-figure = Показник
scorecard-col-all = За весь час
scorecard-col-recent = Останні 90 днів
scorecard-monthly = Помісячно
scorecard-monthly-caption = Медіанна погодинна оплата за кожен місяць останніх 12 місяців; місяці, у яких оцінок менше, ніж потрібно Clickline для публікації, пропущено.
scorecard-chart-figures = Дані графіка
scorecard-col-month = Місяць
scorecard-col-ratings = Оцінки
scorecard-col-median = Медіанна погодинна оплата
scorecard-col-unpaid = Не оплачено повністю
scorecard-by-country = За країнами
scorecard-col-workers-in = Країна працівників
scorecard-no-countries = Недостатньо даних: країни показано лише там, де повідомили достатньо працівників, щоб нікого не можна було вирізнити.
scorecard-grievances = Скарги
scorecard-no-grievances = Скарг не надходило.
scorecard-other-countries = Інші країни разом
scorecard-too-few = замало, щоб показати
scorecard-spread = { $median } (середня половина { $low }–{ $high })
scorecard-days = { $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } дня
}
trend-title = Медіанна погодинна оплата за місяцями: { $name }
trend-description = Медіанна погодинна оплата в доларах США за кожен з останніх 12 місяців; у таблиці нижче ті самі дані.
figure-ratings = Оцінки
figure-hourly-usd = Погодинна оплата (US$)
figure-hourly-eur = Погодинна оплата (€)
figure-below-minimum-wage = Оплата нижче законної мінімальної зарплати працівника
figure-unpaid = Не оплачено або оплачено частково
figure-rejected = Роботу відхилено
figure-wait = Медіанне очікування оплати
figure-answered = Відповідав на повідомлення працівників
figure-recommend = Працівники радять
figure-tos = Завдання порушували правила платформи
figure-broken = Несправні завдання
stars-pay = Оплата
stars-payment-reliability = Надійність виплат
stars-evaluation = Оцінювання роботи й відхилення
stars-communication = Спілкування
stars-task-quality = Якість завдань
stars-of-five = { $stars } з 5

## Methodology

title-methodology = Як Clickline обчислює свої показники
method-lead = Кожен показник на Clickline походить із повідомлень працівників і обчислюється однаково для кожного requester і кожної платформи. Ось як саме, щоб ви могли перевірити й цитувати.
method-figures = Показники
method-figures-intro = Показники враховують лише видимі оцінки: повідомлення, які відкликали автори або приховали модератори, не враховуються. Кожен показник подано за весь час і за останні 90 днів (сьогодні та 89 днів перед тим). Якщо рахувати нема чого, показник показує «недостатньо даних», а не 0.
method-hourly = Погодинна оплата
method-hourly-def = Оплата за роботу ÷ витрачені хвилини (разом із неоплачуваною підготовкою, як її вказує працівник) × 60, переведена в долари США та євро за таблицею курсів нижче. Ми показуємо медіану і середню половину (від 25-го до 75-го процентиля). Медіана парної кількості оцінок — це середнє двох серединних значень; процентилі лінійно інтерполюються між найближчими рангами.
method-below-min = Оплата нижче мінімальної зарплати
method-below-min-def = Частка оцінок, у яких погодинна оплата нижча за законну мінімальну погодинну зарплату в країні працівника (таблиця нижче), серед оцінок із країн, що є в таблиці.
method-unpaid = Не оплачено або оплачено частково
method-unpaid-def = Серед оцінок, де сказано, чи було оплачено (так, частково, ні), — частка тих, що оплачені не повністю. Очікувані виплати не враховуються.
method-rejected = Роботу відхилено
method-rejected-def = Частка оцінок, де частину або всю роботу було відхилено.
method-wait = Медіанне очікування оплати
method-wait-def = Медіана кількості днів до оплати серед оцінок, у яких її вказано.
method-answered = Відповіді на повідомлення
method-answered-def = Відповідав ÷ (відповідав + не відповідав); працівники, які не пробували зв’язатися, не враховуються.
method-shares = Радять, порушували правила платформи, несправні завдання
method-shares-def = Частки оцінок.
method-stars = Зірки
method-stars-intro = Кожна сфера отримує від 1 до 5 зірок, округлених до половини зірки, на основі показників за весь час, щойно об’єкт має щонайменше { $min ->
    [one] { $min } оцінку
    [few] { $min } оцінки
    [many] { $min } оцінок
   *[other] { $min } оцінки
}:
method-withhold = Що ми не показуємо, щоб захистити працівників
method-withhold-groups = Розбивки за країнами й місяцями публікуються лише для груп щонайменше з { $min ->
    [one] { $min } оцінки
    [few] { $min } оцінок
    [many] { $min } оцінок
   *[other] { $min } оцінки
}. Менші країни об’єднано в «інші країни разом», і цю групу теж показано лише тоді, коли вона досягає { $min }.
method-withhold-lists = До списків найгірших requester потрапляють лише requester, що мають щонайменше { $min ->
    [one] { $min } оцінку
    [few] { $min } оцінки
    [many] { $min } оцінок
   *[other] { $min } оцінки
}.
method-withhold-day = Повідомлення містять день подання, але ніколи не час; ми не зберігаємо ні IP-адрес, ні даних браузера.
method-fresh = Наскільки свіжі дані
method-fresh-def = { $days ->
    [0] Цей екземпляр публікує без затримки (демонстраційне або тестове налаштування): повідомлення враховуються за кілька секунд після подання. За замовчуванням Clickline публікує щоденними пакетами.
   *[other] Повідомлення публікуються щоденними пакетами: повідомлення, подане в певний день, враховується в картках показників, списках, завантаженнях, стрічках і сповіщеннях про страйки з початку дня, що настає через { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    } (UTC), разом з усіма повідомленнями того самого дня, тож жодна сторінка не видасть, коли саме протягом дня його подали. Виправлення теж чекають наступного пакета. Відкликання чи рішення модератора з’являється всюди протягом двох секунд.
}
method-rates = Курси валют
method-rates-def = { $count ->
    [one] { $count } валюта
    [few] { $count } валюти
    [many] { $count } валют
   *[other] { $count } валюти
} (станом на { $date }). Джерело:
method-wages = Мінімальні зарплати
method-wages-def = Таблиця (станом на { $date }). Погодинний мінімум — це законна сума ÷ кількість годин періоду, який використовує закон (день, місяць).
method-col-country = Країна
method-col-legal = Законний мінімум
method-col-hours = Години
method-col-hourly = За годину
method-col-hourly-usd = За годину в US$
method-col-since = Діє з
method-col-source = Джерело
method-data = Відкриті дані
method-data-def = Картки показників доступні у форматі JSON (<code>/api/v1/requesters/{"{"}platform{"}"}/{"{"}id{"}"}</code>, <code>/api/v1/platforms/{"{"}slug{"}"}</code>) і як один CSV-файл з усіма requester (<code>/api/v1/scorecards.csv</code>), за ліцензією CC BY 4.0.
title-rating-about = Оцінка щодо платформи { $platform }
title-grievance-about = Скарга щодо платформи { $platform }
flag_reason-personal_data = Розкриває чиюсь особу чи персональні дані
flag_reason-false_or_misleading = Схоже на неправду або маніпуляцію
flag_reason-abusive = Містить образи чи ворожнечу
flag_reason-spam = Це спам або реклама
flag_reason-other = Інше
choose-flag_reason = Виберіть причину: { $allowed }.
