### Clickline, français.
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## Strikes and channels

title-strikes = Grèves
title-pledge = Engagement
title-pledged = Merci pour votre engagement
title-undercut = Signaler un contournement
title-channels = Canaux par pays
title-channel = Canal { $country }
strike-closed = Cette grève n’accepte plus d’engagements.
undercut-recorded = Votre signalement de contournement a été enregistré anonymement. Les organisateur·rices voient où la grève fuit.
alert-message-requesters = Les travailleur·ses de { $countries } sont en grève depuis le { $date } contre { $requesters } sur { $platform } : ne prenez pas leurs tâches.
alert-message-company = Les travailleur·ses de { $countries } sont en grève depuis le { $date } contre { $company } sur { $platform } : ne prenez pas ses tâches.
alert-message-platform = Les travailleur·ses de { $countries } sont en grève depuis le { $date } contre toute la plateforme { $platform } : ne prenez aucune de ses tâches.
# $language is a language's own name, like "Bahasa Indonesia".
strike-text-in = En { $language }
strike-text-original = Original, en { $language }
strike-other-languages = Aussi en :
strike-against = Contre
strike-requesters = donneurs d’ordre
strike-called-in = appelée en
strike-from = à partir du { $from }
strike-from-to = du { $from } au { $to }
strike-demands = Revendications
strike-map-title = Où la solidarité est demandée, promise et où elle fuit
strike-col-asked = Demande
strike-col-pledges = Engagements
strike-col-undercuts = Contournements signalés
strike-asked-called = grève appelée
strike-asked-solidarity = solidarité demandée
strike-asked-not_asked = pas sollicité
fewer-than = moins de { $n }
strike-leaking = (fuite)
strike-no-countries = Pas encore de pays.
strike-timeline = Chronologie
pledge-title = S’engager à ne pas prendre ce travail
pledge-lead = Anonyme : nous ne comptons les engagements que par pays. Vous recevez un code de reçu pour le retirer.
pledge-submit = Je m’engage à ne pas prendre ce travail
undercut-title = Vous avez vu ce travail fait ou déplacé ailleurs ?
undercut-country = Pays où vous l’avez vu
undercut-choose-country = Choisissez un pays
undercut-platform = Plateforme où il était proposé
undercut-platform-optional = (facultatif, identifiant)
undercut-note = Ce que vous avez vu
undercut-submit = Signaler un contournement
strike-manage-title = Organisateur·rices : changer le statut
save = Enregistrer
strikes-lead = Appels à la grève des organisations de travailleur·ses. Quand un travail est en grève dans un pays, ne le reprenez pas dans un autre.
strikes-find-channel = Trouver le canal de votre pays
atom-feed = Flux Atom
strikes-none = Pas encore d’appel à la grève.
pledged-lead = Votre engagement pour « { $title } » est enregistré. Les engagements sont comptés par lots quotidiens : aucun chiffre ne montre quand vous vous êtes engagé.
pledged-keep = Identifiant de l’engagement : <code>{ $pledge }</code>. Gardez les deux si vous voulez pouvoir retirer l’engagement sur <a href="/receipt?id={ $pledge }">/receipt</a> (ou par l’API : <code>DELETE /api/v1/strikes/{ $strike }/pledges/{ $pledge }</code> avec <code>Authorization: Receipt &lt;code&gt;</code>). Nous ne montrerons plus le code.
pledged-back = Retour à la grève
channel-languages = Lire ce canal en :
channel-reports-here = Signalements de travailleur·ses d’ici :
channel-ratings-fewer = moins de { $n } évaluations
channel-ratings = { $n ->
    [one] { $n } évaluation
   *[other] { $n } évaluations
}
channel-grievances-fewer = moins de { $n } réclamations
channel-grievances = { $n ->
    [one] { $n } réclamation
   *[other] { $n } réclamations
}
channel-alerts = Alertes de solidarité
channel-no-alerts = Aucune alerte pour les travailleur·ses de { $country }.
channel-strikes-here = Grèves appelées ici
channel-none-now = Aucune pour le moment.
channel-announcements = Annonces
channel-no-announcements = Aucune annonce.
channel-post-title = Publier une annonce
channel-post-body = Annonce (Markdown)
channel-post-submit = Publier
channels-lead = Chaque pays a un canal : les grèves appelées sur place, les alertes des grèves d’ailleurs dont le travail pourrait vous être envoyé, et les nouvelles de vos organisateur·rices.
channels-none = Pas encore d’activité.
