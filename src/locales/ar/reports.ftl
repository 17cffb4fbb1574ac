### Clickline، العربية.
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## Report forms

optional = (اختياري)
yes-no-true = نعم
yes-no-false = لا
field-requester_id = معرّف صاحب العمل
hint-requester_id = كما تعرضه المنصة، مثل A1B2C3D4E5F6 على MTurk. الحروف والأرقام و- _ . ~ @ + : فقط.
legend-where-who = أين ومن
field-platform = المنصة
choose-platform-option = اختر منصة
field-requester_name = اسم صاحب العمل
hint-requester_name = الاسم الذي يستخدمه صاحب العمل؛ الاسم الجديد لمعرّف معروف يُحفظ كاسم بديل.
field-country = بلدك
choose-country-option = اختر بلدك
hint-country = يُستخدم فقط للأرقام حسب البلد، وتُنشر لمجموعات من عدة عمال.
legend-work-pay = العمل والأجر
field-task_type = نوع المهمة
field-pay-amount = الأجر مقابل هذا العمل
hint-pay-amount = ما دفعه صاحب العمل (أو عرضه)، مثل 1.50. اكتب 0 إن لم يدفع شيئًا.
field-pay-currency = العملة
field-minutes = الدقائق التي استغرقها
hint-minutes = كل شيء محسوب: قراءة التعليمات والتأهيل والتحضير والانتظار.
legend-treatment = كيف عوملت
field-paid = هل دُفع لك؟
field-days_to_payment = الأيام حتى الدفع
field-rejected = هل رُفض عمل؟
field-communication = التواصل
field-recommend = هل توصي العمال الآخرين بصاحب العمل هذا؟
field-tos_violation = خالفت المهمة قواعد المنصة (مثلًا طلبت بيانات شخصية أو عملًا خارج المنصة)
field-broken = كانت المهمة معطوبة أو تعذّر إكمالها
legend-words = بكلماتك
field-comment = تعليق
hint-comment = يُسمح بـ Markdown. لا تكتب أسماء أو عناوين بريد أو معرّفات عمال: نحذف ما نجده منها.
legend-what-happened = ما الذي حدث
field-category = ما نوع المشكلة؟
field-amount_at_stake-amount = المبلغ المعني
hint-amount_at_stake-amount = إن خسرت أجرًا، فكم.
field-amount_at_stake-currency = عملة هذا المبلغ
choose-currency-option = اختر عملة
field-month = الشهر الذي حدث فيه
hint-month = YYYY-MM، مثل 2026-10.
field-description = صف ما حدث
hint-description = من 20 إلى 10000 حرف، ويُسمح بـ Markdown. لا تذكر أسماء أو عناوين بريد أو معرّفات عمال: نحذف ما نجده منها.
field-desired_outcome = ما الذي يصلح الضرر؟

## Filing and receipts

title-filed = شكرًا: احتفظ بإيصالك
filed-duplicate-title = كان لدينا هذا البلاغ بالفعل
filed-title = شكرًا، حُفظ بلاغك
filed-duplicate = سبق إرسال هذا النموذج، فحُفظ مرة واحدة فقط.
filed-receipt-title = رمز إيصالك
filed-report-id = معرّف البلاغ:
filed-keep-it = <strong>دوّن هذا الرمز أو احفظه الآن. لن نعرضه مرة أخرى ولا يمكننا استعادته:</strong> لا نحتفظ إلا بنسخة مشوّشة منه. به، وبه وحده، يمكنك تصحيح بلاغك أو سحبه من <a href="/receipt?id={ $id }">/receipt</a>.
filed-redacted = لحمايتك، حذفنا من نصك ما بدا أنه بيانات شخصية:
redaction-email = عنوان بريد إلكتروني
redaction-phone = رقم هاتف
redaction-worker_id = معرّف عامل
filed-see-report = شاهد بلاغك كما يراه الآخرون
filed-rate-another = قيّم صاحب عمل آخر
form-correct-title = صحّح بلاغك
form-summary-title = يُرجى تصحيح ما هو مُعلَّم أدناه؛ لم يُحفظ شيء بعد
form-rating-lead = أخبر العمال الآخرين كيف عاملك صاحب العمل. لا حساب ولا اسم: تحصل على رمز إيصال لتصحيح تقييمك أو سحبه لاحقًا.
form-grievance-lead = أبلغ عن ظلم وقع عليك: عمل غير مدفوع، رفض غير عادل، حساب مغلق. يراه منظِّمو بلدك؛ ولن يعرف أحد من أنت.
form-privacy = نحفظ اليوم، لا الساعة أبدًا، ولا شيء عن جهازك أو اتصالك.
form-save-correction = احفظ التصحيح
form-send-rating = أرسل تقييمي
form-send-report = أرسل بلاغي
title-receipt = صحّح بلاغًا أو اسحبه
receipt-lead = استخدم رمز الإيصال الذي حصلت عليه عند تقديم بلاغك. لا يستطيع أحد غيرك تغييره أو حذفه.
receipt-id = معرّف البلاغ
receipt-code = رمز الإيصال
receipt-code-hint = مثل ABCD-EFGH-JKMN-PQRS؛ لا يهم حجم الأحرف ولا الشرطات.
receipt-edit = صحّحه
receipt-withdraw = اسحبه
receipt-wrong-code = رمز الإيصال هذا لا يخص ذلك البلاغ.
receipt-no-report = لا يوجد بلاغ بهذا المعرّف.
receipt-wrong-pledge-code = رمز الإيصال هذا لا يخص ذلك التعهد.
title-withdraw-pledge = اسحب تعهدك
title-withdraw-report = اسحب بلاغك
title-corrected = صُحّح بلاغك
pledge-withdrawn = سُحب تعهدك.
title-pledge-withdrawn = سُحب التعهد
title-withdrawn = سُحب بلاغك
title-not-withdrawn = لم يُسحب
saved-lead = يبقى رمز إيصالك كما هو.
saved-see = شاهد بلاغك
withdraw-pledge-lead = السحب يحذف تعهدك؛ فلا يُحسب بعدها في صفحة الإضراب.
withdraw-report-lead = السحب يحذف ما يقوله بلاغك ويزيله من كل صفحة ومن كل رقم.
withdraw-final = لا يمكن التراجع عن ذلك.
withdraw-yes = نعم، اسحبه
withdraw-no = لا، أبقِه
withdrawn-lead = حُذف محتواه ولم يعد يظهر في أي مكان على Clickline.
withdrawn-home = الرئيسية
notice-continue = متابعة

## Reports

report-rating-about = تقييم لـ
report-grievance-about = شكوى بشأن
report-on = على
report-filed = قدّمه عامل في { $country } يوم { $day }.
report-corrected-since = صُحّح لاحقًا.
report-task = المهمة
report-pay = الأجر
report-pay-for = { $pay } مقابل { $minutes } دقيقة
report-hourly = الأجر بالساعة
report-paid = الدفع
report-after-days = بعد { $days ->
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
   *[other] { $days } يومًا
}
report-rejected = الرفض
report-communication = التواصل
report-recommends = يوصي
report-tos = خالف قواعد المنصة
report-broken = مهمة معطوبة
report-comment = تعليق
report-category = الفئة
report-status = الحالة
report-when = متى
report-at-stake = المبلغ المعني
report-what-happened = ما الذي حدث
report-put-right = ما الذي يصلح الضرر
report-organizers-note = ملاحظة المنظِّمين
flag-title = هل في هذا البلاغ خطأ؟
flag-because = اطلب من المشرفين مراجعته لأنه
flag-note = ما ينبغي أن يعرفه المشرفون
flag-submit = أرسل للمراجعة
flag-own = هل قدّمت هذا البلاغ بنفسك؟ <a href="/receipt?id={ $id }">صحّحه أو اسحبه</a> برمز إيصالك.
title-flag = الإبلاغ عن بلاغ
title-thanks = شكرًا
flagged-lead = سيراجع المشرفون هذا البلاغ. يبقى ظاهرًا حتى يقرروا.
flagged-back = العودة إلى البلاغ
card-rating = تقييم
card-grievance = شكوى:
card-worker-in = عامل في { $country }
card-corrected = مُصحَّح
card-full-report = البلاغ كاملًا
requester-id-on = صاحب العمل
requester-aka = ويُعرف أيضًا بـ
requester-rate = قيّم صاحب العمل هذا
requester-report = أبلغ عن مشكلة معه
requester-all-csv = كل أصحاب العمل بصيغة CSV
requester-no-reports = لا توجد بلاغات ظاهرة.
platform-rate-on = قيّم صاحب عمل على { $platform }
platform-no-reports = لا توجد بلاغات عن { $platform } بعد.
title-scorecards = بطاقات التقييم
platforms-lead = اختر منصة لتقرأ ما يقوله العمال عنها. منصتك غير موجودة؟ أخبرنا في بلاغ تحت أقرب منصة.
platforms-all-csv = كل بطاقات تقييم أصحاب العمل:
platforms-how = كيف تُحسب الأرقام
pagination-label = الصفحات
pagination-newest = أحدث البلاغات
pagination-older = الأقدم
