### Clickline, Deutsch.
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## Extension and Turkopticon

extension-title = Clickline in den Werkzeugen, die du schon nutzt
extension-lead = Sieh die Bewertungen von Clickline neben jeder Aufgabe auf Amazon Mechanical Turk, ohne die Aufgabenliste zu verlassen.
extension-shown = Was angezeigt wird
extension-shown-list = Neben jedem Auftraggeber: Medianlohn pro Stunde, Anteil unbezahlter Arbeit, Ablehnungsquote und Zahl der Bewertungen, bestätigte und zur Prüfung zurückgehaltene Bewertungen, ein Hinweis, wenn Beschäftigte zum Streik gegen den Auftraggeber oder MTurk aufgerufen haben, und Links zur Bewertungsübersicht und zu einem Bewertungsformular, in dem Auftraggeber und Aufgabe schon eingetragen sind. Gibt es zu wenige Bewertungen, steht das dort, niemals 0.
extension-privacy = Die Erweiterung und das Userscript fragen dieses Clickline nur nach den Auftraggebern auf der Seite, die du gerade ansiehst: kein Konto, kein Tracking, keine Cookies, keine andere Seite. Sie können nur worker.mturk.com lesen.
extension-unavailable = In dieser Clickline-Installation fehlen die Dateien der Erweiterung.
extension-screenshot-alt = Eine Aufgabenliste auf worker.mturk.com mit den Zahlen von Clickline unter jedem Auftraggeber: Medianlohn pro Stunde, Anteil unbezahlter Arbeit, Ablehnungsquote, Zahl der Bewertungen und ein Streikhinweis.
extension-chromium = Chrome, Chromium, Edge, Brave
extension-chromium-download = Lade die Erweiterung herunter und entpacke sie in einen Ordner, den du behältst.
extension-zip-link = Erweiterung herunterladen (zip)
extension-chromium-developer = Öffne die Seite der Erweiterungen und schalte den Entwicklermodus ein:
extension-chromium-load = Wähle „Entpackte Erweiterung laden“ und dann den Ordner.
extension-options = Die Erweiterung nutzt dieses Clickline ({ $address }). Für ein anderes ändere die Adresse in den Optionen der Erweiterung.
extension-options-none = Öffne die Optionen der Erweiterung und trage die Adresse dieses Clickline ein.
extension-firefox = Firefox
extension-firefox-steps = Öffne die Seite unten, wähle „Temporäres Add-on laden“ und dann die Datei manifest.json im entpackten Ordner. Firefox vergisst temporäre Add-ons beim Beenden; um Clickline zu behalten, nutze das Userscript.
extension-userscript = Userscript (Tampermonkey, Violentmonkey)
extension-userscript-steps = Installiere Tampermonkey oder Violentmonkey aus dem Add-on-Katalog deines Browsers und öffne dann das Userscript: Der Manager bietet an, es zu installieren.
extension-userscript-link = Userscript installieren
extension-turkopticon = Werkzeuge, die Turkopticon lesen
extension-turkopticon-intro = MTurk Suite, HIT Forker und andere Skripte, die Turkopticon-Bewertungen zeigen, können stattdessen die von Clickline zeigen: Ersetze in ihren Einstellungen die Adresse von Turkopticon durch die dieses Clickline.
extension-turkopticon-to2 = Turkopticon-2-API
extension-turkopticon-to1 = Turkopticon-1-API
prefill-invalid = Der Link hat hier einen Wert eingetragen, den Clickline nicht annehmen kann; das Feld ist daher leer. Bitte trage es selbst ein.
form-task-title = Aufgabe: { $title }
