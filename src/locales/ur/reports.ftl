### Clickline, Urdu (اردو).
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## رپورٹ کے فارم

optional = (اختیاری)
yes-no-true = ہاں
yes-no-false = نہیں
field-requester_id = ریکویسٹر id
hint-requester_id = جیسے پلیٹ فارم دکھاتا ہے، مثلاً MTurk پر A1B2C3D4E5F6۔ صرف حروف، ہندسے اور - _ . ~ @ + :
legend-where-who = کہاں اور کون
field-platform = پلیٹ فارم
choose-platform-option = پلیٹ فارم چنیں
field-requester_name = ریکویسٹر کا نام
hint-requester_name = وہ نام جو ریکویسٹر استعمال کرتا ہے؛ کسی معلوم id کا نیا نام دوسرے نام کے طور پر رکھا جاتا ہے۔
field-country = آپ کا ملک
choose-country-option = اپنا ملک چنیں
hint-country = صرف ملک وار اعداد و شمار کے لیے، جو کئی ورکرز کے گروپ کی صورت میں ہی شائع ہوتے ہیں۔
legend-work-pay = کام اور معاوضہ
field-task_type = کام کی قسم
field-pay-amount = اس کام کا معاوضہ
hint-pay-amount = ریکویسٹر نے جو ادا کیا (یا پیش کیا)، مثلاً 1.50۔ کچھ نہیں ملا تو 0 لکھیں۔
field-pay-currency = کرنسی
field-minutes = کتنے منٹ لگے
hint-minutes = سب کچھ شامل کریں: ہدایات پڑھنا، اہلیت ٹیسٹ، تیاری اور انتظار۔
legend-treatment = آپ کے ساتھ کیسا سلوک ہوا
field-paid = کیا آپ کو ادائیگی ہوئی؟
field-days_to_payment = ادائیگی میں کتنے دن لگے
field-rejected = کیا کام مسترد ہوا؟
field-communication = رابطہ
field-recommend = کیا آپ دوسرے ورکرز کو اس ریکویسٹر کی سفارش کریں گے؟
field-tos_violation = اس کام نے پلیٹ فارم کے قواعد توڑے (مثلاً ذاتی معلومات مانگیں یا پلیٹ فارم سے باہر کام کرنے کو کہا)
field-broken = کام خراب تھا یا مکمل نہیں ہو سکتا تھا
legend-words = آپ کے اپنے الفاظ میں
field-comment = تبصرہ
hint-comment = Markdown کی اجازت ہے۔ نام، ای میل یا ورکر ids نہ لکھیں: جو ہمیں ملیں گے، ہم ہٹا دیتے ہیں۔
legend-what-happened = کیا ہوا
field-category = کس قسم کا مسئلہ؟
field-amount_at_stake-amount = داؤ پر لگی رقم
hint-amount_at_stake-amount = اگر آپ کا معاوضہ گیا ہے تو کتنا۔
field-amount_at_stake-currency = اس رقم کی کرنسی
choose-currency-option = کرنسی چنیں
field-month = کس مہینے میں ہوا
hint-month = YYYY-MM، مثلاً 2026-10۔
field-description = بتائیں کیا ہوا
hint-description = 20 سے 10000 حروف، Markdown کی اجازت ہے۔ نام، ای میل اور ورکر ids نہ لکھیں: جو ہمیں ملیں گے، ہم ہٹا دیتے ہیں۔
field-desired_outcome = اس کا ازالہ کیسے ہو سکتا ہے؟

## جمع کرانا اور رسیدیں

title-filed = شکریہ: اپنی رسید سنبھال کر رکھیں
filed-duplicate-title = یہ رپورٹ ہمارے پاس پہلے سے تھی
filed-title = شکریہ، آپ کی رپورٹ محفوظ ہو گئی
filed-duplicate = یہ فارم پہلے ہی بھیجا جا چکا تھا، اس لیے صرف ایک بار محفوظ ہوا۔
filed-receipt-title = آپ کا رسید کوڈ
filed-report-id = رپورٹ id:
filed-keep-it = <strong>یہ کوڈ ابھی لکھ لیں یا محفوظ کر لیں۔ ہم اسے دوبارہ نہیں دکھائیں گے اور واپس نہیں لا سکتے:</strong> ہم اس کی صرف ایک بدلی ہوئی (hash) شکل رکھتے ہیں۔ اسی کوڈ سے، اور صرف اسی سے، آپ <a href="/receipt?id={ $id }">/receipt</a> پر اپنی رپورٹ درست کر سکتے ہیں یا واپس لے سکتے ہیں۔
filed-redacted = آپ کی حفاظت کے لیے، ہم نے آپ کے متن سے وہ چیزیں ہٹا دیں جو ذاتی معلومات لگ رہی تھیں:
redaction-email = ایک ای میل پتہ
redaction-phone = ایک فون نمبر
redaction-worker_id = ایک ورکر id
filed-see-report = اپنی رپورٹ ویسے دیکھیں جیسے دوسرے دیکھتے ہیں
filed-rate-another = کسی اور ریکویسٹر کی ریٹنگ کریں
form-correct-title = اپنی رپورٹ درست کریں
form-summary-title = براہ کرم نیچے نشان زدہ چیزیں درست کریں؛ ابھی کچھ محفوظ نہیں ہوا
form-rating-lead = دوسرے ورکرز کو بتائیں کہ ریکویسٹر نے آپ کے ساتھ کیسا سلوک کیا۔ نہ اکاؤنٹ، نہ نام: آپ کو ایک رسید کوڈ ملتا ہے جس سے آپ بعد میں اسے درست کر سکتے ہیں یا واپس لے سکتے ہیں۔
form-grievance-lead = اپنے ساتھ ہونے والی زیادتی کی رپورٹ کریں: بغیر معاوضے کا کام، ناجائز طور پر مسترد کیا گیا کام، بند کیا گیا اکاؤنٹ۔ آپ کے ملک کے آرگنائزرز اسے دیکھتے ہیں؛ کسی کو پتہ نہیں چلتا کہ آپ کون ہیں۔
form-privacy = ہم صرف دن محفوظ کرتے ہیں، وقت کبھی نہیں، اور آپ کے آلے یا کنکشن کے بارے میں کچھ نہیں۔
form-save-correction = درستی محفوظ کریں
form-send-rating = میری ریٹنگ بھیجیں
form-send-report = میری رپورٹ بھیجیں
title-receipt = رپورٹ درست کریں یا واپس لیں
receipt-lead = وہ رسید کوڈ استعمال کریں جو آپ کو رپورٹ جمع کراتے وقت ملا تھا۔ کوئی اور اسے بدل یا ہٹا نہیں سکتا۔
receipt-id = رپورٹ id
receipt-code = رسید کوڈ
receipt-code-hint = جیسے ABCD-EFGH-JKMN-PQRS؛ چھوٹے بڑے حروف اور ڈیش سے فرق نہیں پڑتا۔
receipt-edit = درست کریں
receipt-withdraw = واپس لیں
receipt-wrong-code = یہ رسید کوڈ اس رپورٹ کا نہیں ہے۔
receipt-no-report = اس id کی کوئی رپورٹ نہیں ہے۔
receipt-wrong-pledge-code = یہ رسید کوڈ اس عہد کا نہیں ہے۔
title-withdraw-pledge = اپنا عہد واپس لیں
title-withdraw-report = اپنی رپورٹ واپس لیں
title-corrected = آپ کی رپورٹ درست کر دی گئی
pledge-withdrawn = آپ کا عہد واپس لے لیا گیا۔
title-pledge-withdrawn = عہد واپس لے لیا گیا
title-withdrawn = آپ کی رپورٹ واپس لے لی گئی
title-not-withdrawn = واپس نہیں لی گئی
saved-lead = آپ کا رسید کوڈ وہی رہتا ہے۔
saved-see = اپنی رپورٹ دیکھیں
withdraw-pledge-lead = واپس لینے سے آپ کا عہد مٹ جاتا ہے؛ ہڑتال کے صفحے پر اس کی گنتی نہیں ہوتی۔
withdraw-report-lead = واپس لینے سے آپ کی رپورٹ کا متن مٹ جاتا ہے اور وہ ہر صفحے اور ہر عدد سے ہٹ جاتی ہے۔
withdraw-final = یہ واپس نہیں ہو سکتا۔
withdraw-yes = ہاں، واپس لیں
withdraw-no = نہیں، رہنے دیں
withdrawn-lead = اس کا متن مٹا دیا گیا ہے اور اب یہ Clickline پر کہیں نظر نہیں آتی۔
withdrawn-home = ہوم
notice-continue = آگے بڑھیں

## رپورٹیں

report-rating-about = ریٹنگ برائے
report-grievance-about = شکایت برائے
report-on = پر
report-filed = { $day } کو { $country } کے ایک ورکر نے درج کی۔
report-corrected-since = بعد میں درست کی گئی۔
report-task = کام
report-pay = معاوضہ
report-pay-for = { $minutes } منٹ کے { $pay }
report-hourly = فی گھنٹہ معاوضہ
report-paid = ادائیگی ہوئی
report-after-days = { $days ->
    [one] { $days } دن بعد
   *[other] { $days } دن بعد
}
report-rejected = مسترد
report-communication = رابطہ
report-recommends = سفارش کرتا ہے
report-tos = پلیٹ فارم کے قواعد توڑے
report-broken = خراب کام
report-comment = تبصرہ
report-category = زمرہ
report-status = حیثیت
report-when = کب
report-at-stake = داؤ پر
report-what-happened = کیا ہوا
report-put-right = ازالہ کیسے ہو
report-organizers-note = آرگنائزرز کا نوٹ
flag-title = اس رپورٹ میں کچھ غلط ہے؟
flag-because = ماڈریٹرز سے اسے دیکھنے کو کہیں، کیونکہ
flag-note = کوئی بات جو ماڈریٹرز کو معلوم ہونی چاہیے
flag-submit = جائزے کے لیے نشان لگائیں
flag-own = یہ رپورٹ آپ نے خود درج کی ہے؟ اپنے رسید کوڈ سے <a href="/receipt?id={ $id }">اسے درست کریں یا واپس لیں</a>۔
title-flag = رپورٹ پر نشان لگائیں
title-thanks = شکریہ
flagged-lead = ماڈریٹرز اس رپورٹ کو دیکھیں گے۔ ان کے فیصلے تک یہ نظر آتی رہے گی۔
flagged-back = واپس رپورٹ پر
card-rating = ریٹنگ
card-grievance = شکایت:
card-worker-in = { $country } کا ورکر
card-corrected = درست کی گئی
card-full-report = پوری رپورٹ
requester-id-on = ریکویسٹر
requester-aka = دوسرے نام
requester-rate = اس ریکویسٹر کی ریٹنگ کریں
requester-report = ان کے ساتھ مسئلے کی رپورٹ کریں
requester-all-csv = تمام ریکویسٹرز CSV میں
requester-no-reports = کوئی نظر آنے والی رپورٹ نہیں۔
platform-rate-on = { $platform } پر کسی ریکویسٹر کی ریٹنگ کریں
platform-no-reports = { $platform } کے بارے میں ابھی کوئی رپورٹ نہیں۔
title-scorecards = اسکور کارڈ
platforms-lead = کوئی پلیٹ فارم چنیں اور پڑھیں کہ ورکرز اس کے بارے میں کیا بتاتے ہیں۔ آپ کا پلیٹ فارم نہیں ہے؟ سب سے قریبی پلیٹ فارم کے تحت رپورٹ میں ہمیں بتائیں۔
platforms-all-csv = تمام ریکویسٹرز کے اسکور کارڈ:
platforms-how = اعداد و شمار کیسے نکالے جاتے ہیں
pagination-label = صفحات
pagination-newest = نئی رپورٹیں
pagination-older = پرانی
