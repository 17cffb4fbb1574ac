### Clickline, Urdu (اردو).
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## تاریخیں

month-1 = جنوری
month-2 = فروری
month-3 = مارچ
month-4 = اپریل
month-5 = مئی
month-6 = جون
month-7 = جولائی
month-8 = اگست
month-9 = ستمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر
# پوری تاریخ کے اندر مہینے کا نام (اردو میں وہی جو اوپر ہے)۔
month-of-day-1 = جنوری
month-of-day-2 = فروری
month-of-day-3 = مارچ
month-of-day-4 = اپریل
month-of-day-5 = مئی
month-of-day-6 = جون
month-of-day-7 = جولائی
month-of-day-8 = اگست
month-of-day-9 = ستمبر
month-of-day-10 = اکتوبر
month-of-day-11 = نومبر
month-of-day-12 = دسمبر
# $day، $month (اوپر والا نام)، $year
date-day = { $day } { $month }، { $year }
date-month = { $month } { $year }

## فارم اور API کے لیے جانچ کے پیغامات

invalid-country-empty = ملک چنیں۔
invalid-country = '{ $value }' ISO 3166-1 کا ملکی کوڈ نہیں ہے (دو حروف، جیسے PH، KE یا FR)۔
invalid-currency-empty = وہ کرنسی چنیں جس میں آپ کو ادائیگی ہوئی۔
invalid-currency = '{ $value }' ISO 4217 کا کرنسی کوڈ نہیں ہے (تین حروف، جیسے USD، EUR یا PHP)۔
invalid-currency-no-rate = Clickline کے پاس ابھی { $code } کا ایکسچینج ریٹ نہیں ہے؛ براہ کرم رقم USD یا EUR میں لکھیں۔
invalid-amount-empty = رقم لکھیں (اگر کچھ نہیں ملا تو 0)۔
invalid-amount = '{ $value }' کوئی رقم نہیں ہے؛ اسے 1.25 کی طرح لکھیں۔
invalid-amount-too-large = یہ رقم بہت زیادہ ہے۔
invalid-receipt = رسید کوڈ میں 16 حروف اور ہندسے ہوتے ہیں، جیسے ABCD-EFGH-JKMN-PQRS۔
invalid-platform-empty = وہ پلیٹ فارم چنیں جہاں آپ کو یہ کام ملا۔
invalid-platform = '{ $value }' پلیٹ فارم کا شناختی نام (slug) نہیں ہے؛ فہرست /platforms پر دیکھیں۔
invalid-platform-unknown = Clickline پلیٹ فارم '{ $value }' کو نہیں جانتا۔ اسے /platforms کی فہرست سے چنیں (معلوم پلیٹ فارم: { $known })؛ اگر آپ کا پلیٹ فارم اس میں نہیں ہے تو سب سے قریبی چنیں اور اپنی تحریر میں بتائیں کہ کون سا ہے۔
invalid-requester-id-empty = ریکویسٹر (کام دینے والے) کی id ویسے ہی لکھیں جیسے پلیٹ فارم دکھاتا ہے۔
invalid-requester-id-long = ریکویسٹر id میں زیادہ سے زیادہ { $max } حروف ہوتے ہیں۔
invalid-requester-id-char = ریکویسٹر id میں '{ $char }' نہیں ہو سکتا؛ صرف حروف، ہندسے اور - _ . ~ @ + : استعمال کریں۔
invalid-requester-id-for-name = ریکویسٹر کی id بھی لکھیں، تاکہ نام صحیح ریکویسٹر کے ساتھ جڑے۔
invalid-requester-name-long = ریکویسٹر کے نام میں زیادہ سے زیادہ 200 حروف ہو سکتے ہیں۔
invalid-report-id = یہ Clickline کی رپورٹ id نہیں ہے۔
invalid-month = '{ $value }' کوئی مہینہ نہیں ہے؛ اسے YYYY-MM کی شکل میں لکھیں، جیسے 2025-03۔
invalid-month-future = یہ مہینہ ابھی آیا ہی نہیں۔
invalid-month-early = سن 2000 یا اس کے بعد کا مہینہ لکھیں۔
invalid-minutes-empty = بتائیں کام میں کتنے منٹ لگے، بغیر معاوضے کی تیاری سمیت۔
invalid-minutes = '{ $value }' منٹوں کا پورا عدد نہیں ہے۔
invalid-minutes-range = بتائیں کام میں کتنے منٹ لگے، 1 سے 1440 تک (پورا ایک دن)۔
invalid-description-length = جو ہوا اسے 20 سے 10000 حروف میں بیان کریں۔
invalid-text-long = براہ کرم زیادہ سے زیادہ { $max } حروف؛ اس میں { $chars } ہیں۔
invalid-yes-no = '{ $value }' ہاں یا نہیں (true/false) نہیں ہے۔
say-whether-recommend = بتائیں کہ کیا آپ اس ریکویسٹر کی سفارش کریں گے۔
say-whether-tos_violation = بتائیں کہ کیا اس کام نے پلیٹ فارم کے قواعد توڑے۔
say-whether-broken = بتائیں کہ کیا کام خراب تھا۔
invalid-whole-number-range = { $min } سے { $max } تک کوئی پورا عدد لکھیں۔
invalid-whole-number = '{ $value }' پورا عدد نہیں ہے۔
invalid-body-not-object = باڈی ایک JSON آبجیکٹ ہونی چاہیے۔
invalid-body-json = باڈی درست JSON نہیں ہے: { $detail }۔
invalid-body-utf8 = باڈی UTF-8 متن نہیں ہے: { $detail }۔
invalid-body-unreadable = درخواست پڑھی نہیں جا سکی؛ ایک JSON آبجیکٹ بھیجیں۔
invalid-not-single-value = ایک ہی قدر ہونی چاہیے (string، نمبر یا true/false)، فہرست یا آبجیکٹ نہیں۔
invalid-unknown-field = نامعلوم خانہ۔
invalid-bulk-ids-empty = ریکویسٹر ids کوما لگا کر الگ الگ لکھیں۔
invalid-bulk-ids-many = ایک درخواست میں زیادہ سے زیادہ { $max } ids۔
invalid-fields-unknown = نامعلوم فیلڈز: { $names }۔ اسکور کارڈ کے فیلڈز یا ان کے حصوں کے نام لکھیں، جیسے held_for_review یا all.ratings (/api/v1/openapi.json دیکھیں)۔
invalid-platform-unknown-short = Clickline اس پلیٹ فارم کو نہیں جانتا؛ /platforms دیکھیں۔
invalid-email = ای میل پتہ لکھیں، جیسے name@example.org۔
invalid-organizer-name = 1 سے 100 حروف کا نام لکھیں۔
invalid-organizer-countries = وہ ممالک لکھیں جہاں یہ آرگنائزر کام کرتا ہے، جیسے FR,DE۔
invalid-organizer-exists = اس ای میل کے ساتھ ایک آرگنائزر پہلے سے موجود ہے۔
invalid-submission-key = جمع کرانے کی کلید میں 16 سے 128 حروف، ہندسے، - یا _ ہوتے ہیں۔

## طے شدہ الفاظ: <kind>-<wire name> ایک لیبل ہے؛ choose-<kind> اور
## unknown-<kind> وہ پیغامات ہیں جب قدر غائب یا نامعلوم ہو۔

choose-task_type = کام کی قسم چنیں۔
unknown-task_type = '{ $value }' کام کی کوئی معلوم قسم نہیں ہے؛ ان میں سے ایک استعمال کریں: { $allowed }۔
task_type-survey = سروے
task_type-transcription = ٹرانسکرپشن (آواز سے تحریر)
task_type-tagging = ٹیگنگ / لیبلنگ
task_type-moderation = مواد کی نگرانی (ماڈریشن)
task_type-data_entry = ڈیٹا انٹری
task_type-writing = لکھائی
task_type-testing = ٹیسٹنگ
task_type-other = دیگر

choose-paid = چنیں کہ کیا آپ کو ادائیگی ہوئی۔
unknown-paid = '{ $value }' ادائیگی کے بارے میں جوابات میں سے نہیں ہے؛ ان میں سے ایک استعمال کریں: { $allowed }۔
paid-yes = ہاں، پوری
paid-partial = کچھ حصہ
paid-no = نہیں
paid-pending = ابھی نہیں (باقی ہے)

choose-rejected = چنیں کہ کتنا کام مسترد ہوا۔
unknown-rejected = '{ $value }' مسترد کیے گئے کام کے بارے میں جوابات میں سے نہیں ہے؛ ان میں سے ایک استعمال کریں: { $allowed }۔
rejected-none = کچھ نہیں
rejected-some = کچھ
rejected-all = سب

choose-communication = چنیں کہ ریکویسٹر نے رابطے میں کیسا برتاؤ کیا۔
unknown-communication = '{ $value }' رابطے کے بارے میں جوابات میں سے نہیں ہے؛ ان میں سے ایک استعمال کریں: { $allowed }۔
communication-responsive = میرے پیغامات کا جواب دیا
communication-unresponsive = جواب نہیں دیا
communication-not_tried = میں نے رابطہ کرنے کی کوشش نہیں کی

choose-grievance_category = زمرہ چنیں۔
unknown-grievance_category = '{ $value }' کوئی معلوم زمرہ نہیں ہے؛ ان میں سے ایک استعمال کریں: { $allowed }۔
grievance_category-non_payment = ادائیگی نہیں ہوئی
grievance_category-unfair_rejection = ناجائز طور پر مسترد
grievance_category-account_deactivation = اکاؤنٹ بند کر دیا گیا
grievance_category-unpaid_work = بغیر معاوضے کا کام (تیاری، اہلیت ٹیسٹ، انتظار)
grievance_category-harmful_content = نقصان دہ یا پریشان کن مواد
grievance_category-harassment = ہراسانی
grievance_category-data_privacy = میرے ڈیٹا کا غلط استعمال
grievance_category-opaque_management = الگورتھم کے ذریعے غیر شفاف انتظام
grievance_category-safety = حفاظت
grievance_category-discrimination = امتیازی سلوک
grievance_category-other = دیگر

choose-grievance_status = حیثیت چنیں۔
unknown-grievance_status = '{ $value }' کوئی معلوم حیثیت نہیں ہے؛ ان میں سے ایک استعمال کریں: { $allowed }۔
grievance_status-open = کھلی
grievance_status-taken_up = آرگنائزرز نے اٹھا لی
grievance_status-resolved = حل ہو گئی
grievance_status-unresolved = حل نہیں ہوئی

choose-platform_kind = پلیٹ فارم کی قسم چنیں۔
unknown-platform_kind = '{ $value }' پلیٹ فارم کی کوئی معلوم قسم نہیں ہے؛ ان میں سے ایک استعمال کریں: { $allowed }۔
platform_kind-microtask = مائیکرو ٹاسک
platform_kind-freelance = فری لانس
platform_kind-on_demand = فوری طلب / جگہ پر مبنی

choose-report_kind = رپورٹ کی قسم چنیں۔
unknown-report_kind = '{ $value }' رپورٹ کی کوئی معلوم قسم نہیں ہے؛ ان میں سے ایک استعمال کریں: { $allowed }۔
report_kind-rating = ریٹنگ
report_kind-grievance = شکایت

choose-role = کردار چنیں۔
unknown-role = '{ $value }' کوئی معلوم کردار نہیں ہے؛ ان میں سے ایک استعمال کریں: { $allowed }۔
role-organizer = آرگنائزر
role-moderator = ماڈریٹر
role-admin = ایڈمنسٹریٹر

choose-strike_status = ہڑتال کی حیثیت چنیں۔
unknown-strike_status = '{ $value }' ہڑتال کی کوئی معلوم حیثیت نہیں ہے؛ ان میں سے ایک استعمال کریں: { $allowed }۔
strike_status-announced = اعلان ہو چکا
strike_status-active = ہڑتال جاری
strike_status-ended = ختم
strike_status-won = جیت گئے
strike_status-called_off = منسوخ
invalid-date-empty = تاریخ YYYY-MM-DD کی شکل میں لکھیں۔
invalid-date = '{ $value }' کوئی تاریخ نہیں ہے؛ اسے YYYY-MM-DD کی شکل میں لکھیں۔
invalid-strike-title = 5 سے 200 حروف کا عنوان لکھیں۔
invalid-strike-demands = مطالبات 10 سے 5000 حروف میں لکھیں (Markdown کی اجازت ہے)۔
invalid-platform-unknown-named = Clickline پلیٹ فارم '{ $value }' کو نہیں جانتا؛ /platforms دیکھیں۔
invalid-strike-requesters = ہڑتال کی ایک کال میں زیادہ سے زیادہ 100 ریکویسٹر۔
invalid-strike-countries = ان ممالک کے نام لکھیں جہاں ہڑتال کی کال دی گئی ہے، جیسے PH,ID۔
invalid-strike-start = ہڑتال کی کال 30 دن سے زیادہ پہلے شروع نہیں ہو سکتی۔
invalid-strike-end = ختم ہونے کی تاریخ شروع ہونے کی تاریخ سے پہلے ہے۔
invalid-strike-language = '{ $value }' Clickline کی زبانوں میں سے نہیں ہے۔
invalid-strike-translation-same = کال اسی زبان میں لکھی گئی ہے؛ متن اوپر عنوان اور مطالبات میں لکھیں۔
forbidden-strike-countries = آپ { $yours } میں منظم کرتے ہیں، { $outside } میں نہیں: ہڑتال کی کال صرف اپنے ممالک میں دی جا سکتی ہے۔
forbidden-strike-change = اس ہڑتال کو صرف انہی ممالک کے آرگنائزرز بدل سکتے ہیں جہاں اس کی کال دی گئی ہے۔
forbidden-moderators = یہ صرف ماڈریٹرز کر سکتے ہیں۔
forbidden-grievance-country = یہ شکایت { $country } سے ہے، جو آپ کے ممالک سے باہر ہے۔
forbidden-channel = اس چینل میں صرف { $country } کے آرگنائزرز پوسٹ کر سکتے ہیں۔
forbidden-admins = آرگنائزرز کا انتظام صرف ایڈمنسٹریٹرز کرتے ہیں۔
forbidden-csrf = اس فارم کی مدت ختم ہو گئی ہے؛ واپس جائیں، صفحہ دوبارہ لوڈ کریں اور پھر کوشش کریں۔


## صفحے کا ڈھانچہ

nav-skip = سیدھا مواد پر جائیں
nav-main-label = مرکزی
nav-rate = ریکویسٹر کی ریٹنگ کریں
nav-report = مسئلے کی رپورٹ کریں
nav-strikes-near-you = آپ کے قریب ہڑتالیں
nav-scorecards = اسکور کارڈ
nav-receipt = درست کریں یا واپس لیں
nav-methodology = طریقۂ کار
nav-language-label = زبان
demo-banner = <strong>نمونے کا ڈیٹا۔</strong> اس ڈیولپمنٹ ڈیٹابیس میں فرضی رپورٹیں بھری گئی ہیں تاکہ آپ Clickline کو آزما سکیں۔ اس میں کچھ بھی اصلی نہیں ہے۔
demo-tag = نمونے کا ڈیٹا
footer-promise = Clickline پلیٹ فارم ورکرز چلاتے ہیں، پلیٹ فارم ورکرز کے لیے۔ نہ اکاؤنٹ، نہ نگرانی: ہم نہ IP ایڈریس رکھتے ہیں، نہ براؤزر کی تفصیلات، نہ ٹھیک وقت۔ عوامی تاریخیں صرف دن بتاتی ہیں۔
footer-strikes = ہڑتال کی کالیں
footer-api = اوپن ڈیٹا API
footer-organizers = آرگنائزرز
table-region = جدول (چھوٹی اسکرین پر دائیں بائیں سرکتا ہے)
not-enough-data = کافی ڈیٹا نہیں
not-enough-data-yet = ابھی کافی ڈیٹا نہیں ہے۔
data-label = ڈیٹا:
reports-newest-first = رپورٹیں، نئی پہلے

## خرابیاں

error-home = واپس ہوم پیج پر
error-401-title = لاگ اِن ضروری ہے
error-403-title = اجازت نہیں
error-404-title = نہیں ملا
error-409-title = پہلے ہی بھیجا جا چکا
error-410-title = واپس لے لیا گیا
error-413-title = بہت بڑا
error-422-title = سمجھ نہیں آیا
error-429-title = بہت زیادہ درخواستیں
error-503-title = ڈیٹابیس تک رسائی نہیں
error-500-title = کچھ گڑبڑ ہو گئی
error-401 = یہ صفحہ دیکھنے کے لیے آرگنائزر کے طور پر لاگ اِن کریں: /organize/login پر جائیں۔
error-403 = آپ کو یہ کرنے کی اجازت نہیں ہے۔
error-404 = اس پتے پر کوئی صفحہ نہیں ہے۔
error-413 = آپ نے جو بھیجا وہ بہت بڑا ہے۔ متن چھوٹا کریں اور پھر کوشش کریں؛ اسے واپس پانے کے لیے براؤزر کا Back بٹن دبائیں۔
error-422 = آپ نے جو بھیجا وہ پڑھا نہیں جا سکا۔
error-429 = اس کنکشن سے بہت زیادہ رپورٹیں آئی ہیں؛ براہ کرم ایک گھنٹہ انتظار کریں اور پھر کوشش کریں۔
error-429-target = اس کنکشن سے اس ریکویسٹر کی ایک دن میں جتنی ریٹنگ ہو سکتی ہے، ہو چکی ہے۔ کچھ محفوظ نہیں ہوا؛ براہ کرم کل پھر کوشش کریں۔
error-429-daily = اس کنکشن سے یہ کام ایک دن میں جتنی بار ہو سکتا ہے، ہو چکا ہے۔ کچھ محفوظ نہیں ہوا؛ براہ کرم کل پھر کوشش کریں۔
error-429-report = اس رپورٹ کو ایک دن میں جتنی بار درست کیا یا واپس لیا جا سکتا ہے، کیا جا چکا ہے۔ کچھ محفوظ نہیں ہوا؛ براہ کرم کل پھر کوشش کریں۔
error-503 = Clickline ابھی اپنے ڈیٹابیس تک نہیں پہنچ پا رہا۔ کچھ محفوظ نہیں ہوا؛ براہ کرم چند منٹ بعد پھر کوشش کریں۔
error-other = ہماری طرف کچھ گڑبڑ ہو گئی۔
error-withdrawn = یہ رپورٹ اسے درج کرنے والے نے واپس لے لی ہے۔
error-wrong-receipt = رسید کوڈ اس رپورٹ سے میل نہیں کھاتا۔
error-key-reused = جمع کرانے کی یہ کلید پہلے ہی کسی اور رپورٹ کے لیے استعمال ہو چکی ہے۔
banner-unavailable = Clickline ابھی اپنے ڈیٹابیس تک نہیں پہنچ پا رہا، اس لیے کچھ محفوظ نہیں ہوا۔ آپ کا متن نیچے موجود ہے: چند منٹ بعد پھر کوشش کریں، یا اسے کسی محفوظ جگہ کاپی کر لیں۔
banner-rate-limited = پچھلے ایک گھنٹے میں آپ کے کنکشن سے بہت زیادہ رپورٹیں آئی ہیں۔ کچھ محفوظ نہیں ہوا؛ آپ کا متن نیچے موجود ہے۔ براہ کرم بعد میں پھر کوشش کریں۔
banner-not-saved = کچھ محفوظ نہیں ہوا: { $reason } آپ کا متن نیچے موجود ہے۔

## ہوم

home-title = ریکویسٹرز کی ریٹنگ کریں۔ مسائل کی رپورٹ کریں۔ مل کر ہڑتال کریں۔
home-lead = کلک ورکرز جو کچھ جھیلتے ہیں (کم از کم اجرت سے کم معاوضہ، مسترد کیا گیا کام، بند اکاؤنٹ)، Clickline اسے عوامی ثبوت میں بدلتا ہے، اور اس ثبوت کو سرحدوں کے پار اجتماعی عمل میں۔ نہ اکاؤنٹ، نہ نام۔
home-read-scorecards = اسکور کارڈ پڑھیں
home-search-title = ریکویسٹر تلاش کریں
home-search-label = نام، دوسرا نام یا ریکویسٹر id
home-search-button = تلاش کریں
home-result-on = { $platform } پر
home-result-also = یہ بھی
home-no-results = ابھی تک کسی نے “{ $query }” سے ملتے کسی ریکویسٹر کی رپورٹ نہیں کی۔
home-be-first = ان کی ریٹنگ کرنے والے پہلے فرد بنیں۔
home-platforms = پلیٹ فارمز
title-home = Clickline: ریکویسٹرز کی ریٹنگ کریں، مسائل کی رپورٹ کریں، مل کر ہڑتال کریں
