# The reviewers' area.

review-nav-label = Espace des relecteurs
review-nav-queue = Demandes
review-nav-phases = Phases
review-signed-in-as = Connecté·e : { $name }
review-sign-out = Se déconnecter
review-sign-out-everywhere = Se déconnecter partout
review-sign-in-title = Espace des relecteurs
review-sso-sign-in = Se connecter avec le compte de l’association
review-sso-or-token = Ou, avec un jeton de connexion :
review-sso-unknown = Ce compte n’est rattaché à aucun membre de l’équipe. Demandez à une personne qui coordonne de l’indiquer sur la page Équipe.
review-sso-expired = La connexion a pris trop de temps ou a été ouverte dans un autre navigateur. Recommencez.
review-sso-failed = Le service de connexion a refusé la connexion. Recommencez, ou utilisez un jeton.
review-sso-unavailable = Le service de connexion ne répond pas pour l’instant. Utilisez un jeton, ou réessayez plus tard.
review-sso-identity = Identifiant au service de connexion (facultatif)
review-sso-identity-hint = L’adresse e-mail ou l’identifiant de la personne dans le service de connexion de l’association. Laissez vide pour une connexion par jeton seulement.
review-sso-change-title = Connexion par le compte de l’association
review-sso-save = Enregistrer l’identifiant
review-team-col-sso = Connexion unique
review-sign-in-lead = Saisissez le jeton remis par l’administrateur. Il reste dans cet onglet jusqu’à sa fermeture.
review-token-label = Jeton de connexion
review-token-hint = Il commence par fsr_.
review-sign-in = Se connecter
error-token-required = Saisissez votre jeton de connexion.
review-error-unauthorized = Ce jeton n’est pas reconnu, ou il a été révoqué.
review-error-rate-limited = Trop d’essais depuis votre connexion. Réessayez dans une minute.
review-error-phase-closed = Cette phase est fermée : ouvrez-la d’abord dans l’onglet Phases.
review-error-phase-full = Cette phase est complète : mettez la demande en liste d’attente ou choisissez une autre phase.
review-error-forbidden = Seuls les coordinateurs et coordinatrices de l’équipe peuvent faire cela.
review-error-last-coordinator = L’équipe n’aurait plus aucun coordinateur ni coordinatrice : nommez-en d’abord un ou une autre.
review-error-token-expired = Ce jeton n’a pas servi depuis trop longtemps et ne fonctionne plus : demandez-en un nouveau à un coordinateur ou une coordinatrice.
review-error-address-taken = Une autre demande a pris cette adresse entre-temps : choisissez-en une autre pour cette demande avant de la rouvrir.
review-error-space-unchanged = L’espace en est déjà là, ou la demande n’est pas acceptée.
review-error-invalid-transition = Cette décision n’est pas possible depuis l’état actuel de la demande. Remettez-la d’abord en examen.
review-error-changed-meanwhile = La demande a changé entre-temps : rechargez la page.
review-decision-ask = Demander des informations
review-question-required = Écrivez la question à poser au demandeur.
review-question-label = Question au demandeur
review-question-hint = Il la lira sur sa page de suivi (un e-mail l’en avertit s’il en a demandé) et y répondra là ; la demande attend sa réponse, puis revient dans la file, marquée « Réponse reçue ».
review-filter-answered = Réponses
review-filter-answered-yes = Réponses reçues
review-filter-answered-no = Sans réponse reçue
review-answered = Réponse reçue
review-waiting-since = en attente du demandeur depuis le { $date }
review-error-validation-failed = Vérifiez le numéro de phase et la longueur du message.
review-error-not-found = Cette demande n’existe pas.
review-error-request-erased = Les données personnelles de cette demande ont été effacées (retrait, ou fin de la durée de conservation) : plus rien ne peut y être ajouté.
review-error-answer-not-overdue = Ce motif ne vaut que pour une demande dont la question attend sa réponse depuis le délai fixé ou plus : ce n’est pas encore le cas.
review-error-too-few-responses = Ce questionnaire anonyme n’a pas reçu assez de réponses pour qu’on puisse les lire sans deviner qui a répondu quoi.
review-error-survey-not-closed = Les réponses d’un questionnaire anonyme ne se lisent qu’une fois le questionnaire clos.
review-error-survey-closed-for-good = Un questionnaire anonyme clos ne se rouvre pas : ses réponses sont désormais lisibles. Dupliquez-le pour interroger à nouveau.
review-error-other = La demande n’a pas abouti.
review-queue-title = Demandes à examiner
review-filters-label = Filtrer les demandes
review-filter-q = Nom ou objet
review-filter-status = État
review-filter-kind = Forme
review-filter-eligibility = Verdict
review-filter-phase = Phase
review-filter-country = Pays (code)
review-filter-from = Depuis le
review-filter-to = Jusqu’au
review-filter-any = Tous
review-filter-apply = Filtrer
review-export = Exporter en CSV
review-export-ods = Exporter en tableur (ODS)
review-verdict-eligible = Éligible
review-verdict-case-by-case = Au cas par cas
review-verdict-ineligible = Non éligible
review-queue-count = { $total ->
    [0] Aucune demande.
    [one] Une demande, page { $page } sur { $pages }.
   *[other] { $total } demandes, page { $page } sur { $pages }.
}
review-select = Sélectionner { $reference }
review-erased = (données effacées)
review-col-select = Sélection
review-col-reference = Référence
review-col-name = Structure
review-col-kind = Forme
review-col-country = Pays
review-col-status = État
review-col-date = Reçue le
review-col-accounts = Comptes
review-col-storage = Stockage (Go)
review-col-updated = Modifiée le
review-pager-label = Pages
review-previous = Page précédente
review-next = Page suivante
review-bulk-title = Décision groupée
review-bulk-selected = { $count ->
    [0] Aucune demande sélectionnée.
    [one] Une demande sélectionnée.
   *[other] { $count } demandes sélectionnées.
}
review-bulk-none = Sélectionnez d’abord des demandes dans la liste.
review-bulk-apply = Appliquer à la sélection
review-bulk-done = Appliquée : { $applied } ; inchangée : { $unchanged } ; en échec : { $failed }.
review-decision-label = Décision
review-actor-applicant = Le collectif
review-decision-accept = Accepter dans une phase
review-decision-waitlist = Mettre en liste d’attente
review-decision-refuse = Refuser
review-decision-review = Remettre en examen
review-phase-label = Phase
review-reason-label = Raison du refus
review-bulk-confirm-button = Confirmer
review-bulk-confirm = { $count ->
    [one] Appliquer « { $decision } » à la demande sélectionnée ?
   *[other] Appliquer « { $decision } » aux { $count } demandes sélectionnées ?
}
review-decision-unchanged = Rien n’a changé : la demande en était déjà là, avec la même phase, la même raison et le même message.
review-decision-saved = Décision enregistrée.
review-confirm-back = Modifier
review-confirm = Confirmer la décision
review-confirm-sees-unnamed = Le collectif lira sur sa page de suivi :
review-confirm-sees = « { $name } » lira sur sa page de suivi :
review-confirm-title = Vérifiez avant d’enregistrer
review-reason-required = Choisissez la raison du refus : le collectif la lira.
review-phase-required = Choisissez la phase.
review-choose = — Choisir —
review-message-label = Message pour le collectif (facultatif)
review-message-hint = Il apparaîtra sur sa page de suivi.
review-decide-title = Décider
review-decide = Enregistrer la décision
review-back-to-queue = Retour aux demandes
review-request-nav = Demandes voisines dans la liste
review-request-previous = ← Demande précédente
review-request-next = Demande suivante →
review-request-next-page = Page suivante de la liste →
review-request-position = { $position } sur { $count } dans cette page de la liste
review-history-title = Historique
review-notes-title = Notes privées
review-add-note-title = Ajouter une note
review-note-label = Note (visible des seuls relecteurs)
review-add-note = Ajouter la note
review-phases-title = Phases
review-phases-lead = Une demande ne peut être acceptée que dans une phase ouverte qui a encore de la place.
review-col-phase = Phase
review-col-taken = Pris en charge par
review-col-target = Objectif cumulé
review-col-capacity = Places
review-col-accepted = Acceptées
review-col-remaining = Restantes
review-col-state = État
review-col-action = Action
review-phase-is-open = Ouverte
review-phase-is-closed = Fermée
review-phase-open = Ouvrir la phase { $number }
review-phase-close = Fermer la phase { $number }

## Feedback surveys
review-nav-surveys = Questionnaires
review-nav-team = Équipe
review-team-title = L’équipe
review-team-lead = Les coordinateurs et coordinatrices ouvrent et ferment les phases, mènent les questionnaires, définissent les étiquettes, exportent et gèrent l’équipe ; les personnes chargées de l’examen lisent et décident. Un changement vaut dès la requête suivante de la personne.
review-team-coordinator = Coordination
review-team-reviewer = Examen
review-team-role-of = Rôle de { $name }
review-team-col-name = Nom
review-team-col-role = Rôle
review-team-col-since = Depuis
review-team-col-access = Accès
review-team-revoked-on = Retiré le { $date }
review-team-revoke = Retirer l’accès de { $name }
review-team-revoke-title = Retirer cet accès ?
review-team-revoke-text = Le jeton de { $name } ne fonctionnera plus, dès sa prochaine action. Ses décisions et ses notes restent.
review-team-revoke-confirm = Oui, retirer l’accès
review-team-saved = L’équipe est à jour.
review-team-add-title = Ajouter une personne
review-team-name = Nom (tel que l’historique le montrera)
review-team-add = Ajouter et créer son jeton
review-team-token-title = Le jeton de connexion de { $name }
review-team-token-once = Il n’est montré qu’une fois : copiez-le et transmettez-le à la personne par un moyen sûr. Seule son empreinte est gardée ; s’il se perd, retirez cet accès et ajoutez la personne à nouveau.
review-team-token-copy = Copier le jeton
review-team-token-copied = Jeton copié.
review-surveys-title = Questionnaires de retour
review-surveys-lead = Chaque questionnaire invite les demandes acceptées des phases choisies. Préparez-le en brouillon, ouvrez-le pour envoyer les invitations, fermez-le pour arrêter les réponses.
review-surveys-none = Aucun questionnaire pour l’instant.
review-survey-new = Nouveau questionnaire
review-survey-col-title = Titre
review-survey-col-phases = Phases invitées
review-survey-col-answers = Réponses
review-survey-col-invited = Invitations
review-survey-col-responded = Réponses reçues
review-survey-col-rate = Taux de réponse
review-survey-col-created = Créé le
review-survey-anonymous = anonymes
review-survey-named = liées aux demandes
review-survey-state-draft = Brouillon
review-survey-state-open = Ouvert aux réponses
review-survey-state-closed = Clos
review-survey-explain-draft = Brouillon : les questions peuvent encore changer et personne n’est invité. L’ouverture invite chaque demande acceptée des phases choisies ; les questions ne pourront plus changer.
review-survey-explain-open = Ouvert : les collectifs invités voient le lien sur leur page de suivi et peuvent modifier leurs réponses jusqu’à la clôture. Les demandes acceptées entre-temps dans ces phases sont invitées aussi.
review-survey-explain-closed = Clos : plus aucune réponse ni modification. Vous pouvez le rouvrir.
review-survey-explain-closed-anonymous = Clos pour de bon : plus aucune réponse ni modification, et un questionnaire anonyme ne se rouvre pas.
review-survey-open = Ouvrir et inviter
review-survey-close = Clore le questionnaire
review-survey-reopen = Rouvrir le questionnaire
review-survey-now = Nouvel état du questionnaire : { $state }.
review-survey-back = ← Tous les questionnaires
review-survey-edit = Modifier le brouillon
review-survey-export = Télécharger les réponses (CSV)
review-survey-export-ods = Télécharger les réponses (tableur ODS)
review-survey-file-label = Charger un fichier de définition
review-survey-file-hint = Un fichier JSON de la même forme que le texte ci-dessous : son contenu remplace le questionnaire, vérifié comme le reste.
review-survey-definition-label = Définition (JSON)
review-survey-json-error = Le JSON n’est pas lisible vers la ligne { $line }, colonne { $column }.
review-survey-phases-label = Phases invitées
review-survey-phases-hint = Les demandes acceptées dans ces phases recevront une invitation.
review-survey-create = Créer le brouillon
review-survey-save = Enregistrer le brouillon
review-survey-saved = Brouillon enregistré.
review-survey-preview = Aperçu pour les collectifs
review-survey-preview-hint = Le questionnaire tel qu’il s’affichera, dans la langue de cette page. Vous pouvez y répondre pour essayer les questions conditionnelles : rien n’est enregistré.
review-survey-preview-invalid = L’aperçu apparaîtra dès que la définition sera valide.
review-survey-results = Résultats
review-survey-responses = { $count ->
    [0] Aucune réponse pour l’instant
    [one] { $count } réponse
   *[other] { $count } réponses
}
review-survey-withheld = Ce questionnaire anonyme a reçu moins de { $threshold } réponses : elles ne s’affichent pas, car on pourrait deviner qui a répondu quoi.
review-survey-withheld-open = Ce questionnaire est anonyme : tant qu’il est ouvert, seul le nombre de réponses s’affiche, pour qu’on ne puisse pas comparer les résultats avant et après une réponse. Ses réponses s’afficheront une fois clos, s’il en a reçu au moins { $threshold }.
review-survey-phases = Phases { $numbers }
review-survey-close-title = Clore ce questionnaire anonyme pour de bon ?
review-survey-close-text = Une fois clos, il ne pourra plus être rouvert : plus personne ne pourra répondre ni changer ses réponses. Ses réponses s’afficheront alors, s’il en a reçu au moins { $threshold }, avec le taux de réponse des phases assez grandes pour ne désigner personne (les plus petites sont comptées ensemble). Pour interroger à nouveau, dupliquez-le.
review-survey-close-confirm = Clore pour de bon
review-survey-rate-caption = Taux de réponse par phase
review-survey-answered = { $count ->
    [0] Personne n’a répondu à cette question.
    [one] { $count } réponse à cette question.
   *[other] { $count } réponses à cette question.
}
review-survey-count = { $count } ({ $percent })
review-survey-mean = Moyenne : { $mean } sur { $max }
review-survey-multiple-note = Plusieurs réponses possibles : les pourcentages dépassent 100 % au total.
review-survey-filter = Filtrer les réponses à « { $question } »
review-survey-texts-shown = { $shown ->
    [one] { $shown } réponse affichée sur { $total }
   *[other] { $shown } réponses affichées sur { $total }
}
review-survey-bar = { $label } : { $figures }

review-mails-title = E-mails au demandeur
review-mails-none = Le demandeur n’a pas demandé d’e-mails : il suit sa demande sur la page de suivi.
review-mails-on = Le demandeur reçoit un e-mail à chaque question, message ou décision.
review-mails-off = Le demandeur a arrêté les e-mails.
review-mail-received = Accusé de réception
review-mail-question = Question
review-mail-message = Message
review-mail-decision = Décision
review-mail-survey = Questionnaire
review-mail-space-ready = Espace prêt
review-mail-pending = À envoyer
review-mail-sent = Envoyé
review-mail-failed = Non délivré
review-mail-held = En attente : l’adresse n’est pas encore confirmée
review-mail-asked = avec la demande de confirmer l’adresse
review-mail-attempts = { $count ->
    [one] { $count } essai
   *[other] { $count } essais
}
review-note-hint = Le demandeur ne la voit jamais.
review-write-title = Écrire au demandeur
review-write-label = Message
review-write-hint = Le demandeur le lit sur sa page de suivi, avec un e-mail s’il en a demandé. Le statut de la demande ne change pas : pour attendre une réponse, choisissez « Demander des informations » dans la décision.
review-write-send = Envoyer le message
review-event-message = Message au demandeur
review-event-correction = Correction du demandeur : { $fields }
review-space-title = Espace
review-space-address = Adresse :
review-space-no-address = aucune (demande antérieure aux adresses)
review-space-new-address = Nouvelle adresse
review-space-change-address = Changer l’adresse
review-space-saved = Enregistré.
review-space-mark-ready = L’espace est prêt
review-space-ask-again = Demander à nouveau sa création
review-space-reason = Ce qui empêche sa création (pour l’équipe)
review-space-mark-failed = Signaler un échec
review-deliveries-title = Messages à l’hébergement
review-deliveries-stopped = L’hébergement a répondu 410 (disparu) : plus rien ne lui est envoyé. Reprenez les envois une fois son adresse corrigée.
review-deliveries-resume = Reprendre les envois
review-delivery-pending = en attente
review-delivery-delivered = reçu
review-delivery-failed = non reçu
review-delivery-dropped = abandonné (plus utile)
review-delivery-attempts = { $count ->
    [one] (1 essai)
   *[other] ({ $count } essais)
}

## Sharing the work: taking a request, related requests, labels, saved views, shortcuts
review-error-taken-by-other = Une autre personne de l’équipe s’occupe de cette demande. La page montre qui.
review-taken-nobody = Personne ne s’occupe encore de cette demande.
review-taken-you = Vous vous occupez de cette demande.
review-taken-by = { $name } s’occupe de cette demande.
review-take = Je m’en occupe
review-release = Je ne m’en occupe plus
review-take-over = M’en occuper à la place de { $name }
review-taken-now = C’est noté : vous vous occupez de cette demande.
review-released-now = C’est noté : cette demande n’est plus prise en charge.
review-related-title = { $count ->
    [one] Une demande liée
   *[other] { $count } demandes liées
}
review-related-lead = Ces demandes ont un point commun avec celle-ci. Lisez-les avant de décider : il peut s’agir d’un doublon, ou de deux structures proches.
review-related-shares = En commun : { $what }
review-related-identifier = le numéro RNA ou SIREN
review-related-email = l’adresse de contact
review-related-website = le site web
review-related-name = le nom
review-related-address = l’adresse de l’espace
review-related-badge = Demandes liées
review-filter-taken = Prise en charge
review-filter-taken-mine = Par moi
review-filter-taken-nobody = Par personne
review-filter-related = Demandes liées
review-filter-related-yes = Avec des demandes liées
review-filter-related-no = Sans demande liée
review-filter-label = Étiquette
review-labels-title = Étiquettes
review-labels-none = Aucune étiquette pour l’instant. Créez-en une pour repérer les demandes à suivre.
review-label-new = Créer une étiquette
review-label-name = Nom de l’étiquette
review-label-color = Couleur
review-label-create = Créer l’étiquette
review-label-color-blue = Bleu
review-label-color-green = Vert
review-label-color-yellow = Jaune
review-label-color-orange = Orange
review-label-color-red = Rouge
review-label-color-purple = Violet
review-label-color-grey = Gris
review-name-taken = Ce nom est déjà pris : choisissez-en un autre.
review-name-too-many = Vous en avez déjà { $max }, le nombre maximal. Supprimez-en une avant d’en ajouter.
review-views-title = Vos vues enregistrées
review-views-none = Aucune vue enregistrée. Appliquez des filtres, puis enregistrez-les sous un nom pour les retrouver d’un clic.
review-view-save-title = Enregistrer ces filtres
review-view-name = Nom de la vue
review-view-name-hint = Par exemple « Mes demandes en attente de réponse ».
review-view-save = Enregistrer la vue
review-view-saved = La vue « { $name } » est enregistrée.
review-view-delete = Supprimer la vue « { $name } »
review-view-delete-short = Supprimer
review-view-deleted = La vue est supprimée.
review-shortcuts-button = Raccourcis clavier
review-shortcuts-title = Raccourcis clavier
review-shortcuts-lead = Une touche suffit, hors d’un champ de saisie. Sur cette page :
review-shortcuts-close = Fermer
review-shortcut-next = Demande suivante
review-shortcut-previous = Demande précédente
review-shortcut-take = M’occuper de la demande, ou ne plus m’en occuper
review-shortcut-decide = Aller à la décision
review-shortcut-note = Aller à la note privée
review-shortcut-message = Aller au message au demandeur
review-shortcut-search = Aller à la recherche
review-shortcut-help = Afficher cette liste

## The dashboard
review-nav-dashboard = Tableau de bord
review-dashboard-title = Tableau de bord
review-dashboard-lead = Les demandes en chiffres, pour voir d’un coup d’œil ce qui arrive et ce qui a été décidé. Aucun nom n’y figure.
review-dashboard-total = { $count ->
    [0] Aucune demande pour l’instant.
    [one] Une demande en tout.
   *[other] { $count } demandes en tout.
}
review-dashboard-statuses = Par état
review-dashboard-kinds = Par forme de structure
review-dashboard-countries = Par pays
review-dashboard-reasons = Raisons des refus
review-dashboard-weeks = Par semaine d’arrivée (les 26 dernières)
review-dashboard-week-of = semaine du { $date }
review-dashboard-other-countries = Autres pays
review-dashboard-nothing = Rien à compter pour l’instant.
review-dashboard-bar = { $label } : { $count }
review-builder-about = Le questionnaire
review-builder-title = Titre
review-builder-intro = Introduction
review-builder-anonymous = Réponses anonymes
review-builder-anonymous-hint = Rien ne relie une réponse au collectif qui l’a donnée. Tant que le questionnaire est ouvert, seul le nombre de réponses s’affiche ; une fois clos (il ne pourra pas être rouvert), les résultats s’affichent à partir de { $threshold } réponses. Sans cette case, chaque réponse porte la référence de sa demande.
review-builder-questions = { $count ->
    [0] Aucune question pour l’instant
    [one] Une question
   *[other] { $count } questions
}
review-builder-question = Question { $number }
review-builder-add-type = Type de la nouvelle question
review-builder-choose = Choisissez
review-builder-add = Ajouter la question
review-builder-type = Type de question
review-builder-type-single-choice = Choix unique
review-builder-type-multiple-choice = Choix multiple
review-builder-type-scale = Échelle
review-builder-type-short-text = Texte court
review-builder-type-long-text = Texte long
review-builder-type-ranking = Classement
review-builder-type-matrix = Grille d’échelles
review-builder-type-single-choice-hint = Une seule réponse parmi les options.
review-builder-type-multiple-choice-hint = Autant de réponses que l’on veut parmi les options.
review-builder-type-scale-hint = Un point sur une échelle de nombres dont les deux bouts ont des mots.
review-builder-type-short-text-hint = Une ligne de texte libre.
review-builder-type-long-text-hint = Un texte libre de plusieurs paragraphes.
review-builder-type-ranking-hint = Les options, rangées de la plus importante à la moins importante.
review-builder-type-matrix-hint = Un point de la même échelle pour chaque ligne (par exemple la facilité de chaque outil).
review-builder-in-fr = { $label } en français
review-builder-in-en = { $label } en anglais
review-builder-missing-fr = Traduction française manquante.
review-builder-missing-en = Traduction anglaise manquante.
review-builder-label = Intitulé
review-builder-hint = Aide (facultative)
review-builder-required = Réponse obligatoire
review-builder-choices = Options
review-builder-choice = Option
review-builder-choice-add = Ajouter une option
review-builder-choice-remove = Retirer l’option { $number }
review-builder-rows = Lignes de la grille
review-builder-row = Ligne
review-builder-row-add = Ajouter une ligne
review-builder-row-remove = Retirer la ligne { $number }
review-builder-scale = Échelle
review-builder-scale-min = De
review-builder-scale-max = À
review-builder-scale-min-label = Mots du premier point
review-builder-scale-max-label = Mots du dernier point
review-builder-condition = Afficher cette question seulement selon une réponse précédente
review-builder-condition-source = Question précédente
review-builder-condition-values-label = Afficher si la réponse est l’une de celles-ci
review-builder-up = Monter la question { $number }
review-builder-up-short = Monter
review-builder-down = Descendre la question { $number }
review-builder-down-short = Descendre
review-builder-duplicate = Dupliquer la question { $number }
review-builder-duplicate-short = Dupliquer
review-builder-remove = Supprimer la question { $number }
review-builder-remove-short = Supprimer
review-builder-json = Importer ou exporter la définition (JSON)
review-builder-json-hint = Pour reprendre un questionnaire préparé ailleurs ou en garder une copie. Le texte ci-dessous suit le questionnaire en cours ; une fois modifié, « Importer ce JSON » remplace le questionnaire par son contenu, vérifié comme le reste.
review-builder-json-import = Importer ce JSON
review-builder-json-export = Télécharger le JSON
review-builder-json-imported = Définition importée : le questionnaire ci-dessus la reprend.
review-builder-json-at = À « { $path } » : { $problem }
review-builder-json-type = « { $value } » n’est pas un type de question. Types possibles : single_choice (choix unique), multiple_choice (choix multiple), scale (échelle), short_text (texte court), long_text (texte long), ranking (classement), matrix (grille d’échelles).
review-builder-text-required = Écrivez ce texte dans cette langue.
review-builder-questions-required = Ajoutez au moins une question.
review-builder-questions-too-many = Un questionnaire a au plus { $max } questions.
review-builder-choices-too-few = Donnez au moins { $min } options.
review-builder-choices-too-many = Donnez au plus { $max } options.
review-builder-rows-too-few = Donnez au moins { $min } lignes.
review-builder-rows-too-many = Donnez au plus { $max } lignes.
review-builder-scale-range = Le dernier point doit dépasser le premier, avec 11 points au plus, entre { $min } et { $max }.
review-builder-condition-question = Choisissez une question à choix ou à échelle placée avant celle-ci.
review-builder-condition-values = Cochez au moins une réponse qui affiche cette question.
review-builder-condition-stale = Une réponse cochée n’existe plus dans la question choisie : décochez-la ou choisissez-en une autre.
review-builder-id-invalid = Un identifiant s’écrit en minuscules sans accent, chiffres et « _ », en 40 caractères au plus.
review-builder-id-taken = Cet identifiant est déjà pris.
review-survey-open-title = Ouvrir « { $title } » ?
review-survey-open-text = { $count ->
    [0] Ses questions ne pourront plus changer. Aucune invitation ne sera créée pour l’instant : aucune demande acceptée des phases { $phases } n’attend la sienne. Celles acceptées ensuite seront invitées.
    [one] Ses questions ne pourront plus changer. Une invitation sera créée, pour la seule demande acceptée des phases { $phases } ; le collectif la trouvera sur sa page de suivi.
   *[other] Ses questions ne pourront plus changer. { $count } invitations seront créées, une par demande acceptée des phases { $phases } ; chaque collectif la trouvera sur sa page de suivi.
}
review-survey-open-confirm = { $count ->
    [0] Ouvrir
    [one] Ouvrir et créer 1 invitation
   *[other] Ouvrir et créer { $count } invitations
}
review-survey-delete = Supprimer le brouillon
review-survey-delete-title = Supprimer ce brouillon ?
review-survey-delete-text = Ses questions seront perdues. Personne n’a été invité : rien d’autre ne change.
review-survey-delete-confirm = Supprimer
review-survey-copy = Dupliquer en nouveau brouillon
review-survey-copied = Ce brouillon est une copie : modifiez ici ses questions et ses phases, puis ouvrez-le comme tout questionnaire.
review-survey-ranking-firsts = Nombre de fois où chaque option a été placée en premier :
review-survey-ranking-caption = Rang moyen de chaque option (1 = la plus importante)
review-survey-matrix-caption = Moyenne de chaque ligne
review-survey-col-item = Élément
review-survey-col-mean-rank = Rang moyen
review-survey-col-mean = Moyenne
review-survey-col-given = Réponses
review-survey-progress-caption = Où en sont les invitations
review-survey-col-step = Étape
review-survey-col-count = Nombre
review-survey-col-of-invited = Part des invitations
review-survey-progress-invited = Invitations
review-survey-progress-opened = Ouvertes
review-survey-progress-started = Commencées
review-survey-progress-finished = Envoyées
review-survey-stops-caption = Où se sont arrêtées les réponses commencées et jamais envoyées
review-survey-col-last-answered = Dernière question répondue
review-survey-col-stopped = Réponses arrêtées là
review-survey-no-stops = Aucune réponse commencée n’est restée sans être envoyée.
review-builder-in-question = Question { $number } : { $problem }
review-builder-blank = Partir d’une page blanche
review-builder-start-hint = Le questionnaire de fin de phase est proposé comme point de départ : modifiez-le, ou partez d’une page blanche.

## Audit log and reply templates
review-nav-audit = Journal
review-nav-replies = Modèles de réponse
review-audit-title = Journal des actions
review-audit-lead = Chaque consultation d’une demande, chaque recherche, décision, note, message, export et chaque changement de l’équipe, des phases ou des questionnaires y est inscrit : qui, quoi, quelle demande, quand, et si le serveur l’a accepté. Le journal ne contient jamais le contenu des demandes, et personne ne peut le modifier.
review-audit-filters = Filtres du journal
review-audit-export-csv = Exporter le journal en CSV
review-audit-export-ods = Exporter le journal en tableur (ODS)
review-audit-newest = Revenir aux plus récentes
review-audit-older = Actions plus anciennes
review-audit-none = Aucune action ne correspond à ces filtres.
review-audit-pages = Pages du journal
review-audit-done = effectuée
review-audit-refused = refusée ({ $status })
review-audit-nobody = personne (jeton inconnu)
review-trail-title = Qui a consulté ou modifié cette demande
review-trail-lead = Les actions de l’équipe sur cette demande, des plus récentes aux plus anciennes.
review-reply-label = Modèle de réponse
review-reply-insert = Insérer le modèle
review-reply-inserted = Modèle « { $title } » inséré : relisez et adaptez le texte avant l’envoi.
review-reply-for-message = Message libre
review-reply-fr = en français
review-reply-en = en anglais
review-reply-saved = Modèle enregistré.
review-reply-deleted = Modèle supprimé.
review-replies-title = Modèles de réponse
review-replies-lead = Des textes prêts pour chaque décision et pour les messages, en français et en anglais. Le formulaire de décision propose ceux qui correspondent à la décision choisie et à la langue de la demande ; { "{" }structure{ "}" } est remplacé par le nom de la structure et { "{" }phase{ "}" } par le numéro de la phase. Le texte reste modifiable avant l’envoi.
review-replies-none = Aucun modèle pour l’instant.
review-reply-edit = Modifier « { $title } »
review-reply-delete = Supprimer « { $title } »
review-reply-delete-title = Supprimer ce modèle ?
review-reply-delete-text = Le modèle « { $title } » ne sera plus proposé. Les messages déjà envoyés ne changent pas.
review-reply-delete-confirm = Oui, supprimer
review-reply-add-title = Ajouter un modèle
review-reply-edit-title = Modifier le modèle
review-reply-use = Proposé avec
review-reply-any-reason = Tous les motifs
review-reply-language = Langue du modèle
review-reply-title = Titre (vu seulement par l’équipe)
review-reply-body = Texte
review-reply-body-hint = Emplacements possibles : { "{" }structure{ "}" } et { "{" }phase{ "}" }.
review-reply-save = Enregistrer le modèle
review-reply-cancel = Annuler
audit-col-at = Quand
audit-col-member = Qui
audit-col-action = Action
audit-col-reference = Demande
audit-col-detail = Détail
audit-col-status = Réponse du serveur
audit-action-session-started = Connexion
audit-action-session-refused = Connexion refusée
audit-action-session-ended = Déconnexion
audit-action-sessions-ended = Déconnexion partout
audit-action-queue-searched = Recherche dans la file
audit-action-queue-exported = Export de la file
audit-action-request-opened = Demande consultée
audit-action-request-decided = Décision
audit-action-request-decided-in-bulk = Décision groupée
audit-action-request-noted = Note ajoutée
audit-action-request-messaged = Message envoyé
audit-action-request-taken = Demande prise en charge
audit-action-request-released = Prise en charge levée
audit-action-request-labelled = Étiquette posée
audit-action-request-unlabelled = Étiquette retirée
audit-action-request-address-changed = Adresse de l’espace changée
audit-action-request-space-marked = Étape de l’espace marquée
audit-action-label-created = Étiquette créée
audit-action-label-deleted = Étiquette supprimée
audit-action-phase-changed = Phase ouverte ou fermée
audit-action-survey-created = Questionnaire créé
audit-action-survey-updated = Questionnaire modifié
audit-action-survey-deleted = Questionnaire supprimé
audit-action-survey-copied = Questionnaire copié
audit-action-survey-state-changed = Questionnaire ouvert ou fermé
audit-action-survey-results-read = Résultats consultés
audit-action-survey-exported = Réponses exportées
audit-action-deliveries-resumed = Envois à l’hébergement repris
audit-action-member-added = Membre ajouté
audit-action-member-role-changed = Rôle changé
audit-action-member-revoked = Accès retiré
audit-action-member-sso-changed = Identifiant de connexion unique changé
audit-action-audit-exported = Journal exporté
audit-action-reply-added = Modèle de réponse ajouté
audit-action-reply-changed = Modèle de réponse modifié
audit-action-reply-deleted = Modèle de réponse supprimé
