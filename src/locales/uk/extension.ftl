### Clickline, Ukrainian (українська).
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## Extension and Turkopticon

extension-title = Користуйтеся Clickline у звичних інструментах
extension-lead = Переглядайте оцінки Clickline біля кожного завдання на Amazon Mechanical Turk, не виходячи зі списку завдань.
extension-shown = Що воно показує
extension-shown-list = Біля кожного requester: медіанну погодинну оплату, частку неоплачених, частку відхилень і кількість оцінок, засвідчені оцінки й оцінки, затримані для перевірки, банер, коли працівники оголосили страйк проти цього requester або MTurk, а також посилання на картку показників і на форму оцінки, уже заповнену даними requester і завдання. Якщо оцінок замало, воно так і пише, а не показує 0.
extension-privacy = Розширення та користувацький скрипт запитують у цього Clickline лише про requester на сторінці, яку ви переглядаєте, і більше ні про що: без акаунта, без стеження, без cookies, без звернень до інших сайтів. Вони можуть читати лише worker.mturk.com.
extension-unavailable = У цій інсталяції Clickline немає файлів розширення.
extension-screenshot-alt = Список завдань на worker.mturk.com з показниками Clickline під кожним requester: медіанна погодинна оплата, частка неоплачених, частка відхилень, кількість оцінок і банер страйку.
extension-chromium = Chrome, Chromium, Edge, Brave
extension-chromium-download = Завантажте розширення й розпакуйте його в теку, яку не видалятимете.
extension-zip-link = Завантажити розширення (zip)
extension-chromium-developer = Відкрийте сторінку розширень і ввімкніть режим розробника:
extension-chromium-load = Виберіть «Load unpacked» («Завантажити розпаковане») і вкажіть теку.
extension-options = Розширення використовує цей Clickline ({ $address }). Щоб користуватися іншим, змініть адресу в налаштуваннях розширення.
extension-options-none = Відкрийте налаштування розширення і введіть адресу цього Clickline.
extension-firefox = Firefox
extension-firefox-steps = Відкрийте сторінку нижче, виберіть «Load Temporary Add-on» («Завантажити тимчасовий додаток») і вкажіть файл manifest.json у розпакованій теці. Firefox забуває тимчасові додатки після закриття; щоб Clickline залишився, скористайтеся користувацьким скриптом.
extension-userscript = Користувацький скрипт (Tampermonkey, Violentmonkey)
extension-userscript-steps = Установіть Tampermonkey або Violentmonkey з крамниці додатків свого браузера, а потім відкрийте користувацький скрипт: менеджер запропонує його встановити.
extension-userscript-link = Установити користувацький скрипт
extension-turkopticon = Інструменти, що читають Turkopticon
extension-turkopticon-intro = MTurk Suite, HIT Forker та інші скрипти, які показують оцінки Turkopticon, можуть показувати натомість оцінки Clickline: замініть у їхніх налаштуваннях адресу Turkopticon на адресу цього Clickline.
extension-turkopticon-to2 = API Turkopticon 2
extension-turkopticon-to1 = API Turkopticon 1
prefill-invalid = Посилання заповнило це поле значенням, якого Clickline не може прийняти, тож його залишено порожнім. Будь ласка, введіть його самі.
form-task-title = Завдання: { $title }
