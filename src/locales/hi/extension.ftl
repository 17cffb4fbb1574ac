### Clickline, Hindi (हिन्दी).
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## एक्सटेंशन और Turkopticon

extension-title = अपने मौजूदा टूल से Clickline इस्तेमाल करें
extension-lead = Amazon Mechanical Turk पर हर काम के पास Clickline की रेटिंग देखें, काम की सूची छोड़े बिना।
extension-shown = यह क्या दिखाता है
extension-shown-list = हर रिक्वेस्टर के पास: मीडियन प्रति घंटा भुगतान, भुगतान न मिलने की दर, रिजेक्शन की दर और रेटिंग की संख्या, वाउचर से पुष्ट रेटिंग और जाँच के लिए रोकी गई रेटिंग, एक बैनर जब कामगारों ने उस रिक्वेस्टर या MTurk के ख़िलाफ़ हड़ताल का आह्वान किया हो, और स्कोरकार्ड तथा रेटिंग फ़ॉर्म के लिंक, जिसमें रिक्वेस्टर और काम पहले से भरे हों। जहाँ बहुत कम रेटिंग हों, वहाँ यही लिखा होता है, कभी 0 नहीं।
extension-privacy = एक्सटेंशन और userscript इस Clickline से केवल उन रिक्वेस्टरों के बारे में पूछते हैं जो आपके खुले पेज पर हैं, और कुछ नहीं: न खाता, न ट्रैकिंग, न कुकीज़, किसी दूसरी साइट से कोई संपर्क नहीं। वे केवल worker.mturk.com पढ़ सकते हैं।
extension-unavailable = इस Clickline इंस्टॉलेशन में एक्सटेंशन की फ़ाइलें नहीं हैं।
extension-screenshot-alt = worker.mturk.com पर काम की एक सूची, हर रिक्वेस्टर के नीचे Clickline के आँकड़ों के साथ: मीडियन प्रति घंटा भुगतान, भुगतान न मिलने की दर, रिजेक्शन की दर, रेटिंग की संख्या और हड़ताल का बैनर।
extension-chromium = Chrome, Chromium, Edge, Brave
extension-chromium-download = एक्सटेंशन डाउनलोड करें और उसे किसी ऐसे फ़ोल्डर में unzip करें जिसे आप रखे रहेंगे।
extension-zip-link = एक्सटेंशन डाउनलोड करें (zip)
extension-chromium-developer = एक्सटेंशन वाला पेज खोलें और developer mode चालू करें:
extension-chromium-load = "Load unpacked" चुनें और वह फ़ोल्डर चुनें।
extension-options = एक्सटेंशन इस Clickline ({ $address }) का इस्तेमाल करता है। किसी दूसरे का इस्तेमाल करने के लिए एक्सटेंशन के options में पता बदलें।
extension-options-none = एक्सटेंशन के options खोलें और इस Clickline का पता लिखें।
extension-firefox = Firefox
extension-firefox-steps = नीचे दिया पेज खोलें, "Load Temporary Add-on" चुनें और unzip किए गए फ़ोल्डर की manifest.json फ़ाइल चुनें। Firefox बंद होने पर अस्थायी add-on भूल जाता है; Clickline को बनाए रखने के लिए userscript इस्तेमाल करें।
extension-userscript = Userscript (Tampermonkey, Violentmonkey)
extension-userscript-steps = अपने ब्राउज़र के add-on स्टोर से Tampermonkey या Violentmonkey इंस्टॉल करें, फिर userscript खोलें: मैनेजर उसे इंस्टॉल करने का विकल्प देगा।
extension-userscript-link = userscript इंस्टॉल करें
extension-turkopticon = Turkopticon पढ़ने वाले टूल
extension-turkopticon-intro = MTurk Suite, HIT Forker और Turkopticon की रेटिंग दिखाने वाली दूसरी स्क्रिप्ट उनकी जगह Clickline की रेटिंग दिखा सकती हैं: उनकी सेटिंग में Turkopticon का पता हटाकर इस Clickline का पता डालें।
extension-turkopticon-to2 = Turkopticon 2 API
extension-turkopticon-to1 = Turkopticon 1 API
prefill-invalid = लिंक ने यहाँ ऐसा मान भरा जिसे Clickline स्वीकार नहीं कर सकता, इसलिए इसे ख़ाली छोड़ दिया गया। कृपया इसे ख़ुद भरें।
form-task-title = काम: { $title }
