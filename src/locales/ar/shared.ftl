### Clickline، العربية.
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## Dates

month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
# The month as a full date writes it (a declined form where the language
# declines it, else the same as above).
month-of-day-1 = يناير
month-of-day-2 = فبراير
month-of-day-3 = مارس
month-of-day-4 = أبريل
month-of-day-5 = مايو
month-of-day-6 = يونيو
month-of-day-7 = يوليو
month-of-day-8 = أغسطس
month-of-day-9 = سبتمبر
month-of-day-10 = أكتوبر
month-of-day-11 = نوفمبر
month-of-day-12 = ديسمبر
date-day = { $day } { $month } { $year }
date-month = { $month } { $year }

## Validation messages, for forms and the API

invalid-country-empty = اختر بلدًا.
invalid-country = «{ $value }» ليس رمز بلد وفق ISO 3166-1 (حرفان، مثل PH أو KE أو FR).
invalid-currency-empty = اختر العملة التي دُفع لك بها.
invalid-currency = «{ $value }» ليس رمز عملة وفق ISO 4217 (ثلاثة أحرف، مثل USD أو EUR أو PHP).
invalid-currency-no-rate = لا يملك Clickline سعر صرف لـ { $code } بعد؛ يُرجى ذكر المبلغ بالدولار الأمريكي أو باليورو.
invalid-amount-empty = اذكر المبلغ (0 إن لم يُدفع لك شيء).
invalid-amount = «{ $value }» ليس مبلغًا؛ اكتبه هكذا 1.25.
invalid-amount-too-large = هذا المبلغ كبير جدًا.
invalid-receipt = رمز الإيصال مؤلف من 16 حرفًا ورقمًا، مثل ABCD-EFGH-JKMN-PQRS.
invalid-platform-empty = اختر المنصة التي وجدت عليها العمل.
invalid-platform = «{ $value }» ليس معرّف منصة؛ راجع القائمة في /platforms.
invalid-platform-unknown = لا يعرف Clickline المنصة «{ $value }». اخترها من القائمة في /platforms (المعروفة: { $known })؛ وإن لم تجد منصتك فاختر الأقرب واذكرها في نصك.
invalid-requester-id-empty = اذكر معرّف صاحب العمل كما تعرضه المنصة.
invalid-requester-id-long = لا يتجاوز معرّف صاحب العمل { $max } حرفًا.
invalid-requester-id-char = لا يمكن أن يحتوي معرّف صاحب العمل على «{ $char }»؛ استخدم الحروف والأرقام و- _ . ~ @ + : فقط.
invalid-requester-id-for-name = اذكر معرّف صاحب العمل أيضًا، حتى يُربط الاسم بصاحب العمل الصحيح.
invalid-requester-name-long = لا يتجاوز اسم صاحب العمل 200 حرف.
invalid-report-id = هذا ليس معرّف بلاغ في Clickline.
invalid-month = «{ $value }» ليس شهرًا؛ اكتبه بصيغة YYYY-MM، مثل 2025-03.
invalid-month-future = هذا الشهر في المستقبل.
invalid-month-early = اذكر شهرًا من عام 2000 فما بعد.
invalid-minutes-empty = اذكر عدد الدقائق التي استغرقها العمل، بما فيها التحضير غير المدفوع.
invalid-minutes = «{ $value }» ليس عددًا صحيحًا من الدقائق.
invalid-minutes-range = اذكر الدقائق التي استغرقها العمل، من 1 إلى 1440 (يوم كامل).
invalid-description-length = صف ما حدث في 20 إلى 10000 حرف.
invalid-text-long = { $max } حرفًا على الأكثر من فضلك؛ هذا النص فيه { $chars }.
invalid-yes-no = «{ $value }» ليس نعم ولا لا (true/false).
say-whether-recommend = قل هل توصي بصاحب العمل هذا.
say-whether-tos_violation = قل هل خالفت المهمة قواعد المنصة.
say-whether-broken = قل هل كانت المهمة معطوبة.
invalid-whole-number-range = اذكر عددًا صحيحًا من { $min } إلى { $max }.
invalid-whole-number = «{ $value }» ليس عددًا صحيحًا.
invalid-body-not-object = يجب أن يكون المحتوى كائن JSON.
invalid-body-json = المحتوى ليس JSON صالحًا: { $detail }.
invalid-body-utf8 = المحتوى ليس نصًا بترميز UTF-8: { $detail }.
invalid-body-unreadable = تعذّرت قراءة الطلب؛ أرسل كائن JSON.
invalid-not-single-value = يجب أن تكون قيمة واحدة (نصًا أو رقمًا أو true/false)، لا قائمة ولا كائنًا.
invalid-unknown-field = حقل غير معروف.
invalid-bulk-ids-empty = اذكر معرّفات أصحاب العمل مفصولة بفواصل.
invalid-bulk-ids-many = { $max } معرّفًا على الأكثر في كل طلب.
invalid-fields-unknown = حقول غير معروفة: { $names }. اذكر حقول بطاقة التقييم أو أجزاءها، مثل held_for_review أو all.ratings (راجع /api/v1/openapi.json).
invalid-platform-unknown-short = لا يعرف Clickline هذه المنصة؛ راجع /platforms.
invalid-email = اذكر عنوان بريد إلكتروني مثل name@example.org.
invalid-organizer-name = اذكر اسمًا من 1 إلى 100 حرف.
invalid-organizer-countries = اذكر البلدان التي ينظّم فيها هذا الشخص، مثل FR,DE.
invalid-organizer-exists = يوجد منظِّم بهذا البريد الإلكتروني بالفعل.
invalid-submission-key = مفتاح الإرسال مؤلف من 16 إلى 128 حرفًا أو رقمًا أو - أو _.

## Closed vocabularies

choose-task_type = اختر نوع المهمة.
unknown-task_type = «{ $value }» ليس نوع مهمة معروفًا؛ استخدم واحدًا من: { $allowed }.
task_type-survey = استبيان
task_type-transcription = تفريغ نصي
task_type-tagging = وسم / تصنيف
task_type-moderation = إشراف على المحتوى
task_type-data_entry = إدخال بيانات
task_type-writing = كتابة
task_type-testing = اختبار
task_type-other = أخرى

choose-paid = قل هل دُفع لك.
unknown-paid = «{ $value }» ليس إجابة ممكنة عن الدفع؛ استخدم واحدة من: { $allowed }.
paid-yes = نعم، بالكامل
paid-partial = جزئيًا
paid-no = لا
paid-pending = ليس بعد (معلّق)

choose-rejected = قل كم من العمل رُفض.
unknown-rejected = «{ $value }» ليس إجابة ممكنة عن الرفض؛ استخدم واحدة من: { $allowed }.
rejected-none = لا شيء
rejected-some = بعضه
rejected-all = كله

choose-communication = قل كيف تواصل صاحب العمل.
unknown-communication = «{ $value }» ليس إجابة ممكنة عن التواصل؛ استخدم واحدة من: { $allowed }.
communication-responsive = ردّ على رسائلي
communication-unresponsive = لم يردّ
communication-not_tried = لم أحاول التواصل معه

choose-grievance_category = اختر فئة.
unknown-grievance_category = «{ $value }» ليست فئة معروفة؛ استخدم واحدة من: { $allowed }.
grievance_category-non_payment = عدم الدفع
grievance_category-unfair_rejection = رفض غير عادل
grievance_category-account_deactivation = تعطيل الحساب
grievance_category-unpaid_work = عمل غير مدفوع (تحضير، تأهيل، انتظار)
grievance_category-harmful_content = محتوى ضار أو مزعج
grievance_category-harassment = تحرّش
grievance_category-data_privacy = إساءة استخدام بياناتي
grievance_category-opaque_management = إدارة خوارزمية غامضة
grievance_category-safety = السلامة
grievance_category-discrimination = تمييز
grievance_category-other = أخرى

choose-grievance_status = اختر حالة.
unknown-grievance_status = «{ $value }» ليست حالة معروفة؛ استخدم واحدة من: { $allowed }.
grievance_status-open = مفتوحة
grievance_status-taken_up = تبنّاها المنظِّمون
grievance_status-resolved = حُلّت
grievance_status-unresolved = لم تُحلّ

choose-platform_kind = اختر نوع المنصة.
unknown-platform_kind = «{ $value }» ليس نوع منصة معروفًا؛ استخدم واحدًا من: { $allowed }.
platform_kind-microtask = مهام صغيرة
platform_kind-freelance = عمل حر
platform_kind-on_demand = عند الطلب / في الموقع

choose-report_kind = اختر نوع البلاغ.
unknown-report_kind = «{ $value }» ليس نوع بلاغ معروفًا؛ استخدم واحدًا من: { $allowed }.
report_kind-rating = تقييم
report_kind-grievance = شكوى

choose-role = اختر دورًا.
unknown-role = «{ $value }» ليس دورًا معروفًا؛ استخدم واحدًا من: { $allowed }.
role-organizer = منظِّم
role-moderator = مشرف
role-admin = مدير

choose-strike_status = اختر حالة الإضراب.
unknown-strike_status = «{ $value }» ليست حالة إضراب معروفة؛ استخدم واحدة من: { $allowed }.
strike_status-announced = مُعلَن
strike_status-active = في إضراب
strike_status-ended = انتهى
strike_status-won = انتصر
strike_status-called_off = أُلغي
invalid-date-empty = اذكر تاريخًا بصيغة YYYY-MM-DD.
invalid-date = «{ $value }» ليس تاريخًا؛ اكتبه بصيغة YYYY-MM-DD.
invalid-strike-title = اذكر عنوانًا من 5 إلى 200 حرف.
invalid-strike-demands = اذكر المطالب في 10 إلى 5000 حرف (يُسمح بـ Markdown).
invalid-platform-unknown-named = لا يعرف Clickline المنصة «{ $value }»؛ راجع /platforms.
invalid-strike-requesters = 100 صاحب عمل على الأكثر في كل دعوة إضراب.
invalid-strike-countries = اذكر البلدان التي يُدعى فيها إلى الإضراب، مثل PH,ID.
invalid-strike-start = لا يمكن أن تبدأ دعوة الإضراب قبل أكثر من 30 يومًا.
invalid-strike-end = تاريخ النهاية قبل تاريخ البداية.
invalid-strike-language = «{ $value }» ليست من لغات Clickline.
invalid-strike-translation-same = هذه هي اللغة التي كُتبت بها الدعوة؛ ضع النص في العنوان والمطالب أعلاه.
forbidden-strike-countries = أنت تنظّم في { $yours }، لا في { $outside }: لا يمكن الدعوة إلى إضراب إلا في بلدانك.
forbidden-strike-change = لا يغيّر هذا الإضراب إلا منظِّمو البلدان التي دُعي فيها.
forbidden-moderators = لا يستطيع ذلك إلا المشرفون.
forbidden-grievance-country = هذه الشكوى من { $country }، خارج بلدانك.
forbidden-channel = لا ينشر في قناة { $country } إلا منظِّموها.
forbidden-admins = لا يدير المنظِّمين إلا المديرون.
forbidden-csrf = انتهت صلاحية هذا النموذج؛ عُد إلى الخلف وأعد تحميل الصفحة وحاول مجددًا.

## Layout

nav-skip = انتقل إلى المحتوى
nav-main-label = الرئيسية
nav-rate = قيّم صاحب عمل
nav-report = أبلغ عن مشكلة
nav-strikes-near-you = إضرابات قريبة منك
nav-scorecards = بطاقات التقييم
nav-receipt = صحّح أو اسحب
nav-methodology = المنهجية
nav-language-label = اللغة
demo-banner = <strong>بيانات تجريبية.</strong> مُلئت قاعدة بيانات التطوير هذه ببلاغات مختلَقة لتستكشف Clickline. لا شيء منها حقيقي.
demo-tag = تجريبي
footer-promise = يديره عمال المنصات ومن أجلهم. لا حساب ولا تتبّع: لا نخزّن عنوان IP ولا تفاصيل المتصفح ولا الأوقات الدقيقة. التواريخ المنشورة أيام فقط.
footer-strikes = دعوات الإضراب
footer-api = واجهة البيانات المفتوحة
footer-organizers = المنظِّمون
table-region = جدول (يمكن تمريره أفقيًا على الشاشات الصغيرة)
not-enough-data = بيانات غير كافية
not-enough-data-yet = لا توجد بيانات كافية بعد.
data-label = البيانات:
reports-newest-first = البلاغات، الأحدث أولًا

## Errors

error-home = العودة إلى الصفحة الرئيسية
error-401-title = يلزم تسجيل الدخول
error-403-title = غير مسموح
error-404-title = غير موجود
error-409-title = أُرسل من قبل
error-410-title = مسحوب
error-413-title = كبير جدًا
error-422-title = غير مفهوم
error-429-title = طلبات كثيرة جدًا
error-503-title = قاعدة البيانات غير متاحة
error-500-title = حدث خطأ
error-401 = سجّل الدخول كمنظِّم لرؤية هذه الصفحة: اذهب إلى /organize/login.
error-403 = غير مسموح لك بذلك.
error-404 = لا توجد صفحة على هذا العنوان.
error-413 = ما أرسلته كبير جدًا. اختصر النص وحاول مجددًا؛ زر الرجوع في متصفحك يعيده إليك.
error-422 = تعذّرت قراءة ما أرسلته.
error-429 = إرسالات كثيرة جدًا من هذا الاتصال؛ يُرجى الانتظار ساعة والمحاولة مجددًا.
error-429-target = قيّم هذا الاتصال هذا الطالب اليوم بأقصى عدد مسموح به في يوم واحد. لم يُحفظ شيء؛ يُرجى المحاولة غدًا.
error-429-daily = نفّذ هذا الاتصال هذا الإجراء اليوم بأقصى عدد مسموح به في يوم واحد. لم يُحفظ شيء؛ يُرجى المحاولة غدًا.
error-429-report = صُحّح هذا البلاغ أو سُحب اليوم بأقصى عدد مسموح به في يوم واحد. لم يُحفظ شيء؛ يُرجى المحاولة غدًا.
error-503 = لا يستطيع Clickline الوصول إلى قاعدة بياناته الآن. لم يُحفظ شيء؛ يُرجى المحاولة بعد بضع دقائق.
error-other = حدث خطأ من جهتنا.
error-withdrawn = سحب هذا البلاغَ الشخصُ الذي قدّمه.
error-wrong-receipt = رمز الإيصال لا يطابق هذا البلاغ.
error-key-reused = استُخدم مفتاح الإرسال هذا بالفعل لبلاغ آخر.
banner-unavailable = لا يستطيع Clickline الوصول إلى قاعدة بياناته الآن، لذا لم يُحفظ شيء. نصك ما زال في الأسفل: حاول بعد بضع دقائق، أو انسخه إلى مكان آمن.
banner-rate-limited = وصلت بلاغات كثيرة جدًا من اتصالك في الساعة الأخيرة. لم يُحفظ شيء؛ نصك ما زال في الأسفل. يُرجى المحاولة لاحقًا.
banner-not-saved = لم يُحفظ شيء: { $reason } نصك ما زال في الأسفل.

## Home

home-title = قيّموا أصحاب العمل. أبلغوا عن المشكلات. أضربوا معًا.
home-lead = يحوّل Clickline ما يعيشه عمال النقرات (أجر دون الحد الأدنى، عمل مرفوض، حسابات مغلقة) إلى أدلة علنية، ويحوّل هذه الأدلة إلى عمل جماعي عابر للحدود. لا حساب ولا اسم.
home-read-scorecards = اقرأ بطاقات التقييم
home-search-title = ابحث عن صاحب عمل
home-search-label = الاسم أو الاسم البديل أو معرّف صاحب العمل
home-search-button = ابحث
home-result-on = على { $platform }
home-result-also = ويُعرف أيضًا بـ
home-no-results = لم يُبلغ أحد بعد عن صاحب عمل يطابق «{ $query }».
home-be-first = كن أول من يقيّمه.
home-platforms = المنصات
title-home = Clickline: قيّم أصحاب العمل، أبلغ عن المشكلات، أضربوا معًا
