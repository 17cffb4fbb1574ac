### Clickline, Deutsch.
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## Strikes and channels

title-strikes = Streiks
title-pledge = Zusage
title-pledged = Danke für deine Zusage
title-undercut = Streikbruch melden
title-channels = Länderkanäle
title-channel = Kanal { $country }
strike-closed = Dieser Streik nimmt keine Zusagen mehr an.
undercut-recorded = Deine Meldung über Streikbruch wurde anonym gespeichert. Organisator·innen sehen, wo der Streik durchlässig ist.
alert-message-requesters = Arbeiter·innen in { $countries } streiken seit dem { $date } gegen { $requesters } auf { $platform }: Nimm ihre Aufgaben nicht an.
alert-message-company = Arbeiter·innen in { $countries } streiken seit dem { $date } gegen { $company } auf { $platform }: Nimm keine Aufgaben dieses Unternehmens an.
alert-message-platform = Arbeiter·innen in { $countries } streiken seit dem { $date } gegen die ganze Plattform { $platform }: Nimm keine ihrer Aufgaben an.
# $language is a language's own name, like "Bahasa Indonesia".
strike-text-in = Auf { $language }
strike-text-original = Original, auf { $language }
strike-other-languages = Auch auf:
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
channel-languages = Diesen Kanal lesen auf:
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
