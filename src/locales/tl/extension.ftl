### Clickline, Tagalog.
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## Extension and Turkopticon

extension-title = Gamitin ang Clickline sa mga tool na mayroon ka na
extension-lead = Tingnan ang mga rating ng Clickline sa tabi ng bawat task sa Amazon Mechanical Turk, nang hindi umaalis sa listahan ng mga task.
extension-shown = Ang ipinapakita nito
extension-shown-list = Sa tabi ng bawat requester: median na bayad kada oras, bahagdan ng hindi nabayaran, bahagdan ng pagtanggi at bilang ng mga rating, mga rating na pinatunayan at naka-hold para suriin, isang paalala kapag may tawag na welga laban sa requester o sa MTurk, at mga link sa scorecard at sa isang rating form na may nakalagay nang requester at task. Kapag kulang ang mga rating, sinasabi nito iyon, hindi kailanman 0.
extension-privacy = Ang extension at ang userscript ay nagtatanong sa Clickline na ito tungkol lamang sa mga requester sa pahinang tinitingnan mo: walang account, walang tracking, walang cookie, walang ibang site na kinokontak. Ang worker.mturk.com lamang ang kaya nilang basahin.
extension-unavailable = Wala ang mga file ng extension sa installation na ito ng Clickline.
extension-screenshot-alt = Isang listahan ng task sa worker.mturk.com na may mga numero ng Clickline sa ilalim ng bawat requester: median na bayad kada oras, bahagdan ng hindi nabayaran, bahagdan ng pagtanggi, bilang ng mga rating at isang paalala ng welga.
extension-chromium = Chrome, Chromium, Edge, Brave
extension-chromium-download = I-download ang extension at i-unzip ito sa isang folder na itatago mo.
extension-zip-link = I-download ang extension (zip)
extension-chromium-developer = Buksan ang pahina ng mga extension at i-on ang developer mode:
extension-chromium-load = Piliin ang "Load unpacked" at piliin ang folder.
extension-options = Ginagamit ng extension ang Clickline na ito ({ $address }). Para gumamit ng iba, palitan ang address sa mga opsyon ng extension.
extension-options-none = Buksan ang mga opsyon ng extension at ilagay ang address ng Clickline na ito.
extension-firefox = Firefox
extension-firefox-steps = Buksan ang pahina sa ibaba, piliin ang "Load Temporary Add-on" at piliin ang file na manifest.json ng na-unzip na folder. Nakakalimutan ng Firefox ang mga pansamantalang add-on kapag isinara ito; para manatili ang Clickline, gamitin ang userscript.
extension-userscript = Userscript (Tampermonkey, Violentmonkey)
extension-userscript-steps = I-install ang Tampermonkey o Violentmonkey mula sa add-on store ng iyong browser, saka buksan ang userscript: mag-aalok ang manager na i-install ito.
extension-userscript-link = I-install ang userscript
extension-turkopticon = Mga tool na bumabasa ng Turkopticon
extension-turkopticon-intro = Ang MTurk Suite, HIT Forker at iba pang script na nagpapakita ng mga rating ng Turkopticon ay maaaring magpakita ng sa Clickline: sa kanilang settings, palitan ang address ng Turkopticon ng address ng Clickline na ito.
extension-turkopticon-to2 = Turkopticon 2 API
extension-turkopticon-to1 = Turkopticon 1 API
prefill-invalid = Pinunan ito ng link ng halagang hindi matatanggap ng Clickline, kaya iniwan itong walang laman. Pakilagay ito mismo.
form-task-title = Task: { $title }
