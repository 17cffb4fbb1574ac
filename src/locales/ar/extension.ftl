### Clickline، العربية.
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

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
