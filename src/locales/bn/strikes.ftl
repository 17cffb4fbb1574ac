### Clickline, Bengali (বাংলা).
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## ধর্মঘট ও চ্যানেল

title-strikes = ধর্মঘট
title-pledge = অঙ্গীকার
title-pledged = আপনার অঙ্গীকারের জন্য ধন্যবাদ
title-undercut = ধর্মঘট ভাঙার খবর জানান
title-channels = দেশের চ্যানেল
title-channel = { $country } চ্যানেল
strike-closed = এই ধর্মঘটে আর অঙ্গীকার নেওয়া হচ্ছে না।
undercut-recorded = ধর্মঘট ভাঙার বিষয়ে আপনার রিপোর্ট বেনামে রাখা হয়েছে। ধর্মঘট কোথায় ফাঁক হচ্ছে, সংগঠকেরা তা দেখতে পান।
alert-message-requesters = { $countries }-এর কর্মীরা { $date } থেকে { $platform }-এ { $requesters }-এর বিরুদ্ধে ধর্মঘটে আছেন: তাদের কাজ নেবেন না।
alert-message-company = { $countries }-এর কর্মীরা { $date } থেকে { $platform }-এ { $company }-এর বিরুদ্ধে ধর্মঘটে আছেন: এর কাজ নেবেন না।
alert-message-platform = { $countries }-এর কর্মীরা { $date } থেকে পুরো { $platform }-এর বিরুদ্ধে ধর্মঘটে আছেন: এর কোনো কাজ নেবেন না।
# $language হলো ভাষাটির নিজের নাম, যেমন "Bahasa Indonesia"।
strike-text-in = { $language } ভাষায়
strike-text-original = মূল লেখা, { $language } ভাষায়
strike-other-languages = অন্য ভাষাতেও:
strike-against = বিরুদ্ধে
strike-requesters = রিকোয়েস্টার
strike-called-in = ডাকা হয়েছে যেখানে
strike-from = { $from } থেকে
strike-from-to = { $from } থেকে { $to } পর্যন্ত
strike-demands = দাবি
strike-map-title = কোথায় সংহতি চাওয়া হয়েছে, অঙ্গীকার করা হয়েছে এবং কোথায় ফাঁক হচ্ছে
strike-col-asked = চাওয়া হয়েছে
strike-col-pledges = অঙ্গীকার
strike-col-undercuts = ধর্মঘট ভাঙার রিপোর্ট
strike-asked-called = ধর্মঘট ডাকা হয়েছে
strike-asked-solidarity = সংহতি চাওয়া হয়েছে
strike-asked-not_asked = চাওয়া হয়নি
fewer-than = { $n }-এর কম
strike-leaking = (ফাঁক হচ্ছে)
strike-no-countries = এখনো কোনো দেশ নেই।
strike-timeline = সময়রেখা
pledge-title = এই কাজ না নেওয়ার অঙ্গীকার করুন
pledge-lead = বেনামে: আমরা শুধু দেশ অনুযায়ী অঙ্গীকার গুনি। এটি প্রত্যাহারের জন্য আপনি একটি রসিদ কোড পাবেন।
pledge-submit = আমি অঙ্গীকার করছি যে এই কাজ নেব না
undercut-title = এই কাজ কাউকে করতে দেখেছেন বা অন্য কোথাও সরিয়ে নিতে দেখেছেন?
undercut-country = যে দেশে দেখেছেন
undercut-choose-country = একটি দেশ বেছে নিন
undercut-platform = যে প্ল্যাটফর্মে কাজটি দেওয়া হয়েছিল
undercut-platform-optional = (ঐচ্ছিক, স্লাগ)
undercut-note = আপনি যা দেখেছেন
undercut-submit = ধর্মঘট ভাঙার খবর জানান
strike-manage-title = সংগঠকেরা: অবস্থা বদলান
save = সংরক্ষণ করুন
strikes-lead = শ্রমিক সংগঠনগুলোর ডাকা ধর্মঘট। এক দেশে যে কাজের বিরুদ্ধে ধর্মঘট চলছে, অন্য দেশে সেটি হাতে নেবেন না।
strikes-find-channel = আপনার দেশের চ্যানেল খুঁজুন
atom-feed = Atom ফিড
strikes-none = এখনো কোনো ধর্মঘটের ডাক নেই।
pledged-lead = “{ $title }”-এর জন্য আপনার অঙ্গীকার সংরক্ষিত হয়েছে। অঙ্গীকার দৈনিক ব্যাচে গোনা হয়, তাই কোনো সংখ্যা থেকে বোঝা যায় না আপনি কখন অঙ্গীকার করেছেন।
pledged-keep = অঙ্গীকার আইডি: <code>{ $pledge }</code>। পরে <a href="/receipt?id={ $pledge }">/receipt</a>-এ (অথবা API দিয়ে: <code>Authorization: Receipt &lt;code&gt;</code> সহ <code>DELETE /api/v1/strikes/{ $strike }/pledges/{ $pledge }</code>) অঙ্গীকার প্রত্যাহার করতে চাইলে দুটোই রেখে দিন। কোডটি আমরা আর দেখাব না।
pledged-back = ধর্মঘটে ফিরে যান
channel-languages = এই চ্যানেলটি পড়ুন:
channel-reports-here = এখানকার কর্মীদের রিপোর্ট:
channel-ratings-fewer = { $n }টির কম রেটিং
channel-ratings = { $n ->
    [one] { $n }টি রেটিং
   *[other] { $n }টি রেটিং
}
channel-grievances-fewer = { $n }টির কম অভিযোগ
channel-grievances = { $n ->
    [one] { $n }টি অভিযোগ
   *[other] { $n }টি অভিযোগ
}
channel-alerts = সংহতির সতর্কবার্তা
channel-no-alerts = { $country }-এর কর্মীদের জন্য কোনো সতর্কবার্তা নেই।
channel-strikes-here = এখানে ডাকা ধর্মঘট
channel-none-now = এই মুহূর্তে কোনোটি নেই।
channel-announcements = ঘোষণা
channel-no-announcements = কোনো ঘোষণা নেই।
channel-post-title = একটি ঘোষণা পোস্ট করুন
channel-post-body = ঘোষণা (Markdown)
channel-post-submit = পোস্ট করুন
channels-lead = প্রতিটি দেশের একটি চ্যানেল আছে: সেখানে ডাকা ধর্মঘট, অন্য জায়গার ধর্মঘটের সতর্কবার্তা যাদের কাজ আপনার কাছে সরিয়ে আনা হতে পারে, এবং আপনার সংগঠকদের খবর।
channels-none = এখনো কোনো কার্যক্রম নেই।
