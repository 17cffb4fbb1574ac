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
# The month as a full date writes it (a declined form where the language
# declines it, else the same as above).
month-of-day-1 = janvier
month-of-day-2 = février
month-of-day-3 = mars
month-of-day-4 = avril
month-of-day-5 = mai
month-of-day-6 = juin
month-of-day-7 = juillet
month-of-day-8 = août
month-of-day-9 = septembre
month-of-day-10 = octobre
month-of-day-11 = novembre
month-of-day-12 = décembre
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
invalid-fields-unknown = Champs inconnus : { $names }. Indiquez des champs d’un bilan ou leurs parties, comme held_for_review ou all.ratings (voyez /api/v1/openapi.json).
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
invalid-strike-language = « { $value } » n’est pas l’une des langues de Clickline.
invalid-strike-translation-same = C’est la langue dans laquelle l’appel est écrit ; mettez le texte dans le titre et les revendications ci-dessus.
forbidden-strike-countries = Vous organisez en { $yours }, pas en { $outside } : une grève ne peut être appelée que dans vos propres pays.
forbidden-strike-change = Seul·es les organisateur·rices des pays où elle est appelée peuvent modifier cette grève.
forbidden-moderators = Seul·es les modérateur·rices peuvent faire cela.
forbidden-grievance-country = Cette réclamation vient de { $country }, hors de vos pays.
forbidden-channel = Seul·es les organisateur·rices de { $country } peuvent publier sur son canal.
forbidden-admins = Seul·es les administrateur·rices gèrent les organisateur·rices.
forbidden-csrf = Ce formulaire a expiré ; revenez en arrière, rechargez la page et réessayez.

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
error-429-daily = Cette connexion a déjà fait cela autant de fois que permis en un jour. Rien n’a été enregistré ; réessayez demain.
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
