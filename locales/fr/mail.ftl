# The e-mails to applicants who asked for them (written by the server).
# Plain text: no markup. Never the secret code.

mail-received-subject = Votre demande { $reference } est bien arrivée
mail-received = Votre demande d’espace Frama.space est enregistrée sous la référence { $reference }. Une personne de l’équipe la lira ; il n’y a rien à faire d’ici là.
mail-question-subject = Une question sur votre demande { $reference }
mail-question = L’équipe a une question sur votre demande { $reference }. Vous la lirez sur la page de suivi, où vous pourrez y répondre ; l’examen reprend dès votre réponse.
mail-message-subject = Un message sur votre demande { $reference }
mail-message = L’équipe vous a écrit au sujet de votre demande { $reference }. Le message est sur la page de suivi.
mail-decision-subject = Votre demande { $reference } : { $status }
mail-decision = Votre demande { $reference } a changé de statut : { $status }. La page de suivi dit ce que cela signifie et ce qui vient ensuite.
mail-survey-subject = Un questionnaire sur votre espace ({ $reference })
mail-survey = L’équipe aimerait savoir comment se passe l’usage de votre espace. Le lien vers le questionnaire est sur la page de suivi de votre demande { $reference }.
mail-space-ready-subject = Votre espace Frama.space est prêt ({ $reference })
mail-space-ready = L’espace de votre collectif est créé. Son adresse et les premiers pas (se connecter, inviter les membres, partager des fichiers) sont sur la page de suivi de votre demande { $reference }.
mail-hello = Bonjour,
mail-follow = Page de suivi : { $link }
mail-secret = Saisissez-y le code secret reçu à l’envoi de votre demande. Ce code n’est jamais envoyé par e-mail : ne le communiquez à personne qui vous le demanderait.
mail-why = Vous recevez ce message parce que vous avez demandé et confirmé être prévenu par e-mail.
mail-why-asked = Vous recevez ce message parce que cette adresse a été donnée dans une demande d’espace Frama.space, avec le souhait d’être prévenu par e-mail. Si ce n’est pas vous, ignorez-le : sans confirmation, rien d’autre ne vous sera envoyé.
mail-confirm = Voulez-vous recevoir par e-mail la suite de cette demande ? Confirmez-le en ouvrant ce lien, qui ne sert qu’une fois : { $confirm }
    Sans confirmation, nous ne vous écrirons plus ; la page de suivi, elle, reste à jour.
mail-stop = Ne plus recevoir ces e-mails : { $stop }
