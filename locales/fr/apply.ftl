# The pre-registration wizard, its errors and the words of the rules.

## Introduction
apply-intro-title = Se pré-inscrire
apply-intro-lead = Quelques questions pour savoir si l’offre vous correspond et pour présenter votre collectif aux personnes qui liront votre demande.
apply-intro-need-title = Ce qu’il vous faut
apply-intro-need-kind = la forme de votre structure (association, syndicat, collectif…) et son pays ;
apply-intro-need-needs = une idée du nombre de comptes et de l’espace de stockage utiles ;
apply-intro-need-identity = son nom, son objet et ses activités, et son numéro RNA, SIREN ou SIRET si elle en a un ;
apply-intro-need-contact = le nom et l’adresse électronique d’une personne à contacter ;
apply-intro-need-motivation = quelques lignes sur ce que l’espace changerait pour vous.
apply-intro-time = Comptez une dizaine de minutes. Vous saurez dès les premières questions si votre structure peut en bénéficier.
apply-intro-saved = Vos réponses restent enregistrées dans ce navigateur au fil de la saisie : vous pouvez vous interrompre et revenir plus tard.
apply-intro-draft-found = Vous avez déjà commencé une pré-inscription dans ce navigateur.
apply-intro-privacy = Nous ne demandons que ce qui sert à étudier votre demande.
apply-intro-privacy-link = Ce que nous faisons de vos données
apply-start = Commencer
apply-resume = Reprendre là où j’en étais
apply-forget = Effacer mes réponses
apply-forget-question = Effacer toutes vos réponses de ce navigateur ? Vous pourrez les reprendre pendant quelques minutes.
apply-forget-confirm = Oui, effacer mes réponses
apply-forget-cancel = Non, les garder
apply-forgotten = Vos réponses ont été effacées de ce navigateur.
apply-forgotten-undo = Les reprendre
apply-saved-note = Vos réponses sont enregistrées dans ce navigateur uniquement.
apply-back = Retour
apply-continue = Continuer
apply-step-count = Étape { $number } sur { $total }
apply-yes = Oui
apply-no = Non

## Step 1: kind of structure
apply-kind-title = Votre structure
apply-kind-legend = Quelle est la forme de votre structure ?
apply-kind-hint = Choisissez celle qui décrit le mieux votre structure.
kind-association = Association
kind-association-hint = Association loi 1901, loi 1908 en Alsace-Moselle, ou son équivalent hors de France.
kind-foundation = Fondation ou fonds de dotation
kind-union = Syndicat
kind-union-hint = Syndicat de salariés, section syndicale, union locale…
kind-club = Club
kind-club-hint = Club sportif, culturel, de loisirs.
kind-informal-collective = Collectif non déclaré
kind-informal-collective-hint = Un groupe de personnes qui agit ensemble sans statut juridique.
kind-cooperative = Coopérative
kind-cooperative-hint = SCOP, SCIC ou autre coopérative : étudiée au cas par cas.
kind-company = Entreprise
kind-school = Établissement scolaire ou universitaire
kind-administration = Administration
kind-local-authority = Collectivité territoriale
kind-local-authority-hint = Commune, département, région, intercommunalité.
kind-public-service = Service public
kind-individual = Particulier
kind-family = Famille
kind-other = Autre
kind-other-hint = Un tiers-lieu, une amicale, une coordination… : étudiée au cas par cas, à partir de quelques mots sur votre structure.
apply-cooperative-legend = De quelle coopérative s’agit-il ?
cooperative-scop = SCOP (société coopérative et participative)
cooperative-scic = SCIC (société coopérative d’intérêt collectif)
cooperative-other = Une autre forme de coopérative
apply-case-by-case = Votre demande sera étudiée au cas par cas : des personnes la liront avant de décider. Décrivez bien votre structure et ce qu’elle fait dans les étapes suivantes.
apply-kind-description-label = Qu’est-ce que votre structure ?
apply-kind-description-hint = En quelques mots, par exemple « un tiers-lieu associatif » ou « l’amicale des locataires de la résidence ».

## Step 2: language and country
apply-origin-title = Langue et pays
apply-french-legend = Votre structure fonctionne-t-elle en français ?
apply-french-hint = Ses membres échangent en français, au moins en grande partie. L’assistance n’existe qu’en français.
apply-country-label = Pays où la structure est établie
apply-country-hint = L’offre est ouverte aux structures francophones du monde entier.
apply-country-finder-label = Trouver un pays par son nom
apply-country-finder-hint = Par exemple « Belgique », « Suisse » ou « Québec » : la liste ci-dessous ne garde que ce qui correspond.
apply-country-found = Pays trouvés
apply-country-found-count = { $count ->
    [0] Aucun pays ne correspond.
    [one] Un pays correspond : choisissez-le dans la liste.
   *[other] { $count } pays correspondent : choisissez dans la liste.
}
country-aliases = CA: Québec, Quebec, Montréal, Acadie, Nouveau-Brunswick, Ontario; BE: Belgique, Wallonie, Bruxelles; CH: Suisse, Romandie, Suisse romande, Genève, Lausanne; LU: Luxembourg; FR: Corse, métropole; RE: Réunion; GP: Guadeloupe; MQ: Martinique; GF: Guyane; YT: Mayotte; NC: Nouvelle-Calédonie; PF: Tahiti, Polynésie; HT: Haïti; SN: Sénégal; CI: Côte d’Ivoire; CD: RDC, Kinshasa; CG: Brazzaville; MA: Maroc; DZ: Algérie; TN: Tunisie
apply-country-placeholder = Choisissez un pays
apply-country-frequent = Les plus fréquents
apply-country-all = Tous les pays
apply-postal-label = Code postal
apply-postal-hint = Par exemple 69001 en France ou 1000 en Belgique.

## Step 3: needs
apply-needs-title = Vos besoins
apply-accounts-label = Combien de comptes vous faudrait-il ?
apply-accounts-hint = Un compte par personne qui utilisera l’espace, jusqu’à { $max }.
apply-storage-label = De combien d’espace de stockage avez-vous besoin, en Go ?
apply-storage-hint = Un espace offre jusqu’à { $max } Go, à partager entre les comptes. Pour des documents de bureau, 10 Go suffisent souvent.
apply-apps-legend = Quels outils pensez-vous utiliser ?
apply-apps-hint = Cochez tout ce qui vous intéresse : cela nous aide à préparer l’accompagnement.
app-files = Fichiers et partage
app-office = Suite bureautique en ligne
app-office-hint = Textes, tableurs et présentations, à plusieurs en même temps.
app-calendar-contacts = Agendas et contacts
app-calendar-contacts-hint = Synchronisés avec les téléphones.
app-talk = Visioconférence
app-talk-hint = Pour une dizaine de personnes environ.
app-photos = Photos et albums
app-collectives = Collectives (documentation partagée)
app-deck = Deck (tableaux de tâches)
app-notes = Notes en Markdown
app-forms = Formulaires
app-tables = Tableaux de données

## Step 4: identity
apply-identity-title = Présentation de la structure
apply-eligible-notice = D’après vos réponses, votre structure peut bénéficier de l’offre. Présentez-la maintenant aux personnes qui étudieront votre demande.
apply-name-label = Nom de la structure
apply-name-hint = Le nom sous lequel elle est connue.
apply-address-label = Adresse de votre espace
apply-address-hint = La première partie de l’adresse web de votre espace, avant .{ $domain } : de 3 à 40 lettres minuscules sans accent, chiffres ou tirets. Nous la proposons à partir du nom ; vous pouvez la changer.
apply-address-preview = Votre espace serait à l’adresse
apply-address-available = Cette adresse est libre.
apply-address-taken = Cette adresse est déjà demandée par une autre structure.
apply-address-reserved = Cette adresse est réservée au service lui-même.
apply-address-invalid = Cette adresse ne convient pas.
apply-address-suggestions = Ces adresses proches sont libres :
apply-address-fix = Une adresse s’écrit en minuscules, sans accent ni espace. Proposition :
apply-identifier-label-fr = Numéro RNA, SIREN ou SIRET
apply-identifier-hint-fr = RNA pour une association (W suivi de 9 chiffres), sinon SIREN (9 chiffres) ou SIRET (14 chiffres). Laissez vide si votre structure n’en a pas : association déclarée avant 2009 sans numéro RNA, association d’Alsace-Moselle inscrite au tribunal, collectif non déclaré.
apply-identifier-label = Numéro d’enregistrement officiel
apply-identifier-hint = Le numéro de la structure dans son pays, s’il en existe un.
error-structure-register-number-not-applicable = Ce numéro ne concerne que les associations d’Alsace-Moselle.
apply-email-suggestion-use = Corriger
apply-email-suggestion = Vouliez-vous écrire { $email } ?
apply-register-hint = Seulement pour une association de droit local inscrite au tribunal judiciaire, par exemple « Volume 23 n° 1542 ».
apply-register-label = Numéro d’inscription au registre des associations (Alsace-Moselle)
apply-purpose-label = Objet de la structure
apply-purpose-hint = Son objet social ou sa mission, en quelques phrases : pourquoi elle existe.
apply-activities-label = Principales activités
apply-activities-hint = Ce que vous faites concrètement, avec qui, à quel rythme.
apply-website-label = Site web
apply-website-hint = Par exemple https://mon-asso.org

## Step 5: contact
apply-contact-title = Personne à contacter
apply-contact-intro = Une seule personne, qui pourra répondre aux questions sur la demande. Ses coordonnées ne servent qu’à cela.
apply-contact-name-label = Nom et prénom
apply-contact-email-label = Adresse électronique
apply-contact-email-hint = L’équipe pourra vous écrire à cette adresse au sujet de votre demande. La page de suivi dit toujours où en est votre demande.
apply-contact-role-label = Rôle dans la structure
apply-contact-role-hint = Par exemple trésorière, secrétaire, membre du bureau.

## Step 6: motivation
apply-motivation-title = Votre motivation
apply-motivation-label = Qu’est-ce que cet espace changerait pour votre collectif ?
apply-motivation-hint = Les outils que vous utilisez aujourd’hui, ce qui vous manque, ce que vous aimeriez faire. Quelques lignes suffisent.

## Step 7: consents
apply-consents-title = Engagements
apply-terms-title = En demandant un espace, votre structure s’engage à :
apply-terms-item1 = donner des informations exactes dans cette demande ;
apply-terms-item2 = utiliser l’espace pour ses activités, sans but commercial ;
apply-terms-item3 = respecter la loi et les personnes dans ce qu’elle y partage ;
apply-terms-item4 = prévenir l’hébergeur si l’espace ne lui sert plus, pour qu’il profite à d’autres.
apply-terms-label = Ma structure accepte ces engagements
apply-surveys-label = Nous acceptons de répondre à de courts questionnaires sur notre usage de l’espace
apply-surveys-hint = Après chaque phase, l’hébergeur demande leur avis aux collectifs pour améliorer le service. Facultatif.
apply-notifications-label = Me prévenir par e-mail quand ma demande avance
apply-notifications-hint = Un e-mail à l’adresse de contact quand la demande est reçue, quand l’équipe pose une question ou écrit, quand une décision est prise, quand un questionnaire vous attend. Il ne contient jamais le code secret. Facultatif, modifiable sur la page de suivi.

## Step 8: review
apply-check-title = Vérifiez vos réponses
apply-check-kind = Forme de la structure
apply-check-identifier = Numéro RNA, SIREN ou SIRET
apply-check-terms = Engagements acceptés
apply-check-surveys = Accord pour les questionnaires
apply-check-notifications = Prévenu par e-mail
apply-check-none = Non renseigné
apply-check-change = Modifier
apply-check-send-title = Envoyer la demande
apply-check-send-text = En envoyant, vous recevrez une référence et un code secret pour suivre votre demande. Aucun compte n’est nécessaire.
apply-send = Envoyer ma pré-inscription
apply-sending = Envoi en cours…

## Confirmation
apply-done-title = Pré-inscription enregistrée
apply-done-lead = Merci ! Votre demande est arrivée. Elle sera lue par une personne de l’équipe.
apply-done-keys-title = Votre référence et votre code secret
apply-done-keep = Notez-les maintenant : le code secret ne sera plus jamais affiché et ne peut pas être retrouvé.
apply-done-reference = Référence :
apply-done-secret = Code secret :
apply-done-copy-reference = Copier la référence
apply-done-copy-secret = Copier le code secret
apply-done-copied-reference = Référence copiée.
apply-done-copied-secret = Code secret copié.
apply-done-print = Imprimer
apply-done-download = Télécharger le récapitulatif
apply-done-receipt-heading = Frama.space — pré-inscription
apply-done-name = Structure :
apply-done-sent-at = Envoyée le :
apply-done-next-title = Et ensuite ?
apply-done-next-p1 = Les demandes ne sont pas traitées dans l’ordre d’arrivée : des personnes les lisent et ouvrent les espaces par phases de taille limitée.
apply-done-next-p2 = Avec votre référence et votre code secret, vous pourrez suivre l’avancement de votre demande ou la retirer à tout moment.
apply-done-follow = Suivre ma demande
apply-done-follow-at = Pour suivre votre demande :
apply-done-home = Revenir à l’accueil
apply-done-missing-title = Aucun récapitulatif dans cet onglet
apply-done-missing-text = Le récapitulatif d’une pré-inscription n’est affiché que dans l’onglet où elle a été envoyée.
apply-done-missing-link = Aller à la pré-inscription

## Not eligible
apply-not-eligible-title = Cette offre ne correspond pas à votre structure
apply-not-eligible-lead = D’après vos réponses :
apply-not-eligible-change = Modifier cette réponse
apply-not-eligible-why-title = Pourquoi ces limites ?
apply-not-eligible-why = Les espaces sont offerts par une association, grâce aux dons, et leur nombre est limité : ils sont faits pour les associations et les collectifs francophones.
apply-not-eligible-alternatives-title = Où trouver un service semblable
apply-not-eligible-more = Pour en savoir plus :
apply-not-eligible-resolved = Avec vos réponses actuelles, rien ne s’oppose à votre demande.
apply-not-eligible-forget = Vous pouvez effacer les réponses enregistrées dans ce navigateur.

## Errors: messages for one field
error-structure-kind-required = Choisissez la forme de votre structure.
error-structure-cooperative-kind-required = Précisez de quelle coopérative il s’agit.
error-structure-kind-description-required = Décrivez votre structure en quelques mots, par exemple « un tiers-lieu associatif ».
error-structure-kind-description-not-applicable = Cette description ne concerne que les structures « Autre ».
error-structure-french-speaking-required = Indiquez si votre structure fonctionne en français.
error-structure-country-required = Choisissez le pays où votre structure est établie.
error-needs-accounts-required = Indiquez le nombre de comptes, même approximatif.
error-needs-accounts-invalid-value = Indiquez le nombre de comptes en chiffres, comme 12.
error-needs-storage-gb-required = Indiquez l’espace de stockage en Go, même approximatif.
error-needs-storage-gb-invalid-value = Indiquez l’espace de stockage en chiffres, comme 10.
error-structure-name-required = Indiquez le nom de votre structure.
error-structure-purpose-required = Décrivez l’objet de votre structure.
error-structure-activities-required = Décrivez les principales activités de votre structure.
error-contact-name-required = Indiquez le nom de la personne à contacter.
error-contact-email-required = Indiquez l’adresse électronique de la personne à contacter.
error-motivation-required = Dites-nous en quelques lignes ce que l’espace changerait pour vous.
error-consents-terms-must-accept = Cochez la case pour accepter les engagements : ils sont nécessaires pour obtenir un espace.
apply-too-many = Beaucoup de demandes sont parties de votre connexion ces dernières minutes. Vos réponses sont gardées : réessayez dans quelques minutes.
apply-trap-label = Ne remplissez pas ce champ
apply-too-fast = Le formulaire a été rempli plus vite qu’une personne ne le peut, et la demande n’est pas partie. Relisez vos réponses, puis envoyez-les à nouveau.
