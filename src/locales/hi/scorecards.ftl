### Clickline, Hindi (हिन्दी).
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## सूचियाँ और स्कोरकार्ड

lists-title = जहाँ कामगारों का सबसे बुरा हाल होता है
lists-among = उन रिक्वेस्टरों में से जिनकी कम से कम { $min } रेटिंग हैं।
lists-lowest-pay = सबसे कम भुगतान करने वाले
lists-median-hourly = मीडियन { $median } प्रति घंटा, { $ratings ->
    [one] { $ratings } रेटिंग
   *[other] { $ratings } रेटिंग
}
lists-worst-unpaid = सबसे ज़्यादा बार भुगतान न करने वाले
lists-unpaid = { $share } को पूरा भुगतान नहीं मिला
lists-most-grievances = सबसे ज़्यादा शिकायतें
lists-grievances = { $count ->
    [one] { $count } शिकायत
   *[other] { $count } शिकायतें
}
scorecard-on-strike = <strong>हड़ताल जारी:</strong> कामगारों ने { $date } से इसके ख़िलाफ़ हड़ताल का आह्वान किया है: “{ $title }”। <a href="/strikes/{ $id }">यह काम न लें; आह्वान पढ़ें</a>।
scorecard-title = स्कोरकार्ड
scorecard-caption = कामगार क्या बताते हैं (आँकड़े { $date } को निकाले गए; <a href="/methodology">कैसे</a>)
scorecard-col-figure = आँकड़ा
scorecard-col-all = अब तक
scorecard-col-recent = पिछले 90 दिन
scorecard-monthly = महीने-दर-महीने
scorecard-monthly-caption = पिछले 12 महीनों में हर महीने का मीडियन प्रति घंटा भुगतान; जिन महीनों में Clickline की छापने की सीमा से कम रेटिंग हैं, वे छोड़ दिए गए हैं।
scorecard-chart-figures = चार्ट के आँकड़े
scorecard-col-month = महीना
scorecard-col-ratings = रेटिंग
scorecard-col-median = मीडियन प्रति घंटा भुगतान
scorecard-col-unpaid = पूरा भुगतान नहीं मिला
scorecard-by-country = देश के हिसाब से
scorecard-col-workers-in = कामगारों का देश
scorecard-no-countries = पर्याप्त डेटा नहीं: देश केवल वहीं दिखाए जाते हैं जहाँ काफ़ी कामगारों ने रिपोर्ट की हो, ताकि किसी एक की पहचान न हो सके।
scorecard-grievances = शिकायतें
scorecard-no-grievances = कोई शिकायत दर्ज नहीं हुई।
scorecard-other-countries = बाकी देश मिलाकर
scorecard-too-few = दिखाने के लिए बहुत कम
scorecard-spread = { $median } (बीच का आधा हिस्सा { $low }–{ $high })
scorecard-days = { $days ->
    [one] { $days } दिन
   *[other] { $days } दिन
}
trend-title = हर महीने का मीडियन प्रति घंटा भुगतान: { $name }
trend-description = पिछले 12 महीनों में से हर महीने का मीडियन प्रति घंटा भुगतान, अमेरिकी डॉलर में; नीचे की तालिका में यही आँकड़े हैं।
figure-ratings = रेटिंग
figure-hourly-usd = प्रति घंटा भुगतान (US$)
figure-hourly-eur = प्रति घंटा भुगतान (€)
figure-below-minimum-wage = कामगार की क़ानूनी न्यूनतम मज़दूरी से कम भुगतान
figure-unpaid = भुगतान नहीं मिला या आधा-अधूरा मिला
figure-rejected = काम रिजेक्ट हुआ
figure-wait = भुगतान के लिए मीडियन इंतज़ार
figure-answered = कामगारों के संदेशों का जवाब दिया
figure-recommend = कामगार सिफ़ारिश करते हैं
figure-tos = कामों ने प्लेटफ़ॉर्म के नियम तोड़े
figure-broken = ख़राब काम
stars-pay = भुगतान
stars-payment-reliability = भुगतान का भरोसा
stars-evaluation = जाँच और रिजेक्शन
stars-communication = बातचीत
stars-task-quality = काम की गुणवत्ता
stars-of-five = 5 में से { $stars }

## कार्यप्रणाली

title-methodology = Clickline अपने आँकड़े कैसे निकालता है
method-lead = Clickline का हर आँकड़ा कामगारों की रिपोर्टों से आता है, और हर रिक्वेस्टर और प्लेटफ़ॉर्म के लिए एक ही तरीके से निकाला जाता है। यहाँ ठीक-ठीक बताया गया है कैसे, ताकि आप इसे जाँच सकें और इसका हवाला दे सकें।
method-figures = आँकड़े
method-figures-intro = आँकड़ों में केवल दिखने वाली रेटिंग गिनी जाती हैं: जो रिपोर्टें लिखने वाले ने वापस ले लीं या मॉडरेटरों ने छिपा दीं, वे छोड़ दी जाती हैं। हर आँकड़ा अब तक के लिए और पिछले 90 दिनों (आज और उससे पहले के 89 दिन) के लिए दिखाया जाता है। जिस आँकड़े में गिनने को कुछ नहीं है, वहाँ “पर्याप्त डेटा नहीं” लिखा होता है, कभी 0 नहीं।
method-hourly = प्रति घंटा भुगतान
method-hourly-def = काम का भुगतान ÷ लगे हुए मिनट (बिना भुगतान वाली तैयारी समेत, जैसा कामगार बताता है) × 60, जिसे नीचे दी गई विनिमय दर तालिका से अमेरिकी डॉलर और यूरो में बदला जाता है। हम मीडियन और बीच का आधा हिस्सा (25वें से 75वें पर्सेंटाइल तक) दिखाते हैं। रेटिंग की संख्या सम हो तो मीडियन बीच के दो मानों का औसत होता है; पर्सेंटाइल सबसे पास के दो स्थानों के बीच सीधी रेखा में (linear) निकाले जाते हैं।
method-below-min = न्यूनतम मज़दूरी से कम भुगतान
method-below-min-def = तालिका में दिए गए देशों की रेटिंग में से, उन रेटिंग का हिस्सा जिनका प्रति घंटा भुगतान कामगार के देश की क़ानूनी प्रति घंटा न्यूनतम मज़दूरी (नीचे तालिका) से कम है।
method-unpaid = भुगतान नहीं मिला या आधा-अधूरा मिला
method-unpaid-def = जिन रेटिंग में बताया गया है कि भुगतान मिला या नहीं (हाँ, कुछ हिस्सा, नहीं), उनमें से उनका हिस्सा जिन्हें पूरा भुगतान नहीं मिला। बाकी (pending) भुगतान नहीं गिने जाते।
method-rejected = काम रिजेक्ट हुआ
method-rejected-def = उन रेटिंग का हिस्सा जिनमें कुछ या पूरा काम रिजेक्ट हुआ।
method-wait = भुगतान के लिए मीडियन इंतज़ार
method-wait-def = भुगतान तक लगे दिनों का मीडियन, उन रेटिंग में से जिनमें यह बताया गया है।
method-answered = संदेशों का जवाब दिया
method-answered-def = जवाब दिया ÷ (जवाब दिया + जवाब नहीं दिया); जिन कामगारों ने संपर्क करने की कोशिश नहीं की, वे छोड़ दिए जाते हैं।
method-shares = सिफ़ारिश, प्लेटफ़ॉर्म के नियम तोड़े, ख़राब काम
method-shares-def = रेटिंग में इनका हिस्सा।
method-stars = स्टार
method-stars-intro = जब किसी के पास कम से कम { $min } रेटिंग हो जाती हैं, तो हर क्षेत्र को अब तक के आँकड़ों से 1 से 5 स्टार मिलते हैं, आधे स्टार तक गोल करके:
method-withhold = कामगारों की सुरक्षा के लिए हम क्या नहीं दिखाते
method-withhold-groups = देश और महीने के हिसाब से आँकड़े केवल कम से कम { $min } रेटिंग वाले समूहों के लिए छापे जाते हैं। छोटे देश “बाकी देश मिलाकर” में जोड़ दिए जाते हैं, और वह भी तभी दिखता है जब उसमें { $min } रेटिंग हो जाएँ।
method-withhold-lists = सबसे बुरे रिक्वेस्टरों की सूचियों में केवल वे रिक्वेस्टर होते हैं जिनकी कम से कम { $min } रेटिंग हैं।
method-withhold-day = रिपोर्टों में केवल दर्ज होने का दिन होता है, समय कभी नहीं; हम न IP पता रखते हैं, न ब्राउज़र की जानकारी।
method-fresh = कितना ताज़ा
method-fresh-def = { $days ->
    [0] यह इंस्टेंस बिना देर किए छापता है (डेमो या टेस्ट की सेटिंग): रिपोर्टें दर्ज होने के कुछ सेकंड में गिनी जाने लगती हैं। Clickline की सामान्य सेटिंग में रोज़ एक खेप में छापा जाता है।
   *[other] रिपोर्टें रोज़ एक खेप में छापी जाती हैं: किसी दिन दर्ज हुई रिपोर्ट { $days } दिन बाद वाले दिन की शुरुआत (UTC) से स्कोरकार्ड, सूचियों, डाउनलोड, फ़ीड और हड़ताल की सूचनाओं में गिनी जाती है, उस दिन की सारी रिपोर्टें एक साथ, ताकि कोई पेज यह न बता सके कि दिन में किस समय कोई रिपोर्ट दर्ज हुई। सुधार भी अगली खेप का इंतज़ार करते हैं। रिपोर्ट वापस लेना या मॉडरेटर का फ़ैसला दो सेकंड के अंदर हर जगह दिखता है।
}
method-rates = विनिमय दरें
method-rates-def = { $count } मुद्राएँ, { $date } के अनुसार। स्रोत:
method-wages = न्यूनतम मज़दूरी
method-wages-def = तालिका { $date } के अनुसार। प्रति घंटा न्यूनतम = क़ानूनी रकम ÷ उस अवधि (एक दिन, एक महीना) के घंटे जिसे क़ानून इस्तेमाल करता है।
method-col-country = देश
method-col-legal = क़ानूनी न्यूनतम
method-col-hours = घंटे
method-col-hourly = प्रति घंटा
method-col-hourly-usd = प्रति घंटा US$ में
method-col-since = कब से
method-col-source = स्रोत
method-data = ओपन डेटा
method-data-def = स्कोरकार्ड JSON में (<code>/api/v1/requesters/{"{"}platform{"}"}/{"{"}id{"}"}</code>, <code>/api/v1/platforms/{"{"}slug{"}"}</code>) और सभी रिक्वेस्टरों की एक CSV के रूप में (<code>/api/v1/scorecards.csv</code>) उपलब्ध हैं, CC BY 4.0 लाइसेंस के तहत।
title-rating-about = { $platform } पर रेटिंग
title-grievance-about = { $platform } पर शिकायत
flag_reason-personal_data = इससे किसी की पहचान या निजी जानकारी खुलती है
flag_reason-false_or_misleading = यह झूठी या गुमराह करने वाली लगती है
flag_reason-abusive = इसमें गाली-गलौज या नफ़रत है
flag_reason-spam = यह स्पैम या विज्ञापन है
flag_reason-other = कुछ और
choose-flag_reason = कोई कारण चुनें: { $allowed }।
