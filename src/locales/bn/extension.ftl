### Clickline, Bengali (বাংলা).
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## এক্সটেনশন ও Turkopticon

extension-title = আপনার হাতের টুল থেকেই Clickline ব্যবহার করুন
extension-lead = কাজের তালিকা ছেড়ে না গিয়েই Amazon Mechanical Turk-এর প্রতিটি কাজের পাশে Clickline-এর রেটিং দেখুন।
extension-shown = এটি কী দেখায়
extension-shown-list = প্রতিটি রিকোয়েস্টারের পাশে: মিডিয়ান ঘণ্টাপ্রতি পারিশ্রমিক, টাকা না পাওয়ার হার, বাতিলের হার ও রেটিংয়ের সংখ্যা, নিশ্চিত করা রেটিং ও পর্যালোচনার জন্য আটকে রাখা রেটিং, কর্মীরা রিকোয়েস্টার বা MTurk-এর বিরুদ্ধে ধর্মঘট ডাকলে একটি ব্যানার, এবং স্কোরকার্ড ও রিকোয়েস্টার ও কাজের তথ্য আগে থেকে ভরা একটি রেটিং ফর্মের লিংক। রেটিং খুব কম হলে সেটাই বলে, কখনো 0 নয়।
extension-privacy = এক্সটেনশন ও ইউজারস্ক্রিপ্ট এই Clickline-কে শুধু আপনার দেখা পাতার রিকোয়েস্টারদের সম্পর্কে জিজ্ঞেস করে, আর কিছু নয়: কোনো অ্যাকাউন্ট নেই, ট্র্যাকিং নেই, কুকি নেই, অন্য কোনো সাইটের সঙ্গে যোগাযোগ নেই। এগুলো শুধু worker.mturk.com পড়তে পারে।
extension-unavailable = এই Clickline ইনস্টলেশনে এক্সটেনশনের ফাইলগুলো নেই।
extension-screenshot-alt = worker.mturk.com-এ একটি কাজের তালিকা, প্রতিটি রিকোয়েস্টারের নিচে Clickline-এর হিসাব: মিডিয়ান ঘণ্টাপ্রতি পারিশ্রমিক, টাকা না পাওয়ার হার, বাতিলের হার, রেটিংয়ের সংখ্যা এবং একটি ধর্মঘটের ব্যানার।
extension-chromium = Chrome, Chromium, Edge, Brave
extension-chromium-download = এক্সটেনশনটি ডাউনলোড করুন এবং এমন একটি ফোল্ডারে আনজিপ করুন যা আপনি রেখে দেবেন।
extension-zip-link = এক্সটেনশন ডাউনলোড করুন (zip)
extension-chromium-developer = এক্সটেনশনের পাতা খুলুন এবং ডেভেলপার মোড চালু করুন:
extension-chromium-load = "Load unpacked" বেছে নিন এবং ফোল্ডারটি নির্বাচন করুন।
extension-options = এক্সটেনশনটি এই Clickline ({ $address }) ব্যবহার করে। অন্যটি ব্যবহার করতে এক্সটেনশনের অপশনে ঠিকানাটি বদলান।
extension-options-none = এক্সটেনশনের অপশন খুলুন এবং এই Clickline-এর ঠিকানা লিখুন।
extension-firefox = Firefox
extension-firefox-steps = নিচের পাতাটি খুলুন, "Load Temporary Add-on" বেছে নিন এবং আনজিপ করা ফোল্ডারের manifest.json ফাইলটি নির্বাচন করুন। Firefox বন্ধ হলে অস্থায়ী অ্যাড-অন ভুলে যায়; Clickline রেখে দিতে ইউজারস্ক্রিপ্ট ব্যবহার করুন।
extension-userscript = ইউজারস্ক্রিপ্ট (Tampermonkey, Violentmonkey)
extension-userscript-steps = আপনার ব্রাউজারের অ্যাড-অন স্টোর থেকে Tampermonkey বা Violentmonkey ইনস্টল করুন, তারপর ইউজারস্ক্রিপ্টটি খুলুন: ম্যানেজার এটি ইনস্টল করার প্রস্তাব দেবে।
extension-userscript-link = ইউজারস্ক্রিপ্ট ইনস্টল করুন
extension-turkopticon = যে টুলগুলো Turkopticon পড়ে
extension-turkopticon-intro = MTurk Suite, HIT Forker এবং Turkopticon রেটিং দেখায় এমন অন্য স্ক্রিপ্টগুলো তার বদলে Clickline-এর রেটিং দেখাতে পারে: তাদের সেটিংসে Turkopticon-এর ঠিকানার জায়গায় এই Clickline-এর ঠিকানা দিন।
extension-turkopticon-to2 = Turkopticon 2 API
extension-turkopticon-to1 = Turkopticon 1 API
prefill-invalid = লিংকটি এখানে এমন একটি মান বসিয়েছিল যা Clickline নিতে পারে না, তাই এটি ফাঁকা রাখা হয়েছে। অনুগ্রহ করে নিজে লিখুন।
form-task-title = কাজ: { $title }
