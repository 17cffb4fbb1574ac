### Clickline, Swahili (Kiswahili).
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## Report forms

optional = (si lazima)
yes-no-true = Ndiyo
yes-no-false = Hapana
field-requester_id = Kitambulisho cha requester
hint-requester_id = Kama jukwaa linavyokionyesha, k.m. A1B2C3D4E5F6 kwenye MTurk. Herufi, tarakimu na - _ . ~ @ + : pekee.
legend-where-who = Wapi na nani
field-platform = Jukwaa
choose-platform-option = Chagua jukwaa
field-requester_name = Jina la requester
hint-requester_name = Jina analotumia requester; jina jipya kwa kitambulisho kinachojulikana huhifadhiwa kama jina lingine.
field-country = Nchi yako
choose-country-option = Chagua nchi yako
hint-country = Inatumika tu kwa takwimu za kila nchi, zinazochapishwa kwa makundi ya wafanyakazi kadhaa.
legend-work-pay = Kazi na malipo
field-task_type = Aina ya kazi
field-pay-amount = Malipo ya kazi hii
hint-pay-amount = Kiasi alicholipa (au alichotoa) requester, k.m. 1.50. Andika 0 kama hakuna.
field-pay-currency = Sarafu
field-minutes = Dakika ilizochukua
hint-minutes = Kila kitu kikijumuishwa: kusoma maelekezo, majaribio ya kufuzu, maandalizi na kusubiri.
legend-treatment = Ulivyotendewa
field-paid = Ulilipwa?
field-days_to_payment = Siku hadi ulipolipwa
field-rejected = Kazi ilikataliwa?
field-communication = Mawasiliano
field-recommend = Ungempendekeza requester huyu kwa wafanyakazi wengine?
field-tos_violation = Kazi ilikiuka sheria za jukwaa (kwa mfano iliomba data binafsi au kazi nje ya jukwaa)
field-broken = Kazi ilikuwa na hitilafu au haikuweza kukamilika
legend-words = Kwa maneno yako
field-comment = Maoni
hint-comment = Markdown inaruhusiwa. Usiandike majina, barua pepe wala vitambulisho vya wafanyakazi: tunaondoa tunavyovipata.
legend-what-happened = Kilichotokea
field-category = Ni tatizo la aina gani?
field-amount_at_stake-amount = Kiasi cha pesa kinachohusika
hint-amount_at_stake-amount = Kama ulipoteza malipo, ni kiasi gani.
field-amount_at_stake-currency = Sarafu ya kiasi hicho
choose-currency-option = Chagua sarafu
field-month = Mwezi tukio lilipotokea
hint-month = YYYY-MM, kwa mfano 2026-10.
field-description = Eleza kilichotokea
hint-description = Herufi 20 hadi 10000, Markdown inaruhusiwa. Usiweke majina, barua pepe wala vitambulisho vya wafanyakazi: tunaondoa tunavyovipata.
field-desired_outcome = Nini kingerekebisha hali hii?

## Filing and receipts

title-filed = Asante: hifadhi risiti yako
filed-duplicate-title = Tayari tulikuwa na ripoti hii
filed-title = Asante, ripoti yako imehifadhiwa
filed-duplicate = Fomu hii ilikuwa imeshatumwa, kwa hiyo ilihifadhiwa mara moja tu.
filed-receipt-title = Msimbo wa risiti yako
filed-report-id = Kitambulisho cha ripoti:
filed-keep-it = <strong>Andika msimbo huu au uuhifadhi sasa. Hatutauonyesha tena na hatuwezi kuurejesha:</strong> tunahifadhi toleo lake lililofichwa tu. Kwa msimbo huu, na kwa huo tu, unaweza kusahihisha au kuondoa ripoti yako kwenye <a href="/receipt?id={ $id }">/receipt</a>.
filed-redacted = Ili kukulinda, tumeondoa kwenye maandishi yako kile kilichoonekana kuwa data binafsi:
redaction-email = anwani ya barua pepe
redaction-phone = namba ya simu
redaction-worker_id = kitambulisho cha mfanyakazi
filed-see-report = Ona ripoti yako kama wengine wanavyoiona
filed-rate-another = Tathmini requester mwingine
form-correct-title = Sahihisha ripoti yako
form-summary-title = Tafadhali sahihisha kilichowekewa alama hapa chini; bado hakuna kilichohifadhiwa
form-rating-lead = Waambie wafanyakazi wengine jinsi requester alivyokutendea. Hakuna akaunti, hakuna jina: unapata msimbo wa risiti ili uweze kuisahihisha au kuiondoa baadaye.
form-grievance-lead = Ripoti dhuluma uliyofanyiwa: kazi isiyolipwa, kukataliwa isivyo haki, akaunti kufungwa. Waratibu wa nchi yako wanaiona; hakuna anayejua wewe ni nani.
form-privacy = Tunahifadhi siku, kamwe si saa, na hatuhifadhi chochote kuhusu kifaa au muunganisho wako.
form-save-correction = Hifadhi marekebisho
form-send-rating = Tuma tathmini yangu
form-send-report = Tuma ripoti yangu
title-receipt = Sahihisha au ondoa ripoti
receipt-lead = Tumia msimbo wa risiti uliopewa ulipowasilisha ripoti yako. Hakuna mtu mwingine anayeweza kuibadilisha au kuiondoa.
receipt-id = Kitambulisho cha ripoti
receipt-code = Msimbo wa risiti
receipt-code-hint = Kama ABCD-EFGH-JKMN-PQRS; herufi kubwa au ndogo na vistari havijalishi.
receipt-edit = Isahihishe
receipt-withdraw = Iondoe
receipt-wrong-code = Msimbo huu wa risiti si wa ripoti hiyo.
receipt-no-report = Hakuna ripoti yenye kitambulisho hiki.
receipt-wrong-pledge-code = Msimbo huu wa risiti si wa ahadi hiyo.
title-withdraw-pledge = Ondoa ahadi yako
title-withdraw-report = Ondoa ripoti yako
title-corrected = Ripoti yako imesahihishwa
pledge-withdrawn = Ahadi yako imeondolewa.
title-pledge-withdrawn = Ahadi imeondolewa
title-withdrawn = Ripoti yako imeondolewa
title-not-withdrawn = Haikuondolewa
saved-lead = Msimbo wako wa risiti unabaki ule ule.
saved-see = Ona ripoti yako
withdraw-pledge-lead = Kuiondoa kunafuta ahadi yako; haitahesabiwa tena kwenye ukurasa wa mgomo.
withdraw-report-lead = Kuiondoa kunafuta kile ripoti yako inachosema na kuiondoa kwenye kila ukurasa na kila takwimu.
withdraw-final = Hili haliwezi kutenguliwa.
withdraw-yes = Ndiyo, iondoe
withdraw-no = Hapana, ibaki
withdrawn-lead = Maudhui yake yamefutwa na haionekani tena popote kwenye Clickline.
withdrawn-home = Mwanzo
notice-continue = Endelea

## Reports

report-rating-about = Tathmini kuhusu
report-grievance-about = Lalamiko kuhusu
report-on = kwenye
report-filed = Iliwasilishwa { $day } na mfanyakazi nchini { $country }.
report-corrected-since = Imesahihishwa tangu hapo.
report-task = Kazi
report-pay = Malipo
report-pay-for = { $pay } kwa dakika { $minutes }
report-hourly = Malipo kwa saa
report-paid = Alilipwa
report-after-days = baada ya { $days ->
    [one] siku { $days }
   *[other] siku { $days }
}
report-rejected = Kazi ilikataliwa
report-communication = Mawasiliano
report-recommends = Anapendekeza
report-tos = Ilikiuka sheria za jukwaa
report-broken = Kazi yenye hitilafu
report-comment = Maoni
report-category = Aina
report-status = Hali
report-when = Lini
report-at-stake = Kiasi kinachohusika
report-what-happened = Kilichotokea
report-put-right = Kinachoweza kurekebisha hali
report-organizers-note = Maelezo ya waratibu
flag-title = Kuna tatizo na ripoti hii?
flag-because = Waombe wakaguzi waiangalie kwa sababu
flag-note = Chochote ambacho wakaguzi wanapaswa kujua
flag-submit = Iwekee alama ikaguliwe
flag-own = Uliwasilisha ripoti hii mwenyewe? <a href="/receipt?id={ $id }">Isahihishe au iondoe</a> kwa msimbo wako wa risiti.
title-flag = Wekea ripoti alama
title-thanks = Asante
flagged-lead = Wakaguzi wataiangalia ripoti hii. Itaendelea kuonekana hadi watakapoamua.
flagged-back = Rudi kwenye ripoti
card-rating = Tathmini
card-grievance = Lalamiko:
card-worker-in = mfanyakazi nchini { $country }
card-corrected = imesahihishwa
card-full-report = Ripoti kamili
requester-id-on = Kitambulisho cha requester
requester-aka = pia anajulikana kama
requester-rate = Mtathmini requester huyu
requester-report = Ripoti tatizo naye
requester-all-csv = requester wote kama CSV
requester-no-reports = Hakuna ripoti zinazoonekana.
platform-rate-on = Tathmini requester kwenye { $platform }
platform-no-reports = Bado hakuna ripoti kuhusu { $platform }.
title-scorecards = Kadi za alama
platforms-lead = Chagua jukwaa ili usome wafanyakazi wanaripoti nini kulihusu. Lako halipo? Tuambie katika ripoti chini ya jukwaa lililo karibu zaidi.
platforms-all-csv = Kadi zote za alama za requester:
platforms-how = jinsi takwimu zinavyokokotolewa
pagination-label = Kurasa
pagination-newest = Ripoti za karibuni
pagination-older = Za zamani zaidi
