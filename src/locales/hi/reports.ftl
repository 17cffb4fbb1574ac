### Clickline, Hindi (हिन्दी).
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## रिपोर्ट के फ़ॉर्म

optional = (ज़रूरी नहीं)
yes-no-true = हाँ
yes-no-false = नहीं
field-requester_id = रिक्वेस्टर ID
hint-requester_id = जैसे प्लेटफ़ॉर्म दिखाता है, जैसे MTurk पर A1B2C3D4E5F6। केवल अक्षर, अंक और - _ . ~ @ + :
legend-where-who = कहाँ और कौन
field-platform = प्लेटफ़ॉर्म
choose-platform-option = प्लेटफ़ॉर्म चुनें
field-requester_name = रिक्वेस्टर का नाम
hint-requester_name = वह नाम जो रिक्वेस्टर इस्तेमाल करता है; किसी जानी-पहचानी ID के लिए नया नाम दूसरे नाम के रूप में रखा जाता है।
field-country = आपका देश
choose-country-option = अपना देश चुनें
hint-country = केवल देश के हिसाब से आँकड़ों के लिए, जो कई कामगारों के समूह के लिए ही छापे जाते हैं।
legend-work-pay = काम और भुगतान
field-task_type = काम का प्रकार
field-pay-amount = इस काम का भुगतान
hint-pay-amount = रिक्वेस्टर ने कितना दिया (या देने को कहा), जैसे 1.50। कुछ नहीं मिला तो 0 लिखें।
field-pay-currency = मुद्रा
field-minutes = कितने मिनट लगे
hint-minutes = सब कुछ जोड़कर: निर्देश पढ़ना, क्वालिफ़िकेशन, तैयारी और इंतज़ार।
legend-treatment = आपके साथ कैसा बर्ताव हुआ
field-paid = क्या आपको भुगतान मिला?
field-days_to_payment = भुगतान मिलने में कितने दिन लगे
field-rejected = क्या काम रिजेक्ट हुआ?
field-communication = बातचीत
field-recommend = क्या आप दूसरे कामगारों को इस रिक्वेस्टर की सिफ़ारिश करेंगे?
field-tos_violation = इस काम ने प्लेटफ़ॉर्म के नियम तोड़े (जैसे निजी जानकारी माँगी या प्लेटफ़ॉर्म के बाहर काम करवाया)
field-broken = काम ख़राब था या पूरा नहीं हो सकता था
legend-words = आपके अपने शब्दों में
field-comment = टिप्पणी
hint-comment = Markdown चल सकता है। नाम, ईमेल या वर्कर ID न लिखें: जो हमें मिलते हैं, हम हटा देते हैं।
legend-what-happened = क्या हुआ
field-category = किस तरह की समस्या?
field-amount_at_stake-amount = दाँव पर लगी रकम
hint-amount_at_stake-amount = अगर आपका भुगतान मारा गया, तो कितना।
field-amount_at_stake-currency = उस रकम की मुद्रा
choose-currency-option = मुद्रा चुनें
field-month = यह किस महीने हुआ
hint-month = YYYY-MM, जैसे 2026-10।
field-description = बताएँ कि क्या हुआ
hint-description = 20 से 10000 अक्षर, Markdown चल सकता है। नाम, ईमेल और वर्कर ID न लिखें: जो हमें मिलते हैं, हम हटा देते हैं।
field-desired_outcome = इसे ठीक करने के लिए क्या होना चाहिए?

## दर्ज करना और रसीदें

title-filed = धन्यवाद: अपनी रसीद संभालकर रखें
filed-duplicate-title = यह रिपोर्ट हमारे पास पहले से थी
filed-title = धन्यवाद, आपकी रिपोर्ट सेव हो गई
filed-duplicate = यह फ़ॉर्म पहले ही भेजा जा चुका था, इसलिए इसे केवल एक बार रखा गया।
filed-receipt-title = आपका रसीद कोड
filed-report-id = रिपोर्ट ID:
filed-keep-it = <strong>यह कोड अभी लिख लें या सेव कर लें। हम इसे दोबारा नहीं दिखाएँगे और इसे वापस नहीं ला सकते:</strong> हम इसका केवल एक बदला हुआ (scrambled) रूप रखते हैं। इसी से, और केवल इसी से, आप <a href="/receipt?id={ $id }">/receipt</a> पर अपनी रिपोर्ट सुधार या वापस ले सकते हैं।
filed-redacted = आपकी सुरक्षा के लिए, हमने आपके टेक्स्ट से वह हटा दिया जो निजी जानकारी जैसा लगा:
redaction-email = एक ईमेल पता
redaction-phone = एक फ़ोन नंबर
redaction-worker_id = एक वर्कर ID
filed-see-report = अपनी रिपोर्ट वैसे देखें जैसे दूसरे देखते हैं
filed-rate-another = किसी और रिक्वेस्टर को रेटिंग दें
form-correct-title = अपनी रिपोर्ट सुधारें
form-summary-title = कृपया नीचे जिन पर निशान है उन्हें ठीक करें; अभी कुछ भी सेव नहीं हुआ है
form-rating-lead = दूसरे कामगारों को बताएँ कि किसी रिक्वेस्टर ने आपके साथ कैसा बर्ताव किया। न खाता, न नाम: आपको एक रसीद कोड मिलता है जिससे आप बाद में इसे सुधार या वापस ले सकते हैं।
form-grievance-lead = अपने साथ हुई ग़लत बात की रिपोर्ट करें: बिना भुगतान का काम, अनुचित रिजेक्शन, बंद किया गया खाता। आपके देश के संगठनकर्ता इसे देखते हैं; किसी को पता नहीं चलता कि आप कौन हैं।
form-privacy = हम केवल दिन रखते हैं, समय कभी नहीं, और आपके फ़ोन/कंप्यूटर या कनेक्शन के बारे में कुछ भी नहीं।
form-save-correction = सुधार सेव करें
form-send-rating = मेरी रेटिंग भेजें
form-send-report = मेरी रिपोर्ट भेजें
title-receipt = रिपोर्ट सुधारें या वापस लें
receipt-lead = वह रसीद कोड इस्तेमाल करें जो आपको रिपोर्ट दर्ज करते समय मिला था। कोई और इसे बदल या हटा नहीं सकता।
receipt-id = रिपोर्ट ID
receipt-code = रसीद कोड
receipt-code-hint = जैसे ABCD-EFGH-JKMN-PQRS; छोटे-बड़े अक्षर और डैश से फ़र्क नहीं पड़ता।
receipt-edit = सुधारें
receipt-withdraw = वापस लें
receipt-wrong-code = यह रसीद कोड उस रिपोर्ट का नहीं है।
receipt-no-report = इस ID की कोई रिपोर्ट नहीं है।
receipt-wrong-pledge-code = यह रसीद कोड उस संकल्प का नहीं है।
title-withdraw-pledge = अपना संकल्प वापस लें
title-withdraw-report = अपनी रिपोर्ट वापस लें
title-corrected = आपकी रिपोर्ट सुधार दी गई
pledge-withdrawn = आपका संकल्प वापस ले लिया गया।
title-pledge-withdrawn = संकल्प वापस लिया गया
title-withdrawn = आपकी रिपोर्ट वापस ले ली गई
title-not-withdrawn = वापस नहीं लिया गया
saved-lead = आपका रसीद कोड वही रहता है।
saved-see = अपनी रिपोर्ट देखें
withdraw-pledge-lead = वापस लेने से आपका संकल्प मिट जाता है; हड़ताल के पेज पर इसकी गिनती नहीं होती।
withdraw-report-lead = वापस लेने से आपकी रिपोर्ट में लिखी बातें मिट जाती हैं और वह हर पेज और हर आँकड़े से हट जाती है।
withdraw-final = इसे पलटा नहीं जा सकता।
withdraw-yes = हाँ, वापस लें
withdraw-no = नहीं, रहने दें
withdrawn-lead = इसकी सामग्री मिटा दी गई है और यह अब Clickline पर कहीं नहीं दिखती।
withdrawn-home = होम
notice-continue = आगे बढ़ें

## रिपोर्टें

report-rating-about = रेटिंग:
report-grievance-about = शिकायत:
report-on = · प्लेटफ़ॉर्म:
report-filed = { $day } को { $country } के एक कामगार ने दर्ज की।
report-corrected-since = बाद में सुधारी गई।
report-task = काम
report-pay = भुगतान
report-pay-for = { $minutes } मिनट के लिए { $pay }
report-hourly = प्रति घंटा भुगतान
report-paid = भुगतान मिला
report-after-days = { $days ->
    [one] { $days } दिन बाद
   *[other] { $days } दिन बाद
}
report-rejected = रिजेक्ट हुआ
report-communication = बातचीत
report-recommends = सिफ़ारिश करते हैं
report-tos = प्लेटफ़ॉर्म के नियम तोड़े
report-broken = ख़राब काम
report-comment = टिप्पणी
report-category = श्रेणी
report-status = स्थिति
report-when = कब
report-at-stake = दाँव पर
report-what-happened = क्या हुआ
report-put-right = इसे ठीक करने के लिए क्या होना चाहिए
report-organizers-note = संगठनकर्ताओं की टिप्पणी
flag-title = इस रिपोर्ट में कुछ ग़लत है?
flag-because = मॉडरेटरों से इसे देखने को कहें, क्योंकि
flag-note = कुछ और जो मॉडरेटरों को पता होना चाहिए
flag-submit = जाँच के लिए निशान लगाएँ
flag-own = यह रिपोर्ट आपने ख़ुद दर्ज की थी? अपने रसीद कोड से <a href="/receipt?id={ $id }">इसे सुधारें या वापस लें</a>।
title-flag = रिपोर्ट पर निशान लगाएँ
title-thanks = धन्यवाद
flagged-lead = मॉडरेटर इस रिपोर्ट को देखेंगे। जब तक वे फ़ैसला नहीं करते, यह दिखती रहेगी।
flagged-back = रिपोर्ट पर वापस जाएँ
card-rating = रेटिंग
card-grievance = शिकायत:
card-worker-in = { $country } का कामगार
card-corrected = सुधारी गई
card-full-report = पूरी रिपोर्ट
requester-id-on = रिक्वेस्टर ID
requester-aka = दूसरे नाम:
requester-rate = इस रिक्वेस्टर को रेटिंग दें
requester-report = इनके साथ हुई समस्या की रिपोर्ट करें
requester-all-csv = सभी रिक्वेस्टर CSV में
requester-no-reports = कोई दिखने वाली रिपोर्ट नहीं।
platform-rate-on = { $platform } पर किसी रिक्वेस्टर को रेटिंग दें
platform-no-reports = { $platform } के बारे में अभी कोई रिपोर्ट नहीं।
title-scorecards = स्कोरकार्ड
platforms-lead = कोई प्लेटफ़ॉर्म चुनें और पढ़ें कि कामगार उसके बारे में क्या बताते हैं। आपका प्लेटफ़ॉर्म नहीं है? सबसे मिलते-जुलते प्लेटफ़ॉर्म के तहत रिपोर्ट में हमें बताएँ।
platforms-all-csv = सभी रिक्वेस्टरों के स्कोरकार्ड:
platforms-how = आँकड़े कैसे निकाले जाते हैं
pagination-label = पेज
pagination-newest = सबसे नई रिपोर्टें
pagination-older = पुरानी
