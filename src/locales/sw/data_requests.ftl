### Clickline, Swahili (Kiswahili).
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## Maombi ya pamoja ya kupata data

nav-data-requests = Data yako
title-data-requests = Omba data yako, kwa pamoja
title-open-campaign = Anzisha kampeni ya kuomba data
title-letter = Ombi lako la kupata data
title-request-sent = Ombi limerekodiwa
title-request-receipt = Ombi lako la data
title-complaint-letter = Malalamiko yako kwa mamlaka

data_category-ratings = Tathmini na alama za ubora
data_category-rejections = Kazi iliyokataliwa na sababu za kila kukataliwa
data_category-flags = Alama za tahadhari, maonyo na sababu za kusimamishwa au kufungiwa akaunti
data_category-allocation = Jinsi kazi zinavyogawiwa kwangu na kinachoamua hilo
data_category-earnings = Mapato, malipo na makato
data_category-profiling = Wasifu na makisio yaliyofanywa kunihusu
choose-data_category = Chagua cha kuomba.
unknown-data_category = '{ $value }' si kitu ambacho barua za Clickline huomba; tumia mojawapo ya: { $allowed }.

data_outcome-complete = Jibu kamili
data_outcome-partial = Jibu lisilo kamili
data_outcome-refused = Ombi lilikataliwa
data_outcome-asked_for_identity = Waliniomba nithibitishe mimi ni nani
data_outcome-no_answer = Hakuna jibu
choose-data_outcome = Chagua jibu lililorudi.
unknown-data_outcome = '{ $value }' si jibu linalojulikana; tumia mojawapo ya: { $allowed }.

invalid-campaign-title = Ipe kampeni kichwa chenye herufi 5 hadi 200.
invalid-campaign-explanation = Eleza kampeni kwa herufi 20 hadi 5,000.
invalid-campaign-categories = Chagua angalau kitu kimoja cha kuomba.
invalid-campaign-countries = Taja angalau nchi moja, kwa misimbo ya ISO kama DE au PH.
invalid-campaign-no-law = Clickline bado haina sheria ya ulinzi wa data ya { $country }, kwa hiyo haiwezi kuandika barua ya huko.
forbidden-campaign-countries = Unaweza kuanzisha kampeni kwa nchi za akaunti yako tu; { $outside } si mojawapo.
invalid-campaign-country = Kampeni hii ni kwa ajili ya wafanyakazi wa: { $countries }.
invalid-answer-day-missing = Weka siku ambayo jukwaa lilijibu.
invalid-answer-day = Siku lazima iwe kati ya siku uliyotuma ombi ({ $sent }) na leo.
invalid-answer-missing = Weka alama kwenye vitu ambavyo kampeni hii iliomba tu.
invalid-letter-language = Chagua mojawapo ya lugha za Clickline.
invalid-letter-required = Jaza hapa: jukwaa linahitaji hiki ili kupata data yako.
invalid-letter-line = Andika hiki katika mstari mmoja wa herufi zisizozidi { $max }.
invalid-letter-email = Weka anwani ya barua pepe ya akaunti yako, kama name@example.org.
invalid-sent-id = Hakuna ombi lililotumwa lenye kitambulisho hiki. Kinakili kutoka kwenye ukurasa ulioonyesha risiti yako.
complaint-not-open = Malalamiko yanaweza kuwasilishwa pale tu muda wa ombi umepita au jibu halikutosha, na mara moja tu.

dr-list-lead = Sheria inampa kila mfanyakazi haki ya kupata data ambayo jukwaa linahifadhi kumhusu: tathmini, alama za ubora, alama za tahadhari, sababu za kukataliwa na za kufungiwa akaunti, na jinsi maamuzi ya kiotomatiki yanavyofanywa. Tukiziomba kwa pamoja, majibu yanaonyesha nani anaiheshimu haki hiyo.
dr-list-empty = Bado hakuna kampeni.
dr-have-receipt = Nina risiti: rekodi jibu
dr-open-link = Waratibu: anzisha kampeni
dr-opened-on = ilifunguliwa
dr-feed = Vikumbusho (mlisho wa Atom)
dr-asks-for = Barua inaomba nini
dr-always-asked = Nakala ya data binafsi zote mnazohifadhi kunihusu, zinatumika kwa ajili ya nini, zilitoka wapi na zilishirikiwa na nani
dr-figures-title = Nani anajibu
dr-figures-hint = Huchapishwa kwa makundi ya kila siku, kama ripoti. Makundi yaliyo madogo kuliko ukubwa wa chini wa kundi hayaonyeshwi kama namba.
dr-figure-sent = Maombi yaliyotumwa
dr-figure-in-time = Yalijibiwa ndani ya muda wa kisheria
dr-figure-median = Wastani wa kati wa muda wa kujibu
dr-figure-overdue = Muda umepita, bila jibu
dr-figure-complaints = Malalamiko kwa mamlaka
dr-figure-not-yet = bado hakuna majibu ya kutosha
dr-days = { $n ->
    [one] siku { $n }
   *[other] siku { $n }
}
dr-outcomes-caption = Kilichorudi
dr-col-outcome = Jibu
dr-col-requests = Maombi
dr-missing-caption = Kile ambacho majibu yaliacha
dr-col-category = Kilichoombwa
dr-col-answers = Majibu yasiyokuwa nacho
dr-letter-title = Tengeneza barua yako
dr-letter-lead = Jaza taarifa zinazokutambulisha kwa jukwaa. Clickline inaandika barua kwa lugha yako, kwa mujibu wa sheria ya nchi yako, na kuielekeza kwa mdhibiti wa data wa jukwaa.
dr-letter-send-from = Itume kutoka kwenye anwani ya barua pepe ambayo akaunti yako inatumia, ili jukwaa lisiweze kusema halikujui.
dr-field-country = Nchi unayofanyia kazi
dr-field-language = Lugha ya barua
dr-field-name = Jina lako kama jukwaa linavyokujua
dr-field-email = Anwani ya barua pepe ya akaunti yako
dr-field-email-hint = Tuma barua kutoka kwenye anwani hii.
dr-field-worker-id = Kitambulisho chako cha mfanyakazi kwenye jukwaa
dr-letter-never-stored = Hakuna chochote unachoandika hapa kinachohifadhiwa wala kurekodiwa kwenye kumbukumbu: barua inatengenezwa kwa ajili yako kisha inasahaulika.
dr-letter-make = Tengeneza barua
dr-sent-title = Nimetuma ombi langu
dr-sent-lead = Iambie Clickline kwamba umelituma: ni nchi yako na siku tu vinavyohifadhiwa. Unapata risiti ili urekodi jibu baadaye.
dr-sent-submit = Nimelituma
dr-laws-title = Sheria katika kila nchi
dr-col-law = Sheria
dr-col-deadline = Muda wa mwisho
dr-col-authority = Mahali pa kulalamika
dr-col-articles = Kupata data; kuhamisha data; maamuzi ya kiotomatiki
dr-col-source = Chanzo
dr-col-contact = Maombi yanakwenda wapi
dr-in-force-from = inatumika kuanzia
dr-no-deadline = hakuna muda uliowekwa na sheria
dr-controller-title = Nani anadhibiti data
dr-sources = Vyanzo vya majedwali haya
dr-letter-page-lead = Nakili barua hii kwenye barua pepe kwenda kwa anwani iliyo juu, au uipakue kama faili ya maandishi.
dr-letter-download = Pakua kama faili ya maandishi
dr-letter-next = Umeituma? Irekodi hapa
dr-letter-back-receipt = Rudi kwenye ombi lako
dr-sent-recorded = Ombi lako kwa “{ $title }” limerekodiwa. Linahesabiwa kuanzia kundi lijalo la kila siku.
dr-sent-id = Kitambulisho cha ombi
dr-sent-keep = Hifadhi kitambulisho na msimbo huu: ndivyo utakavyotumia kurekodi jibu la jukwaa. Vinaonyeshwa sasa hivi tu.
dr-due-on = Jukwaa lazima lijibu kufikia:
dr-calendar-download = Ongeza siku hii kwenye kalenda yangu (.ics)
dr-back-to-campaign = Rudi kwenye kampeni
dr-receipt-lead = Weka kitambulisho cha ombi na msimbo wa risiti uliopewa ulipolirekodi ombi lako.
dr-receipt-open = Fungua ombi langu
dr-receipt-about = Ombi lako kwa { $platform } katika kampeni “{ $title }”.
dr-sent-on = Lilitumwa tarehe
dr-due = Jibu linatakiwa kufikia
dr-overdue = muda umepita
dr-answer = Jibu
dr-no-answer-yet = bado halijarekodiwa
dr-complaint = Malalamiko
dr-complained = uliiambia Clickline kwamba uliwasilisha malalamiko
dr-answer-title = Kilichorudi
dr-field-outcome = Jibu la jukwaa
dr-field-answered-on = Siku lilipojibu (YYYY-MM-DD)
dr-field-missing = Kile ambacho jibu liliacha
dr-answer-submit = Rekodi jibu
answer-recorded = Limerekodiwa. Linahesabiwa kuanzia kundi lijalo la kila siku.
dr-complaint-title = Lalamika kwa mamlaka
dr-complaint-lead = Jukwaa halikujibu kwa wakati au lilijibu bila ukamilifu. Unaweza kuwasilisha malalamiko kwa { $authority }: Clickline inakuandikia malalamiko.
dr-complaint-make = Tengeneza malalamiko
dr-complaint-filed = Nimewasilisha malalamiko
complaint-recorded = Asante: kampeni inahesabu malalamiko yako kuanzia kundi lijalo la kila siku.
dr-form-lead = Waalike wafanyakazi wa jukwaa fulani waombe data zao kwa pamoja. Ukurasa wa kampeni unampa kila mfanyakazi barua kwa mujibu wa sheria ya nchi yake na kuhesabu, bila kumtambulisha mtu, nani anajibu.
dr-field-title = Kichwa
dr-field-categories = Cha kuomba
dr-field-countries = Nchi zinazohusika
dr-field-countries-hint = Misimbo ya ISO iliyotenganishwa kwa koma. Clickline ina sheria za: { $countries }
dr-field-explanation = Kwa nini, kwa mistari michache, kwa ajili ya ukurasa wa kampeni
dr-form-submit = Anzisha kampeni
dr-block-title = Haki za data
dr-block-lead = { $n ->
    [one] Wafanyakazi waliliomba jukwaa hili data zao katika kampeni moja.
   *[other] Wafanyakazi waliliomba jukwaa hili data zao katika kampeni { $n }.
}
dr-block-link = Kampeni zote
dr-method-title = Maombi ya kupata data
dr-method-lead = Barua zinanukuu sheria ya nchi ya mfanyakazi na kwenda kwa mdhibiti wa data ambaye jukwaa linamtaja. Majedwali yaliyo hapa chini yanakuja pamoja na Clickline, kila safu na chanzo chake na siku ilipohakikiwa; taarifa za wadhibiti zimetoka kwa sehemu kwenye rekodi za CC0 za datenanfragen.de. Kiwango au wastani wa kati unaotokana na maombi machache kuliko ukubwa wa chini wa kundi hauchapishwi.
dr-method-laws-caption = Sheria za ulinzi wa data
dr-method-controllers-caption = Wadhibiti wa data wa majukwaa
dr-source-link = chanzo
feed-answers-due = Majibu yanatakiwa tarehe { $day }
feed-answers-due-text = Maombi yaliyotumwa katika kampeni hii lazima yawe yamejibiwa kufikia leo. Fungua ombi lako kwa risiti yake na urekodi jibu lililorudi.
calendar-summary = Angalia jibu la ombi lako la data kwa { $platform }
calendar-description = Muda wa kisheria unaisha leo. Fungua ombi lako kwenye Clickline kwa risiti yake na urekodi jibu lililorudi; kama hakuna kilichokuja, Clickline inakuandikia malalamiko.

## Barua (maandishi matupu)

letter-subject = Ombi la kupata data binafsi kwa mujibu wa { $law }
letter-greeting = Ndugu Bwana/Bibi,
letter-access = Ninafanya kazi kwenye { $platform }. Kwa mujibu wa { $law }, { $article }, naomba mnipe nakala ya data binafsi zote mnazohifadhi kunihusu, pamoja na madhumuni ambayo kwayo mnazichakata, mahali zilipotoka, ni nani mliowafichulia na kwa muda gani mnazihifadhi.
letter-portability = Kwa mujibu wa { $law }, { $article }, tafadhali nitumieni data niliyoitoa na data iliyotokana na kazi yangu katika muundo uliopangwa, unaotumika kwa kawaida na unaosomeka na mashine (kama CSV au JSON).
letter-explanation = Kwa mujibu wa { $law }, { $article }, tafadhali nijulisheni kama mnafanya maamuzi ya kiotomatiki kunihusu, ikiwemo uchambuzi wa wasifu, na mnipe taarifa za maana kuhusu mantiki inayotumika, utaratibu mliotumia hasa, na umuhimu na matokeo yake kwangu.
letter-categories = Hasa, naomba:
letter-data_category-ratings = tathmini zote, alama za ubora na vipimo vya usahihi kunihusu, pamoja na jinsi vinavyokokotolewa
letter-data_category-rejections = kila kukataliwa kwa kazi yangu, pamoja na sababu na ni nani au ni nini kilichoamua
letter-data_category-flags = kila alama ya tahadhari, onyo, kusimamishwa au kufungiwa kunakohusu akaunti yangu, pamoja na sababu na data ambayo uamuzi ulitegemea
letter-data_category-allocation = jinsi kazi zinavyogawiwa kwangu, na ni data na vigezo gani vinavyoamua hilo
letter-data_category-earnings = mapato yangu, malipo, bonasi na makato, kazi kwa kazi
letter-data_category-profiling = kila wasifu, kundi au makisio mnayohifadhi kunihusu
letter-deadline = Sheria inawataka mjibu ombi hili bila malipo ndani ya muda ufuatao tangu mlipolipokea: { $deadline }.
letter-no-deadline = Tafadhali jibuni bila kuchelewa isivyo lazima na bila malipo.
letter-months = { $n ->
    [one] mwezi mmoja
   *[other] miezi { $n }
}
letter-days = { $n ->
    [one] siku moja
   *[other] siku { $n }
}
letter-identity = Kunitambua:
letter-name = Jina: { $name }
letter-email = Anwani ya barua pepe ya akaunti yangu: { $email }
letter-worker-id = Kitambulisho cha mfanyakazi: { $id }
letter-authority = Nisipopokea jibu kamili kwa wakati, ninaweza kuwasilisha malalamiko kwa { $authority }.
letter-closing = Wako mwaminifu,
complaint-subject = Malalamiko: { $controller } haikujibu ombi langu la kupata data binafsi kama sheria inavyotaka
complaint-sent = Tarehe { $sent } niliomba { $controller }, inayoendesha { $platform }, anipe data zangu binafsi kwa mujibu wa { $law }, { $article }. Jibu lilitakiwa kufikia { $due }.
complaint-no-answer = Sijapokea jibu lolote.
complaint-partial = Jibu nililopokea halijakamilika: linaacha data niliyoiomba.
complaint-refused = Ombi langu lilikataliwa.
complaint-ask = Naomba mchunguze suala hili na kumwamuru mdhibiti wa data ajibu ombi langu kikamilifu.
complaint-collective = Nilitoa ombi hili pamoja na wafanyakazi wengine wa { $platform }, katika kampeni ya pamoja.
complaint-identity = Taarifa zangu:
