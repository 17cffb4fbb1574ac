### Clickline، العربية.
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## Strikes and channels

title-strikes = الإضرابات
title-pledge = تعهد
title-pledged = شكرًا على تعهدك
title-undercut = أبلغ عن كسر الإضراب
title-channels = قنوات البلدان
title-channel = قناة { $country }
strike-closed = هذا الإضراب لم يعد يقبل تعهدات.
undercut-recorded = سُجّل بلاغك عن كسر الإضراب دون الكشف عن هويتك. يرى المنظِّمون أين يتسرّب الإضراب.
alert-message-requesters = العمال في { $countries } مضربون منذ { $date } ضد { $requesters } على { $platform }: لا تقبل مهامهم.
alert-message-company = العمال في { $countries } مضربون منذ { $date } ضد { $company } على { $platform }: لا تقبل مهامها.
alert-message-platform = العمال في { $countries } مضربون منذ { $date } ضد منصة { $platform } كلها: لا تقبل أيًّا من مهامها.
# $language is a language's own name, like "Bahasa Indonesia".
strike-text-in = بلغة { $language }
strike-text-original = الأصل، بلغة { $language }
strike-other-languages = لغات أخرى:
strike-against = ضد
strike-requesters = أصحاب العمل
strike-called-in = دُعي إليه في
strike-from = ابتداءً من { $from }
strike-from-to = من { $from } إلى { $to }
strike-demands = المطالب
strike-map-title = أين طُلب التضامن، وأين تُعهّد به، وأين يتسرّب الإضراب
strike-col-asked = الطلب
strike-col-pledges = التعهدات
strike-col-undercuts = بلاغات كسر الإضراب
strike-asked-called = دُعي إلى الإضراب
strike-asked-solidarity = طُلب التضامن
strike-asked-not_asked = لم يُطلب
fewer-than = أقل من { $n }
strike-leaking = (يتسرّب)
strike-no-countries = لا بلدان بعد.
strike-timeline = التسلسل الزمني
pledge-title = تعهّد بألا تقبل هذا العمل
pledge-lead = دون كشف الهوية: لا نعدّ التعهدات إلا حسب البلد. تحصل على رمز إيصال لسحب تعهدك.
pledge-submit = أتعهد بألا أقبل هذا العمل
undercut-title = هل رأيت هذا العمل يُنجز أو يُنقل إلى مكان آخر؟
undercut-country = البلد الذي رأيته فيه
undercut-choose-country = اختر بلدًا
undercut-platform = المنصة التي عُرض عليها
undercut-platform-optional = (اختياري، المعرّف)
undercut-note = ما رأيته
undercut-submit = أبلغ عن كسر الإضراب
strike-manage-title = المنظِّمون: غيّروا الحالة
save = حفظ
strikes-lead = دعوات إضراب من منظمات العمال. حين يُضرب عن عمل في بلد، لا تلتقطه في بلد آخر.
strikes-find-channel = اعثر على قناة بلدك
atom-feed = موجز Atom
strikes-none = لا توجد دعوات إضراب بعد.
pledged-lead = حُفظ تعهدك في «{ $title }». تُحسب التعهدات على دفعات يومية، فلا يُظهر أي عدد متى تعهدت.
pledged-keep = معرّف التعهد: <code>{ $pledge }</code>. احتفظ بالاثنين إن أردت سحب التعهد من <a href="/receipt?id={ $pledge }">/receipt</a> (أو عبر الواجهة البرمجية: <code>DELETE /api/v1/strikes/{ $strike }/pledges/{ $pledge }</code> مع <code>Authorization: Receipt &lt;code&gt;</code>). لن نعرض الرمز مرة أخرى.
pledged-back = العودة إلى الإضراب
channel-languages = اقرأ هذه القناة بلغة:
channel-reports-here = بلاغات العمال هنا:
channel-ratings-fewer = أقل من { $n } تقييمات
channel-ratings = { $n ->
    [one] تقييم واحد
    [two] تقييمان
    [few] { $n } تقييمات
   *[other] { $n } تقييمًا
}
channel-grievances-fewer = أقل من { $n } شكاوى
channel-grievances = { $n ->
    [one] شكوى واحدة
    [two] شكويان
    [few] { $n } شكاوى
   *[other] { $n } شكوى
}
channel-alerts = نداءات التضامن
channel-no-alerts = لا نداءات للعمال في { $country }.
channel-strikes-here = إضرابات دُعي إليها هنا
channel-none-now = لا شيء الآن.
channel-announcements = الإعلانات
channel-no-announcements = لا إعلانات.
channel-post-title = انشر إعلانًا
channel-post-body = الإعلان (Markdown)
channel-post-submit = انشر
channels-lead = لكل بلد قناة: الإضرابات التي دُعي إليها هناك، ونداءات من إضرابات في أماكن أخرى قد يُنقل عملها إليك، وأخبار منظِّميك.
channels-none = لا نشاط بعد.
