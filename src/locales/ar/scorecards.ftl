### Clickline، العربية.
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## Lists and scorecards

lists-title = حيث يعاني العمال أكثر
lists-among = بين أصحاب العمل الذين لديهم { $min } تقييمات على الأقل.
lists-lowest-pay = الأدنى أجرًا
lists-median-hourly = الوسيط { $median } في الساعة، { $ratings ->
    [one] تقييم واحد
    [two] تقييمان
    [few] { $ratings } تقييمات
   *[other] { $ratings } تقييمًا
}
lists-worst-unpaid = الأكثر امتناعًا عن الدفع
lists-unpaid = { $share } لم يُدفع كاملًا
lists-most-grievances = الأكثر شكاوى
lists-grievances = { $count ->
    [one] شكوى واحدة
    [two] شكويان
    [few] { $count } شكاوى
   *[other] { $count } شكوى
}
scorecard-on-strike = <strong>في إضراب:</strong> دعا العمال إلى إضراب ضد هذه الجهة ابتداءً من { $date }: «{ $title }». <a href="/strikes/{ $id }">لا تقبل هذا العمل؛ اقرأ الدعوة</a>.
scorecard-title = بطاقة التقييم
scorecard-caption = ما يقوله العمال (أرقام محسوبة في { $date }؛ <a href="/methodology">كيف</a>)
scorecard-col-figure = المؤشر
scorecard-col-all = منذ البداية
scorecard-col-recent = آخر 90 يومًا
scorecard-monthly = شهرًا بشهر
scorecard-monthly-caption = الأجر الوسيط بالساعة لكل شهر خلال آخر 12 شهرًا؛ تُستبعد الأشهر التي فيها تقييمات أقل مما ينشره Clickline.
scorecard-chart-figures = أرقام الرسم البياني
scorecard-col-month = الشهر
scorecard-col-ratings = التقييمات
scorecard-col-median = الأجر الوسيط بالساعة
scorecard-col-unpaid = لم يُدفع كاملًا
scorecard-by-country = حسب البلد
scorecard-col-workers-in = العمال في
scorecard-no-countries = بيانات غير كافية: لا تظهر البلدان إلا حيث أبلغ عدد كافٍ من العمال، حتى لا يمكن تمييز أحد.
scorecard-grievances = الشكاوى
scorecard-no-grievances = لا توجد شكاوى.
scorecard-other-countries = بلدان أخرى مجتمعة
scorecard-too-few = أقل من أن تُعرض
scorecard-spread = { $median } (النصف الأوسط { $low }–{ $high })
scorecard-days = { $days ->
    [one] يوم واحد
    [two] يومان
    [few] { $days } أيام
   *[other] { $days } يومًا
}
trend-title = الأجر الوسيط بالساعة لكل شهر: { $name }
trend-description = الأجر الوسيط بالساعة بالدولار الأمريكي لكل شهر من آخر 12 شهرًا؛ الجدول أدناه يعطي الأرقام نفسها.
figure-ratings = التقييمات
figure-hourly-usd = الأجر بالساعة (US$)
figure-hourly-eur = الأجر بالساعة (€)
figure-below-minimum-wage = أجر دون الحد الأدنى القانوني في بلد العامل
figure-unpaid = لم يُدفع أو دُفع جزئيًا
figure-rejected = عمل مرفوض
figure-wait = الانتظار الوسيط للدفع
figure-answered = ردّ على رسائل العمال
figure-recommend = يوصي به العمال
figure-tos = مهام خالفت قواعد المنصة
figure-broken = مهام معطوبة
stars-pay = الأجر
stars-payment-reliability = موثوقية الدفع
stars-evaluation = التقييم والرفض
stars-communication = التواصل
stars-task-quality = جودة المهام
stars-of-five = { $stars } من 5

## Methodology

title-methodology = كيف يحسب Clickline أرقامه
method-lead = كل رقم على Clickline مصدره ما يبلغ عنه العمال، ويُحسب بالطريقة نفسها لكل صاحب عمل ولكل منصة. إليك كيف بالضبط، لتتحقق منه وتقتبسه.
method-figures = الأرقام
method-figures-intro = لا تحسب الأرقام إلا التقييمات الظاهرة: تُستبعد التقييمات التي سحبها أصحابها أو أخفاها المشرفون. يُعرض كل رقم منذ البداية ولآخر 90 يومًا (اليوم والأيام الـ89 التي قبله). الرقم الذي لا شيء يُحسب فيه يقول «بيانات غير كافية»، لا 0 أبدًا.
method-hourly = الأجر بالساعة
method-hourly-def = أجر العمل ÷ الدقائق التي استغرقها (بما فيها التحضير غير المدفوع كما يذكره العامل) × 60، محوّلًا إلى الدولار الأمريكي واليورو بجدول أسعار الصرف أدناه. نعرض الوسيط والنصف الأوسط (من المئين 25 إلى 75). وسيط عدد زوجي من التقييمات هو متوسط القيمتين الوسطيين؛ وتُستكمل المئينات خطيًا بين أقرب رتبتين.
method-below-min = أجر دون الحد الأدنى
method-below-min-def = نسبة التقييمات التي يقل أجرها بالساعة عن الحد الأدنى القانوني للأجر بالساعة في بلد العامل (الجدول أدناه)، من بين التقييمات الآتية من بلدان الجدول.
method-unpaid = لم يُدفع أو دُفع جزئيًا
method-unpaid-def = من بين التقييمات التي تذكر هل دُفع (نعم، جزئيًا، لا)، نسبة ما لم يُدفع كاملًا. لا تُحسب المدفوعات المعلّقة.
method-rejected = عمل مرفوض
method-rejected-def = نسبة التقييمات التي رُفض فيها بعض العمل أو كله.
method-wait = الانتظار الوسيط للدفع
method-wait-def = وسيط الأيام حتى الدفع، من بين التقييمات التي تذكره.
method-answered = رسائل مُجاب عنها
method-answered-def = أُجيب ÷ (أُجيب + لم يُجب)؛ يُستبعد العمال الذين لم يحاولوا التواصل.
method-shares = التوصية، مخالفة القواعد، المهام المعطوبة
method-shares-def = نسب من التقييمات.
method-stars = النجوم
method-stars-intro = يحصل كل مجال على نجمة إلى 5 نجوم، مقرّبة إلى نصف نجمة، من الأرقام منذ البداية، متى كان للجهة { $min } تقييمات على الأقل:
method-withhold = ما نحجبه لحماية العمال
method-withhold-groups = لا تُنشر التفاصيل حسب البلد أو الشهر إلا لمجموعات من { $min } تقييمات على الأقل. تُجمع البلدان الأصغر تحت «بلدان أخرى مجتمعة»، ولا يُعرض هذا بدوره إلا حين يبلغ { $min }.
method-withhold-lists = لا تضم قوائم أسوأ أصحاب العمل إلا من لديهم { $min } تقييمات على الأقل.
method-withhold-day = تحمل البلاغات يوم تقديمها، لا الساعة أبدًا؛ ولا نخزّن عنوان IP ولا تفاصيل المتصفح.
method-fresh = مدى الحداثة
method-fresh-def = { $days ->
    [0] تنشر هذه النسخة دون تأخير (إعداد للعرض أو الاختبار): تُحتسب البلاغات بعد ثوانٍ من تقديمها. والافتراضي في Clickline النشر على دفعات يومية.
   *[other] تُنشر البلاغات على دفعات يومية: البلاغ المقدّم في يوم ما يُحتسب في البطاقات والقوائم والتنزيلات والخلاصات وتنبيهات الإضراب من بداية اليوم الذي يليه بـ{ $days } يوم (بالتوقيت العالمي)، مع كل بلاغات يومه دفعة واحدة، حتى لا تكشف أي صفحة ساعة تقديمه. وتنتظر التصحيحات الدفعة التالية أيضًا. أما السحب أو قرار المشرف فيظهر في كل مكان خلال ثانيتين.
}
method-rates = أسعار الصرف
method-rates-def = { $count } عملة، بتاريخ { $date }. المصدر:
method-wages = الحد الأدنى للأجور
method-wages-def = الجدول بتاريخ { $date }. الحد الأدنى بالساعة هو المبلغ القانوني ÷ ساعات الفترة التي يعتمدها القانون (يوم، شهر).
method-col-country = البلد
method-col-legal = الحد الأدنى القانوني
method-col-hours = الساعات
method-col-hourly = بالساعة
method-col-hourly-usd = بالساعة بالدولار
method-col-since = منذ
method-col-source = المصدر
method-data = البيانات المفتوحة
method-data-def = بطاقات التقييم متاحة بصيغة JSON (<code>/api/v1/requesters/{"{"}platform{"}"}/{"{"}id{"}"}</code>، <code>/api/v1/platforms/{"{"}slug{"}"}</code>) وكملف CSV واحد لكل أصحاب العمل (<code>/api/v1/scorecards.csv</code>)، بترخيص CC BY 4.0.
title-rating-about = تقييم على { $platform }
title-grievance-about = شكوى على { $platform }
flag_reason-personal_data = يكشف هوية شخص أو بياناته الشخصية
flag_reason-false_or_misleading = يبدو كاذبًا أو مضلِّلًا
flag_reason-abusive = مسيء أو يحض على الكراهية
flag_reason-spam = رسائل مزعجة أو إعلان
flag_reason-other = شيء آخر
choose-flag_reason = اختر سببًا: { $allowed }.
