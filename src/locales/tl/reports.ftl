### Clickline, Tagalog.
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

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
