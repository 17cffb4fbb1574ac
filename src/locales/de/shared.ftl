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
# The month as a full date writes it (a declined form where the language
# declines it, else the same as above).
month-of-day-1 = Januar
month-of-day-2 = Februar
month-of-day-3 = März
month-of-day-4 = April
month-of-day-5 = Mai
month-of-day-6 = Juni
month-of-day-7 = Juli
month-of-day-8 = August
month-of-day-9 = September
month-of-day-10 = Oktober
month-of-day-11 = November
month-of-day-12 = Dezember
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
invalid-fields-unknown = Unbekannte Felder: { $names }. Nenne Felder eines Bewertungsbogens oder ihre Teile, etwa held_for_review oder all.ratings (siehe /api/v1/openapi.json).
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
invalid-strike-language = „{ $value }“ ist keine der Sprachen von Clickline.
invalid-strike-translation-same = In dieser Sprache ist der Aufruf geschrieben; trag den Text oben bei Titel und Forderungen ein.
forbidden-strike-countries = Du organisierst in { $yours }, nicht in { $outside }: Ein Streik kann nur in deinen eigenen Ländern ausgerufen werden.
forbidden-strike-change = Nur Organisator·innen der Länder, in denen er ausgerufen ist, können diesen Streik ändern.
forbidden-moderators = Nur Moderator·innen dürfen das.
forbidden-grievance-country = Diese Beschwerde kommt aus { $country }, außerhalb deiner Länder.
forbidden-channel = Nur Organisator·innen aus { $country } können in diesem Kanal posten.
forbidden-admins = Nur Administrator·innen verwalten Organisator·innen.
forbidden-csrf = Dieses Formular ist abgelaufen; geh zurück, lade die Seite neu und versuch es noch einmal.

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
error-429-daily = Von dieser Verbindung wurde das heute schon so oft getan, wie es an einem Tag geht. Nichts wurde gespeichert; bitte versuch es morgen noch einmal.
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
