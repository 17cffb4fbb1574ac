### Clickline, Swahili (Kiswahili).
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## Lists and scorecards

lists-title = Mahali wafanyakazi wanapotendewa vibaya zaidi
lists-among = Miongoni mwa requester wenye tathmini angalau { $min }.
lists-lowest-pay = Wanaolipa kidogo zaidi
lists-median-hourly = wastani wa kati { $median } kwa saa, { $ratings ->
    [one] tathmini { $ratings }
   *[other] tathmini { $ratings }
}
lists-worst-unpaid = Wasiolipa mara nyingi zaidi
lists-unpaid = { $share } hawakulipwa kikamilifu
lists-most-grievances = Malalamiko mengi zaidi
lists-grievances = { $count ->
    [one] lalamiko { $count }
   *[other] malalamiko { $count }
}
scorecard-on-strike = <strong>Mgomo:</strong> wafanyakazi wameitisha mgomo dhidi ya lengo hili kuanzia { $date }: “{ $title }”. <a href="/strikes/{ $id }">Usichukue kazi hii; soma wito wa mgomo</a>.
scorecard-title = Kadi ya alama
scorecard-caption = Wanachoripoti wafanyakazi (takwimu zilikokotolewa { $date }; <a href="/methodology">jinsi gani</a>)
scorecard-col-figure = Takwimu
scorecard-col-all = Tangu mwanzo
scorecard-col-recent = Siku 90 zilizopita
scorecard-monthly = Mwezi kwa mwezi
scorecard-monthly-caption = Wastani wa kati wa malipo kwa saa kwa kila mwezi katika miezi 12 iliyopita; miezi yenye tathmini chache kuliko kiwango ambacho Clickline huchapisha imeachwa.
scorecard-chart-figures = Takwimu za chati
scorecard-col-month = Mwezi
scorecard-col-ratings = Tathmini
scorecard-col-median = Wastani wa kati wa malipo kwa saa
scorecard-col-unpaid = Hawakulipwa kikamilifu
scorecard-by-country = Kwa nchi
scorecard-col-workers-in = Wafanyakazi nchini
scorecard-no-countries = Hakuna data ya kutosha: nchi huonyeshwa tu pale ambapo wafanyakazi wa kutosha wameripoti, ili mtu yeyote asiweze kutambuliwa.
scorecard-grievances = Malalamiko
scorecard-no-grievances = Hakuna malalamiko yaliyoripotiwa.
scorecard-other-countries = Nchi nyingine kwa pamoja
scorecard-too-few = ni chache mno kuonyeshwa
scorecard-spread = { $median } (nusu ya kati { $low }–{ $high })
scorecard-days = { $days ->
    [one] siku { $days }
   *[other] siku { $days }
}
trend-title = Wastani wa kati wa malipo kwa saa kila mwezi: { $name }
trend-description = Wastani wa kati wa malipo kwa saa kwa dola za Marekani kwa kila mwezi katika miezi 12 iliyopita; jedwali lililo hapa chini linatoa takwimu hizo hizo.
figure-ratings = Tathmini
figure-hourly-usd = Malipo kwa saa (US$)
figure-hourly-eur = Malipo kwa saa (€)
figure-below-minimum-wage = Walilipwa chini ya kima cha chini cha mshahara cha kisheria cha mfanyakazi
figure-unpaid = Hawakulipwa au walilipwa sehemu tu
figure-rejected = Kazi ilikataliwa
figure-wait = Wastani wa kati wa muda wa kusubiri malipo
figure-answered = Alijibu ujumbe wa wafanyakazi
figure-recommend = Wafanyakazi wanapendekeza
figure-tos = Kazi zilizokiuka sheria za jukwaa
figure-broken = Kazi zenye hitilafu
stars-pay = Malipo
stars-payment-reliability = Uhakika wa malipo
stars-evaluation = Ukaguzi wa kazi na kukataliwa
stars-communication = Mawasiliano
stars-task-quality = Ubora wa kazi
stars-of-five = { $stars } kati ya 5

## Methodology

title-methodology = Jinsi Clickline inavyokokotoa takwimu zake
method-lead = Kila takwimu kwenye Clickline inatokana na kile wanachoripoti wafanyakazi, na inakokotolewa kwa njia ile ile kwa kila requester na kila jukwaa. Hivi ndivyo inavyofanyika hasa, ili uweze kuikagua na kuinukuu.
method-figures = Takwimu
method-figures-intro = Takwimu huhesabu tathmini zinazoonekana tu: ripoti zilizoondolewa na walioziandika au zilizofichwa na wakaguzi haziingizwi. Kila takwimu inaonyeshwa kwa muda wote na kwa siku 90 zilizopita (leo na siku 89 kabla yake). Takwimu isiyo na chochote cha kuhesabu husema “hakuna data ya kutosha”, kamwe si 0.
method-hourly = Malipo kwa saa
method-hourly-def = Malipo ya kazi ÷ dakika ilizochukua (pamoja na maandalizi yasiyolipwa, kama mfanyakazi anavyoripoti) × 60, yakibadilishwa kuwa dola za Marekani na euro kwa jedwali la viwango vya ubadilishaji fedha lililo hapa chini. Tunaonyesha wastani wa kati (median) na nusu ya kati (percentile ya 25 hadi ya 75). Wastani wa kati wa idadi shufwa ya tathmini ni wastani wa thamani mbili za katikati; percentile hukadiriwa kwa mstari ulionyooka kati ya nafasi zilizo karibu zaidi.
method-below-min = Walilipwa chini ya kima cha chini cha mshahara
method-below-min-def = Sehemu ya tathmini ambazo malipo yake kwa saa ni chini ya kima cha chini cha mshahara kwa saa cha kisheria katika nchi ya mfanyakazi (jedwali lililo hapa chini), miongoni mwa tathmini kutoka nchi zilizo kwenye jedwali.
method-unpaid = Hawakulipwa au walilipwa sehemu tu
method-unpaid-def = Miongoni mwa tathmini zinazosema kama walilipwa (ndiyo, sehemu tu, hapana), sehemu ya zile ambazo hazikulipwa kikamilifu. Malipo yanayosubiriwa hayahesabiwi.
method-rejected = Kazi ilikataliwa
method-rejected-def = Sehemu ya tathmini ambazo baadhi ya kazi au kazi yote ilikataliwa.
method-wait = Wastani wa kati wa muda wa kusubiri malipo
method-wait-def = Wastani wa kati wa siku hadi malipo, kwa tathmini zinazozitaja.
method-answered = Alijibu ujumbe
method-answered-def = Alijibu ÷ (alijibu + hakujibu); wafanyakazi ambao hawakujaribu kuwasiliana hawahesabiwi.
method-shares = Wanapendekeza, kazi zilizokiuka sheria za jukwaa, kazi zenye hitilafu
method-shares-def = Sehemu za tathmini.
method-stars = Nyota
method-stars-intro = Kila eneo hupata nyota 1 hadi 5, zilizokadiriwa hadi nusu nyota, kutoka kwenye takwimu za muda wote, mara lengo linapokuwa na tathmini angalau { $min }:
method-withhold = Tunachozuia ili kuwalinda wafanyakazi
method-withhold-groups = Mgawanyo kwa nchi na kwa mwezi huchapishwa tu kwa makundi ya tathmini angalau { $min }. Nchi zenye tathmini chache huunganishwa kama “nchi nyingine kwa pamoja”, ambayo nayo huonyeshwa tu kundi hilo linapofikia { $min }.
method-withhold-lists = Orodha za requester wabaya zaidi zinajumuisha tu requester wenye tathmini angalau { $min }.
method-withhold-day = Ripoti hubeba siku ilipowasilishwa, kamwe si saa; hatuhifadhi anwani ya IP wala taarifa za kivinjari.
method-fresh = Takwimu ni za karibuni kiasi gani
method-fresh-def = { $days ->
    [0] Mfumo huu huchapisha bila kuchelewa (mpangilio wa maonyesho au wa majaribio): ripoti huhesabiwa sekunde chache baada ya kuwasilishwa. Kwa kawaida Clickline huchapisha kwa makundi ya kila siku.
   *[other] Ripoti huchapishwa kwa makundi ya kila siku: ripoti iliyowasilishwa siku fulani huhesabiwa katika kadi za alama, orodha, vipakuliwa, milisho na tahadhari za mgomo kuanzia mwanzo wa siku inayofika siku { $days } baadaye (UTC), pamoja na ripoti zote za siku hiyo kwa wakati mmoja, ili hakuna ukurasa unaoweza kuonyesha ni saa ngapi ripoti iliwasilishwa. Marekebisho pia husubiri kundi linalofuata. Kuondolewa kwa ripoti au uamuzi wa mkaguzi huonekana kila mahali ndani ya sekunde mbili.
}
method-rates = Viwango vya ubadilishaji fedha
method-rates-def = Sarafu { $count }, kufikia { $date }. Chanzo:
method-wages = Kima cha chini cha mshahara
method-wages-def = Jedwali kufikia { $date }. Kima cha chini kwa saa ni kiasi cha kisheria ÷ saa za kipindi ambacho sheria inatumia (siku, mwezi).
method-col-country = Nchi
method-col-legal = Kima cha kisheria
method-col-hours = Saa
method-col-hourly = Kwa saa
method-col-hourly-usd = Kwa saa kwa US$
method-col-since = Tangu
method-col-source = Chanzo
method-data = Data huria
method-data-def = Kadi za alama zinapatikana kama JSON (<code>/api/v1/requesters/{"{"}platform{"}"}/{"{"}id{"}"}</code>, <code>/api/v1/platforms/{"{"}slug{"}"}</code>) na kama CSV moja ya requester wote (<code>/api/v1/scorecards.csv</code>), chini ya leseni ya CC BY 4.0.
title-rating-about = Tathmini kuhusu { $platform }
title-grievance-about = Lalamiko kuhusu { $platform }
flag_reason-personal_data = Inafichua utambulisho wa mtu au data zake binafsi
flag_reason-false_or_misleading = Inaonekana kuwa ya uongo au ya kupotosha
flag_reason-abusive = Ina matusi au chuki
flag_reason-spam = Ni barua taka (spam) au tangazo la biashara
flag_reason-other = Kitu kingine
choose-flag_reason = Chagua sababu: { $allowed }.
