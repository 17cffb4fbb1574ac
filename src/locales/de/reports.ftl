### Clickline, Deutsch.
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

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
