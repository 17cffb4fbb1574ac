### Clickline, Urdu (اردو).
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## فہرستیں اور اسکور کارڈ

lists-title = جہاں ورکرز کے ساتھ سب سے برا سلوک ہوتا ہے
lists-among = ان ریکویسٹرز میں سے جن کی کم از کم { $min } ریٹنگز ہیں۔
lists-lowest-pay = سب سے کم معاوضہ دینے والے
lists-median-hourly = اوسط (میڈین) { $median } فی گھنٹہ، { $ratings ->
    [one] { $ratings } ریٹنگ
   *[other] { $ratings } ریٹنگز
}
lists-worst-unpaid = سب سے زیادہ ادائیگی نہ کرنے والے
lists-unpaid = { $share } کو پوری ادائیگی نہیں ہوئی
lists-most-grievances = سب سے زیادہ شکایات
lists-grievances = { $count ->
    [one] { $count } شکایت
   *[other] { $count } شکایات
}
scorecard-on-strike = <strong>ہڑتال جاری:</strong> ورکرز نے { $date } سے اس کے خلاف ہڑتال کی کال دی ہے: “{ $title }”۔ <a href="/strikes/{ $id }">یہ کام نہ لیں؛ کال پڑھیں</a>۔
scorecard-title = اسکور کارڈ
scorecard-caption = ورکرز کیا بتاتے ہیں (اعداد و شمار { $date } کو نکالے گئے؛ <a href="/methodology">کیسے</a>)
scorecard-col-figure = پیمانہ
scorecard-col-all = اب تک کا سب
scorecard-col-recent = پچھلے 90 دن
scorecard-monthly = مہینہ وار
scorecard-monthly-caption = پچھلے 12 مہینوں میں ہر مہینے کا میڈین فی گھنٹہ معاوضہ؛ جن مہینوں میں ریٹنگز اتنی کم ہیں کہ Clickline شائع نہیں کرتا، وہ چھوڑ دیے گئے ہیں۔
scorecard-chart-figures = چارٹ کے اعداد و شمار
scorecard-col-month = مہینہ
scorecard-col-ratings = ریٹنگز
scorecard-col-median = میڈین فی گھنٹہ معاوضہ
scorecard-col-unpaid = پوری ادائیگی نہیں ہوئی
scorecard-by-country = ملک وار
scorecard-col-workers-in = ورکرز، ملک
scorecard-no-countries = کافی ڈیٹا نہیں: ممالک صرف وہاں دکھائے جاتے ہیں جہاں کافی ورکرز نے رپورٹ کی ہو، تاکہ کسی ایک کی نشاندہی نہ ہو سکے۔
scorecard-grievances = شکایات
scorecard-no-grievances = کوئی شکایت درج نہیں ہوئی۔
scorecard-other-countries = باقی ممالک ملا کر
scorecard-too-few = دکھانے کے لیے بہت کم
scorecard-spread = { $median } (درمیانی آدھا حصہ { $low }–{ $high })
scorecard-days = { $days ->
    [one] { $days } دن
   *[other] { $days } دن
}
trend-title = ہر مہینے کا میڈین فی گھنٹہ معاوضہ: { $name }
trend-description = پچھلے 12 مہینوں میں ہر مہینے کا میڈین فی گھنٹہ معاوضہ امریکی ڈالر میں؛ نیچے کا جدول یہی اعداد دیتا ہے۔
figure-ratings = ریٹنگز
figure-hourly-usd = فی گھنٹہ معاوضہ (US$)
figure-hourly-eur = فی گھنٹہ معاوضہ (€)
figure-below-minimum-wage = ورکر کی قانونی کم از کم اجرت سے کم معاوضہ
figure-unpaid = ادائیگی نہیں ہوئی یا ادھوری ہوئی
figure-rejected = کام مسترد ہوا
figure-wait = ادائیگی کا میڈین انتظار
figure-answered = ورکرز کے پیغامات کا جواب دیا
figure-recommend = ورکرز سفارش کرتے ہیں
figure-tos = کاموں نے پلیٹ فارم کے قواعد توڑے
figure-broken = خراب کام
stars-pay = معاوضہ
stars-payment-reliability = ادائیگی پر بھروسا
stars-evaluation = جانچ اور مسترد کرنا
stars-communication = رابطہ
stars-task-quality = کام کا معیار
stars-of-five = 5 میں سے { $stars }

## طریقۂ کار

title-methodology = Clickline اپنے اعداد و شمار کیسے نکالتا ہے
method-lead = Clickline کا ہر عدد ورکرز کی رپورٹوں سے آتا ہے، اور ہر ریکویسٹر اور ہر پلیٹ فارم کے لیے ایک ہی طریقے سے نکالا جاتا ہے۔ یہاں ٹھیک ٹھیک طریقہ لکھا ہے، تاکہ آپ اسے جانچ سکیں اور حوالہ دے سکیں۔
method-figures = اعداد و شمار
method-figures-intro = اعداد و شمار میں صرف نظر آنے والی ریٹنگز گنی جاتی ہیں: جو رپورٹیں لکھنے والے نے واپس لے لیں یا ماڈریٹرز نے چھپا دیں، وہ شامل نہیں۔ ہر عدد اب تک کے پورے عرصے اور پچھلے 90 دنوں (آج اور اس سے پہلے کے 89 دن) کے لیے دکھایا جاتا ہے۔ جس عدد کے لیے گننے کو کچھ نہ ہو، وہاں “کافی ڈیٹا نہیں” لکھا ہوتا ہے، کبھی 0 نہیں۔
method-hourly = فی گھنٹہ معاوضہ
method-hourly-def = کام کا معاوضہ ÷ لگنے والے منٹ (بغیر معاوضے کی تیاری سمیت، جیسے ورکر بتاتا ہے) × 60، نیچے دیے گئے ایکسچینج ریٹ کے جدول سے امریکی ڈالر اور یورو میں بدلا گیا۔ ہم میڈین اور درمیانی آدھا حصہ (25ویں سے 75ویں پرسنٹائل تک) دکھاتے ہیں۔ جفت تعداد کی ریٹنگز کا میڈین دو درمیانی قدروں کی اوسط ہوتا ہے؛ پرسنٹائل قریب ترین درجوں کے درمیان سیدھی لکیر میں نکالے جاتے ہیں۔
method-below-min = کم از کم اجرت سے کم معاوضہ
method-below-min-def = جدول میں شامل ممالک کی ریٹنگز میں سے ان ریٹنگز کا حصہ جن کا فی گھنٹہ معاوضہ ورکر کے ملک کی قانونی فی گھنٹہ کم از کم اجرت (نیچے جدول) سے کم ہے۔
method-unpaid = ادائیگی نہیں ہوئی یا ادھوری ہوئی
method-unpaid-def = جن ریٹنگز میں بتایا گیا ہو کہ ادائیگی ہوئی یا نہیں (ہاں، کچھ حصہ، نہیں)، ان میں سے ان کا حصہ جنہیں پوری ادائیگی نہیں ہوئی۔ باقی ادائیگیاں نہیں گنی جاتیں۔
method-rejected = کام مسترد ہوا
method-rejected-def = ان ریٹنگز کا حصہ جن میں کچھ یا سارا کام مسترد ہوا۔
method-wait = ادائیگی کا میڈین انتظار
method-wait-def = ادائیگی تک کے دنوں کا میڈین، ان ریٹنگز میں سے جو یہ بتاتی ہیں۔
method-answered = پیغامات کا جواب دیا
method-answered-def = جواب دیا ÷ (جواب دیا + جواب نہیں دیا)؛ جن ورکرز نے رابطے کی کوشش نہیں کی، وہ شامل نہیں۔
method-shares = سفارش، پلیٹ فارم کے قواعد توڑے، خراب کام
method-shares-def = ریٹنگز میں حصہ۔
method-stars = ستارے
method-stars-intro = جب کسی ہدف کی کم از کم { $min } ریٹنگز ہو جائیں، تو ہر شعبے کو اب تک کے اعداد و شمار سے 1 سے 5 ستارے ملتے ہیں، آدھے ستارے تک گول کیے ہوئے:
method-withhold = ورکرز کی حفاظت کے لیے ہم کیا نہیں دکھاتے
method-withhold-groups = ملک وار اور مہینہ وار تفصیل صرف کم از کم { $min } ریٹنگز کے گروپس کے لیے شائع ہوتی ہے۔ چھوٹے ممالک کو “باقی ممالک ملا کر” میں جمع کیا جاتا ہے، اور یہ بھی تب ہی دکھایا جاتا ہے جب یہ مجموعہ { $min } تک پہنچ جائے۔
method-withhold-lists = بدترین ریکویسٹرز کی فہرستوں میں صرف وہ ریکویسٹر شامل ہیں جن کی کم از کم { $min } ریٹنگز ہیں۔
method-withhold-day = رپورٹوں میں صرف وہ دن ہوتا ہے جب وہ درج ہوئیں، وقت کبھی نہیں؛ ہم نہ IP ایڈریس محفوظ کرتے ہیں نہ براؤزر کی تفصیلات۔
method-fresh = کتنا تازہ
method-fresh-def = { $days ->
    [0] یہ انسٹالیشن بغیر تاخیر کے شائع کرتی ہے (ڈیمو یا ٹیسٹ کی ترتیب): رپورٹیں درج ہونے کے چند سیکنڈ میں گنی جاتی ہیں۔ Clickline عام طور پر روزانہ کھیپوں میں شائع کرتا ہے۔
   *[other] رپورٹیں روزانہ کھیپوں میں شائع ہوتی ہیں: کسی دن درج ہونے والی رپورٹ { $days } دن بعد والے دن کے آغاز (UTC) سے اسکور کارڈ، فہرستوں، ڈاؤن لوڈز، فیڈز اور ہڑتال کے الرٹس میں گنی جاتی ہے، اس دن کی تمام رپورٹیں ایک ساتھ، تاکہ کوئی صفحہ یہ نہ بتا سکے کہ دن کے کس وقت کوئی رپورٹ درج ہوئی۔ درستیاں بھی اگلی کھیپ کا انتظار کرتی ہیں۔ واپس لینا یا ماڈریٹر کا فیصلہ دو سیکنڈ کے اندر ہر جگہ نظر آتا ہے۔
}
method-rates = ایکسچینج ریٹ
method-rates-def = { $count } کرنسیاں، { $date } کے مطابق۔ ماخذ:
method-wages = کم از کم اجرتیں
method-wages-def = جدول { $date } کے مطابق۔ فی گھنٹہ کم از کم اجرت = قانونی رقم ÷ اس مدت کے گھنٹے جو قانون استعمال کرتا ہے (ایک دن، ایک مہینہ)۔
method-col-country = ملک
method-col-legal = قانونی کم از کم
method-col-hours = گھنٹے
method-col-hourly = فی گھنٹہ
method-col-hourly-usd = فی گھنٹہ US$ میں
method-col-since = کب سے
method-col-source = ماخذ
method-data = اوپن ڈیٹا
method-data-def = اسکور کارڈ JSON کی شکل میں (<code>/api/v1/requesters/{"{"}platform{"}"}/{"{"}id{"}"}</code>، <code>/api/v1/platforms/{"{"}slug{"}"}</code>) اور تمام ریکویسٹرز کی ایک CSV فائل کی شکل میں (<code>/api/v1/scorecards.csv</code>) دستیاب ہیں، CC BY 4.0 کے تحت۔
title-rating-about = { $platform } کے بارے میں ریٹنگ
title-grievance-about = { $platform } کے بارے میں شکایت
flag_reason-personal_data = اس سے کسی کی شناخت یا ذاتی معلومات ظاہر ہوتی ہیں
flag_reason-false_or_misleading = یہ جھوٹی یا گمراہ کن لگتی ہے
flag_reason-abusive = یہ گالی گلوچ یا نفرت پر مبنی ہے
flag_reason-spam = یہ اسپام یا اشتہار ہے
flag_reason-other = کچھ اور
choose-flag_reason = وجہ چنیں: { $allowed }۔
