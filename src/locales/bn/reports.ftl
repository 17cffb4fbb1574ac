### Clickline, Bengali (বাংলা).
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## রিপোর্টের ফর্ম

optional = (ঐচ্ছিক)
yes-no-true = হ্যাঁ
yes-no-false = না
field-requester_id = রিকোয়েস্টার আইডি
hint-requester_id = প্ল্যাটফর্মে যেভাবে দেখায়, যেমন MTurk-এ A1B2C3D4E5F6। শুধু অক্ষর, অঙ্ক এবং - _ . ~ @ + :।
legend-where-who = কোথায় ও কে
field-platform = প্ল্যাটফর্ম
choose-platform-option = একটি প্ল্যাটফর্ম বেছে নিন
field-requester_name = রিকোয়েস্টারের নাম
hint-requester_name = রিকোয়েস্টার যে নাম ব্যবহার করেন; জানা আইডির নতুন নাম ছদ্মনাম হিসেবে রাখা হয়।
field-country = আপনার দেশ
choose-country-option = আপনার দেশ বেছে নিন
hint-country = শুধু দেশভিত্তিক হিসাবের জন্য ব্যবহার হয়, যা কয়েকজন কর্মীর দল মিলিয়ে প্রকাশ করা হয়।
legend-work-pay = কাজ ও পারিশ্রমিক
field-task_type = কাজের ধরন
field-pay-amount = এই কাজের পারিশ্রমিক
hint-pay-amount = রিকোয়েস্টার যা দিয়েছেন (বা দিতে চেয়েছিলেন), যেমন 1.50। কিছু না পেলে 0 লিখুন।
field-pay-currency = মুদ্রা
field-minutes = কত মিনিট লেগেছে
hint-minutes = সবকিছু মিলিয়ে: নির্দেশনা পড়া, যোগ্যতা পরীক্ষা, প্রস্তুতি ও অপেক্ষা।
legend-treatment = আপনার সঙ্গে কেমন আচরণ করা হয়েছে
field-paid = আপনি কি টাকা পেয়েছেন?
field-days_to_payment = টাকা পেতে কত দিন লেগেছে
field-rejected = কাজ কি বাতিল করা হয়েছিল?
field-communication = যোগাযোগ
field-recommend = আপনি কি অন্য কর্মীদের এই রিকোয়েস্টারের কথা সুপারিশ করবেন?
field-tos_violation = কাজটি প্ল্যাটফর্মের নিয়ম ভেঙেছিল (যেমন ব্যক্তিগত তথ্য বা প্ল্যাটফর্মের বাইরে কাজ চেয়েছিল)
field-broken = কাজটি নষ্ট ছিল বা শেষ করা যায়নি
legend-words = আপনার নিজের ভাষায়
field-comment = মন্তব্য
hint-comment = Markdown চলবে। নাম, ইমেল বা কর্মী আইডি লিখবেন না: যেগুলো আমরা খুঁজে পাই, মুছে ফেলি।
legend-what-happened = কী ঘটেছিল
field-category = কী ধরনের সমস্যা?
field-amount_at_stake-amount = কত টাকা ঝুঁকিতে
hint-amount_at_stake-amount = পারিশ্রমিক হারিয়ে থাকলে, কত।
field-amount_at_stake-currency = সেই পরিমাণের মুদ্রা
choose-currency-option = একটি মুদ্রা বেছে নিন
field-month = কোন মাসে ঘটেছিল
hint-month = YYYY-MM, যেমন 2026-10।
field-description = কী ঘটেছিল বর্ণনা করুন
hint-description = ২০ থেকে ১০০০০ অক্ষর, Markdown চলবে। নাম, ইমেল ও কর্মী আইডি বাদ দিন: যেগুলো আমরা খুঁজে পাই, মুছে ফেলি।
field-desired_outcome = কী হলে এর প্রতিকার হবে?

## জমা দেওয়া ও রসিদ

title-filed = ধন্যবাদ: আপনার রসিদটি রেখে দিন
filed-duplicate-title = এই রিপোর্টটি আমাদের কাছে আগেই ছিল
filed-title = ধন্যবাদ, আপনার রিপোর্ট সংরক্ষিত হয়েছে
filed-duplicate = এই ফর্মটি আগেই পাঠানো হয়েছিল, তাই এটি একবারই রাখা হয়েছে।
filed-receipt-title = আপনার রসিদ কোড
filed-report-id = রিপোর্ট আইডি:
filed-keep-it = <strong>এই কোডটি এখনই লিখে রাখুন বা সংরক্ষণ করুন। আমরা এটি আর দেখাব না এবং ফিরিয়েও দিতে পারব না:</strong> আমরা শুধু এর একটি এলোমেলো রূপ রাখি। এটি দিয়ে, এবং শুধু এটি দিয়েই, আপনি <a href="/receipt?id={ $id }">/receipt</a>-এ আপনার রিপোর্ট সংশোধন বা প্রত্যাহার করতে পারবেন।
filed-redacted = আপনার সুরক্ষার জন্য, আপনার লেখা থেকে ব্যক্তিগত তথ্যের মতো দেখতে জিনিসগুলো আমরা সরিয়ে দিয়েছি:
redaction-email = একটি ইমেল ঠিকানা
redaction-phone = একটি ফোন নম্বর
redaction-worker_id = একটি কর্মী আইডি
filed-see-report = অন্যরা যেভাবে দেখেন, সেভাবে আপনার রিপোর্ট দেখুন
filed-rate-another = আরেকজন রিকোয়েস্টারকে রেটিং দিন
form-correct-title = আপনার রিপোর্ট সংশোধন করুন
form-summary-title = অনুগ্রহ করে নিচে চিহ্নিত অংশগুলো ঠিক করুন; এখনো কিছু সংরক্ষণ হয়নি
form-rating-lead = একজন রিকোয়েস্টার আপনার সঙ্গে কেমন আচরণ করেছেন, অন্য কর্মীদের জানান। কোনো অ্যাকাউন্ট নেই, কোনো নাম নেই: পরে সংশোধন বা প্রত্যাহারের জন্য আপনি একটি রসিদ কোড পাবেন।
form-grievance-lead = আপনার প্রতি হওয়া অন্যায়ের কথা জানান: বিনা পারিশ্রমিকের কাজ, অন্যায়ভাবে বাতিল, বন্ধ করে দেওয়া অ্যাকাউন্ট। আপনার দেশের সংগঠকেরা এটি দেখবেন; আপনি কে, তা কেউ জানবে না।
form-privacy = আমরা শুধু দিনটি রাখি, সময় কখনো নয়, এবং আপনার ডিভাইস বা সংযোগ সম্পর্কে কিছুই রাখি না।
form-save-correction = সংশোধন সংরক্ষণ করুন
form-send-rating = আমার রেটিং পাঠান
form-send-report = আমার রিপোর্ট পাঠান
title-receipt = রিপোর্ট সংশোধন বা প্রত্যাহার
receipt-lead = রিপোর্ট জমা দেওয়ার সময় যে রসিদ কোড পেয়েছিলেন, সেটি ব্যবহার করুন। অন্য কেউ এটি বদলাতে বা সরাতে পারবে না।
receipt-id = রিপোর্ট আইডি
receipt-code = রসিদ কোড
receipt-code-hint = যেমন ABCD-EFGH-JKMN-PQRS; বড় বা ছোট হাতের অক্ষর এবং ড্যাশে কিছু যায় আসে না।
receipt-edit = সংশোধন করুন
receipt-withdraw = প্রত্যাহার করুন
receipt-wrong-code = এই রসিদ কোডটি ওই রিপোর্টের নয়।
receipt-no-report = এই আইডির কোনো রিপোর্ট নেই।
receipt-wrong-pledge-code = এই রসিদ কোডটি ওই অঙ্গীকারের নয়।
title-withdraw-pledge = আপনার অঙ্গীকার প্রত্যাহার করুন
title-withdraw-report = আপনার রিপোর্ট প্রত্যাহার করুন
title-corrected = আপনার রিপোর্ট সংশোধন করা হয়েছে
pledge-withdrawn = আপনার অঙ্গীকার প্রত্যাহার করা হয়েছে।
title-pledge-withdrawn = অঙ্গীকার প্রত্যাহার করা হয়েছে
title-withdrawn = আপনার রিপোর্ট প্রত্যাহার করা হয়েছে
title-not-withdrawn = প্রত্যাহার করা হয়নি
saved-lead = আপনার রসিদ কোড একই থাকবে।
saved-see = আপনার রিপোর্ট দেখুন
withdraw-pledge-lead = প্রত্যাহার করলে আপনার অঙ্গীকার মুছে যাবে; ধর্মঘটের পাতায় এটি আর গোনা হবে না।
withdraw-report-lead = প্রত্যাহার করলে আপনার রিপোর্টের লেখা মুছে যাবে এবং প্রতিটি পাতা ও হিসাব থেকে এটি সরে যাবে।
withdraw-final = এটি আর ফেরানো যাবে না।
withdraw-yes = হ্যাঁ, প্রত্যাহার করুন
withdraw-no = না, রেখে দিন
withdrawn-lead = এর লেখা মুছে ফেলা হয়েছে এবং Clickline-এ এটি আর কোথাও দেখা যায় না।
withdrawn-home = হোম
notice-continue = এগিয়ে যান

## রিপোর্ট

report-rating-about = রেটিং, যাঁর সম্পর্কে:
report-grievance-about = অভিযোগ, যাঁর সম্পর্কে:
report-on = প্ল্যাটফর্ম:
report-filed = { $day } তারিখে { $country }-এর একজন কর্মী জমা দিয়েছেন।
report-corrected-since = পরে সংশোধন করা হয়েছে।
report-task = কাজ
report-pay = পারিশ্রমিক
report-pay-for = { $minutes } মিনিটের জন্য { $pay }
report-hourly = ঘণ্টাপ্রতি পারিশ্রমিক
report-paid = টাকা পেয়েছেন
report-after-days = { $days ->
    [one] { $days } দিন পর
   *[other] { $days } দিন পর
}
report-rejected = বাতিল
report-communication = যোগাযোগ
report-recommends = সুপারিশ করেন
report-tos = প্ল্যাটফর্মের নিয়ম ভেঙেছে
report-broken = নষ্ট কাজ
report-comment = মন্তব্য
report-category = বিভাগ
report-status = অবস্থা
report-when = কখন
report-at-stake = ঝুঁকিতে
report-what-happened = কী ঘটেছিল
report-put-right = কী হলে প্রতিকার হবে
report-organizers-note = সংগঠকদের মন্তব্য
flag-title = এই রিপোর্টে কোনো সমস্যা আছে?
flag-because = মডারেটরদের এটি দেখতে বলুন, কারণ
flag-note = মডারেটরদের যা জানা দরকার
flag-submit = পর্যালোচনার জন্য চিহ্নিত করুন
flag-own = রিপোর্টটি আপনি নিজেই জমা দিয়েছিলেন? আপনার রসিদ কোড দিয়ে <a href="/receipt?id={ $id }">এটি সংশোধন বা প্রত্যাহার করুন</a>।
title-flag = রিপোর্ট চিহ্নিত করুন
title-thanks = ধন্যবাদ
flagged-lead = মডারেটররা এই রিপোর্টটি দেখবেন। তাঁরা সিদ্ধান্ত না নেওয়া পর্যন্ত এটি দেখা যাবে।
flagged-back = রিপোর্টে ফিরে যান
card-rating = রেটিং
card-grievance = অভিযোগ:
card-worker-in = { $country }-এর কর্মী
card-corrected = সংশোধিত
card-full-report = পুরো রিপোর্ট
requester-id-on = রিকোয়েস্টার
requester-aka = অন্য নাম
requester-rate = এই রিকোয়েস্টারকে রেটিং দিন
requester-report = এঁদের নিয়ে সমস্যা জানান
requester-all-csv = সব রিকোয়েস্টার CSV হিসেবে
requester-no-reports = দেখার মতো কোনো রিপোর্ট নেই।
platform-rate-on = { $platform }-এ একজন রিকোয়েস্টারকে রেটিং দিন
platform-no-reports = { $platform } নিয়ে এখনো কোনো রিপোর্ট নেই।
title-scorecards = স্কোরকার্ড
platforms-lead = কোনো প্ল্যাটফর্ম সম্পর্কে কর্মীরা কী জানিয়েছেন পড়তে, সেটি বেছে নিন। আপনারটি নেই? সবচেয়ে কাছেরটির অধীনে একটি রিপোর্টে আমাদের জানান।
platforms-all-csv = সব রিকোয়েস্টারের স্কোরকার্ড:
platforms-how = হিসাবগুলো কীভাবে করা হয়
pagination-label = পাতা
pagination-newest = নতুন রিপোর্ট
pagination-older = পুরোনো
