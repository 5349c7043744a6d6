# The frequently asked questions.

## FAQ-ORDER: offer:what-is-a-space,address,storage-split,more-accounts,apps-install; eligibility:cooperatives,companies,schools,informal,partners,abroad,no-rna,alsace-moselle; phases:first-come,when-phase,waitlist; privacy:who-sees-data,host-reads,delete-data,where-hosted; encryption:e2ee,transport; email:email,email-elsewhere; migration:export,leave,centralisation,chatons; cost:why-free,donations,three-years; nextcloud:what-is-nextcloud,why-nextcloud,onlyoffice; support:support-language,forum; surveys:surveys,survey-anonymous; request:follow,lost-secret,withdraw

faq-title = Questions fréquentes
faq-lead = Les réponses aux questions que les collectifs se posent le plus souvent. Cherchez un mot, ou parcourez les thèmes.
faq-search-label = Chercher dans les questions
faq-search-hint = Par exemple « courriel » ou « chiffrement ».
faq-results = { $count ->
    [0] Aucune question ne correspond, sur { $total }.
    [one] { $count } question correspond, sur { $total }.
   *[other] { $count } questions correspondent, sur { $total }.
}
faq-no-results = Rien ne correspond à « { $query } ». Essayez un autre mot, ou posez votre question sur le forum d’entraide.
faq-copy-link = Copier le lien vers cette question
faq-copied = Lien copié.
faq-back-to-top = Revenir aux thèmes
faq-themes-nav-label = Thèmes

faq-theme-offer = L’offre
faq-theme-eligibility = Qui peut en bénéficier
faq-theme-phases = Phases et attente
faq-theme-privacy = Données et vie privée
faq-theme-encryption = Chiffrement
faq-theme-email = Courriel
faq-theme-migration = Changer d’hébergeur, partir
faq-theme-cost = Coût et financement
faq-theme-nextcloud = Pourquoi Nextcloud
faq-theme-support = Aide en français
faq-theme-surveys = Questionnaires
faq-theme-request = Suivre sa demande

faq-what-is-a-space-q = Qu’est-ce qu’un espace Frama.space ?
faq-what-is-a-space-a1 = Un espace Nextcloud réservé à votre collectif : des fichiers partagés, une suite bureautique en ligne, des agendas, des contacts, de la visio et d’autres outils pour travailler ensemble.
faq-what-is-a-space-a2 = L’hébergeur l’installe, le met à jour et le sauvegarde. Vous n’avez qu’à l’utiliser.

faq-address-q = À quelle adresse sera notre espace ?
faq-address-a1 = À une adresse de la forme mon-asso.frama.space, choisie avec vous à l’ouverture.

faq-storage-split-q = Comment les { $storage } Go se répartissent-ils ?
faq-storage-split-a1 = Librement : l’espace entier est à partager entre vos comptes, et c’est vous qui fixez, si vous le souhaitez, la part de chacun.

faq-more-accounts-q = Et si nous sommes plus de { $accounts } ?
faq-more-accounts-a1 = Un espace compte au plus { $accounts } comptes. Beaucoup de collectifs réservent les comptes aux personnes les plus actives et partagent le reste par des liens, qui ne demandent pas de compte.
faq-more-accounts-a2 = Au-delà, votre structure a sans doute les moyens d’un hébergement payant, mieux adapté à sa taille.

faq-apps-install-q = Pouvons-nous installer d’autres applications ?
faq-apps-install-a1 = Non. L’hébergeur propose une sélection d’outils qu’il sait tenir à jour pour des milliers d’espaces ; chaque application en plus, c’est du travail de maintenance et un risque de panne.
faq-apps-install-a2 = La sélection évolue : des outils comme les formulaires ou les tableaux de données ont été ajoutés en chemin.

faq-cooperatives-q = Les coopératives peuvent-elles demander un espace ?
faq-cooperatives-a1 = Oui, au cas par cas. Les SCOP, SCIC et autres coopératives peuvent se pré-inscrire ; l’équipe regarde leur caractère non lucratif, leur objet et leur taille.

faq-companies-q = Pourquoi les entreprises ne peuvent-elles pas en bénéficier ?
faq-companies-a1 = Les espaces sont financés par des dons et leur nombre est limité. Ils vont aux collectifs qui ont le moins de moyens ; une entreprise peut en général payer un hébergement Nextcloud.

faq-schools-q = Et les écoles, les mairies, les services publics ?
faq-schools-a1 = Ils ne sont pas concernés : leurs institutions disposent de budgets et doivent fournir leurs propres outils. Une association de parents d’élèves, elle, peut faire une demande.

faq-informal-q = Notre collectif n’a pas de statut. Pouvons-nous faire une demande ?
faq-informal-a1 = Oui. Les collectifs non déclarés sont les bienvenus ; il suffit de bien décrire qui vous êtes et ce que vous faites.

faq-partners-q = Plusieurs associations partenaires peuvent-elles partager un espace ?
faq-partners-a1 = Un espace est attribué à une structure. Un collectif d’associations qui agit ensemble peut faire une demande en son nom, en l’expliquant dans sa motivation.
faq-partners-a2 = Une personne membre de plusieurs associations peut avoir un compte dans chacun de leurs espaces.

faq-abroad-q = Notre association est en Belgique, en Suisse, au Québec ou en Afrique. Est-ce possible ?
faq-abroad-a1 = Oui. L’offre est ouverte aux structures francophones du monde entier. La seule condition est de fonctionner en français, car l’aide n’existe qu’en français.

faq-no-rna-q = Notre association n’a pas de numéro RNA. Est-ce un problème ?
faq-no-rna-a1 = Non. Les associations déclarées avant 2009 n’ont parfois pas encore de numéro RNA ; laissez simplement le champ vide. Le numéro n’est jamais obligatoire.

faq-alsace-moselle-q = Notre association est en Alsace-Moselle : quel numéro indiquer ?
faq-alsace-moselle-a1 = Les associations de droit local sont inscrites au registre du tribunal et n’ont pas de numéro RNA. Indiquez votre SIREN si vous en avez un, sinon laissez le champ vide.

faq-first-come-q = Faut-il se dépêcher de s’inscrire ?
faq-first-come-a1 = Non. Ce n’est pas premier arrivé, premier servi : des personnes lisent chaque demande et choisissent, phase après phase, en fonction des besoins et des motivations.

faq-when-phase-q = Quand notre espace ouvrira-t-il ?
faq-when-phase-a1 = Les espaces ouvrent par phases. Les objectifs annoncés au départ étaient d’environ 300 espaces fin 2022, 1 000 au premier semestre 2023, 2 500 au second, 5 000 en 2024 et 10 000 en 2025.
faq-when-phase-a2 = Le rythme réel a été plus lent, autour de 2 500 espaces fin 2025. La page d’accueil montre les chiffres du moment, et votre page de suivi indique votre phase dès qu’elle est décidée.

faq-waitlist-q = Que veut dire « en liste d’attente » ?
faq-waitlist-a1 = Votre structure remplit les conditions, mais la phase en cours est complète. Votre demande sera reprise lors d’une phase suivante, sans que vous ayez rien à refaire.

faq-who-sees-data-q = Qui voit les informations de notre demande ?
faq-who-sees-data-a1 = Seules les personnes de l’équipe qui étudient les demandes. Rien n’est vendu ni transmis, et ce site ne contient aucun traceur.

faq-host-reads-q = L’hébergeur peut-il lire nos documents ?
faq-host-reads-a1 = Techniquement, les administrateurs d’un serveur peuvent accéder à ce qui y est stocké. L’hébergeur s’engage à ne pas regarder le contenu des espaces, sauf obligation légale.
faq-host-reads-a2 = C’est la contrepartie de l’absence de chiffrement de bout en bout : voir la question sur le chiffrement.

faq-delete-data-q = Comment effacer nos données ?
faq-delete-data-a1 = Pour une demande : retirez-la depuis la page de suivi, ses données personnelles sont effacées aussitôt. Pour un espace : vous pouvez supprimer vos fichiers à tout moment, ou demander la fermeture de l’espace.

faq-where-hosted-q = Où sont hébergées nos données ?
faq-where-hosted-a1 = En France, sur des serveurs gérés par l’association qui héberge le service.

faq-e2ee-q = Pourquoi pas de chiffrement de bout en bout ?
faq-e2ee-a1 = Avec un chiffrement de bout en bout, le serveur ne pourrait plus ouvrir les documents : impossible alors de les modifier à plusieurs dans le navigateur, ce qui est au cœur du service.
faq-e2ee-a2 = Et une clé perdue, ce qui arrive souvent dans un collectif où les personnes changent, rendrait les données illisibles pour toujours.

faq-transport-q = Nos échanges avec l’espace sont-ils protégés ?
faq-transport-a1 = Oui. Toutes les connexions sont chiffrées (HTTPS) entre vos appareils et le serveur, et les espaces sont sauvegardés régulièrement.

faq-email-q = Pourquoi l’espace ne fournit-il pas de courriel ?
faq-email-a1 = C’est un choix assumé. Un service de courriel demande une lutte de tous les instants contre le spam et beaucoup de soin pour que les messages arrivent à destination. Ce travail se ferait au détriment du reste.

faq-email-elsewhere-q = Alors, quelle adresse de courriel utiliser ?
faq-email-elsewhere-a1 = Gardez celle que vous avez. Si vous cherchez un fournisseur respectueux, plusieurs hébergeurs associatifs et membres des CHATONS en proposent.

faq-export-q = Pourrons-nous récupérer nos données ?
faq-export-a1 = Oui. Un outil de migration permet d’exporter tout un espace vers un autre serveur Nextcloud, et d’importer un espace existant, tant que les mêmes applications y sont installées.

faq-leave-q = Et si nous voulons partir ?
faq-leave-a1 = Vous êtes libres de partir quand vous voulez : exportez votre espace vers un autre hébergeur, par exemple un membre des CHATONS, puis demandez la fermeture de votre espace.

faq-centralisation-q = N’est-ce pas risqué de réunir autant de collectifs chez un seul hébergeur ?
faq-centralisation-a1 = La question est juste. Chaque espace est séparé des autres, et l’outil de migration permet à tout moment d’emporter le sien ailleurs.
faq-centralisation-a2 = L’idée n’est pas de tout garder, mais d’abaisser la marche : découvrir des outils libres sans rien installer, puis, si vous le souhaitez, rejoindre un hébergeur plus proche de vous.

faq-chatons-q = Qu’est-ce que les CHATONS ?
faq-chatons-a1 = Un collectif d’hébergeurs indépendants, transparents, ouverts, neutres et solidaires, qui proposent des services en ligne libres. C’est une bonne adresse pour trouver un hébergement de proximité.

faq-why-free-q = Pourquoi est-ce gratuit ?
faq-why-free-a1 = Parce que les collectifs qui ont le plus besoin d’outils émancipateurs sont souvent ceux qui ont le moins de moyens. Le service est financé collectivement, par les dons.

faq-donations-q = Comment soutenir le service ?
faq-donations-a1 = En faisant un don à l’association qui l’héberge, si vous le pouvez. Ce n’est jamais une condition pour obtenir un espace.

faq-three-years-q = Le service va-t-il durer ?
faq-three-years-a1 = L’association s’engage sur au moins trois ans, aussi longtemps qu’elle en aura les moyens. Et si le service devait fermer, l’outil de migration vous permettrait d’emporter vos données.

faq-what-is-nextcloud-q = Qu’est-ce que Nextcloud ?
faq-what-is-nextcloud-a1 = Un logiciel libre de travail collaboratif, utilisé par de nombreuses organisations. Il réunit fichiers, agendas, contacts, visio et bureautique dans une même interface, sur le web, sur ordinateur et sur téléphone.

faq-why-nextcloud-q = Pourquoi avoir choisi Nextcloud ?
faq-why-nextcloud-a1 = Parce qu’il est libre, mûr, traduit en français et assez complet pour remplacer les suites des grandes plateformes. Il peut être installé par n’importe quel hébergeur : vous n’êtes jamais captifs.

faq-onlyoffice-q = Peut-on utiliser OnlyOffice plutôt que Collabora ?
faq-onlyoffice-a1 = Collabora est installée par défaut. OnlyOffice est possible : demandez-le une fois votre espace ouvert.

faq-support-language-q = L’aide existe-t-elle dans d’autres langues ?
faq-support-language-a1 = Non, seulement en français. C’est pour cela que l’offre est réservée aux structures francophones.

faq-forum-q = Où trouver de l’aide ?
faq-forum-a1 = Sur le forum d’entraide, où collectifs et bénévoles répondent aux questions, dans les tutoriels et vidéos, et dans cette foire aux questions.

faq-surveys-q = Devrons-nous répondre à des questionnaires ?
faq-surveys-a1 = Après chaque phase, l’hébergeur demande leur avis aux collectifs par de courts questionnaires : ce qui marche, ce qui manque, ce qui est trop compliqué. Répondre n’est pas obligatoire, mais c’est ainsi que le service s’améliore.

faq-survey-anonymous-q = Les réponses aux questionnaires sont-elles anonymes ?
faq-survey-anonymous-a1 = Chaque questionnaire l’indique. Quand il est anonyme, les réponses sont enregistrées sans lien avec votre collectif et personne dans l’équipe ne peut savoir qui a répondu quoi.
faq-survey-anonymous-a2 = L’équipe ne voit d’ailleurs les réponses d’un questionnaire anonyme qu’à partir de { $survey_threshold } collectifs ayant répondu : avec moins, on pourrait deviner de qui elles viennent.

faq-follow-q = Comment suivre notre demande ?
faq-follow-a1 = À l’envoi, vous recevez une référence, comme FS-7K3M-Q9TD, et un code secret affiché une seule fois. Avec les deux, la page « Suivre ma demande » montre où en est votre demande. Aucun compte ni courriel n’est nécessaire.

faq-lost-secret-q = Nous avons perdu notre code secret. Que faire ?
faq-lost-secret-a1 = Nous ne gardons qu’une empreinte du code, qui ne permet pas de le retrouver. Envoyez une nouvelle pré-inscription en citant l’ancienne référence dans votre motivation : l’équipe fera le lien.

faq-withdraw-q = Comment retirer notre demande ?
faq-withdraw-a1 = Depuis la page de suivi, avec votre référence et votre code secret. Le retrait efface aussitôt les données personnelles de la demande.
