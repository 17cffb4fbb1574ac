### Clickline, Deutsch.
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## Dates

month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
date-day = { $day }. { $month } { $year }
date-month = { $month } { $year }

## Validation messages, for forms and the API

invalid-country-empty = Wähle ein Land.
invalid-country = „{ $value }“ ist kein Ländercode nach ISO 3166-1 (zwei Buchstaben, etwa PH, KE oder FR).
invalid-currency-empty = Wähle die Währung, in der du bezahlt wurdest.
invalid-currency = „{ $value }“ ist kein Währungscode nach ISO 4217 (drei Buchstaben, etwa USD, EUR oder PHP).
invalid-currency-no-rate = Clickline hat noch keinen Wechselkurs für { $code }; gib den Betrag bitte in USD oder EUR an.
invalid-amount-empty = Gib den Betrag an (0, wenn du nichts bekommen hast).
invalid-amount = „{ $value }“ ist kein Betrag; schreib ihn wie 1,25.
invalid-amount-too-large = Dieser Betrag ist zu hoch.
invalid-receipt = Ein Belegcode hat 16 Buchstaben und Ziffern, etwa ABCD-EFGH-JKMN-PQRS.
invalid-platform-empty = Wähle die Plattform, auf der du die Arbeit gefunden hast.
invalid-platform = „{ $value }“ ist keine Plattformkennung; die Liste steht unter /platforms.
invalid-platform-unknown = Clickline kennt die Plattform „{ $value }“ nicht. Wähle sie aus der Liste unter /platforms (bekannt: { $known }); fehlt deine, wähle die ähnlichste und nenne deine im Text.
invalid-requester-id-empty = Gib die Kennung des Auftraggebers so an, wie die Plattform sie zeigt.
invalid-requester-id-long = Eine Auftraggeber-Kennung hat höchstens { $max } Zeichen.
invalid-requester-id-char = Eine Auftraggeber-Kennung darf „{ $char }“ nicht enthalten; nur Buchstaben, Ziffern und - _ . ~ @ + : sind erlaubt.
invalid-requester-id-for-name = Gib auch die Kennung des Auftraggebers an, damit der Name dem richtigen Auftraggeber zugeordnet wird.
invalid-requester-name-long = Ein Auftraggebername hat höchstens 200 Zeichen.
invalid-report-id = Das ist keine Clickline-Meldungskennung.
invalid-month = „{ $value }“ ist kein Monat; schreib ihn als JJJJ-MM, etwa 2025-03.
invalid-month-future = Dieser Monat liegt in der Zukunft.
invalid-month-early = Gib einen Monat ab 2000 an.
invalid-minutes-empty = Gib an, wie viele Minuten die Arbeit gedauert hat, unbezahlte Vorbereitung eingeschlossen.
invalid-minutes = „{ $value }“ ist keine ganze Zahl von Minuten.
invalid-minutes-range = Gib die Minuten an, die die Arbeit gedauert hat, von 1 bis 1440 (ein ganzer Tag).
invalid-description-length = Beschreibe, was passiert ist, in 20 bis 10000 Zeichen.
invalid-text-long = Höchstens { $max } Zeichen bitte; dieser Text hat { $chars }.
invalid-yes-no = „{ $value }“ ist weder ja noch nein (true/false).
say-whether-recommend = Sag, ob du diesen Auftraggeber empfehlen würdest.
say-whether-tos_violation = Sag, ob die Aufgabe gegen die Regeln der Plattform verstieß.
say-whether-broken = Sag, ob die Aufgabe fehlerhaft war.
invalid-whole-number-range = Gib eine ganze Zahl von { $min } bis { $max } an.
invalid-whole-number = „{ $value }“ ist keine ganze Zahl.
invalid-body-not-object = Der Inhalt muss ein JSON-Objekt sein.
invalid-body-json = Der Inhalt ist kein gültiges JSON: { $detail }.
invalid-body-utf8 = Der Inhalt ist kein UTF-8-Text: { $detail }.
invalid-body-unreadable = Die Anfrage konnte nicht gelesen werden; sende ein JSON-Objekt.
invalid-not-single-value = Muss ein einzelner Wert sein (Text, Zahl oder true/false), keine Liste und kein Objekt.
invalid-unknown-field = Unbekanntes Feld.
invalid-bulk-ids-empty = Gib Auftraggeber-Kennungen durch Kommas getrennt an.
invalid-bulk-ids-many = Höchstens { $max } Kennungen pro Anfrage.
invalid-platform-unknown-short = Clickline kennt diese Plattform nicht; siehe /platforms.
invalid-email = Gib eine E-Mail-Adresse wie name@example.org an.
invalid-organizer-name = Gib einen Namen mit 1 bis 100 Zeichen an.
invalid-organizer-countries = Gib die Länder an, in denen diese Person organisiert, etwa FR,DE.
invalid-organizer-exists = Es gibt schon eine Organisator·in mit dieser E-Mail-Adresse.
invalid-submission-key = Ein Sendeschlüssel hat 16 bis 128 Buchstaben, Ziffern, - oder _.

## Closed vocabularies

choose-task_type = Wähle eine Art von Aufgabe.
unknown-task_type = „{ $value }“ ist keine bekannte Art von Aufgabe; nutze eine von: { $allowed }.
task_type-survey = Umfrage
task_type-transcription = Transkription
task_type-tagging = Taggen / Annotieren
task_type-moderation = Inhaltsmoderation
task_type-data_entry = Dateneingabe
task_type-writing = Schreiben
task_type-testing = Testen
task_type-other = Sonstiges

choose-paid = Sag, ob du bezahlt wurdest.
unknown-paid = „{ $value }“ ist keine mögliche Antwort zur Bezahlung; nutze eine von: { $allowed }.
paid-yes = Ja, vollständig
paid-partial = Teilweise
paid-no = Nein
paid-pending = Noch nicht (ausstehend)

choose-rejected = Sag, wie viel Arbeit abgelehnt wurde.
unknown-rejected = „{ $value }“ ist keine mögliche Antwort zu Ablehnungen; nutze eine von: { $allowed }.
rejected-none = Nichts
rejected-some = Ein Teil
rejected-all = Alles

choose-communication = Sag, wie der Auftraggeber kommuniziert hat.
unknown-communication = „{ $value }“ ist keine mögliche Antwort zur Kommunikation; nutze eine von: { $allowed }.
communication-responsive = Hat auf meine Nachrichten geantwortet
communication-unresponsive = Hat nicht geantwortet
communication-not_tried = Ich habe nicht versucht, Kontakt aufzunehmen

choose-grievance_category = Wähle eine Kategorie.
unknown-grievance_category = „{ $value }“ ist keine bekannte Kategorie; nutze eine von: { $allowed }.
grievance_category-non_payment = Nichtzahlung
grievance_category-unfair_rejection = Unfaire Ablehnung
grievance_category-account_deactivation = Kontosperrung
grievance_category-unpaid_work = Unbezahlte Arbeit (Vorbereitung, Qualifikation, Warten)
grievance_category-harmful_content = Schädliche oder verstörende Inhalte
grievance_category-harassment = Belästigung
grievance_category-data_privacy = Missbrauch meiner Daten
grievance_category-opaque_management = Undurchsichtiges algorithmisches Management
grievance_category-safety = Sicherheit
grievance_category-discrimination = Diskriminierung
grievance_category-other = Sonstiges

choose-grievance_status = Wähle einen Status.
unknown-grievance_status = „{ $value }“ ist kein bekannter Status; nutze einen von: { $allowed }.
grievance_status-open = Offen
grievance_status-taken_up = Von Organisator·innen aufgegriffen
grievance_status-resolved = Gelöst
grievance_status-unresolved = Ungelöst

choose-platform_kind = Wähle eine Art von Plattform.
unknown-platform_kind = „{ $value }“ ist keine bekannte Art von Plattform; nutze eine von: { $allowed }.
platform_kind-microtask = Mikroaufgaben
platform_kind-freelance = Freelance
platform_kind-on_demand = Auf Abruf / ortsgebunden

choose-report_kind = Wähle eine Art von Meldung.
unknown-report_kind = „{ $value }“ ist keine bekannte Art von Meldung; nutze eine von: { $allowed }.
report_kind-rating = Bewertung
report_kind-grievance = Beschwerde

choose-role = Wähle eine Rolle.
unknown-role = „{ $value }“ ist keine bekannte Rolle; nutze eine von: { $allowed }.
role-organizer = Organisator·in
role-moderator = Moderator·in
role-admin = Administrator·in

choose-strike_status = Wähle einen Streikstatus.
unknown-strike_status = „{ $value }“ ist kein bekannter Streikstatus; nutze einen von: { $allowed }.
strike_status-announced = Angekündigt
strike_status-active = Im Streik
strike_status-ended = Beendet
strike_status-won = Gewonnen
strike_status-called_off = Abgesagt
invalid-date-empty = Gib ein Datum als JJJJ-MM-TT an.
invalid-date = „{ $value }“ ist kein Datum; schreib es als JJJJ-MM-TT.
invalid-strike-title = Gib einen Titel mit 5 bis 200 Zeichen an.
invalid-strike-demands = Formuliere die Forderungen in 10 bis 5000 Zeichen (Markdown erlaubt).
invalid-platform-unknown-named = Clickline kennt die Plattform „{ $value }“ nicht; siehe /platforms.
invalid-strike-requesters = Höchstens 100 Auftraggeber pro Streikaufruf.
invalid-strike-countries = Nenne die Länder, in denen zum Streik aufgerufen wird, etwa PH,ID.
invalid-strike-start = Ein Streikaufruf kann nicht vor mehr als 30 Tagen beginnen.
invalid-strike-end = Das Enddatum liegt vor dem Startdatum.
forbidden-strike-countries = Du organisierst in { $yours }, nicht in { $outside }: Ein Streik kann nur in deinen eigenen Ländern ausgerufen werden.
forbidden-strike-change = Nur Organisator·innen der Länder, in denen er ausgerufen ist, können diesen Streik ändern.
forbidden-moderators = Nur Moderator·innen dürfen das.
forbidden-grievance-country = Diese Beschwerde kommt aus { $country }, außerhalb deiner Länder.
forbidden-channel = Nur Organisator·innen aus { $country } können in diesem Kanal posten.
forbidden-admins = Nur Administrator·innen verwalten Organisator·innen.
forbidden-csrf = Dieses Formular ist abgelaufen; geh zurück, lade die Seite neu und versuch es noch einmal.

## Report forms

optional = (freiwillig)
yes-no-true = Ja
yes-no-false = Nein
field-requester_id = Kennung des Auftraggebers
hint-requester_id = So, wie die Plattform sie zeigt, z. B. A1B2C3D4E5F6 bei MTurk. Nur Buchstaben, Ziffern und - _ . ~ @ + :.
legend-where-who = Wo und wer
field-platform = Plattform
choose-platform-option = Plattform wählen
field-requester_name = Name des Auftraggebers
hint-requester_name = Der Name, den der Auftraggeber nutzt; ein neuer Name für eine bekannte Kennung wird als Alias gespeichert.
field-country = Dein Land
choose-country-option = Dein Land wählen
hint-country = Nur für Zahlen nach Ländern, veröffentlicht für Gruppen mehrerer Arbeiter·innen.
legend-work-pay = Die Arbeit und die Bezahlung
field-task_type = Art der Aufgabe
field-pay-amount = Bezahlung für diese Arbeit
hint-pay-amount = Was der Auftraggeber gezahlt (oder angeboten) hat, z. B. 1,50. Schreib 0, wenn nichts.
field-pay-currency = Währung
field-minutes = Benötigte Minuten
hint-minutes = Alles eingeschlossen: Anleitung lesen, Qualifikation, Vorbereitung und Warten.
legend-treatment = Wie du behandelt wurdest
field-paid = Wurdest du bezahlt?
field-days_to_payment = Tage bis zur Bezahlung
field-rejected = Wurde Arbeit abgelehnt?
field-communication = Kommunikation
field-recommend = Würdest du diesen Auftraggeber anderen Arbeiter·innen empfehlen?
field-tos_violation = Die Aufgabe verstieß gegen die Regeln der Plattform (zum Beispiel verlangte sie persönliche Daten oder Arbeit außerhalb der Plattform)
field-broken = Die Aufgabe war fehlerhaft oder ließ sich nicht abschließen
legend-words = In deinen Worten
field-comment = Kommentar
hint-comment = Markdown erlaubt. Schreib keine Namen, E-Mail-Adressen oder Worker-IDs: Wir entfernen, was wir finden.
legend-what-happened = Was passiert ist
field-category = Welche Art von Problem?
field-amount_at_stake-amount = Betroffener Betrag
hint-amount_at_stake-amount = Wenn dir Lohn entgangen ist: wie viel.
field-amount_at_stake-currency = Währung dieses Betrags
choose-currency-option = Währung wählen
field-month = Monat, in dem es passiert ist
hint-month = JJJJ-MM, zum Beispiel 2026-10.
field-description = Beschreibe, was passiert ist
hint-description = 20 bis 10000 Zeichen, Markdown erlaubt. Lass Namen, E-Mail-Adressen und Worker-IDs weg: Wir entfernen, was wir finden.
field-desired_outcome = Was würde es wiedergutmachen?

## Layout

nav-skip = Zum Inhalt springen
nav-main-label = Hauptmenü
nav-rate = Auftraggeber bewerten
nav-report = Problem melden
nav-strikes-near-you = Streiks in deiner Nähe
nav-scorecards = Bewertungsbögen
nav-receipt = Korrigieren oder zurückziehen
nav-methodology = Methodik
nav-language-label = Sprache
demo-banner = <strong>Demodaten.</strong> Diese Entwicklungsdatenbank wurde mit erfundenen Meldungen gefüllt, damit du Clickline ausprobieren kannst. Nichts davon ist echt.
demo-tag = Demo
footer-promise = Clickline wird von und für Plattformarbeiter·innen betrieben. Kein Konto, kein Tracking: Wir speichern keine IP-Adresse, keine Browserdaten und keine genauen Uhrzeiten. Öffentliche Daten sind Tage.
footer-strikes = Streikaufrufe
footer-api = Offene Daten (API)
footer-organizers = Organisator·innen
table-region = Tabelle (auf kleinen Bildschirmen seitlich scrollbar)
not-enough-data = zu wenige Daten
not-enough-data-yet = Noch zu wenige Daten.
data-label = Daten:
reports-newest-first = Meldungen, neueste zuerst

## Errors

error-home = Zurück zur Startseite
error-401-title = Anmeldung nötig
error-403-title = Nicht erlaubt
error-404-title = Nicht gefunden
error-409-title = Schon gesendet
error-410-title = Zurückgezogen
error-413-title = Zu groß
error-422-title = Nicht verstanden
error-429-title = Zu viele Anfragen
error-503-title = Datenbank nicht erreichbar
error-500-title = Etwas ist schiefgegangen
error-401 = Melde dich als Organisator·in an, um diese Seite zu sehen: unter /organize/login.
error-403 = Das darfst du nicht.
error-404 = Unter dieser Adresse gibt es keine Seite.
error-413 = Was du geschickt hast, ist zu groß. Kürze den Text und versuch es noch einmal; mit der Zurück-Taste deines Browsers bekommst du ihn wieder.
error-422 = Was du geschickt hast, konnte nicht gelesen werden.
error-429 = Zu viele Sendungen von dieser Verbindung; bitte warte eine Stunde und versuch es noch einmal.
error-429-target = Von dieser Verbindung wurde dieser Auftraggeber heute schon so oft bewertet, wie es an einem Tag geht. Nichts wurde gespeichert; bitte versuch es morgen noch einmal.
error-429-report = Dieser Bericht wurde heute schon so oft korrigiert oder zurückgezogen, wie es an einem Tag geht. Nichts wurde gespeichert; bitte versuch es morgen noch einmal.
error-503 = Clickline erreicht seine Datenbank gerade nicht. Nichts wurde gespeichert; versuch es in ein paar Minuten noch einmal.
error-other = Bei uns ist etwas schiefgegangen.
error-withdrawn = Diese Meldung wurde von der Person zurückgezogen, die sie eingereicht hat.
error-wrong-receipt = Der Belegcode passt nicht zu dieser Meldung.
error-key-reused = Dieser Sendeschlüssel wurde schon für eine andere Meldung benutzt.
banner-unavailable = Clickline erreicht seine Datenbank gerade nicht, deshalb wurde nichts gespeichert. Dein Text steht weiter unten: Versuch es in ein paar Minuten noch einmal oder kopiere ihn an einen sicheren Ort.
banner-rate-limited = In der letzten Stunde kamen zu viele Meldungen von deiner Verbindung. Nichts wurde gespeichert; dein Text steht weiter unten. Bitte versuch es später noch einmal.
banner-not-saved = Nichts wurde gespeichert: { $reason } Dein Text steht weiter unten.

## Home

home-title = Auftraggeber bewerten. Probleme melden. Gemeinsam streiken.
home-lead = Clickline macht aus dem, was Clickworker·innen erleben (Lohn unter Mindestlohn, abgelehnte Arbeit, gesperrte Konten), öffentliche Belege, und aus diesen Belegen gemeinsames Handeln über Grenzen hinweg. Kein Konto, kein Name.
home-read-scorecards = Bewertungsbögen lesen
home-search-title = Auftraggeber finden
home-search-label = Name, Alias oder Kennung des Auftraggebers
home-search-button = Suchen
home-result-on = auf { $platform }
home-result-also = auch
home-no-results = Noch niemand hat einen Auftraggeber gemeldet, der zu „{ $query }“ passt.
home-be-first = Sei die oder der Erste, die ihn bewertet.
home-platforms = Plattformen
title-home = Clickline: Auftraggeber bewerten, Probleme melden, gemeinsam streiken

## Filing and receipts

title-filed = Danke: Bewahre deinen Beleg auf
filed-duplicate-title = Diese Meldung hatten wir schon
filed-title = Danke, deine Meldung ist gespeichert
filed-duplicate = Dieses Formular war schon abgeschickt worden und wurde nur einmal gespeichert.
filed-receipt-title = Dein Belegcode
filed-report-id = Kennung der Meldung:
filed-keep-it = <strong>Schreib diesen Code auf oder speichere ihn jetzt. Wir zeigen ihn nicht noch einmal und können ihn nicht wiederherstellen:</strong> Wir behalten nur eine verschlüsselte Fassung. Mit ihm, und nur mit ihm, kannst du deine Meldung unter <a href="/receipt?id={ $id }">/receipt</a> korrigieren oder zurückziehen.
filed-redacted = Zu deinem Schutz haben wir aus deinem Text entfernt, was nach persönlichen Daten aussah:
redaction-email = eine E-Mail-Adresse
redaction-phone = eine Telefonnummer
redaction-worker_id = eine Worker-ID
filed-see-report = Deine Meldung so sehen, wie andere sie sehen
filed-rate-another = Einen weiteren Auftraggeber bewerten
form-correct-title = Deine Meldung korrigieren
form-summary-title = Bitte korrigiere, was unten markiert ist; noch wurde nichts gespeichert
form-rating-lead = Erzähl anderen Arbeiter·innen, wie ein Auftraggeber dich behandelt hat. Kein Konto, kein Name: Du bekommst einen Belegcode, um die Bewertung später zu korrigieren oder zurückzuziehen.
form-grievance-lead = Melde ein Unrecht, das dir angetan wurde: unbezahlte Arbeit, eine unfaire Ablehnung, ein gesperrtes Konto. Organisator·innen deines Landes sehen es; niemand erfährt, wer du bist.
form-privacy = Wir speichern den Tag, nie die Uhrzeit, und nichts über dein Gerät oder deine Verbindung.
form-save-correction = Korrektur speichern
form-send-rating = Bewertung senden
form-send-report = Meldung senden
title-receipt = Eine Meldung korrigieren oder zurückziehen
receipt-lead = Nutze den Belegcode, den du beim Einreichen deiner Meldung bekommen hast. Niemand sonst kann sie ändern oder entfernen.
receipt-id = Kennung der Meldung
receipt-code = Belegcode
receipt-code-hint = Etwa ABCD-EFGH-JKMN-PQRS; Groß- und Kleinschreibung und Bindestriche spielen keine Rolle.
receipt-edit = Korrigieren
receipt-withdraw = Zurückziehen
receipt-wrong-code = Dieser Belegcode gehört nicht zu dieser Meldung.
receipt-no-report = Keine Meldung hat diese Kennung.
receipt-wrong-pledge-code = Dieser Belegcode gehört nicht zu dieser Zusage.
title-withdraw-pledge = Deine Zusage zurückziehen
title-withdraw-report = Deine Meldung zurückziehen
title-corrected = Deine Meldung wurde korrigiert
pledge-withdrawn = Deine Zusage wurde zurückgezogen.
title-pledge-withdrawn = Zusage zurückgezogen
title-withdrawn = Deine Meldung wurde zurückgezogen
title-not-withdrawn = Nicht zurückgezogen
saved-lead = Dein Belegcode bleibt derselbe.
saved-see = Deine Meldung ansehen
withdraw-pledge-lead = Zurückziehen löscht deine Zusage; sie zählt auf der Streikseite nicht mehr.
withdraw-report-lead = Zurückziehen löscht den Inhalt deiner Meldung und entfernt sie von allen Seiten und aus allen Zahlen.
withdraw-final = Das lässt sich nicht rückgängig machen.
withdraw-yes = Ja, zurückziehen
withdraw-no = Nein, behalten
withdrawn-lead = Ihr Inhalt ist gelöscht, und sie erscheint nirgends mehr auf Clickline.
withdrawn-home = Startseite
notice-continue = Weiter

## Reports

report-rating-about = Bewertung von
report-grievance-about = Beschwerde über
report-on = auf
report-filed = Eingereicht am { $day } von einer Arbeiter·in in { $country }.
report-corrected-since = Seitdem korrigiert.
report-task = Aufgabe
report-pay = Bezahlung
report-pay-for = { $pay } für { $minutes } Minuten
report-hourly = Stundenlohn
report-paid = Bezahlt
report-after-days = nach { $days ->
    [one] { $days } Tag
   *[other] { $days } Tagen
}
report-rejected = Abgelehnt
report-communication = Kommunikation
report-recommends = Empfiehlt
report-tos = Verstieß gegen Plattformregeln
report-broken = Fehlerhafte Aufgabe
report-comment = Kommentar
report-category = Kategorie
report-status = Status
report-when = Wann
report-at-stake = Betroffener Betrag
report-what-happened = Was passiert ist
report-put-right = Was es wiedergutmachen würde
report-organizers-note = Notiz der Organisator·innen
flag-title = Stimmt mit dieser Meldung etwas nicht?
flag-because = Moderator·innen bitten, sie sich anzusehen, weil
flag-note = Was die Moderator·innen wissen sollten
flag-submit = Zur Prüfung melden
flag-own = Hast du diese Meldung selbst eingereicht? <a href="/receipt?id={ $id }">Korrigiere sie oder zieh sie zurück</a> mit deinem Belegcode.
title-flag = Eine Meldung melden
title-thanks = Danke
flagged-lead = Moderator·innen sehen sich diese Meldung an. Sie bleibt sichtbar, bis sie entscheiden.
flagged-back = Zurück zur Meldung
card-rating = Bewertung
card-grievance = Beschwerde:
card-worker-in = Arbeiter·in in { $country }
card-corrected = korrigiert
card-full-report = Ganze Meldung
requester-id-on = Auftraggeber
requester-aka = auch bekannt als
requester-rate = Diesen Auftraggeber bewerten
requester-report = Ein Problem mit ihm melden
requester-all-csv = alle Auftraggeber als CSV
requester-no-reports = Keine sichtbaren Meldungen.
platform-rate-on = Einen Auftraggeber auf { $platform } bewerten
platform-no-reports = Noch keine Meldungen über { $platform }.
title-scorecards = Bewertungsbögen
platforms-lead = Wähle eine Plattform, um zu lesen, was Arbeiter·innen über sie berichten. Deine fehlt? Sag es uns in einer Meldung unter der ähnlichsten.
platforms-all-csv = Alle Bewertungsbögen der Auftraggeber:
platforms-how = wie die Zahlen berechnet werden
pagination-label = Seiten
pagination-newest = Neueste Meldungen
pagination-older = Ältere

## Lists and scorecards

lists-title = Wo es Arbeiter·innen am schlechtesten geht
lists-among = Unter Auftraggebern mit mindestens { $min } Bewertungen.
lists-lowest-pay = Am schlechtesten bezahlt
lists-median-hourly = Median { $median } pro Stunde, { $ratings ->
    [one] { $ratings } Bewertung
   *[other] { $ratings } Bewertungen
}
lists-worst-unpaid = Am häufigsten unbezahlt
lists-unpaid = { $share } nicht vollständig bezahlt
lists-most-grievances = Die meisten Beschwerden
lists-grievances = { $count ->
    [one] { $count } Beschwerde
   *[other] { $count } Beschwerden
}
scorecard-on-strike = <strong>Im Streik:</strong> Ab dem { $date } wird gegen dieses Ziel gestreikt: „{ $title }“. <a href="/strikes/{ $id }">Nimm diese Arbeit nicht an; lies den Aufruf</a>.
scorecard-title = Bewertungsbogen
scorecard-caption = Was Arbeiter·innen berichten (Zahlen berechnet am { $date }; <a href="/methodology">wie</a>)
scorecard-col-figure = Kennzahl
scorecard-col-all = Insgesamt
scorecard-col-recent = Letzte 90 Tage
scorecard-monthly = Monat für Monat
scorecard-monthly-caption = Median-Stundenlohn pro Monat über die letzten 12 Monate; Monate mit weniger Bewertungen, als Clickline veröffentlicht, fehlen.
scorecard-chart-figures = Die Zahlen der Grafik
scorecard-col-month = Monat
scorecard-col-ratings = Bewertungen
scorecard-col-median = Median-Stundenlohn
scorecard-col-unpaid = Nicht vollständig bezahlt
scorecard-by-country = Nach Ländern
scorecard-col-workers-in = Arbeiter·innen in
scorecard-no-countries = Zu wenige Daten: Länder erscheinen nur, wo genug Arbeiter·innen berichtet haben, damit niemand erkennbar wird.
scorecard-grievances = Beschwerden
scorecard-no-grievances = Keine Beschwerden gemeldet.
scorecard-other-countries = Andere Länder zusammen
scorecard-too-few = zu wenige zum Anzeigen
scorecard-spread = { $median } (mittlere Hälfte { $low }–{ $high })
scorecard-days = { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
}
trend-title = Median-Stundenlohn pro Monat: { $name }
trend-description = Median-Stundenlohn in US-Dollar für jeden der letzten 12 Monate; die Tabelle unten enthält dieselben Zahlen.
figure-ratings = Bewertungen
figure-hourly-usd = Stundenlohn (US$)
figure-hourly-eur = Stundenlohn (€)
figure-below-minimum-wage = Unter dem gesetzlichen Mindestlohn des Landes bezahlt
figure-unpaid = Nicht oder nur teilweise bezahlt
figure-rejected = Arbeit abgelehnt
figure-wait = Mittlere Wartezeit auf Bezahlung
figure-answered = Hat auf Nachrichten geantwortet
figure-recommend = Von Arbeiter·innen empfohlen
figure-tos = Aufgaben gegen Plattformregeln
figure-broken = Fehlerhafte Aufgaben
stars-pay = Bezahlung
stars-payment-reliability = Zahlungszuverlässigkeit
stars-evaluation = Bewertung und Ablehnungen
stars-communication = Kommunikation
stars-task-quality = Qualität der Aufgaben
stars-of-five = { $stars } von 5

## Methodology

title-methodology = Wie Clickline seine Zahlen berechnet
method-lead = Jede Zahl auf Clickline stammt aus Berichten von Arbeiter·innen und wird für jeden Auftraggeber und jede Plattform gleich berechnet. Hier steht genau wie, damit du sie prüfen und zitieren kannst.
method-figures = Die Zahlen
method-figures-intro = Die Zahlen zählen nur sichtbare Bewertungen: Von ihren Verfasser·innen zurückgezogene oder von der Moderation ausgeblendete bleiben außen vor. Jede wird für die gesamte Zeit und für die letzten 90 Tage gezeigt (heute und die 89 Tage davor). Eine Zahl ohne Grundlage heißt „zu wenige Daten“, nie 0.
method-hourly = Stundenlohn
method-hourly-def = Bezahlung für die Arbeit ÷ benötigte Minuten (einschließlich unbezahlter Vorbereitung, wie angegeben) × 60, umgerechnet in US-Dollar und Euro mit der Wechselkurstabelle unten. Wir zeigen den Median und die mittlere Hälfte (25. bis 75. Perzentil). Der Median einer geraden Anzahl von Bewertungen ist der Mittelwert der beiden mittleren Werte; Perzentile werden linear zwischen den nächsten Rängen interpoliert.
method-below-min = Unter Mindestlohn bezahlt
method-below-min-def = Anteil der Bewertungen, deren Stundenlohn unter dem gesetzlichen Stunden-Mindestlohn des Landes der Arbeiter·in liegt (Tabelle unten), unter den Bewertungen aus Ländern der Tabelle.
method-unpaid = Nicht oder nur teilweise bezahlt
method-unpaid-def = Unter den Bewertungen, die angeben, ob bezahlt wurde (ja, teilweise, nein), der Anteil, der nicht vollständig bezahlt wurde. Ausstehende Zahlungen zählen nicht.
method-rejected = Arbeit abgelehnt
method-rejected-def = Anteil der Bewertungen, bei denen ein Teil oder die ganze Arbeit abgelehnt wurde.
method-wait = Mittlere Wartezeit auf Bezahlung
method-wait-def = Median der Tage bis zur Bezahlung, über die Bewertungen, die sie angeben.
method-answered = Beantwortete Nachrichten
method-answered-def = Beantwortet ÷ (beantwortet + unbeantwortet); wer keinen Kontakt versucht hat, bleibt außen vor.
method-shares = Empfehlung, Regelverstöße, fehlerhafte Aufgaben
method-shares-def = Anteile der Bewertungen.
method-stars = Sterne
method-stars-intro = Jeder Bereich bekommt 1 bis 5 Sterne, auf halbe Sterne gerundet, aus den Zahlen für die gesamte Zeit, sobald ein Ziel mindestens { $min } Bewertungen hat:
method-withhold = Was wir zum Schutz der Arbeiter·innen zurückhalten
method-withhold-groups = Aufschlüsselungen nach Land und Monat werden nur für Gruppen von mindestens { $min } Bewertungen veröffentlicht. Kleinere Länder werden als „andere Länder zusammen“ gebündelt, das selbst erst ab { $min } erscheint.
method-withhold-lists = Die Listen der schlechtesten Auftraggeber enthalten nur Auftraggeber mit mindestens { $min } Bewertungen.
method-withhold-day = Meldungen tragen den Tag ihrer Einreichung, nie die Uhrzeit; wir speichern keine IP-Adresse und keine Browserdaten.
method-fresh = Wie aktuell
method-fresh-def = { $days ->
    [0] Diese Instanz veröffentlicht ohne Verzögerung (eine Demo- oder Testeinstellung): Berichte zählen Sekunden nach dem Einreichen. Standardmäßig veröffentlicht Clickline in täglichen Stapeln.
   *[other] Berichte erscheinen in täglichen Stapeln: Ein an einem Tag eingereichter Bericht zählt in Bewertungskarten, Listen, Downloads, Feeds und Streikaufrufen ab Beginn des Tages { $days } Tag(e) später (UTC), zusammen mit allen Berichten seines Tages, damit keine Seite verrät, wann am Tag er kam. Korrekturen warten ebenfalls auf den nächsten Stapel. Ein Rückzug oder eine Entscheidung der Moderation wirkt überall binnen zwei Sekunden.
}
method-rates = Wechselkurse
method-rates-def = { $count } Währungen, Stand { $date }. Quelle:
method-wages = Mindestlöhne
method-wages-def = Tabelle mit Stand { $date }. Der Stunden-Mindestlohn ist der gesetzliche Betrag ÷ die Stunden des Zeitraums, den das Gesetz verwendet (ein Tag, ein Monat).
method-col-country = Land
method-col-legal = Gesetzliches Minimum
method-col-hours = Stunden
method-col-hourly = Pro Stunde
method-col-hourly-usd = Pro Stunde in US$
method-col-since = Seit
method-col-source = Quelle
method-data = Offene Daten
method-data-def = Die Bewertungsbögen gibt es als JSON (<code>/api/v1/requesters/{"{"}platform{"}"}/{"{"}id{"}"}</code>, <code>/api/v1/platforms/{"{"}slug{"}"}</code>) und als eine CSV-Datei aller Auftraggeber (<code>/api/v1/scorecards.csv</code>), unter CC BY 4.0.
title-rating-about = Bewertung zu { $platform }
title-grievance-about = Beschwerde zu { $platform }
flag_reason-personal_data = Sie verrät die Identität oder persönliche Daten einer Person
flag_reason-false_or_misleading = Sie wirkt falsch oder irreführend
flag_reason-abusive = Sie ist beleidigend oder hasserfüllt
flag_reason-spam = Sie ist Spam oder Werbung
flag_reason-other = Etwas anderes
choose-flag_reason = Wähle einen Grund: { $allowed }.

## Strikes and channels

title-strikes = Streiks
title-pledge = Zusage
title-pledged = Danke für deine Zusage
title-undercut = Streikbruch melden
title-channels = Länderkanäle
title-channel = Kanal { $country }
strike-closed = Dieser Streik nimmt keine Zusagen mehr an.
undercut-recorded = Deine Meldung über Streikbruch wurde anonym gespeichert. Organisator·innen sehen, wo der Streik durchlässig ist.
alert-message = Arbeiter·innen in { $countries } streiken seit dem { $date } gegen { $platform }: Nimm keine Aufgaben von { $platform } an.
strike-against = Gegen
strike-requesters = Auftraggeber
strike-called-in = ausgerufen in
strike-from = ab dem { $from }
strike-from-to = vom { $from } bis zum { $to }
strike-demands = Forderungen
strike-map-title = Wo Solidarität erbeten, zugesagt und unterlaufen wird
strike-col-asked = Aufruf
strike-col-pledges = Zusagen
strike-col-undercuts = Gemeldeter Streikbruch
strike-asked-called = Streik ausgerufen
strike-asked-solidarity = um Solidarität gebeten
strike-asked-not_asked = nicht gebeten
fewer-than = weniger als { $n }
strike-leaking = (durchlässig)
strike-no-countries = Noch keine Länder.
strike-timeline = Verlauf
pledge-title = Zusagen, diese Arbeit nicht anzunehmen
pledge-lead = Anonym: Wir zählen Zusagen nur nach Land. Du bekommst einen Belegcode, um sie zurückzuziehen.
pledge-submit = Ich sage zu, diese Arbeit nicht anzunehmen
undercut-title = Hast du gesehen, dass diese Arbeit erledigt oder verlagert wird?
undercut-country = Land, in dem du es gesehen hast
undercut-choose-country = Land wählen
undercut-platform = Plattform, auf der sie angeboten wurde
undercut-platform-optional = (freiwillig, Kennung)
undercut-note = Was du gesehen hast
undercut-submit = Streikbruch melden
strike-manage-title = Organisator·innen: Status ändern
save = Speichern
strikes-lead = Streikaufrufe von Organisationen der Arbeiter·innen. Wird in einem Land gestreikt, übernimm die Arbeit nicht in einem anderen.
strikes-find-channel = Den Kanal deines Landes finden
atom-feed = Atom-Feed
strikes-none = Noch keine Streikaufrufe.
pledged-lead = Deine Zusage für „{ $title }“ ist gespeichert. Zusagen werden in täglichen Stapeln gezählt, daher zeigt keine Zahl, wann du zugesagt hast.
pledged-keep = Kennung der Zusage: <code>{ $pledge }</code>. Bewahre beides auf, wenn du die Zusage unter <a href="/receipt?id={ $pledge }">/receipt</a> zurückziehen möchtest (oder über die API: <code>DELETE /api/v1/strikes/{ $strike }/pledges/{ $pledge }</code> mit <code>Authorization: Receipt &lt;code&gt;</code>). Wir zeigen den Code nicht noch einmal.
pledged-back = Zurück zum Streik
channel-reports-here = Meldungen von Arbeiter·innen hier:
channel-ratings-fewer = weniger als { $n } Bewertungen
channel-ratings = { $n ->
    [one] { $n } Bewertung
   *[other] { $n } Bewertungen
}
channel-grievances-fewer = weniger als { $n } Beschwerden
channel-grievances = { $n ->
    [one] { $n } Beschwerde
   *[other] { $n } Beschwerden
}
channel-alerts = Solidaritätsaufrufe
channel-no-alerts = Keine Aufrufe für Arbeiter·innen in { $country }.
channel-strikes-here = Hier ausgerufene Streiks
channel-none-now = Gerade keine.
channel-announcements = Ankündigungen
channel-no-announcements = Keine Ankündigungen.
channel-post-title = Eine Ankündigung posten
channel-post-body = Ankündigung (Markdown)
channel-post-submit = Posten
channels-lead = Jedes Land hat einen Kanal: dort ausgerufene Streiks, Aufrufe von Streiks anderswo, deren Arbeit zu dir verlagert werden könnte, und Neuigkeiten deiner Organisator·innen.
channels-none = Noch keine Aktivität.

## Organizers

title-login = Anmeldung für Organisator·innen
title-organize = Bereich für Organisator·innen
title-password = Passwort ändern
title-password-changed = Passwort geändert
title-call-strike = Zum Streik aufrufen
title-moderation = Moderationswarteschlange
title-moderation-log = Moderationsprotokoll
title-org-grievances = Beschwerden aus deinen Ländern
title-token-new = Neues API-Token
title-tokens-revoked = Tokens widerrufen
title-organizers = Organisator·innen
login-lead = Für Organisator·innen von Gewerkschaften und Kollektiven. Arbeiter·innen brauchen nie ein Konto.
login-rate-limited = Zu viele Anmeldeversuche von deiner Verbindung. Bitte warte eine Stunde.
login-wrong = E-Mail-Adresse oder Passwort ist falsch.
login-submit = Anmelden
field-email = E-Mail-Adresse
field-password = Passwort
field-name = Name
field-role = Rolle
field-countries = Länder
password-not-current = Das ist nicht dein aktuelles Passwort.
password-too-short = Nutze mindestens 12 Zeichen.
password-differ = Die beiden neuen Passwörter unterscheiden sich.
password-changed = Dein Passwort wurde geändert; andere Sitzungen wurden abgemeldet.
password-current = Aktuelles Passwort
password-new = Neues Passwort
password-new-hint = Mindestens 12 Zeichen.
password-confirm = Neues Passwort wiederholen
password-submit = Passwort ändern
moderation-choose-action = Wähle ausblenden oder wiederherstellen.
moderation-reason-length = Gib einen Grund mit 1 bis 500 Zeichen an; er kommt ins Moderationsprotokoll.
announcement-length = Schreib 1 bis 5000 Zeichen.
token-new = Dein neues API-Token (nur einmal gezeigt; Clickline behält nur einen Hash): { $token }
tokens-revoked = { $count ->
    [one] { $count } API-Token widerrufen.
   *[other] { $count } API-Tokens widerrufen.
}
organize-in = in
organize-any-country = jedem Land
organize-follow-grievances = <a href="/organize/grievances">Beschwerden</a> aus deinen Ländern nachgehen.
organize-announce = Ankündigungen in deinen Kanälen posten:
organize-any-channel = jeder Kanal
organize-tokens = API-Tokens
organize-tokens-lead = Skripte rufen die API für Organisator·innen mit <code>Authorization: Bearer &lt;token&gt;</code> auf. Clickline speichert von jedem Token nur einen Hash.
organize-token-new = Neues Token erstellen
organize-token-revoke = Alle meine Tokens widerrufen
org-nav-label = Bereich für Organisator·innen
org-logged-in-as = Angemeldet als <strong>{ $name }</strong>
org-nav-overview = Übersicht
org-nav-grievances = Beschwerden
org-nav-moderation = Moderation
org-logout = Abmelden
strike-form-lead = Clickline benachrichtigt jedes andere Land, in dem die Arbeit dieses Ziels erledigt wird, damit sie dort nicht einfach übernommen wird.
strike-field-title = Titel
markdown-allowed = Markdown erlaubt.
strike-field-platform = Betroffene Plattform
strike-field-requesters = Kennungen der Auftraggeber
strike-field-requesters-hint = Durch Kommas getrennt; leer lassen, um die ganze Plattform zu bestreiken.
strike-field-called-in = Ausgerufen in (Ländern)
strike-field-called-in-hint = Ländercodes durch Kommas getrennt, etwa PH,ID. Nur deine eigenen Länder.
strike-field-starts = Beginnt am
strike-field-date-hint = JJJJ-MM-TT, zum Beispiel { $today }.
strike-field-ends = Endet am
strike-form-submit = Zum Streik aufrufen
organizers-created = <strong>{ $email }</strong> angelegt. Gib diese Angaben einmal weiter; Clickline behält nur Hashes:
organizers-add = Organisator·in hinzufügen
organizers-countries-hint = Codes durch Kommas getrennt, etwa FR,DE.
organizers-add-submit = Hinzufügen
moderation-report = Meldung { $id }
moderation-hidden = ausgeblendet
moderation-visible = sichtbar
moderation-reason = Grund (kommt ins Protokoll)
moderation-restore = Wiederherstellen
moderation-hide = Ausblenden
moderation-nothing = Nichts ist gemeldet.
moderation-action-hide = ausgeblendet
moderation-action-restore = wiederhergestellt
log-day = Tag
log-report = Meldung
log-action = Aktion
log-reason = Grund
log-moderator = Moderator·in
log-empty = Noch keine Moderation.
org-grievance = Beschwerde { $id }
org-grievance-note = Öffentliche Notiz
org-grievances-none = Keine Beschwerden aus deinen Ländern.
vouched-tag = Verbürgt
report-held = Diese Bewertung kam in einer Häufung von Bewertungen desselben Auftraggebers und wird vor der Veröffentlichung von einer Moderatorin geprüft. Du musst nichts weiter tun.
report-to-be-published = Wird am { $day } veröffentlicht: Berichte erscheinen in täglichen Stapeln, damit niemand erkennen kann, wann einer eingereicht wurde. Mit deiner Quittung kannst du ihn noch korrigieren oder zurückziehen.
report-correction-pending = Deine Korrektur wird am { $day } veröffentlicht; bis dahin bleibt der Bericht wie er war.
figure-vouched = Davon von Organisierenden verbürgt
scorecard-held = { $count } Bewertungen kamen in einer verdächtigen Häufung und werden von Moderierenden geprüft; bis zur Freigabe zählen sie nirgends.
scorecard-held-why = Wie die Prüfung funktioniert
moderation-held = von der Prüfung zurückgehalten
moderation-held-correction = von der Prüfung zurückgehaltene Korrektur (so gezeigt, wie sie lauten würde)
moderation-release = Freigeben (veröffentlichen)
moderation-reject = Ablehnen
moderation-action-release = freigegeben
moderation-action-reject = abgelehnt
organize-vouchers = Gutscheine
organize-vouchers-lead = Gib Einmal-Gutscheine persönlich oder in deinen Kanälen aus. Eine Bewertung oder Beschwerde mit Gutschein gilt als verbürgt und wird nie von der Häufungsprüfung zurückgehalten. Clickline speichert nur einen Hash jedes Codes, und kein Bericht verzeichnet, welcher Gutschein, Stapel oder welche Organisierende ihn verbürgt hat.
field-voucher-count = Wie viele (20 bis 1.000)
organize-vouchers-issue = Gutscheine ausgeben
organize-follows = Plattformen, denen deine Kanäle folgen
organize-follows-lead = Deine Länder werden bei jedem Streik gegen diese Plattformen benachrichtigt.
organize-follows-save = Speichern
title-vouchers = Deine neuen Gutscheine
vouchers-lead = Drucke oder kopiere diese Codes jetzt: Sie werden nur einmal gezeigt. Jeder gilt einmal.
invalid-voucher-count = Gib eine ganze Zahl von { $min } bis { $max } an.
invalid-voucher = Ein Gutschein hat 20 Buchstaben und Ziffern, etwa ABCD-EFGH-JKMN-PQRS-TUVW.
voucher-not-valid = Dieser Gutschein ist unbekannt, schon benutzt oder nicht mehr gültig. Nichts wurde gespeichert; entferne ihn oder frag die Organisierenden, die ihn dir gegeben haben.
voucher-quota = Organisierende dürfen höchstens { $quota } Gutscheine am Tag ausgeben. Es wurde nichts ausgegeben; versuch es morgen wieder oder gib einen kleineren Stapel aus.
field-voucher = Gutschein von Organisierenden
hint-voucher = Wenn dir eine Gewerkschaft oder ein Kollektiv einen Gutschein gegeben hat, gib ihn ein: Dein Bericht gilt dann als verbürgt. Er wird weder mit dir noch mit ihnen verknüpft.
voucher-only-when-filing = Ein Gutschein kann nur beim Einreichen angegeben werden.
correction-keeps-target = Eine Korrektur kann einen Bericht nicht auf eine andere Plattform oder einen anderen Auftraggeber verschieben. Zieh diesen Bericht mit seinem Beleg zurück und reiche einen neuen ein.
legend-voucher = Gutschein
method-screening = Prüfung vor der Veröffentlichung
method-screening-def = Wer bewertet wird, darf die eigenen Zahlen nicht verschieben können. Vor jedem Stapel werden die Bewertungen jedes Auftraggebers geprüft; verdächtige werden für die Moderation zurückgehalten, die jede mit Begründung in einem öffentlichen Protokoll freigibt oder ablehnt. Bewertungskarten nennen die Zahl der zurückgehaltenen. Die Regel:
method-screening-burst = hat der Stapel eines Auftraggebers mehr als { $min } Bewertungen und mehr als das { $factor }-fache seiner üblichen Tageszahl der letzten { $days } Tage, werden nur so viele veröffentlicht, wie ein Stapel unter dieser Schwelle haben könnte; der Rest wird zurückgehalten, zuerst die Bewertungen, die mit der Mehrheit der Welle übereinstimmen (den Auftraggeber empfehlen oder nicht, wie der Großteil des Stapels), sodass eine Flut weder die eigenen Bewertungen durchbringen noch gegenteilige fernhalten kann;
method-screening-copies = { $count } oder mehr Bewertungen eines Auftraggebers im selben Stapel mit gleichem Kommentar (ohne Groß- und Kleinschreibung, Leer- und Satzzeichen) werden zurückgehalten;
method-screening-network = Eine Bewertung wird zurückgehalten, wenn an diesem Tag mehr als { $count } Bewertungen ihres Auftraggebers aus demselben Netz (IPv4 /24 oder IPv6 /48) kamen;
method-screening-platform = dieselbe Regel gilt für den Stapel jeder Plattform über alle ihre Auftraggeber, gemessen an der üblichen Zahl der Plattform, und eine Bewertung wird zurückgehalten, wenn an diesem Tag mehr als { $count } Bewertungen ihrer Plattform aus demselben Netz kamen;
method-screening-corrections = Korrekturen von Bewertungen werden mit dem Stapel geprüft, in dem sie erscheinen, zählen gegen dieselben Grenzen wie neue Bewertungen und können eine Bewertung nicht auf eine andere Plattform oder einen anderen Auftraggeber verschieben;
method-screening-limit = Eine Verbindung darf denselben Auftraggeber höchstens { $count }-mal am Tag bewerten und nur begrenzt viele Berichte pro Stunde senden (IPv6 zählt je /64). Diese Zähler liegen unter einem Schlüssel, der täglich wechselt und danach gelöscht wird.
method-screening-after = Bewertungen mit dem Gutschein einer Organisation werden nie zurückgehalten.
method-vouchers = Gutscheine
method-vouchers-def = Gewerkschaften und Kollektive geben Einmal-Gutscheine persönlich oder in ihren Kanälen aus. Ein Bericht mit Gutschein gilt als verbürgt, und Bewertungskarten zählen verbürgte Bewertungen. Ein Bericht behält nur diese Markierung: Clickline speichert Gutscheine als Hashes, ein benutzter behält nur seinen Hash, und nichts verzeichnet, welcher Gutschein, Stapel oder welche Organisation einen Bericht verbürgt hat.
method-threats = Was andere erfahren können und was nicht
method-threats-poller = Wer Seiten jede Sekunde neu lädt, erfährt nur den Tag eines Berichts: Er erscheint mit dem Rest seines Tagesstapels in einer Reihenfolge, die nichts verrät.
method-threats-thief = Wer die Datenbank stiehlt, findet keine IP-Adresse, keinen Browser, keine genaue Zeit und kein Konto: nur den Tag jedes Berichts, Hashes von Quittungen und Gutscheinen und Zähler unter Schlüsseln, die einen Tag leben. Ohne den geheimen Schlüssel des Servers lässt sich kein Zähler einer Adresse zuordnen; nach dem Löschen des Tagesschlüssels kann es niemand mehr.
method-threats-oplog = Eine Datenbank als MongoDB-Replikatsatz führt ein Protokoll der letzten Schreibvorgänge (Oplog) mit Zeiten, so lange wie eingestellt. Wer es in dieser Zeit lesen kann, sieht, wann ein Bericht geschrieben wurde. Betreibende sollten das Oplog-Fenster kurz und den Zugriff so streng wie auf die Datenbank halten.
title-cross-site = Von einer anderen Website gesendet
cross-site-refused = Dieses Formular kam von einer anderen Website, nicht von einer Clickline-Seite, daher wurde nichts getan: Eine fremde Website darf nie in deinem Namen etwas einreichen, ändern oder zurückziehen. Wenn du das wolltest, öffne das Formular direkt auf Clickline und sende es erneut.

## Organizer access

forbidden-password-change = Du verwendest noch das Anfangspasswort, das jemand anderes gesehen hat. Lege zuerst ein neues fest.
forbidden-own-access = Administratorinnen und Administratoren können ihre eigene Rolle nicht ändern und sich nicht selbst sperren; bitte eine andere Person mit Adminrechten.
login-wait = Zu viele falsche Passwörter für dieses Konto von deiner Verbindung. Bitte warte { $seconds } Sekunden und versuche es erneut.
login-disabled = Dieses Organisierenden-Konto ist gesperrt. Wende dich an eine Administratorin oder einen Administrator.
password-same = Das neue Passwort muss sich vom aktuellen unterscheiden.
password-initial = Du bist mit einem Anfangspasswort angemeldet, das jemand anderes gesehen hat. Wähle ein neues, um fortzufahren.
organizers-state = Status
organizers-disabled = Gesperrt
organizers-initial-password = Anfangspasswort noch nicht geändert
organizers-active = Aktiv
organizers-changed = Zugang von { $email } gespeichert.
organizers-access = Rollen, Länder und Zugang
organizers-access-hint = Das Sperren eines Kontos beendet seine Sitzungen und API-Tokens sofort. Eine geänderte Rolle oder ein geändertes Land gilt ab der nächsten Seite, die die Person öffnet.
organizers-disable = Gesperrt (keine Anmeldung, kein API-Token)
organizers-access-submit = Speichern
field-token-valid = Gültig für
token-valid-days = { $days } Tage
token-valid-never = Ohne Ablauf
invalid-token-validity = Wähle eine der angebotenen Laufzeiten.

## The work behind the work

legend-more-work = Mehr über diese Arbeit
more-work-lead = Alles hier ist freiwillig. Es zeigt, was eine Zahl „pro Aufgabe“ übersieht: unbezahlte Zeit, Aussortieren, für wen die Arbeit wirklich war und wofür.
field-bonus-amount = Bonus
hint-bonus-amount = Ein Bonus zusätzlich zur Bezahlung; der Stundenlohn rechnet ihn mit.
field-bonus-currency = Währung des Bonus
field-unpaid_minutes = Unbezahlte Minuten
hint-unpaid_minutes = Wie viele der Minuten oben nicht bezahlt wurden: Aufgabensuche, Qualifikationstests, Vorab-Fragebögen, Anleitungen, Warten.
invalid-unpaid-minutes = Gib eine ganze Zahl von Minuten zwischen 0 und { $max } an (nicht mehr als die Dauer der Arbeit).
field-outcome = Wie ging es aus?
choose-outcome = Wähle, wie die Arbeit ausging.
unknown-outcome = „{ $value }“ ist keine der Antworten zum Ausgang der Arbeit; verwende eine von: { $allowed }.
outcome-completed = Ich habe sie fertiggestellt
outcome-screened_out = Ich wurde aussortiert
outcome-not_finished = Ich konnte sie nicht fertigstellen
field-payment_form = Womit wurdest du bezahlt?
choose-payment_form = Wähle, womit du bezahlt wurdest.
unknown-payment_form = „{ $value }“ ist keine der Antworten zur Bezahlungsart; verwende eine von: { $allowed }.
payment_form-money = Geld
payment_form-gift_card = Gutscheine
payment_form-points = Punkte
payment_form-in_kind = Waren oder Dienstleistungen
field-purpose = Wofür war die Arbeit?
choose-purpose = Wähle, wofür die Arbeit war.
choose-purpose-option = Weiß nicht / keine Angabe
unknown-purpose = „{ $value }“ ist keiner der Zwecke, die Clickline zählt; verwende einen von: { $allowed }.
purpose-ai_training = KI-Training
purpose-content_moderation = Inhaltsmoderation
purpose-surveillance = Überwachung oder Gesichtserkennung
purpose-military = Militärische Nutzung
purpose-fake_engagement = Gefälschte Likes, Bewertungen oder Konten
purpose-research = Forschung
purpose-marketing = Marketing
purpose-other = Etwas anderes
purpose-unknown = Das wurde mir nicht gesagt
field-harmful_content = Sie zeigte mir gewalttätige, sexuelle oder hasserfüllte Inhalte
say-whether-harmful_content = Sag, ob dir die Arbeit belastende Inhalte gezeigt hat.
field-end_client_disclosed = Wurde dir gesagt, für wen die Arbeit wirklich war?
say-whether-end_client_disclosed = Sag, ob dir gesagt wurde, für wen die Arbeit war.
field-evaluation_explained = Wurde dir gesagt, wie deine Arbeit bewertet wird?
say-whether-evaluation_explained = Sag, ob dir gesagt wurde, wie deine Arbeit bewertet wird.
yes-no-unknown = Weiß nicht
field-end_client = Für wen war sie wirklich?
hint-end_client = Das Unternehmen hinter dem Auftraggeber, falls du es weißt. Moderatorinnen und Moderatoren prüfen es, bevor etwas veröffentlicht wird.
figure-unpaid-time = Unbezahlter Anteil der Zeit
figure-screened-out = Aussortiert
figure-not-money = Bezahlt in Gutscheinen, Punkten oder Sachleistungen
figure-harmful = Zeigte belastende Inhalte
figure-end-client-disclosed = Endkunde genannt
figure-evaluation-explained = Bewertung erklärt
scorecard-purposes = Wofür die Arbeit war, laut Arbeitenden
scorecard-harmful = Arbeitende berichten, dass ihnen diese Arbeit gewalttätige, sexuelle oder hasserfüllte Inhalte zeigte. Wenn es dich getroffen hat, bist du nicht allein: Die Organisierenden deines Landes sagen, wo du Hilfe findest.
scorecard-harmful-country = Dein Land
scorecard-harmful-go = Hilfe finden
method-bonus-def = Ein Bonus zählt mit: (Bezahlung + Bonus) ÷ Minuten × 60, jeweils für sich umgerechnet.
method-unpaid-time = Unbezahlter Anteil der Zeit
method-unpaid-time-def = Summe der unbezahlten Minuten ÷ Summe der Minuten, über Bewertungen mit Angabe unbezahlter Minuten (Suche, Qualifikationstests, Vorab-Fragebögen, Anleitungen, Warten). Neben dem Stundenlohn gezeigt, weil sie ihn erklärt.
method-screened-out = Aussortiert
method-screened-out-def = Anteil der Bewertungen, deren Arbeitende aussortiert wurden (ein Vorab-Fragebogen oder Test beendete die Aufgabe). Neben dem Stundenlohn gezeigt, weil er ihn erklärt.
method-not-money = Bezahlt in Gutscheinen, Punkten oder Sachleistungen
method-not-money-def = Anteil der Bewertungen, die nicht in Geld bezahlt wurden.
method-harmful = Zeigte belastende Inhalte
method-harmful-def = Anteil der Bewertungen, deren Arbeit gewalttätige, sexuelle oder hasserfüllte Inhalte zeigte. Eine Bewertungsübersicht mit solchen Bewertungen verweist auf die Hilfeseite des Landeskanals.
method-disclosed = Endkunde genannt; Bewertung erklärt
method-disclosed-def = Anteil der Ja-Antworten unter den Bewertungen, die die Frage beantworten; „weiß nicht“ zählt nicht.
method-purposes = Wofür die Arbeit war
method-purposes-def = Zahl der Bewertungen, die jeden Zweck nennen, unter denen, die einen nennen.
title-support-page = Hilfe für Arbeitende in { $country }
support-none = Die Organisierenden dieses Kanals haben noch keine Hilfeseite geschrieben.
support-updated = Von den Organisierenden des Kanals geschrieben; zuletzt geändert am { $date }.
support-always = Egal in welchem Land
support-always-stop = Du darfst eine Aufgabe abbrechen, die dir gewalttätige, sexuelle oder hasserfüllte Inhalte zeigt. Deine Gesundheit geht jeder Bewertung vor.
support-always-report = Melde es anonym auf Clickline: Andere werden gewarnt, und Organisierende können sich darum kümmern.
support-always-talk = Sprich mit jemandem, dem du vertraust, oder mit einer Gewerkschaft; du musst das nicht allein tragen.
support-channel = Die Seite des Kanals
support-report = Belastende Inhalte melden
support-write = Diese Seite schreiben
support-write-label = Hilfeseite (Markdown)
support-write-hint = Wo Arbeitende in diesem Land Hilfe finden: Hotlines, Gewerkschaften, Beratung, Rechte. Wird allen so gezeigt, wie du es schreibst.
support-write-submit = Hilfeseite speichern
support-length = Schreibe zwischen 1 und { $max } Zeichen.

## Companies, pressure and supporters

nav-companies = Unternehmen
title-companies = Unternehmen hinter den Konten
companies-lead = Viele Auftraggeber sind nur vorgeschoben: Die Arbeit ist für ein Unternehmen dahinter, oft in einem anderen Land. Hier stehen die Unternehmen, die Clickline kennt, mit den Konten, die als ihre bestätigt sind. Jede Verbindung ist in unserem Startkatalog belegt oder von einer Moderatorin bestätigt.
companies-col-company = Unternehmen
companies-col-based-in = Sitz
companies-col-accounts = Plattformen und Konten
companies-none = Noch keine Unternehmen.
company-operates-short = betreibt { $platform }
company-propose-link = Ein Unternehmen oder eine Verbindung vorschlagen
company-based-in = Sitz in
company-based-in-unknown = Sitzland noch nicht bekannt
company-operates = Betreibt
company-operated-by = Plattform betrieben von
company-behind = Unternehmen hinter diesem Konto:
company-accounts = Konten
company-no-accounts = Noch ist kein Auftraggeberkonto als Konto dieses Unternehmens bestätigt.
company-sources = Quellen:
company-figures-cover = Diese Zahlen umfassen die veröffentlichten Bewertungen aller oben genannten Konten, auf jeder Plattform.
company-propose-account-title = Ein Konto, das zu diesem Unternehmen gehört
company-propose-country-title = Wo das Unternehmen seinen Sitz hat
company-propose-lead = Alle können anonym etwas vorschlagen. Eine Moderatorin prüft deine Belege und bestätigt oder verwirft den Vorschlag; bis dahin zählt er nirgends.
company-name-field = Name des Unternehmens
company-evidence = Belege
company-evidence-hint = Wo kann die Moderation es prüfen? Links, ein Handelsregister, ein Impressum, ein Vertrag. Markdown; persönliche Daten werden entfernt.
company-propose-submit = Vorschlag senden
company-based-in-field = Sitzland
company-choose-country = Land wählen
company-no-account-option = Kein Konto: Ich schlage ein Sitzland vor
company-or = (oder oben ein Konto)
requester-propose-company = Kennst du das Unternehmen hinter diesem Auftraggeber?
title-company-proposal = Eine Unternehmensverbindung vorschlagen
title-company-proposed = Danke für deinen Vorschlag
company-proposed-lead = Dein Vorschlag zu „{ $company }“ wartet auf die Moderation.
company-proposed-redacted = Wir haben persönliche Daten aus deinen Belegen entfernt:
company-proposed-keep = Vorschlags-ID: <code>{ $id }</code>. Bewahre sie mit dem Code auf, um den Vorschlag zurückzuziehen, solange er wartet (API: <code>DELETE /api/v1/companies/proposals/{ $id }</code> mit <code>Authorization: Receipt &lt;Code&gt;</code>). Wir zeigen den Code nicht noch einmal.
invalid-company-empty = Gib den Namen des Unternehmens an.
invalid-company-name = Ein Unternehmensname braucht mindestens einen lateinischen Buchstaben oder eine Ziffer.
invalid-company-name-long = Der Unternehmensname ist zu lang (höchstens { $max } Zeichen).
invalid-proposal-both = Schlage entweder ein Konto oder ein Sitzland vor, nicht beides zugleich.
invalid-proposal-neither = Gib eine Plattform und eine Auftraggeber-ID an oder ein Sitzland.
invalid-evidence-short = Gib deine Belege an (mindestens { $min } Zeichen).
decision-confirm = bestätigen
decision-reject = verwerfen
choose-decision = Wähle eine Entscheidung: { $allowed }.
unknown-decision = „{ $value }“ ist keine Entscheidung; nutze eine von { $allowed }.
proposal-already-decided = Über diesen Vorschlag wurde schon entschieden.
title-proposals = Unternehmensvorschläge
proposal-label = Vorschlag { $id }
proposal-from-rating = von einer Arbeiterin in einer Bewertung genannt
proposal-claims-account = Behauptet, dass dieses Konto zum Unternehmen gehört:
proposal-claims-based-in = Behauptet, dass das Unternehmen seinen Sitz hat in
proposal-confirm = Bestätigen
proposal-reject = Verwerfen
proposals-nothing = Keine Vorschläge warten.
log-proposal = Vorschlag { $id }
moderation-action-confirm_proposal = Vorschlag bestätigt
moderation-action-reject_proposal = Vorschlag verworfen
pressure-message = Arbeiter:innen in { $countries } streiken ab { $date } gegen Arbeit auf { $platform } für einen Auftraggeber mit Sitz hier: Kund:innen, Journalist:innen und Gewerkschaften hier können Druck auf ihn ausüben.
channel-pressure-alerts = Druck-Aufrufe
channel-pressure-lead = Streiks anderswo gegen Auftraggeber mit Sitz in diesem Land. Die Arbeit wird nicht hier gemacht, aber du kannst dort handeln, wo der Auftraggeber ist.
channel-no-pressure = Zurzeit richtet sich kein Streik gegen einen Auftraggeber mit Sitz in { $country }.
strike-asked-pressure = Druck am Sitz des Auftraggebers
strike-pressure-in = Der Auftraggeber hat seinen Sitz in:
strike-supporters-title = Unterstützer:innen
strike-supporters-lead = Menschen, die keine Arbeiter:innen sind (Kund:innen, Journalist:innen, Forschende), unterstützen diesen Streik. Nach Land gezählt, getrennt von den Zusagen der Arbeiter:innen.
strike-col-supporters = Unterstützer:innen
strike-no-supporters = Noch keine Unterstützer:innen.
support-title = Keine Arbeiterin? Unterstütze diesen Streik
support-lead = Anonym: Wir zählen Unterstützer:innen nur nach Land. Du bekommst einen Belegcode, um deine Unterstützung zurückzuziehen.
support-country = Land, in dem du bist
support-submit = Ich unterstütze diesen Streik
strike-closed-support = Dieser Streik nimmt keine Unterstützung mehr an.
title-support = Unterstützen
title-supported = Danke für deine Unterstützung
supported-lead = Deine Unterstützung für „{ $title }“ ist gespeichert. Unterstützung wird in täglichen Stapeln gezählt, daher zeigt keine Zahl, wann du sie gegeben hast.
supported-keep = Unterstützungs-ID: <code>{ $support }</code>. Bewahre sie mit dem Code auf, um deine Unterstützung über die API zurückzuziehen: <code>DELETE /api/v1/strikes/{ $strike }/support/{ $support }</code> mit <code>Authorization: Receipt &lt;Code&gt;</code>. Wir zeigen den Code nicht noch einmal.

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
