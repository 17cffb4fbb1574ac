### Clickline, Deutsch.
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

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
