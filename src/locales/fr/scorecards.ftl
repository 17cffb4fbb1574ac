### Clickline, français.
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## Lists and scorecards

lists-title = Là où les travailleur·ses s’en sortent le plus mal
lists-among = Parmi les donneurs d’ordre ayant au moins { $min } évaluations.
lists-lowest-pay = Les moins bien payants
lists-median-hourly = médiane { $median } de l’heure, { $ratings ->
    [one] { $ratings } évaluation
   *[other] { $ratings } évaluations
}
lists-worst-unpaid = Le plus souvent impayés
lists-unpaid = { $share } non payés en entier
lists-most-grievances = Le plus de réclamations
lists-grievances = { $count ->
    [one] { $count } réclamation
   *[other] { $count } réclamations
}
scorecard-on-strike = <strong>En grève :</strong> une grève est appelée contre cette cible à partir du { $date } : « { $title } ». <a href="/strikes/{ $id }">Ne prenez pas ce travail ; lisez l’appel</a>.
scorecard-title = Bilan
scorecard-caption = Ce que disent les travailleur·ses (chiffres calculés le { $date } ; <a href="/methodology">comment</a>)
scorecard-col-figure = Chiffre
scorecard-col-all = Depuis toujours
scorecard-col-recent = 90 derniers jours
scorecard-monthly = Mois par mois
scorecard-monthly-caption = Paie horaire médiane par mois sur les 12 derniers mois ; les mois avec moins d’évaluations que ce que Clickline publie sont omis.
scorecard-chart-figures = Les chiffres du graphique
scorecard-col-month = Mois
scorecard-col-ratings = Évaluations
scorecard-col-median = Paie horaire médiane
scorecard-col-unpaid = Non payé en entier
scorecard-by-country = Par pays
scorecard-col-workers-in = Travailleur·ses en
scorecard-no-countries = Pas assez de données : un pays n’apparaît que si assez de travailleur·ses s’y sont exprimé·es, pour que personne ne soit identifiable.
scorecard-grievances = Réclamations
scorecard-no-grievances = Aucune réclamation.
scorecard-other-countries = Autres pays ensemble
scorecard-too-few = trop peu pour être affiché
scorecard-spread = { $median } (moitié centrale { $low }–{ $high })
scorecard-days = { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
trend-title = Paie horaire médiane par mois : { $name }
trend-description = Paie horaire médiane en dollars US pour chacun des 12 derniers mois ; le tableau ci-dessous donne les mêmes chiffres.
figure-ratings = Évaluations
figure-hourly-usd = Paie horaire (US$)
figure-hourly-eur = Paie horaire (€)
figure-below-minimum-wage = Payé sous le salaire minimum légal du pays
figure-unpaid = Non payé ou payé en partie
figure-rejected = Travail rejeté
figure-wait = Attente médiane du paiement
figure-answered = A répondu aux messages
figure-recommend = Recommandé par les travailleur·ses
figure-tos = Tâches contraires aux règles de la plateforme
figure-broken = Tâches défectueuses
stars-pay = Paie
stars-payment-reliability = Fiabilité du paiement
stars-evaluation = Évaluation et rejets
stars-communication = Communication
stars-task-quality = Qualité des tâches
stars-of-five = { $stars } sur 5

## Methodology

title-methodology = Comment Clickline calcule ses chiffres
method-lead = Chaque chiffre de Clickline vient de ce que disent les travailleur·ses, calculé de la même façon pour chaque donneur d’ordre et chaque plateforme. Voici exactement comment, pour que vous puissiez le vérifier et le citer.
method-figures = Les chiffres
method-figures-intro = Les chiffres ne comptent que les évaluations visibles : celles retirées par leur auteur·rice ou masquées par la modération sont exclues. Chacun est donné depuis toujours et pour les 90 derniers jours (aujourd’hui et les 89 jours précédents). Un chiffre sans rien à compter indique « pas assez de données », jamais 0.
method-hourly = Paie horaire
method-hourly-def = Paie du travail ÷ minutes passées (préparation non payée comprise, telle que déclarée) × 60, convertie en dollars US et en euros avec le tableau des taux de change ci-dessous. Nous donnons la médiane et la moitié centrale (25e au 75e centile). La médiane d’un nombre pair d’évaluations est la moyenne des deux valeurs centrales ; les centiles interpolent linéairement entre les rangs les plus proches.
method-below-min = Payé sous le salaire minimum
method-below-min-def = Part des évaluations dont la paie horaire est inférieure au salaire minimum horaire légal du pays du travailleur ou de la travailleuse (tableau ci-dessous), parmi les évaluations venant de pays du tableau.
method-unpaid = Non payé ou payé en partie
method-unpaid-def = Parmi les évaluations qui disent si elles ont été payées (oui, en partie, non), la part non payée en entier. Les paiements en attente ne comptent pas.
method-rejected = Travail rejeté
method-rejected-def = Part des évaluations où une partie ou la totalité du travail a été rejetée.
method-wait = Attente médiane du paiement
method-wait-def = Médiane des jours avant paiement, sur les évaluations qui l’indiquent.
method-answered = Messages répondus
method-answered-def = Répondu ÷ (répondu + sans réponse) ; les personnes qui n’ont pas essayé de prendre contact sont exclues.
method-shares = Recommandation, règles enfreintes, tâches défectueuses
method-shares-def = Parts des évaluations.
method-stars = Étoiles
method-stars-intro = Chaque domaine reçoit de 1 à 5 étoiles, arrondies à la demi-étoile, à partir des chiffres depuis toujours, dès qu’une cible a au moins { $min } évaluations :
method-withhold = Ce que nous retenons pour protéger les travailleur·ses
method-withhold-groups = Les répartitions par pays et par mois ne sont publiées que pour des groupes d’au moins { $min } évaluations. Les petits pays sont regroupés en « autres pays ensemble », affiché seulement quand le groupe atteint { $min }.
method-withhold-lists = Les listes des pires donneurs d’ordre ne comprennent que ceux ayant au moins { $min } évaluations.
method-withhold-day = Les signalements portent le jour de leur dépôt, jamais l’heure ; nous ne gardons ni adresse IP ni détails du navigateur.
method-fresh = Fraîcheur
method-fresh-def = { $days ->
    [0] Cette instance publie sans délai (un réglage de démonstration ou de test) : les signalements comptent quelques secondes après leur dépôt. Par défaut, Clickline publie par lots quotidiens.
   *[other] Les signalements paraissent par lots quotidiens : un signalement déposé un jour compte dans les fiches, listes, téléchargements, flux et alertes de grève à partir du début du jour { $days } jour(s) plus tard (UTC), avec tous ceux de son jour, pour qu’aucune page ne révèle à quelle heure il a été déposé. Les corrections attendent aussi le lot suivant. Un retrait ou une décision de modération s’applique partout en deux secondes.
}
method-rates = Taux de change
method-rates-def = { $count } monnaies, au { $date }. Source :
method-wages = Salaires minimums
method-wages-def = Tableau au { $date }. Le minimum horaire est le montant légal ÷ les heures de la période que retient la loi (un jour, un mois).
method-col-country = Pays
method-col-legal = Minimum légal
method-col-hours = Heures
method-col-hourly = Horaire
method-col-hourly-usd = Horaire en US$
method-col-since = Depuis
method-col-source = Source
method-data = Données ouvertes
method-data-def = Les bilans sont disponibles en JSON (<code>/api/v1/requesters/{"{"}platform{"}"}/{"{"}id{"}"}</code>, <code>/api/v1/platforms/{"{"}slug{"}"}</code>) et en un CSV de tous les donneurs d’ordre (<code>/api/v1/scorecards.csv</code>), sous licence CC BY 4.0.
title-rating-about = Évaluation sur { $platform }
title-grievance-about = Réclamation sur { $platform }
flag_reason-personal_data = Il révèle l’identité ou les données personnelles de quelqu’un
flag_reason-false_or_misleading = Il semble faux ou trompeur
flag_reason-abusive = Il est injurieux ou haineux
flag_reason-spam = C’est du spam ou de la publicité
flag_reason-other = Autre chose
choose-flag_reason = Choisissez une raison : { $allowed }.
