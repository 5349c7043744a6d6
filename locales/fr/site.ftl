# Pages of the public site: home, eligibility, about, privacy, legal notice.
# Generated ids are the same in both locales; French is the reference.


## Home
home-title = Un espace collaboratif libre et gratuit pour votre collectif
home-lead = Frama.space offre aux associations, syndicats, clubs et collectifs francophones leur propre espace en ligne pour partager des fichiers, écrire à plusieurs, tenir un agenda commun et se réunir en visio. Sans publicité, sans pistage, avec des logiciels libres.
home-cta = Se pré-inscrire
home-cta-secondary = Vérifier si ma structure peut en bénéficier
home-inside-title = Ce que contient un espace
home-tool-files-name = Fichiers et partage
home-tool-files-desc = Rangez les documents du collectif au même endroit, partagez-les avec un lien, synchronisez-les sur vos ordinateurs.
home-tool-office-name = Suite bureautique en ligne
home-tool-office-desc = Textes, tableurs et présentations modifiés à plusieurs en même temps, dans le navigateur. Collabora est installée par défaut ; OnlyOffice est possible.
home-tool-calendar-name = Agendas et contacts
home-tool-calendar-desc = Des agendas communs et un carnet d’adresses, synchronisés avec les téléphones de chacune et chacun.
home-tool-talk-name = Visioconférence
home-tool-talk-desc = Des réunions en visio et des discussions écrites, pour une dizaine de personnes environ.
home-tool-photos-name = Photos
home-tool-photos-desc = Des albums pour garder les images de vos événements et les partager.
home-tool-collectives-name = Collectives
home-tool-collectives-desc = Une documentation partagée, organisée par thèmes, à la manière d’un wiki : vos procédures, vos comptes rendus, votre mémoire.
home-tool-deck-name = Deck
home-tool-deck-desc = Des tableaux de tâches en colonnes pour suivre qui fait quoi dans vos projets.
home-tool-notes-name = Notes en Markdown
home-tool-notes-desc = Un éditeur de texte simple pour écrire vite, seul ou à plusieurs.
home-notinside-title = Ce qu’un espace ne contient pas, et pourquoi
home-no-email-name = Pas de messagerie électronique
home-no-email-desc = C’est un choix. Héberger du courriel demande un travail de tous les instants contre le spam et pour être bien reçu ; mieux vaut garder votre adresse actuelle.
home-no-appstore-name = Pas de magasin d’applications
home-no-appstore-desc = L’hébergeur installe et tient à jour une sélection d’outils qu’il sait maintenir pour des milliers d’espaces. Vous n’avez rien à mettre à jour vous-mêmes.
home-no-e2ee-name = Pas de chiffrement de bout en bout
home-no-e2ee-desc = Il empêcherait de modifier les documents à plusieurs dans le navigateur, et une clé perdue ferait perdre les données pour toujours. L’hébergeur s’engage à ne pas regarder ce que vous y déposez.
home-limits-title = Les limites de l’offre actuelle
home-limits-storage = { $storage } Go de stockage par espace.
home-limits-accounts = Jusqu’à { $accounts } comptes par espace.
home-limits-shared = Le stockage se partage librement entre les comptes : c’est le collectif qui décide.
home-limits-free = Gratuit, financé par les dons.
home-limits-support = Entraide en français sur un forum communautaire, des tutoriels et cette foire aux questions.
home-steps-title = Comment ça se passe
home-step1-title = Vous vous pré-inscrivez
home-step1-desc = Un formulaire en quelques étapes vous dit tout de suite si votre structure peut en bénéficier.
home-step2-title = Des personnes lisent votre demande
home-step2-desc = Ce n’est pas premier arrivé, premier servi : l’équipe lit l’objet, les activités et la motivation de chaque collectif.
home-step3-title = Une phase s’ouvre
home-step3-desc = Les espaces ouvrent par vagues de taille limitée, pour que le service reste solide.
home-step4-title = Votre espace est prêt
home-step4-desc = À une adresse comme mon-asso.frama.space, entretenu et mis à jour par l’hébergeur.
home-step5-title = Vous donnez votre avis
home-step5-desc = Après chaque phase, de courts questionnaires aident à améliorer le service.
home-progress-title = Où en est l’ouverture des espaces
home-progress-intro = Les espaces ouvrent par phases, chacune avec un objectif. Voici les chiffres du moment, tels qu’ils sont.
home-progress-accepted = { $count ->
    [0] Aucun espace accordé pour l’instant.
    [one] { $count } espace accordé à ce jour.
   *[other] { $count } espaces accordés à ce jour.
}
home-progress-phase = Phase { $number }
home-progress-behind = Nous avançons moins vite que prévu : nous préférons ouvrir moins d’espaces et bien les accompagner.
home-progress-chart-alt = Phase { $number } : { $accepted } espaces accordés sur un objectif de { $target }.
home-progress-unavailable = Les chiffres ne peuvent pas être chargés pour le moment.
home-progress-caption = Espaces accordés et objectif cumulé, par phase
home-progress-col-phase = Phase
home-progress-col-accepted = Accordés
home-progress-col-target = Objectif
home-trust-title = Qui est derrière ce service
home-trust-p1 = Une association française à but non lucratif, qui développe et héberge des services en ligne éthiques depuis de nombreuses années, financée par les dons de ses soutiens.
home-trust-p2 = Elle s’engage sur au moins trois ans, aussi longtemps qu’elle en a les moyens.
home-trust-p3 = Tout repose sur des logiciels libres. Pas de publicité, pas de revente de données, pas de pistage : ce site lui-même ne dépose aucun traceur.

## Eligibility
elig-title = Qui peut demander un espace
elig-lead = Les espaces sont réservés aux collectifs francophones qui ont peu de moyens. Voici qui peut en bénéficier, qui ne le peut pas, et pourquoi.
elig-yes-title = Peuvent en bénéficier
elig-yes-association = Les associations, déclarées ou non, en France ou ailleurs.
elig-yes-foundation = Les fondations et fonds de dotation.
elig-yes-union = Les syndicats, leurs sections et unions locales.
elig-yes-club = Les clubs sportifs, culturels ou de loisirs.
elig-yes-informal = Les collectifs sans statut juridique : un groupe d’habitants, un collectif militant, une amicale.
elig-conditions-title = À quelles conditions
elig-conditions-french = Fonctionner en français : l’aide et la documentation n’existent qu’en français. Le pays n’a pas d’importance.
elig-conditions-size = Avoir des besoins qui tiennent dans un espace : { $storage } Go de stockage et { $accounts } comptes au plus.
elig-conditions-one = Un seul espace par structure.
elig-case-title = Étudiées au cas par cas : les coopératives
elig-case-p1 = Les SCOP, SCIC et autres coopératives peuvent déposer une demande. L’équipe regarde leur caractère non lucratif, leur objet et leur taille avant de décider.
elig-no-title = Ne peuvent pas en bénéficier
elig-no-company = Les entreprises : elles peuvent en général payer un hébergement.
elig-no-school = Les établissements scolaires et universitaires : leur institution leur fournit des outils.
elig-no-administration = Les administrations, les collectivités territoriales et les services publics : ils ont des budgets et des obligations propres.
elig-no-individual = Les particuliers et les familles : l’offre est faite pour des groupes qui agissent ensemble.
elig-no-why = Ces espaces sont une ressource limitée, payée par des dons. Ils vont en priorité aux collectifs qui ont le moins de moyens ; une structure qui a un budget peut s’offrir un service payant.
elig-alternatives-title = Si l’offre n’est pas pour vous
elig-alternatives-p1 = Des hébergeurs proposent Nextcloud, le logiciel de ces espaces, contre un abonnement, avec de l’assistance.
elig-alternatives-p2 = Les CHATONS forment un collectif d’hébergeurs indépendants, transparents et éthiques ; plusieurs d’entre eux proposent Nextcloud ou des services semblables.
elig-identifiers-title = Numéros RNA, SIREN et SIRET
elig-identifiers-p1 = En France, une association déclarée a un numéro RNA : la lettre W suivie de 9 chiffres. Les structures immatriculées ont un SIREN (9 chiffres) et leurs établissements un SIRET (14 chiffres).
elig-identifiers-p2 = Ce numéro aide à reconnaître votre structure, mais il n’est pas obligatoire. N’en indiquez pas si votre association a été déclarée avant 2009 et n’a pas encore de RNA, si elle est inscrite au tribunal en Alsace-Moselle, si votre collectif n’est pas déclaré ou s’il est établi hors de France.
elig-selection-title = Comment les demandes sont choisies
elig-selection-p1 = Il ne s’agit pas d’une course : une demande envoyée le premier jour n’a pas plus de chances qu’une autre.
elig-selection-p2 = Des personnes lisent chaque demande : l’objet de la structure, ses activités, ses besoins et sa motivation. Les espaces ouvrent ensuite par phases de taille limitée.

## About
about-title = Pourquoi ce service existe
about-lead = Rendre aux collectifs la maîtrise de leurs outils, pour qu’ils gardent leur pouvoir d’agir.
about-p1 = Beaucoup d’associations s’organisent avec les outils gratuits des grandes plateformes. Ces outils se paient autrement : en données, en dépendance, et parfois en contradiction avec les valeurs qu’elles défendent.
about-p2 = Installer et entretenir ses propres outils demande pourtant du temps et des compétences que la plupart des collectifs n’ont pas. Frama.space veut lever cet obstacle : un espace prêt à l’emploi, entretenu par l’hébergeur, construit avec des logiciels libres.
about-steps-title = Une démarche en quatre temps
about-step1 = Comprendre : expliquer simplement ce que changent les outils numériques dans la vie d’un collectif.
about-step2 = Essayer : offrir un espace pour changer d’outils sans rien installer.
about-step3 = S’approprier : accompagner par des tutoriels, des vidéos et l’entraide.
about-step4 = Essaimer : pouvoir partir vers un autre hébergeur libre, avec ses données.
about-phases-title = Des phases, et des pauses pour écouter
about-phases-p1 = Les espaces s’ouvrent par phases. Après la première, une pause d’environ trois mois a servi à recueillir l’avis des collectifs et à adapter le service avant d’aller plus loin.
about-phases-p2 = Les objectifs annoncés au départ étaient ambitieux ; le rythme réel a été plus lent. Nous préférons montrer les chiffres tels qu’ils sont.
about-funding-title = Qui finance
about-funding-p1 = Le service est gratuit pour les collectifs. Il est financé par les dons faits à l’association qui l’héberge, et l’engagement porte sur au moins trois ans.

## Privacy
privacy-title = Vos données personnelles
privacy-lead = Nous demandons le moins possible, nous le gardons le moins longtemps possible, et vous pouvez tout effacer.
privacy-collect-title = Ce que nous recueillons, et pourquoi
privacy-collect-p1 = La pré-inscription demande ce dont les personnes qui étudient les demandes ont besoin : la forme et le pays de la structure, son nom, son numéro s’il existe, son objet, ses activités, ses besoins, le nom et l’adresse électronique d’une personne à contacter, et votre motivation.
privacy-nocollect-title = Ce que nous ne faisons pas
privacy-nocollect-p1 = Aucun traceur, aucun cookie de mesure d’audience, aucun appel à un service tiers : ni polices, ni statistiques, ni réseau de diffusion. Les journaux du serveur ne contiennent aucune donnée personnelle.
privacy-who-title = Qui voit vos réponses
privacy-who-p1 = Seules les personnes de l’équipe chargées d’étudier les demandes. Elles ne sont ni vendues ni transmises.
privacy-keep-title = Combien de temps
privacy-keep-p1 = Une demande est gardée le temps de son examen et de l’ouverture de l’espace. Une demande refusée est effacée un an après la décision ; une demande retirée l’est immédiatement.
privacy-rights-title = Vos droits
privacy-rights-p1 = Vous pouvez consulter votre demande et la retirer à tout moment depuis la page de suivi : le retrait efface ses données personnelles. Pour rectifier une réponse ou exercer un autre droit, écrivez à l’adresse de contact indiquée dans les mentions légales.
privacy-secret-title = Votre code secret
privacy-secret-p1 = Nous ne gardons qu’une empreinte de votre code secret, qui ne permet pas de le retrouver. Conservez-le : sans lui, personne, pas même l’équipe, ne peut vous le redonner.
privacy-hosting-title = Où sont les données
privacy-hosting-p1 = Sur des serveurs situés en France, gérés par l’association qui héberge le service.

## Legal
legal-title = Mentions légales
legal-publisher-title = Éditeur
legal-publisher-p1 = Ce site est publié par l’association qui héberge le service. Son nom, son adresse, son directeur de publication et son adresse de contact sont précisés par chaque installation.
legal-hosting-title = Hébergement
legal-hosting-p1 = Le site et les espaces sont hébergés en France sur des serveurs gérés par l’association.
legal-ip-title = Propriété intellectuelle
legal-ip-p1 = Les textes du site sont placés sous licence Creative Commons BY-SA. Le code du portail est un logiciel libre sous licence AGPL.
legal-liability-title = Responsabilité
legal-liability-p1 = Chaque collectif est responsable de ce qu’il dépose dans son espace et s’engage à respecter la loi. L’hébergeur fait de son mieux pour assurer un service continu, sans garantie de résultat.
