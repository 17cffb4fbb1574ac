### Clickline, Urdu (اردو).
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## ایکسٹینشن اور Turkopticon

extension-title = Clickline کو اپنے موجودہ ٹولز سے استعمال کریں
extension-lead = Amazon Mechanical Turk پر ہر کام کے ساتھ Clickline کی ریٹنگز دیکھیں، کاموں کی فہرست چھوڑے بغیر۔
extension-shown = یہ کیا دکھاتا ہے
extension-shown-list = ہر ریکویسٹر کے ساتھ: میڈین فی گھنٹہ معاوضہ، ادائیگی نہ ہونے کی شرح، مسترد ہونے کی شرح اور ریٹنگز کی تعداد، تصدیق شدہ ریٹنگز اور جائزے کے لیے روکی گئی ریٹنگز، ایک بینر جب ورکرز نے اس ریکویسٹر یا MTurk کے خلاف ہڑتال کی کال دی ہو، اور اسکور کارڈ اور ریٹنگ کے ایسے فارم کے لنکس جس میں ریکویسٹر اور کام پہلے سے بھرے ہوں۔ جہاں ریٹنگز بہت کم ہوں، وہاں یہی بتاتا ہے، کبھی 0 نہیں۔
extension-privacy = ایکسٹینشن اور یوزر اسکرپٹ اس Clickline سے صرف ان ریکویسٹرز کے بارے میں پوچھتے ہیں جو آپ کے کھلے صفحے پر ہیں، اور کچھ نہیں: نہ اکاؤنٹ، نہ نگرانی، نہ کوکیز، نہ کسی اور سائٹ سے رابطہ۔ یہ صرف worker.mturk.com پڑھ سکتے ہیں۔
extension-unavailable = اس Clickline انسٹالیشن میں ایکسٹینشن کی فائلیں موجود نہیں ہیں۔
extension-screenshot-alt = worker.mturk.com پر کاموں کی فہرست جس میں ہر ریکویسٹر کے نیچے Clickline کے اعداد و شمار ہیں: میڈین فی گھنٹہ معاوضہ، ادائیگی نہ ہونے کی شرح، مسترد ہونے کی شرح، ریٹنگز کی تعداد اور ہڑتال کا بینر۔
extension-chromium = Chrome، Chromium، Edge، Brave
extension-chromium-download = ایکسٹینشن ڈاؤن لوڈ کریں اور اسے کسی ایسے فولڈر میں unzip کریں جو آپ رکھیں گے۔
extension-zip-link = ایکسٹینشن ڈاؤن لوڈ کریں (zip)
extension-chromium-developer = ایکسٹینشنز کا صفحہ کھولیں اور developer mode آن کریں:
extension-chromium-load = "Load unpacked" چنیں اور فولڈر منتخب کریں۔
extension-options = ایکسٹینشن یہ Clickline ({ $address }) استعمال کرتی ہے۔ کوئی اور استعمال کرنے کے لیے ایکسٹینشن کی options میں پتہ بدلیں۔
extension-options-none = ایکسٹینشن کی options کھولیں اور اس Clickline کا پتہ لکھیں۔
extension-firefox = Firefox
extension-firefox-steps = نیچے والا صفحہ کھولیں، "Load Temporary Add-on" چنیں اور unzip کیے گئے فولڈر کی manifest.json فائل منتخب کریں۔ Firefox بند ہونے پر عارضی add-ons بھول جاتا ہے؛ Clickline کو مستقل رکھنے کے لیے یوزر اسکرپٹ استعمال کریں۔
extension-userscript = یوزر اسکرپٹ (Tampermonkey، Violentmonkey)
extension-userscript-steps = اپنے براؤزر کے add-on اسٹور سے Tampermonkey یا Violentmonkey انسٹال کریں، پھر یوزر اسکرپٹ کھولیں: مینیجر اسے انسٹال کرنے کی پیشکش کرے گا۔
extension-userscript-link = یوزر اسکرپٹ انسٹال کریں
extension-turkopticon = Turkopticon پڑھنے والے ٹولز
extension-turkopticon-intro = MTurk Suite، HIT Forker اور دوسری اسکرپٹس جو Turkopticon کی ریٹنگز دکھاتی ہیں، ان کی جگہ Clickline کی ریٹنگز دکھا سکتی ہیں: ان کی سیٹنگز میں Turkopticon کا پتہ اس Clickline کے پتے سے بدل دیں۔
extension-turkopticon-to2 = Turkopticon 2 کا API
extension-turkopticon-to1 = Turkopticon 1 کا API
prefill-invalid = لنک نے یہاں ایسی قدر بھری جو Clickline قبول نہیں کر سکتا، اس لیے اسے خالی چھوڑ دیا گیا۔ براہ کرم خود لکھیں۔
form-task-title = کام: { $title }
