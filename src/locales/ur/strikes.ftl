### Clickline, Urdu (اردو).
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## ہڑتالیں اور چینل

title-strikes = ہڑتالیں
title-pledge = عہد
title-pledged = آپ کے عہد کا شکریہ
title-undercut = ہڑتال توڑنے کی رپورٹ کریں
title-channels = ملکی چینل
title-channel = { $country } کا چینل
strike-closed = یہ ہڑتال اب مزید عہد نہیں لیتی۔
undercut-recorded = ہڑتال توڑنے کی آپ کی رپورٹ گمنام طور پر درج ہو گئی۔ آرگنائزرز دیکھتے ہیں کہ ہڑتال کہاں سے کمزور ہو رہی ہے۔
alert-message-requesters = { $countries } کے ورکرز { $date } سے { $platform } پر { $requesters } کے خلاف ہڑتال پر ہیں: ان کے کام نہ لیں۔
alert-message-company = { $countries } کے ورکرز { $date } سے { $platform } پر { $company } کے خلاف ہڑتال پر ہیں: اس کے کام نہ لیں۔
alert-message-platform = { $countries } کے ورکرز { $date } سے پورے { $platform } کے خلاف ہڑتال پر ہیں: اس کا کوئی کام نہ لیں۔
# $language کسی زبان کا اپنا نام ہے، جیسے "Bahasa Indonesia"۔
strike-text-in = { $language } میں
strike-text-original = اصل متن، { $language } میں
strike-other-languages = دوسری زبانوں میں بھی:
strike-against = خلاف
strike-requesters = ریکویسٹرز
strike-called-in = کال دی گئی
strike-from = { $from } سے
strike-from-to = { $from } سے { $to } تک
strike-demands = مطالبات
strike-map-title = کہاں یکجہتی مانگی گئی، کہاں عہد کیے گئے اور کہاں ہڑتال ٹوٹ رہی ہے
strike-col-asked = مانگا گیا
strike-col-pledges = عہد
strike-col-undercuts = ہڑتال توڑنے کی رپورٹیں
strike-asked-called = ہڑتال کی کال
strike-asked-solidarity = یکجہتی کی اپیل
strike-asked-not_asked = اپیل نہیں کی گئی
fewer-than = { $n } سے کم
strike-leaking = (ہڑتال ٹوٹ رہی ہے)
strike-no-countries = ابھی کوئی ملک نہیں۔
strike-timeline = واقعات کی ترتیب
pledge-title = عہد کریں کہ یہ کام نہیں لیں گے
pledge-lead = گمنام: ہم عہد صرف ملک کے حساب سے گنتے ہیں۔ آپ کو اسے واپس لینے کے لیے ایک رسید کوڈ ملتا ہے۔
pledge-submit = میں عہد کرتا/کرتی ہوں کہ یہ کام نہیں لوں گا/گی
undercut-title = یہ کام ہوتے دیکھا یا کہیں اور منتقل ہوتے دیکھا؟
undercut-country = وہ ملک جہاں آپ نے دیکھا
undercut-choose-country = ملک چنیں
undercut-platform = وہ پلیٹ فارم جہاں یہ پیش کیا گیا
undercut-platform-optional = (اختیاری، slug)
undercut-note = آپ نے کیا دیکھا
undercut-submit = ہڑتال توڑنے کی رپورٹ کریں
strike-manage-title = آرگنائزرز: حیثیت بدلیں
save = محفوظ کریں
strikes-lead = ورکرز کی تنظیموں کی طرف سے ہڑتال کی کالیں۔ جب ایک ملک میں کسی کام کی ہڑتال ہو، تو دوسرے ملک میں وہ کام نہ اٹھائیں۔
strikes-find-channel = اپنے ملک کا چینل تلاش کریں
atom-feed = Atom فیڈ
strikes-none = ابھی ہڑتال کی کوئی کال نہیں۔
pledged-lead = “{ $title }” کے لیے آپ کا عہد محفوظ ہو گیا۔ عہد روزانہ کھیپوں میں گنے جاتے ہیں، اس لیے کوئی گنتی یہ نہیں بتاتی کہ آپ نے کب عہد کیا۔
pledged-keep = عہد id: <code>{ $pledge }</code>۔ اگر آپ بعد میں <a href="/receipt?id={ $pledge }">/receipt</a> پر عہد واپس لینا چاہیں تو دونوں سنبھال کر رکھیں (یا API کے ذریعے: <code>DELETE /api/v1/strikes/{ $strike }/pledges/{ $pledge }</code> کے ساتھ <code>Authorization: Receipt &lt;code&gt;</code>)۔ ہم یہ کوڈ دوبارہ نہیں دکھائیں گے۔
pledged-back = واپس ہڑتال پر
channel-languages = یہ چینل اس زبان میں پڑھیں:
channel-reports-here = یہاں کے ورکرز کی رپورٹیں:
channel-ratings-fewer = { $n } سے کم ریٹنگز
channel-ratings = { $n ->
    [one] { $n } ریٹنگ
   *[other] { $n } ریٹنگز
}
channel-grievances-fewer = { $n } سے کم شکایات
channel-grievances = { $n ->
    [one] { $n } شکایت
   *[other] { $n } شکایات
}
channel-alerts = یکجہتی کے الرٹس
channel-no-alerts = { $country } کے ورکرز کے لیے کوئی الرٹ نہیں۔
channel-strikes-here = یہاں دی گئی ہڑتال کی کالیں
channel-none-now = ابھی کوئی نہیں۔
channel-announcements = اعلانات
channel-no-announcements = کوئی اعلان نہیں۔
channel-post-title = اعلان پوسٹ کریں
channel-post-body = اعلان (Markdown)
channel-post-submit = پوسٹ کریں
channels-lead = ہر ملک کا ایک چینل ہے: وہاں دی گئی ہڑتال کی کالیں، دوسری جگہوں کی ہڑتالوں کے الرٹس جن کا کام آپ کی طرف منتقل کیا جا سکتا ہے، اور آپ کے آرگنائزرز کی خبریں۔
channels-none = ابھی کوئی سرگرمی نہیں۔
