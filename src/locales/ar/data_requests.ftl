### Clickline، العربية.
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## طلبات جماعية للوصول إلى البيانات

nav-data-requests = بياناتك
title-data-requests = اطلبوا بياناتكم معًا
title-open-campaign = افتح حملة لطلب البيانات
title-letter = طلبك للوصول إلى بياناتك
title-request-sent = سُجّل الطلب
title-request-receipt = طلب بياناتك
title-complaint-letter = شكواك إلى السلطة الرقابية

data_category-ratings = التقييمات ودرجات الجودة
data_category-rejections = العمل المرفوض وسبب كل رفض
data_category-flags = العلامات والتحذيرات وأسباب أي إيقاف أو تعطيل للحساب
data_category-allocation = كيف تُوزَّع عليّ المهام وما الذي يحدد ذلك
data_category-earnings = الدخل والمدفوعات والاقتطاعات
data_category-profiling = الملفات التعريفية والاستنتاجات التي كُوِّنت عني
choose-data_category = اختر ما تطلبه.
unknown-data_category = «{ $value }» ليس مما تطلبه رسائل Clickline؛ استخدم واحدًا من: { $allowed }.

data_outcome-complete = رد كامل
data_outcome-partial = رد جزئي
data_outcome-refused = رُفض الطلب
data_outcome-asked_for_identity = طُلب مني إثبات هويتي
data_outcome-no_answer = لا رد
choose-data_outcome = اختر ما وصلك من رد.
unknown-data_outcome = «{ $value }» ليس ردًا معروفًا؛ استخدم واحدًا من: { $allowed }.

invalid-campaign-title = اذكر عنوانًا للحملة من 5 إلى 200 حرف.
invalid-campaign-explanation = اشرح الحملة في 20 إلى 5000 حرف.
invalid-campaign-categories = اختر شيئًا واحدًا على الأقل لطلبه.
invalid-campaign-countries = اذكر بلدًا واحدًا على الأقل برمز ISO، مثل DE أو PH.
invalid-campaign-no-law = لا يملك Clickline بعد قانونًا لحماية البيانات في { $country }، لذا لا يستطيع كتابة الرسالة هناك.
forbidden-campaign-countries = لا يمكنك فتح حملات إلا لبلدان حسابك، والبلد { $outside } ليس منها.
invalid-campaign-country = هذه الحملة للعمال في: { $countries }.
invalid-answer-day-missing = اذكر اليوم الذي ردّت فيه المنصة.
invalid-answer-day = يجب أن يقع اليوم بين يوم إرسالك الطلب ({ $sent }) واليوم الحالي.
invalid-answer-missing = لا تعلّم إلا ما طلبته هذه الحملة.
invalid-letter-language = اختر إحدى لغات Clickline.
invalid-letter-required = املأ هذا الحقل: تحتاجه المنصة للعثور على بياناتك.
invalid-letter-line = اكتب هذا في سطر واحد من { $max } حرفًا على الأكثر.
invalid-letter-email = اذكر عنوان البريد الإلكتروني لحسابك، مثل name@example.org.
invalid-sent-id = لا يوجد طلب مُرسَل بهذا المعرّف. انسخه من الصفحة التي عرضت إيصالك.
complaint-not-open = تُتاح الشكوى متى فات موعد الرد على الطلب أو جاء الرد ناقصًا، ومرة واحدة فقط.

dr-list-lead = يمنح القانون كل عامل الحق في البيانات التي تحتفظ بها المنصة عنه: التقييمات، ودرجات الجودة، والعلامات، وأسباب الرفض والتعطيل، وكيف تُتخذ القرارات الآلية. وحين تُطلب هذه البيانات معًا، تكشف الردود مَن يحترم هذا الحق.
dr-list-empty = لا حملات بعد.
dr-have-receipt = لديّ إيصال: سجّل الرد
dr-open-link = المنظِّمون: افتحوا حملة
dr-opened-on = فُتحت في
dr-feed = التذكيرات (موجز Atom)
dr-asks-for = ما تطلبه الرسالة
dr-always-asked = نسخة من جميع البيانات الشخصية التي تحتفظون بها عني، والغرض من استخدامها، ومصدرها، ومَن شورِكت معه
dr-figures-title = مَن يردّ
dr-figures-hint = تُنشر على دفعات يومية، مثل البلاغات. لا تُعرض المجموعات الأصغر من الحد الأدنى لحجم المجموعة في صورة أرقام.
dr-figure-sent = الطلبات المُرسَلة
dr-figure-in-time = رُدّ عليها خلال المهلة القانونية
dr-figure-median = الوقت الوسيط للرد
dr-figure-overdue = فات موعدها بلا رد
dr-figure-complaints = شكاوى إلى السلطة الرقابية
dr-figure-not-yet = لا ردود كافية بعد
dr-days = { $n ->
    [zero] { $n } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $n } أيام
    [many] { $n } يومًا
   *[other] { $n } يوم
}
dr-outcomes-caption = ما وصل من ردود
dr-col-outcome = الرد
dr-col-requests = الطلبات
dr-missing-caption = ما أغفلته الردود
dr-col-category = المطلوب
dr-col-answers = ردود خلت منه
dr-letter-title = أنشئ رسالتك
dr-letter-lead = املأ ما يعرّفك لدى المنصة. يكتب Clickline الرسالة بلغتك وفق قانون بلدك، موجّهةً إلى المتحكم في بيانات المنصة.
dr-letter-send-from = أرسلها من عنوان البريد الإلكتروني الذي يستخدمه حسابك، حتى لا تستطيع المنصة الادعاء بأنها لا تعرفك.
dr-field-country = البلد الذي تعمل منه
dr-field-language = لغة الرسالة
dr-field-name = اسمك كما تعرفه المنصة
dr-field-email = عنوان البريد الإلكتروني لحسابك
dr-field-email-hint = أرسل الرسالة من هذا العنوان.
dr-field-worker-id = معرّفك كعامل على المنصة
dr-letter-never-stored = لا يُخزَّن شيء مما تكتبه هنا ولا يُسجَّل: تُنشأ الرسالة لك ثم تُنسى.
dr-letter-make = أنشئ الرسالة
dr-sent-title = أرسلت طلبي
dr-sent-lead = أخبر Clickline بأنك أرسلته: لا يُحفظ إلا بلدك واليوم. تحصل على إيصال لتسجّل الرد لاحقًا.
dr-sent-submit = أرسلته
dr-laws-title = القانون في كل بلد
dr-col-law = القانون
dr-col-deadline = المهلة
dr-col-authority = جهة تقديم الشكوى
dr-col-articles = الوصول؛ نقل البيانات؛ القرارات الآلية
dr-col-source = المصدر
dr-col-contact = جهة إرسال الطلبات
dr-in-force-from = نافذ اعتبارًا من
dr-no-deadline = لم يحدد القانون مهلة
dr-controller-title = مَن يتحكم في البيانات
dr-sources = مصادر هذه الجداول
dr-letter-page-lead = انسخ هذه الرسالة في بريد إلكتروني إلى العنوان المذكور في أعلاها، أو نزّلها ملفًا نصيًا.
dr-letter-download = نزّلها ملفًا نصيًا
dr-letter-next = أرسلتها؟ سجّل ذلك هنا
dr-letter-back-receipt = العودة إلى طلبك
dr-sent-recorded = سُجّل طلبك في «{ $title }». يُحسب ابتداءً من الدفعة اليومية التالية.
dr-sent-id = معرّف الطلب
dr-sent-keep = احتفظ بالمعرّف وبهذا الرمز: بهما تسجّل ما ترد به المنصة. لا يُعرضان إلا الآن.
dr-due-on = يجب أن ترد المنصة في موعد أقصاه:
dr-calendar-download = أضف اليوم إلى تقويمي (.ics)
dr-back-to-campaign = العودة إلى الحملة
dr-receipt-lead = أدخل معرّف الطلب ورمز الإيصال اللذين حصلت عليهما حين سجّلت طلبك.
dr-receipt-open = افتح طلبي
dr-receipt-about = طلبك إلى { $platform } في حملة «{ $title }».
dr-sent-on = أُرسل في
dr-due = موعد الرد الأقصى
dr-overdue = فات الموعد
dr-answer = الرد
dr-no-answer-yet = لم يُسجَّل شيء بعد
dr-complaint = الشكوى
dr-complained = أخبرت Clickline بأنك قدّمت شكوى
dr-answer-title = ما وصل من رد
dr-field-outcome = رد المنصة
dr-field-answered-on = يوم الرد (YYYY-MM-DD)
dr-field-missing = ما أغفله الرد
dr-answer-submit = سجّل الرد
answer-recorded = سُجّل. يُحسب ابتداءً من الدفعة اليومية التالية.
dr-complaint-title = قدّم شكوى إلى السلطة الرقابية
dr-complaint-lead = لم ترد المنصة في الموعد أو جاء ردها ناقصًا. يمكنك تقديم شكوى إلى { $authority }: يكتب Clickline الشكوى لك.
dr-complaint-make = أنشئ الشكوى
dr-complaint-filed = قدّمت الشكوى
complaint-recorded = شكرًا: تحسب الحملة شكواك ابتداءً من الدفعة اليومية التالية.
dr-form-lead = ادعُ عمال منصةٍ ما إلى طلب بياناتهم معًا. تمنح صفحة الحملة كل عامل رسالة وفق قانون بلده، وتحصي، دون كشف الهوية، مَن يرد.
dr-field-title = العنوان
dr-field-categories = ما يُطلب
dr-field-countries = البلدان المعنية
dr-field-countries-hint = رموز ISO مفصولة بفواصل. لدى Clickline قوانين هذه البلدان: { $countries }
dr-field-explanation = السبب، في بضعة أسطر، لصفحة الحملة
dr-form-submit = افتح الحملة
dr-block-title = حقوق البيانات
dr-block-lead = { $n ->
    [zero] لم يطلب العمال من هذه المنصة بياناتهم في أي حملة بعد.
    [one] طلب العمال من هذه المنصة بياناتهم في حملة واحدة.
    [two] طلب العمال من هذه المنصة بياناتهم في حملتين.
    [few] طلب العمال من هذه المنصة بياناتهم في { $n } حملات.
    [many] طلب العمال من هذه المنصة بياناتهم في { $n } حملة.
   *[other] طلب العمال من هذه المنصة بياناتهم في { $n } حملة.
}
dr-block-link = كل الحملات
dr-method-title = طلبات الوصول إلى البيانات
dr-method-lead = تستند الرسائل إلى قانون بلد العامل وتُوجَّه إلى المتحكم الذي تسمّيه المنصة. الجداول أدناه مرفقة مع Clickline، وكل صف فيها مع مصدره ويوم التحقق منه؛ ويأتي بعض بيانات المتحكمين من سجلات datenanfragen.de المتاحة بترخيص CC0. لا يُنشر أي معدل أو وسيط يقوم على طلبات أقل من الحد الأدنى لحجم المجموعة.
dr-method-laws-caption = قوانين حماية البيانات
dr-method-controllers-caption = المتحكمون في بيانات المنصات
dr-source-link = المصدر
feed-answers-due = موعد الردود في { $day }
feed-answers-due-text = يجب الرد اليوم على الطلبات المرسلة في هذه الحملة. افتح طلبك بإيصاله وسجّل ما وصلك من رد.
calendar-summary = تحقّق من الرد على طلب بياناتك إلى { $platform }
calendar-description = تنتهي المهلة القانونية اليوم. افتح طلبك على Clickline بإيصاله وسجّل ما وصلك من رد؛ وإن لم يصلك شيء، يكتب Clickline شكواك.

## الرسائل (نص عادي)

letter-subject = طلب وصول إلى البيانات الشخصية بموجب { $law }
letter-greeting = السادة المحترمون،
letter-access = أعمل على منصة { $platform }. وبموجب { $article } من { $law }، أطلب منكم نسخة من جميع البيانات الشخصية التي تحتفظون بها عني، مع بيان أغراض معالجتها، ومصدرها، والجهات التي أُفصح لها عنها، ومدة الاحتفاظ بها.
letter-portability = وبموجب { $article } من { $law }، أرجو إرسال البيانات التي قدّمتها والبيانات التي نتجت عن عملي بصيغة منظّمة وشائعة الاستخدام وقابلة للقراءة آليًا (مثل CSV أو JSON).
letter-explanation = وبموجب { $article } من { $law }، أرجو إعلامي بما إذا كنتم تتخذون بشأني قرارات آلية، بما في ذلك التنميط، وتزويدي بمعلومات مفيدة عن المنطق المتّبع فيها، والإجراء الذي طبّقتموه فعلًا، وأهمية هذه المعالجة والعواقب المترتبة عليها بالنسبة إليّ.
letter-categories = وأطلب على وجه الخصوص:
letter-data_category-ratings = جميع التقييمات ودرجات الجودة ومقاييس الدقة المتعلقة بي، مع طريقة حسابها
letter-data_category-rejections = كل رفض لعملي، مع سببه ومَن قرّره أو ما الذي قرّره
letter-data_category-flags = كل علامة أو تحذير أو إيقاف أو تعطيل يخص حسابي، مع أسبابه والبيانات التي استند إليها
letter-data_category-allocation = كيفية توزيع المهام عليّ، والبيانات والمعايير التي تحدد ذلك
letter-data_category-earnings = دخلي ومدفوعاتي ومكافآتي والاقتطاعات منها، مهمةً بمهمة
letter-data_category-profiling = كل ملف تعريفي أو تصنيف أو استنتاج تحتفظون به عني
letter-deadline = يُلزمكم القانون بالرد على هذا الطلب مجانًا، والمهلة المحددة لذلك { $deadline } من تاريخ استلامه.
letter-no-deadline = أرجو الرد دون تأخير غير مبرر ومجانًا.
letter-months = { $n ->
    [zero] { $n } شهر
    [one] شهر واحد
    [two] شهران
    [few] { $n } أشهر
    [many] { $n } شهرًا
   *[other] { $n } شهر
}
letter-days = { $n ->
    [zero] { $n } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $n } أيام
    [many] { $n } يومًا
   *[other] { $n } يوم
}
letter-identity = للتعرف على هويتي:
letter-name = الاسم: { $name }
letter-email = عنوان البريد الإلكتروني لحسابي: { $email }
letter-worker-id = معرّف العامل: { $id }
letter-authority = وإن لم أتلقَّ ردًا كاملًا في الموعد، فيحق لي تقديم شكوى إلى { $authority }.
letter-closing = وتفضلوا بقبول فائق الاحترام،
complaint-subject = شكوى: لم يرد { $controller } على طلبي للوصول إلى بياناتي الشخصية كما يقتضي القانون
complaint-sent = بتاريخ { $sent } طلبتُ من { $controller }، مشغّل { $platform }، الوصول إلى بياناتي الشخصية بموجب { $article } من { $law }. وكان موعد الرد الأقصى { $due }.
complaint-no-answer = لم أتلقَّ أي رد.
complaint-partial = الرد الذي تلقيته ناقص: فهو يُغفل بيانات طلبتها.
complaint-refused = رُفض طلبي.
complaint-ask = أطلب منكم التحقيق في الأمر وإلزام المتحكم بالرد على طلبي ردًا كاملًا.
complaint-collective = قدّمت هذا الطلب مع عمال آخرين على { $platform }، ضمن حملة جماعية.
complaint-identity = بياناتي:
