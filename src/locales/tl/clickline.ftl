### Clickline, Tagalog.
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## Dates

month-1 = Enero
month-2 = Pebrero
month-3 = Marso
month-4 = Abril
month-5 = Mayo
month-6 = Hunyo
month-7 = Hulyo
month-8 = Agosto
month-9 = Setyembre
month-10 = Oktubre
month-11 = Nobyembre
month-12 = Disyembre
date-day = { $month } { $day }, { $year }
date-month = { $month } { $year }

## Validation messages, for forms and the API

invalid-country-empty = Pumili ng bansa.
invalid-country = Ang '{ $value }' ay hindi ISO 3166-1 na code ng bansa (dalawang titik, gaya ng PH, KE o FR).
invalid-currency-empty = Piliin ang perang ipinambayad sa iyo.
invalid-currency = Ang '{ $value }' ay hindi ISO 4217 na code ng pera (tatlong titik, gaya ng USD, EUR o PHP).
invalid-currency-no-rate = Wala pang exchange rate ang Clickline para sa { $code }; pakilagay ang halaga sa USD o EUR.
invalid-amount-empty = Ilagay ang halaga (0 kung wala kang natanggap).
invalid-amount = Ang '{ $value }' ay hindi halaga; isulat ito gaya ng 1.25.
invalid-amount-too-large = Masyadong malaki ang halagang iyan.
invalid-receipt = Ang receipt code ay may 16 na titik at numero, gaya ng ABCD-EFGH-JKMN-PQRS.
invalid-platform-empty = Piliin ang platform kung saan mo nakita ang trabaho.
invalid-platform = Ang '{ $value }' ay hindi slug ng platform; tingnan ang listahan sa /platforms.
invalid-platform-unknown = Hindi kilala ng Clickline ang platform na '{ $value }'. Piliin ito sa listahan sa /platforms (kilala: { $known }); kung wala ang sa iyo, piliin ang pinakamalapit at sabihin kung alin sa iyong teksto.
invalid-requester-id-empty = Ilagay ang id ng requester ayon sa ipinapakita ng platform.
invalid-requester-id-long = Ang id ng requester ay hanggang { $max } na character lamang.
invalid-requester-id-char = Hindi puwedeng maglaman ng '{ $char }' ang id ng requester; mga titik, numero at - _ . ~ @ + : lamang.
invalid-requester-id-for-name = Ilagay din ang id ng requester, para maikabit ang pangalan sa tamang requester.
invalid-requester-name-long = Ang pangalan ng requester ay hanggang 200 character lamang.
invalid-report-id = Hindi iyan id ng ulat sa Clickline.
invalid-month = Ang '{ $value }' ay hindi buwan; isulat ito bilang YYYY-MM, gaya ng 2025-03.
invalid-month-future = Nasa hinaharap ang buwang iyan.
invalid-month-early = Maglagay ng buwan mula 2000 pataas.
invalid-minutes-empty = Ilagay kung ilang minuto ang inabot ng trabaho, kasama ang hindi bayad na paghahanda.
invalid-minutes = Ang '{ $value }' ay hindi buong bilang ng minuto.
invalid-minutes-range = Ilagay ang minutong inabot ng trabaho, mula 1 hanggang 1440 (isang buong araw).
invalid-description-length = Ilarawan ang nangyari sa 20 hanggang 10000 character.
invalid-text-long = Hanggang { $max } character lamang; may { $chars } ito.
invalid-yes-no = Ang '{ $value }' ay hindi oo o hindi (true/false).
say-whether-recommend = Sabihin kung irerekomenda mo ang requester na ito.
say-whether-tos_violation = Sabihin kung lumabag ang task sa mga patakaran ng platform.
say-whether-broken = Sabihin kung sira ang task.
invalid-whole-number-range = Maglagay ng buong bilang mula { $min } hanggang { $max }.
invalid-whole-number = Ang '{ $value }' ay hindi buong bilang.
invalid-body-not-object = Dapat JSON object ang body.
invalid-body-json = Hindi wastong JSON ang body: { $detail }.
invalid-body-utf8 = Hindi UTF-8 na teksto ang body: { $detail }.
invalid-body-unreadable = Hindi mabasa ang request; magpadala ng JSON object.
invalid-not-single-value = Dapat iisang value (string, numero o true/false), hindi listahan o object.
invalid-unknown-field = Hindi kilalang field.
invalid-bulk-ids-empty = Ilagay ang mga id ng requester na pinaghihiwalay ng kuwit.
invalid-bulk-ids-many = Hanggang { $max } id bawat request.
invalid-platform-unknown-short = Hindi kilala ng Clickline ang platform na ito; tingnan ang /platforms.
invalid-email = Maglagay ng email address gaya ng pangalan@example.org.
invalid-organizer-name = Maglagay ng pangalang may 1 hanggang 100 character.
invalid-organizer-countries = Ilagay ang mga bansang pinag-oorganisahan ng organizer na ito, gaya ng FR,DE.
invalid-organizer-exists = May organizer na gumagamit ng email na ito.
invalid-submission-key = Ang submission key ay may 16 hanggang 128 titik, numero, - o _.

## Closed vocabularies

choose-task_type = Pumili ng uri ng task.
unknown-task_type = Ang '{ $value }' ay hindi kilalang uri ng task; gamitin ang isa sa: { $allowed }.
task_type-survey = Survey
task_type-transcription = Transcription
task_type-tagging = Pag-tag / pag-label
task_type-moderation = Content moderation
task_type-data_entry = Data entry
task_type-writing = Pagsusulat
task_type-testing = Pag-test
task_type-other = Iba pa

choose-paid = Sabihin kung binayaran ka.
unknown-paid = Ang '{ $value }' ay hindi sagot tungkol sa bayad; gamitin ang isa sa: { $allowed }.
paid-yes = Oo, buo
paid-partial = Bahagya
paid-no = Hindi
paid-pending = Hindi pa (nakabinbin)

choose-rejected = Sabihin kung gaano karaming trabaho ang tinanggihan.
unknown-rejected = Ang '{ $value }' ay hindi sagot tungkol sa pagtanggi; gamitin ang isa sa: { $allowed }.
rejected-none = Wala
rejected-some = Ilan
rejected-all = Lahat

choose-communication = Sabihin kung paano nakipag-usap ang requester.
unknown-communication = Ang '{ $value }' ay hindi sagot tungkol sa komunikasyon; gamitin ang isa sa: { $allowed }.
communication-responsive = Sumagot sa mga mensahe ko
communication-unresponsive = Hindi sumagot
communication-not_tried = Hindi ko sinubukang kontakin sila

choose-grievance_category = Pumili ng kategorya.
unknown-grievance_category = Ang '{ $value }' ay hindi kilalang kategorya; gamitin ang isa sa: { $allowed }.
grievance_category-non_payment = Hindi pagbabayad
grievance_category-unfair_rejection = Hindi makatarungang pagtanggi
grievance_category-account_deactivation = Pag-deactivate ng account
grievance_category-unpaid_work = Hindi bayad na trabaho (paghahanda, qualification, paghihintay)
grievance_category-harmful_content = Nakasasama o nakababagabag na content
grievance_category-harassment = Panliligalig
grievance_category-data_privacy = Maling paggamit ng data ko
grievance_category-opaque_management = Malabong pamamahala ng algorithm
grievance_category-safety = Kaligtasan
grievance_category-discrimination = Diskriminasyon
grievance_category-other = Iba pa

choose-grievance_status = Pumili ng status.
unknown-grievance_status = Ang '{ $value }' ay hindi kilalang status; gamitin ang isa sa: { $allowed }.
grievance_status-open = Bukas
grievance_status-taken_up = Hinawakan na ng mga organizer
grievance_status-resolved = Naresolba
grievance_status-unresolved = Hindi naresolba

choose-platform_kind = Pumili ng uri ng platform.
unknown-platform_kind = Ang '{ $value }' ay hindi kilalang uri ng platform; gamitin ang isa sa: { $allowed }.
platform_kind-microtask = Micro-task
platform_kind-freelance = Freelance
platform_kind-on_demand = On-demand / nakabatay sa lugar

choose-report_kind = Pumili ng uri ng ulat.
unknown-report_kind = Ang '{ $value }' ay hindi kilalang uri ng ulat; gamitin ang isa sa: { $allowed }.
report_kind-rating = Rating
report_kind-grievance = Reklamo

choose-role = Pumili ng papel.
unknown-role = Ang '{ $value }' ay hindi kilalang papel; gamitin ang isa sa: { $allowed }.
role-organizer = Organizer
role-moderator = Moderator
role-admin = Administrator

choose-strike_status = Pumili ng status ng welga.
unknown-strike_status = Ang '{ $value }' ay hindi kilalang status ng welga; gamitin ang isa sa: { $allowed }.
strike_status-announced = Inanunsyo
strike_status-active = Nagwewelga
strike_status-ended = Natapos
strike_status-won = Nanalo
strike_status-called_off = Kinansela
invalid-date-empty = Maglagay ng petsa bilang YYYY-MM-DD.
invalid-date = Ang '{ $value }' ay hindi petsa; isulat ito bilang YYYY-MM-DD.
invalid-strike-title = Maglagay ng pamagat na may 5 hanggang 200 character.
invalid-strike-demands = Isulat ang mga kahilingan sa 10 hanggang 5000 character (puwede ang Markdown).
invalid-platform-unknown-named = Hindi kilala ng Clickline ang platform na '{ $value }'; tingnan ang /platforms.
invalid-strike-requesters = Hanggang 100 requester bawat panawagan ng welga.
invalid-strike-countries = Pangalanan ang mga bansang pinagtatawagan ng welga, gaya ng PH,ID.
invalid-strike-start = Hindi puwedeng magsimula ang panawagan ng welga nang higit 30 araw na ang nakalipas.
invalid-strike-end = Nauuna ang petsa ng pagtatapos sa petsa ng pagsisimula.
forbidden-strike-countries = Nag-oorganisa ka sa { $yours }, hindi sa { $outside }: sa sarili mong mga bansa lamang puwedeng manawagan ng welga.
forbidden-strike-change = Ang mga organizer lamang ng mga bansang pinagtawagan nito ang puwedeng magbago ng welgang ito.
forbidden-moderators = Mga moderator lamang ang puwedeng gumawa nito.
forbidden-grievance-country = Galing ang reklamong ito sa { $country }, labas sa iyong mga bansa.
forbidden-channel = Mga organizer lamang ng { $country } ang puwedeng mag-post sa channel nito.
forbidden-admins = Mga administrator lamang ang namamahala sa mga organizer.
forbidden-csrf = Nag-expire na ang form na ito; bumalik, i-reload ang pahina at subukan ulit.

## Report forms

optional = (opsyonal)
yes-no-true = Oo
yes-no-false = Hindi
field-requester_id = Id ng requester
hint-requester_id = Ayon sa ipinapakita ng platform, hal. A1B2C3D4E5F6 sa MTurk. Mga titik, numero at - _ . ~ @ + : lamang.
legend-where-who = Saan at sino
field-platform = Platform
choose-platform-option = Pumili ng platform
field-requester_name = Pangalan ng requester
hint-requester_name = Ang pangalang gamit ng requester; ang bagong pangalan para sa kilalang id ay itinatago bilang alias.
field-country = Iyong bansa
choose-country-option = Piliin ang iyong bansa
hint-country = Para lamang sa mga bilang ayon sa bansa, na inilalathala para sa grupo ng ilang manggagawa.
legend-work-pay = Ang trabaho at ang bayad
field-task_type = Uri ng task
field-pay-amount = Bayad sa trabahong ito
hint-pay-amount = Ang ibinayad (o inalok) ng requester, hal. 1.50. Isulat ang 0 kung wala.
field-pay-currency = Pera
field-minutes = Ilang minuto ang inabot
hint-minutes = Kasama lahat: pagbasa ng instruksyon, qualification, paghahanda at paghihintay.
legend-treatment = Paano ka tinrato
field-paid = Binayaran ka ba?
field-days_to_payment = Ilang araw bago ka nabayaran
field-rejected = May trabahong tinanggihan ba?
field-communication = Komunikasyon
field-recommend = Irerekomenda mo ba ang requester na ito sa ibang manggagawa?
field-tos_violation = Lumabag ang task sa mga patakaran ng platform (halimbawa, humingi ito ng personal na data o trabaho sa labas ng platform)
field-broken = Sira ang task o hindi ito matapos
legend-words = Sa sarili mong salita
field-comment = Komento
hint-comment = Puwede ang Markdown. Huwag magsulat ng pangalan, email o worker id: tinatanggal namin ang mga nakikita namin.
legend-what-happened = Ano ang nangyari
field-category = Anong uri ng problema?
field-amount_at_stake-amount = Perang nakataya
hint-amount_at_stake-amount = Kung nawalan ka ng bayad, magkano.
field-amount_at_stake-currency = Pera ng halagang iyon
choose-currency-option = Pumili ng pera
field-month = Buwan kung kailan nangyari
hint-month = YYYY-MM, halimbawa 2026-10.
field-description = Ilarawan ang nangyari
hint-description = 20 hanggang 10000 character, puwede ang Markdown. Huwag isama ang pangalan, email at worker id: tinatanggal namin ang mga nakikita namin.
field-desired_outcome = Ano ang makapagtatama nito?

## Layout

nav-skip = Lumaktaw sa nilalaman
nav-main-label = Pangunahin
nav-rate = I-rate ang requester
nav-report = Mag-ulat ng problema
nav-strikes-near-you = Mga welga malapit sa iyo
nav-scorecards = Mga scorecard
nav-receipt = Itama o bawiin
nav-methodology = Metodolohiya
nav-language-label = Wika
demo-banner = <strong>Demo data.</strong> Pinuno ang development database na ito ng mga gawa-gawang ulat para masubukan mo ang Clickline. Walang totoo rito.
demo-tag = Demo
footer-promise = Pinapatakbo ang Clickline ng at para sa mga platform worker. Walang account, walang tracking: hindi kami nag-iimbak ng IP address, detalye ng browser o eksaktong oras. Araw lamang ang mga pampublikong petsa.
footer-strikes = Mga panawagan ng welga
footer-api = Open data API
footer-organizers = Mga organizer
table-region = Talahanayan (naiiskrol pakanan sa maliliit na screen)
not-enough-data = kulang ang data
not-enough-data-yet = Kulang pa ang data.
data-label = Data:
reports-newest-first = Mga ulat, pinakabago muna

## Errors

error-home = Bumalik sa home page
error-401-title = Kailangang mag-log in
error-403-title = Hindi pinapayagan
error-404-title = Hindi nahanap
error-409-title = Naipadala na
error-410-title = Binawi
error-413-title = Masyadong malaki
error-422-title = Hindi naintindihan
error-429-title = Masyadong maraming request
error-503-title = Hindi maabot ang database
error-500-title = May nagkamali
error-401 = Mag-log in bilang organizer para makita ang pahinang ito: pumunta sa /organize/login.
error-403 = Hindi ka pinapayagang gawin ito.
error-404 = Walang pahina sa address na ito.
error-413 = Masyadong malaki ang ipinadala mo. Paikliin ang teksto at subukan ulit; gamitin ang Back button ng browser para makuha ito ulit.
error-422 = Hindi mabasa ang ipinadala mo.
error-429 = Masyadong maraming padala mula sa koneksyong ito; maghintay ng isang oras at subukan ulit.
error-429-target = Na-rate na mula sa koneksyong ito ang requester na ito nang pinakamaraming beses na puwede sa isang araw. Walang na-save; subukan ulit bukas.
error-429-report = Naitama o nabawi na ang ulat na ito nang pinakamaraming beses na puwede sa isang araw. Walang na-save; subukan ulit bukas.
error-503 = Hindi maabot ng Clickline ang database nito ngayon. Walang na-save; subukan ulit pagkalipas ng ilang minuto.
error-other = May nagkamali sa panig namin.
error-withdrawn = Binawi ang ulat na ito ng taong nag-file nito.
error-wrong-receipt = Hindi tugma ang receipt code sa ulat na ito.
error-key-reused = Nagamit na ang submission key na ito para sa ibang ulat.
banner-unavailable = Hindi maabot ng Clickline ang database nito ngayon, kaya walang na-save. Nasa ibaba pa rin ang iyong teksto: subukan ulit pagkalipas ng ilang minuto, o kopyahin ito sa ligtas na lugar.
banner-rate-limited = Masyadong maraming ulat ang dumating mula sa iyong koneksyon sa nakaraang oras. Walang na-save; nasa ibaba pa rin ang iyong teksto. Pakisubukan ulit mamaya.
banner-not-saved = Walang na-save: { $reason } Nasa ibaba pa rin ang iyong teksto.

## Home

home-title = I-rate ang mga requester. Iulat ang mga problema. Magwelga nang sama-sama.
home-lead = Ginagawa ng Clickline na pampublikong ebidensya ang dinaranas ng mga click worker (bayad na mas mababa sa minimum wage, tinanggihang trabaho, isinarang account), at ginagawang sama-samang pagkilos ang ebidensyang iyon, lampas sa mga hangganan. Walang account, walang pangalan.
home-read-scorecards = Basahin ang mga scorecard
home-search-title = Maghanap ng requester
home-search-label = Pangalan, alias o id ng requester
home-search-button = Maghanap
home-result-on = sa { $platform }
home-result-also = kilala rin bilang
home-no-results = Wala pang nag-ulat ng requester na tugma sa “{ $query }”.
home-be-first = Ikaw ang unang mag-rate sa kanila.
home-platforms = Mga platform
title-home = Clickline: i-rate ang mga requester, iulat ang mga problema, magwelga nang sama-sama

## Filing and receipts

title-filed = Salamat: itago ang iyong resibo
filed-duplicate-title = Nasa amin na ang ulat na ito
filed-title = Salamat, na-save ang iyong ulat
filed-duplicate = Naipadala na ang form na ito, kaya isang beses lamang itong na-save.
filed-receipt-title = Ang iyong receipt code
filed-report-id = Id ng ulat:
filed-keep-it = <strong>Isulat o i-save ang code na ito ngayon. Hindi na namin ito ipapakita ulit at hindi na namin ito mababawi:</strong> isang magulong bersyon lamang ang itinatago namin. Gamit ito, at ito lamang, puwede mong itama o bawiin ang iyong ulat sa <a href="/receipt?id={ $id }">/receipt</a>.
filed-redacted = Para protektahan ka, tinanggal namin sa iyong teksto ang mukhang personal na data:
redaction-email = isang email address
redaction-phone = isang numero ng telepono
redaction-worker_id = isang worker id
filed-see-report = Tingnan ang iyong ulat gaya ng nakikita ng iba
filed-rate-another = Mag-rate ng ibang requester
form-correct-title = Itama ang iyong ulat
form-summary-title = Pakitama ang may marka sa ibaba; wala pang na-save
form-rating-lead = Sabihin sa ibang manggagawa kung paano ka tinrato ng isang requester. Walang account, walang pangalan: makakatanggap ka ng receipt code para itama o bawiin ito mamaya.
form-grievance-lead = Iulat ang maling ginawa sa iyo: hindi bayad na trabaho, hindi makatarungang pagtanggi, isinarang account. Nakikita ito ng mga organizer sa iyong bansa; walang makakaalam kung sino ka.
form-privacy = Ang araw lamang ang itinatago namin, hindi kailanman ang oras, at walang tungkol sa iyong device o koneksyon.
form-save-correction = I-save ang pagtatama
form-send-rating = Ipadala ang aking rating
form-send-report = Ipadala ang aking ulat
title-receipt = Itama o bawiin ang ulat
receipt-lead = Gamitin ang receipt code na ibinigay sa iyo nang i-file mo ang iyong ulat. Walang ibang makapagbabago o makapag-aalis nito.
receipt-id = Id ng ulat
receipt-code = Receipt code
receipt-code-hint = Gaya ng ABCD-EFGH-JKMN-PQRS; hindi mahalaga ang laki ng titik at mga gitling.
receipt-edit = Itama ito
receipt-withdraw = Bawiin ito
receipt-wrong-code = Hindi para sa ulat na iyon ang receipt code na ito.
receipt-no-report = Walang ulat na may ganitong id.
receipt-wrong-pledge-code = Hindi para sa pangakong iyon ang receipt code na ito.
title-withdraw-pledge = Bawiin ang iyong pangako
title-withdraw-report = Bawiin ang iyong ulat
title-corrected = Naitama ang iyong ulat
pledge-withdrawn = Nabawi ang iyong pangako.
title-pledge-withdrawn = Nabawi ang pangako
title-withdrawn = Nabawi ang iyong ulat
title-not-withdrawn = Hindi nabawi
saved-lead = Pareho pa rin ang iyong receipt code.
saved-see = Tingnan ang iyong ulat
withdraw-pledge-lead = Binubura ng pagbawi ang iyong pangako; hindi na ito mabibilang sa pahina ng welga.
withdraw-report-lead = Binubura ng pagbawi ang laman ng iyong ulat at inaalis ito sa bawat pahina at bilang.
withdraw-final = Hindi na ito maibabalik.
withdraw-yes = Oo, bawiin ito
withdraw-no = Hindi, itago ito
withdrawn-lead = Nabura ang laman nito at hindi na ito lalabas saanman sa Clickline.
withdrawn-home = Home
notice-continue = Magpatuloy

## Reports

report-rating-about = Rating tungkol kay
report-grievance-about = Reklamo tungkol kay
report-on = sa
report-filed = In-file noong { $day } ng isang manggagawa sa { $country }.
report-corrected-since = Naitama na mula noon.
report-task = Task
report-pay = Bayad
report-pay-for = { $pay } para sa { $minutes } minuto
report-hourly = Bayad kada oras
report-paid = Binayaran
report-after-days = pagkalipas ng { $days ->
    [one] { $days } araw
   *[other] { $days } araw
}
report-rejected = Tinanggihan
report-communication = Komunikasyon
report-recommends = Nagrerekomenda
report-tos = Lumabag sa patakaran ng platform
report-broken = Sirang task
report-comment = Komento
report-category = Kategorya
report-status = Status
report-when = Kailan
report-at-stake = Nakataya
report-what-happened = Ano ang nangyari
report-put-right = Ano ang makapagtatama nito
report-organizers-note = Tala ng mga organizer
flag-title = May mali ba sa ulat na ito?
flag-because = Hilingin sa mga moderator na tingnan ito dahil
flag-note = Anumang dapat malaman ng mga moderator
flag-submit = I-flag para masuri
flag-own = Ikaw ba ang nag-file ng ulat na ito? <a href="/receipt?id={ $id }">Itama o bawiin ito</a> gamit ang iyong receipt code.
title-flag = I-flag ang ulat
title-thanks = Salamat
flagged-lead = Titingnan ng mga moderator ang ulat na ito. Mananatili itong nakikita hanggang magpasya sila.
flagged-back = Bumalik sa ulat
card-rating = Rating
card-grievance = Reklamo:
card-worker-in = manggagawa sa { $country }
card-corrected = naitama
card-full-report = Buong ulat
requester-id-on = Requester
requester-aka = kilala rin bilang
requester-rate = I-rate ang requester na ito
requester-report = Mag-ulat ng problema sa kanila
requester-all-csv = lahat ng requester bilang CSV
requester-no-reports = Walang nakikitang ulat.
platform-rate-on = Mag-rate ng requester sa { $platform }
platform-no-reports = Wala pang ulat tungkol sa { $platform }.
title-scorecards = Mga scorecard
platforms-lead = Pumili ng platform para mabasa ang iniuulat ng mga manggagawa tungkol dito. Wala ang sa iyo? Sabihin sa amin sa isang ulat sa ilalim ng pinakamalapit.
platforms-all-csv = Lahat ng scorecard ng requester:
platforms-how = paano kinukuwenta ang mga bilang
pagination-label = Mga pahina
pagination-newest = Pinakabagong mga ulat
pagination-older = Mas luma

## Lists and scorecards

lists-title = Kung saan pinakamahirap ang kalagayan ng mga manggagawa
lists-among = Sa mga requester na may hindi bababa sa { $min } rating.
lists-lowest-pay = Pinakamababang bayad
lists-median-hourly = median { $median } kada oras, { $ratings ->
    [one] { $ratings } rating
   *[other] { $ratings } rating
}
lists-worst-unpaid = Pinakamadalas hindi magbayad
lists-unpaid = { $share } hindi buong nabayaran
lists-most-grievances = Pinakamaraming reklamo
lists-grievances = { $count ->
    [one] { $count } reklamo
   *[other] { $count } reklamo
}
scorecard-on-strike = <strong>Nagwewelga:</strong> nanawagan ang mga manggagawa ng welga laban dito mula { $date }: “{ $title }”. <a href="/strikes/{ $id }">Huwag tanggapin ang trabahong ito; basahin ang panawagan</a>.
scorecard-title = Scorecard
scorecard-caption = Ang iniuulat ng mga manggagawa (mga bilang na kinuwenta noong { $date }; <a href="/methodology">paano</a>)
scorecard-col-figure = Bilang
scorecard-col-all = Mula noon
scorecard-col-recent = Nakaraang 90 araw
scorecard-monthly = Buwan-buwan
scorecard-monthly-caption = Median na bayad kada oras bawat buwan sa nakaraang 12 buwan; hindi isinasama ang mga buwang mas kaunti ang rating kaysa inilalathala ng Clickline.
scorecard-chart-figures = Ang mga bilang ng tsart
scorecard-col-month = Buwan
scorecard-col-ratings = Mga rating
scorecard-col-median = Median na bayad kada oras
scorecard-col-unpaid = Hindi buong nabayaran
scorecard-by-country = Ayon sa bansa
scorecard-col-workers-in = Mga manggagawa sa
scorecard-no-countries = Kulang ang data: lumalabas lamang ang mga bansa kung sapat ang nag-ulat, para walang matukoy.
scorecard-grievances = Mga reklamo
scorecard-no-grievances = Walang iniulat na reklamo.
scorecard-other-countries = Ibang mga bansa nang magkakasama
scorecard-too-few = masyadong kaunti para ipakita
scorecard-spread = { $median } (gitnang kalahati { $low }–{ $high })
scorecard-days = { $days ->
    [one] { $days } araw
   *[other] { $days } araw
}
trend-title = Median na bayad kada oras bawat buwan: { $name }
trend-description = Median na bayad kada oras sa US dollar para sa bawat isa sa nakaraang 12 buwan; pareho ang mga bilang sa talahanayan sa ibaba.
figure-ratings = Mga rating
figure-hourly-usd = Bayad kada oras (US$)
figure-hourly-eur = Bayad kada oras (€)
figure-below-minimum-wage = Binayaran nang mas mababa sa legal na minimum wage ng bansa
figure-unpaid = Hindi o bahagya lamang binayaran
figure-rejected = Tinanggihang trabaho
figure-wait = Median na paghihintay sa bayad
figure-answered = Sumagot sa mga mensahe ng manggagawa
figure-recommend = Inirerekomenda ng mga manggagawa
figure-tos = Mga task na lumabag sa patakaran
figure-broken = Mga sirang task
stars-pay = Bayad
stars-payment-reliability = Pagiging maaasahan ng bayad
stars-evaluation = Pagsusuri at pagtanggi
stars-communication = Komunikasyon
stars-task-quality = Kalidad ng task
stars-of-five = { $stars } sa 5

## Methodology

title-methodology = Paano kinukuwenta ng Clickline ang mga bilang nito
method-lead = Bawat bilang sa Clickline ay galing sa iniuulat ng mga manggagawa, at pare-pareho ang pagkuwenta para sa bawat requester at platform. Narito kung paano mismo, para masuri at masipi mo ito.
method-figures = Ang mga bilang
method-figures-intro = Mga nakikitang rating lamang ang binibilang: hindi kasama ang mga binawi ng sumulat o itinago ng mga moderator. Ipinapakita ang bawat isa para sa buong panahon at sa nakaraang 90 araw (ngayon at ang 89 na araw bago nito). Ang bilang na walang mabibilang ay nagsasabing “kulang ang data”, hindi kailanman 0.
method-hourly = Bayad kada oras
method-hourly-def = Bayad sa trabaho ÷ minutong inabot (kasama ang hindi bayad na paghahanda, ayon sa ulat) × 60, na kinonvert sa US dollar at euro gamit ang talahanayan ng exchange rate sa ibaba. Ipinapakita namin ang median at ang gitnang kalahati (ika-25 hanggang ika-75 percentile). Ang median ng pares na bilang ng rating ay ang average ng dalawang nasa gitna; linear ang interpolation ng mga percentile sa pagitan ng pinakamalapit na ranggo.
method-below-min = Mas mababa sa minimum wage
method-below-min-def = Bahagi ng mga rating na ang bayad kada oras ay mas mababa sa legal na minimum wage kada oras ng bansa ng manggagawa (talahanayan sa ibaba), sa mga rating mula sa mga bansang nasa talahanayan.
method-unpaid = Hindi o bahagya lamang binayaran
method-unpaid-def = Sa mga rating na nagsasabi kung binayaran (oo, bahagya, hindi), ang bahaging hindi buong nabayaran. Hindi binibilang ang mga nakabinbing bayad.
method-rejected = Tinanggihang trabaho
method-rejected-def = Bahagi ng mga rating na may tinanggihang bahagi o buong trabaho.
method-wait = Median na paghihintay sa bayad
method-wait-def = Median ng mga araw bago ang bayad, sa mga rating na nagbibigay nito.
method-answered = Sinagot na mensahe
method-answered-def = Sinagot ÷ (sinagot + hindi sinagot); hindi kasama ang mga hindi sumubok makipag-ugnayan.
method-shares = Rekomendasyon, paglabag sa patakaran, sirang task
method-shares-def = Mga bahagi ng rating.
method-stars = Mga bituin
method-stars-intro = Bawat aspeto ay may 1 hanggang 5 bituin, bilugan sa kalahating bituin, mula sa mga bilang ng buong panahon, kapag may hindi bababa sa { $min } rating ang target:
method-withhold = Ang hindi namin inilalathala para protektahan ang mga manggagawa
method-withhold-groups = Inilalathala lamang ang hati ayon sa bansa at buwan para sa grupo ng hindi bababa sa { $min } rating. Pinagsasama ang maliliit na bansa bilang “ibang mga bansa nang magkakasama”, na ipinapakita lamang kapag umabot sa { $min }.
method-withhold-lists = Kasama lamang sa mga listahan ng pinakamasamang requester ang may hindi bababa sa { $min } rating.
method-withhold-day = Dala ng mga ulat ang araw ng pag-file, hindi kailanman ang oras; hindi kami nag-iimbak ng IP address o detalye ng browser.
method-fresh = Gaano kabago
method-fresh-def = { $days ->
    [0] Walang antala ang paglalathala sa instance na ito (setting para sa demo o test): binibilang ang mga ulat ilang segundo matapos ipadala. Karaniwang inilalathala ng Clickline nang sabay-sabay bawat araw.
   *[other] Inilalathala ang mga ulat nang sabay-sabay bawat araw: ang ulat na ipinadala sa isang araw ay binibilang sa mga scorecard, listahan, download, feed at alerto ng welga simula sa umpisa ng araw na { $days } araw pagkatapos (UTC), kasama ang lahat ng ulat ng araw na iyon, para walang pahinang makapagsabi kung anong oras ito ipinadala. Naghihintay din sa susunod na batch ang mga pagtatama. Ang pagbawi o desisyon ng moderator ay makikita saanman sa loob ng dalawang segundo.
}
method-rates = Mga exchange rate
method-rates-def = { $count } pera, noong { $date }. Pinagmulan:
method-wages = Mga minimum wage
method-wages-def = Talahanayan noong { $date }. Ang minimum kada oras ay ang legal na halaga ÷ ang oras ng panahong ginagamit ng batas (isang araw, isang buwan).
method-col-country = Bansa
method-col-legal = Legal na minimum
method-col-hours = Oras
method-col-hourly = Kada oras
method-col-hourly-usd = Kada oras sa US$
method-col-since = Mula
method-col-source = Pinagmulan
method-data = Open data
method-data-def = Makukuha ang mga scorecard bilang JSON (<code>/api/v1/requesters/{"{"}platform{"}"}/{"{"}id{"}"}</code>, <code>/api/v1/platforms/{"{"}slug{"}"}</code>) at bilang isang CSV ng lahat ng requester (<code>/api/v1/scorecards.csv</code>), sa ilalim ng CC BY 4.0.
title-rating-about = Rating tungkol sa { $platform }
title-grievance-about = Reklamo tungkol sa { $platform }
flag_reason-personal_data = Inilalantad nito ang pagkakakilanlan o personal na data ng isang tao
flag_reason-false_or_misleading = Mukha itong mali o nakalilinlang
flag_reason-abusive = Mapang-abuso o mapoot ito
flag_reason-spam = Spam o patalastas ito
flag_reason-other = Iba pa
choose-flag_reason = Pumili ng dahilan: { $allowed }.

## Strikes and channels

title-strikes = Mga welga
title-pledge = Pangako
title-pledged = Salamat sa iyong pangako
title-undercut = Iulat ang pagsira sa welga
title-channels = Mga channel ng bansa
title-channel = Channel ng { $country }
strike-closed = Hindi na tumatanggap ng pangako ang welgang ito.
undercut-recorded = Naitala nang anonimo ang iyong ulat ng pagsira sa welga. Nakikita ng mga organizer kung saan tumatagas ang welga.
alert-message = Nagwewelga ang mga manggagawa sa { $countries } laban sa { $platform } mula { $date }: huwag tanggapin ang mga task ng { $platform }.
strike-against = Laban sa
strike-requesters = mga requester
strike-called-in = ipinanawagan sa
strike-from = mula { $from }
strike-from-to = mula { $from } hanggang { $to }
strike-demands = Mga kahilingan
strike-map-title = Kung saan hinihingi, ipinapangako at tumatagas ang pakikiisa
strike-col-asked = Hiling
strike-col-pledges = Mga pangako
strike-col-undercuts = Mga ulat ng pagsira sa welga
strike-asked-called = ipinanawagan ang welga
strike-asked-solidarity = hiningi ang pakikiisa
strike-asked-not_asked = hindi hiningi
fewer-than = mas kaunti sa { $n }
strike-leaking = (tumatagas)
strike-no-countries = Wala pang bansa.
strike-timeline = Takdang panahon
pledge-title = Mangakong hindi tatanggapin ang trabahong ito
pledge-lead = Anonimo: ayon sa bansa lamang namin binibilang ang mga pangako. Makakatanggap ka ng receipt code para bawiin ito.
pledge-submit = Nangangako akong hindi tatanggapin ang trabahong ito
undercut-title = Nakita mo bang ginagawa o inilipat sa iba ang trabahong ito?
undercut-country = Bansa kung saan mo ito nakita
undercut-choose-country = Pumili ng bansa
undercut-platform = Platform kung saan ito inalok
undercut-platform-optional = (opsyonal, slug)
undercut-note = Ang nakita mo
undercut-submit = Iulat ang pagsira sa welga
strike-manage-title = Mga organizer: baguhin ang status
save = I-save
strikes-lead = Mga panawagan ng welga ng mga organisasyon ng manggagawa. Kapag may welga sa isang bansa, huwag itong kunin sa ibang bansa.
strikes-find-channel = Hanapin ang channel ng iyong bansa
atom-feed = Atom feed
strikes-none = Wala pang panawagan ng welga.
pledged-lead = Nai-save ang iyong pangako para sa “{ $title }”. Binibilang ang mga pangako nang isang batch bawat araw, kaya walang bilang na nagpapakita kung kailan ka nangako.
pledged-keep = Id ng pangako: <code>{ $pledge }</code>. Itago ang dalawa kung gusto mong bawiin ang pangako sa <a href="/receipt?id={ $pledge }">/receipt</a> (o sa API: <code>DELETE /api/v1/strikes/{ $strike }/pledges/{ $pledge }</code> na may <code>Authorization: Receipt &lt;code&gt;</code>). Hindi na namin ipapakita ulit ang code.
pledged-back = Bumalik sa welga
channel-reports-here = Mga ulat ng mga manggagawa rito:
channel-ratings-fewer = mas kaunti sa { $n } rating
channel-ratings = { $n ->
    [one] { $n } rating
   *[other] { $n } rating
}
channel-grievances-fewer = mas kaunti sa { $n } reklamo
channel-grievances = { $n ->
    [one] { $n } reklamo
   *[other] { $n } reklamo
}
channel-alerts = Mga alerto ng pakikiisa
channel-no-alerts = Walang alerto para sa mga manggagawa sa { $country }.
channel-strikes-here = Mga welgang ipinanawagan dito
channel-none-now = Wala sa ngayon.
channel-announcements = Mga anunsyo
channel-no-announcements = Walang anunsyo.
channel-post-title = Mag-post ng anunsyo
channel-post-body = Anunsyo (Markdown)
channel-post-submit = I-post
channels-lead = May channel ang bawat bansa: mga welgang ipinanawagan doon, mga alerto mula sa mga welga sa ibang lugar na maaaring ilipat sa iyo ang trabaho, at balita mula sa iyong mga organizer.
channels-none = Wala pang aktibidad.

## Organizers

title-login = Login ng organizer
title-organize = Lugar ng mga organizer
title-password = Palitan ang iyong password
title-password-changed = Napalitan ang password
title-call-strike = Manawagan ng welga
title-moderation = Pila ng moderasyon
title-moderation-log = Log ng moderasyon
title-org-grievances = Mga reklamo mula sa iyong mga bansa
title-token-new = Bagong API token
title-tokens-revoked = Binawi ang mga token
title-organizers = Mga organizer
login-lead = Para sa mga organizer ng unyon at kolektibo. Hindi kailanman kailangan ng account ng mga manggagawa.
login-rate-limited = Masyadong maraming pagsubok mag-log in mula sa iyong koneksyon. Maghintay ng isang oras.
login-wrong = Mali ang email o password.
login-submit = Mag-log in
field-email = Email
field-password = Password
field-name = Pangalan
field-role = Papel
field-countries = Mga bansa
password-not-current = Hindi ito ang kasalukuyan mong password.
password-too-short = Gumamit ng hindi bababa sa 12 character.
password-differ = Magkaiba ang dalawang bagong password.
password-changed = Napalitan ang iyong password; na-log out ang ibang session.
password-current = Kasalukuyang password
password-new = Bagong password
password-new-hint = Hindi bababa sa 12 character.
password-confirm = Bagong password ulit
password-submit = Palitan ang password
moderation-choose-action = Piliin ang itago o ibalik.
moderation-reason-length = Magbigay ng dahilan na may 1 hanggang 500 character; mapupunta ito sa log ng moderasyon.
announcement-length = Sumulat ng 1 hanggang 5000 character.
token-new = Ang bago mong API token (isang beses lamang ipinapakita; hash lamang ang itinatago ng Clickline): { $token }
tokens-revoked = { $count ->
    [one] { $count } API token ang binawi.
   *[other] { $count } API token ang binawi.
}
organize-in = sa
organize-any-country = anumang bansa
organize-follow-grievances = Subaybayan ang mga <a href="/organize/grievances">reklamo</a> na in-file mula sa iyong mga bansa.
organize-announce = Mag-post ng mga anunsyo sa iyong mga channel:
organize-any-channel = anumang channel
organize-tokens = Mga API token
organize-tokens-lead = Tumatawag ang mga script sa organizer API gamit ang <code>Authorization: Bearer &lt;token&gt;</code>. Hash lamang ng bawat token ang itinatago ng Clickline.
organize-token-new = Gumawa ng bagong token
organize-token-revoke = Bawiin ang lahat ng token ko
org-nav-label = Lugar ng mga organizer
org-logged-in-as = Naka-log in bilang <strong>{ $name }</strong>
org-nav-overview = Buod
org-nav-grievances = Mga reklamo
org-nav-moderation = Moderasyon
org-logout = Mag-log out
strike-form-lead = Aalertuhin ng Clickline ang bawat ibang bansa kung saan ginagawa ang trabaho ng target na ito, para hindi ito basta makuha roon.
strike-field-title = Pamagat
markdown-allowed = Puwede ang Markdown.
strike-field-platform = Target na platform
strike-field-requesters = Mga id ng requester
strike-field-requesters-hint = Pinaghihiwalay ng kuwit; iwanang blangko para iwelga ang buong platform.
strike-field-called-in = Ipinanawagan sa (mga bansa)
strike-field-called-in-hint = Mga code ng bansa na pinaghihiwalay ng kuwit, gaya ng PH,ID. Sarili mong mga bansa lamang.
strike-field-starts = Magsisimula sa
strike-field-date-hint = YYYY-MM-DD, halimbawa { $today }.
strike-field-ends = Matatapos sa
strike-form-submit = Manawagan ng welga
organizers-created = Nagawa si <strong>{ $email }</strong>. Ibigay sa kanila ang mga ito nang isang beses; hash lamang ang itinatago ng Clickline:
organizers-add = Magdagdag ng organizer
organizers-countries-hint = Mga code na pinaghihiwalay ng kuwit, gaya ng FR,DE.
organizers-add-submit = Idagdag
moderation-report = Ulat { $id }
moderation-hidden = nakatago
moderation-visible = nakikita
moderation-reason = Dahilan (mapupunta sa log)
moderation-restore = Ibalik
moderation-hide = Itago
moderation-nothing = Walang naka-flag.
moderation-action-hide = itinago
moderation-action-restore = ibinalik
log-day = Araw
log-report = Ulat
log-action = Aksyon
log-reason = Dahilan
log-moderator = Moderator
log-empty = Wala pang moderasyon.
org-grievance = Reklamo { $id }
org-grievance-note = Pampublikong tala
org-grievances-none = Walang reklamo mula sa iyong mga bansa.
vouched-tag = May garantiya
report-held = Dumating ang rating na ito kasabay ng biglang dami ng rating sa parehong requester, kaya susuriin muna ito ng moderator bago ilathala. Wala ka nang kailangang gawin.
report-to-be-published = Ilalathala sa { $day }: inilalathala ang mga ulat nang sabay-sabay bawat araw para walang makaalam kung kailan ipinadala ang bawat isa. Maaari mo pa itong itama o bawiin gamit ang resibo mo.
report-correction-pending = Ilalathala ang pagtatama mo sa { $day }; hanggang doon, ganoon pa rin ang ulat.
figure-vouched = Sa mga ito, may garantiya ng organisador
scorecard-held = { $count } rating ang dumating nang kahina-hinalang sabay-sabay at hinihintay ang moderator; hindi sila binibilang hangga't hindi pinapalabas.
scorecard-held-why = Paano gumagana ang pagsusuri
moderation-held = hinawakan ng pagsusuri
moderation-held-correction = pagtatamang hinawakan ng pagsusuri (ipinapakita kung paano ito mababasa)
moderation-release = Ilabas (ilathala)
moderation-reject = Tanggihan
moderation-action-release = inilabas
moderation-action-reject = tinanggihan
organize-vouchers = Mga voucher
organize-vouchers-lead = Mamigay ng minsanang voucher nang personal o sa inyong mga channel. Ang rating o reklamo na may voucher ay minamarkahang may garantiya at hindi kailanman hinahawakan ng pagsusuri ng biglang dami. Hash lang ng bawat code ang itinatago ng Clickline, at walang ulat na nagtatala kung aling voucher, batch o organisador ang nagbigay ng garantiya.
field-voucher-count = Ilan (20 hanggang 1,000)
organize-vouchers-issue = Maglabas ng mga voucher
organize-follows = Mga platform na sinusundan ng inyong mga channel
organize-follows-lead = Inaalerto ang inyong mga bansa sa bawat welga laban sa mga platform na ito.
organize-follows-save = I-save
title-vouchers = Ang mga bago mong voucher
vouchers-lead = I-print o kopyahin ang mga code na ito ngayon: minsan lang ipapakita. Minsan lang magagamit ang bawat isa.
invalid-voucher-count = Maglagay ng buong numero mula { $min } hanggang { $max }.
invalid-voucher = May 20 na titik at numero ang voucher, gaya ng ABCD-EFGH-JKMN-PQRS-TUVW.
voucher-not-valid = Hindi kilala, nagamit na, o hindi na balido ang voucher na ito. Walang na-save; alisin ito o itanong sa organisador na nagbigay nito.
voucher-quota = Hanggang { $quota } voucher lang bawat araw ang maaaring ilabas ng isang organisador. Walang nailabas; subukan ulit bukas, o maglabas ng mas maliit na batch.
field-voucher = Voucher mula sa organisador
hint-voucher = Kung binigyan ka ng unyon o kolektibo ng voucher, ilagay ito: mamarkahang may garantiya ang ulat mo. Hindi ito iuugnay sa iyo o sa kanila.
voucher-only-when-filing = Maidaragdag lang ang voucher kapag nagpapadala ng ulat.
correction-keeps-target = Hindi maililipat ng pagtatama ang isang ulat sa ibang platform o requester. Bawiin ang ulat na ito gamit ang resibo nito at magpadala na lang ng bago.
legend-voucher = Voucher
method-screening = Pagsusuri bago ilathala
method-screening-def = Hindi dapat kayang galawin ng nire-rate ang sarili nitong mga numero. Bago ilathala ang bawat batch, sinusuri ang mga rating ng bawat requester; hinahawakan para sa moderator ang mga mukhang peke, na naglalabas o tumatanggi sa bawat isa nang may dahilan sa pampublikong talaan. Sinasabi ng mga scorecard kung ilan ang hinahawakan. Ang patakaran:
method-screening-burst = kapag ang batch ng isang requester ay may higit sa { $min } rating at higit sa { $factor } beses ng karaniwang bilang nito bawat araw sa nakaraang { $days } araw, kasindami lang ng kakayanin ng batch na mas mababa sa hangganang iyon ang inilalathala; hinahawakan ang iba, una ang mga sang-ayon sa karamihan ng dagsa (nagrerekomenda o hindi sa requester, gaya ng karamihan sa batch), kaya hindi maipapasok ng isang dagsa ang sarili nitong mga rating ni mahaharangan ang mga salungat;
method-screening-copies = hinahawakan ang { $count } o higit pang rating ng isang requester sa isang batch na pareho ang komento (hindi pinapansin ang malaki o maliit na titik, espasyo at bantas);
method-screening-network = hinahawakan ang rating kapag higit sa { $count } rating ng requester nito ang galing sa iisang network (IPv4 /24 o IPv6 /48) nang araw na iyon;
method-screening-platform = ganito rin ang patakaran sa batch ng bawat platform sa lahat ng requester nito, batay sa karaniwang bilang ng platform, at hinahawakan ang rating kapag higit sa { $count } rating ng platform nito ang galing sa iisang network nang araw na iyon;
method-screening-corrections = sinusuri ang mga pagtatama ng rating kasama ng batch kung saan ito inilalathala, binibilang sa parehong mga limitasyon gaya ng bagong rating, at hindi nito maililipat ang rating sa ibang platform o requester;
method-screening-limit = ang isang koneksyon ay makakapag-rate sa iisang requester nang hanggang { $count } beses bawat araw at makakapagpadala ng limitadong bilang ng ulat bawat oras (bawat /64 ang IPv6). Itinatago ang mga bilang na ito sa ilalim ng susi na nagbabago araw-araw at saka binubura.
method-screening-after = Hindi kailanman hinahawakan ang mga rating na may voucher ng organisador.
method-vouchers = Mga voucher
method-vouchers-def = Namimigay ang mga unyon at kolektibo ng minsanang voucher nang personal o sa kanilang mga channel. Ang ulat na may voucher ay minamarkahang may garantiya, at binibilang ng mga scorecard ang mga rating na may garantiya. Ang marka lang ang itinatago ng ulat: hash lang ng voucher ang iniimbak ng Clickline, hash lang ang natitira sa nagamit na voucher, at walang nagtatala kung aling voucher, batch o organisador ang nagbigay ng garantiya.
method-threats = Ano ang malalaman at hindi malalaman ng iba
method-threats-poller = Ang nagre-reload ng mga pahina bawat segundo ay araw lang ng ulat ang malalaman: lumalabas ito kasama ng iba pang ulat ng araw na iyon, sa pagkakasunod na walang sinasabi.
method-threats-thief = Ang magnanakaw ng database ay walang makikitang IP address, browser, eksaktong oras o account: araw lang ng bawat ulat, hash ng mga resibo at voucher, at mga bilang sa ilalim ng susing isang araw lang. Kung wala ang lihim na susi ng server, hindi maiuugnay ang bilang sa address; kapag nabura na ang susi ng araw, wala nang makakagawa nito.
method-threats-oplog = Ang database na tumatakbo bilang MongoDB replica set ay nagtatago ng talaan ng mga kamakailang pagsulat (oplog) kasama ang oras, hangga't naka-configure. Ang makakabasa nito sa panahong iyon ay makikita kung kailan isinulat ang ulat. Panatilihing maikli ang panahong iyon at kasinghigpit ng database ang access dito.
title-cross-site = Ipinadala mula sa ibang site
cross-site-refused = Ipinadala ang form na ito mula sa ibang site, hindi mula sa pahina ng Clickline, kaya walang ginawa: hindi dapat makapagpadala, makapagbago o makapagbawi ang ibang site ng anuman sa ngalan mo. Kung sinadya mo ito, buksan ang form sa Clickline mismo at ipadala ulit.

## Organizer access

forbidden-password-change = Ginagamit mo pa ang unang password na nakita ng ibang tao. Magtakda muna ng bago.
forbidden-own-access = Hindi mababago ng admin ang sarili niyang tungkulin o ma-disable ang sarili; humingi ng tulong sa ibang admin.
login-wait = Masyadong maraming maling password para sa account na ito mula sa iyong koneksyon. Maghintay ng { $seconds } segundo at subukang muli.
login-disabled = Naka-disable ang organizer account na ito. Lumapit sa isang admin.
password-same = Dapat iba ang bagong password sa kasalukuyan.
password-initial = Naka-log in ka gamit ang unang password na nakita ng ibang tao. Pumili ng bago para magpatuloy.
organizers-state = Katayuan
organizers-disabled = Naka-disable
organizers-initial-password = Hindi pa napapalitan ang unang password
organizers-active = Aktibo
organizers-changed = Na-save ang access ni { $email }.
organizers-access = Mga tungkulin, bansa at access
organizers-access-hint = Kapag na-disable ang account, agad na natatapos ang mga session at API token nito. Ang binagong tungkulin o bansa ay may bisa mula sa susunod na pahinang bubuksan niya.
organizers-disable = Naka-disable (walang login, walang API token)
organizers-access-submit = I-save
field-token-valid = May bisa nang
token-valid-days = { $days } araw
token-valid-never = Walang pagtatapos
invalid-token-validity = Pumili ng isa sa mga inaalok na tagal.

## The work behind the work

legend-more-work = Higit pa tungkol sa trabahong ito
more-work-lead = Opsyonal ang lahat dito. Ipinapakita nito ang hindi nakikita ng bayad-kada-task: oras na hindi bayad, pagka-screen out, kung para kanino talaga ang trabaho at para saan.
field-bonus-amount = Bonus
hint-bonus-amount = Anumang bonus bukod sa bayad; kasama ito sa bayad kada oras.
field-bonus-currency = Pera ng bonus
field-unpaid_minutes = Minutong hindi bayad
hint-unpaid_minutes = Sa mga minuto sa itaas, ilan ang hindi binayaran: paghahanap ng task, qualification test, screener, instruksiyon, paghihintay.
invalid-unpaid-minutes = Maglagay ng buong bilang ng minuto mula 0 hanggang { $max } (hindi hihigit sa itinagal ng trabaho).
field-outcome = Paano ito natapos?
choose-outcome = Piliin kung paano natapos ang trabaho.
unknown-outcome = Ang '{ $value }' ay hindi isa sa mga sagot kung paano natapos ang trabaho; gamitin ang isa sa: { $allowed }.
outcome-completed = Natapos ko
outcome-screened_out = Na-screen out ako
outcome-not_finished = Hindi ko natapos
field-payment_form = Sa anong paraan ka binayaran?
choose-payment_form = Piliin kung sa anong paraan ka binayaran.
unknown-payment_form = Ang '{ $value }' ay hindi isa sa mga sagot tungkol sa paraan ng bayad; gamitin ang isa sa: { $allowed }.
payment_form-money = Pera
payment_form-gift_card = Gift card
payment_form-points = Points
payment_form-in_kind = Produkto o serbisyo
field-purpose = Para saan ang trabaho?
choose-purpose = Piliin kung para saan ang trabaho.
choose-purpose-option = Hindi sigurado / ayaw sabihin
unknown-purpose = Ang '{ $value }' ay hindi isa sa mga layuning binibilang ng Clickline; gamitin ang isa sa: { $allowed }.
purpose-ai_training = Pagsasanay ng AI
purpose-content_moderation = Content moderation
purpose-surveillance = Pagmamanman o face recognition
purpose-military = Gamit militar
purpose-fake_engagement = Pekeng like, review o account
purpose-research = Pananaliksik
purpose-marketing = Marketing
purpose-other = Iba pa
purpose-unknown = Hindi sinabi sa akin
field-harmful_content = Nagpakita ito sa akin ng marahas, sekswal o mapoot na materyal
say-whether-harmful_content = Sabihin kung nagpakita sa iyo ang trabaho ng mapanganib na materyal.
field-end_client_disclosed = Sinabi ba sa iyo kung para kanino talaga ang trabaho?
say-whether-end_client_disclosed = Sabihin kung sinabi sa iyo kung para kanino ang trabaho.
field-evaluation_explained = Sinabi ba sa iyo kung paano huhusgahan ang iyong trabaho?
say-whether-evaluation_explained = Sabihin kung sinabi sa iyo kung paano huhusgahan ang iyong trabaho.
yes-no-unknown = Hindi sigurado
field-end_client = Para kanino talaga ito?
hint-end_client = Ang kumpanya sa likod ng requester, kung alam mo. Sinusuri ito ng mga moderator bago may mailathala.
figure-unpaid-time = Bahagi ng oras na hindi bayad
figure-screened-out = Na-screen out
figure-not-money = Binayaran ng gift card, points o produkto
figure-harmful = Nagpakita ng mapanganib na materyal
figure-end-client-disclosed = Sinabi kung para kanino
figure-evaluation-explained = Ipinaliwanag ang paghusga
scorecard-purposes = Para saan ang trabaho, ayon sa mga manggagawa
scorecard-harmful = Iniuulat ng mga manggagawa na nagpakita sa kanila ang trabahong ito ng marahas, sekswal o mapoot na materyal. Kung naapektuhan ka, hindi ka nag-iisa: sinasabi ng mga organizer sa iyong bansa kung saan makakahanap ng tulong.
scorecard-harmful-country = Ang iyong bansa
scorecard-harmful-go = Humanap ng tulong
method-bonus-def = Kasama ang bonus: (bayad + bonus) ÷ minuto × 60, bawat isa ay kino-convert nang hiwalay.
method-unpaid-time = Bahagi ng oras na hindi bayad
method-unpaid-time-def = Kabuuan ng minutong hindi bayad ÷ kabuuan ng minuto, sa mga rating na nagbibigay ng minutong hindi bayad (paghahanap, qualification test, screener, instruksiyon, paghihintay). Ipinapakita sa tabi ng bayad kada oras dahil ipinapaliwanag nito iyon.
method-screened-out = Na-screen out
method-screened-out-def = Bahagi ng mga rating na na-screen out ang manggagawa (tinapos ng screener o test ang task). Ipinapakita sa tabi ng bayad kada oras dahil ipinapaliwanag nito iyon.
method-not-money = Binayaran ng gift card, points o produkto
method-not-money-def = Bahagi ng mga rating na binayaran ng hindi pera.
method-harmful = Nagpakita ng mapanganib na materyal
method-harmful-def = Bahagi ng mga rating na ang trabaho ay nagpakita ng marahas, sekswal o mapoot na materyal. Ang scorecard na may ganitong rating ay tumuturo sa support page ng channel ng bansa ng mambabasa.
method-disclosed = Sinabi kung para kanino; ipinaliwanag ang paghusga
method-disclosed-def = Bahagi ng oo sa mga rating na sumasagot; hindi binibilang ang "hindi sigurado".
method-purposes = Para saan ang trabaho
method-purposes-def = Bilang ng mga rating na nagbabanggit ng bawat layunin, sa mga nagbabanggit ng isa.
title-support-page = Suporta para sa mga manggagawa sa { $country }
support-none = Hindi pa sumusulat ng support page ang mga organizer ng channel na ito.
support-updated = Isinulat ng mga organizer ng channel; huling binago noong { $date }.
support-always = Anuman ang iyong bansa
support-always-stop = Maaari mong itigil ang task na nagpapakita sa iyo ng marahas, sekswal o mapoot na materyal. Mas mahalaga ang iyong kalusugan kaysa anumang rating.
support-always-report = I-report ito sa Clickline nang anonymous: mababalaan ang iba, at maaaring kumilos ang mga organizer.
support-always-talk = Makipag-usap sa taong pinagkakatiwalaan mo, o sa isang unyon; hindi mo kailangang pasanin ito nang mag-isa.
support-channel = Ang pahina ng channel
support-report = I-report ang mapanganib na nilalaman
support-write = Isulat ang pahinang ito
support-write-label = Support page (Markdown)
support-write-hint = Kung saan makakahanap ng tulong ang mga manggagawa sa bansang ito: hotline, unyon, counselling, karapatan. Ipinapakita sa lahat ayon sa pagkakasulat mo.
support-write-submit = I-save ang support page
support-length = Sumulat ng 1 hanggang { $max } na karakter.

## Companies, pressure and supporters

nav-companies = Mga kompanya
title-companies = Mga kompanya sa likod ng mga account
companies-lead = Maraming requester ang harapan lamang: ang trabaho ay para sa isang kompanya sa likod nila, madalas sa ibang bansa. Narito ang mga kompanyang kilala ng Clickline, kasama ang mga account na kumpirmadong kanila. Bawat ugnayan ay dokumentado sa aming panimulang katalogo o kinumpirma ng isang moderator.
companies-col-company = Kompanya
companies-col-based-in = Nakabase sa
companies-col-accounts = Mga platform at account
companies-none = Wala pang kompanya.
company-operates-short = nagpapatakbo ng { $platform }
company-propose-link = Magmungkahi ng kompanya o ugnayan
company-based-in = Nakabase sa
company-based-in-unknown = Hindi pa alam ang bansang pinagbabasehan
company-operates = Nagpapatakbo ng
company-operated-by = Platform na pinatatakbo ng
company-behind = Kompanya sa likod ng account na ito:
company-accounts = Mga account
company-no-accounts = Wala pang requester account na kumpirmadong pag-aari ng kompanyang ito.
company-sources = Mga pinagmulan:
company-figures-cover = Saklaw ng mga bilang na ito ang mga nailathalang rating ng lahat ng account sa itaas, sa bawat platform.
company-propose-account-title = Isang account na pag-aari ng kompanyang ito
company-propose-country-title = Kung saan nakabase ang kompanya
company-propose-lead = Kahit sino ay puwedeng magmungkahi, nang hindi nagpapakilala. Susuriin ng isang moderator ang iyong ebidensiya at kukumpirmahin o tatanggihan ang mungkahi; hanggang doon, hindi ito binibilang kahit saan.
company-name-field = Pangalan ng kompanya
company-evidence = Ebidensiya
company-evidence-hint = Saan ito masusuri ng moderator? Mga link, rehistro ng kompanya, impormasyong legal, kontrata. Markdown; tinatanggal ang personal na datos.
company-propose-submit = Ipadala ang mungkahi
company-based-in-field = Bansang pinagbabasehan
company-choose-country = Pumili ng bansa
company-no-account-option = Walang account: bansang pinagbabasehan ang mungkahi ko
company-or = (o isang account sa itaas)
requester-propose-company = Alam mo ba ang kompanya sa likod ng requester na ito?
title-company-proposal = Magmungkahi ng ugnayan sa kompanya
title-company-proposed = Salamat sa iyong mungkahi
company-proposed-lead = Naghihintay sa moderator ang mungkahi mo tungkol sa “{ $company }”.
company-proposed-redacted = Tinanggal namin ang personal na datos sa iyong ebidensiya:
company-proposed-keep = Id ng mungkahi: <code>{ $id }</code>. Itago ito kasama ng code para bawiin ang mungkahi habang naghihintay (API: <code>DELETE /api/v1/companies/proposals/{ $id }</code> na may <code>Authorization: Receipt &lt;code&gt;</code>). Hindi na namin ipapakita muli ang code.
invalid-company-empty = Ibigay ang pangalan ng kompanya.
invalid-company-name = Kailangan ng pangalan ng kompanya ng kahit isang letrang Latin o numero.
invalid-company-name-long = Masyadong mahaba ang pangalan ng kompanya (hanggang { $max } karakter).
invalid-proposal-both = Magmungkahi ng account o ng bansang pinagbabasehan, hindi ng dalawa nang sabay.
invalid-proposal-neither = Ibigay ang platform at requester id, o ang bansang pinagbabasehan.
invalid-evidence-short = Ibigay ang iyong ebidensiya (hindi bababa sa { $min } karakter).
decision-confirm = kumpirmahin
decision-reject = tanggihan
choose-decision = Pumili ng desisyon: { $allowed }.
unknown-decision = Hindi desisyon ang “{ $value }”; gamitin ang isa sa { $allowed }.
proposal-already-decided = Napagpasyahan na ang mungkahing ito.
title-proposals = Mga mungkahi tungkol sa kompanya
proposal-label = Mungkahi { $id }
proposal-from-rating = binanggit ng isang manggagawa sa isang rating
proposal-claims-account = Sinasabing pag-aari ng kompanya ang account na ito:
proposal-claims-based-in = Sinasabing nakabase ang kompanya sa
proposal-confirm = Kumpirmahin
proposal-reject = Tanggihan
proposals-nothing = Walang naghihintay na mungkahi.
log-proposal = mungkahi { $id }
moderation-action-confirm_proposal = kinumpirma ang mungkahi
moderation-action-reject_proposal = tinanggihan ang mungkahi
pressure-message = Nagwewelga ang mga manggagawa sa { $countries } mula { $date } laban sa trabaho sa { $platform } para sa isang kliyenteng nakabase rito: ang mga customer, mamamahayag at unyon dito ay puwedeng magpresyon dito.
channel-pressure-alerts = Mga alerto ng presyon
channel-pressure-lead = Mga welga sa ibang lugar laban sa mga kliyenteng nakabase sa bansang ito. Hindi rito ginagawa ang trabaho, pero puwede kang kumilos kung nasaan ang kliyente.
channel-no-pressure = Walang welgang tumutukoy sa kliyenteng nakabase sa { $country } sa ngayon.
strike-asked-pressure = presyon kung saan nakabase ang kliyente
strike-pressure-in = Nakabase ang kliyente sa:
strike-supporters-title = Mga tagasuporta
strike-supporters-lead = Sinusuportahan ang welgang ito ng mga taong hindi manggagawa (mga customer, mamamahayag, mananaliksik). Binibilang ayon sa bansa, hiwalay sa mga pangako ng manggagawa.
strike-col-supporters = Mga tagasuporta
strike-no-supporters = Wala pang tagasuporta.
support-title = Hindi ka manggagawa? Suportahan ang welgang ito
support-lead = Hindi nagpapakilala: binibilang lang namin ang mga tagasuporta ayon sa bansa. Makakatanggap ka ng receipt code para bawiin ang iyong suporta.
support-country = Bansang kinaroroonan mo
support-submit = Sinusuportahan ko ang welgang ito
strike-closed-support = Hindi na tumatanggap ng tagasuporta ang welgang ito.
title-support = Suportahan
title-supported = Salamat sa iyong suporta
supported-lead = Nai-save ang suporta mo sa “{ $title }”. Binibilang ang suporta nang isang batch bawat araw, kaya walang bilang na nagpapakita kung kailan mo ito ibinigay.
supported-keep = Id ng suporta: <code>{ $support }</code>. Itago ito kasama ng code para bawiin ang iyong suporta sa API: <code>DELETE /api/v1/strikes/{ $strike }/support/{ $support }</code> na may <code>Authorization: Receipt &lt;code&gt;</code>. Hindi na namin ipapakita muli ang code.

## Extension and Turkopticon

extension-title = Gamitin ang Clickline sa mga tool na mayroon ka na
extension-lead = Tingnan ang mga rating ng Clickline sa tabi ng bawat task sa Amazon Mechanical Turk, nang hindi umaalis sa listahan ng mga task.
extension-shown = Ang ipinapakita nito
extension-shown-list = Sa tabi ng bawat requester: median na bayad kada oras, bahagdan ng hindi nabayaran, bahagdan ng pagtanggi at bilang ng mga rating, mga rating na pinatunayan at naka-hold para suriin, isang paalala kapag may tawag na welga laban sa requester o sa MTurk, at mga link sa scorecard at sa isang rating form na may nakalagay nang requester at task. Kapag kulang ang mga rating, sinasabi nito iyon, hindi kailanman 0.
extension-privacy = Ang extension at ang userscript ay nagtatanong sa Clickline na ito tungkol lamang sa mga requester sa pahinang tinitingnan mo: walang account, walang tracking, walang cookie, walang ibang site na kinokontak. Ang worker.mturk.com lamang ang kaya nilang basahin.
extension-unavailable = Wala ang mga file ng extension sa installation na ito ng Clickline.
extension-screenshot-alt = Isang listahan ng task sa worker.mturk.com na may mga numero ng Clickline sa ilalim ng bawat requester: median na bayad kada oras, bahagdan ng hindi nabayaran, bahagdan ng pagtanggi, bilang ng mga rating at isang paalala ng welga.
extension-chromium = Chrome, Chromium, Edge, Brave
extension-chromium-download = I-download ang extension at i-unzip ito sa isang folder na itatago mo.
extension-zip-link = I-download ang extension (zip)
extension-chromium-developer = Buksan ang pahina ng mga extension at i-on ang developer mode:
extension-chromium-load = Piliin ang "Load unpacked" at piliin ang folder.
extension-options = Ginagamit ng extension ang Clickline na ito ({ $address }). Para gumamit ng iba, palitan ang address sa mga opsyon ng extension.
extension-options-none = Buksan ang mga opsyon ng extension at ilagay ang address ng Clickline na ito.
extension-firefox = Firefox
extension-firefox-steps = Buksan ang pahina sa ibaba, piliin ang "Load Temporary Add-on" at piliin ang file na manifest.json ng na-unzip na folder. Nakakalimutan ng Firefox ang mga pansamantalang add-on kapag isinara ito; para manatili ang Clickline, gamitin ang userscript.
extension-userscript = Userscript (Tampermonkey, Violentmonkey)
extension-userscript-steps = I-install ang Tampermonkey o Violentmonkey mula sa add-on store ng iyong browser, saka buksan ang userscript: mag-aalok ang manager na i-install ito.
extension-userscript-link = I-install ang userscript
extension-turkopticon = Mga tool na bumabasa ng Turkopticon
extension-turkopticon-intro = Ang MTurk Suite, HIT Forker at iba pang script na nagpapakita ng mga rating ng Turkopticon ay maaaring magpakita ng sa Clickline: sa kanilang settings, palitan ang address ng Turkopticon ng address ng Clickline na ito.
extension-turkopticon-to2 = Turkopticon 2 API
extension-turkopticon-to1 = Turkopticon 1 API
prefill-invalid = Pinunan ito ng link ng halagang hindi matatanggap ng Clickline, kaya iniwan itong walang laman. Pakilagay ito mismo.
form-task-title = Task: { $title }
