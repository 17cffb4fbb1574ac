### Clickline, Deutsch.
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## Gemeinsame Auskunftsersuchen

nav-data-requests = Deine Daten
title-data-requests = Deine Daten anfordern, gemeinsam
title-open-campaign = Eine Kampagne für Datenanfragen eröffnen
title-letter = Dein Auskunftsersuchen
title-request-sent = Anfrage gespeichert
title-request-receipt = Deine Datenanfrage
title-complaint-letter = Deine Beschwerde bei der Aufsichtsbehörde

data_category-ratings = Bewertungen und Qualitätswerte
data_category-rejections = Abgelehnte Arbeit und der Grund jeder Ablehnung
data_category-flags = Markierungen, Verwarnungen und die Gründe für Sperrungen oder Deaktivierungen
data_category-allocation = Wie mir Aufgaben zugeteilt werden und wonach das entschieden wird
data_category-earnings = Einnahmen, Zahlungen und Abzüge
data_category-profiling = Profile und Schlussfolgerungen über mich
choose-data_category = Wähle, was angefragt werden soll.
unknown-data_category = „{ $value }“ gehört nicht zu dem, was die Briefe von Clickline anfragen; nutze eins von: { $allowed }.

data_outcome-complete = Vollständige Antwort
data_outcome-partial = Unvollständige Antwort
data_outcome-refused = Abgelehnt
data_outcome-asked_for_identity = Hat einen Nachweis meiner Identität verlangt
data_outcome-no_answer = Keine Antwort
choose-data_outcome = Wähle, was zurückkam.
unknown-data_outcome = „{ $value }“ ist keine bekannte Antwort; nutze eine von: { $allowed }.

invalid-campaign-title = Gib der Kampagne einen Titel mit 5 bis 200 Zeichen.
invalid-campaign-explanation = Erkläre die Kampagne in 20 bis 5000 Zeichen.
invalid-campaign-categories = Wähle mindestens eine Sache, die angefragt werden soll.
invalid-campaign-countries = Nenne mindestens ein Land als ISO-Code, etwa DE oder PH.
invalid-campaign-no-law = Clickline hat noch kein Datenschutzgesetz für { $country } und kann den Brief dort deshalb nicht schreiben.
forbidden-campaign-countries = Du kannst Kampagnen nur für die Länder deines Kontos eröffnen; { $outside } gehört nicht dazu.
invalid-campaign-country = Diese Kampagne richtet sich an Arbeiter·innen in: { $countries }.
invalid-answer-day-missing = Gib den Tag an, an dem die Plattform geantwortet hat.
invalid-answer-day = Der Tag muss zwischen dem Tag, an dem du die Anfrage geschickt hast ({ $sent }), und heute liegen.
invalid-answer-missing = Markiere nur, was diese Kampagne angefragt hat.
invalid-letter-language = Wähle eine der Sprachen von Clickline.
invalid-letter-required = Füll das aus: Die Plattform braucht es, um deine Daten zu finden.
invalid-letter-line = Schreib das in eine Zeile mit höchstens { $max } Zeichen.
invalid-letter-email = Gib die E-Mail-Adresse deines Kontos an, etwa name@example.org.
invalid-sent-id = Keine gesendete Anfrage hat diese Kennung. Kopiere sie von der Seite, die dir deinen Beleg gezeigt hat.
complaint-not-open = Eine Beschwerde ist erst möglich, wenn die Anfrage überfällig ist oder die Antwort unzureichend war, und nur einmal.

dr-list-lead = Das Gesetz gibt allen Arbeiter·innen das Recht auf die Daten, die eine Plattform über sie speichert: Bewertungen, Qualitätswerte, Markierungen, die Gründe für Ablehnungen und Deaktivierungen und wie automatisierte Entscheidungen getroffen werden. Fragen viele gemeinsam, zeigen die Antworten, wer dieses Recht achtet.
dr-list-empty = Noch keine Kampagne.
dr-have-receipt = Ich habe einen Beleg: Antwort eintragen
dr-open-link = Organisator·innen: eine Kampagne eröffnen
dr-opened-on = eröffnet am
dr-feed = Erinnerungen (Atom-Feed)
dr-asks-for = Worum der Brief bittet
dr-always-asked = Eine Kopie aller über mich gespeicherten personenbezogenen Daten, wofür sie verwendet werden, woher sie stammen und an wen sie weitergegeben wurden
dr-figures-title = Wer antwortet
dr-figures-hint = Veröffentlicht in täglichen Stapeln, wie Meldungen. Gruppen unter der Mindestgruppengröße werden nicht als Zahl gezeigt.
dr-figure-sent = Gesendete Anfragen
dr-figure-in-time = Innerhalb der gesetzlichen Frist beantwortet
dr-figure-median = Antwortzeit (Median)
dr-figure-overdue = Überfällig, ohne Antwort
dr-figure-complaints = Beschwerden bei einer Aufsichtsbehörde
dr-figure-not-yet = noch zu wenige Antworten
dr-days = { $n ->
    [one] { $n } Tag
   *[other] { $n } Tage
}
dr-outcomes-caption = Was zurückkam
dr-col-outcome = Antwort
dr-col-requests = Anfragen
dr-missing-caption = Was in den Antworten fehlte
dr-col-category = Angefragt
dr-col-answers = Antworten, in denen es fehlte
dr-letter-title = Deinen Brief erstellen
dr-letter-lead = Gib an, woran die Plattform dich erkennt. Clickline schreibt den Brief in deiner Sprache, nach dem Recht deines Landes und an den Verantwortlichen der Plattform gerichtet.
dr-letter-send-from = Schick ihn von der E-Mail-Adresse, die dein Konto nutzt, damit die Plattform nicht behaupten kann, sie kenne dich nicht.
dr-field-country = Das Land, von dem aus du arbeitest
dr-field-language = Sprache des Briefs
dr-field-name = Dein Name, wie die Plattform ihn kennt
dr-field-email = Die E-Mail-Adresse deines Kontos
dr-field-email-hint = Schick den Brief von dieser Adresse.
dr-field-worker-id = Deine Worker-ID auf der Plattform
dr-letter-never-stored = Nichts, was du hier eingibst, wird gespeichert oder protokolliert: Der Brief wird für dich erstellt und wieder vergessen.
dr-letter-make = Brief erstellen
dr-sent-title = Ich habe meine Anfrage geschickt
dr-sent-lead = Sag Clickline, dass du sie geschickt hast: Gespeichert werden nur dein Land und der Tag. Du bekommst einen Beleg, um die Antwort später einzutragen.
dr-sent-submit = Ich habe sie geschickt
dr-laws-title = Das Recht in jedem Land
dr-col-law = Gesetz
dr-col-deadline = Frist
dr-col-authority = Wo du dich beschweren kannst
dr-col-articles = Auskunft; Datenübertragbarkeit; automatisierte Entscheidungen
dr-col-source = Quelle
dr-col-contact = Wohin Anfragen gehen
dr-in-force-from = in Kraft ab
dr-no-deadline = keine gesetzliche Frist
dr-controller-title = Wer für die Daten verantwortlich ist
dr-sources = Quellen dieser Tabellen
dr-letter-page-lead = Kopiere diesen Brief in eine E-Mail an die Adresse oben oder lade ihn als Textdatei herunter.
dr-letter-download = Als Textdatei herunterladen
dr-letter-next = Geschickt? Hier eintragen
dr-letter-back-receipt = Zurück zu deiner Anfrage
dr-sent-recorded = Deine Anfrage für „{ $title }“ ist gespeichert. Sie zählt ab dem nächsten täglichen Stapel.
dr-sent-id = Kennung der Anfrage
dr-sent-keep = Bewahre die Kennung und diesen Code auf: Mit ihnen trägst du ein, was die Plattform antwortet. Sie werden nur jetzt gezeigt.
dr-due-on = Die Plattform muss antworten bis:
dr-calendar-download = Den Tag in meinen Kalender eintragen (.ics)
dr-back-to-campaign = Zurück zur Kampagne
dr-receipt-lead = Gib die Kennung der Anfrage und den Belegcode ein, die du beim Eintragen deiner Anfrage bekommen hast.
dr-receipt-open = Meine Anfrage öffnen
dr-receipt-about = Deine Anfrage an { $platform } in der Kampagne „{ $title }“.
dr-sent-on = Geschickt am
dr-due = Antwort fällig bis
dr-overdue = überfällig
dr-answer = Antwort
dr-no-answer-yet = noch keine eingetragen
dr-complaint = Beschwerde
dr-complained = du hast Clickline mitgeteilt, dass du dich beschwert hast
dr-answer-title = Was zurückkam
dr-field-outcome = Die Antwort der Plattform
dr-field-answered-on = Der Tag der Antwort (JJJJ-MM-TT)
dr-field-missing = Was in der Antwort fehlte
dr-answer-submit = Antwort eintragen
answer-recorded = Eingetragen. Es zählt ab dem nächsten täglichen Stapel.
dr-complaint-title = Bei der Aufsichtsbehörde beschweren
dr-complaint-lead = Die Plattform hat nicht rechtzeitig oder nur unvollständig geantwortet. Du kannst dich bei der Aufsichtsbehörde ({ $authority }) beschweren: Clickline schreibt die Beschwerde für dich.
dr-complaint-make = Beschwerde erstellen
dr-complaint-filed = Ich habe die Beschwerde eingereicht
complaint-recorded = Danke: Die Kampagne zählt deine Beschwerde ab dem nächsten täglichen Stapel.
dr-form-lead = Lade die Arbeiter·innen einer Plattform ein, ihre Daten gemeinsam anzufordern. Die Kampagnenseite gibt allen einen Brief nach dem Recht ihres Landes und zählt anonym, wer antwortet.
dr-field-title = Titel
dr-field-categories = Was angefragt werden soll
dr-field-countries = Länder, für die sie gilt
dr-field-countries-hint = ISO-Codes, durch Kommas getrennt. Clickline kennt das Recht von: { $countries }
dr-field-explanation = Warum, in ein paar Zeilen, für die Kampagnenseite
dr-form-submit = Kampagne eröffnen
dr-block-title = Datenrechte
dr-block-lead = { $n ->
    [one] Arbeiter·innen haben diese Plattform in einer Kampagne nach ihren Daten gefragt.
   *[other] Arbeiter·innen haben diese Plattform in { $n } Kampagnen nach ihren Daten gefragt.
}
dr-block-link = Alle Kampagnen
dr-method-title = Auskunftsersuchen
dr-method-lead = Die Briefe berufen sich auf das Recht des Landes der Arbeiter·in und gehen an den Verantwortlichen, den die Plattform nennt. Die Tabellen unten werden mit Clickline ausgeliefert, jede Zeile mit ihrer Quelle und dem Tag, an dem sie geprüft wurde; die Verantwortlichen stammen zum Teil aus den CC0-Datensätzen von datenanfragen.de. Eine Quote oder ein Median über weniger Anfragen als die Mindestgruppengröße wird nicht veröffentlicht.
dr-method-laws-caption = Datenschutzgesetze
dr-method-controllers-caption = Verantwortliche der Plattformen
dr-source-link = Quelle
feed-answers-due = Antworten fällig am { $day }
feed-answers-due-text = Anfragen aus dieser Kampagne müssen bis heute beantwortet sein. Öffne deine Anfrage mit ihrem Beleg und trag ein, was zurückkam.
calendar-summary = Antwort auf deine Datenanfrage an { $platform } prüfen
calendar-description = Die gesetzliche Frist endet heute. Öffne deine Anfrage auf Clickline mit ihrem Beleg und trag ein, was zurückkam; kam nichts, schreibt Clickline deine Beschwerde.

## Die Briefe (reiner Text)

letter-subject = Auskunftsersuchen gemäß { $law }
letter-greeting = Sehr geehrte Damen und Herren,
letter-access = ich arbeite über die Plattform { $platform }. Gemäß { $article } { $law } bitte ich Sie um eine Kopie aller personenbezogenen Daten, die Sie über mich verarbeiten, sowie um Auskunft über die Verarbeitungszwecke, die Herkunft der Daten, die Empfänger, denen sie offengelegt wurden, und die Dauer ihrer Speicherung.
letter-portability = Gemäß { $article } { $law } bitte ich Sie, mir die von mir bereitgestellten und die durch meine Arbeit erzeugten Daten in einem strukturierten, gängigen und maschinenlesbaren Format (etwa CSV oder JSON) zu übermitteln.
letter-explanation = Gemäß { $article } { $law } bitte ich Sie mitzuteilen, ob Sie mich betreffende automatisierte Entscheidungen einschließlich Profiling treffen, und mir aussagekräftige Informationen über die involvierte Logik, das tatsächlich angewandte Verfahren sowie die Tragweite und die Auswirkungen für mich zu erteilen.
letter-categories = Insbesondere bitte ich um:
letter-data_category-ratings = alle Bewertungen, Qualitätswerte und Genauigkeitsmaße zu meiner Person, mit Angabe, wie sie berechnet werden
letter-data_category-rejections = jede Ablehnung meiner Arbeit, mit Begründung und Angabe, wer oder was darüber entschieden hat
letter-data_category-flags = jede Markierung, Verwarnung, Sperrung oder Deaktivierung meines Kontos, mit den Gründen und den Daten, auf denen sie beruht
letter-data_category-allocation = die Art, wie mir Aufgaben zugeteilt werden, und welche Daten und Kriterien darüber entscheiden
letter-data_category-earnings = meine Einnahmen, Zahlungen, Prämien und Abzüge, aufgeschlüsselt nach Aufgaben
letter-data_category-profiling = jedes Profil, jede Kategorie und jede Schlussfolgerung, die Sie über mich gespeichert haben
letter-deadline = Nach dem Gesetz ist die Auskunft unentgeltlich zu erteilen, und zwar innerhalb folgender Frist ab Eingang dieses Ersuchens: { $deadline }.
letter-no-deadline = Bitte antworten Sie unverzüglich und unentgeltlich.
letter-months = { $n ->
    [one] ein Monat
   *[other] { $n } Monate
}
letter-days = { $n ->
    [one] ein Tag
   *[other] { $n } Tage
}
letter-identity = Zu meiner Identifizierung:
letter-name = Name: { $name }
letter-email = E-Mail-Adresse meines Kontos: { $email }
letter-worker-id = Worker-ID: { $id }
letter-authority = Sollte ich nicht fristgerecht eine vollständige Auskunft erhalten, behalte ich mir vor, Beschwerde bei der Aufsichtsbehörde ({ $authority }) einzulegen.
letter-closing = Mit freundlichen Grüßen
complaint-subject = Beschwerde: { $controller } hat mein Auskunftsersuchen nicht wie gesetzlich vorgeschrieben beantwortet
complaint-sent = am { $sent } habe ich { $controller }, Betreiber von { $platform }, gemäß { $article } { $law } um Auskunft über meine personenbezogenen Daten ersucht. Die Antwort war bis zum { $due } fällig.
complaint-no-answer = Ich habe keine Antwort erhalten.
complaint-partial = Die erhaltene Auskunft ist unvollständig: Es fehlen Daten, um die ich ersucht habe.
complaint-refused = Mein Ersuchen wurde abgelehnt.
complaint-ask = Ich bitte Sie, die Angelegenheit zu untersuchen und den Verantwortlichen anzuweisen, mein Ersuchen vollständig zu beantworten.
complaint-collective = Ich habe dieses Ersuchen gemeinsam mit anderen Personen, die über { $platform } arbeiten, im Rahmen einer kollektiven Kampagne gestellt.
complaint-identity = Meine Angaben:
