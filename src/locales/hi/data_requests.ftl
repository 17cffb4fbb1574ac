### Clickline, Hindi (हिन्दी).
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## सामूहिक डेटा-पहुँच अनुरोध

nav-data-requests = आपका डेटा
title-data-requests = अपना डेटा माँगें, सब मिलकर
title-open-campaign = डेटा-अनुरोध का अभियान शुरू करें
title-letter = आपका डेटा-पहुँच अनुरोध
title-request-sent = अनुरोध दर्ज हो गया
title-request-receipt = आपका डेटा अनुरोध
title-complaint-letter = प्राधिकरण को आपकी शिकायत

data_category-ratings = रेटिंग और गुणवत्ता स्कोर
data_category-rejections = रिजेक्ट हुआ काम और हर रिजेक्शन का कारण
data_category-flags = निशान, चेतावनियाँ और किसी भी निलंबन या खाता बंद किए जाने के कारण
data_category-allocation = मुझे काम कैसे बाँटे जाते हैं और यह किस आधार पर तय होता है
data_category-earnings = कमाई, भुगतान और कटौतियाँ
data_category-profiling = मेरे बारे में बनाई गई प्रोफ़ाइल और निकाले गए निष्कर्ष
choose-data_category = चुनें कि क्या माँगना है।
unknown-data_category = '{ $value }' ऐसी चीज़ नहीं है जो Clickline के पत्र माँगते हैं; इनमें से एक इस्तेमाल करें: { $allowed }।

data_outcome-complete = पूरा उत्तर
data_outcome-partial = अधूरा उत्तर
data_outcome-refused = इनकार किया गया
data_outcome-asked_for_identity = मुझसे अपनी पहचान साबित करने को कहा गया
data_outcome-no_answer = कोई उत्तर नहीं
choose-data_outcome = चुनें कि क्या जवाब आया।
unknown-data_outcome = '{ $value }' कोई ज्ञात उत्तर नहीं है; इनमें से एक इस्तेमाल करें: { $allowed }।

invalid-campaign-title = अभियान को 5 से 200 अक्षरों का शीर्षक दें।
invalid-campaign-explanation = अभियान को 20 से 5,000 अक्षरों में समझाएँ।
invalid-campaign-categories = माँगने के लिए कम से कम एक चीज़ चुनें।
invalid-campaign-countries = कम से कम एक देश बताएँ, DE या PH जैसे ISO कोड में।
invalid-campaign-no-law = Clickline के पास अभी { $country } का कोई डेटा-संरक्षण क़ानून नहीं है, इसलिए वह वहाँ के लिए पत्र नहीं लिख सकता।
forbidden-campaign-countries = आप केवल अपने खाते के देशों के लिए अभियान शुरू कर सकते हैं; { $outside } उनमें से नहीं है।
invalid-campaign-country = यह अभियान इन देशों के कामगारों के लिए है: { $countries }।
invalid-answer-day-missing = वह दिन बताएँ जब प्लेटफ़ॉर्म ने उत्तर दिया।
invalid-answer-day = दिन, अनुरोध भेजने के दिन ({ $sent }) और आज के बीच का होना चाहिए।
invalid-answer-missing = केवल वही चीज़ें चिह्नित करें जो इस अभियान ने माँगी थीं।
invalid-letter-language = Clickline की भाषाओं में से कोई एक चुनें।
invalid-letter-required = इसे भरें: प्लेटफ़ॉर्म को आपका डेटा ढूँढने के लिए इसकी ज़रूरत है।
invalid-letter-line = इसे एक ही पंक्ति में, अधिक से अधिक { $max } अक्षरों में लिखें।
invalid-letter-email = अपने खाते का ईमेल पता दें, जैसे name@example.org।
invalid-sent-id = इस ID का कोई भेजा गया अनुरोध नहीं है। इसे उस पेज से कॉपी करें जिस पर आपकी रसीद दिखी थी।
complaint-not-open = शिकायत तभी की जा सकती है जब अनुरोध की समय-सीमा निकल चुकी हो या उत्तर अधूरा रहा हो, और केवल एक बार।

dr-list-lead = क़ानून हर कामगार को यह अधिकार देता है कि प्लेटफ़ॉर्म उसके बारे में जो डेटा रखता है, वह उसे मिले: रेटिंग, गुणवत्ता स्कोर, निशान, रिजेक्शन और खाता बंद करने के कारण, और स्वचालित फ़ैसले कैसे लिए जाते हैं। जब सब मिलकर माँगते हैं, तो उत्तरों से पता चलता है कि कौन इस अधिकार का सम्मान करता है।
dr-list-empty = अभी कोई अभियान नहीं।
dr-have-receipt = मेरे पास रसीद है: उत्तर दर्ज करें
dr-open-link = संगठनकर्ता: अभियान शुरू करें
dr-opened-on = शुरुआत:
dr-feed = याद-दिहानियाँ (Atom फ़ीड)
dr-asks-for = पत्र क्या माँगता है
dr-always-asked = मेरे बारे में आपके पास मौजूद सभी निजी डेटा की एक प्रति, उसका इस्तेमाल किस लिए होता है, वह कहाँ से आया और किसके साथ साझा किया गया
dr-figures-title = कौन उत्तर देता है
dr-figures-hint = रिपोर्टों की तरह रोज़ एक खेप में छापा जाता है। न्यूनतम समूह आकार से छोटे समूह संख्याओं के रूप में नहीं दिखाए जाते।
dr-figure-sent = भेजे गए अनुरोध
dr-figure-in-time = क़ानूनी समय-सीमा के भीतर उत्तर मिला
dr-figure-median = उत्तर मिलने का मीडियन समय
dr-figure-overdue = समय-सीमा निकल गई, कोई उत्तर नहीं
dr-figure-complaints = प्राधिकरण को की गई शिकायतें
dr-figure-not-yet = अभी पर्याप्त उत्तर नहीं
dr-days = { $n ->
    [one] { $n } दिन
   *[other] { $n } दिन
}
dr-outcomes-caption = क्या जवाब आया
dr-col-outcome = उत्तर
dr-col-requests = अनुरोध
dr-missing-caption = उत्तरों में क्या छूट गया
dr-col-category = क्या माँगा गया
dr-col-answers = इसके बिना उत्तर
dr-letter-title = अपना पत्र बनाएँ
dr-letter-lead = वह जानकारी भरें जिससे प्लेटफ़ॉर्म आपको पहचानता है। Clickline आपकी भाषा में, आपके देश के क़ानून के अनुसार, प्लेटफ़ॉर्म के डेटा नियंत्रक (डेटा न्यासी) के नाम पत्र लिखता है।
dr-letter-send-from = इसे उसी ईमेल पते से भेजें जो आपका खाता इस्तेमाल करता है, ताकि प्लेटफ़ॉर्म यह न कह सके कि वह आपको नहीं जानता।
dr-field-country = वह देश जहाँ से आप काम करते हैं
dr-field-language = पत्र की भाषा
dr-field-name = आपका नाम, जैसा प्लेटफ़ॉर्म जानता है
dr-field-email = आपके खाते का ईमेल पता
dr-field-email-hint = पत्र इसी पते से भेजें।
dr-field-worker-id = प्लेटफ़ॉर्म पर आपकी कामगार ID
dr-letter-never-stored = आप यहाँ जो कुछ भी लिखते हैं, वह न सेव होता है न लॉग में जाता है: पत्र आपके लिए बनाया जाता है और फिर भुला दिया जाता है।
dr-letter-make = पत्र बनाएँ
dr-sent-title = मैंने अपना अनुरोध भेज दिया
dr-sent-lead = Clickline को बताएँ कि आपने इसे भेज दिया: केवल आपका देश और दिन रखे जाते हैं। आपको एक रसीद मिलती है ताकि आप बाद में उत्तर दर्ज कर सकें।
dr-sent-submit = मैंने भेज दिया
dr-laws-title = हर देश का क़ानून
dr-col-law = क़ानून
dr-col-deadline = समय-सीमा
dr-col-authority = शिकायत कहाँ करें
dr-col-articles = पहुँच; पोर्टेबिलिटी; स्वचालित फ़ैसले
dr-col-source = स्रोत
dr-col-contact = अनुरोध कहाँ जाते हैं
dr-in-force-from = लागू होने की तारीख:
dr-no-deadline = क़ानून में तय नहीं
dr-controller-title = डेटा का नियंत्रक कौन है
dr-sources = इन तालिकाओं के स्रोत
dr-letter-page-lead = इस पत्र को कॉपी करके ऊपर दिए पते पर ईमेल में भेजें, या इसे टेक्स्ट फ़ाइल के रूप में डाउनलोड करें।
dr-letter-download = टेक्स्ट फ़ाइल के रूप में डाउनलोड करें
dr-letter-next = भेज दिया? यहाँ दर्ज करें
dr-letter-back-receipt = अपने अनुरोध पर वापस जाएँ
dr-sent-recorded = “{ $title }” के लिए आपका अनुरोध दर्ज हो गया। इसकी गिनती अगली दैनिक खेप से होगी।
dr-sent-id = अनुरोध ID
dr-sent-keep = ID और यह कोड संभालकर रखें: इन्हीं से आप दर्ज करेंगे कि प्लेटफ़ॉर्म ने क्या उत्तर दिया। ये केवल अभी दिखाए जा रहे हैं।
dr-due-on = प्लेटफ़ॉर्म को इस तारीख तक उत्तर देना होगा:
dr-calendar-download = यह दिन मेरे कैलेंडर में जोड़ें (.ics)
dr-back-to-campaign = अभियान पर वापस जाएँ
dr-receipt-lead = अनुरोध ID और वह रसीद कोड डालें जो आपको अनुरोध दर्ज करते समय मिला था।
dr-receipt-open = मेरा अनुरोध खोलें
dr-receipt-about = “{ $title }” अभियान में { $platform } को भेजा गया आपका अनुरोध।
dr-sent-on = भेजने की तारीख
dr-due = उत्तर की अंतिम तारीख
dr-overdue = समय-सीमा निकल गई
dr-answer = उत्तर
dr-no-answer-yet = अभी कुछ दर्ज नहीं हुआ
dr-complaint = शिकायत
dr-complained = आपने Clickline को बताया कि आपने शिकायत की
dr-answer-title = क्या जवाब आया
dr-field-outcome = प्लेटफ़ॉर्म का उत्तर
dr-field-answered-on = जिस दिन उत्तर आया (YYYY-MM-DD)
dr-field-missing = उत्तर में क्या छूट गया
dr-answer-submit = उत्तर दर्ज करें
answer-recorded = दर्ज हो गया। इसकी गिनती अगली दैनिक खेप से होगी।
dr-complaint-title = प्राधिकरण से शिकायत करें
dr-complaint-lead = प्लेटफ़ॉर्म ने समय पर उत्तर नहीं दिया या अधूरा उत्तर दिया। आप { $authority } से शिकायत कर सकते हैं: Clickline आपके लिए शिकायत लिखता है।
dr-complaint-make = शिकायत बनाएँ
dr-complaint-filed = मैंने शिकायत दर्ज कर दी
complaint-recorded = धन्यवाद: अभियान अगली दैनिक खेप से आपकी शिकायत गिनेगा।
dr-form-lead = किसी प्लेटफ़ॉर्म के कामगारों को मिलकर अपना डेटा माँगने के लिए आमंत्रित करें। अभियान का पेज हर कामगार को उसके देश के क़ानून के अनुसार एक पत्र देता है और बिना नाम के गिनता है कि कौन उत्तर देता है।
dr-field-title = शीर्षक
dr-field-categories = क्या माँगना है
dr-field-countries = किन देशों के लिए
dr-field-countries-hint = कॉमा से अलग किए गए ISO कोड। Clickline के पास इन देशों के क़ानून हैं: { $countries }
dr-field-explanation = क्यों, कुछ पंक्तियों में, अभियान के पेज के लिए
dr-form-submit = अभियान शुरू करें
dr-block-title = डेटा के अधिकार
dr-block-lead = { $n ->
    [one] कामगारों ने { $n } अभियान में इस प्लेटफ़ॉर्म से अपना डेटा माँगा।
   *[other] कामगारों ने { $n } अभियानों में इस प्लेटफ़ॉर्म से अपना डेटा माँगा।
}
dr-block-link = सभी अभियान
dr-method-title = डेटा-पहुँच अनुरोध
dr-method-lead = पत्र कामगार के देश के क़ानून का हवाला देते हैं और उस नियंत्रक को जाते हैं जिसका नाम प्लेटफ़ॉर्म बताता है। नीचे की तालिकाएँ Clickline के साथ आती हैं, हर पंक्ति अपने स्रोत और जाँच की तारीख के साथ; नियंत्रकों की जानकारी कुछ हद तक datenanfragen.de के CC0 रिकॉर्ड से ली गई है। न्यूनतम समूह आकार से कम अनुरोधों पर आधारित कोई दर या मीडियन नहीं छापा जाता।
dr-method-laws-caption = डेटा-संरक्षण क़ानून
dr-method-controllers-caption = प्लेटफ़ॉर्मों के डेटा नियंत्रक
dr-source-link = स्रोत
feed-answers-due = उत्तरों की अंतिम तारीख: { $day }
feed-answers-due-text = इस अभियान में भेजे गए अनुरोधों का उत्तर आज तक मिल जाना चाहिए। रसीद से अपना अनुरोध खोलें और दर्ज करें कि क्या जवाब आया।
calendar-summary = { $platform } को भेजे गए अपने डेटा अनुरोध का उत्तर देखें
calendar-description = क़ानूनी समय-सीमा आज ख़त्म हो रही है। Clickline पर रसीद से अपना अनुरोध खोलें और दर्ज करें कि क्या जवाब आया; अगर कुछ नहीं आया, तो Clickline आपकी शिकायत लिखता है।

## पत्र (सादा टेक्स्ट)

letter-subject = { $law } के अंतर्गत वैयक्तिक डेटा तक पहुँच का अनुरोध
letter-greeting = महोदय/महोदया,
letter-access = मैं { $platform } पर कार्यरत हूँ। { $law }, { $article } के अंतर्गत मेरा अनुरोध है कि आप मेरे बारे में आपके पास मौजूद सभी वैयक्तिक डेटा की एक प्रति मुझे उपलब्ध कराएँ, साथ ही यह जानकारी भी दें कि आप इसका प्रसंस्करण किन उद्देश्यों के लिए करते हैं, यह कहाँ से प्राप्त हुआ, इसे किन्हें प्रकट किया गया और आप इसे कितने समय तक रखते हैं।
letter-portability = { $law }, { $article } के अंतर्गत कृपया वह डेटा जो मैंने दिया है और वह डेटा जो मेरे काम से उत्पन्न हुआ है, एक संरचित, आम तौर पर इस्तेमाल होने वाले और मशीन से पढ़े जा सकने वाले प्रारूप (जैसे CSV या JSON) में भेजें।
letter-explanation = { $law }, { $article } के अंतर्गत कृपया मुझे बताएँ कि क्या आप मेरे बारे में प्रोफ़ाइलिंग सहित स्वचालित निर्णय लेते हैं, और मुझे उनमें शामिल तर्क, वास्तव में अपनाई गई प्रक्रिया, तथा मेरे लिए उनके महत्व और परिणामों के बारे में सार्थक जानकारी दें।
letter-categories = विशेष रूप से, मेरा अनुरोध निम्नलिखित के लिए है:
letter-data_category-ratings = मेरे बारे में सभी रेटिंग, गुणवत्ता स्कोर और सटीकता के माप, और उनकी गणना कैसे की जाती है
letter-data_category-rejections = मेरे काम का हर रिजेक्शन, उसके कारण के साथ, और यह कि उसका निर्णय किसने या किस प्रणाली ने लिया
letter-data_category-flags = मेरे खाते से संबंधित हर निशान, चेतावनी, निलंबन या खाता बंद किया जाना, उनके कारणों और उस डेटा के साथ जिस पर वे आधारित थे
letter-data_category-allocation = मुझे काम कैसे आवंटित किए जाते हैं, और कौन-सा डेटा और कौन-से मानदंड यह तय करते हैं
letter-data_category-earnings = मेरी कमाई, भुगतान, बोनस और कटौतियाँ, हर काम के हिसाब से
letter-data_category-profiling = मेरे बारे में आपके पास मौजूद हर प्रोफ़ाइल, श्रेणी या निष्कर्ष
letter-deadline = क़ानून के अनुसार आपको यह अनुरोध प्राप्त होने के बाद निर्धारित समय-सीमा के भीतर, निःशुल्क, उत्तर देना होगा। यह समय-सीमा है: { $deadline }।
letter-no-deadline = कृपया बिना अनुचित विलंब के और निःशुल्क उत्तर दें।
letter-months = { $n ->
    [one] एक महीना
   *[other] { $n } महीने
}
letter-days = { $n ->
    [one] एक दिन
   *[other] { $n } दिन
}
letter-identity = मेरी पहचान के लिए:
letter-name = नाम: { $name }
letter-email = मेरे खाते का ईमेल पता: { $email }
letter-worker-id = कामगार ID: { $id }
letter-authority = यदि मुझे समय पर पूरा उत्तर नहीं मिलता है, तो मुझे { $authority } के समक्ष शिकायत दर्ज करने का अधिकार है।
letter-closing = भवदीय,
complaint-subject = शिकायत: { $controller } ने क़ानून के अनुसार मेरे डेटा-पहुँच अनुरोध का उत्तर नहीं दिया
complaint-sent = { $sent } को मैंने { $law }, { $article } के अंतर्गत { $controller } से, जो { $platform } का संचालन करती है, अपने वैयक्तिक डेटा तक पहुँच का अनुरोध किया था। उत्तर { $due } तक दिया जाना था।
complaint-no-answer = मुझे कोई उत्तर प्राप्त नहीं हुआ है।
complaint-partial = मुझे प्राप्त उत्तर अधूरा है: इसमें वह डेटा शामिल नहीं है जिसका मैंने अनुरोध किया था।
complaint-refused = मेरा अनुरोध अस्वीकार कर दिया गया।
complaint-ask = मेरा अनुरोध है कि आप इस मामले की जाँच करें और डेटा न्यासी (नियंत्रक) को मेरे अनुरोध का पूरा उत्तर देने का आदेश दें।
complaint-collective = मैंने यह अनुरोध { $platform } के अन्य कामगारों के साथ मिलकर, एक सामूहिक अभियान के अंतर्गत किया था।
complaint-identity = मेरा विवरण:
