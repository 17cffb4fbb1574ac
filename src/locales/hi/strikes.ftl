### Clickline, Hindi (हिन्दी).
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## हड़तालें और चैनल

title-strikes = हड़तालें
title-pledge = संकल्प
title-pledged = आपके संकल्प के लिए धन्यवाद
title-undercut = हड़ताल तोड़े जाने की रिपोर्ट करें
title-channels = देशों के चैनल
title-channel = { $country } का चैनल
strike-closed = इस हड़ताल के लिए अब और संकल्प नहीं लिए जा रहे।
undercut-recorded = हड़ताल तोड़े जाने की आपकी रिपोर्ट बिना नाम के दर्ज हो गई। संगठनकर्ता देखते हैं कि हड़ताल में कहाँ सेंध लग रही है।
alert-message-requesters = { $countries } के कामगार { $date } से { $platform } पर { $requesters } के ख़िलाफ़ हड़ताल पर हैं: उनके काम न लें।
alert-message-company = { $countries } के कामगार { $date } से { $platform } पर { $company } के ख़िलाफ़ हड़ताल पर हैं: उसके काम न लें।
alert-message-platform = { $countries } के कामगार { $date } से पूरे { $platform } के ख़िलाफ़ हड़ताल पर हैं: उसका कोई भी काम न लें।
# $language भाषा का अपना नाम है, जैसे "Bahasa Indonesia"।
strike-text-in = { $language } में
strike-text-original = मूल, { $language } में
strike-other-languages = इन भाषाओं में भी:
strike-against = निशाना:
strike-requesters = रिक्वेस्टर:
strike-called-in = आह्वान वाले देश:
strike-from = { $from } से
strike-from-to = { $from } से { $to } तक
strike-demands = माँगें
strike-map-title = कहाँ एकजुटता माँगी गई, कहाँ संकल्प लिए गए और कहाँ सेंध लग रही है
strike-col-asked = माँग
strike-col-pledges = संकल्प
strike-col-undercuts = हड़ताल तोड़ने की रिपोर्टें
strike-asked-called = हड़ताल का आह्वान
strike-asked-solidarity = एकजुटता की माँग
strike-asked-not_asked = माँग नहीं की गई
fewer-than = { $n } से कम
strike-leaking = (सेंध लग रही है)
strike-no-countries = अभी कोई देश नहीं।
strike-timeline = घटनाक्रम
pledge-title = यह काम न लेने का संकल्प लें
pledge-lead = बिना नाम के: हम संकल्प केवल देश के हिसाब से गिनते हैं। इसे वापस लेने के लिए आपको एक रसीद कोड मिलता है।
pledge-submit = मैं यह काम न लेने का संकल्प लेता/लेती हूँ
undercut-title = यह काम होते देखा या कहीं और भेजा जाते देखा?
undercut-country = वह देश जहाँ आपने इसे देखा
undercut-choose-country = देश चुनें
undercut-platform = वह प्लेटफ़ॉर्म जहाँ यह काम दिया गया
undercut-platform-optional = (ज़रूरी नहीं, slug)
undercut-note = आपने क्या देखा
undercut-submit = हड़ताल तोड़े जाने की रिपोर्ट करें
strike-manage-title = संगठनकर्ता: स्थिति बदलें
save = सेव करें
strikes-lead = कामगारों के संगठनों के हड़ताल के आह्वान। जब एक देश में किसी काम पर हड़ताल हो, तो दूसरे देश में वह काम न उठाएँ।
strikes-find-channel = अपने देश का चैनल खोजें
atom-feed = Atom फ़ीड
strikes-none = अभी हड़ताल का कोई आह्वान नहीं।
pledged-lead = “{ $title }” के लिए आपका संकल्प सेव हो गया। संकल्प रोज़ एक खेप में गिने जाते हैं, ताकि किसी गिनती से यह पता न चले कि आपने कब संकल्प लिया।
pledged-keep = संकल्प ID: <code>{ $pledge }</code>। अगर आप बाद में <a href="/receipt?id={ $pledge }">/receipt</a> पर संकल्प वापस लेना चाहें, तो दोनों संभालकर रखें (या API से: <code>DELETE /api/v1/strikes/{ $strike }/pledges/{ $pledge }</code> के साथ <code>Authorization: Receipt &lt;code&gt;</code>)। हम कोड दोबारा नहीं दिखाएँगे।
pledged-back = हड़ताल पर वापस जाएँ
channel-languages = यह चैनल इस भाषा में पढ़ें:
channel-reports-here = यहाँ के कामगारों की रिपोर्टें:
channel-ratings-fewer = { $n } से कम रेटिंग
channel-ratings = { $n ->
    [one] { $n } रेटिंग
   *[other] { $n } रेटिंग
}
channel-grievances-fewer = { $n } से कम शिकायतें
channel-grievances = { $n ->
    [one] { $n } शिकायत
   *[other] { $n } शिकायतें
}
channel-alerts = एकजुटता की सूचनाएँ
channel-no-alerts = { $country } के कामगारों के लिए कोई सूचना नहीं।
channel-strikes-here = यहाँ बुलाई गई हड़तालें
channel-none-now = अभी कोई नहीं।
channel-announcements = घोषणाएँ
channel-no-announcements = कोई घोषणा नहीं।
channel-post-title = घोषणा पोस्ट करें
channel-post-body = घोषणा (Markdown)
channel-post-submit = पोस्ट करें
channels-lead = हर देश का एक चैनल है: वहाँ बुलाई गई हड़तालें, दूसरी जगहों की उन हड़तालों की सूचनाएँ जिनका काम आपकी ओर भेजा जा सकता है, और आपके संगठनकर्ताओं की ख़बरें।
channels-none = अभी कोई गतिविधि नहीं।
