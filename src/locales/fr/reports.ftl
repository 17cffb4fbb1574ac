### Clickline, français.
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

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
