### Clickline, français.
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## Dates

month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
date-day = { $day } { $month } { $year }
date-month = { $month } { $year }

## Validation messages, for forms and the API

invalid-country-empty = Choisissez un pays.
invalid-country = « { $value } » n’est pas un code pays ISO 3166-1 (deux lettres, comme PH, KE ou FR).
invalid-currency-empty = Choisissez la monnaie dans laquelle vous avez été payé·e.
invalid-currency = « { $value } » n’est pas un code de monnaie ISO 4217 (trois lettres, comme USD, EUR ou PHP).
invalid-currency-no-rate = Clickline n’a pas encore de taux de change pour { $code } ; indiquez le montant en USD ou en EUR.
invalid-amount-empty = Indiquez le montant (0 si vous n’avez rien reçu).
invalid-amount = « { $value } » n’est pas un montant ; écrivez-le comme 1,25.
invalid-amount-too-large = Ce montant est trop élevé.
invalid-receipt = Un code de reçu compte 16 lettres et chiffres, comme ABCD-EFGH-JKMN-PQRS.
invalid-platform-empty = Choisissez la plateforme où vous avez trouvé le travail.
invalid-platform = « { $value } » n’est pas un identifiant de plateforme ; voyez la liste sur /platforms.
invalid-platform-unknown = Clickline ne connaît pas la plateforme « { $value } ». Choisissez-la dans la liste sur /platforms (connues : { $known }) ; si la vôtre manque, prenez la plus proche et précisez-le dans votre texte.
invalid-requester-id-empty = Indiquez l’identifiant du donneur d’ordre tel que la plateforme l’affiche.
invalid-requester-id-long = Un identifiant de donneur d’ordre compte au plus { $max } caractères.
invalid-requester-id-char = Un identifiant de donneur d’ordre ne peut pas contenir « { $char } » ; utilisez seulement des lettres, des chiffres et - _ . ~ @ + :.
invalid-requester-id-for-name = Indiquez aussi l’identifiant du donneur d’ordre, pour que le nom soit rattaché au bon donneur d’ordre.
invalid-requester-name-long = Un nom de donneur d’ordre compte au plus 200 caractères.
invalid-report-id = Ce n’est pas un identifiant de signalement Clickline.
invalid-month = « { $value } » n’est pas un mois ; écrivez-le AAAA-MM, comme 2025-03.
invalid-month-future = Ce mois est dans le futur.
invalid-month-early = Indiquez un mois à partir de 2000.
invalid-minutes-empty = Indiquez les minutes que le travail a pris, préparation non payée comprise.
invalid-minutes = « { $value } » n’est pas un nombre entier de minutes.
invalid-minutes-range = Indiquez les minutes que le travail a pris, de 1 à 1440 (une journée entière).
invalid-description-length = Décrivez ce qui s’est passé en 20 à 10000 caractères.
invalid-text-long = { $max } caractères au plus, s’il vous plaît ; ce texte en compte { $chars }.
invalid-yes-no = « { $value } » n’est ni oui ni non (true/false).
say-whether-recommend = Dites si vous recommanderiez ce donneur d’ordre.
say-whether-tos_violation = Dites si la tâche enfreignait les règles de la plateforme.
say-whether-broken = Dites si la tâche était défectueuse.
invalid-whole-number-range = Indiquez un nombre entier de { $min } à { $max }.
invalid-whole-number = « { $value } » n’est pas un nombre entier.
invalid-body-not-object = Le corps doit être un objet JSON.
invalid-body-json = Le corps n’est pas du JSON valide : { $detail }.
invalid-body-utf8 = Le corps n’est pas du texte UTF-8 : { $detail }.
invalid-body-unreadable = La requête n’a pas pu être lue ; envoyez un objet JSON.
invalid-not-single-value = Doit être une valeur unique (texte, nombre ou true/false), pas une liste ni un objet.
invalid-unknown-field = Champ inconnu.
invalid-bulk-ids-empty = Indiquez des identifiants de donneurs d’ordre séparés par des virgules.
invalid-bulk-ids-many = { $max } identifiants au plus par requête.
invalid-platform-unknown-short = Clickline ne connaît pas cette plateforme ; voyez /platforms.
invalid-email = Indiquez une adresse e-mail comme nom@exemple.org.
invalid-organizer-name = Indiquez un nom de 1 à 100 caractères.
invalid-organizer-countries = Indiquez les pays où cette personne organise, comme FR,DE.
invalid-organizer-exists = Un·e organisateur·rice avec cet e-mail existe déjà.
invalid-submission-key = Une clé d’envoi compte de 16 à 128 lettres, chiffres, - ou _.

## Closed vocabularies

choose-task_type = Choisissez un type de tâche.
unknown-task_type = « { $value } » n’est pas un type de tâche connu ; utilisez l’un de : { $allowed }.
task_type-survey = Sondage
task_type-transcription = Transcription
task_type-tagging = Étiquetage / annotation
task_type-moderation = Modération de contenus
task_type-data_entry = Saisie de données
task_type-writing = Rédaction
task_type-testing = Tests
task_type-other = Autre

choose-paid = Dites si vous avez été payé·e.
unknown-paid = « { $value } » n’est pas une réponse possible sur le paiement ; utilisez l’une de : { $allowed }.
paid-yes = Oui, en entier
paid-partial = En partie
paid-no = Non
paid-pending = Pas encore (en attente)

choose-rejected = Dites quelle part du travail a été rejetée.
unknown-rejected = « { $value } » n’est pas une réponse possible sur les rejets ; utilisez l’une de : { $allowed }.
rejected-none = Rien
rejected-some = Une partie
rejected-all = Tout

choose-communication = Dites comment le donneur d’ordre a communiqué.
unknown-communication = « { $value } » n’est pas une réponse possible sur la communication ; utilisez l’une de : { $allowed }.
communication-responsive = A répondu à mes messages
communication-unresponsive = N’a pas répondu
communication-not_tried = Je n’ai pas essayé de le contacter

choose-grievance_category = Choisissez une catégorie.
unknown-grievance_category = « { $value } » n’est pas une catégorie connue ; utilisez l’une de : { $allowed }.
grievance_category-non_payment = Non-paiement
grievance_category-unfair_rejection = Rejet injuste
grievance_category-account_deactivation = Désactivation du compte
grievance_category-unpaid_work = Travail non payé (préparation, qualification, attente)
grievance_category-harmful_content = Contenus nocifs ou choquants
grievance_category-harassment = Harcèlement
grievance_category-data_privacy = Mauvais usage de mes données
grievance_category-opaque_management = Gestion algorithmique opaque
grievance_category-safety = Sécurité
grievance_category-discrimination = Discrimination
grievance_category-other = Autre

choose-grievance_status = Choisissez un statut.
unknown-grievance_status = « { $value } » n’est pas un statut connu ; utilisez l’un de : { $allowed }.
grievance_status-open = Ouvert
grievance_status-taken_up = Pris en charge par les organisateur·rices
grievance_status-resolved = Résolu
grievance_status-unresolved = Non résolu

choose-platform_kind = Choisissez un type de plateforme.
unknown-platform_kind = « { $value } » n’est pas un type de plateforme connu ; utilisez l’un de : { $allowed }.
platform_kind-microtask = Micro-tâches
platform_kind-freelance = Freelance
platform_kind-on_demand = À la demande / sur place

choose-report_kind = Choisissez un type de signalement.
unknown-report_kind = « { $value } » n’est pas un type de signalement connu ; utilisez l’un de : { $allowed }.
report_kind-rating = Évaluation
report_kind-grievance = Réclamation

choose-role = Choisissez un rôle.
unknown-role = « { $value } » n’est pas un rôle connu ; utilisez l’un de : { $allowed }.
role-organizer = Organisateur·rice
role-moderator = Modérateur·rice
role-admin = Administrateur·rice

choose-strike_status = Choisissez un statut de grève.
unknown-strike_status = « { $value } » n’est pas un statut de grève connu ; utilisez l’un de : { $allowed }.
strike_status-announced = Annoncée
strike_status-active = En grève
strike_status-ended = Terminée
strike_status-won = Gagnée
strike_status-called_off = Annulée
invalid-date-empty = Indiquez une date au format AAAA-MM-JJ.
invalid-date = « { $value } » n’est pas une date ; écrivez-la AAAA-MM-JJ.
invalid-strike-title = Indiquez un titre de 5 à 200 caractères.
invalid-strike-demands = Énoncez les revendications en 10 à 5000 caractères (Markdown accepté).
invalid-platform-unknown-named = Clickline ne connaît pas la plateforme « { $value } » ; voyez /platforms.
invalid-strike-requesters = 100 donneurs d’ordre au plus par appel à la grève.
invalid-strike-countries = Nommez les pays où la grève est appelée, comme PH,ID.
invalid-strike-start = Un appel à la grève ne peut pas commencer il y a plus de 30 jours.
invalid-strike-end = La date de fin est avant la date de début.
forbidden-strike-countries = Vous organisez en { $yours }, pas en { $outside } : une grève ne peut être appelée que dans vos propres pays.
forbidden-strike-change = Seul·es les organisateur·rices des pays où elle est appelée peuvent modifier cette grève.
forbidden-moderators = Seul·es les modérateur·rices peuvent faire cela.
forbidden-grievance-country = Cette réclamation vient de { $country }, hors de vos pays.
forbidden-channel = Seul·es les organisateur·rices de { $country } peuvent publier sur son canal.
forbidden-admins = Seul·es les administrateur·rices gèrent les organisateur·rices.
forbidden-csrf = Ce formulaire a expiré ; revenez en arrière, rechargez la page et réessayez.

## Report forms

optional = (facultatif)
yes-no-true = Oui
yes-no-false = Non
field-requester_id = Identifiant du donneur d’ordre
hint-requester_id = Tel que la plateforme l’affiche, par ex. A1B2C3D4E5F6 sur MTurk. Lettres, chiffres et - _ . ~ @ + : seulement.
legend-where-who = Où et qui
field-platform = Plateforme
choose-platform-option = Choisissez une plateforme
field-requester_name = Nom du donneur d’ordre
hint-requester_name = Le nom qu’utilise le donneur d’ordre ; un nouveau nom pour un identifiant connu est gardé comme alias.
field-country = Votre pays
choose-country-option = Choisissez votre pays
hint-country = Sert seulement aux chiffres par pays, publiés pour des groupes de plusieurs travailleur·ses.
legend-work-pay = Le travail et la paie
field-task_type = Type de tâche
field-pay-amount = Paie pour ce travail
hint-pay-amount = Ce que le donneur d’ordre a payé (ou proposé), par ex. 1,50. Écrivez 0 si rien.
field-pay-currency = Monnaie
field-minutes = Minutes passées
hint-minutes = Tout compris : lire les consignes, qualification, préparation et attente.
legend-treatment = Comment vous avez été traité·e
field-paid = Avez-vous été payé·e ?
field-days_to_payment = Jours avant d’être payé·e
field-rejected = Du travail a-t-il été rejeté ?
field-communication = Communication
field-recommend = Recommanderiez-vous ce donneur d’ordre à d’autres travailleur·ses ?
field-tos_violation = La tâche enfreignait les règles de la plateforme (par exemple, elle demandait des données personnelles ou du travail hors plateforme)
field-broken = La tâche était défectueuse ou impossible à terminer
legend-words = Avec vos mots
field-comment = Commentaire
hint-comment = Markdown accepté. N’écrivez ni noms, ni e-mails, ni identifiants de travailleur·ses : nous retirons ceux que nous trouvons.
legend-what-happened = Ce qui s’est passé
field-category = Quel type de problème ?
field-amount_at_stake-amount = Somme en jeu
hint-amount_at_stake-amount = Si vous avez perdu de la paie, combien.
field-amount_at_stake-currency = Monnaie de cette somme
choose-currency-option = Choisissez une monnaie
field-month = Mois où c’est arrivé
hint-month = AAAA-MM, par exemple 2026-10.
field-description = Décrivez ce qui s’est passé
hint-description = De 20 à 10000 caractères, Markdown accepté. Laissez de côté noms, e-mails et identifiants de travailleur·ses : nous retirons ceux que nous trouvons.
field-desired_outcome = Qu’est-ce qui réparerait le tort ?

## Layout

nav-skip = Aller au contenu
nav-main-label = Principal
nav-rate = Évaluer un donneur d’ordre
nav-report = Signaler un problème
nav-strikes-near-you = Grèves près de chez vous
nav-scorecards = Bilans
nav-receipt = Corriger ou retirer
nav-methodology = Méthodologie
nav-language-label = Langue
demo-banner = <strong>Données de démonstration.</strong> Cette base de développement a été remplie de signalements inventés pour que vous puissiez explorer Clickline. Rien n’est réel.
demo-tag = Démo
footer-promise = Clickline est géré par et pour les travailleur·ses des plateformes. Pas de compte, pas de pistage : nous ne gardons ni adresse IP, ni détails du navigateur, ni heure exacte. Les dates publiques sont des jours.
footer-strikes = Appels à la grève
footer-api = API de données ouvertes
footer-organizers = Organisateur·rices
table-region = Tableau (défile sur le côté sur les petits écrans)
not-enough-data = pas assez de données
not-enough-data-yet = Pas encore assez de données.
data-label = Données :
reports-newest-first = Signalements, les plus récents d’abord

## Errors

error-home = Retour à l’accueil
error-401-title = Connexion nécessaire
error-403-title = Non autorisé
error-404-title = Introuvable
error-409-title = Déjà envoyé
error-410-title = Retiré
error-413-title = Trop volumineux
error-422-title = Incompris
error-429-title = Trop de requêtes
error-503-title = Base de données injoignable
error-500-title = Une erreur est survenue
error-401 = Connectez-vous comme organisateur·rice pour voir cette page : allez sur /organize/login.
error-403 = Vous n’avez pas le droit de faire cela.
error-404 = Il n’y a pas de page à cette adresse.
error-413 = Ce que vous avez envoyé est trop volumineux. Raccourcissez le texte et réessayez ; le bouton Retour de votre navigateur le retrouve.
error-422 = Ce que vous avez envoyé n’a pas pu être lu.
error-429 = Trop d’envois depuis cette connexion ; attendez une heure et réessayez.
error-429-target = Cette connexion a déjà noté ce donneur d’ordre autant de fois que permis en un jour. Rien n’a été enregistré ; réessayez demain.
error-429-report = Ce signalement a déjà été corrigé ou retiré autant de fois que permis en un jour. Rien n’a été enregistré ; réessayez demain.
error-503 = Clickline ne joint pas sa base de données pour le moment. Rien n’a été enregistré ; réessayez dans quelques minutes.
error-other = Une erreur est survenue de notre côté.
error-withdrawn = Ce signalement a été retiré par la personne qui l’avait déposé.
error-wrong-receipt = Le code de reçu ne correspond pas à ce signalement.
error-key-reused = Cette clé d’envoi a déjà servi pour un autre signalement.
banner-unavailable = Clickline ne joint pas sa base de données pour le moment, donc rien n’a été enregistré. Votre texte est toujours ci-dessous : réessayez dans quelques minutes, ou copiez-le en lieu sûr.
banner-rate-limited = Trop de signalements sont venus de votre connexion dans la dernière heure. Rien n’a été enregistré ; votre texte est toujours ci-dessous. Réessayez plus tard.
banner-not-saved = Rien n’a été enregistré : { $reason } Votre texte est toujours ci-dessous.

## Home

home-title = Évaluez les donneurs d’ordre. Signalez les problèmes. Faites grève ensemble.
home-lead = Clickline transforme ce que vivent les micro-travailleur·ses (paie sous le salaire minimum, travail rejeté, comptes fermés) en preuves publiques, et ces preuves en action collective par-delà les frontières. Pas de compte, pas de nom.
home-read-scorecards = Lire les bilans
home-search-title = Trouver un donneur d’ordre
home-search-label = Nom, alias ou identifiant du donneur d’ordre
home-search-button = Chercher
home-result-on = sur { $platform }
home-result-also = aussi
home-no-results = Personne n’a encore signalé de donneur d’ordre correspondant à « { $query } ».
home-be-first = Soyez le premier ou la première à l’évaluer.
home-platforms = Plateformes
title-home = Clickline : évaluer les donneurs d’ordre, signaler les problèmes, faire grève ensemble

## Filing and receipts

title-filed = Merci : gardez votre reçu
filed-duplicate-title = Nous avions déjà ce signalement
filed-title = Merci, votre signalement est enregistré
filed-duplicate = Ce formulaire avait déjà été envoyé ; il n’a été enregistré qu’une fois.
filed-receipt-title = Votre code de reçu
filed-report-id = Identifiant du signalement :
filed-keep-it = <strong>Notez ce code ou enregistrez-le maintenant. Nous ne le montrerons plus et ne pouvons pas le retrouver :</strong> nous n’en gardons qu’une version brouillée. Avec lui, et seulement avec lui, vous pouvez corriger ou retirer votre signalement sur <a href="/receipt?id={ $id }">/receipt</a>.
filed-redacted = Pour vous protéger, nous avons retiré de votre texte ce qui ressemblait à des données personnelles :
redaction-email = une adresse e-mail
redaction-phone = un numéro de téléphone
redaction-worker_id = un identifiant de travailleur·se
filed-see-report = Voir votre signalement comme les autres le voient
filed-rate-another = Évaluer un autre donneur d’ordre
form-correct-title = Corriger votre signalement
form-summary-title = Corrigez ce qui est signalé ci-dessous ; rien n’a encore été enregistré
form-rating-lead = Dites aux autres travailleur·ses comment un donneur d’ordre vous a traité·e. Pas de compte, pas de nom : vous recevez un code de reçu pour corriger ou retirer votre évaluation plus tard.
form-grievance-lead = Signalez un tort qu’on vous a fait : travail non payé, rejet injuste, compte fermé. Les organisateur·rices de votre pays le voient ; personne ne saura qui vous êtes.
form-privacy = Nous gardons le jour, jamais l’heure, et rien sur votre appareil ou votre connexion.
form-save-correction = Enregistrer la correction
form-send-rating = Envoyer mon évaluation
form-send-report = Envoyer mon signalement
title-receipt = Corriger ou retirer un signalement
receipt-lead = Utilisez le code de reçu reçu lors du dépôt de votre signalement. Personne d’autre ne peut le modifier ni le retirer.
receipt-id = Identifiant du signalement
receipt-code = Code de reçu
receipt-code-hint = Comme ABCD-EFGH-JKMN-PQRS ; majuscules et tirets n’ont pas d’importance.
receipt-edit = Le corriger
receipt-withdraw = Le retirer
receipt-wrong-code = Ce code de reçu n’appartient pas à ce signalement.
receipt-no-report = Aucun signalement n’a cet identifiant.
receipt-wrong-pledge-code = Ce code de reçu n’appartient pas à cet engagement.
title-withdraw-pledge = Retirer votre engagement
title-withdraw-report = Retirer votre signalement
title-corrected = Votre signalement a été corrigé
pledge-withdrawn = Votre engagement a été retiré.
title-pledge-withdrawn = Engagement retiré
title-withdrawn = Votre signalement a été retiré
title-not-withdrawn = Non retiré
saved-lead = Votre code de reçu reste le même.
saved-see = Voir votre signalement
withdraw-pledge-lead = Retirer supprime votre engagement ; il ne compte plus sur la page de la grève.
withdraw-report-lead = Retirer efface le contenu de votre signalement et le supprime de toutes les pages et de tous les chiffres.
withdraw-final = C’est définitif.
withdraw-yes = Oui, le retirer
withdraw-no = Non, le garder
withdrawn-lead = Son contenu est effacé et il n’apparaît plus nulle part sur Clickline.
withdrawn-home = Accueil
notice-continue = Continuer

## Reports

report-rating-about = Évaluation de
report-grievance-about = Réclamation contre
report-on = sur
report-filed = Déposé le { $day } par un·e travailleur·se en { $country }.
report-corrected-since = Corrigé depuis.
report-task = Tâche
report-pay = Paie
report-pay-for = { $pay } pour { $minutes } minutes
report-hourly = Paie horaire
report-paid = Payé
report-after-days = après { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
report-rejected = Rejeté
report-communication = Communication
report-recommends = Recommande
report-tos = A enfreint les règles de la plateforme
report-broken = Tâche défectueuse
report-comment = Commentaire
report-category = Catégorie
report-status = Statut
report-when = Quand
report-at-stake = En jeu
report-what-happened = Ce qui s’est passé
report-put-right = Ce qui réparerait le tort
report-organizers-note = Note des organisateur·rices
flag-title = Un problème avec ce signalement ?
flag-because = Demander aux modérateur·rices de l’examiner parce que
flag-note = Ce que les modérateur·rices devraient savoir
flag-submit = Signaler pour examen
flag-own = Vous avez déposé ce signalement ? <a href="/receipt?id={ $id }">Corrigez-le ou retirez-le</a> avec votre code de reçu.
title-flag = Signaler un signalement
title-thanks = Merci
flagged-lead = Les modérateur·rices vont examiner ce signalement. Il reste visible jusqu’à leur décision.
flagged-back = Retour au signalement
card-rating = Évaluation
card-grievance = Réclamation :
card-worker-in = travailleur·se en { $country }
card-corrected = corrigé
card-full-report = Signalement complet
requester-id-on = Donneur d’ordre
requester-aka = aussi appelé
requester-rate = Évaluer ce donneur d’ordre
requester-report = Signaler un problème avec lui
requester-all-csv = tous les donneurs d’ordre en CSV
requester-no-reports = Aucun signalement visible.
platform-rate-on = Évaluer un donneur d’ordre sur { $platform }
platform-no-reports = Pas encore de signalement sur { $platform }.
title-scorecards = Bilans
platforms-lead = Choisissez une plateforme pour lire ce qu’en disent les travailleur·ses. La vôtre manque ? Dites-le dans un signalement sous la plus proche.
platforms-all-csv = Tous les bilans des donneurs d’ordre :
platforms-how = comment les chiffres sont calculés
pagination-label = Pages
pagination-newest = Signalements les plus récents
pagination-older = Plus anciens

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

## Strikes and channels

title-strikes = Grèves
title-pledge = Engagement
title-pledged = Merci pour votre engagement
title-undercut = Signaler un contournement
title-channels = Canaux par pays
title-channel = Canal { $country }
strike-closed = Cette grève n’accepte plus d’engagements.
undercut-recorded = Votre signalement de contournement a été enregistré anonymement. Les organisateur·rices voient où la grève fuit.
alert-message = Les travailleur·ses de { $countries } sont en grève contre { $platform } depuis le { $date } : ne prenez pas les tâches de { $platform }.
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

## Organizers

title-login = Connexion des organisateur·rices
title-organize = Espace organisateur·rices
title-password = Changer votre mot de passe
title-password-changed = Mot de passe changé
title-call-strike = Appeler à la grève
title-moderation = File de modération
title-moderation-log = Journal de modération
title-org-grievances = Réclamations de vos pays
title-token-new = Nouveau jeton d’API
title-tokens-revoked = Jetons révoqués
title-organizers = Organisateur·rices
login-lead = Pour les organisateur·rices des syndicats et collectifs. Les travailleur·ses n’ont jamais besoin de compte.
login-rate-limited = Trop de tentatives de connexion depuis votre connexion. Attendez une heure.
login-wrong = E-mail ou mot de passe incorrect.
login-submit = Se connecter
field-email = E-mail
field-password = Mot de passe
field-name = Nom
field-role = Rôle
field-countries = Pays
password-not-current = Ce n’est pas votre mot de passe actuel.
password-too-short = Utilisez au moins 12 caractères.
password-differ = Les deux nouveaux mots de passe diffèrent.
password-changed = Votre mot de passe a été changé ; les autres sessions ont été déconnectées.
password-current = Mot de passe actuel
password-new = Nouveau mot de passe
password-new-hint = Au moins 12 caractères.
password-confirm = Nouveau mot de passe, encore
password-submit = Changer le mot de passe
moderation-choose-action = Choisissez masquer ou rétablir.
moderation-reason-length = Donnez une raison de 1 à 500 caractères ; elle va dans le journal de modération.
announcement-length = Écrivez de 1 à 5000 caractères.
token-new = Votre nouveau jeton d’API (affiché une seule fois ; Clickline n’en garde qu’une empreinte) : { $token }
tokens-revoked = { $count ->
    [one] { $count } jeton d’API révoqué.
   *[other] { $count } jetons d’API révoqués.
}
organize-in = en
organize-any-country = n’importe quel pays
organize-follow-grievances = Suivre les <a href="/organize/grievances">réclamations</a> déposées depuis vos pays.
organize-announce = Publier des annonces sur vos canaux :
organize-any-channel = n’importe quel canal
organize-tokens = Jetons d’API
organize-tokens-lead = Les scripts appellent l’API des organisateur·rices avec <code>Authorization: Bearer &lt;token&gt;</code>. Clickline ne garde qu’une empreinte de chaque jeton.
organize-token-new = Créer un nouveau jeton
organize-token-revoke = Révoquer tous mes jetons
org-nav-label = Espace organisateur·rices
org-logged-in-as = Connecté·e en tant que <strong>{ $name }</strong>
org-nav-overview = Vue d’ensemble
org-nav-grievances = Réclamations
org-nav-moderation = Modération
org-logout = Se déconnecter
strike-form-lead = Clickline alertera tous les autres pays où le travail de cette cible est fait, pour qu’il n’y soit pas simplement repris.
strike-field-title = Titre
markdown-allowed = Markdown accepté.
strike-field-platform = Plateforme visée
strike-field-requesters = Identifiants des donneurs d’ordre
strike-field-requesters-hint = Séparés par des virgules ; laissez vide pour viser toute la plateforme.
strike-field-called-in = Appelée en (pays)
strike-field-called-in-hint = Codes pays séparés par des virgules, comme PH,ID. Seulement vos propres pays.
strike-field-starts = Commence le
strike-field-date-hint = AAAA-MM-JJ, par exemple { $today }.
strike-field-ends = Se termine le
strike-form-submit = Appeler à la grève
organizers-created = <strong>{ $email }</strong> créé·e. Transmettez-lui ceci une seule fois ; Clickline n’en garde que des empreintes :
organizers-add = Ajouter un·e organisateur·rice
organizers-countries-hint = Codes séparés par des virgules, comme FR,DE.
organizers-add-submit = Ajouter
moderation-report = Signalement { $id }
moderation-hidden = masqué
moderation-visible = visible
moderation-reason = Raison (va dans le journal)
moderation-restore = Rétablir
moderation-hide = Masquer
moderation-nothing = Rien n’est signalé.
moderation-action-hide = masqué
moderation-action-restore = rétabli
log-day = Jour
log-report = Signalement
log-action = Action
log-reason = Raison
log-moderator = Modérateur·rice
log-empty = Pas encore de modération.
org-grievance = Réclamation { $id }
org-grievance-note = Note publique
org-grievances-none = Aucune réclamation de vos pays.
vouched-tag = Parrainé
report-held = Cette note est arrivée dans une rafale de notes du même donneur d’ordre : une modératrice la vérifiera avant sa publication. Vous n’avez rien d’autre à faire.
report-to-be-published = Sera publié le { $day } : les signalements paraissent par lots quotidiens pour que personne ne sache quand l’un d’eux a été envoyé. Avec votre reçu, vous pouvez encore le corriger ou le retirer.
report-correction-pending = Votre correction sera publiée le { $day } ; d’ici là, le signalement reste tel qu’il était.
figure-vouched = Dont parrainées par une organisation
scorecard-held = { $count } notes sont arrivées en rafale suspecte et attendent la modération ; elles ne comptent nulle part avant d’être libérées.
scorecard-held-why = Comment fonctionne le contrôle
moderation-held = retenue par le contrôle
moderation-held-correction = correction retenue par le contrôle (montrée telle qu’elle se lirait)
moderation-release = Libérer (publier)
moderation-reject = Rejeter
moderation-action-release = libérée
moderation-action-reject = rejetée
organize-vouchers = Bons
organize-vouchers-lead = Distribuez des bons à usage unique en personne ou dans vos canaux. Une note ou une plainte déposée avec un bon est marquée parrainée et n’est jamais retenue par le contrôle des rafales. Clickline ne garde qu’un hachage de chaque code, et aucun signalement n’indique quel bon, lot ou organisation l’a parrainé.
field-voucher-count = Combien (de 20 à 1 000)
organize-vouchers-issue = Émettre des bons
organize-follows = Plateformes suivies par vos canaux
organize-follows-lead = Vos pays sont alertés pour chaque grève contre ces plateformes.
organize-follows-save = Enregistrer
title-vouchers = Vos nouveaux bons
vouchers-lead = Imprimez ou copiez ces codes maintenant : ils ne sont montrés qu’une fois. Chacun sert une fois.
invalid-voucher-count = Indiquez un nombre entier de { $min } à { $max }.
invalid-voucher = Un bon a 20 lettres et chiffres, comme ABCD-EFGH-JKMN-PQRS-TUVW.
voucher-not-valid = Ce bon est inconnu, a déjà servi ou n’est plus valable. Rien n’a été enregistré ; retirez-le ou vérifiez-le auprès de qui vous l’a donné.
voucher-quota = Une organisatrice ou un organisateur peut émettre au plus { $quota } bons par jour. Rien n’a été émis ; réessayez demain ou émettez un lot plus petit.
field-voucher = Bon d’une organisation
hint-voucher = Si un syndicat ou un collectif vous a donné un bon, saisissez-le : votre signalement sera parrainé. Il n’est lié ni à vous ni à eux.
voucher-only-when-filing = Un bon ne peut être ajouté qu’au dépôt d’un signalement.
correction-keeps-target = Une correction ne peut pas déplacer un signalement vers une autre plateforme ou un autre donneur d’ordre. Retirez ce signalement avec son reçu et déposez-en un nouveau.
legend-voucher = Bon
method-screening = Contrôle avant publication
method-screening-def = La partie notée ne doit pas pouvoir déplacer ses propres chiffres. Avant chaque lot, les notes de chaque donneur d’ordre sont contrôlées ; celles qui semblent forgées sont retenues pour la modération, qui libère ou rejette chacune avec un motif dans un journal public. Les fiches indiquent combien sont retenues. La règle :
method-screening-burst = quand le lot d’un donneur d’ordre compte plus de { $min } notes et plus de { $factor } fois son nombre quotidien habituel sur les { $days } derniers jours, seules sont publiées autant de notes qu’un lot sous ce seuil pourrait en compter ; les autres sont retenues, d’abord celles qui vont dans le sens de la vague (recommandant le donneur d’ordre ou non, comme la plupart du lot), si bien qu’une vague ne peut ni faire passer ses propres notes ni écarter les notes contraires ;
method-screening-copies = { $count } notes ou plus d’un donneur d’ordre dans un lot avec le même commentaire (sans tenir compte de la casse, des espaces ni de la ponctuation) sont retenues ;
method-screening-network = une note est retenue quand plus de { $count } notes de son donneur d’ordre sont venues ce jour-là du même réseau (IPv4 /24 ou IPv6 /48) ;
method-screening-platform = la même règle s’applique au lot de chaque plateforme, tous donneurs d’ordre confondus, par rapport au nombre habituel de la plateforme, et une note est retenue quand plus de { $count } notes de sa plateforme sont venues ce jour-là du même réseau ;
method-screening-corrections = les corrections de notes sont contrôlées avec le lot où elles sont publiées, comptent dans les mêmes limites que les nouvelles notes et ne peuvent pas déplacer une note vers une autre plateforme ou un autre donneur d’ordre ;
method-screening-limit = une connexion peut noter le même donneur d’ordre au plus { $count } fois par jour et envoyer un nombre limité de signalements par heure (IPv6 compte par /64). Ces compteurs sont tenus sous une clé qui change chaque jour puis est effacée.
method-screening-after = Les notes déposées avec le bon d’une organisation ne sont jamais retenues.
method-vouchers = Bons
method-vouchers-def = Syndicats et collectifs distribuent des bons à usage unique en personne ou dans leurs canaux. Un signalement déposé avec un bon est marqué parrainé, et les fiches comptent les notes parrainées. Le signalement ne garde que cette marque : Clickline stocke les bons sous forme de hachages, un bon utilisé ne garde que son hachage, et rien n’indique quel bon, lot ou organisation a parrainé un signalement.
method-threats = Ce que d’autres peuvent apprendre, ou non
method-threats-poller = Qui recharge les pages chaque seconde n’apprend que le jour d’un signalement : il paraît avec le reste du lot de son jour, dans un ordre qui ne dit rien.
method-threats-thief = Qui vole la base de données n’y trouve ni adresse IP, ni navigateur, ni heure exacte, ni compte : seulement le jour de chaque signalement, des hachages de reçus et de bons, et des compteurs sous des clés qui durent un jour. Sans la clé secrète du serveur, impossible de relier un compteur à une adresse ; une fois la clé du jour effacée, personne ne le peut.
method-threats-oplog = Une base MongoDB en jeu de réplicas garde un journal des écritures récentes (oplog) avec leurs heures, aussi longtemps que configuré. Qui peut le lire pendant cette durée voit quand un signalement a été écrit. Gardez cette fenêtre courte et son accès aussi restreint que celui de la base.
title-cross-site = Envoyé depuis un autre site
cross-site-refused = Ce formulaire a été envoyé depuis un autre site, pas depuis une page de Clickline : rien n’a été fait, car un autre site ne doit jamais déposer, modifier ou retirer quoi que ce soit en votre nom. Si c’était voulu, ouvrez le formulaire sur Clickline même et renvoyez-le.

## Organizer access

forbidden-password-change = Vous utilisez encore le mot de passe initial que quelqu’un d’autre a vu. Choisissez-en d’abord un nouveau.
forbidden-own-access = Un administrateur ne peut ni changer son propre rôle ni se désactiver ; demandez à un autre administrateur.
login-wait = Trop de mots de passe erronés pour ce compte depuis votre connexion. Attendez { $seconds } secondes et réessayez.
login-disabled = Ce compte d’organisateur est désactivé. Adressez-vous à un administrateur.
password-same = Le nouveau mot de passe doit différer de l’actuel.
password-initial = Vous êtes connecté avec un mot de passe initial que quelqu’un d’autre a vu. Choisissez-en un nouveau pour continuer.
organizers-state = État
organizers-disabled = Désactivé
organizers-initial-password = Mot de passe initial pas encore changé
organizers-active = Actif
organizers-changed = Accès de { $email } enregistré.
organizers-access = Rôles, pays et accès
organizers-access-hint = Désactiver un compte met fin à ses sessions et à ses jetons d’API immédiatement. Un rôle ou un pays modifié vaut dès la page suivante qu’il ouvre.
organizers-disable = Désactivé (ni connexion ni jeton d’API)
organizers-access-submit = Enregistrer
field-token-valid = Valable
token-valid-days = { $days } jours
token-valid-never = Sans expiration
invalid-token-validity = Choisissez l’une des durées proposées.

## The work behind the work

legend-more-work = Plus sur ce travail
more-work-lead = Tout ici est facultatif. Cela montre ce qu’un chiffre « à la tâche » ne voit pas : temps non payé, éliminations, pour qui était vraiment le travail et à quoi il servait.
field-bonus-amount = Prime
hint-bonus-amount = Toute prime en plus de la rémunération ; le taux horaire la compte.
field-bonus-currency = Devise de la prime
field-unpaid_minutes = Minutes non payées
hint-unpaid_minutes = Parmi les minutes ci-dessus, combien n’ont pas été payées : recherche de tâches, tests de qualification, questionnaires de sélection, consignes, attente.
invalid-unpaid-minutes = Indiquez un nombre entier de minutes entre 0 et { $max } (pas plus que la durée du travail).
field-outcome = Comment cela s’est-il terminé ?
choose-outcome = Choisissez comment le travail s’est terminé.
unknown-outcome = « { $value } » n’est pas une des réponses sur l’issue du travail ; utilisez l’une de : { $allowed }.
outcome-completed = Je l’ai terminé
outcome-screened_out = J’ai été éliminé·e
outcome-not_finished = Je n’ai pas pu le terminer
field-payment_form = En quoi avez-vous été payé·e ?
choose-payment_form = Choisissez en quoi vous avez été payé·e.
unknown-payment_form = « { $value } » n’est pas une des réponses sur la forme de paiement ; utilisez l’une de : { $allowed }.
payment_form-money = Argent
payment_form-gift_card = Cartes cadeaux
payment_form-points = Points
payment_form-in_kind = Biens ou services
field-purpose = À quoi servait le travail ?
choose-purpose = Choisissez à quoi servait le travail.
choose-purpose-option = Je ne sais pas / je préfère ne pas dire
unknown-purpose = « { $value } » n’est pas une des finalités que Clickline compte ; utilisez l’une de : { $allowed }.
purpose-ai_training = Entraîner une IA
purpose-content_moderation = Modération de contenus
purpose-surveillance = Surveillance ou reconnaissance faciale
purpose-military = Usage militaire
purpose-fake_engagement = Faux « j’aime », avis ou comptes
purpose-research = Recherche
purpose-marketing = Marketing
purpose-other = Autre chose
purpose-unknown = On ne me l’a pas dit
field-harmful_content = Il m’a montré des contenus violents, sexuels ou haineux
say-whether-harmful_content = Dites si le travail vous a montré des contenus choquants.
field-end_client_disclosed = Vous a-t-on dit pour qui était vraiment le travail ?
say-whether-end_client_disclosed = Dites si l’on vous a dit pour qui était le travail.
field-evaluation_explained = Vous a-t-on dit comment votre travail serait jugé ?
say-whether-evaluation_explained = Dites si l’on vous a dit comment votre travail serait jugé.
yes-no-unknown = Je ne sais pas
field-end_client = Pour qui était-il vraiment ?
hint-end_client = L’entreprise derrière le donneur d’ordre, si vous la connaissez. La modération vérifie avant toute publication.
figure-unpaid-time = Part du temps non payée
figure-screened-out = Éliminé·es
figure-not-money = Payé en cartes, points ou nature
figure-harmful = Contenus choquants
figure-end-client-disclosed = Client final indiqué
figure-evaluation-explained = Évaluation expliquée
scorecard-purposes = À quoi servait le travail, selon les travailleurs
scorecard-harmful = Des travailleurs signalent que ce travail leur a montré des contenus violents, sexuels ou haineux. Si cela vous a touché·e, vous n’êtes pas seul·e : les organisations de votre pays disent où trouver de l’aide.
scorecard-harmful-country = Votre pays
scorecard-harmful-go = Trouver de l’aide
method-bonus-def = Une prime compte : (rémunération + prime) ÷ minutes × 60, chacune convertie séparément.
method-unpaid-time = Part du temps non payée
method-unpaid-time-def = Somme des minutes non payées ÷ somme des minutes, sur les évaluations qui indiquent des minutes non payées (recherche, tests de qualification, questionnaires de sélection, consignes, attente). Affichée à côté du taux horaire, qu’elle explique.
method-screened-out = Éliminé·es
method-screened-out-def = Part des évaluations dont le travailleur a été éliminé (un questionnaire ou test a mis fin à la tâche). Affichée à côté du taux horaire, qu’elle explique.
method-not-money = Payé en cartes, points ou nature
method-not-money-def = Part des évaluations payées autrement qu’en argent.
method-harmful = Contenus choquants
method-harmful-def = Part des évaluations dont le travail a montré des contenus violents, sexuels ou haineux. Une fiche qui en compte renvoie à la page de soutien du canal du pays du lecteur.
method-disclosed = Client final indiqué ; évaluation expliquée
method-disclosed-def = Part de oui parmi les évaluations qui répondent ; « je ne sais pas » n’est pas compté.
method-purposes = À quoi servait le travail
method-purposes-def = Nombre d’évaluations qui nomment chaque finalité, parmi celles qui en nomment une.
title-support-page = Soutien aux travailleurs en { $country }
support-none = Les organisateurs de ce canal n’ont pas encore écrit de page de soutien.
support-updated = Écrite par les organisateurs du canal ; dernière modification le { $date }.
support-always = Quel que soit votre pays
support-always-stop = Vous pouvez arrêter une tâche qui vous montre des contenus violents, sexuels ou haineux. Votre santé passe avant toute évaluation.
support-always-report = Signalez-le sur Clickline, anonymement : d’autres seront prévenus et les organisateurs pourront s’en saisir.
support-always-talk = Parlez-en à une personne de confiance ou à un syndicat ; vous n’avez pas à le porter seul·e.
support-channel = La page du canal
support-report = Signaler des contenus choquants
support-write = Écrire cette page
support-write-label = Page de soutien (Markdown)
support-write-hint = Où les travailleurs de ce pays trouvent de l’aide : lignes d’écoute, syndicats, soutien psychologique, droits. Montrée telle que vous l’écrivez.
support-write-submit = Enregistrer la page de soutien
support-length = Écrivez entre 1 et { $max } caractères.

## Companies, pressure and supporters

nav-companies = Entreprises
title-companies = Les entreprises derrière les comptes
companies-lead = Beaucoup de demandeurs sont des façades : le travail est pour une entreprise derrière eux, souvent dans un autre pays. Voici les entreprises que Clickline connaît, avec les comptes confirmés comme les leurs. Chaque lien est documenté dans notre catalogue de départ ou confirmé par une modératrice.
companies-col-company = Entreprise
companies-col-based-in = Siège
companies-col-accounts = Plateformes et comptes
companies-none = Aucune entreprise pour l'instant.
company-operates-short = gère { $platform }
company-propose-link = Proposer une entreprise ou un lien
company-based-in = Siège :
company-based-in-unknown = Pays du siège encore inconnu
company-operates = Gère
company-operated-by = Plateforme gérée par
company-behind = Entreprise derrière ce compte :
company-accounts = Comptes
company-no-accounts = Aucun compte de demandeur n'est encore confirmé comme appartenant à cette entreprise.
company-sources = Sources :
company-figures-cover = Ces chiffres couvrent les évaluations publiées de tous les comptes ci-dessus, sur toutes les plateformes.
company-propose-account-title = Un compte qui appartient à cette entreprise
company-propose-country-title = Où l'entreprise a son siège
company-propose-lead = Tout le monde peut proposer, anonymement. Une modératrice vérifie vos preuves et confirme ou rejette la proposition ; d'ici là, elle ne compte nulle part.
company-name-field = Nom de l'entreprise
company-evidence = Preuves
company-evidence-hint = Où la modération peut-elle le vérifier ? Des liens, un registre du commerce, des mentions légales, un contrat. Markdown ; les données personnelles sont retirées.
company-propose-submit = Envoyer la proposition
company-based-in-field = Pays du siège
company-choose-country = Choisissez un pays
company-no-account-option = Pas de compte : je propose un pays de siège
company-or = (ou un compte ci-dessus)
requester-propose-company = Vous connaissez l'entreprise derrière ce demandeur ?
title-company-proposal = Proposer un lien avec une entreprise
title-company-proposed = Merci pour votre proposition
company-proposed-lead = Votre proposition sur « { $company } » attend la modération.
company-proposed-redacted = Nous avons retiré des données personnelles de vos preuves :
company-proposed-keep = Identifiant de la proposition : <code>{ $id }</code>. Gardez-le avec le code pour retirer la proposition tant qu'elle attend (API : <code>DELETE /api/v1/companies/proposals/{ $id }</code> avec <code>Authorization: Receipt &lt;code&gt;</code>). Nous ne montrerons plus le code.
invalid-company-empty = Indiquez le nom de l'entreprise.
invalid-company-name = Un nom d'entreprise doit contenir au moins une lettre latine ou un chiffre.
invalid-company-name-long = Le nom de l'entreprise est trop long ({ $max } caractères au plus).
invalid-proposal-both = Proposez un compte ou un pays de siège, pas les deux à la fois.
invalid-proposal-neither = Indiquez une plateforme et un identifiant de demandeur, ou un pays de siège.
invalid-evidence-short = Indiquez vos preuves (au moins { $min } caractères).
decision-confirm = confirmer
decision-reject = rejeter
choose-decision = Choisissez une décision : { $allowed }.
unknown-decision = « { $value } » n'est pas une décision ; utilisez l'une de { $allowed }.
proposal-already-decided = Cette proposition a déjà été tranchée.
title-proposals = Propositions sur les entreprises
proposal-label = Proposition { $id }
proposal-from-rating = nommée par une travailleuse dans une évaluation
proposal-claims-account = Affirme que ce compte appartient à l'entreprise :
proposal-claims-based-in = Affirme que l'entreprise a son siège en/au
proposal-confirm = Confirmer
proposal-reject = Rejeter
proposals-nothing = Aucune proposition en attente.
log-proposal = proposition { $id }
moderation-action-confirm_proposal = proposition confirmée
moderation-action-reject_proposal = proposition rejetée
pressure-message = Des travailleuses et travailleurs en { $countries } sont en grève depuis le { $date } contre du travail sur { $platform } pour un client dont le siège est ici : clientèle, journalistes et syndicats d'ici peuvent faire pression sur lui.
channel-pressure-alerts = Alertes de pression
channel-pressure-lead = Des grèves ailleurs contre des clients dont le siège est dans ce pays. Le travail ne se fait pas ici, mais vous pouvez agir là où se trouve le client.
channel-no-pressure = Aucune grève ne vise en ce moment un client dont le siège est en/au { $country }.
strike-asked-pressure = pression au siège du client
strike-pressure-in = Le client a son siège en/au :
strike-supporters-title = Soutiens
strike-supporters-lead = Des personnes qui ne sont pas des travailleurs (clientèle, journalistes, chercheurs) soutiennent cette grève. Comptées par pays, à part des engagements des travailleurs.
strike-col-supporters = Soutiens
strike-no-supporters = Aucun soutien pour l'instant.
support-title = Pas travailleur ou travailleuse ? Soutenez cette grève
support-lead = Anonyme : nous comptons les soutiens par pays seulement. Vous recevez un code de reçu pour retirer votre soutien.
support-country = Pays où vous êtes
support-submit = Je soutiens cette grève
strike-closed-support = Cette grève ne prend plus de soutiens.
title-support = Soutenir
title-supported = Merci pour votre soutien
supported-lead = Votre soutien à « { $title } » est enregistré. Les soutiens sont comptés par lots quotidiens : aucun chiffre ne montre quand vous l’avez donné.
supported-keep = Identifiant du soutien : <code>{ $support }</code>. Gardez-le avec le code pour retirer votre soutien par l'API : <code>DELETE /api/v1/strikes/{ $strike }/support/{ $support }</code> avec <code>Authorization: Receipt &lt;code&gt;</code>. Nous ne montrerons plus le code.

## Extension and Turkopticon

extension-title = Clickline dans les outils que vous utilisez déjà
extension-lead = Voyez les évaluations de Clickline à côté de chaque tâche d'Amazon Mechanical Turk, sans quitter la liste des tâches.
extension-shown = Ce qui s'affiche
extension-shown-list = À côté de chaque donneur d'ordre : paie horaire médiane, taux d'impayés, taux de rejets et nombre d'évaluations, évaluations garanties et en attente de vérification, un bandeau quand une grève est appelée contre le donneur d'ordre ou contre MTurk, et des liens vers la fiche et vers un formulaire d'évaluation déjà rempli avec le donneur d'ordre et la tâche. Quand il y a trop peu d'évaluations, il le dit, jamais 0.
extension-privacy = L'extension et le userscript interrogent ce Clickline uniquement sur les donneurs d'ordre de la page que vous consultez : ni compte, ni pistage, ni cookies, aucun autre site contacté. Ils ne peuvent lire que worker.mturk.com.
extension-unavailable = Les fichiers de l'extension manquent dans cette installation de Clickline.
extension-screenshot-alt = Une liste de tâches sur worker.mturk.com avec les chiffres de Clickline sous chaque donneur d'ordre : paie horaire médiane, taux d'impayés, taux de rejets, nombre d'évaluations et un bandeau de grève.
extension-chromium = Chrome, Chromium, Edge, Brave
extension-chromium-download = Téléchargez l'extension et décompressez-la dans un dossier que vous gardez.
extension-zip-link = Télécharger l'extension (zip)
extension-chromium-developer = Ouvrez la page des extensions et activez le mode développeur :
extension-chromium-load = Choisissez « Charger l'extension non empaquetée » et sélectionnez le dossier.
extension-options = L'extension utilise ce Clickline ({ $address }). Pour en utiliser un autre, changez l'adresse dans les options de l'extension.
extension-options-none = Ouvrez les options de l'extension et saisissez l'adresse de ce Clickline.
extension-firefox = Firefox
extension-firefox-steps = Ouvrez la page ci-dessous, choisissez « Charger un module temporaire » et sélectionnez le fichier manifest.json du dossier décompressé. Firefox oublie les modules temporaires à sa fermeture ; pour garder Clickline, utilisez le userscript.
extension-userscript = Userscript (Tampermonkey, Violentmonkey)
extension-userscript-steps = Installez Tampermonkey ou Violentmonkey depuis le catalogue de modules de votre navigateur, puis ouvrez le userscript : le gestionnaire propose de l'installer.
extension-userscript-link = Installer le userscript
extension-turkopticon = Les outils qui lisent Turkopticon
extension-turkopticon-intro = MTurk Suite, HIT Forker et les autres scripts qui affichent les évaluations de Turkopticon peuvent afficher celles de Clickline : dans leurs réglages, remplacez l'adresse de Turkopticon par celle de ce Clickline.
extension-turkopticon-to2 = API Turkopticon 2
extension-turkopticon-to1 = API Turkopticon 1
prefill-invalid = Le lien a rempli ce champ avec une valeur que Clickline ne peut pas accepter ; il a donc été laissé vide. Saisissez-le vous-même.
form-task-title = Tâche : { $title }
