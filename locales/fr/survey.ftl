## Feedback surveys: answering (collectives) and managing (reviewers).

survey-title = Questionnaire de retour
survey-help = Une question sur ce questionnaire ou sur votre espace ?
survey-ask-lead = Après chaque phase, nous demandons aux collectifs comment se passe l’usage de leur espace. Le lien du questionnaire se trouve sur la page de suivi de votre demande ; vous pouvez aussi coller ici le code d’invitation.
survey-secret-label = Code d’invitation
survey-secret-hint = 32 lettres et chiffres, en groupes de 4. Il figure dans le lien de la page de suivi, après le signe #.
survey-open = Ouvrir le questionnaire
survey-not-found = Aucun questionnaire ne correspond à ce code. Vérifiez-le, ou ouvrez le lien depuis la page de suivi de votre demande.
survey-closed-now = Ce questionnaire vient d’être clos : vos réponses n’ont pas pu être enregistrées. Merci d’avoir pris le temps d’y répondre.
survey-closed = Ce questionnaire est clos : il n’accepte plus de réponses.
survey-closed-answered = Ce questionnaire est clos. Votre réponse a bien été prise en compte : merci !
survey-optional-note = Les questions marquées « (facultatif) » peuvent rester sans réponse.
survey-submit = Envoyer mes réponses
survey-save-changes = Enregistrer les modifications
survey-draft-note = Vos réponses sont gardées dans ce navigateur au fur et à mesure : vous pouvez fermer la page et y revenir plus tard.
survey-scale-ends = De { $min } ({ $minLabel }) à { $max } ({ $maxLabel }).
survey-thanks-title = Merci pour vos réponses
survey-thanks-text = Elles sont enregistrées. Nous les lisons toutes avant d’ouvrir la phase suivante, pour adapter le service.
survey-thanks-change = Vous pouvez modifier vos réponses tant que le questionnaire est ouvert, avec le même lien.
survey-change = Modifier mes réponses
survey-back-home = Retour à l’accueil

status-surveys-title = Votre avis compte
status-surveys-lead = Nous vous invitons à répondre à un court questionnaire sur votre espace. Le lien est personnel : ne le partagez qu’au sein de votre collectif.
status-survey-answer = Répondre au questionnaire « { $title } »
status-survey-change = Modifier vos réponses à « { $title } »
status-survey-see = Voir le questionnaire « { $title } »
status-survey-waiting = en attente de votre réponse
status-survey-answered = réponse enregistrée, modifiable jusqu’à la clôture
status-survey-closed = clos
status-survey-closed-answered = clos, réponse enregistrée

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
