### Clickline, Tagalog.
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## Strikes and channels

title-strikes = Mga welga
title-pledge = Pangako
title-pledged = Salamat sa iyong pangako
title-undercut = Iulat ang pagsira sa welga
title-channels = Mga channel ng bansa
title-channel = Channel ng { $country }
strike-closed = Hindi na tumatanggap ng pangako ang welgang ito.
undercut-recorded = Naitala nang anonimo ang iyong ulat ng pagsira sa welga. Nakikita ng mga organizer kung saan tumatagas ang welga.
alert-message-requesters = Nagwewelga ang mga manggagawa sa { $countries } mula { $date } laban sa { $requesters } sa { $platform }: huwag tanggapin ang kanilang mga task.
alert-message-company = Nagwewelga ang mga manggagawa sa { $countries } mula { $date } laban sa { $company } sa { $platform }: huwag tanggapin ang mga task nito.
alert-message-platform = Nagwewelga ang mga manggagawa sa { $countries } mula { $date } laban sa buong { $platform }: huwag tanggapin ang alinman sa mga task nito.
# $language is a language's own name, like "Bahasa Indonesia".
strike-text-in = Sa { $language }
strike-text-original = Orihinal, sa { $language }
strike-other-languages = Mayroon din sa:
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
channel-languages = Basahin ang channel na ito sa:
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
