### Clickline, Tagalog.
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

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
