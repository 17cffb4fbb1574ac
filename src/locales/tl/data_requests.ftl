### Clickline, Tagalog.
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## Sama-samang paghiling ng access sa data

nav-data-requests = Ang iyong data
title-data-requests = Hingin ang iyong data, nang sama-sama
title-open-campaign = Magbukas ng kampanya ng paghiling ng data
title-letter = Ang iyong kahilingan para sa access sa data
title-request-sent = Naitala ang kahilingan
title-request-receipt = Ang iyong kahilingan para sa data
title-complaint-letter = Ang iyong reklamo sa awtoridad

data_category-ratings = Mga rating at quality score
data_category-rejections = Mga tinanggihang trabaho at ang dahilan ng bawat pagtanggi
data_category-flags = Mga flag, babala at ang dahilan ng anumang suspensyon o pag-deactivate
data_category-allocation = Paano ibinibigay sa akin ang mga task at ano ang nagpapasya nito
data_category-earnings = Kita, mga bayad at mga kaltas
data_category-profiling = Mga profile at hinuhang ginawa tungkol sa akin
choose-data_category = Piliin kung ano ang hihingin.
unknown-data_category = Ang '{ $value }' ay hindi hinihingi ng mga liham ng Clickline; gamitin ang isa sa: { $allowed }.

data_outcome-complete = Buong sagot
data_outcome-partial = Bahagyang sagot
data_outcome-refused = Tinanggihan
data_outcome-asked_for_identity = Hiniling na patunayan ko kung sino ako
data_outcome-no_answer = Walang sagot
choose-data_outcome = Piliin kung ano ang dumating na sagot.
unknown-data_outcome = Ang '{ $value }' ay hindi kilalang sagot; gamitin ang isa sa: { $allowed }.

invalid-campaign-title = Bigyan ang kampanya ng pamagat na may 5 hanggang 200 character.
invalid-campaign-explanation = Ipaliwanag ang kampanya sa 20 hanggang 5,000 character.
invalid-campaign-categories = Pumili ng kahit isang bagay na hihingin.
invalid-campaign-countries = Pangalanan ang kahit isang bansa, bilang ISO code gaya ng DE o PH.
invalid-campaign-no-law = Wala pang batas sa proteksyon ng data ang Clickline para sa { $country }, kaya hindi nito maisusulat ang liham doon.
forbidden-campaign-countries = Puwede kang magbukas ng kampanya para lamang sa mga bansa ng iyong account; hindi isa sa mga iyon ang { $outside }.
invalid-campaign-country = Para sa mga manggagawa sa mga bansang ito ang kampanyang ito: { $countries }.
invalid-answer-day-missing = Ilagay ang araw kung kailan sumagot ang platform.
invalid-answer-day = Dapat nasa pagitan ang araw ng araw na ipinadala mo ang kahilingan ({ $sent }) at ngayon.
invalid-answer-missing = Markahan lamang ang mga bagay na hiningi ng kampanyang ito.
invalid-letter-language = Pumili ng isa sa mga wika ng Clickline.
invalid-letter-required = Punan ito: kailangan ito ng platform para mahanap ang iyong data.
invalid-letter-line = Isulat ito sa isang linya na hanggang { $max } character.
invalid-letter-email = Ilagay ang email address ng iyong account, gaya ng pangalan@example.org.
invalid-sent-id = Walang naipadalang kahilingan na may ganitong id. Kopyahin ito mula sa pahinang nagpakita ng iyong resibo.
complaint-not-open = Puwedeng magreklamo kapag lampas na sa takdang araw ang kahilingan o kulang ang sagot, at isang beses lamang.

dr-list-lead = Ibinibigay ng batas sa bawat manggagawa ang karapatan sa data na itinatago ng isang platform tungkol sa kanila: mga rating, quality score, flag, ang dahilan ng mga pagtanggi at pag-deactivate, at kung paano ginagawa ang mga awtomatikong desisyon. Kapag sama-samang hiningi, ipinapakita ng mga sagot kung sino ang gumagalang dito.
dr-list-empty = Wala pang kampanya.
dr-have-receipt = May resibo ako: itala ang sagot
dr-open-link = Mga organizer: magbukas ng kampanya
dr-opened-on = binuksan noong
dr-feed = Mga paalala (Atom feed)
dr-asks-for = Ang hinihingi ng liham
dr-always-asked = Kopya ng lahat ng personal na data ninyo tungkol sa akin, kung para saan ito ginagamit, saan ito nanggaling at kanino ito ibinahagi
dr-figures-title = Sino ang sumasagot
dr-figures-hint = Inilalathala nang isang batch bawat araw, gaya ng mga ulat. Hindi ipinapakita bilang numero ang mga grupong mas maliit sa pinakamababang laki ng grupo.
dr-figure-sent = Mga naipadalang kahilingan
dr-figure-in-time = Nasagot sa loob ng legal na palugit
dr-figure-median = Median na tagal bago sumagot
dr-figure-overdue = Lampas na sa takdang araw, walang sagot
dr-figure-complaints = Mga reklamo sa awtoridad
dr-figure-not-yet = kulang pa ang mga sagot
dr-days = { $n ->
    [one] { $n } araw
   *[other] { $n } araw
}
dr-outcomes-caption = Ang dumating na sagot
dr-col-outcome = Sagot
dr-col-requests = Mga kahilingan
dr-missing-caption = Ang kulang sa mga sagot
dr-col-category = Hiningi
dr-col-answers = Mga sagot na wala nito
dr-letter-title = Gawin ang iyong liham
dr-letter-lead = Punan ang nagpapakilala sa iyo sa platform. Isusulat ng Clickline ang liham sa iyong wika, ayon sa batas ng iyong bansa, at ipapadala sa controller ng platform.
dr-letter-send-from = Ipadala ito mula sa email address na gamit ng iyong account, para hindi masabi ng platform na hindi ka nito kilala.
dr-field-country = Ang bansang pinagtatrabahuhan mo
dr-field-language = Wika ng liham
dr-field-name = Ang iyong pangalan ayon sa pagkakakilala ng platform
dr-field-email = Ang email address ng iyong account
dr-field-email-hint = Ipadala ang liham mula sa address na ito.
dr-field-worker-id = Ang iyong worker id sa platform
dr-letter-never-stored = Walang itinatago o itinatalang anumang itina-type mo rito: ginagawa ang liham para sa iyo at kinakalimutan.
dr-letter-make = Gawin ang liham
dr-sent-title = Naipadala ko na ang aking kahilingan
dr-sent-lead = Sabihin sa Clickline na naipadala mo ito: ang iyong bansa at ang araw lamang ang itinatago. Makakatanggap ka ng resibo para maitala ang sagot mamaya.
dr-sent-submit = Naipadala ko na
dr-laws-title = Ang batas sa bawat bansa
dr-col-law = Batas
dr-col-deadline = Palugit
dr-col-authority = Saan magreklamo
dr-col-articles = Access; portability; awtomatikong desisyon
dr-col-source = Pinagmulan
dr-col-contact = Saan ipinapadala ang mga kahilingan
dr-in-force-from = may bisa mula
dr-no-deadline = walang itinakda ang batas
dr-controller-title = Sino ang may kontrol sa data
dr-sources = Mga pinagmulan ng mga talahanayang ito
dr-letter-page-lead = Kopyahin ang liham na ito sa isang email papunta sa address sa itaas, o i-download ito bilang text file.
dr-letter-download = I-download bilang text file
dr-letter-next = Naipadala mo na? Itala ito rito
dr-letter-back-receipt = Bumalik sa iyong kahilingan
dr-sent-recorded = Naitala ang iyong kahilingan para sa "{ $title }". Bibilangin ito simula sa susunod na pang-araw-araw na batch.
dr-sent-id = Id ng kahilingan
dr-sent-keep = Itago ang id at ang code na ito: gamit ang mga ito, maitatala mo ang isasagot ng platform. Ngayon lamang ipinapakita ang mga ito.
dr-due-on = Dapat sumagot ang platform hanggang:
dr-calendar-download = Idagdag ang araw sa aking kalendaryo (.ics)
dr-back-to-campaign = Bumalik sa kampanya
dr-receipt-lead = Ilagay ang id ng kahilingan at ang receipt code na ibinigay sa iyo nang itala mo ang iyong kahilingan.
dr-receipt-open = Buksan ang aking kahilingan
dr-receipt-about = Ang iyong kahilingan sa { $platform } sa kampanyang "{ $title }".
dr-sent-on = Ipinadala noong
dr-due = Dapat masagot hanggang
dr-overdue = lampas na sa takdang araw
dr-answer = Sagot
dr-no-answer-yet = wala pang naitala
dr-complaint = Reklamo
dr-complained = sinabi mo sa Clickline na nagreklamo ka
dr-answer-title = Ang dumating na sagot
dr-field-outcome = Ang sagot ng platform
dr-field-answered-on = Ang araw na sumagot ito (YYYY-MM-DD)
dr-field-missing = Ang kulang sa sagot
dr-answer-submit = Itala ang sagot
answer-recorded = Naitala. Bibilangin ito simula sa susunod na pang-araw-araw na batch.
dr-complaint-title = Magreklamo sa awtoridad
dr-complaint-lead = Hindi sumagot ang platform sa takdang panahon o kulang ang sagot nito. Puwede kang magreklamo sa { $authority }: isusulat ng Clickline ang reklamo para sa iyo.
dr-complaint-make = Gawin ang reklamo
dr-complaint-filed = Nai-file ko na ang reklamo
complaint-recorded = Salamat: bibilangin ng kampanya ang iyong reklamo simula sa susunod na pang-araw-araw na batch.
dr-form-lead = Anyayahan ang mga manggagawa ng isang platform na sama-samang hingin ang kanilang data. Binibigyan ng pahina ng kampanya ang bawat manggagawa ng liham ayon sa batas ng kanilang bansa, at binibilang nang anonimo kung sino ang sumasagot.
dr-field-title = Pamagat
dr-field-categories = Ano ang hihingin
dr-field-countries = Mga bansang para rito
dr-field-countries-hint = Mga ISO code na pinaghihiwalay ng kuwit. May batas ang Clickline para sa: { $countries }
dr-field-explanation = Bakit, sa ilang linya, para sa pahina ng kampanya
dr-form-submit = Buksan ang kampanya
dr-block-title = Mga karapatan sa data
dr-block-lead = { $n ->
    [one] Hiningi ng mga manggagawa sa platform na ito ang kanilang data sa isang kampanya.
   *[other] Hiningi ng mga manggagawa sa platform na ito ang kanilang data sa { $n } kampanya.
}
dr-block-link = Lahat ng kampanya
dr-method-title = Mga kahilingan para sa access sa data
dr-method-lead = Sinisipi ng mga liham ang batas ng bansa ng manggagawa at ipinapadala sa controller na pinapangalanan ng platform. Kasama sa Clickline ang mga talahanayan sa ibaba, bawat hilera na may pinagmulan at ang araw na sinuri ito; bahagyang galing ang mga controller sa mga CC0 na rekord ng datenanfragen.de. Hindi inilalathala ang rate o median mula sa mas kaunting kahilingan kaysa sa pinakamababang laki ng grupo.
dr-method-laws-caption = Mga batas sa proteksyon ng data
dr-method-controllers-caption = Mga controller ng mga platform
dr-source-link = pinagmulan
feed-answers-due = Dapat masagot hanggang { $day }
feed-answers-due-text = Dapat masagot hanggang ngayong araw ang mga kahilingang ipinadala sa kampanyang ito. Buksan ang iyong kahilingan gamit ang resibo nito at itala ang dumating na sagot.
calendar-summary = Tingnan ang sagot sa iyong kahilingan para sa data sa { $platform }
calendar-description = Ngayong araw nagtatapos ang legal na palugit. Buksan ang iyong kahilingan sa Clickline gamit ang resibo nito at itala ang dumating na sagot; kung walang dumating, isusulat ng Clickline ang iyong reklamo.

## Ang mga liham (plain text)

letter-subject = Kahilingan para sa access sa personal na data sa ilalim ng { $law }
letter-greeting = Mahal na Ginoo o Ginang:
letter-access = Nagtatrabaho ako sa { $platform }. Alinsunod sa { $article } ng { $law }, bilang data subject, hinihiling ko sa inyo ang kopya ng lahat ng personal na impormasyon ninyo tungkol sa akin, kasama ang mga layunin ng pagproseso ninyo rito, ang pinagmulan nito, kung kanino ito isiniwalat at kung gaano katagal ninyo ito itinatago.
letter-portability = Alinsunod sa { $article } ng { $law }, pakipadala ang data na ibinigay ko at ang data na nabuo ng aking trabaho sa isang structured, karaniwang ginagamit at machine-readable na format (gaya ng CSV o JSON).
letter-explanation = Alinsunod sa { $article } ng { $law }, pakisabi kung gumagawa kayo ng mga awtomatikong desisyon tungkol sa akin, kasama ang profiling, at bigyan ako ng makabuluhang impormasyon tungkol sa lohikang ginamit, sa prosesong aktuwal ninyong inilapat, at sa kahalagahan at mga epekto nito sa akin.
letter-categories = Partikular, hinihiling ko ang:
letter-data_category-ratings = lahat ng rating, quality score at sukat ng katumpakan tungkol sa akin, at kung paano kinukuwenta ang mga ito
letter-data_category-rejections = bawat pagtanggi sa aking trabaho, kasama ang dahilan at kung sino o ano ang nagpasya nito
letter-data_category-flags = bawat flag, babala, suspensyon o pag-deactivate na may kinalaman sa aking account, kasama ang mga dahilan at ang data na pinagbatayan nito
letter-data_category-allocation = kung paano ibinibigay sa akin ang mga task, at kung aling data at pamantayan ang nagpapasya nito
letter-data_category-earnings = aking kita, mga bayad, bonus at kaltas, bawat task
letter-data_category-profiling = bawat profile, kategorya o hinuhang hawak ninyo tungkol sa akin
letter-deadline = Itinatakda ng batas na sumagot kayo sa loob ng { $deadline } mula nang matanggap ninyo ang kahilingang ito, nang walang bayad.
letter-no-deadline = Pakisagot nang walang di-makatwirang pagkaantala at nang walang bayad.
letter-months = { $n ->
    [one] isang buwan
   *[other] { $n } buwan
}
letter-days = { $n ->
    [one] isang araw
   *[other] { $n } araw
}
letter-identity = Para makilala ako:
letter-name = Pangalan: { $name }
letter-email = Email address ng aking account: { $email }
letter-worker-id = Aking worker id: { $id }
letter-authority = Kung hindi ako makatanggap ng buong sagot sa takdang panahon, maaari akong magreklamo sa { $authority }.
letter-closing = Lubos na gumagalang,
complaint-subject = Reklamo: hindi sinagot ng { $controller } ang aking kahilingan para sa access sa data ayon sa itinatakda ng batas
complaint-sent = Noong { $sent }, hiniling ko sa { $controller }, na nagpapatakbo ng { $platform }, ang access sa aking personal na impormasyon alinsunod sa { $article } ng { $law }. Dapat sana itong nasagot hanggang { $due }.
complaint-no-answer = Wala akong natanggap na sagot.
complaint-partial = Hindi kumpleto ang sagot na natanggap ko: wala rito ang data na hiningi ko.
complaint-refused = Tinanggihan ang aking kahilingan.
complaint-ask = Hinihiling ko na imbestigahan ninyo ito at utusan ang personal information controller na sagutin nang buo ang aking kahilingan.
complaint-collective = Ginawa ko ang kahilingang ito kasama ng ibang manggagawa ng { $platform }, sa isang sama-samang kampanya.
complaint-identity = Ang aking mga detalye:
