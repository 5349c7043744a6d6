# The reviewers' area.

review-nav-label = Espace des relecteurs
review-nav-queue = Demandes
review-nav-phases = Phases
review-signed-in-as = Connecté·e : { $name }
review-sign-out = Se déconnecter
review-sign-in-title = Espace des relecteurs
review-sign-in-lead = Saisissez le jeton remis par l’administrateur. Il reste dans cet onglet jusqu’à sa fermeture.
review-token-label = Jeton de connexion
review-token-hint = Il commence par fsr_.
review-sign-in = Se connecter
error-token-required = Saisissez votre jeton de connexion.
review-error-unauthorized = Ce jeton n’est pas reconnu, ou il a été révoqué.
review-error-rate-limited = Trop d’essais depuis votre connexion. Réessayez dans une minute.
review-error-phase-closed = Cette phase est fermée : ouvrez-la d’abord dans l’onglet Phases.
review-error-phase-full = Cette phase est complète : mettez la demande en liste d’attente ou choisissez une autre phase.
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
review-error-too-few-responses = Ce questionnaire anonyme n’a pas encore assez de réponses pour qu’on puisse les télécharger sans deviner qui a répondu quoi.
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
review-survey-open = Ouvrir et inviter
review-survey-close = Clore le questionnaire
review-survey-reopen = Rouvrir le questionnaire
review-survey-now = Nouvel état du questionnaire : { $state }.
review-survey-back = ← Tous les questionnaires
review-survey-edit = Modifier le brouillon
review-survey-export = Télécharger les réponses (CSV)
review-survey-export-ods = Télécharger les réponses (tableur ODS)
review-survey-file-label = Charger un fichier de définition
review-survey-file-hint = Un fichier JSON de la même forme que le texte ci-dessous. Son contenu remplace le texte, que vous pouvez encore retoucher.
review-survey-file-loaded = Le fichier est chargé dans le champ « Définition ».
review-survey-definition-label = Définition (JSON)
review-survey-definition-hint = Titre et introduction en français et en anglais, case « anonymous », puis les questions : « type » vaut single_choice, multiple_choice, scale, short_text ou long_text ; « required » rend la réponse obligatoire ; « show_if » n’affiche la question que pour certaines réponses à une question précédente.
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
review-survey-withheld = Les réponses d’un questionnaire anonyme s’affichent à partir de { $threshold } réponses : avec moins, le taux de réponse par phase permettrait de deviner qui a répondu quoi.
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
review-mail-pending = À envoyer
review-mail-sent = Envoyé
review-mail-failed = Non délivré
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
