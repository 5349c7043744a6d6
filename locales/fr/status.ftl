# Following a request: the status page.

status-title = Suivre ma demande
status-lead = Saisissez la référence et le code secret reçus à l’envoi de votre pré-inscription. Aucun compte n’est nécessaire.
status-reference-label = Référence
status-reference-hint = Elle ressemble à FS-7K3M-Q9TD.
status-secret-label = Code secret
status-secret-hint = 32 caractères, par groupes de 4. Les tirets et les espaces sont facultatifs.
status-submit = Voir où en est ma demande
status-lost = Code secret perdu ? Nous n’en gardons qu’une empreinte et ne pouvons pas le retrouver. Envoyez une nouvelle pré-inscription en citant l’ancienne référence dans votre motivation.
status-not-found = Aucune demande ne correspond à cette référence et à ce code secret. Vérifiez l’un et l’autre, caractère par caractère.
status-cannot-withdraw = Cette demande ne peut plus être retirée.
status-result-title = Demande { $reference }
status-history-title = Historique
status-address-asked = Adresse demandée pour votre espace :
status-space-title = Votre espace
space-creating = En cours de création.
space-ready = Prêt.
space-failed = Création retardée.
status-space-creating = Cette page le dira dès qu’il sera prêt.
status-space-ready = Il vous attend à cette adresse :
status-space-failed = Sa création a rencontré un problème ; l’équipe s’en occupe et la relancera. Vous n’avez rien à faire.
status-first-steps-title = Premiers pas
status-first-step-sign-in = Connectez-vous avec le premier compte : il est créé pour la personne à contacter indiquée dans la demande.
status-first-step-members = Invitez les membres de votre structure : jusqu’à { $accounts } comptes en tout.
status-first-step-share = Rangez et partagez vos fichiers : { $storage } Go, partagés entre tous les comptes.
status-first-step-help = Une question ? Les structures s’entraident sur
status-first-step-forum = le forum d’entraide
status-wait-title = Ce que votre demande attend
status-wait-phase = Elle attend une place dans la phase { $number } ({ $months }).
status-wait-count = { $count ->
    [one] C’est la seule demande en attente pour cette phase.
   *[other] { $count } demandes, dont la vôtre, attendent cette phase.
}
status-wait-moves = Elle avancera quand l’équipe ouvrira cette phase et que des places y seront libres. Aucune date n’est promise : cette page le dira dès que cela change.
event-address = Adresse de l’espace changée : { $address }
status-phase = phase { $number }
status-erased = Les données personnelles de cette demande ont été effacées. Il ne reste que ce qu’il faut pour les statistiques : la forme de la structure, son pays et les dates.

status-received = Reçue
status-under-review = En cours d’examen
status-accepted = Acceptée
status-waitlisted = En liste d’attente
status-refused = Refusée
status-withdrawn = Retirée
status-received-next = Votre demande est bien arrivée. Elle sera lue par une personne de l’équipe ; il n’y a rien à faire d’ici là. Si l’équipe a une question, c’est ici que vous la trouverez.
status-under-review-next = Une personne de l’équipe étudie votre demande. Vous verrez ici sa décision, ou sa question si elle en a une.
status-accepted-next = Bonne nouvelle : votre structure aura un espace lors de la phase { $number }. Où en est sa création : voir ci-dessous.
status-waitlisted-next = Votre structure remplit les conditions, mais il n’y a pas de place pour elle dans la phase en cours : elle est prévue pour la phase { $number }. Vous n’aurez rien à refaire.
status-refused-next = Votre demande n’a pas été retenue. La raison est indiquée dans l’historique ci-dessous.
status-withdrawn-next = Vous avez retiré cette demande. Vous pouvez en envoyer une nouvelle à tout moment.
status-information-requested = Informations demandées
status-information-requested-next = L’équipe a une question sur votre demande : vous la trouverez ci-dessous, avec la place pour y répondre. L’examen reprend dès votre réponse.
status-question-title = Question de l’équipe
status-answer-label = Votre réponse
status-answer-hint = Jusqu’à 2 000 caractères. N’y écrivez pas votre code secret : l’équipe n’en a jamais besoin.
status-answer-send = Envoyer ma réponse
status-no-question = Cette demande n’attend plus de réponse : elle a changé entre-temps. Cherchez-la de nouveau pour voir où elle en est.
status-message-team = Message de l’équipe
status-message-yours = Votre réponse

refusal-not-eligible-kind = La forme de la structure n’entre pas dans l’offre.
refusal-not-french-speaking = La structure ne fonctionne pas en français.
refusal-needs-exceed-offer = Les besoins dépassent ce qu’un espace peut offrir.
refusal-incomplete-or-unclear = La demande est incomplète ou trop peu claire pour être étudiée.
refusal-duplicate = Une autre demande a déjà été faite pour cette structure.
refusal-out-of-scope = L’usage prévu ne correspond pas à l’offre.
refusal-no-answer = La question de l’équipe est restée sans réponse dans le délai prévu.
refusal-other = Une autre raison, précisée dans le message.

status-withdraw = Retirer ma demande
status-withdraw-confirm-title = Retirer cette demande ?
status-withdraw-confirm-text = Votre demande sera retirée et ses données personnelles effacées : nom de la structure, personne à contacter, textes. Cette action est définitive.
status-withdraw-confirm = Oui, retirer et effacer
status-withdraw-cancel = Non, garder ma demande

error-reference-required = Saisissez la référence de votre demande.
error-reference-invalid-value = Cette référence n’a pas la bonne forme : elle ressemble à FS-7K3M-Q9TD.
error-secret-required = Saisissez le code secret de votre demande.
error-secret-invalid-value = Ce code secret n’a pas la bonne forme : il compte 32 lettres et chiffres.

## The surveys the collective is invited to
status-surveys-title = Votre avis compte
status-surveys-lead = Nous vous invitons à répondre à un court questionnaire sur votre espace. Le lien est personnel : ne le partagez qu’au sein de votre collectif.
status-survey-answer = Répondre au questionnaire « { $title } »
status-survey-change = Modifier vos réponses à « { $title } »
status-survey-see = Voir le questionnaire « { $title } »
status-survey-waiting = en attente de votre réponse
status-survey-answered = réponse enregistrée, modifiable jusqu’à la clôture
status-survey-closed = clos
status-survey-closed-answered = clos, réponse enregistrée

status-emails-title = E-mails de suivi
status-emails-on = Un e-mail part à l’adresse de contact de la demande quand l’équipe pose une question ou écrit, quand une décision est prise, quand un questionnaire vous attend. Il ne contient jamais le code secret.
status-emails-off = Aucun e-mail n’est envoyé pour cette demande : ce qui change se lit ici.
status-emails-stop = Ne plus me prévenir par e-mail
status-emails-start = Me prévenir par e-mail
status-correct-title = Corriger aussi une réponse de votre demande
status-correct-hint = Remplissez seulement ce que vous changez ; le reste de votre demande reste tel quel. L’équipe verra ce que vous avez corrigé.
status-corrected = Vous avez corrigé : { $fields }

## The page the links of the e-mails open (`pages::email_choice`)
emails-title = Vos e-mails de suivi
emails-lead = Nous n’envoyons d’e-mail qu’aux adresses qui l’ont demandé, et chacun peut être arrêté d’un clic.
emails-confirm-text = Confirmez-vous vouloir recevoir par e-mail les nouvelles de votre demande ? Sans confirmation, nous n’écrirons plus à cette adresse ; la page de suivi reste à jour dans tous les cas.
emails-confirm-button = Oui, je veux recevoir ces e-mails
emails-confirmed = C’est confirmé : vous recevrez un e-mail quand votre demande avancera. Chaque e-mail porte un lien pour les arrêter.
emails-confirm-unknown = Ce lien a déjà servi, ou un lien plus récent l’a remplacé. Si votre adresse est déjà confirmée, il n’y a rien d’autre à faire.
emails-stop-text = Ne plus recevoir d’e-mail au sujet de cette demande ? Rien d’autre ne change : la demande suit son cours, et la page de suivi reste à jour.
emails-stop-button = Ne plus recevoir ces e-mails
emails-stopped = C’est fait : plus aucun e-mail ne partira au sujet de cette demande. Vous pouvez les réactiver sur la page de suivi.
emails-stop-unknown = Ce lien n’est pas valable. Vous pouvez arrêter les e-mails sur la page de suivi, avec votre référence et votre code secret.
emails-no-link = Cette page s’ouvre depuis les liens des e-mails que nous envoyons. Pour régler vos e-mails autrement, passez par la page de suivi.
emails-to-status = Aller à la page de suivi
