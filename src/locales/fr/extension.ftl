### Clickline, français.
### Written without a native speaker: it wants a native speaker's review. Corrections are
### welcome (see the README, "Translations").

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
