### Clickline, Swahili (Kiswahili).
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## Dates

month-1 = Januari
month-2 = Februari
month-3 = Machi
month-4 = Aprili
month-5 = Mei
month-6 = Juni
month-7 = Julai
month-8 = Agosti
month-9 = Septemba
month-10 = Oktoba
month-11 = Novemba
month-12 = Desemba
# The month as a full date writes it (a declined form where the language
# declines it, else the same as above).
month-of-day-1 = Januari
month-of-day-2 = Februari
month-of-day-3 = Machi
month-of-day-4 = Aprili
month-of-day-5 = Mei
month-of-day-6 = Juni
month-of-day-7 = Julai
month-of-day-8 = Agosti
month-of-day-9 = Septemba
month-of-day-10 = Oktoba
month-of-day-11 = Novemba
month-of-day-12 = Desemba
# $day, $month (a name above), $year
date-day = { $day } { $month } { $year }
date-month = { $month } { $year }

## Validation messages, for forms and the API

invalid-country-empty = Chagua nchi.
invalid-country = '{ $value }' si msimbo wa nchi wa ISO 3166-1 (herufi mbili, kama PH, KE au FR).
invalid-currency-empty = Chagua sarafu uliyolipwa.
invalid-currency = '{ $value }' si msimbo wa sarafu wa ISO 4217 (herufi tatu, kama USD, EUR au PHP).
invalid-currency-no-rate = Clickline bado haina kiwango cha kubadilisha fedha cha { $code }; tafadhali weka kiasi kwa USD au EUR.
invalid-amount-empty = Weka kiasi (0 kama hukulipwa chochote).
invalid-amount = '{ $value }' si kiasi; kiandike hivi: 1.25.
invalid-amount-too-large = Kiasi hicho ni kikubwa mno.
invalid-receipt = Msimbo wa risiti una herufi na tarakimu 16, kama ABCD-EFGH-JKMN-PQRS.
invalid-platform-empty = Chagua jukwaa ambapo ulipata kazi hiyo.
invalid-platform = '{ $value }' si jina fupi (slug) la jukwaa; angalia orodha kwenye /platforms.
invalid-platform-unknown = Clickline haijui jukwaa '{ $value }'. Lichague kutoka kwenye orodha iliyo /platforms (yanayojulikana: { $known }); kama lako halipo, chagua lililo karibu zaidi na utaje lako katika maandishi yako.
invalid-requester-id-empty = Weka kitambulisho cha requester kama jukwaa linavyokionyesha.
invalid-requester-id-long = Kitambulisho cha requester kina herufi zisizozidi { $max }.
invalid-requester-id-char = Kitambulisho cha requester hakiwezi kuwa na '{ $char }'; tumia herufi, tarakimu na - _ . ~ @ + : pekee.
invalid-requester-id-for-name = Weka pia kitambulisho cha requester, ili jina liunganishwe na requester sahihi.
invalid-requester-name-long = Jina la requester lina herufi zisizozidi 200.
invalid-report-id = Hicho si kitambulisho cha ripoti ya Clickline.
invalid-month = '{ $value }' si mwezi; uandike kama YYYY-MM, kwa mfano 2025-03.
invalid-month-future = Mwezi huo bado haujafika.
invalid-month-early = Weka mwezi wa kuanzia mwaka 2000 na kuendelea.
invalid-minutes-empty = Weka dakika ambazo kazi ilichukua, pamoja na maandalizi yasiyolipwa.
invalid-minutes = '{ $value }' si idadi kamili ya dakika.
invalid-minutes-range = Weka dakika ambazo kazi ilichukua, kuanzia 1 hadi 1440 (siku nzima).
invalid-description-length = Eleza kilichotokea kwa herufi 20 hadi 10000.
invalid-text-long = Tafadhali, herufi zisizozidi { $max }; maandishi haya yana herufi { $chars }.
invalid-yes-no = '{ $value }' si ndiyo wala hapana (true/false).
say-whether-recommend = Sema kama ungempendekeza requester huyu.
say-whether-tos_violation = Sema kama kazi ilikiuka sheria za jukwaa.
say-whether-broken = Sema kama kazi ilikuwa na hitilafu.
invalid-whole-number-range = Weka namba kamili kuanzia { $min } hadi { $max }.
invalid-whole-number = '{ $value }' si namba kamili.
invalid-body-not-object = Maudhui ya ombi (body) lazima yawe object ya JSON.
invalid-body-json = Maudhui ya ombi si JSON halali: { $detail }.
invalid-body-utf8 = Maudhui ya ombi si maandishi ya UTF-8: { $detail }.
invalid-body-unreadable = Ombi halikuweza kusomeka; tuma object ya JSON.
invalid-not-single-value = Lazima iwe thamani moja (string, namba au true/false), si orodha wala object.
invalid-unknown-field = Sehemu isiyojulikana.
invalid-bulk-ids-empty = Weka vitambulisho vya requester vikitenganishwa kwa koma.
invalid-bulk-ids-many = Vitambulisho visivyozidi { $max } kwa kila ombi.
invalid-fields-unknown = Sehemu zisizojulikana: { $names }. Taja sehemu za kadi ya alama au vipengele vyake, kama held_for_review au all.ratings (angalia /api/v1/openapi.json).
invalid-platform-unknown-short = Clickline haijui jukwaa hili; angalia /platforms.
invalid-email = Weka anwani ya barua pepe kama name@example.org.
invalid-organizer-name = Weka jina lenye herufi 1 hadi 100.
invalid-organizer-countries = Weka nchi ambazo mratibu huyu anafanyia kazi, kama FR,DE.
invalid-organizer-exists = Tayari kuna mratibu mwenye barua pepe hii.
invalid-submission-key = Ufunguo wa kuwasilisha una herufi, tarakimu, - au _ kati ya 16 na 128.

## Closed vocabularies: <kind>-<wire name> is a label, choose-<kind> and
## unknown-<kind> are the messages when the value is missing or unknown.

choose-task_type = Chagua aina ya kazi.
unknown-task_type = '{ $value }' si aina ya kazi inayojulikana; tumia mojawapo ya: { $allowed }.
task_type-survey = Dodoso
task_type-transcription = Unukuzi (transcription)
task_type-tagging = Kuweka lebo / kuainisha
task_type-moderation = Udhibiti wa maudhui
task_type-data_entry = Kuingiza data
task_type-writing = Uandishi
task_type-testing = Majaribio
task_type-other = Nyingine

choose-paid = Chagua kama ulilipwa.
unknown-paid = '{ $value }' si mojawapo ya majibu kuhusu malipo; tumia mojawapo ya: { $allowed }.
paid-yes = Ndiyo, kikamilifu
paid-partial = Sehemu tu
paid-no = Hapana
paid-pending = Bado (yanasubiriwa)

choose-rejected = Chagua kiasi cha kazi kilichokataliwa.
unknown-rejected = '{ $value }' si mojawapo ya majibu kuhusu kukataliwa; tumia mojawapo ya: { $allowed }.
rejected-none = Hakuna
rejected-some = Baadhi
rejected-all = Yote

choose-communication = Chagua jinsi requester alivyowasiliana.
unknown-communication = '{ $value }' si mojawapo ya majibu kuhusu mawasiliano; tumia mojawapo ya: { $allowed }.
communication-responsive = Alijibu ujumbe wangu
communication-unresponsive = Hakujibu
communication-not_tried = Sikujaribu kuwasiliana naye

choose-grievance_category = Chagua aina ya tatizo.
unknown-grievance_category = '{ $value }' si aina inayojulikana; tumia mojawapo ya: { $allowed }.
grievance_category-non_payment = Kutolipwa
grievance_category-unfair_rejection = Kukataliwa kazi isivyo haki
grievance_category-account_deactivation = Kufungiwa akaunti
grievance_category-unpaid_work = Kazi isiyolipwa (maandalizi, majaribio ya kufuzu, kusubiri)
grievance_category-harmful_content = Maudhui yenye madhara au yanayoumiza
grievance_category-harassment = Unyanyasaji
grievance_category-data_privacy = Matumizi mabaya ya data yangu
grievance_category-opaque_management = Usimamizi usio wazi unaofanywa na algoriti
grievance_category-safety = Usalama
grievance_category-discrimination = Ubaguzi
grievance_category-other = Nyingine

choose-grievance_status = Chagua hali.
unknown-grievance_status = '{ $value }' si hali inayojulikana; tumia mojawapo ya: { $allowed }.
grievance_status-open = Liko wazi
grievance_status-taken_up = Linashughulikiwa na waratibu
grievance_status-resolved = Limetatuliwa
grievance_status-unresolved = Halijatatuliwa

choose-platform_kind = Chagua aina ya jukwaa.
unknown-platform_kind = '{ $value }' si aina ya jukwaa inayojulikana; tumia mojawapo ya: { $allowed }.
platform_kind-microtask = Kazi ndogondogo
platform_kind-freelance = Kazi huria (freelance)
platform_kind-on_demand = Kazi za papo hapo / kulingana na mahali

choose-report_kind = Chagua aina ya ripoti.
unknown-report_kind = '{ $value }' si aina ya ripoti inayojulikana; tumia mojawapo ya: { $allowed }.
report_kind-rating = Tathmini
report_kind-grievance = Lalamiko

choose-role = Chagua jukumu.
unknown-role = '{ $value }' si jukumu linalojulikana; tumia mojawapo ya: { $allowed }.
role-organizer = Mratibu
role-moderator = Mkaguzi wa maudhui
role-admin = Msimamizi wa mfumo

choose-strike_status = Chagua hali ya mgomo.
unknown-strike_status = '{ $value }' si hali ya mgomo inayojulikana; tumia mojawapo ya: { $allowed }.
strike_status-announced = Umetangazwa
strike_status-active = Mgomo unaendelea
strike_status-ended = Umeisha
strike_status-won = Umeshinda
strike_status-called_off = Umesitishwa
invalid-date-empty = Weka tarehe kwa mfumo wa YYYY-MM-DD.
invalid-date = '{ $value }' si tarehe; iandike kama YYYY-MM-DD.
invalid-strike-title = Weka kichwa chenye herufi 5 hadi 200.
invalid-strike-demands = Eleza madai kwa herufi 10 hadi 5000 (Markdown inaruhusiwa).
invalid-platform-unknown-named = Clickline haijui jukwaa '{ $value }'; angalia /platforms.
invalid-strike-requesters = Requester wasiozidi 100 kwa kila wito wa mgomo.
invalid-strike-countries = Taja nchi ambako mgomo umeitishwa, kama PH,ID.
invalid-strike-start = Wito wa mgomo hauwezi kuanza zaidi ya siku 30 zilizopita.
invalid-strike-end = Tarehe ya mwisho iko kabla ya tarehe ya kuanza.
invalid-strike-language = '{ $value }' si mojawapo ya lugha za Clickline.
invalid-strike-translation-same = Hii ndiyo lugha ambayo mwito umeandikwa; weka maandishi kwenye kichwa na madai hapo juu.
forbidden-strike-countries = Unaratibu katika { $yours }, si katika { $outside }: mgomo unaweza kuitishwa katika nchi zako tu.
forbidden-strike-change = Ni waratibu wa nchi ambako mgomo huu umeitishwa pekee wanaoweza kuubadilisha.
forbidden-moderators = Ni wakaguzi wa maudhui pekee wanaoweza kufanya hivi.
forbidden-grievance-country = Lalamiko hili linatoka { $country }, nje ya nchi zako.
forbidden-channel = Ni waratibu wa { $country } pekee wanaoweza kuchapisha kwenye chaneli yake.
forbidden-admins = Ni wasimamizi wa mfumo pekee wanaosimamia waratibu.
forbidden-csrf = Muda wa fomu hii umekwisha; rudi nyuma, pakia ukurasa upya na ujaribu tena.


## Layout

nav-skip = Ruka hadi kwenye maudhui
nav-main-label = Menyu kuu
nav-rate = Tathmini requester
nav-report = Ripoti tatizo
nav-strikes-near-you = Migomo karibu nawe
nav-scorecards = Kadi za alama
nav-receipt = Sahihisha au ondoa
nav-methodology = Mbinu
nav-language-label = Lugha
demo-banner = <strong>Data ya majaribio.</strong> Hifadhidata hii ya uundaji imejazwa ripoti za kubuni ili uweze kuichunguza Clickline. Hakuna hata moja iliyo ya kweli.
demo-tag = Data ya majaribio
footer-promise = Clickline inaendeshwa na wafanyakazi wa majukwaa, kwa ajili yao. Hakuna akaunti, hakuna ufuatiliaji: hatuhifadhi anwani ya IP, taarifa za kivinjari wala saa kamili. Tarehe zinazoonyeshwa hadharani ni siku tu.
footer-strikes = Miito ya migomo
footer-api = API ya data huria
footer-organizers = Waratibu
table-region = Jedwali (husogezwa kando kwenye skrini ndogo)
not-enough-data = hakuna data ya kutosha
not-enough-data-yet = Bado hakuna data ya kutosha.
data-label = Data:
reports-newest-first = Ripoti, za karibuni kwanza

## Errors

error-home = Rudi kwenye ukurasa wa mwanzo
error-401-title = Unahitaji kuingia
error-403-title = Hairuhusiwi
error-404-title = Haikupatikana
error-409-title = Tayari imetumwa
error-410-title = Imeondolewa
error-413-title = Ni kubwa mno
error-422-title = Haikueleweka
error-429-title = Maombi mengi mno
error-503-title = Hifadhidata haipatikani
error-500-title = Kuna hitilafu
error-401 = Ingia kama mratibu ili kuona ukurasa huu: nenda /organize/login.
error-403 = Huruhusiwi kufanya hivi.
error-404 = Hakuna ukurasa kwenye anwani hii.
error-413 = Ulichotuma ni kikubwa mno. Fupisha maandishi na ujaribu tena; tumia kitufe cha kurudi nyuma (Back) cha kivinjari chako ili kuyapata tena.
error-422 = Ulichotuma hakikuweza kusomeka.
error-429 = Mawasilisho mengi mno kutoka kwenye muunganisho huu; tafadhali subiri saa moja kisha ujaribu tena.
error-429-target = Muunganisho huu tayari umemtathmini requester huyu mara nyingi kadiri inavyoruhusiwa kwa siku moja. Hakuna kilichohifadhiwa; tafadhali jaribu tena kesho.
error-429-daily = Muunganisho huu tayari umefanya hivi mara nyingi kadiri inavyoruhusiwa kwa siku moja. Hakuna kilichohifadhiwa; tafadhali jaribu tena kesho.
error-429-report = Ripoti hii imesahihishwa au kuondolewa mara nyingi kadiri inavyoruhusiwa kwa siku moja. Hakuna kilichohifadhiwa; tafadhali jaribu tena kesho.
error-503 = Clickline haiwezi kufikia hifadhidata yake kwa sasa. Hakuna kilichohifadhiwa; tafadhali jaribu tena baada ya dakika chache.
error-other = Kuna hitilafu upande wetu.
error-withdrawn = Ripoti hii iliondolewa na mtu aliyeiwasilisha.
error-wrong-receipt = Msimbo wa risiti haulingani na ripoti hii.
error-key-reused = Ufunguo huu wa kuwasilisha tayari ulitumika kwa ripoti nyingine.
banner-unavailable = Clickline haiwezi kufikia hifadhidata yake kwa sasa, kwa hiyo hakuna kilichohifadhiwa. Maandishi yako bado yapo hapa chini: jaribu tena baada ya dakika chache, au yanakili mahali salama.
banner-rate-limited = Ripoti nyingi mno zimetoka kwenye muunganisho wako katika saa moja iliyopita. Hakuna kilichohifadhiwa; maandishi yako bado yapo hapa chini. Tafadhali jaribu tena baadaye.
banner-not-saved = Hakuna kilichohifadhiwa: { $reason } Maandishi yako bado yapo hapa chini.

## Home

home-title = Tathmini requester. Ripoti matatizo. Tugome pamoja.
home-lead = Clickline hugeuza yale wanayopitia wafanyakazi wa kazi za mtandaoni (malipo chini ya kima cha chini cha mshahara, kazi kukataliwa, akaunti kufungwa) kuwa ushahidi wa hadharani, na ushahidi huo kuwa hatua ya pamoja inayovuka mipaka. Hakuna akaunti, hakuna jina.
home-read-scorecards = Soma kadi za alama
home-search-title = Tafuta requester
home-search-label = Jina, jina lingine au kitambulisho cha requester
home-search-button = Tafuta
home-result-on = kwenye { $platform }
home-result-also = pia
home-no-results = Bado hakuna aliyeripoti requester anayelingana na “{ $query }”.
home-be-first = Kuwa wa kwanza kumtathmini.
home-platforms = Majukwaa
title-home = Clickline: tathmini requester, ripoti matatizo, tugome pamoja
