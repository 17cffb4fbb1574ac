### Clickline, English. Every other language has the same message ids;
### a test fails when one is missing.
### Written without a native speaker: it wants a native speaker's review.

## Extension and Turkopticon

extension-title = Use Clickline from the tools you have
extension-lead = See Clickline's ratings beside every task on Amazon Mechanical Turk, without leaving the task list.
extension-shown = What it shows
extension-shown-list = Beside each requester: median hourly pay, unpaid rate, rejection rate and number of ratings, vouched ratings and ratings held for review, a banner when workers have called a strike against the requester or MTurk, and links to the scorecard and to a rating form already filled in with the requester and the task. Where there are too few ratings it says so, never 0.
extension-privacy = The extension and the userscript ask this Clickline about the requesters on the page you are viewing, and nothing else: no account, no tracking, no cookies, no other site contacted. They can read only worker.mturk.com.
extension-unavailable = The extension files are missing from this Clickline installation.
extension-screenshot-alt = A task list on worker.mturk.com with Clickline's figures under each requester: median hourly pay, unpaid rate, rejection rate, number of ratings and a strike banner.
extension-chromium = Chrome, Chromium, Edge, Brave
extension-chromium-download = Download the extension and unzip it into a folder you keep.
extension-zip-link = Download the extension (zip)
extension-chromium-developer = Open the extensions page and turn on developer mode:
extension-chromium-load = Choose "Load unpacked" and select the folder.
extension-options = The extension uses this Clickline ({ $address }). To use another, change the address in the extension's options.
extension-options-none = Open the extension's options and enter this Clickline's address.
extension-firefox = Firefox
extension-firefox-steps = Open the page below, choose "Load Temporary Add-on" and select the manifest.json file of the unzipped folder. Firefox forgets temporary add-ons when it closes; to keep Clickline, use the userscript.
extension-userscript = Userscript (Tampermonkey, Violentmonkey)
extension-userscript-steps = Install Tampermonkey or Violentmonkey from your browser's add-on store, then open the userscript: the manager offers to install it.
extension-userscript-link = Install the userscript
extension-turkopticon = Tools that read Turkopticon
extension-turkopticon-intro = MTurk Suite, HIT Forker and other scripts that show Turkopticon ratings can show Clickline's instead: replace Turkopticon's address in their settings with this Clickline's.
extension-turkopticon-to2 = Turkopticon 2 API
extension-turkopticon-to1 = Turkopticon 1 API
prefill-invalid = The link filled this in with a value Clickline cannot accept, so it was left empty. Please enter it yourself.
form-task-title = Task: { $title }
