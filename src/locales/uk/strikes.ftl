### Clickline, Ukrainian (українська).
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## Strikes and channels

title-strikes = Страйки
title-pledge = Зобов’язання
title-pledged = Дякуємо за ваше зобов’язання
title-undercut = Повідомити про підрив страйку
title-channels = Канали країн
title-channel = Канал країни { $country }
strike-closed = Цей страйк більше не приймає зобов’язань.
undercut-recorded = Ваше повідомлення про підрив страйку записано анонімно. Організатори бачать, де страйк порушують.
alert-message-requesters = Працівники в країнах { $countries } страйкують проти requester { $requesters } на платформі { $platform } (початок: { $date }): не беріть їхніх завдань.
alert-message-company = Працівники в країнах { $countries } страйкують проти компанії { $company } на платформі { $platform } (початок: { $date }): не беріть її завдань.
alert-message-platform = Працівники в країнах { $countries } страйкують проти всієї платформи { $platform } (початок: { $date }): не беріть жодних її завдань.
# $language is a language's own name, like "Bahasa Indonesia".
strike-text-in = Мова: { $language }
strike-text-original = Оригінал, мова: { $language }
strike-other-languages = Також іншими мовами:
strike-against = Проти
strike-requesters = лише requester
strike-called-in = оголошено в
strike-from = початок: { $from }
strike-from-to = { $from } – { $to }
strike-demands = Вимоги
strike-map-title = Де просять солідарності, де її обіцяють і де страйк порушують
strike-col-asked = Що просять
strike-col-pledges = Зобов’язання
strike-col-undercuts = Повідомлення про підрив
strike-asked-called = оголошено страйк
strike-asked-solidarity = просять солідарності
strike-asked-not_asked = не просять
fewer-than = менше ніж { $n }
strike-leaking = (страйк порушують)
strike-no-countries = Країн поки немає.
strike-timeline = Хронологія
pledge-title = Зобов’язатися не брати цієї роботи
pledge-lead = Анонімно: ми рахуємо зобов’язання лише за країнами. Ви отримаєте код квитанції, щоб відкликати зобов’язання.
pledge-submit = Я зобов’язуюся не брати цієї роботи
undercut-title = Бачили, що цю роботу виконують або перенесли деінде?
undercut-country = Країна, де ви це бачили
undercut-choose-country = Виберіть країну
undercut-platform = Платформа, де її пропонували
undercut-platform-optional = (необов’язково, короткий ідентифікатор)
undercut-note = Що ви бачили
undercut-submit = Повідомити про підрив страйку
strike-manage-title = Організаторам: змінити статус
save = Зберегти
strikes-lead = Заклики до страйку від організацій працівників. Коли в одній країні страйкують проти якоїсь роботи, не беріть її в іншій.
strikes-find-channel = Знайдіть канал своєї країни
atom-feed = Стрічка Atom
strikes-none = Закликів до страйку поки немає.
pledged-lead = Ваше зобов’язання щодо страйку «{ $title }» збережено. Зобов’язання рахуються щоденними пакетами, тож жоден підрахунок не покаже, коли ви його взяли.
pledged-keep = Ідентифікатор зобов’язання: <code>{ $pledge }</code>. Збережіть і його, і код, якщо, можливо, захочете відкликати зобов’язання на <a href="/receipt?id={ $pledge }">/receipt</a> (або через API: <code>DELETE /api/v1/strikes/{ $strike }/pledges/{ $pledge }</code> з <code>Authorization: Receipt &lt;code&gt;</code>). Ми більше не покажемо цей код.
pledged-back = Назад до страйку
channel-languages = Читати цей канал мовою:
channel-reports-here = Повідомлення від працівників тут:
channel-ratings-fewer = менше ніж { $n ->
    [one] { $n } оцінка
    [few] { $n } оцінки
    [many] { $n } оцінок
   *[other] { $n } оцінки
}
channel-ratings = { $n ->
    [one] { $n } оцінка
    [few] { $n } оцінки
    [many] { $n } оцінок
   *[other] { $n } оцінки
}
channel-grievances-fewer = менше ніж { $n ->
    [one] { $n } скарга
    [few] { $n } скарги
    [many] { $n } скарг
   *[other] { $n } скарги
}
channel-grievances = { $n ->
    [one] { $n } скарга
    [few] { $n } скарги
    [many] { $n } скарг
   *[other] { $n } скарги
}
channel-alerts = Сповіщення про солідарність
channel-no-alerts = Немає сповіщень для працівників у країні { $country }.
channel-strikes-here = Страйки, оголошені тут
channel-none-now = Зараз немає.
channel-announcements = Оголошення
channel-no-announcements = Оголошень немає.
channel-post-title = Опублікувати оголошення
channel-post-body = Оголошення (Markdown)
channel-post-submit = Опублікувати
channels-lead = Кожна країна має свій канал: страйки, оголошені в ній, сповіщення про страйки деінде, роботу з яких можуть перекинути до вас, і новини від ваших організаторів.
channels-none = Поки що жодної активності.
