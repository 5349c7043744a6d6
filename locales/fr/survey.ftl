## Feedback surveys, as the invited collectives answer them (the reviewers'
## side is in review.ftl, the invitations on the status page in status.ftl).

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
survey-anonymous-note = Ce questionnaire est anonyme : votre réponse est enregistrée sans lien avec votre collectif, sans date ni ordre d’arrivée. Tant qu’il est ouvert, l’équipe ne voit que le nombre de réponses reçues ; une fois clos, elle lit les réponses s’il y en a au moins { $threshold }, sans pouvoir savoir qui a répondu quoi.
survey-named-note = Ce questionnaire n’est pas anonyme : votre réponse porte la référence de votre demande, et l’équipe la lit comme celle de votre collectif.
survey-optional-note = Les questions marquées « (facultatif) » peuvent rester sans réponse.
survey-submit = Envoyer mes réponses
survey-save-changes = Enregistrer les modifications
survey-draft-note = Vos réponses sont gardées au fur et à mesure, dans ce navigateur et chiffrées sur le serveur (seul votre lien d’invitation permet de les lire) : vous pouvez fermer la page et y revenir plus tard, ici ou sur un autre appareil.
survey-scale-ends = De { $min } ({ $minLabel }) à { $max } ({ $maxLabel }).
survey-thanks-title = Merci pour vos réponses
survey-thanks-text = Elles sont enregistrées. Nous les lisons toutes avant d’ouvrir la phase suivante, pour adapter le service.
survey-thanks-change = Vous pouvez modifier vos réponses tant que le questionnaire est ouvert, avec le même lien.
survey-change = Modifier mes réponses
survey-back-home = Retour à l’accueil
survey-ranking-hint = Placez en premier ce qui compte le plus pour vous : chaque élément se déplace avec ses boutons « Monter » et « Descendre ».
survey-ranking-up = Monter « { $item } »
survey-ranking-down = Descendre « { $item } »
survey-ranking-moved = « { $item } » est maintenant en position { $position } sur { $count }.
survey-ranking-keep = Cet ordre me convient
survey-ranking-kept = Ordre retenu tel quel.
survey-draft-saved = Brouillon enregistré, chiffré : vous pouvez terminer sur un autre appareil avec le même lien d’invitation.
survey-draft-here-only = Brouillon gardé dans ce navigateur seulement (pas de connexion au serveur pour l’instant) : il sera envoyé à la prochaine modification.
