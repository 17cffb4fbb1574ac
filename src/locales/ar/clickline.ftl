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
forbidden-strike-countries = أنت تنظّم في { $yours }، لا في { $outside }: لا يمكن الدعوة إلى إضراب إلا في بلدانك.
forbidden-strike-change = لا يغيّر هذا الإضراب إلا منظِّمو البلدان التي دُعي فيها.
forbidden-moderators = لا يستطيع ذلك إلا المشرفون.
forbidden-grievance-country = هذه الشكوى من { $country }، خارج بلدانك.
forbidden-channel = لا ينشر في قناة { $country } إلا منظِّموها.
forbidden-admins = لا يدير المنظِّمين إلا المديرون.
forbidden-csrf = انتهت صلاحية هذا النموذج؛ عُد إلى الخلف وأعد تحميل الصفحة وحاول مجددًا.

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

## Strikes and channels

title-strikes = الإضرابات
title-pledge = تعهد
title-pledged = شكرًا على تعهدك
title-undercut = أبلغ عن كسر الإضراب
title-channels = قنوات البلدان
title-channel = قناة { $country }
strike-closed = هذا الإضراب لم يعد يقبل تعهدات.
undercut-recorded = سُجّل بلاغك عن كسر الإضراب دون الكشف عن هويتك. يرى المنظِّمون أين يتسرّب الإضراب.
alert-message = العمال في { $countries } مضربون ضد { $platform } منذ { $date }: لا تقبل مهام { $platform }.
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

## Organizers

title-login = دخول المنظِّمين
title-organize = مساحة المنظِّمين
title-password = غيّر كلمة مرورك
title-password-changed = تغيّرت كلمة المرور
title-call-strike = ادعُ إلى إضراب
title-moderation = قائمة الإشراف
title-moderation-log = سجل الإشراف
title-org-grievances = شكاوى من بلدانك
title-token-new = رمز API جديد
title-tokens-revoked = أُلغيت الرموز
title-organizers = المنظِّمون
login-lead = لمنظِّمي النقابات والتجمعات. لا يحتاج العمال إلى حساب أبدًا.
login-rate-limited = محاولات دخول كثيرة جدًا من اتصالك. يُرجى الانتظار ساعة.
login-wrong = البريد الإلكتروني أو كلمة المرور غير صحيحة.
login-submit = ادخل
field-email = البريد الإلكتروني
field-password = كلمة المرور
field-name = الاسم
field-role = الدور
field-countries = البلدان
password-not-current = هذه ليست كلمة مرورك الحالية.
password-too-short = استخدم 12 حرفًا على الأقل.
password-differ = كلمتا المرور الجديدتان مختلفتان.
password-changed = تغيّرت كلمة مرورك؛ وأُنهيت الجلسات الأخرى.
password-current = كلمة المرور الحالية
password-new = كلمة المرور الجديدة
password-new-hint = 12 حرفًا على الأقل.
password-confirm = كلمة المرور الجديدة مرة أخرى
password-submit = غيّر كلمة المرور
moderation-choose-action = اختر الإخفاء أو الاستعادة.
moderation-reason-length = اذكر سببًا من 1 إلى 500 حرف؛ يُسجَّل في سجل الإشراف.
announcement-length = اكتب من 1 إلى 5000 حرف.
token-new = رمز API الجديد (يُعرض مرة واحدة؛ لا يحتفظ Clickline إلا ببصمته): { $token }
tokens-revoked = { $count ->
    [one] أُلغي رمز API واحد.
    [two] أُلغي رمزا API.
    [few] أُلغيت { $count } رموز API.
   *[other] أُلغي { $count } رمز API.
}
organize-in = في
organize-any-country = أي بلد
organize-follow-grievances = تابِع <a href="/organize/grievances">الشكاوى</a> التي قدّمها عمال من بلدانك.
organize-announce = انشر إعلانات في قنواتك:
organize-any-channel = أي قناة
organize-tokens = رموز API
organize-tokens-lead = تستدعي البرامج النصية واجهة المنظِّمين البرمجية بـ <code>Authorization: Bearer &lt;token&gt;</code>. لا يخزّن Clickline إلا بصمة كل رمز.
organize-token-new = أنشئ رمزًا جديدًا
organize-token-revoke = ألغِ كل رموزي
org-nav-label = مساحة المنظِّمين
org-logged-in-as = مسجّل الدخول باسم <strong>{ $name }</strong>
org-nav-overview = نظرة عامة
org-nav-grievances = الشكاوى
org-nav-moderation = الإشراف
org-logout = اخرج
strike-form-lead = سينبّه Clickline كل بلد آخر يُنجز فيه عمل هذه الجهة، حتى لا يُلتقط هناك ببساطة.
strike-field-title = العنوان
markdown-allowed = يُسمح بـ Markdown.
strike-field-platform = المنصة المستهدفة
strike-field-requesters = معرّفات أصحاب العمل
strike-field-requesters-hint = مفصولة بفواصل؛ اتركها فارغة للإضراب ضد المنصة كلها.
strike-field-called-in = يُدعى إليه في (البلدان)
strike-field-called-in-hint = رموز البلدان مفصولة بفواصل، مثل PH,ID. بلدانك فقط.
strike-field-starts = يبدأ في
strike-field-date-hint = YYYY-MM-DD، مثل { $today }.
strike-field-ends = ينتهي في
strike-form-submit = ادعُ إلى الإضراب
organizers-created = أُنشئ <strong>{ $email }</strong>. أعطه هذه البيانات مرة واحدة؛ لا يحتفظ Clickline إلا ببصماتها:
organizers-add = أضف منظِّمًا
organizers-countries-hint = رموز مفصولة بفواصل، مثل FR,DE.
organizers-add-submit = أضف
moderation-report = البلاغ { $id }
moderation-hidden = مخفي
moderation-visible = ظاهر
moderation-reason = السبب (يُسجَّل في السجل)
moderation-restore = استعِد
moderation-hide = أخفِ
moderation-nothing = لا شيء مُبلَّغ عنه.
moderation-action-hide = أُخفي
moderation-action-restore = استُعيد
log-day = اليوم
log-report = البلاغ
log-action = الإجراء
log-reason = السبب
log-moderator = المشرف
log-empty = لا إشراف بعد.
org-grievance = الشكوى { $id }
org-grievance-note = ملاحظة علنية
org-grievances-none = لا شكاوى من بلدانك.
vouched-tag = مُزكّى
report-held = وصل هذا التقييم ضمن موجة تقييمات للطالب نفسه، لذا سيراجعه مشرف قبل نشره. لا تحتاج إلى فعل أي شيء آخر.
report-to-be-published = سيُنشر في { $day }: تُنشر البلاغات على دفعات يومية حتى لا يعرف أحد متى قُدّم كل منها. ما زال بإمكانك تصحيحه أو سحبه بإيصالك.
report-correction-pending = سيُنشر تصحيحك في { $day }؛ وحتى ذلك الحين يبقى البلاغ كما كان.
figure-vouched = منها بتزكية من منظِّم
scorecard-held = وصلت { $count } تقييمات في موجة مريبة وهي محتجزة للمشرفين؛ لا تُحتسب في أي مكان حتى يُفرج عنها.
scorecard-held-why = كيف يعمل الفحص
moderation-held = محتجز بالفحص
moderation-held-correction = تصحيح محتجز بالفحص (معروض كما سيُقرأ)
moderation-release = إفراج (نشر)
moderation-reject = رفض
moderation-action-release = أُفرج عنه
moderation-action-reject = رُفض
organize-vouchers = القسائم
organize-vouchers-lead = وزّع قسائم تُستخدم مرة واحدة شخصيًا أو في قنواتك. يُعلَّم التقييم أو الشكوى المقدّمة بقسيمة بأنه مُزكّى ولا يحتجزه فحص الموجات أبدًا. لا يحتفظ Clickline إلا ببصمة لكل رمز، ولا يسجّل أي بلاغ القسيمة أو الدفعة أو المنظِّم الذي زكّاه.
field-voucher-count = العدد (من 20 إلى 1000)
organize-vouchers-issue = إصدار القسائم
organize-follows = المنصات التي تتابعها قنواتك
organize-follows-lead = تُنبَّه بلدانك عند كل إضراب ضد هذه المنصات.
organize-follows-save = حفظ
title-vouchers = قسائمك الجديدة
vouchers-lead = اطبع هذه الرموز أو انسخها الآن: تُعرض مرة واحدة فقط. كل رمز يصلح مرة واحدة.
invalid-voucher-count = أدخل عددًا صحيحًا من { $min } إلى { $max }.
invalid-voucher = تتكون القسيمة من 20 حرفًا ورقمًا، مثل ABCD-EFGH-JKMN-PQRS-TUVW.
voucher-not-valid = هذه القسيمة غير معروفة أو استُخدمت من قبل أو لم تعد صالحة. لم يُحفظ شيء؛ احذفها أو تحقق منها مع من أعطاك إياها.
voucher-quota = يمكن للمنظِّم إصدار { $quota } قسيمة في اليوم على الأكثر. لم يُصدر شيء؛ حاول غدًا أو أصدر دفعة أصغر.
field-voucher = قسيمة من منظِّم
hint-voucher = إن أعطتك نقابة أو مجموعة قسيمة فأدخلها: سيُعلَّم بلاغك بأنه مُزكّى. لا تُربط بك ولا بهم.
voucher-only-when-filing = لا يمكن إضافة قسيمة إلا عند تقديم البلاغ.
correction-keeps-target = لا يمكن للتصحيح نقل بلاغ إلى منصة أخرى أو طالب آخر. اسحب هذا البلاغ بإيصاله وقدّم بلاغًا جديدًا بدلًا منه.
legend-voucher = القسيمة
method-screening = الفحص قبل النشر
method-screening-def = لا يجوز أن يتمكّن الطرف المُقيَّم من تحريك أرقامه. قبل نشر كل دفعة تُفحص تقييمات كل طالب؛ وما يبدو مزوّرًا يُحتجز لمشرف يُفرج عن كل تقييم أو يرفضه مع سبب في سجل علني. وتذكر البطاقات عدد المحتجز. القاعدة:
method-screening-burst = إذا ضمّت دفعة طالب أكثر من { $min } تقييمات وأكثر من { $factor } أضعاف عدده اليومي المعتاد خلال آخر { $days } يومًا، لا يُنشر منها إلا بقدر ما تتسع له دفعة دون هذا الحد؛ ويُحتجز الباقي، بدءًا بالتقييمات الموافقة لأغلب الموجة (التي توصي بالطالب أو لا توصي به كما يفعل معظم الدفعة)، فلا تستطيع موجة أن تمرّر تقييماتها ولا أن تُقصي التقييمات المخالفة؛
method-screening-copies = تُحتجز { $count } تقييمات أو أكثر لطالب واحد في دفعة بالتعليق نفسه (بصرف النظر عن حالة الأحرف والمسافات وعلامات الترقيم)؛
method-screening-network = يُحتجز التقييم إذا جاء في ذلك اليوم أكثر من { $count } تقييمات لطالبه من الشبكة نفسها (IPv4 /24 أو IPv6 /48)؛
method-screening-platform = وتنطبق القاعدة نفسها على دفعة كل منصة عبر جميع طالبيها، مقارنةً بعدد المنصة المعتاد، ويُحتجز التقييم إذا جاء في ذلك اليوم أكثر من { $count } تقييمات لمنصته من الشبكة نفسها؛
method-screening-corrections = تُفحص تصحيحات التقييمات مع الدفعة التي تُنشر فيها، وتُحتسب ضمن الحدود نفسها التي تُحتسب فيها التقييمات الجديدة، ولا يمكنها نقل تقييم إلى منصة أخرى أو طالب آخر؛
method-screening-limit = يمكن للاتصال الواحد تقييم الطالب نفسه { $count } مرات على الأكثر يوميًا وإرسال عدد محدود من البلاغات في الساعة (يُحتسب IPv6 لكل /64). تُحفظ هذه العدادات تحت مفتاح يتغيّر يوميًا ثم يُحذف.
method-screening-after = لا تُحتجز أبدًا التقييمات المقدّمة بقسيمة من منظِّم.
method-vouchers = القسائم
method-vouchers-def = توزّع النقابات والمجموعات قسائم تُستخدم مرة واحدة شخصيًا أو في قنواتها. يُعلَّم البلاغ المقدّم بقسيمة بأنه مُزكّى، وتحتسب البطاقات التقييمات المُزكّاة. لا يحتفظ البلاغ إلا بهذه العلامة: يخزّن Clickline القسائم كبصمات، والقسيمة المستخدمة لا يبقى منها إلا بصمتها، ولا شيء يسجّل أي قسيمة أو دفعة أو منظِّم زكّى البلاغ.
method-threats = ما يمكن للآخرين معرفته وما لا يمكنهم
method-threats-poller = من يعيد تحميل الصفحات كل ثانية لا يعرف إلا يوم البلاغ: يظهر مع بقية دفعة يومه بترتيب لا يكشف شيئًا.
method-threats-thief = من يسرق قاعدة البيانات لا يجد عناوين IP ولا متصفحات ولا أوقاتًا دقيقة ولا حسابات: فقط يوم كل بلاغ، وبصمات الإيصالات والقسائم، وعدادات تحت مفاتيح تدوم يومًا. ودون المفتاح السري للخادم لا يمكن ربط عداد بعنوان؛ وبعد حذف مفتاح اليوم لا يستطيع ذلك أحد.
method-threats-oplog = قاعدة البيانات العاملة كمجموعة نسخ MongoDB تحتفظ بسجل للكتابات الأخيرة (oplog) مع أوقاتها طوال المدة المضبوطة. ومن يستطيع قراءته في تلك المدة يرى متى كُتب البلاغ. على المشغّلين إبقاء هذه المدة قصيرة والوصول إليها مقيّدًا كالوصول إلى القاعدة.
title-cross-site = أُرسل من موقع آخر
cross-site-refused = أُرسل هذا النموذج من موقع آخر لا من صفحة في Clickline، لذا لم يُفعل شيء: لا يجوز لموقع آخر أن يقدّم أو يغيّر أو يسحب أي شيء باسمك. إن كنت تقصد ذلك فافتح النموذج في Clickline نفسه وأرسله مجددًا.

## Organizer access

forbidden-password-change = ما زلت تستخدم كلمة المرور الأولى التي رآها شخص آخر. عيّن كلمة مرور جديدة أولًا.
forbidden-own-access = لا يمكن للمسؤول تغيير دوره أو تعطيل حسابه بنفسه؛ اطلب ذلك من مسؤول آخر.
login-wait = كلمات مرور خاطئة كثيرة لهذا الحساب من اتصالك. يُرجى الانتظار { $seconds } ثانية ثم المحاولة مجددًا.
login-disabled = حساب المنظِّم هذا معطَّل. تواصل مع أحد المسؤولين.
password-same = يجب أن تختلف كلمة المرور الجديدة عن الحالية.
password-initial = لقد سجّلت الدخول بكلمة مرور أولى رآها شخص آخر. اختر كلمة مرور جديدة للمتابعة.
organizers-state = الحالة
organizers-disabled = معطَّل
organizers-initial-password = لم تُغيَّر كلمة المرور الأولى بعد
organizers-active = نشط
organizers-changed = حُفظت صلاحيات { $email }.
organizers-access = الأدوار والبلدان والصلاحيات
organizers-access-hint = تعطيل الحساب ينهي جلساته ورموز API الخاصة به فورًا. يسري الدور أو البلد المعدَّل من الصفحة التالية التي يفتحها المنظِّم.
organizers-disable = معطَّل (لا دخول ولا رمز API)
organizers-access-submit = حفظ
field-token-valid = صالح لمدة
token-valid-days = { $days } يومًا
token-valid-never = بلا انتهاء
invalid-token-validity = اختر إحدى المدد المعروضة.

## The work behind the work

legend-more-work = المزيد عن هذا العمل
more-work-lead = كل ما هنا اختياري. يُظهر ما يغفله رقم «الأجر لكل مهمة»: الوقت غير المدفوع، والاستبعاد، ولمن كان العمل حقًا، ولأي غرض.
field-bonus-amount = المكافأة
hint-bonus-amount = أي مكافأة فوق الأجر؛ يحسبها الأجر بالساعة.
field-bonus-currency = عملة المكافأة
field-unpaid_minutes = دقائق غير مدفوعة
hint-unpaid_minutes = من الدقائق أعلاه، كم منها لم يُدفع أجره: البحث عن المهام، واختبارات التأهيل، واستبيانات الفرز، والتعليمات، والانتظار.
invalid-unpaid-minutes = أدخل عددًا صحيحًا من الدقائق بين 0 و{ $max } (لا يزيد على مدة العمل).
field-outcome = كيف انتهى؟
choose-outcome = اختر كيف انتهى العمل.
unknown-outcome = «{ $value }» ليست من الإجابات عن نهاية العمل؛ استخدم إحدى: { $allowed }.
outcome-completed = أنهيته
outcome-screened_out = استُبعدت
outcome-not_finished = لم أتمكن من إنهائه
field-payment_form = بماذا دُفع لك؟
choose-payment_form = اختر بماذا دُفع لك.
unknown-payment_form = «{ $value }» ليست من الإجابات عن وسيلة الدفع؛ استخدم إحدى: { $allowed }.
payment_form-money = نقود
payment_form-gift_card = بطاقات هدايا
payment_form-points = نقاط
payment_form-in_kind = سلع أو خدمات
field-purpose = لأي غرض كان العمل؟
choose-purpose = اختر لأي غرض كان العمل.
choose-purpose-option = لست متأكدًا / أفضّل ألا أقول
unknown-purpose = «{ $value }» ليس من الأغراض التي يعدّها Clickline؛ استخدم أحد: { $allowed }.
purpose-ai_training = تدريب الذكاء الاصطناعي
purpose-content_moderation = الإشراف على المحتوى
purpose-surveillance = المراقبة أو التعرّف على الوجوه
purpose-military = استخدام عسكري
purpose-fake_engagement = إعجابات أو مراجعات أو حسابات مزيفة
purpose-research = بحث علمي
purpose-marketing = تسويق
purpose-other = شيء آخر
purpose-unknown = لم يُقل لي
field-harmful_content = عرض عليّ محتوى عنيفًا أو جنسيًا أو يحض على الكراهية
say-whether-harmful_content = قل ما إذا كان العمل قد عرض عليك محتوى مؤذيًا.
field-end_client_disclosed = هل قيل لك لمن كان العمل حقًا؟
say-whether-end_client_disclosed = قل ما إذا قيل لك لمن كان العمل.
field-evaluation_explained = هل قيل لك كيف سيُقيَّم عملك؟
say-whether-evaluation_explained = قل ما إذا قيل لك كيف سيُقيَّم عملك.
yes-no-unknown = لست متأكدًا
field-end_client = لمن كان حقًا؟
hint-end_client = الشركة التي تقف وراء صاحب العمل، إن كنت تعرفها. يتحقق منها المشرفون قبل نشر أي شيء.
figure-unpaid-time = حصة الوقت غير المدفوع
figure-screened-out = مستبعَدون
figure-not-money = دُفع ببطاقات أو نقاط أو عينًا
figure-harmful = عرض محتوى مؤذيًا
figure-end-client-disclosed = ذُكر لمن العمل
figure-evaluation-explained = شُرح التقييم
scorecard-purposes = لأي غرض كان العمل، بحسب العاملين
scorecard-harmful = يفيد عاملون بأن هذا العمل عرض عليهم محتوى عنيفًا أو جنسيًا أو يحض على الكراهية. إن أثّر فيك، فلست وحدك: منظِّمو بلدك يدلّونك على أماكن المساعدة.
scorecard-harmful-country = بلدك
scorecard-harmful-go = اعثر على المساعدة
method-bonus-def = تُحسب المكافأة: (الأجر + المكافأة) ÷ الدقائق × 60، ويُحوَّل كل منهما على حدة.
method-unpaid-time = حصة الوقت غير المدفوع
method-unpaid-time-def = مجموع الدقائق غير المدفوعة ÷ مجموع الدقائق، على التقييمات التي تذكر دقائق غير مدفوعة (البحث، واختبارات التأهيل، واستبيانات الفرز، والتعليمات، والانتظار). تُعرض بجانب الأجر بالساعة لأنها تفسّره.
method-screened-out = مستبعَدون
method-screened-out-def = حصة التقييمات التي استُبعد أصحابها (أنهى استبيان فرز أو اختبار المهمة). تُعرض بجانب الأجر بالساعة لأنها تفسّره.
method-not-money = دُفع ببطاقات أو نقاط أو عينًا
method-not-money-def = حصة التقييمات التي دُفعت بغير النقود.
method-harmful = عرض محتوى مؤذيًا
method-harmful-def = حصة التقييمات التي عرض عملها محتوى عنيفًا أو جنسيًا أو يحض على الكراهية. بطاقة التقييم التي فيها مثل ذلك تدل القارئ على صفحة الدعم في قناة بلده.
method-disclosed = ذُكر لمن العمل؛ شُرح التقييم
method-disclosed-def = حصة «نعم» بين التقييمات التي تجيب عن السؤال؛ لا تُحسب «لست متأكدًا».
method-purposes = لأي غرض كان العمل
method-purposes-def = عدد التقييمات التي تذكر كل غرض، من بين التي تذكر غرضًا.
title-support-page = الدعم للعاملين في { $country }
support-none = لم يكتب منظِّمو هذه القناة صفحة دعم بعد.
support-updated = كتبها منظِّمو القناة؛ آخر تعديل في { $date }.
support-always = أيًّا كان بلدك
support-always-stop = يحق لك إيقاف مهمة تعرض عليك محتوى عنيفًا أو جنسيًا أو يحض على الكراهية. صحتك أهم من أي تقييم.
support-always-report = أبلغ عنه على Clickline دون ذكر اسمك: سيُحذَّر الآخرون، ويمكن للمنظِّمين متابعته.
support-always-talk = تحدّث إلى شخص تثق به أو إلى نقابة؛ لا يلزمك أن تحمل ذلك وحدك.
support-channel = صفحة القناة
support-report = أبلغ عن محتوى مؤذٍ
support-write = اكتب هذه الصفحة
support-write-label = صفحة الدعم (Markdown)
support-write-hint = أين يجد العاملون في هذا البلد المساعدة: خطوط المساعدة، والنقابات، والدعم النفسي، والحقوق. تُعرض على الجميع كما تكتبها.
support-write-submit = احفظ صفحة الدعم
support-length = اكتب بين 1 و{ $max } حرفًا.

## Companies, pressure and supporters

nav-companies = الشركات
title-companies = الشركات وراء الحسابات
companies-lead = كثير من أصحاب العمل مجرد واجهات: العمل لصالح شركة تقف خلفهم، غالبًا في بلد آخر. هذه هي الشركات التي تعرفها Clickline، مع الحسابات المؤكَّد أنها تابعة لها. كل صلة موثقة في كتالوجنا الأولي أو أكدها مشرف.
companies-col-company = الشركة
companies-col-based-in = المقر
companies-col-accounts = المنصات والحسابات
companies-none = لا توجد شركات بعد.
company-operates-short = تدير { $platform }
company-propose-link = اقترح شركة أو صلة
company-based-in = مقرها في
company-based-in-unknown = بلد المقر غير معروف بعد
company-operates = تدير
company-operated-by = منصة تديرها
company-behind = الشركة وراء هذا الحساب:
company-accounts = الحسابات
company-no-accounts = لم يُؤكَّد بعد أي حساب صاحب عمل على أنه تابع لهذه الشركة.
company-sources = المصادر:
company-figures-cover = تشمل هذه الأرقام التقييمات المنشورة لجميع الحسابات المذكورة أعلاه، على كل منصة.
company-propose-account-title = حساب تابع لهذه الشركة
company-propose-country-title = أين يقع مقر الشركة
company-propose-lead = يمكن لأي شخص أن يقترح، دون الكشف عن هويته. يتحقق مشرف من أدلتك ثم يؤكد الاقتراح أو يرفضه؛ وحتى ذلك الحين لا يُحتسب في أي مكان.
company-name-field = اسم الشركة
company-evidence = الأدلة
company-evidence-hint = أين يمكن للمشرف التحقق من ذلك؟ روابط، سجل تجاري، بيانات قانونية، عقد. بصيغة Markdown؛ تُحذف البيانات الشخصية.
company-propose-submit = أرسل الاقتراح
company-based-in-field = بلد المقر
company-choose-country = اختر بلدًا
company-no-account-option = لا حساب: أقترح بلد المقر
company-or = (أو حسابًا أعلاه)
requester-propose-company = هل تعرف الشركة وراء صاحب العمل هذا؟
title-company-proposal = اقترح صلة بشركة
title-company-proposed = شكرًا على اقتراحك
company-proposed-lead = اقتراحك بشأن «{ $company }» في انتظار المشرف.
company-proposed-redacted = حذفنا بيانات شخصية من أدلتك:
company-proposed-keep = معرّف الاقتراح: <code>{ $id }</code>. احتفظ به مع الرمز لسحب الاقتراح ما دام في الانتظار (عبر الواجهة البرمجية: <code>DELETE /api/v1/companies/proposals/{ $id }</code> مع <code>Authorization: Receipt &lt;الرمز&gt;</code>). لن نعرض الرمز مرة أخرى.
invalid-company-empty = اكتب اسم الشركة.
invalid-company-name = يحتاج اسم الشركة إلى حرف لاتيني أو رقم واحد على الأقل.
invalid-company-name-long = اسم الشركة طويل جدًا (بحد أقصى { $max } حرفًا).
invalid-proposal-both = اقترح حسابًا أو بلد مقر، لا الاثنين معًا.
invalid-proposal-neither = اذكر منصة ومعرّف صاحب العمل، أو بلد المقر.
invalid-evidence-short = اذكر أدلتك ({ $min } أحرف على الأقل).
decision-confirm = تأكيد
decision-reject = رفض
choose-decision = اختر قرارًا: { $allowed }.
unknown-decision = «{ $value }» ليس قرارًا؛ استخدم أحد: { $allowed }.
proposal-already-decided = سبق البت في هذا الاقتراح.
title-proposals = اقتراحات الشركات
proposal-label = الاقتراح { $id }
proposal-from-rating = ذكره عامل في تقييم
proposal-claims-account = يدّعي أن هذا الحساب تابع للشركة:
proposal-claims-based-in = يدّعي أن مقر الشركة في
proposal-confirm = تأكيد
proposal-reject = رفض
proposals-nothing = لا توجد اقتراحات في الانتظار.
log-proposal = الاقتراح { $id }
moderation-action-confirm_proposal = تم تأكيد الاقتراح
moderation-action-reject_proposal = تم رفض الاقتراح
pressure-message = العمال في { $countries } مضربون منذ { $date } ضد عمل على { $platform } لصالح عميل مقره هنا: يمكن للزبائن والصحفيين والنقابات هنا الضغط عليه.
channel-pressure-alerts = تنبيهات الضغط
channel-pressure-lead = إضرابات في أماكن أخرى ضد عملاء مقرهم في هذا البلد. العمل لا يُنجز هنا، لكن يمكنك التحرك حيث يوجد العميل.
channel-no-pressure = لا يستهدف أي إضراب حاليًا عميلًا مقره في { $country }.
strike-asked-pressure = ضغط حيث مقر العميل
strike-pressure-in = مقر العميل في:
strike-supporters-title = المؤيدون
strike-supporters-lead = أشخاص ليسوا عمالًا (زبائن، صحفيون، باحثون) يؤيدون هذا الإضراب. يُحتسبون حسب البلد، بمعزل عن تعهدات العمال.
strike-col-supporters = المؤيدون
strike-no-supporters = لا يوجد مؤيدون بعد.
support-title = لست عاملًا؟ أيّد هذا الإضراب
support-lead = دون كشف الهوية: نحتسب المؤيدين حسب البلد فقط. تحصل على رمز إيصال لسحب تأييدك.
support-country = البلد الذي أنت فيه
support-submit = أؤيد هذا الإضراب
strike-closed-support = لم يعد هذا الإضراب يقبل مؤيدين.
title-support = التأييد
title-supported = شكرًا على تأييدك
supported-lead = حُفظ تأييدك لـ«{ $title }». يُحسب التأييد على دفعات يومية، فلا يُظهر أي عدد متى أيّدت.
supported-keep = معرّف التأييد: <code>{ $support }</code>. احتفظ به مع الرمز لسحب تأييدك عبر الواجهة البرمجية: <code>DELETE /api/v1/strikes/{ $strike }/support/{ $support }</code> مع <code>Authorization: Receipt &lt;الرمز&gt;</code>. لن نعرض الرمز مرة أخرى.

## Extension and Turkopticon

extension-title = استخدم Clickline من الأدوات التي لديك
extension-lead = شاهد تقييمات Clickline بجانب كل مهمة على Amazon Mechanical Turk دون مغادرة قائمة المهام.
extension-shown = ما يعرضه
extension-shown-list = بجانب كل صاحب عمل: الأجر الوسيط في الساعة، ونسبة العمل غير المدفوع، ونسبة الرفض، وعدد التقييمات، والتقييمات الموثقة والمحتجزة للمراجعة، وتنبيه عندما يدعو العمال إلى إضراب ضد صاحب العمل أو ضد MTurk، وروابط إلى بطاقة التقييم وإلى نموذج تقييم مملوء مسبقًا بصاحب العمل والمهمة. عندما تكون التقييمات قليلة جدًا يقول ذلك، ولا يعرض 0 أبدًا.
extension-privacy = تسأل الإضافة والسكربت Clickline هذا عن أصحاب العمل في الصفحة التي تشاهدها فقط: لا حساب، ولا تتبع، ولا ملفات تعريف ارتباط، ولا اتصال بأي موقع آخر. ولا يمكنهما قراءة سوى worker.mturk.com.
extension-unavailable = ملفات الإضافة غير موجودة في تثبيت Clickline هذا.
extension-screenshot-alt = قائمة مهام على worker.mturk.com تظهر فيها أرقام Clickline تحت كل صاحب عمل: الأجر الوسيط في الساعة، ونسبة عدم الدفع، ونسبة الرفض، وعدد التقييمات، وتنبيه إضراب.
extension-chromium = Chrome وChromium وEdge وBrave
extension-chromium-download = نزّل الإضافة وفك ضغطها في مجلد تحتفظ به.
extension-zip-link = تنزيل الإضافة (zip)
extension-chromium-developer = افتح صفحة الإضافات وفعّل وضع المطور:
extension-chromium-load = اختر «تحميل إضافة غير مضغوطة» ثم اختر المجلد.
extension-options = تستخدم الإضافة Clickline هذا ({ $address }). لاستخدام غيره، غيّر العنوان في خيارات الإضافة.
extension-options-none = افتح خيارات الإضافة وأدخل عنوان Clickline هذا.
extension-firefox = Firefox
extension-firefox-steps = افتح الصفحة أدناه، واختر «تحميل إضافة مؤقتة» ثم ملف manifest.json من المجلد المفكوك. ينسى Firefox الإضافات المؤقتة عند إغلاقه؛ للاحتفاظ بـ Clickline استخدم السكربت.
extension-userscript = سكربت المستخدم (Tampermonkey وViolentmonkey)
extension-userscript-steps = ثبّت Tampermonkey أو Violentmonkey من متجر إضافات متصفحك، ثم افتح السكربت: سيعرض عليك المدير تثبيته.
extension-userscript-link = تثبيت السكربت
extension-turkopticon = الأدوات التي تقرأ Turkopticon
extension-turkopticon-intro = يمكن لـ MTurk Suite وHIT Forker وغيرهما من السكربتات التي تعرض تقييمات Turkopticon أن تعرض تقييمات Clickline بدلًا منها: في إعداداتها، استبدل عنوان Turkopticon بعنوان Clickline هذا.
extension-turkopticon-to2 = واجهة Turkopticon 2 البرمجية
extension-turkopticon-to1 = واجهة Turkopticon 1 البرمجية
prefill-invalid = ملأ الرابط هذا الحقل بقيمة لا يقبلها Clickline، لذلك تُرك فارغًا. يُرجى إدخالها بنفسك.
form-task-title = المهمة: { $title }
