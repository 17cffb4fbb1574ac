### Clickline, Hindi (हिन्दी).
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## तारीखें

month-1 = जनवरी
month-2 = फ़रवरी
month-3 = मार्च
month-4 = अप्रैल
month-5 = मई
month-6 = जून
month-7 = जुलाई
month-8 = अगस्त
month-9 = सितंबर
month-10 = अक्तूबर
month-11 = नवंबर
month-12 = दिसंबर
# पूरी तारीख के अंदर महीने का नाम (हिन्दी में ऊपर वाले जैसा ही)।
month-of-day-1 = जनवरी
month-of-day-2 = फ़रवरी
month-of-day-3 = मार्च
month-of-day-4 = अप्रैल
month-of-day-5 = मई
month-of-day-6 = जून
month-of-day-7 = जुलाई
month-of-day-8 = अगस्त
month-of-day-9 = सितंबर
month-of-day-10 = अक्तूबर
month-of-day-11 = नवंबर
month-of-day-12 = दिसंबर
# $day, $month (ऊपर का कोई नाम), $year
date-day = { $day } { $month } { $year }
date-month = { $month } { $year }

## जाँच के संदेश, फ़ॉर्म और API के लिए

invalid-country-empty = कोई देश चुनें।
invalid-country = '{ $value }' ISO 3166-1 देश कोड नहीं है (दो अक्षर, जैसे PH, KE या FR)।
invalid-currency-empty = वह मुद्रा चुनें जिसमें आपको भुगतान मिला।
invalid-currency = '{ $value }' ISO 4217 मुद्रा कोड नहीं है (तीन अक्षर, जैसे USD, EUR या PHP)।
invalid-currency-no-rate = Clickline के पास अभी { $code } की विनिमय दर नहीं है; कृपया राशि USD या EUR में दें।
invalid-amount-empty = राशि लिखें (अगर कुछ नहीं मिला तो 0)।
invalid-amount = '{ $value }' कोई राशि नहीं है; इसे 1.25 की तरह लिखें।
invalid-amount-too-large = यह राशि बहुत बड़ी है।
invalid-receipt = रसीद कोड में 16 अक्षर और अंक होते हैं, जैसे ABCD-EFGH-JKMN-PQRS।
invalid-platform-empty = वह प्लेटफ़ॉर्म चुनें जहाँ आपको यह काम मिला।
invalid-platform = '{ $value }' प्लेटफ़ॉर्म का slug (छोटा नाम) नहीं है; सूची के लिए /platforms देखें।
invalid-platform-unknown = Clickline '{ $value }' नाम के प्लेटफ़ॉर्म को नहीं जानता। इसे /platforms की सूची से चुनें (ज्ञात: { $known }); अगर आपका प्लेटफ़ॉर्म सूची में नहीं है, तो सबसे मिलता-जुलता चुनें और अपने विवरण में बताएँ कि असल में कौन-सा है।
invalid-requester-id-empty = रिक्वेस्टर की ID वैसे ही लिखें जैसे प्लेटफ़ॉर्म दिखाता है।
invalid-requester-id-long = रिक्वेस्टर ID में अधिक से अधिक { $max } अक्षर हो सकते हैं।
invalid-requester-id-char = रिक्वेस्टर ID में '{ $char }' नहीं हो सकता; केवल अक्षर, अंक और - _ . ~ @ + : इस्तेमाल करें।
invalid-requester-id-for-name = रिक्वेस्टर की ID भी दें, ताकि नाम सही रिक्वेस्टर से जुड़े।
invalid-requester-name-long = रिक्वेस्टर के नाम में अधिक से अधिक 200 अक्षर हो सकते हैं।
invalid-report-id = यह Clickline की रिपोर्ट ID नहीं है।
invalid-month = '{ $value }' कोई महीना नहीं है; इसे YYYY-MM के रूप में लिखें, जैसे 2025-03।
invalid-month-future = यह महीना भविष्य में है।
invalid-month-early = 2000 या उसके बाद का कोई महीना दें।
invalid-minutes-empty = काम में लगे मिनट लिखें, बिना भुगतान वाली तैयारी समेत।
invalid-minutes = '{ $value }' मिनटों की पूर्ण संख्या नहीं है।
invalid-minutes-range = काम में लगे मिनट 1 से 1440 (पूरा एक दिन) के बीच लिखें।
invalid-description-length = जो हुआ, उसे 20 से 10000 अक्षरों में बताएँ।
invalid-text-long = कृपया अधिक से अधिक { $max } अक्षर लिखें; इसमें { $chars } हैं।
invalid-yes-no = '{ $value }' हाँ या नहीं (true/false) नहीं है।
say-whether-recommend = बताएँ कि क्या आप इस रिक्वेस्टर की सिफ़ारिश करेंगे।
say-whether-tos_violation = बताएँ कि क्या इस काम ने प्लेटफ़ॉर्म के नियम तोड़े।
say-whether-broken = बताएँ कि क्या यह काम ख़राब था (ठीक से चल नहीं रहा था)।
invalid-whole-number-range = { $min } से { $max } तक की कोई पूर्ण संख्या दें।
invalid-whole-number = '{ $value }' पूर्ण संख्या नहीं है।
invalid-body-not-object = अनुरोध की बॉडी एक JSON object होनी चाहिए।
invalid-body-json = अनुरोध की बॉडी मान्य JSON नहीं है: { $detail }।
invalid-body-utf8 = अनुरोध की बॉडी UTF-8 टेक्स्ट नहीं है: { $detail }।
invalid-body-unreadable = अनुरोध पढ़ा नहीं जा सका; एक JSON object भेजें।
invalid-not-single-value = एक ही मान होना चाहिए (string, संख्या या true/false), कोई सूची या object नहीं।
invalid-unknown-field = अज्ञात फ़ील्ड।
invalid-bulk-ids-empty = रिक्वेस्टर ID अल्पविराम (comma) से अलग करके दें।
invalid-bulk-ids-many = एक अनुरोध में अधिक से अधिक { $max } ID।
invalid-fields-unknown = अनजान फ़ील्ड: { $names }। स्कोरकार्ड के फ़ील्ड या उनके हिस्सों के नाम दें, जैसे held_for_review या all.ratings (/api/v1/openapi.json देखें)।
invalid-platform-unknown-short = Clickline इस प्लेटफ़ॉर्म को नहीं जानता; /platforms देखें।
invalid-email = name@example.org जैसा ईमेल पता दें।
invalid-organizer-name = 1 से 100 अक्षरों का नाम दें।
invalid-organizer-countries = वे देश लिखें जहाँ यह संगठनकर्ता काम करता है, जैसे FR,DE।
invalid-organizer-exists = इस ईमेल से एक संगठनकर्ता पहले से मौजूद है।
invalid-submission-key = सबमिशन key में 16 से 128 अक्षर, अंक, - या _ होते हैं।

## तय शब्दावली: <kind>-<wire name> एक लेबल है; choose-<kind> और
## unknown-<kind> तब दिखते हैं जब मान नहीं दिया गया या अनजान है।

choose-task_type = काम का प्रकार चुनें।
unknown-task_type = '{ $value }' काम का कोई ज्ञात प्रकार नहीं है; इनमें से एक इस्तेमाल करें: { $allowed }।
task_type-survey = सर्वे
task_type-transcription = ट्रांसक्रिप्शन (सुनकर लिखना)
task_type-tagging = टैगिंग / लेबलिंग
task_type-moderation = कंटेंट मॉडरेशन
task_type-data_entry = डेटा एंट्री
task_type-writing = लेखन
task_type-testing = टेस्टिंग
task_type-other = अन्य

choose-paid = चुनें कि आपको भुगतान मिला या नहीं।
unknown-paid = '{ $value }' भुगतान के बारे में दिए गए जवाबों में से नहीं है; इनमें से एक इस्तेमाल करें: { $allowed }।
paid-yes = हाँ, पूरा
paid-partial = कुछ हिस्सा
paid-no = नहीं
paid-pending = अभी नहीं (बाकी है)

choose-rejected = चुनें कि कितना काम रिजेक्ट हुआ।
unknown-rejected = '{ $value }' रिजेक्शन के बारे में दिए गए जवाबों में से नहीं है; इनमें से एक इस्तेमाल करें: { $allowed }।
rejected-none = बिल्कुल नहीं
rejected-some = कुछ
rejected-all = सारा

choose-communication = चुनें कि रिक्वेस्टर ने कैसे बातचीत की।
unknown-communication = '{ $value }' बातचीत के बारे में दिए गए जवाबों में से नहीं है; इनमें से एक इस्तेमाल करें: { $allowed }।
communication-responsive = मेरे संदेशों का जवाब दिया
communication-unresponsive = जवाब नहीं दिया
communication-not_tried = मैंने संपर्क करने की कोशिश नहीं की

choose-grievance_category = कोई श्रेणी चुनें।
unknown-grievance_category = '{ $value }' कोई ज्ञात श्रेणी नहीं है; इनमें से एक इस्तेमाल करें: { $allowed }।
grievance_category-non_payment = भुगतान नहीं मिला
grievance_category-unfair_rejection = अनुचित रिजेक्शन
grievance_category-account_deactivation = खाता बंद कर दिया गया
grievance_category-unpaid_work = बिना भुगतान का काम (तैयारी, क्वालिफ़िकेशन, इंतज़ार)
grievance_category-harmful_content = हानिकारक या परेशान करने वाली सामग्री
grievance_category-harassment = उत्पीड़न
grievance_category-data_privacy = मेरे डेटा का दुरुपयोग
grievance_category-opaque_management = अपारदर्शी एल्गोरिदम से प्रबंधन
grievance_category-safety = सुरक्षा
grievance_category-discrimination = भेदभाव
grievance_category-other = अन्य

choose-grievance_status = कोई स्थिति चुनें।
unknown-grievance_status = '{ $value }' कोई ज्ञात स्थिति नहीं है; इनमें से एक इस्तेमाल करें: { $allowed }।
grievance_status-open = खुली
grievance_status-taken_up = संगठनकर्ताओं ने उठाई
grievance_status-resolved = सुलझ गई
grievance_status-unresolved = नहीं सुलझी

choose-platform_kind = प्लेटफ़ॉर्म का प्रकार चुनें।
unknown-platform_kind = '{ $value }' प्लेटफ़ॉर्म का कोई ज्ञात प्रकार नहीं है; इनमें से एक इस्तेमाल करें: { $allowed }।
platform_kind-microtask = माइक्रो-टास्क
platform_kind-freelance = फ़्रीलांस
platform_kind-on_demand = ऑन-डिमांड / स्थान-आधारित

choose-report_kind = रिपोर्ट का प्रकार चुनें।
unknown-report_kind = '{ $value }' रिपोर्ट का कोई ज्ञात प्रकार नहीं है; इनमें से एक इस्तेमाल करें: { $allowed }।
report_kind-rating = रेटिंग
report_kind-grievance = शिकायत

choose-role = कोई भूमिका चुनें।
unknown-role = '{ $value }' कोई ज्ञात भूमिका नहीं है; इनमें से एक इस्तेमाल करें: { $allowed }।
role-organizer = संगठनकर्ता
role-moderator = मॉडरेटर
role-admin = प्रशासक

choose-strike_status = हड़ताल की स्थिति चुनें।
unknown-strike_status = '{ $value }' हड़ताल की कोई ज्ञात स्थिति नहीं है; इनमें से एक इस्तेमाल करें: { $allowed }।
strike_status-announced = घोषित
strike_status-active = हड़ताल जारी
strike_status-ended = समाप्त
strike_status-won = जीत मिली
strike_status-called_off = वापस ली गई
invalid-date-empty = तारीख YYYY-MM-DD के रूप में दें।
invalid-date = '{ $value }' कोई तारीख नहीं है; इसे YYYY-MM-DD के रूप में लिखें।
invalid-strike-title = 5 से 200 अक्षरों का शीर्षक दें।
invalid-strike-demands = माँगें 10 से 5000 अक्षरों में लिखें (Markdown की अनुमति है)।
invalid-platform-unknown-named = Clickline '{ $value }' नाम के प्लेटफ़ॉर्म को नहीं जानता; /platforms देखें।
invalid-strike-requesters = एक हड़ताल आह्वान में अधिक से अधिक 100 रिक्वेस्टर।
invalid-strike-countries = उन देशों के नाम दें जहाँ हड़ताल का आह्वान है, जैसे PH,ID।
invalid-strike-start = हड़ताल का आह्वान 30 दिन से ज़्यादा पहले की तारीख से शुरू नहीं हो सकता।
invalid-strike-end = समाप्ति की तारीख शुरुआत की तारीख से पहले है।
invalid-strike-language = '{ $value }' Clickline की भाषाओं में से नहीं है।
invalid-strike-translation-same = आह्वान इसी भाषा में लिखा गया है; यह टेक्स्ट ऊपर शीर्षक और माँगों में लिखें।
forbidden-strike-countries = आप { $yours } में संगठन का काम करते हैं, { $outside } में नहीं: हड़ताल का आह्वान केवल अपने ही देशों में किया जा सकता है।
forbidden-strike-change = इस हड़ताल को केवल उन देशों के संगठनकर्ता बदल सकते हैं जहाँ इसका आह्वान हुआ है।
forbidden-moderators = यह केवल मॉडरेटर कर सकते हैं।
forbidden-grievance-country = यह शिकायत { $country } से आई है, जो आपके देशों से बाहर है।
forbidden-channel = इस चैनल में केवल { $country } के संगठनकर्ता पोस्ट कर सकते हैं।
forbidden-admins = संगठनकर्ताओं का प्रबंधन केवल प्रशासक करते हैं।
forbidden-csrf = इस फ़ॉर्म की समय-सीमा ख़त्म हो गई है; वापस जाएँ, पेज दोबारा लोड करें और फिर से कोशिश करें।


## पेज का ढाँचा

nav-skip = सीधे सामग्री पर जाएँ
nav-main-label = मुख्य
nav-rate = रिक्वेस्टर को रेटिंग दें
nav-report = समस्या की रिपोर्ट करें
nav-strikes-near-you = आपके आस-पास की हड़तालें
nav-scorecards = स्कोरकार्ड
nav-receipt = सुधारें या वापस लें
nav-methodology = कार्यप्रणाली
nav-language-label = भाषा
demo-banner = <strong>डेमो डेटा।</strong> इस डेवलपमेंट डेटाबेस में बनावटी रिपोर्टें भरी गई हैं ताकि आप Clickline को आज़माकर देख सकें। इनमें से कुछ भी असली नहीं है।
demo-tag = डेमो डेटा
footer-promise = Clickline प्लेटफ़ॉर्म कामगारों द्वारा, प्लेटफ़ॉर्म कामगारों के लिए चलाया जाता है। न खाता, न ट्रैकिंग: हम न IP पता रखते हैं, न ब्राउज़र की जानकारी, न सटीक समय। सार्वजनिक तारीखों में केवल दिन होता है।
footer-strikes = हड़ताल के आह्वान
footer-api = ओपन डेटा API
footer-organizers = संगठनकर्ता
table-region = तालिका (छोटी स्क्रीन पर दाएँ-बाएँ स्क्रॉल होती है)
not-enough-data = पर्याप्त डेटा नहीं
not-enough-data-yet = अभी पर्याप्त डेटा नहीं है।
data-label = डेटा:
reports-newest-first = रिपोर्टें, सबसे नई पहले

## त्रुटियाँ

error-home = होम पेज पर वापस जाएँ
error-401-title = लॉग इन ज़रूरी है
error-403-title = अनुमति नहीं
error-404-title = नहीं मिला
error-409-title = पहले ही भेजा जा चुका है
error-410-title = वापस ले लिया गया
error-413-title = बहुत बड़ा
error-422-title = समझ नहीं आया
error-429-title = बहुत ज़्यादा अनुरोध
error-503-title = डेटाबेस तक पहुँच नहीं
error-500-title = कुछ गड़बड़ हो गई
error-401 = यह पेज देखने के लिए संगठनकर्ता के रूप में लॉग इन करें: /organize/login पर जाएँ।
error-403 = आपको यह करने की अनुमति नहीं है।
error-404 = इस पते पर कोई पेज नहीं है।
error-413 = आपने जो भेजा, वह बहुत बड़ा है। टेक्स्ट छोटा करें और फिर से कोशिश करें; अपना टेक्स्ट वापस पाने के लिए ब्राउज़र का Back (पीछे) बटन दबाएँ।
error-422 = आपने जो भेजा, वह पढ़ा नहीं जा सका।
error-429 = इस कनेक्शन से बहुत ज़्यादा सबमिशन आए हैं; कृपया एक घंटा रुककर फिर से कोशिश करें।
error-429-target = इस कनेक्शन से इस रिक्वेस्टर को एक दिन में जितनी बार रेटिंग दी जा सकती है, उतनी बार दी जा चुकी है। कुछ भी सेव नहीं हुआ; कृपया कल फिर से कोशिश करें।
error-429-daily = इस कनेक्शन से यह एक दिन में जितनी बार किया जा सकता है, उतनी बार किया जा चुका है। कुछ भी सेव नहीं हुआ; कृपया कल फिर से कोशिश करें।
error-429-report = इस रिपोर्ट को एक दिन में जितनी बार सुधारा या वापस लिया जा सकता है, उतनी बार हो चुका है। कुछ भी सेव नहीं हुआ; कृपया कल फिर से कोशिश करें।
error-503 = Clickline अभी अपने डेटाबेस तक नहीं पहुँच पा रहा है। कुछ भी सेव नहीं हुआ; कृपया कुछ मिनट बाद फिर से कोशिश करें।
error-other = हमारी तरफ़ कुछ गड़बड़ हो गई।
error-withdrawn = यह रिपोर्ट दर्ज करने वाले व्यक्ति ने इसे वापस ले लिया है।
error-wrong-receipt = रसीद कोड इस रिपोर्ट से मेल नहीं खाता।
error-key-reused = यह सबमिशन key पहले ही किसी दूसरी रिपोर्ट के लिए इस्तेमाल हो चुकी है।
banner-unavailable = Clickline अभी अपने डेटाबेस तक नहीं पहुँच पा रहा है, इसलिए कुछ भी सेव नहीं हुआ। आपका टेक्स्ट अब भी नीचे है: कुछ मिनट बाद फिर से कोशिश करें, या इसे कहीं सुरक्षित जगह कॉपी कर लें।
banner-rate-limited = पिछले एक घंटे में आपके कनेक्शन से बहुत ज़्यादा रिपोर्टें आई हैं। कुछ भी सेव नहीं हुआ; आपका टेक्स्ट अब भी नीचे है। कृपया बाद में फिर से कोशिश करें।
banner-not-saved = कुछ भी सेव नहीं हुआ: { $reason } आपका टेक्स्ट अब भी नीचे है।

## होम

home-title = रिक्वेस्टर को रेटिंग दें। समस्याओं की रिपोर्ट करें। साथ मिलकर हड़ताल करें।
home-lead = क्लिक वर्कर्स जो झेलते हैं (न्यूनतम मज़दूरी से कम भुगतान, रिजेक्ट किया गया काम, बंद किए गए खाते), Clickline उसे सार्वजनिक सबूत में बदलता है, और उस सबूत को सरहदों के पार सामूहिक कार्रवाई में। न खाता, न नाम।
home-read-scorecards = स्कोरकार्ड पढ़ें
home-search-title = रिक्वेस्टर खोजें
home-search-label = नाम, दूसरा नाम या रिक्वेस्टर ID
home-search-button = खोजें
home-result-on = { $platform } पर
home-result-also = दूसरे नाम:
home-no-results = “{ $query }” से मिलते-जुलते किसी रिक्वेस्टर की रिपोर्ट अभी तक किसी ने नहीं की है।
home-be-first = उन्हें रेटिंग देने वाले पहले व्यक्ति बनें।
home-platforms = प्लेटफ़ॉर्म
title-home = Clickline: रिक्वेस्टर को रेटिंग दें, समस्याओं की रिपोर्ट करें, साथ मिलकर हड़ताल करें
