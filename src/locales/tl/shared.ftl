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
# The month as a full date writes it (a declined form where the language
# declines it, else the same as above).
month-of-day-1 = Enero
month-of-day-2 = Pebrero
month-of-day-3 = Marso
month-of-day-4 = Abril
month-of-day-5 = Mayo
month-of-day-6 = Hunyo
month-of-day-7 = Hulyo
month-of-day-8 = Agosto
month-of-day-9 = Setyembre
month-of-day-10 = Oktubre
month-of-day-11 = Nobyembre
month-of-day-12 = Disyembre
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
invalid-fields-unknown = Hindi kilalang mga field: { $names }. Pangalanan ang mga field ng scorecard o ang mga bahagi nito, gaya ng held_for_review o all.ratings (tingnan ang /api/v1/openapi.json).
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
invalid-strike-language = Ang '{ $value }' ay hindi isa sa mga wika ng Clickline.
invalid-strike-translation-same = Ito ang wikang ginamit sa panawagan; ilagay ang teksto sa pamagat at mga kahilingan sa itaas.
forbidden-strike-countries = Nag-oorganisa ka sa { $yours }, hindi sa { $outside }: sa sarili mong mga bansa lamang puwedeng manawagan ng welga.
forbidden-strike-change = Ang mga organizer lamang ng mga bansang pinagtawagan nito ang puwedeng magbago ng welgang ito.
forbidden-moderators = Mga moderator lamang ang puwedeng gumawa nito.
forbidden-grievance-country = Galing ang reklamong ito sa { $country }, labas sa iyong mga bansa.
forbidden-channel = Mga organizer lamang ng { $country } ang puwedeng mag-post sa channel nito.
forbidden-admins = Mga administrator lamang ang namamahala sa mga organizer.
forbidden-csrf = Nag-expire na ang form na ito; bumalik, i-reload ang pahina at subukan ulit.

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
error-429-daily = Nagawa na ito mula sa koneksyong ito nang pinakamaraming beses na puwede sa isang araw. Walang na-save; subukan ulit bukas.
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
