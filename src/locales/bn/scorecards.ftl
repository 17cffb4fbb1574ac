### Clickline, Bengali (বাংলা).
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## তালিকা ও স্কোরকার্ড

lists-title = কোথায় কর্মীদের অবস্থা সবচেয়ে খারাপ
lists-among = অন্তত { $min }টি রেটিং আছে এমন রিকোয়েস্টারদের মধ্যে।
lists-lowest-pay = সবচেয়ে কম পারিশ্রমিক
lists-median-hourly = মিডিয়ান ঘণ্টায় { $median }, { $ratings ->
    [one] { $ratings }টি রেটিং
   *[other] { $ratings }টি রেটিং
}
lists-worst-unpaid = সবচেয়ে বেশিবার টাকা দেয়নি
lists-unpaid = { $share } পুরো টাকা পায়নি
lists-most-grievances = সবচেয়ে বেশি অভিযোগ
lists-grievances = { $count ->
    [one] { $count }টি অভিযোগ
   *[other] { $count }টি অভিযোগ
}
scorecard-on-strike = <strong>ধর্মঘট চলছে:</strong> কর্মীরা { $date } থেকে এই লক্ষ্যের বিরুদ্ধে ধর্মঘট ডেকেছেন: “{ $title }”। <a href="/strikes/{ $id }">এই কাজ নেবেন না; ডাকটি পড়ুন</a>।
scorecard-title = স্কোরকার্ড
scorecard-caption = কর্মীরা যা জানিয়েছেন (হিসাব করা হয়েছে { $date } তারিখে; <a href="/methodology">কীভাবে</a>)
scorecard-col-figure = হিসাব
scorecard-col-all = সব সময়
scorecard-col-recent = গত ৯০ দিন
scorecard-monthly = মাস অনুযায়ী
scorecard-monthly-caption = গত ১২ মাসের প্রতি মাসের মিডিয়ান ঘণ্টাপ্রতি পারিশ্রমিক; Clickline যত রেটিং হলে প্রকাশ করে, তার চেয়ে কম রেটিংয়ের মাসগুলো বাদ দেওয়া হয়েছে।
scorecard-chart-figures = চার্টের সংখ্যাগুলো
scorecard-col-month = মাস
scorecard-col-ratings = রেটিং
scorecard-col-median = মিডিয়ান ঘণ্টাপ্রতি পারিশ্রমিক
scorecard-col-unpaid = পুরো টাকা পায়নি
scorecard-by-country = দেশ অনুযায়ী
scorecard-col-workers-in = কর্মীদের দেশ
scorecard-no-countries = যথেষ্ট ডেটা নেই: যেখানে যথেষ্ট কর্মী জানিয়েছেন শুধু সেই দেশগুলোই দেখানো হয়, যাতে কাউকে আলাদা করে চেনা না যায়।
scorecard-grievances = অভিযোগ
scorecard-no-grievances = কোনো অভিযোগ জানানো হয়নি।
scorecard-other-countries = অন্যান্য দেশ একসঙ্গে
scorecard-too-few = দেখানোর মতো যথেষ্ট নয়
scorecard-spread = { $median } (মাঝের অর্ধেক { $low }–{ $high })
scorecard-days = { $days ->
    [one] { $days } দিন
   *[other] { $days } দিন
}
trend-title = প্রতি মাসের মিডিয়ান ঘণ্টাপ্রতি পারিশ্রমিক: { $name }
trend-description = গত ১২ মাসের প্রতিটিতে মার্কিন ডলারে মিডিয়ান ঘণ্টাপ্রতি পারিশ্রমিক; নিচের টেবিলে একই সংখ্যাগুলো আছে।
figure-ratings = রেটিং
figure-hourly-usd = ঘণ্টাপ্রতি পারিশ্রমিক (US$)
figure-hourly-eur = ঘণ্টাপ্রতি পারিশ্রমিক (€)
figure-below-minimum-wage = কর্মীর দেশের আইনি ন্যূনতম মজুরির চেয়ে কম পেয়েছেন
figure-unpaid = টাকা পাননি বা আংশিক পেয়েছেন
figure-rejected = কাজ বাতিল হয়েছে
figure-wait = টাকার জন্য মিডিয়ান অপেক্ষা
figure-answered = কর্মীদের বার্তার উত্তর দিয়েছেন
figure-recommend = কর্মীরা সুপারিশ করেন
figure-tos = কাজ প্ল্যাটফর্মের নিয়ম ভেঙেছে
figure-broken = নষ্ট কাজ
stars-pay = পারিশ্রমিক
stars-payment-reliability = নিয়মিত টাকা দেওয়া
stars-evaluation = মূল্যায়ন ও বাতিল
stars-communication = যোগাযোগ
stars-task-quality = কাজের মান
stars-of-five = ৫-এর মধ্যে { $stars }

## পদ্ধতি

title-methodology = Clickline কীভাবে তার হিসাব করে
method-lead = Clickline-এর প্রতিটি হিসাব আসে কর্মীরা যা জানান তা থেকে, এবং প্রতিটি রিকোয়েস্টার ও প্ল্যাটফর্মের জন্য একইভাবে হিসাব করা হয়। ঠিক কীভাবে, তা এখানে দেওয়া হলো, যাতে আপনি যাচাই করতে ও উদ্ধৃত করতে পারেন।
method-figures = হিসাবগুলো
method-figures-intro = হিসাবে শুধু দৃশ্যমান রেটিং গোনা হয়: লেখক যে রিপোর্ট প্রত্যাহার করেছেন বা মডারেটররা যা লুকিয়ে রেখেছেন, তা বাদ যায়। প্রতিটি হিসাব সব সময়ের এবং গত ৯০ দিনের (আজ ও তার আগের ৮৯ দিন) জন্য দেখানো হয়। গোনার মতো কিছু না থাকলে হিসাবে লেখা থাকে “যথেষ্ট ডেটা নেই”, কখনো 0 নয়।
method-hourly = ঘণ্টাপ্রতি পারিশ্রমিক
method-hourly-def = কাজের পারিশ্রমিক ÷ কাজে লাগা মিনিট (কর্মী যেমন জানান, বিনা পারিশ্রমিকের প্রস্তুতিসহ) × 60, নিচের বিনিময় হারের টেবিল দিয়ে মার্কিন ডলার ও ইউরোতে রূপান্তরিত। আমরা মিডিয়ান এবং মাঝের অর্ধেক (২৫তম থেকে ৭৫তম পার্সেন্টাইল) দেখাই। জোড় সংখ্যক রেটিংয়ের মিডিয়ান হলো মাঝের দুটি মানের গড়; পার্সেন্টাইল নিকটতম দুই ক্রমের মধ্যে সরলরৈখিকভাবে নির্ণয় করা হয়।
method-below-min = ন্যূনতম মজুরির চেয়ে কম পেয়েছেন
method-below-min-def = টেবিলে থাকা দেশগুলোর রেটিংয়ের মধ্যে, যেসব রেটিংয়ে ঘণ্টাপ্রতি পারিশ্রমিক কর্মীর দেশের আইনি ঘণ্টাপ্রতি ন্যূনতম মজুরির (নিচের টেবিল) চেয়ে কম, তাদের অনুপাত।
method-unpaid = টাকা পাননি বা আংশিক পেয়েছেন
method-unpaid-def = যেসব রেটিংয়ে টাকা পাওয়া হয়েছে কি না বলা আছে (হ্যাঁ, আংশিক, না), তাদের মধ্যে পুরো টাকা না পাওয়ার অনুপাত। বাকি থাকা পেমেন্ট গোনা হয় না।
method-rejected = কাজ বাতিল হয়েছে
method-rejected-def = যেসব রেটিংয়ে কাজের কিছু বা পুরোটা বাতিল হয়েছে, তাদের অনুপাত।
method-wait = টাকার জন্য মিডিয়ান অপেক্ষা
method-wait-def = যেসব রেটিংয়ে টাকা পেতে কত দিন লেগেছে বলা আছে, সেগুলোর মিডিয়ান।
method-answered = বার্তার উত্তর দিয়েছেন
method-answered-def = উত্তর দিয়েছেন ÷ (উত্তর দিয়েছেন + উত্তর দেননি); যে কর্মীরা যোগাযোগের চেষ্টা করেননি, তাঁদের বাদ দেওয়া হয়।
method-shares = সুপারিশ, প্ল্যাটফর্মের নিয়ম ভাঙা, নষ্ট কাজ
method-shares-def = রেটিংয়ের অনুপাত।
method-stars = তারা
method-stars-intro = কোনো লক্ষ্যের অন্তত { $min }টি রেটিং হলে, সব সময়ের হিসাব থেকে প্রতিটি ক্ষেত্র ১ থেকে ৫টি তারা পায়, অর্ধেক তারায় রাউন্ড করে:
method-withhold = কর্মীদের সুরক্ষায় আমরা যা প্রকাশ করি না
method-withhold-groups = দেশ ও মাস অনুযায়ী ভাগ শুধু অন্তত { $min }টি রেটিংয়ের দলের জন্য প্রকাশ করা হয়। ছোট দেশগুলোকে “অন্যান্য দেশ একসঙ্গে” হিসেবে মেলানো হয়, এবং সেটিও শুধু তখনই দেখানো হয় যখন মোট সংখ্যা { $min }-এ পৌঁছায়।
method-withhold-lists = সবচেয়ে খারাপ রিকোয়েস্টারদের তালিকায় শুধু অন্তত { $min }টি রেটিং থাকা রিকোয়েস্টাররাই থাকেন।
method-withhold-day = রিপোর্টে শুধু জমা দেওয়ার দিনটি থাকে, সময় কখনো নয়; আমরা কোনো IP ঠিকানা বা ব্রাউজারের তথ্য রাখি না।
method-fresh = কতটা হালনাগাদ
method-fresh-def = { $days ->
    [0] এই ইনস্ট্যান্সটি দেরি না করে প্রকাশ করে (ডেমো বা পরীক্ষার সেটিং): জমা দেওয়ার কয়েক সেকেন্ডের মধ্যেই রিপোর্ট গোনা হয়। Clickline সাধারণত দৈনিক ব্যাচে প্রকাশ করে।
   *[other] রিপোর্ট দৈনিক ব্যাচে প্রকাশ করা হয়: কোনো দিন জমা দেওয়া রিপোর্ট { $days } দিন পরের দিনটির শুরু (UTC) থেকে স্কোরকার্ড, তালিকা, ডাউনলোড, ফিড ও ধর্মঘটের সতর্কবার্তায় গোনা হয়, সেই দিনের সব রিপোর্ট একসঙ্গে, যাতে কোনো পাতা থেকে বোঝা না যায় দিনের কোন সময়ে কোনটি জমা পড়েছিল। সংশোধনও পরের ব্যাচের জন্য অপেক্ষা করে। প্রত্যাহার বা মডারেটরের সিদ্ধান্ত দুই সেকেন্ডের মধ্যে সব জায়গায় দেখা যায়।
}
method-rates = বিনিময় হার
method-rates-def = { $count }টি মুদ্রা, { $date } অনুযায়ী। উৎস:
method-wages = ন্যূনতম মজুরি
method-wages-def = { $date } অনুযায়ী টেবিল। ঘণ্টাপ্রতি ন্যূনতম মজুরি = আইনি পরিমাণ ÷ আইনে ধরা সময়কালের (এক দিন, এক মাস) ঘণ্টা।
method-col-country = দেশ
method-col-legal = আইনি ন্যূনতম
method-col-hours = ঘণ্টা
method-col-hourly = ঘণ্টাপ্রতি
method-col-hourly-usd = ঘণ্টাপ্রতি US$-এ
method-col-since = কবে থেকে
method-col-source = উৎস
method-data = উন্মুক্ত ডেটা
method-data-def = স্কোরকার্ডগুলো JSON হিসেবে (<code>/api/v1/requesters/{"{"}platform{"}"}/{"{"}id{"}"}</code>, <code>/api/v1/platforms/{"{"}slug{"}"}</code>) এবং সব রিকোয়েস্টারের একটি CSV হিসেবে (<code>/api/v1/scorecards.csv</code>) পাওয়া যায়, CC BY 4.0 লাইসেন্সে।
title-rating-about = { $platform } সম্পর্কে রেটিং
title-grievance-about = { $platform } সম্পর্কে অভিযোগ
flag_reason-personal_data = এতে কারও পরিচয় বা ব্যক্তিগত তথ্য প্রকাশ পায়
flag_reason-false_or_misleading = এটি মিথ্যা বা বিভ্রান্তিকর মনে হয়
flag_reason-abusive = এটি অপমানজনক বা ঘৃণাপূর্ণ
flag_reason-spam = এটি স্প্যাম বা বিজ্ঞাপন
flag_reason-other = অন্য কিছু
choose-flag_reason = একটি কারণ বেছে নিন: { $allowed }।
