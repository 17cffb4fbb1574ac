### Clickline, français.
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

## Demandes collectives d’accès aux données

nav-data-requests = Vos données
title-data-requests = Demander vos données, ensemble
title-open-campaign = Ouvrir une campagne de demandes d’accès aux données
title-letter = Votre demande d’accès aux données
title-request-sent = Demande enregistrée
title-request-receipt = Votre demande de données
title-complaint-letter = Votre plainte auprès de l’autorité

data_category-ratings = Évaluations et scores de qualité
data_category-rejections = Travail rejeté et motif de chaque rejet
data_category-flags = Marquages, avertissements et motifs de toute suspension ou désactivation
data_category-allocation = Comment les tâches me sont attribuées et ce qui en décide
data_category-earnings = Gains, paiements et retenues
data_category-profiling = Profils et inférences me concernant
choose-data_category = Choisissez ce qu’il faut demander.
unknown-data_category = « { $value } » ne fait pas partie de ce que demandent les lettres de Clickline ; utilisez l’un de : { $allowed }.

data_outcome-complete = Réponse complète
data_outcome-partial = Réponse partielle
data_outcome-refused = Refus
data_outcome-asked_for_identity = M’a demandé de prouver mon identité
data_outcome-no_answer = Pas de réponse
choose-data_outcome = Choisissez la réponse reçue.
unknown-data_outcome = « { $value } » n’est pas une réponse connue ; utilisez l’une de : { $allowed }.

invalid-campaign-title = Donnez à la campagne un titre de 5 à 200 caractères.
invalid-campaign-explanation = Expliquez la campagne en 20 à 5000 caractères.
invalid-campaign-categories = Choisissez au moins une chose à demander.
invalid-campaign-countries = Indiquez au moins un pays, en codes ISO comme DE ou PH.
invalid-campaign-no-law = Clickline n’a pas encore de loi sur la protection des données pour { $country } et ne peut donc pas y rédiger la lettre.
forbidden-campaign-countries = Vous ne pouvez ouvrir des campagnes que pour les pays de votre compte ; { $outside } n’en fait pas partie.
invalid-campaign-country = Cette campagne s’adresse aux travailleur·ses des pays suivants : { $countries }.
invalid-answer-day-missing = Indiquez le jour où la plateforme a répondu.
invalid-answer-day = Le jour doit se situer entre le jour où vous avez envoyé la demande ({ $sent }) et aujourd’hui.
invalid-answer-missing = Ne cochez que ce que cette campagne a demandé.
invalid-letter-language = Choisissez l’une des langues de Clickline.
invalid-letter-required = Remplissez ce champ : la plateforme en a besoin pour trouver vos données.
invalid-letter-line = Écrivez ceci sur une seule ligne de { $max } caractères au plus.
invalid-letter-email = Indiquez l’adresse e-mail de votre compte, comme nom@exemple.org.
invalid-sent-id = Aucune demande envoyée n’a cet identifiant. Copiez-le depuis la page qui affichait votre reçu.
complaint-not-open = Une plainte devient possible une fois la demande en retard ou la réponse insuffisante, et une seule fois.

dr-list-lead = La loi donne à chaque travailleur·se le droit d’accéder aux données qu’une plateforme conserve à son sujet : évaluations, scores de qualité, marquages, motifs des rejets et des désactivations, et fonctionnement des décisions automatisées. Demandées ensemble, les réponses montrent qui respecte ce droit.
dr-list-empty = Pas encore de campagne.
dr-have-receipt = J’ai un reçu : enregistrer la réponse
dr-open-link = Organisateur·rices : ouvrir une campagne
dr-opened-on = ouverte le
dr-feed = Rappels (flux Atom)
dr-asks-for = Ce que demande la lettre
dr-always-asked = Une copie de toutes les données personnelles détenues à mon sujet, avec leurs finalités, leur origine et les destinataires à qui elles ont été communiquées
dr-figures-title = Qui répond
dr-figures-hint = Publié par lots quotidiens, comme les signalements. Les groupes plus petits que la taille minimale de groupe ne sont pas affichés en chiffres.
dr-figure-sent = Demandes envoyées
dr-figure-in-time = Réponses dans le délai légal
dr-figure-median = Délai de réponse médian
dr-figure-overdue = En retard, sans réponse
dr-figure-complaints = Plaintes auprès d’une autorité
dr-figure-not-yet = pas encore assez de réponses
dr-days = { $n ->
    [one] { $n } jour
    [many] { $n } de jours
   *[other] { $n } jours
}
dr-outcomes-caption = Réponses reçues
dr-col-outcome = Réponse
dr-col-requests = Demandes
dr-missing-caption = Ce que les réponses ont omis
dr-col-category = Élément demandé
dr-col-answers = Réponses qui l’omettent
dr-letter-title = Rédiger votre lettre
dr-letter-lead = Indiquez ce qui vous identifie auprès de la plateforme. Clickline rédige la lettre dans votre langue, selon la loi de votre pays, et l’adresse au responsable du traitement de la plateforme.
dr-letter-send-from = Envoyez-la depuis l’adresse e-mail de votre compte, pour que la plateforme ne puisse pas prétendre ne pas vous connaître.
dr-field-country = Le pays depuis lequel vous travaillez
dr-field-language = Langue de la lettre
dr-field-name = Votre nom tel que la plateforme le connaît
dr-field-email = L’adresse e-mail de votre compte
dr-field-email-hint = Envoyez la lettre depuis cette adresse.
dr-field-worker-id = Votre identifiant de travailleur·se sur la plateforme
dr-letter-never-stored = Rien de ce que vous saisissez ici n’est enregistré ni journalisé : la lettre est produite pour vous, puis oubliée.
dr-letter-make = Rédiger la lettre
dr-sent-title = J’ai envoyé ma demande
dr-sent-lead = Dites à Clickline que vous l’avez envoyée : seuls votre pays et le jour sont gardés. Vous recevez un reçu pour enregistrer la réponse plus tard.
dr-sent-submit = Je l’ai envoyée
dr-laws-title = La loi dans chaque pays
dr-col-law = Loi
dr-col-deadline = Délai
dr-col-authority = Où porter plainte
dr-col-articles = Accès ; portabilité ; décisions automatisées
dr-col-source = Source
dr-col-contact = Où envoyer les demandes
dr-in-force-from = en vigueur à partir du
dr-no-deadline = aucun délai fixé par la loi
dr-controller-title = Qui est responsable du traitement des données
dr-sources = Sources de ces tableaux
dr-letter-page-lead = Copiez cette lettre dans un e-mail adressé à l’adresse indiquée en haut, ou téléchargez-la en fichier texte.
dr-letter-download = Télécharger en fichier texte
dr-letter-next = Envoyée ? Enregistrez-la ici
dr-letter-back-receipt = Retour à votre demande
dr-sent-recorded = Votre demande pour « { $title } » est enregistrée. Elle compte à partir du prochain lot quotidien.
dr-sent-id = Identifiant de la demande
dr-sent-keep = Gardez l’identifiant et ce code : avec eux, vous enregistrerez la réponse de la plateforme. Ils ne sont affichés que maintenant.
dr-due-on = La plateforme doit répondre au plus tard le :
dr-calendar-download = Ajouter le jour à mon agenda (.ics)
dr-back-to-campaign = Retour à la campagne
dr-receipt-lead = Saisissez l’identifiant de la demande et le code de reçu obtenus quand vous avez enregistré votre demande.
dr-receipt-open = Ouvrir ma demande
dr-receipt-about = Votre demande à { $platform } dans la campagne « { $title } ».
dr-sent-on = Envoyée le
dr-due = Réponse attendue au plus tard le
dr-overdue = en retard
dr-answer = Réponse
dr-no-answer-yet = aucune enregistrée pour l’instant
dr-complaint = Plainte
dr-complained = vous avez indiqué à Clickline avoir porté plainte
dr-answer-title = La réponse reçue
dr-field-outcome = La réponse de la plateforme
dr-field-answered-on = Le jour de la réponse (AAAA-MM-JJ)
dr-field-missing = Ce que la réponse a omis
dr-answer-submit = Enregistrer la réponse
answer-recorded = Enregistré. Cela compte à partir du prochain lot quotidien.
dr-complaint-title = Porter plainte auprès de l’autorité
dr-complaint-lead = La plateforme n’a pas répondu à temps ou a répondu de façon incomplète. Vous pouvez porter plainte auprès de l’autorité de contrôle ({ $authority }) : Clickline rédige la plainte pour vous.
dr-complaint-make = Rédiger la plainte
dr-complaint-filed = J’ai déposé la plainte
complaint-recorded = Merci : la campagne compte votre plainte à partir du prochain lot quotidien.
dr-form-lead = Invitez les travailleur·ses d’une plateforme à demander leurs données ensemble. La page de la campagne donne à chacun·e une lettre selon la loi de son pays et compte, anonymement, qui répond.
dr-field-title = Titre
dr-field-categories = Ce qu’il faut demander
dr-field-countries = Pays concernés
dr-field-countries-hint = Codes ISO séparés par des virgules. Clickline connaît la loi de : { $countries }
dr-field-explanation = Pourquoi, en quelques lignes, pour la page de la campagne
dr-form-submit = Ouvrir la campagne
dr-block-title = Droits sur les données
dr-block-lead = { $n ->
    [one] Des travailleur·ses ont demandé leurs données à cette plateforme dans { $n } campagne.
    [many] Des travailleur·ses ont demandé leurs données à cette plateforme dans { $n } de campagnes.
   *[other] Des travailleur·ses ont demandé leurs données à cette plateforme dans { $n } campagnes.
}
dr-block-link = Toutes les campagnes
dr-method-title = Demandes d’accès aux données
dr-method-lead = Les lettres citent la loi du pays de la personne qui travaille et sont adressées au responsable du traitement que désigne la plateforme. Les tableaux ci-dessous sont livrés avec Clickline, chaque ligne avec sa source et le jour où elle a été vérifiée ; les responsables du traitement proviennent en partie des données CC0 de datenanfragen.de. Un taux ou une médiane portant sur moins de demandes que la taille minimale de groupe n’est pas publié.
dr-method-laws-caption = Lois sur la protection des données
dr-method-controllers-caption = Responsables du traitement des plateformes
dr-source-link = source
feed-answers-due = Réponses attendues le { $day }
feed-answers-due-text = Les demandes envoyées dans cette campagne doivent recevoir une réponse au plus tard aujourd’hui. Ouvrez votre demande avec son reçu et enregistrez la réponse reçue.
calendar-summary = Vérifier la réponse à votre demande de données auprès de { $platform }
calendar-description = Le délai légal expire aujourd’hui. Ouvrez votre demande sur Clickline avec son reçu et enregistrez la réponse reçue ; si rien n’est arrivé, Clickline rédige votre plainte.

## Les lettres (texte brut)

letter-subject = Demande d’exercice du droit d’accès ({ $law })
letter-greeting = Madame, Monsieur,
letter-access = Je travaille sur { $platform }. Conformément au { $law } ({ $article }), je vous demande une copie de l’ensemble des données à caractère personnel me concernant que vous détenez, ainsi que les finalités pour lesquelles vous les traitez, leur origine, les destinataires auxquels elles ont été communiquées et leur durée de conservation.
letter-portability = Conformément au { $law } ({ $article }), je vous prie de me transmettre les données que j’ai fournies et celles que mon travail a générées, dans un format structuré, couramment utilisé et lisible par machine (par exemple CSV ou JSON).
letter-explanation = Conformément au { $law } ({ $article }), je vous prie de m’indiquer si vous prenez à mon égard des décisions automatisées, y compris un profilage, et de me fournir des informations utiles concernant la logique sous-jacente, la procédure effectivement appliquée, ainsi que l’importance et les conséquences de ce traitement pour moi.
letter-categories = Je demande en particulier :
letter-data_category-ratings = toutes les évaluations, notes de qualité et mesures de précision me concernant, avec leur mode de calcul
letter-data_category-rejections = chaque rejet de mon travail, avec son motif et la personne ou le système qui l’a décidé
letter-data_category-flags = chaque marquage, avertissement, suspension ou désactivation concernant mon compte, avec les motifs et les données sur lesquels ils reposent
letter-data_category-allocation = la manière dont les tâches me sont attribuées, et les données et critères qui en décident
letter-data_category-earnings = mes gains, paiements, primes et retenues, tâche par tâche
letter-data_category-profiling = chaque profil, catégorie ou inférence que vous détenez à mon sujet
letter-deadline = La loi vous impose de me répondre gratuitement, au plus tard { $deadline } après la réception de la présente demande.
letter-no-deadline = Je vous prie de me répondre dans les meilleurs délais et gratuitement.
letter-months = { $n ->
    [one] un mois
    [many] { $n } de mois
   *[other] { $n } mois
}
letter-days = { $n ->
    [one] un jour
    [many] { $n } de jours
   *[other] { $n } jours
}
letter-identity = Pour m’identifier :
letter-name = Nom : { $name }
letter-email = Adresse e-mail de mon compte : { $email }
letter-worker-id = Identifiant sur la plateforme : { $id }
letter-authority = Si je ne reçois pas de réponse complète dans le délai imparti, je me réserve le droit de saisir l’autorité de contrôle ({ $authority }).
letter-closing = Veuillez agréer, Madame, Monsieur, l’expression de mes salutations distinguées.
complaint-subject = Plainte : { $controller } n’a pas répondu à ma demande d’accès aux données comme la loi l’exige
complaint-sent = Le { $sent }, j’ai demandé à { $controller }, qui exploite { $platform }, l’accès à mes données à caractère personnel, conformément au { $law } ({ $article }). La réponse était due au plus tard le { $due }.
complaint-no-answer = Je n’ai reçu aucune réponse.
complaint-partial = La réponse reçue est incomplète : elle omet des données que j’avais demandées.
complaint-refused = Ma demande a été refusée.
complaint-ask = Je vous demande d’instruire cette plainte et d’ordonner au responsable du traitement de répondre intégralement à ma demande.
complaint-collective = J’ai fait cette demande avec d’autres travailleurs et travailleuses de { $platform }, dans le cadre d’une campagne collective.
complaint-identity = Mes coordonnées :
