### Clickline, Swahili (Kiswahili).
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## Strikes and channels

title-strikes = Migomo
title-pledge = Ahadi
title-pledged = Asante kwa ahadi yako
title-undercut = Ripoti uvunjaji wa mgomo
title-channels = Chaneli za nchi
title-channel = Chaneli ya { $country }
strike-closed = Mgomo huu haupokei ahadi tena.
undercut-recorded = Ripoti yako ya uvunjaji wa mgomo imerekodiwa bila kukutambulisha. Waratibu wanaona mahali mgomo unapovuja.
alert-message-requesters = Wafanyakazi wa { $countries } wako kwenye mgomo kuanzia { $date } dhidi ya { $requesters } kwenye { $platform }: usichukue kazi zao.
alert-message-company = Wafanyakazi wa { $countries } wako kwenye mgomo kuanzia { $date } dhidi ya { $company } kwenye { $platform }: usichukue kazi zake.
alert-message-platform = Wafanyakazi wa { $countries } wako kwenye mgomo kuanzia { $date } dhidi ya jukwaa zima la { $platform }: usichukue kazi yake yoyote.
# $language is a language's own name, like "Bahasa Indonesia".
strike-text-in = Kwa { $language }
strike-text-original = Asili, kwa { $language }
strike-other-languages = Pia kwa:
strike-against = Dhidi ya
strike-requesters = requester
strike-called-in = umeitishwa katika
strike-from = kuanzia { $from }
strike-from-to = kuanzia { $from } hadi { $to }
strike-demands = Madai
strike-map-title = Mahali mshikamano unapoombwa, unapoahidiwa na unapovuja
strike-col-asked = Kilichoombwa
strike-col-pledges = Ahadi
strike-col-undercuts = Ripoti za uvunjaji wa mgomo
strike-asked-called = mgomo umeitishwa
strike-asked-solidarity = mshikamano umeombwa
strike-asked-not_asked = hakuna kilichoombwa
fewer-than = chini ya { $n }
strike-leaking = (unavuja)
strike-no-countries = Bado hakuna nchi.
strike-timeline = Mfuatano wa matukio
pledge-title = Ahidi kutochukua kazi hii
pledge-lead = Bila kujitambulisha: tunahesabu ahadi kwa nchi tu. Unapata msimbo wa risiti ili uweze kuiondoa.
pledge-submit = Naahidi kutochukua kazi hii
undercut-title = Umeona kazi hii ikifanywa au ikihamishiwa mahali pengine?
undercut-country = Nchi ulipoiona
undercut-choose-country = Chagua nchi
undercut-platform = Jukwaa ilipotolewa
undercut-platform-optional = (si lazima, slug)
undercut-note = Ulichoona
undercut-submit = Ripoti uvunjaji wa mgomo
strike-manage-title = Waratibu: badilisha hali ya mgomo
save = Hifadhi
strikes-lead = Miito ya migomo kutoka kwa mashirika ya wafanyakazi. Kazi inapogomewa katika nchi moja, usiichukue katika nchi nyingine.
strikes-find-channel = Tafuta chaneli ya nchi yako
atom-feed = Mlisho wa Atom
strikes-none = Bado hakuna miito ya migomo.
pledged-lead = Ahadi yako kwa “{ $title }” imehifadhiwa. Ahadi huhesabiwa kwa makundi ya kila siku, kwa hiyo hakuna hesabu inayoonyesha uliahidi lini.
pledged-keep = Kitambulisho cha ahadi: <code>{ $pledge }</code>. Kihifadhi pamoja na msimbo wa risiti ikiwa huenda ukataka kuondoa ahadi kwenye <a href="/receipt?id={ $pledge }">/receipt</a> (au kupitia API: <code>DELETE /api/v1/strikes/{ $strike }/pledges/{ $pledge }</code> pamoja na <code>Authorization: Receipt &lt;code&gt;</code>). Hatutauonyesha msimbo tena.
pledged-back = Rudi kwenye mgomo
channel-languages = Soma chaneli hii kwa:
channel-reports-here = Ripoti kutoka kwa wafanyakazi wa hapa:
channel-ratings-fewer = chini ya tathmini { $n }
channel-ratings = { $n ->
    [one] tathmini { $n }
   *[other] tathmini { $n }
}
channel-grievances-fewer = chini ya malalamiko { $n }
channel-grievances = { $n ->
    [one] lalamiko { $n }
   *[other] malalamiko { $n }
}
channel-alerts = Tahadhari za mshikamano
channel-no-alerts = Hakuna tahadhari kwa wafanyakazi wa { $country }.
channel-strikes-here = Migomo iliyoitishwa hapa
channel-none-now = Hakuna kwa sasa.
channel-announcements = Matangazo
channel-no-announcements = Hakuna matangazo.
channel-post-title = Chapisha tangazo
channel-post-body = Tangazo (Markdown)
channel-post-submit = Chapisha
channels-lead = Kila nchi ina chaneli: migomo iliyoitishwa huko, tahadhari kutoka kwa migomo ya kwingineko ambayo kazi yake inaweza kuhamishiwa kwako, na habari kutoka kwa waratibu wako.
channels-none = Bado hakuna shughuli.
