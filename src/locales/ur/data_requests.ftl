### Clickline, Urdu (اردو).
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## ڈیٹا تک رسائی کی اجتماعی درخواستیں

nav-data-requests = آپ کا ڈیٹا
title-data-requests = اپنا ڈیٹا مل کر مانگیں
title-open-campaign = ڈیٹا کی درخواست کی مہم شروع کریں
title-letter = ڈیٹا تک رسائی کی آپ کی درخواست
title-request-sent = درخواست درج ہو گئی
title-request-receipt = آپ کی ڈیٹا کی درخواست
title-complaint-letter = اتھارٹی کو آپ کی شکایت

data_category-ratings = ریٹنگز اور کوالٹی اسکور
data_category-rejections = مسترد کیا گیا کام اور ہر بار مسترد کرنے کی وجہ
data_category-flags = فلیگ (نشانات)، انتباہات، اور کسی بھی معطلی یا اکاؤنٹ بندش کی وجوہات
data_category-allocation = مجھے کام کیسے دیے جاتے ہیں اور یہ کس بنیاد پر طے ہوتا ہے
data_category-earnings = کمائی، ادائیگیاں اور کٹوتیاں
data_category-profiling = میرے بارے میں بنائی گئی پروفائلز اور اخذ کیے گئے نتائج
choose-data_category = چنیں کہ کیا مانگنا ہے۔
unknown-data_category = '{ $value }' ایسی چیز نہیں جو Clickline کے خطوط میں مانگی جاتی ہے؛ ان میں سے ایک استعمال کریں: { $allowed }۔

data_outcome-complete = مکمل جواب
data_outcome-partial = ادھورا جواب
data_outcome-refused = انکار کر دیا گیا
data_outcome-asked_for_identity = مجھ سے شناخت ثابت کرنے کو کہا گیا
data_outcome-no_answer = کوئی جواب نہیں
choose-data_outcome = چنیں کہ کیا جواب آیا۔
unknown-data_outcome = '{ $value }' کوئی معلوم جواب نہیں ہے؛ ان میں سے ایک استعمال کریں: { $allowed }۔

invalid-campaign-title = مہم کا 5 سے 200 حروف کا عنوان لکھیں۔
invalid-campaign-explanation = مہم کی وضاحت 20 سے 5000 حروف میں کریں۔
invalid-campaign-categories = مانگنے کے لیے کم از کم ایک چیز چنیں۔
invalid-campaign-countries = کم از کم ایک ملک لکھیں، ISO کوڈ کی شکل میں، جیسے DE یا PH۔
invalid-campaign-no-law = Clickline کے پاس ابھی { $country } کا ڈیٹا پروٹیکشن قانون نہیں ہے، اس لیے وہ وہاں کے لیے خط نہیں لکھ سکتا۔
forbidden-campaign-countries = آپ صرف اپنے اکاؤنٹ کے ممالک کے لیے مہم شروع کر سکتے ہیں؛ { $outside } ان میں شامل نہیں۔
invalid-campaign-country = یہ مہم ان ممالک کے ورکرز کے لیے ہے: { $countries }۔
invalid-answer-day-missing = وہ دن لکھیں جب پلیٹ فارم نے جواب دیا۔
invalid-answer-day = دن اُس دن ({ $sent }) سے، جب آپ نے درخواست بھیجی، آج تک کے درمیان ہونا چاہیے۔
invalid-answer-missing = صرف وہی چیزیں نشان زد کریں جو اس مہم میں مانگی گئی تھیں۔
invalid-letter-language = Clickline کی زبانوں میں سے ایک چنیں۔
invalid-letter-required = یہ خانہ بھریں: پلیٹ فارم کو آپ کا ڈیٹا تلاش کرنے کے لیے اس کی ضرورت ہے۔
invalid-letter-line = اسے ایک سطر میں لکھیں، زیادہ سے زیادہ { $max } حروف۔
invalid-letter-email = اپنے اکاؤنٹ کا ای میل پتہ لکھیں، جیسے name@example.org۔
invalid-sent-id = اس id کی کوئی بھیجی گئی درخواست نہیں ہے۔ اسے اس صفحے سے کاپی کریں جس پر آپ کی رسید دکھائی گئی تھی۔
complaint-not-open = شکایت تب ہی کی جا سکتی ہے جب درخواست کے جواب کی مدت گزر جائے یا جواب ادھورا ہو، اور صرف ایک بار۔

dr-list-lead = قانون ہر ورکر کو اس ڈیٹا کا حق دیتا ہے جو کوئی پلیٹ فارم اس کے بارے میں رکھتا ہے: ریٹنگز، کوالٹی اسکور، فلیگ، کام مسترد کرنے اور اکاؤنٹ بند کرنے کی وجوہات، اور یہ کہ خودکار فیصلے کیسے کیے جاتے ہیں۔ جب یہ ڈیٹا مل کر مانگا جائے تو جوابات دکھاتے ہیں کہ کون اس حق کا احترام کرتا ہے۔
dr-list-empty = ابھی کوئی مہم نہیں۔
dr-have-receipt = میرے پاس رسید ہے: جواب درج کریں
dr-open-link = آرگنائزرز: مہم شروع کریں
dr-opened-on = تاریخِ آغاز:
dr-feed = یاد دہانیاں (Atom فیڈ)
dr-asks-for = خط میں کیا مانگا جاتا ہے
dr-always-asked = میرے بارے میں آپ کے پاس موجود تمام ذاتی ڈیٹا کی نقل، یہ کس مقصد کے لیے استعمال ہوتا ہے، کہاں سے آیا اور کس کے ساتھ شیئر کیا گیا
dr-figures-title = کون جواب دیتا ہے
dr-figures-hint = رپورٹوں کی طرح روزانہ کھیپوں میں شائع ہوتا ہے۔ گروپ کے کم از کم سائز سے چھوٹے گروپ اعداد کی صورت میں نہیں دکھائے جاتے۔
dr-figure-sent = بھیجی گئی درخواستیں
dr-figure-in-time = قانونی مدت کے اندر جواب ملا
dr-figure-median = جواب ملنے کا میڈین وقت
dr-figure-overdue = مدت گزر گئی، کوئی جواب نہیں
dr-figure-complaints = اتھارٹی کو شکایات
dr-figure-not-yet = ابھی کافی جوابات نہیں
dr-days = { $n ->
    [one] { $n } دن
   *[other] { $n } دن
}
dr-outcomes-caption = کیا جواب آیا
dr-col-outcome = جواب
dr-col-requests = درخواستیں
dr-missing-caption = جوابات میں کیا شامل نہیں تھا
dr-col-category = کیا مانگا گیا
dr-col-answers = اس کے بغیر جوابات
dr-letter-title = اپنا خط تیار کریں
dr-letter-lead = وہ معلومات بھریں جن سے پلیٹ فارم آپ کو پہچانتا ہے۔ Clickline آپ کی زبان میں، آپ کے ملک کے قانون کے تحت، پلیٹ فارم کے ڈیٹا کنٹرولر کے نام خط لکھتا ہے۔
dr-letter-send-from = اسے اسی ای میل پتے سے بھیجیں جو آپ کا اکاؤنٹ استعمال کرتا ہے، تاکہ پلیٹ فارم یہ نہ کہہ سکے کہ وہ آپ کو نہیں جانتا۔
dr-field-country = وہ ملک جہاں سے آپ کام کرتے ہیں
dr-field-language = خط کی زبان
dr-field-name = آپ کا نام، جیسے پلیٹ فارم اسے جانتا ہے
dr-field-email = آپ کے اکاؤنٹ کا ای میل پتہ
dr-field-email-hint = خط اسی پتے سے بھیجیں۔
dr-field-worker-id = پلیٹ فارم پر آپ کی ورکر id
dr-letter-never-stored = آپ یہاں جو کچھ لکھتے ہیں وہ نہ محفوظ ہوتا ہے نہ لاگ میں درج: خط آپ کے لیے بنایا جاتا ہے اور پھر بھلا دیا جاتا ہے۔
dr-letter-make = خط تیار کریں
dr-sent-title = میں نے اپنی درخواست بھیج دی
dr-sent-lead = Clickline کو بتائیں کہ آپ نے درخواست بھیج دی: صرف آپ کا ملک اور دن محفوظ ہوتے ہیں۔ آپ کو ایک رسید ملتی ہے تاکہ بعد میں جواب درج کر سکیں۔
dr-sent-submit = میں نے بھیج دی
dr-laws-title = ہر ملک کا قانون
dr-col-law = قانون
dr-col-deadline = مدت
dr-col-authority = شکایت کہاں کریں
dr-col-articles = رسائی؛ ڈیٹا کی منتقلی؛ خودکار فیصلے
dr-col-source = ماخذ
dr-col-contact = درخواستیں کہاں جاتی ہیں
dr-in-force-from = نفاذ کی تاریخ:
dr-no-deadline = قانون میں کوئی مدت مقرر نہیں
dr-controller-title = ڈیٹا کا کنٹرولر کون ہے
dr-sources = ان جدولوں کے ماخذ
dr-letter-page-lead = یہ خط کاپی کر کے اوپر دیے گئے پتے پر ای میل میں بھیجیں، یا اسے ٹیکسٹ فائل کی صورت میں ڈاؤن لوڈ کریں۔
dr-letter-download = ٹیکسٹ فائل کے طور پر ڈاؤن لوڈ کریں
dr-letter-next = بھیج دیا؟ یہاں درج کریں
dr-letter-back-receipt = واپس اپنی درخواست پر
dr-sent-recorded = “{ $title }” کے لیے آپ کی درخواست درج ہو گئی۔ یہ اگلی روزانہ کھیپ سے گنی جائے گی۔
dr-sent-id = درخواست id
dr-sent-keep = یہ id اور یہ کوڈ سنبھال کر رکھیں: انہی سے آپ پلیٹ فارم کا جواب درج کریں گے۔ یہ صرف ابھی دکھائے جا رہے ہیں۔
dr-due-on = پلیٹ فارم کو اس تاریخ تک جواب دینا ہے:
dr-calendar-download = یہ دن میرے کیلنڈر میں شامل کریں (.ics)
dr-back-to-campaign = واپس مہم پر
dr-receipt-lead = درخواست id اور وہ رسید کوڈ لکھیں جو آپ کو درخواست درج کرتے وقت ملا تھا۔
dr-receipt-open = میری درخواست کھولیں
dr-receipt-about = مہم “{ $title }” میں { $platform } کو آپ کی درخواست۔
dr-sent-on = بھیجنے کی تاریخ
dr-due = جواب کی آخری تاریخ
dr-overdue = مدت گزر گئی
dr-answer = جواب
dr-no-answer-yet = ابھی کچھ درج نہیں
dr-complaint = شکایت
dr-complained = آپ نے Clickline کو بتایا کہ آپ نے شکایت کی
dr-answer-title = کیا جواب آیا
dr-field-outcome = پلیٹ فارم کا جواب
dr-field-answered-on = جواب کا دن (YYYY-MM-DD)
dr-field-missing = جواب میں کیا شامل نہیں تھا
dr-answer-submit = جواب درج کریں
answer-recorded = درج ہو گیا۔ یہ اگلی روزانہ کھیپ سے گنا جائے گا۔
dr-complaint-title = اتھارٹی کو شکایت کریں
dr-complaint-lead = پلیٹ فارم نے وقت پر جواب نہیں دیا یا ادھورا جواب دیا۔ آپ { $authority } کو شکایت کر سکتے ہیں: Clickline آپ کے لیے شکایت لکھ دیتا ہے۔
dr-complaint-make = شکایت تیار کریں
dr-complaint-filed = میں نے شکایت درج کرا دی
complaint-recorded = شکریہ: مہم آپ کی شکایت اگلی روزانہ کھیپ سے گنے گی۔
dr-form-lead = کسی پلیٹ فارم کے ورکرز کو مل کر اپنا ڈیٹا مانگنے کی دعوت دیں۔ مہم کا صفحہ ہر ورکر کو اس کے ملک کے قانون کے تحت ایک خط دیتا ہے اور گمنام طور پر گنتا ہے کہ کون جواب دیتا ہے۔
dr-field-title = عنوان
dr-field-categories = کیا مانگنا ہے
dr-field-countries = یہ کن ممالک کے لیے ہے
dr-field-countries-hint = ISO کوڈ، کوما سے الگ۔ Clickline کے پاس ان ممالک کا قانون ہے: { $countries }
dr-field-explanation = مہم کے صفحے کے لیے چند سطروں میں وجہ
dr-form-submit = مہم شروع کریں
dr-block-title = ڈیٹا کے حقوق
dr-block-lead = { $n ->
    [one] ورکرز نے ایک مہم میں اس پلیٹ فارم سے اپنا ڈیٹا مانگا۔
   *[other] ورکرز نے { $n } مہمات میں اس پلیٹ فارم سے اپنا ڈیٹا مانگا۔
}
dr-block-link = تمام مہمات
dr-method-title = ڈیٹا تک رسائی کی درخواستیں
dr-method-lead = خطوط میں ورکر کے ملک کے قانون کا حوالہ دیا جاتا ہے اور یہ اس کنٹرولر کو بھیجے جاتے ہیں جس کا نام پلیٹ فارم خود بتاتا ہے۔ نیچے کے جدول Clickline کے ساتھ آتے ہیں، ہر سطر اپنے ماخذ اور جانچ کے دن کے ساتھ؛ کنٹرولرز کی معلومات کا کچھ حصہ datenanfragen.de کے CC0 ریکارڈز سے لیا گیا ہے۔ گروپ کے کم از کم سائز سے کم درخواستوں پر مبنی کوئی شرح یا میڈین شائع نہیں کیا جاتا۔
dr-method-laws-caption = ڈیٹا پروٹیکشن کے قوانین
dr-method-controllers-caption = پلیٹ فارمز کے ڈیٹا کنٹرولرز
dr-source-link = ماخذ
feed-answers-due = { $day } کو جوابات کی آخری تاریخ
feed-answers-due-text = اس مہم میں بھیجی گئی درخواستوں کا جواب آج تک آ جانا چاہیے۔ رسید کے ساتھ اپنی درخواست کھولیں اور درج کریں کہ کیا جواب آیا۔
calendar-summary = { $platform } کو بھیجی گئی اپنی ڈیٹا کی درخواست کا جواب دیکھیں
calendar-description = قانونی مدت آج ختم ہو رہی ہے۔ Clickline پر رسید کے ساتھ اپنی درخواست کھولیں اور درج کریں کہ کیا جواب آیا؛ اگر کچھ نہیں آیا تو Clickline آپ کی شکایت لکھ دے گا۔

## خطوط (سادہ متن)

letter-subject = { $law } کے تحت ذاتی ڈیٹا تک رسائی کی درخواست
letter-greeting = محترم جناب / محترمہ،
letter-access = میں { $platform } پر ورکر ہوں۔ { $law }، { $article } کے تحت میری درخواست ہے کہ آپ میرے بارے میں اپنے پاس موجود تمام ذاتی ڈیٹا کی نقل فراہم کریں، اور یہ بھی بتائیں کہ آپ اسے کن مقاصد کے لیے پراسیس کرتے ہیں، یہ کہاں سے حاصل ہوا، کن کو ظاہر کیا گیا اور آپ اسے کتنی مدت تک رکھتے ہیں۔
letter-portability = { $law }، { $article } کے تحت، براہ کرم وہ ڈیٹا جو میں نے فراہم کیا اور وہ ڈیٹا جو میرے کام سے پیدا ہوا، ایک منظم، عام طور پر استعمال ہونے والے اور مشین سے پڑھے جانے کے قابل فارمیٹ (جیسے CSV یا JSON) میں بھیجیں۔
letter-explanation = { $law }، { $article } کے تحت، براہ کرم بتائیں کہ کیا آپ میرے بارے میں خودکار فیصلے کرتے ہیں، بشمول پروفائلنگ، اور مجھے اس میں استعمال ہونے والی منطق، آپ کے عملاً اختیار کردہ طریقۂ کار، اور میرے لیے اس کی اہمیت اور نتائج کے بارے میں بامعنی معلومات فراہم کریں۔
letter-categories = خاص طور پر مجھے درج ذیل درکار ہے:
letter-data_category-ratings = میرے بارے میں تمام ریٹنگز، کوالٹی اسکور اور درستی کے پیمانے، اور یہ کہ ان کا حساب کیسے لگایا جاتا ہے
letter-data_category-rejections = میرے کام کو مسترد کیے جانے کا ہر واقعہ، اس کی وجہ کے ساتھ، اور یہ کہ یہ فیصلہ کس نے یا کس چیز نے کیا
letter-data_category-flags = میرے اکاؤنٹ سے متعلق ہر فلیگ، انتباہ، معطلی یا بندش، اس کی وجوہات اور اس ڈیٹا سمیت جس کی بنیاد پر یہ کیا گیا
letter-data_category-allocation = مجھے کام کس طرح دیے جاتے ہیں، اور کون سا ڈیٹا اور کون سے معیارات یہ طے کرتے ہیں
letter-data_category-earnings = میری کمائی، ادائیگیاں، بونس اور کٹوتیاں، ہر کام کی الگ الگ
letter-data_category-profiling = میرے بارے میں آپ کے پاس موجود ہر پروفائل، زمرہ بندی یا اخذ کردہ نتیجہ
letter-deadline = قانون کے مطابق آپ پر لازم ہے کہ اس درخواست کا جواب مفت دیں؛ اس کی مدت درخواست موصول ہونے سے { $deadline } ہے۔
letter-no-deadline = براہ کرم بلاوجہ تاخیر کے بغیر اور مفت جواب دیں۔
letter-months = { $n ->
    [one] ایک مہینہ
   *[other] { $n } مہینے
}
letter-days = { $n ->
    [one] ایک دن
   *[other] { $n } دن
}
letter-identity = میری شناخت کے لیے:
letter-name = نام: { $name }
letter-email = میرے اکاؤنٹ کا ای میل پتہ: { $email }
letter-worker-id = ورکر id: { $id }
letter-authority = اگر مجھے مقررہ مدت میں مکمل جواب نہ ملا تو مجھے { $authority } کو شکایت کرنے کا حق حاصل ہے۔
letter-closing = والسلام،
complaint-subject = شکایت: { $controller } نے ڈیٹا تک رسائی کی میری درخواست کا جواب قانون کے مطابق نہیں دیا
complaint-sent = میں نے { $sent } کو { $controller } سے، جس کے تحت { $platform } چلتا ہے، { $law }، { $article } کے تحت اپنے ذاتی ڈیٹا تک رسائی کی درخواست کی تھی۔ جواب کی آخری تاریخ { $due } تھی۔
complaint-no-answer = مجھے کوئی جواب موصول نہیں ہوا۔
complaint-partial = مجھے ملنے والا جواب نامکمل ہے: اس میں وہ ڈیٹا شامل نہیں جو میں نے مانگا تھا۔
complaint-refused = میری درخواست مسترد کر دی گئی۔
complaint-ask = میری درخواست ہے کہ آپ اس معاملے کی تحقیقات کریں اور کنٹرولر کو حکم دیں کہ وہ میری درخواست کا مکمل جواب دے۔
complaint-collective = میں نے یہ درخواست { $platform } کے دوسرے ورکرز کے ساتھ مل کر ایک اجتماعی مہم میں کی تھی۔
complaint-identity = میری تفصیلات:
