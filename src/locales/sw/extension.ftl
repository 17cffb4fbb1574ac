### Clickline, Swahili (Kiswahili).
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## Extension and Turkopticon

extension-title = Tumia Clickline kupitia zana ulizo nazo
extension-lead = Ona tathmini za Clickline kando ya kila kazi kwenye Amazon Mechanical Turk, bila kuondoka kwenye orodha ya kazi.
extension-shown = Kinachoonyeshwa
extension-shown-list = Kando ya kila requester: wastani wa kati wa malipo kwa saa, kiwango cha kutolipwa, kiwango cha kukataliwa na idadi ya tathmini, tathmini zilizothibitishwa na tathmini zilizozuiliwa kwa ukaguzi, bango pale wafanyakazi wameitisha mgomo dhidi ya requester au MTurk, na viungo vya kadi ya alama na vya fomu ya tathmini iliyokwisha jazwa requester na kazi husika. Pale tathmini zinapokuwa chache mno, kinasema hivyo, kamwe si 0.
extension-privacy = Kiendelezi na userscript huiuliza Clickline hii kuhusu requester walio kwenye ukurasa unaoutazama tu, na si kitu kingine: hakuna akaunti, hakuna ufuatiliaji, hakuna vidakuzi (cookies), hakuna tovuti nyingine inayowasiliana navyo. Vinaweza kusoma worker.mturk.com pekee.
extension-unavailable = Faili za kiendelezi hazipo kwenye usakinishaji huu wa Clickline.
extension-screenshot-alt = Orodha ya kazi kwenye worker.mturk.com yenye takwimu za Clickline chini ya kila requester: wastani wa kati wa malipo kwa saa, kiwango cha kutolipwa, kiwango cha kukataliwa, idadi ya tathmini na bango la mgomo.
extension-chromium = Chrome, Chromium, Edge, Brave
extension-chromium-download = Pakua kiendelezi na ukifungue (unzip) kwenye folda utakayoiweka.
extension-zip-link = Pakua kiendelezi (zip)
extension-chromium-developer = Fungua ukurasa wa viendelezi na uwashe hali ya msanidi programu (developer mode):
extension-chromium-load = Chagua "Load unpacked" kisha uchague folda hiyo.
extension-options = Kiendelezi kinatumia Clickline hii ({ $address }). Ili kutumia nyingine, badilisha anwani katika mipangilio (options) ya kiendelezi.
extension-options-none = Fungua mipangilio (options) ya kiendelezi na uweke anwani ya Clickline hii.
extension-firefox = Firefox
extension-firefox-steps = Fungua ukurasa ulio hapa chini, chagua "Load Temporary Add-on" kisha uchague faili ya manifest.json kwenye folda uliyoifungua. Firefox husahau viongezi vya muda inapofungwa; ili kuendelea kutumia Clickline, tumia userscript.
extension-userscript = Userscript (kwa Tampermonkey au Violentmonkey)
extension-userscript-steps = Sakinisha Tampermonkey au Violentmonkey kutoka duka la viongezi la kivinjari chako, kisha ufungue userscript: kidhibiti kitakupa chaguo la kuisakinisha.
extension-userscript-link = Sakinisha userscript
extension-turkopticon = Zana zinazosoma Turkopticon
extension-turkopticon-intro = MTurk Suite, HIT Forker na scripts nyingine zinazoonyesha tathmini za Turkopticon zinaweza kuonyesha za Clickline badala yake: katika mipangilio yao, badilisha anwani ya Turkopticon kwa anwani ya Clickline hii.
extension-turkopticon-to2 = API ya Turkopticon 2
extension-turkopticon-to1 = API ya Turkopticon 1
prefill-invalid = Kiungo kilijaza sehemu hii kwa thamani ambayo Clickline haiwezi kuikubali, kwa hiyo imeachwa tupu. Tafadhali ijaze mwenyewe.
form-task-title = Kazi: { $title }
