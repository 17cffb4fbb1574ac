### Clickline, Bengali (বাংলা).
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## তারিখ

month-1 = জানুয়ারী
month-2 = ফেব্রুয়ারী
month-3 = মার্চ
month-4 = এপ্রিল
month-5 = মে
month-6 = জুন
month-7 = জুলাই
month-8 = আগস্ট
month-9 = সেপ্টেম্বর
month-10 = অক্টোবর
month-11 = নভেম্বর
month-12 = ডিসেম্বর
# পূর্ণ তারিখের ভেতরে মাসের নাম (বাংলায় উপরের মতোই)।
month-of-day-1 = জানুয়ারী
month-of-day-2 = ফেব্রুয়ারী
month-of-day-3 = মার্চ
month-of-day-4 = এপ্রিল
month-of-day-5 = মে
month-of-day-6 = জুন
month-of-day-7 = জুলাই
month-of-day-8 = আগস্ট
month-of-day-9 = সেপ্টেম্বর
month-of-day-10 = অক্টোবর
month-of-day-11 = নভেম্বর
month-of-day-12 = ডিসেম্বর
# $day, $month (উপরের একটি নাম), $year
date-day = { $day } { $month }, { $year }
date-month = { $month } { $year }

## যাচাইয়ের বার্তা, ফর্ম ও API-এর জন্য

invalid-country-empty = একটি দেশ বেছে নিন।
invalid-country = '{ $value }' কোনো ISO 3166-1 দেশ কোড নয় (দুই অক্ষর, যেমন PH, KE বা FR)।
invalid-currency-empty = যে মুদ্রায় আপনাকে টাকা দেওয়া হয়েছিল, সেটি বেছে নিন।
invalid-currency = '{ $value }' কোনো ISO 4217 মুদ্রা কোড নয় (তিন অক্ষর, যেমন USD, EUR বা PHP)।
invalid-currency-no-rate = { $code }-এর বিনিময় হার Clickline-এর কাছে এখনো নেই; অনুগ্রহ করে পরিমাণটি USD বা EUR-এ দিন।
invalid-amount-empty = পরিমাণটি লিখুন (কিছুই না পেলে 0)।
invalid-amount = '{ $value }' কোনো পরিমাণ নয়; এভাবে লিখুন: 1.25।
invalid-amount-too-large = এই পরিমাণটি অনেক বেশি বড়।
invalid-receipt = রসিদ কোডে ১৬টি অক্ষর ও অঙ্ক থাকে, যেমন ABCD-EFGH-JKMN-PQRS।
invalid-platform-empty = যে প্ল্যাটফর্মে কাজটি পেয়েছিলেন, সেটি বেছে নিন।
invalid-platform = '{ $value }' কোনো প্ল্যাটফর্মের স্লাগ নয়; তালিকার জন্য /platforms দেখুন।
invalid-platform-unknown = Clickline '{ $value }' প্ল্যাটফর্মটি চেনে না। /platforms-এর তালিকা থেকে বেছে নিন (জানা প্ল্যাটফর্ম: { $known }); আপনারটি না থাকলে সবচেয়ে কাছেরটি বেছে নিন এবং লেখায় জানান কোনটি।
invalid-requester-id-empty = প্ল্যাটফর্মে যেভাবে দেখায়, সেভাবে রিকোয়েস্টারের আইডি দিন।
invalid-requester-id-long = রিকোয়েস্টারের আইডিতে সর্বোচ্চ { $max }টি অক্ষর থাকতে পারে।
invalid-requester-id-char = রিকোয়েস্টারের আইডিতে '{ $char }' থাকতে পারে না; শুধু অক্ষর, অঙ্ক এবং - _ . ~ @ + : ব্যবহার করুন।
invalid-requester-id-for-name = রিকোয়েস্টারের আইডিও দিন, যাতে নামটি সঠিক রিকোয়েস্টারের সঙ্গে যুক্ত হয়।
invalid-requester-name-long = রিকোয়েস্টারের নামে সর্বোচ্চ ২০০টি অক্ষর থাকতে পারে।
invalid-report-id = এটি কোনো Clickline রিপোর্টের আইডি নয়।
invalid-month = '{ $value }' কোনো মাস নয়; YYYY-MM আকারে লিখুন, যেমন 2025-03।
invalid-month-future = এই মাসটি ভবিষ্যতের।
invalid-month-early = ২০০০ সাল বা তার পরের কোনো মাস দিন।
invalid-minutes-empty = কাজটিতে কত মিনিট লেগেছে লিখুন, বিনা পারিশ্রমিকের প্রস্তুতির সময়সহ।
invalid-minutes = '{ $value }' মিনিটের কোনো পূর্ণ সংখ্যা নয়।
invalid-minutes-range = কাজটিতে কত মিনিট লেগেছে লিখুন, ১ থেকে ১৪৪০ (পুরো এক দিন) পর্যন্ত।
invalid-description-length = কী ঘটেছিল তা ২০ থেকে ১০০০০ অক্ষরের মধ্যে লিখুন।
invalid-text-long = অনুগ্রহ করে সর্বোচ্চ { $max }টি অক্ষর; এখানে আছে { $chars }টি।
invalid-yes-no = '{ $value }' হ্যাঁ বা না (true/false) কোনোটিই নয়।
say-whether-recommend = এই রিকোয়েস্টারকে আপনি সুপারিশ করবেন কি না, জানান।
say-whether-tos_violation = কাজটি প্ল্যাটফর্মের নিয়ম ভেঙেছিল কি না, জানান।
say-whether-broken = কাজটি নষ্ট বা অচল ছিল কি না, জানান।
invalid-whole-number-range = { $min } থেকে { $max }-এর মধ্যে একটি পূর্ণ সংখ্যা দিন।
invalid-whole-number = '{ $value }' কোনো পূর্ণ সংখ্যা নয়।
invalid-body-not-object = বডি অবশ্যই একটি JSON অবজেক্ট হতে হবে।
invalid-body-json = বডিটি বৈধ JSON নয়: { $detail }।
invalid-body-utf8 = বডিটি UTF-8 টেক্সট নয়: { $detail }।
invalid-body-unreadable = অনুরোধটি পড়া যায়নি; একটি JSON অবজেক্ট পাঠান।
invalid-not-single-value = একটিমাত্র মান হতে হবে (স্ট্রিং, সংখ্যা বা true/false), তালিকা বা অবজেক্ট নয়।
invalid-unknown-field = অজানা ফিল্ড।
invalid-bulk-ids-empty = কমা দিয়ে আলাদা করে রিকোয়েস্টারদের আইডি দিন।
invalid-bulk-ids-many = প্রতি অনুরোধে সর্বোচ্চ { $max }টি আইডি।
invalid-fields-unknown = অজানা ফিল্ড: { $names }। স্কোরকার্ডের ফিল্ড বা তার অংশের নাম দিন, যেমন held_for_review বা all.ratings (/api/v1/openapi.json দেখুন)।
invalid-platform-unknown-short = Clickline এই প্ল্যাটফর্মটি চেনে না; /platforms দেখুন।
invalid-email = একটি ইমেল ঠিকানা দিন, যেমন name@example.org।
invalid-organizer-name = ১ থেকে ১০০ অক্ষরের একটি নাম দিন।
invalid-organizer-countries = এই সংগঠক যে দেশগুলোতে কাজ করেন সেগুলো দিন, যেমন FR,DE।
invalid-organizer-exists = এই ইমেল দিয়ে একজন সংগঠক আগে থেকেই আছেন।
invalid-submission-key = জমা দেওয়ার কী-তে ১৬ থেকে ১২৮টি অক্ষর, অঙ্ক, - বা _ থাকে।

## নির্দিষ্ট শব্দভান্ডার: <kind>-<wire name> হলো লেবেল; choose-<kind> ও
## unknown-<kind> হলো মান না থাকলে বা অজানা হলে দেখানো বার্তা।

choose-task_type = কাজের ধরন বেছে নিন।
unknown-task_type = '{ $value }' কোনো জানা কাজের ধরন নয়; এগুলোর একটি ব্যবহার করুন: { $allowed }।
task_type-survey = জরিপ
task_type-transcription = ট্রান্সক্রিপশন (শুনে লেখা)
task_type-tagging = ট্যাগিং / লেবেলিং
task_type-moderation = কনটেন্ট মডারেশন
task_type-data_entry = ডেটা এন্ট্রি
task_type-writing = লেখালেখি
task_type-testing = টেস্টিং
task_type-other = অন্যান্য

choose-paid = আপনাকে টাকা দেওয়া হয়েছিল কি না, বেছে নিন।
unknown-paid = '{ $value }' পেমেন্ট নিয়ে দেওয়া উত্তরগুলোর একটি নয়; এগুলোর একটি ব্যবহার করুন: { $allowed }।
paid-yes = হ্যাঁ, পুরোটা
paid-partial = আংশিক
paid-no = না
paid-pending = এখনো না (বাকি আছে)

choose-rejected = কতটা কাজ বাতিল করা হয়েছিল, বেছে নিন।
unknown-rejected = '{ $value }' বাতিল হওয়া নিয়ে দেওয়া উত্তরগুলোর একটি নয়; এগুলোর একটি ব্যবহার করুন: { $allowed }।
rejected-none = কিছুই না
rejected-some = কিছু
rejected-all = সবটাই

choose-communication = রিকোয়েস্টার কীভাবে যোগাযোগ করেছিলেন, বেছে নিন।
unknown-communication = '{ $value }' যোগাযোগ নিয়ে দেওয়া উত্তরগুলোর একটি নয়; এগুলোর একটি ব্যবহার করুন: { $allowed }।
communication-responsive = আমার বার্তার উত্তর দিয়েছেন
communication-unresponsive = উত্তর দেননি
communication-not_tried = আমি যোগাযোগের চেষ্টা করিনি

choose-grievance_category = একটি বিভাগ বেছে নিন।
unknown-grievance_category = '{ $value }' কোনো জানা বিভাগ নয়; এগুলোর একটি ব্যবহার করুন: { $allowed }।
grievance_category-non_payment = টাকা না দেওয়া
grievance_category-unfair_rejection = অন্যায়ভাবে বাতিল
grievance_category-account_deactivation = অ্যাকাউন্ট বন্ধ করে দেওয়া
grievance_category-unpaid_work = বিনা পারিশ্রমিকের কাজ (প্রস্তুতি, যোগ্যতা পরীক্ষা, অপেক্ষা)
grievance_category-harmful_content = ক্ষতিকর বা অস্বস্তিকর কনটেন্ট
grievance_category-harassment = হয়রানি
grievance_category-data_privacy = আমার তথ্যের অপব্যবহার
grievance_category-opaque_management = অস্বচ্ছ অ্যালগরিদমিক ব্যবস্থাপনা
grievance_category-safety = নিরাপত্তা
grievance_category-discrimination = বৈষম্য
grievance_category-other = অন্যান্য

choose-grievance_status = একটি অবস্থা বেছে নিন।
unknown-grievance_status = '{ $value }' কোনো জানা অবস্থা নয়; এগুলোর একটি ব্যবহার করুন: { $allowed }।
grievance_status-open = খোলা
grievance_status-taken_up = সংগঠকেরা হাতে নিয়েছেন
grievance_status-resolved = সমাধান হয়েছে
grievance_status-unresolved = সমাধান হয়নি

choose-platform_kind = প্ল্যাটফর্মের ধরন বেছে নিন।
unknown-platform_kind = '{ $value }' কোনো জানা প্ল্যাটফর্মের ধরন নয়; এগুলোর একটি ব্যবহার করুন: { $allowed }।
platform_kind-microtask = মাইক্রো-টাস্ক
platform_kind-freelance = ফ্রিল্যান্স
platform_kind-on_demand = অন-ডিমান্ড / এলাকাভিত্তিক

choose-report_kind = রিপোর্টের ধরন বেছে নিন।
unknown-report_kind = '{ $value }' কোনো জানা রিপোর্টের ধরন নয়; এগুলোর একটি ব্যবহার করুন: { $allowed }।
report_kind-rating = রেটিং
report_kind-grievance = অভিযোগ

choose-role = একটি ভূমিকা বেছে নিন।
unknown-role = '{ $value }' কোনো জানা ভূমিকা নয়; এগুলোর একটি ব্যবহার করুন: { $allowed }।
role-organizer = সংগঠক
role-moderator = মডারেটর
role-admin = অ্যাডমিনিস্ট্রেটর

choose-strike_status = ধর্মঘটের অবস্থা বেছে নিন।
unknown-strike_status = '{ $value }' ধর্মঘটের কোনো জানা অবস্থা নয়; এগুলোর একটি ব্যবহার করুন: { $allowed }।
strike_status-announced = ঘোষিত
strike_status-active = ধর্মঘট চলছে
strike_status-ended = শেষ হয়েছে
strike_status-won = জয় হয়েছে
strike_status-called_off = প্রত্যাহার করা হয়েছে
invalid-date-empty = YYYY-MM-DD আকারে একটি তারিখ দিন।
invalid-date = '{ $value }' কোনো তারিখ নয়; YYYY-MM-DD আকারে লিখুন।
invalid-strike-title = ৫ থেকে ২০০ অক্ষরের একটি শিরোনাম দিন।
invalid-strike-demands = দাবিগুলো ১০ থেকে ৫০০০ অক্ষরের মধ্যে লিখুন (Markdown চলবে)।
invalid-platform-unknown-named = Clickline '{ $value }' প্ল্যাটফর্মটি চেনে না; /platforms দেখুন।
invalid-strike-requesters = প্রতিটি ধর্মঘটের ডাকে সর্বোচ্চ ১০০ জন রিকোয়েস্টার।
invalid-strike-countries = যে দেশগুলোতে ধর্মঘট ডাকা হয়েছে সেগুলোর নাম দিন, যেমন PH,ID।
invalid-strike-start = ধর্মঘটের ডাক ৩০ দিনের বেশি আগে শুরু হতে পারে না।
invalid-strike-end = শেষের তারিখটি শুরুর তারিখের আগে।
invalid-strike-language = '{ $value }' Clickline-এর ভাষাগুলোর একটি নয়।
invalid-strike-translation-same = ডাকটি এই ভাষাতেই লেখা; লেখাটি উপরের শিরোনাম ও দাবির ঘরে দিন।
forbidden-strike-countries = আপনি { $yours }-এ সংগঠন করেন, { $outside }-এ নয়: ধর্মঘট শুধু নিজের দেশগুলোতেই ডাকা যায়।
forbidden-strike-change = যে দেশগুলোতে ধর্মঘট ডাকা হয়েছে, শুধু সেখানকার সংগঠকেরাই এটি বদলাতে পারেন।
forbidden-moderators = শুধু মডারেটররাই এটি করতে পারেন।
forbidden-grievance-country = এই অভিযোগটি { $country } থেকে এসেছে, যা আপনার দেশগুলোর বাইরে।
forbidden-channel = শুধু { $country }-এর সংগঠকেরাই এর চ্যানেলে পোস্ট করতে পারেন।
forbidden-admins = সংগঠকদের ব্যবস্থাপনা শুধু অ্যাডমিনিস্ট্রেটররাই করেন।
forbidden-csrf = এই ফর্মের মেয়াদ শেষ হয়ে গেছে; পেছনে যান, পাতাটি রিলোড করুন এবং আবার চেষ্টা করুন।


## লেআউট

nav-skip = মূল বিষয়ে যান
nav-main-label = প্রধান
nav-rate = রিকোয়েস্টারকে রেটিং দিন
nav-report = সমস্যা জানান
nav-strikes-near-you = আপনার কাছের ধর্মঘট
nav-scorecards = স্কোরকার্ড
nav-receipt = সংশোধন বা প্রত্যাহার
nav-methodology = পদ্ধতি
nav-language-label = ভাষা
demo-banner = <strong>ডেমো ডেটা।</strong> এই ডেভেলপমেন্ট ডেটাবেসটি বানানো রিপোর্ট দিয়ে ভরা হয়েছে, যাতে আপনি Clickline ঘুরে দেখতে পারেন। এর কিছুই সত্য নয়।
demo-tag = ডেমো ডেটা
footer-promise = Clickline প্ল্যাটফর্ম কর্মীদের দ্বারা, প্ল্যাটফর্ম কর্মীদের জন্য চালানো হয়। কোনো অ্যাকাউন্ট নেই, কোনো ট্র্যাকিং নেই: আমরা কোনো IP ঠিকানা, ব্রাউজারের তথ্য বা সঠিক সময় রাখি না। প্রকাশ্য তারিখে শুধু দিনটুকু থাকে।
footer-strikes = ধর্মঘটের ডাক
footer-api = উন্মুক্ত ডেটা API
footer-organizers = সংগঠকেরা
table-region = টেবিল (ছোট স্ক্রিনে পাশে স্ক্রল হয়)
not-enough-data = যথেষ্ট ডেটা নেই
not-enough-data-yet = এখনো যথেষ্ট ডেটা নেই।
data-label = ডেটা:
reports-newest-first = রিপোর্ট, নতুনগুলো আগে

## ত্রুটি

error-home = হোম পেজে ফিরে যান
error-401-title = লগ ইন করতে হবে
error-403-title = অনুমতি নেই
error-404-title = পাওয়া যায়নি
error-409-title = আগেই পাঠানো হয়েছে
error-410-title = প্রত্যাহার করা হয়েছে
error-413-title = অনেক বড়
error-422-title = বোঝা যায়নি
error-429-title = অনেক বেশি অনুরোধ
error-503-title = ডেটাবেসে পৌঁছানো যাচ্ছে না
error-500-title = কিছু একটা গোলমাল হয়েছে
error-401 = এই পাতা দেখতে সংগঠক হিসেবে লগ ইন করুন: /organize/login-এ যান।
error-403 = এটি করার অনুমতি আপনার নেই।
error-404 = এই ঠিকানায় কোনো পাতা নেই।
error-413 = আপনি যা পাঠিয়েছেন তা অনেক বড়। লেখাটি ছোট করে আবার চেষ্টা করুন; লেখাটি ফিরে পেতে ব্রাউজারের Back বোতাম ব্যবহার করুন।
error-422 = আপনি যা পাঠিয়েছেন তা পড়া যায়নি।
error-429 = এই সংযোগ থেকে অনেক বেশি জমা পড়েছে; অনুগ্রহ করে এক ঘণ্টা অপেক্ষা করে আবার চেষ্টা করুন।
error-429-target = এই সংযোগ থেকে আজ এই রিকোয়েস্টারকে যতবার রেটিং দেওয়া যায়, ততবার দেওয়া হয়ে গেছে। কিছুই সংরক্ষণ হয়নি; অনুগ্রহ করে আগামীকাল আবার চেষ্টা করুন।
error-429-daily = এই সংযোগ থেকে আজ এটি যতবার করা যায়, ততবার করা হয়ে গেছে। কিছুই সংরক্ষণ হয়নি; অনুগ্রহ করে আগামীকাল আবার চেষ্টা করুন।
error-429-report = এই রিপোর্টটি আজ যতবার সংশোধন বা প্রত্যাহার করা যায়, ততবার করা হয়ে গেছে। কিছুই সংরক্ষণ হয়নি; অনুগ্রহ করে আগামীকাল আবার চেষ্টা করুন।
error-503 = Clickline এই মুহূর্তে তার ডেটাবেসে পৌঁছাতে পারছে না। কিছুই সংরক্ষণ হয়নি; অনুগ্রহ করে কয়েক মিনিট পরে আবার চেষ্টা করুন।
error-other = আমাদের দিকে কিছু একটা গোলমাল হয়েছে।
error-withdrawn = যিনি এই রিপোর্টটি জমা দিয়েছিলেন, তিনি এটি প্রত্যাহার করে নিয়েছেন।
error-wrong-receipt = রসিদ কোডটি এই রিপোর্টের সঙ্গে মিলছে না।
error-key-reused = এই জমা দেওয়ার কী আগেই অন্য একটি রিপোর্টের জন্য ব্যবহার করা হয়েছে।
banner-unavailable = Clickline এই মুহূর্তে তার ডেটাবেসে পৌঁছাতে পারছে না, তাই কিছুই সংরক্ষণ হয়নি। আপনার লেখা নিচে এখনো আছে: কয়েক মিনিট পরে আবার চেষ্টা করুন, অথবা এটি কোথাও নিরাপদে কপি করে রাখুন।
banner-rate-limited = গত এক ঘণ্টায় আপনার সংযোগ থেকে অনেক বেশি রিপোর্ট এসেছে। কিছুই সংরক্ষণ হয়নি; আপনার লেখা নিচে এখনো আছে। অনুগ্রহ করে পরে আবার চেষ্টা করুন।
banner-not-saved = কিছুই সংরক্ষণ হয়নি: { $reason } আপনার লেখা নিচে এখনো আছে।

## হোম

home-title = রিকোয়েস্টারদের রেটিং দিন। সমস্যা জানান। একসঙ্গে ধর্মঘট করুন।
home-lead = ক্লিক-কর্মীরা যা সহ্য করেন (ন্যূনতম মজুরির চেয়ে কম টাকা, বাতিল হওয়া কাজ, বন্ধ করে দেওয়া অ্যাকাউন্ট), Clickline তাকে প্রকাশ্য প্রমাণে পরিণত করে, আর সেই প্রমাণকে সীমান্ত পেরিয়ে সম্মিলিত পদক্ষেপে। কোনো অ্যাকাউন্ট নেই, কোনো নাম নেই।
home-read-scorecards = স্কোরকার্ডগুলো পড়ুন
home-search-title = রিকোয়েস্টার খুঁজুন
home-search-label = নাম, ছদ্মনাম বা রিকোয়েস্টার আইডি
home-search-button = খুঁজুন
home-result-on = { $platform }-এ
home-result-also = আরও
home-no-results = “{ $query }”-এর সঙ্গে মেলে এমন কোনো রিকোয়েস্টারের কথা এখনো কেউ জানায়নি।
home-be-first = তাঁদের প্রথম রেটিং আপনিই দিন।
home-platforms = প্ল্যাটফর্ম
title-home = Clickline: রিকোয়েস্টারদের রেটিং দিন, সমস্যা জানান, একসঙ্গে ধর্মঘট করুন
