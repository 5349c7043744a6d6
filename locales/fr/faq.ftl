# The frequently asked questions.

## FAQ-ORDER: offer:what-is-a-space,address,storage-split,more-accounts,apps-install,missing-app; eligibility:cooperatives,other-kinds,companies,individuals,small-business,schools,informal,partners,abroad,no-rna,alsace-moselle; phases:first-come,refused-neighbour,when-phase,waitlist,why-10000; privacy:who-sees-data,host-reads,activists,delete-data,where-hosted; encryption:e2ee; email:email,email-elsewhere; migration:export,leave,centralisation,chatons,federation; cost:why-free,donations,three-years; nextcloud:what-is-nextcloud,why-nextcloud,onlyoffice; goal:political-goal; support:support-language,training,forum; surveys:surveys,survey-anonymous; request:follow,lost-secret,withdraw

faq-title = Questions fréquentes
faq-lead = Les réponses aux questions que les collectifs se posent le plus souvent. Cherchez un mot, ou parcourez les thèmes.
faq-search-label = Chercher dans les questions
faq-search-hint = Par exemple « courriel », « prix » ou « chiffrement ».
faq-results = { $count ->
    [0] Aucune question ne correspond, sur { $total }.
    [one] { $count } question correspond, sur { $total }.
   *[other] { $count } questions correspondent, sur { $total }.
}
faq-no-results = Rien ne correspond à « { $query } ». Essayez un autre mot, ou posez votre question sur le forum d’entraide.
faq-link-to = Lien vers cette question : { $question }
faq-back-to-top = Revenir aux thèmes
faq-themes-nav-label = Thèmes
# The words people type, each with the words the answers use for it.
faq-synonyms = mail: courriel, messagerie; email: courriel, messagerie; e-mail: courriel, messagerie; prix: gratuit, payer, payant, coût, don; tarif: gratuit, payer, payant, coût; payer: gratuit, payant, coût; argent: gratuit, don, financé; rgpd: données, vie privée, effacer; cnil: données, vie privée; combien: nombre, go, comptes, phase; stockage: go; taille: go, comptes; identifiant: référence, code secret; siret: siren, numéro; rna: numéro; asso: association; appli: application; app: application; visio: visioconférence, talk; cloud: nextcloud, espace; drive: fichiers, nextcloud; google: grandes plateformes, nextcloud; securite: chiffrement, chiffrées

faq-theme-offer = L’offre
faq-theme-eligibility = Qui peut en bénéficier
faq-theme-phases = Phases, choix et attente
faq-theme-privacy = Données et vie privée
faq-theme-encryption = Chiffrement
faq-theme-email = Courriel
faq-theme-migration = Changer d’hébergeur, partir, travailler avec d’autres
faq-theme-cost = Coût et durée
faq-theme-nextcloud = Pourquoi Nextcloud
faq-theme-goal = Le but du projet
faq-theme-support = Aide en français
faq-theme-surveys = Questionnaires
faq-theme-request = Suivre sa demande

faq-what-is-a-space-q = Qu’est-ce qu’un espace Frama.space ?
faq-what-is-a-space-a1 = Un espace Nextcloud réservé à votre collectif : des fichiers partagés, une suite bureautique en ligne, des agendas, des contacts, de la visio et d’autres outils pour travailler ensemble.
faq-what-is-a-space-a2 = L’hébergeur l’installe et le tient à jour : l’entretien n’est pas votre affaire. Vous n’avez qu’à l’utiliser.

faq-address-q = À quelle adresse sera notre espace ?
faq-address-a1 = À une adresse de la forme mon-asso.frama.space.

faq-storage-split-q = Comment les { $storage } Go se répartissent-ils ?
faq-storage-split-a1 = Librement : l’espace entier est à partager entre vos comptes, et c’est vous qui fixez, si vous le souhaitez, la part de chacun. Rien n’empêche de donner presque tout à un seul compte.

faq-more-accounts-q = Et si nous sommes plus de { $accounts } ?
faq-more-accounts-a1 = Un espace compte au plus { $accounts } comptes. Beaucoup de collectifs réservent les comptes aux personnes les plus actives et partagent le reste par des liens, qui ne demandent pas de compte.
faq-more-accounts-a2 = Si cela ne suffit vraiment pas, un hébergement Nextcloud payant sera mieux adapté à votre taille.

faq-apps-install-q = Pouvons-nous installer d’autres applications ?
faq-apps-install-a1 = Non : les espaces n’ont pas de magasin d’applications. L’hébergeur propose une sélection d’outils qu’il tient à jour pour tous les espaces, et préfère que ce cadre reste le même pour tous.
faq-apps-install-a2 = La sélection évolue : des outils comme les formulaires ou les tableaux de données ont été ajoutés en chemin.

faq-missing-app-q = Une application nous manque : comment la demander ?
faq-missing-app-a1 = Dites-le dans les questionnaires envoyés après chaque phase, ou sur le forum d’entraide. Le service change en fonction de ce que les collectifs signalent, qu’il s’agisse d’outils absents ou trop compliqués.
faq-missing-app-a2 = L’équipe ne peut pas répondre à chaque demande une à une : ce sont les besoins partagés par beaucoup de collectifs qui font évoluer la sélection.

faq-cooperatives-q = Les coopératives peuvent-elles demander un espace ?
faq-cooperatives-a1 = Oui, au cas par cas. Les SCOP, SCIC et autres coopératives peuvent se pré-inscrire : des personnes liront leur demande avant de décider.

faq-other-kinds-q = Notre structure n’entre dans aucune case (tiers-lieu, amicale, collectif d’habitants…). Pouvons-nous demander ?
faq-other-kinds-a1 = Oui. Choisissez « Autre » dans le formulaire et décrivez en quelques mots ce qu’est votre structure : la demande sera étudiée au cas par cas, comme celles des coopératives.

faq-companies-q = Pourquoi les entreprises ne peuvent-elles pas en bénéficier ?
faq-companies-a1 = Les espaces sont offerts par une association, financés par des dons, et leur nombre est limité : ils sont faits pour les associations et les collectifs. Une entreprise peut en général se payer un hébergement Nextcloud ; seules les coopératives sont étudiées au cas par cas.

faq-individuals-q = Pourquoi pas les particuliers, même s’ils paient ?
faq-individuals-a1 = Parce que c’est une offre d’une association pour les associations, pas un produit. L’association qui héberge le service ne cherche pas de clients et ne veut pas faire son métier de l’assistance payante et des engagements de service qui vont avec.
faq-individuals-a2 = Des centaines d’hébergeurs proposent Nextcloud à des particuliers, gratuitement ou contre un abonnement.

faq-small-business-q = Nous sommes une petite entreprise : pouvons-nous payer pour un espace ?
faq-small-business-a1 = Non : les espaces ne sont pas à vendre, à personne. Le service n’a pas de formule payante et n’en aura pas.
faq-small-business-a2 = Beaucoup d’hébergeurs proposent Nextcloud aux petites structures contre un abonnement, parfois avec peu de comptes et peu de stockage.

faq-schools-q = Et les écoles, les mairies, les services publics ?
faq-schools-a1 = Ils ne peuvent pas en bénéficier : leurs institutions ont leurs propres budgets et doivent leur fournir des outils. Une association de parents d’élèves, elle, peut faire une demande.

faq-informal-q = Notre collectif n’a pas de statut. Pouvons-nous faire une demande ?
faq-informal-a1 = Oui. Les collectifs non déclarés sont les bienvenus ; il suffit de bien décrire qui vous êtes et ce que vous faites.

faq-partners-q = Plusieurs associations partenaires peuvent-elles partager un espace ?
faq-partners-a1 = Une demande se fait au nom d’une structure. Un collectif d’associations qui agit ensemble peut faire une demande en son nom, en l’expliquant dans sa motivation.
faq-partners-a2 = Une personne membre de plusieurs associations peut avoir un compte dans chacun de leurs espaces.

faq-abroad-q = Notre association est en Belgique, en Suisse, au Québec ou en Afrique. Est-ce possible ?
faq-abroad-a1 = Oui. L’offre est ouverte aux structures francophones du monde entier. La seule condition est de fonctionner en français, car l’aide n’existe qu’en français.

faq-no-rna-q = Notre association n’a pas de numéro RNA. Est-ce un problème ?
faq-no-rna-a1 = Non. Les associations déclarées avant 2009 n’ont parfois pas encore de numéro RNA ; laissez simplement le champ vide. Le numéro n’est jamais obligatoire.

faq-alsace-moselle-q = Notre association est en Alsace-Moselle : quel numéro indiquer ?
faq-alsace-moselle-a1 = Les associations de droit local sont inscrites au registre des associations du tribunal judiciaire et n’ont pas de numéro RNA. Le formulaire a un champ pour ce numéro d’inscription ; il n’est pas obligatoire non plus.

faq-first-come-q = Faut-il se dépêcher de s’inscrire ?
faq-first-come-a1 = Non. Ce n’est pas premier arrivé, premier servi : des personnes lisent chaque demande, ses motivations et ses détails, et choisissent phase après phase.

faq-refused-neighbour-q = Notre demande a été refusée alors qu’une association voisine a eu un espace. Pouvons-nous redemander ?
faq-refused-neighbour-a1 = Chaque phase ouvre un nombre limité d’espaces, et des personnes choisissent parmi les demandes reçues en lisant ce que chacune dit de sa structure et de ses besoins. Deux structures proches peuvent donc recevoir des réponses différentes, ou à des moments différents.
faq-refused-neighbour-a2 = La page de suivi donne la raison du refus et, s’il y en a un, le message de l’équipe. Si la raison ne tient plus (une réponse incomplète, une situation qui a changé), vous pouvez envoyer une nouvelle pré-inscription qui l’explique.

faq-when-phase-q = Quand notre espace ouvrira-t-il ?
faq-when-phase-a1 = Les espaces ouvrent par phases, chacune avec un objectif. La page d’accueil montre les phases, leurs objectifs et les chiffres du moment, tels qu’ils sont ; ils avancent moins vite que ce qui avait été annoncé au lancement.
faq-when-phase-a2 = Votre page de suivi indique votre phase dès qu’elle est décidée.

faq-waitlist-q = Que veut dire « en liste d’attente » ?
faq-waitlist-a1 = Votre structure remplit les conditions, mais elle n’a pas de place dans la phase en cours. Votre demande sera reprise lors d’une phase suivante, sans que vous ayez rien à refaire.

faq-why-10000-q = Pourquoi 10 000 espaces au plus ?
faq-why-10000-a1 = Chaque espace de { $storage } Go a un coût réel pour une association qui vit de dons. 10 000 espaces, c’est ce qu’elle s’est donné les moyens d’ouvrir progressivement ; l’infrastructure est prévue pour grandir par étapes.
faq-why-10000-a2 = C’est peu au regard des quelque 800 000 associations actives en France : c’est pour cela que les demandes sont lues et choisies.

faq-who-sees-data-q = Qui voit les informations de notre demande ?
faq-who-sees-data-a1 = Seules les personnes de l’équipe qui étudient les demandes. Rien n’est vendu ni transmis, et ce site ne contient aucun traceur.

faq-host-reads-q = L’hébergeur peut-il lire nos documents ?
faq-host-reads-a1 = Techniquement, les personnes qui administrent un serveur peuvent accéder à ce qui y est stocké. L’hébergeur s’engage à ne pas regarder ce que vous déposez dans votre espace.
faq-host-reads-a2 = C’est la contrepartie de l’absence de chiffrement de bout en bout : voir la question sur le chiffrement.

faq-activists-q = Est-ce sûr pour un collectif militant ? L’hébergeur travaille-t-il avec l’État ?
faq-activists-a1 = L’association qui héberge le service ne travaille pas main dans la main avec l’État, et ne cherche pas à savoir ce que les collectifs font de leur espace.
faq-activists-a2 = Mais elle ne prétend pas protéger des actions qui demandent une discrétion particulière : les espaces ne sont pas chiffrés de bout en bout. Pour ces besoins-là, tournez-vous vers des hébergeurs associatifs qui en font leur spécialité.

faq-delete-data-q = Comment effacer nos données ?
faq-delete-data-a1 = Pour une demande : effacez-la depuis la page de suivi, à tout moment, même après un refus ; ses données personnelles sont effacées aussitôt. La page « Données personnelles » dit combien de temps chaque demande est gardée sinon.
faq-delete-data-a2 = Pour un espace : vous pouvez supprimer vos fichiers à tout moment.

faq-where-hosted-q = Où sont hébergées nos données ?
faq-where-hosted-a1 = Les mentions légales indiquent qui héberge le site, et la page « Données personnelles » où sont conservées les données des demandes.

faq-e2ee-q = Pourquoi pas de chiffrement de bout en bout ?
faq-e2ee-a1 = Avec un chiffrement de bout en bout, le serveur ne pourrait plus ouvrir les documents : impossible alors de les modifier à plusieurs dans le navigateur, ce qui est au cœur du service.
faq-e2ee-a2 = Et une clé perdue, ce qui arrive souvent dans un collectif où les personnes changent, rendrait les données illisibles pour toujours.

faq-email-q = Pourquoi l’espace ne fournit-il pas de courriel ?
faq-email-a1 = C’est un choix assumé. Un service de courriel demande une lutte de tous les instants contre le spam et beaucoup de démarches auprès des fournisseurs pour que les messages arrivent à destination. Ce travail se ferait au détriment du reste.

faq-email-elsewhere-q = Alors, quelle adresse de courriel utiliser ?
faq-email-elsewhere-a1 = Gardez celle que vous avez. Si vous cherchez un fournisseur respectueux, plusieurs hébergeurs associatifs et membres des CHATONS en proposent.

faq-export-q = Pourrons-nous récupérer nos données ?
faq-export-a1 = Oui. Un outil de migration permet d’exporter tout un espace vers un autre serveur Nextcloud, et d’importer un espace existant, tant que les mêmes applications y sont installées.

faq-leave-q = Et si nous voulons partir ?
faq-leave-a1 = Vous êtes libres de partir quand vous voulez : exportez votre espace vers un autre hébergeur, par exemple un membre des CHATONS.

faq-centralisation-q = Vous conseillez d’aller chez les CHATONS, et vous réunissez des milliers de collectifs chez vous : n’est-ce pas de la centralisation ?
faq-centralisation-a1 = La question est juste. L’association qui héberge le service est elle-même membre des CHATONS, un collectif qu’elle a contribué à lancer. Ce service ne les remplace pas : il est limité en nombre, réservé aux associations et collectifs, et chaque espace est séparé des autres.
faq-centralisation-a2 = L’idée n’est pas de tout garder, mais d’abaisser la marche : découvrir des outils libres sans rien installer, puis, si vous le souhaitez, emporter votre espace chez un hébergeur plus proche de vous grâce à l’outil de migration.

faq-chatons-q = Qu’est-ce que les CHATONS ?
faq-chatons-a1 = Un collectif d’hébergeurs indépendants, transparents, ouverts, neutres et solidaires, qui proposent des services en ligne libres. C’est une bonne adresse pour trouver un hébergement de proximité.

faq-federation-q = Pouvons-nous travailler avec le Nextcloud d’une autre association ?
faq-federation-a1 = Oui. Nextcloud est fédéré : des espaces Frama.space et des serveurs Nextcloud d’autres associations peuvent partager des dossiers et des documents entre eux, et leurs membres peuvent par exemple écrire ensemble un communiqué, chacun depuis son propre espace.

faq-why-free-q = Pourquoi est-ce gratuit ?
faq-why-free-a1 = Parce que c’est une offre d’une association pour les associations, pas un produit : il n’y a rien à vendre. Le service est financé collectivement, par les dons.

faq-donations-q = Comment soutenir le service ?
faq-donations-a1 = En faisant un don à l’association qui l’héberge, si vous le pouvez. Ce n’est jamais une condition pour obtenir un espace.

faq-three-years-q = Le service va-t-il durer ? D’autres services gratuits ont été vite complets.
faq-three-years-a1 = L’association s’est engagée, au lancement en novembre 2022, sur au moins trois ans, le temps d’ouvrir jusqu’à 10 000 espaces en 2025, et au-delà aussi longtemps qu’elle aura les moyens de les entretenir.
faq-three-years-a2 = D’autres services gratuits de l’association ont été saturés, comme Framadrive. C’est pour éviter cela que le nombre d’espaces est fixé à l’avance, qu’ils ouvrent par phases et que les demandes sont choisies. Et si le service devait fermer, l’outil de migration vous permettrait d’emporter vos données.

faq-what-is-nextcloud-q = Qu’est-ce que Nextcloud ?
faq-what-is-nextcloud-a1 = Un logiciel libre de travail collaboratif, utilisé par de nombreuses organisations. Il réunit fichiers, agendas, contacts, visio et bureautique dans une même interface, sur le web, sur ordinateur et sur téléphone.

faq-why-nextcloud-q = Pourquoi Nextcloud, et que ne remplacera-t-il pas ?
faq-why-nextcloud-a1 = Parce qu’il est libre, riche, traduit en français et assez complet pour remplacer les suites des grandes plateformes pour s’organiser : fichiers, agendas, documents, réunions. Il peut être installé par n’importe quel hébergeur : vous n’êtes jamais captifs. Le projet veut aussi aider une communauté Nextcloud francophone à se former.
faq-why-nextcloud-a2 = Ce n’est pas un logiciel de gestion des adhésions ni de comptabilité : pour cela, gardez vos outils, ou cherchez des logiciels libres spécialisés.

faq-onlyoffice-q = Peut-on utiliser OnlyOffice plutôt que Collabora ?
faq-onlyoffice-a1 = Collabora est installée par défaut. OnlyOffice est possible à sa place.

faq-political-goal-q = Quel est le but politique du projet ?
faq-political-goal-a1 = Les associations sont l’un des fers de lance des luttes sociales, et elles s’organisent trop souvent avec des outils pensés par des acteurs qui veulent un monde dont elles ne veulent pas. Le projet veut leur rendre la maîtrise de leurs outils.
faq-political-goal-a2 = Le but est l’autonomie et le pouvoir d’agir des collectifs : rendre les alternatives visibles, en faciliter l’accès, aider des communautés à se former, leur donner du pouvoir et de la confiance. L’espace n’est qu’une étape vers ce but.

faq-support-language-q = L’aide existe-t-elle dans d’autres langues ?
faq-support-language-a1 = Non, seulement en français. C’est pour cela que l’offre est réservée aux structures francophones.

faq-training-q = Faut-il des compétences techniques ? Y a-t-il des formations ?
faq-training-a1 = Aucune compétence technique n’est nécessaire : l’hébergeur installe, tient à jour et entretient l’espace. Il suffit de savoir utiliser un navigateur.
faq-training-a2 = Pour apprendre, il y a les tutoriels et les vidéos, cette foire aux questions et le forum d’entraide, où collectifs et bénévoles se répondent. L’équipe ne peut pas accompagner chaque collectif un à un.

faq-forum-q = Où trouver de l’aide ?
faq-forum-a1 = Sur le forum d’entraide, où collectifs et bénévoles répondent aux questions, dans les tutoriels et vidéos, et dans cette foire aux questions.

faq-surveys-q = Devrons-nous répondre à des questionnaires ?
faq-surveys-a1 = Après chaque phase, l’hébergeur demande leur avis aux collectifs par de courts questionnaires : ce qui marche, ce qui manque, ce qui est trop compliqué. Répondre n’est pas obligatoire, mais c’est ainsi que le service s’améliore.

faq-survey-anonymous-q = Les réponses aux questionnaires sont-elles anonymes ?
faq-survey-anonymous-a1 = Chaque questionnaire l’indique en tête. Quand il est anonyme, votre réponse est enregistrée sans lien avec votre collectif, sans date ni ordre d’arrivée, et personne dans l’équipe ne peut savoir qui a répondu quoi.
faq-survey-anonymous-a2 = Pour cela, tant qu’un questionnaire anonyme est ouvert, l’équipe ne voit que le nombre de réponses reçues (comparer deux relevés ne révèle donc rien) ; une fois clos, il ne peut plus être rouvert, et ses réponses ne s’affichent que s’il en a reçu au moins { $survey_threshold }. Le taux de réponse n’est montré que par groupes d’au moins { $survey_threshold } collectifs invités et ayant répondu : les plus petites phases sont comptées ensemble.

faq-follow-q = Comment suivre notre demande ?
faq-follow-a1 = À l’envoi, vous recevez une référence, comme FS-7K3M-Q9TD, et un code secret affiché une seule fois. Avec les deux, la page « Suivre ma demande » montre où en est votre demande. Aucun compte ni courriel n’est nécessaire.

faq-lost-secret-q = Nous avons perdu notre code secret. Que faire ?
faq-lost-secret-a1 = Nous ne gardons qu’une empreinte du code, qui ne permet pas de le retrouver. Envoyez une nouvelle pré-inscription en citant l’ancienne référence dans votre motivation : l’équipe fera le lien.

faq-withdraw-q = Comment retirer notre demande ?
faq-withdraw-a1 = Depuis la page de suivi, avec votre référence et votre code secret, à tout moment, même après un refus. Le retrait efface aussitôt les données personnelles de la demande.
