# Pages of the public site beside the home page (home.ftl): eligibility,
# about, privacy, legal notice, accessibility; they come with the pages' chunk.
# Generated ids are the same in both locales; French is the reference.

## Eligibility
elig-title = Qui peut demander un espace
elig-lead = Les espaces sont réservés aux associations et aux collectifs francophones. Voici qui peut en bénéficier, qui est étudié au cas par cas, qui ne le peut pas, et pourquoi.
elig-yes-title = Peuvent en bénéficier
elig-yes-association = Les associations, déclarées ou non, en France ou ailleurs.
elig-yes-foundation = Les fondations et fonds de dotation.
elig-yes-union = Les syndicats, leurs sections et unions locales.
elig-yes-club = Les clubs sportifs, culturels ou de loisirs.
elig-yes-informal = Les collectifs sans statut juridique : un groupe d’habitants, un collectif militant, un groupe d’entraide.
elig-conditions-title = À quelles conditions
elig-conditions-french = Fonctionner en français : l’aide et la documentation n’existent qu’en français. Le pays n’a pas d’importance.
elig-conditions-size = Avoir des besoins qui tiennent dans un espace : { $storage } Go de stockage et { $accounts } comptes au plus.

elig-case-title = Étudiées au cas par cas : les coopératives et les autres structures
elig-case-p1 = Les SCOP, SCIC et autres coopératives peuvent déposer une demande ; des personnes la liront avant de décider. De même pour une structure qui n’entre dans aucune case (un tiers-lieu, une amicale…) : choisissez « Autre » et décrivez-la en quelques mots.
elig-no-title = Ne peuvent pas en bénéficier
elig-no-company = Les entreprises : elles peuvent en général payer un hébergement.
elig-no-school = Les établissements scolaires et universitaires : leur institution leur fournit des outils.
elig-no-administration = Les administrations, les collectivités territoriales et les services publics : ils ont des budgets et des obligations propres.
elig-no-individual = Les particuliers et les familles : l’offre est faite pour des groupes qui agissent ensemble.
elig-no-why = Ces espaces sont offerts par une association, financés par des dons, et leur nombre est limité. Ils sont faits pour les associations et les collectifs ; les autres structures peuvent en général se payer un hébergement.
elig-alternatives-title = Si l’offre n’est pas pour vous
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
about-step1 = Rendre visibles les alternatives libres aux outils des grandes plateformes.
about-step2 = En faciliter l’accès : un espace prêt à l’emploi, sans rien installer.
about-step3 = Aider des communautés à se former autour de ces outils, pour s’entraider.
about-step4 = Leur donner du pouvoir et de la confiance : des collectifs qui savent qu’ils peuvent faire par eux-mêmes.
about-phases-title = Des phases, et des pauses pour écouter
about-phases-p1 = Les espaces s’ouvrent par phases. Une pause d’environ trois mois était prévue après la première, pour recueillir l’avis des collectifs et adapter le service avant d’aller plus loin.
about-phases-p2 = Les objectifs annoncés au départ étaient ambitieux ; le rythme réel a été plus lent. Nous préférons montrer les chiffres tels qu’ils sont.
about-funding-title = Qui finance
about-funding-p1 = Le service est gratuit pour les collectifs. Il est financé par les dons faits à l’association qui l’héberge, qui s’est engagée au lancement, en novembre 2022, sur au moins trois ans.

## Privacy
privacy-title = Vos données personnelles
privacy-lead = Nous demandons le moins possible, nous le gardons le moins longtemps possible, et vous pouvez tout effacer.
privacy-controller-title = Qui est responsable de vos données
privacy-controller-p1 = { $controller } décide de ce qui est fait des données recueillies par ce site et en répond : c’est le responsable du traitement.
privacy-controller-contact = Pour toute question sur vos données, écrivez à
privacy-collect-title = Ce que nous recueillons, et pourquoi
privacy-collect-p1 = La pré-inscription demande ce dont les personnes qui étudient les demandes ont besoin : la forme et le pays de la structure, son nom, son numéro s’il existe, son objet, ses activités, ses besoins, le nom et l’adresse électronique d’une personne à contacter, et votre motivation.
privacy-collect-p2 = Si votre structure obtient un espace et que vous l’avez accepté, elle est invitée à répondre à de courts questionnaires sur le service.
privacy-collect-emails = Si vous l’avez demandé, l’adresse de contact reçoit un e-mail quand la demande avance. Le premier demande de confirmer l’adresse, par un lien qui ne sert qu’une fois : sans confirmation, rien d’autre ne lui est envoyé, et une adresse non confirmée reçoit au plus un e-mail par jour, quel que soit le nombre de demandes qui la donnent. Ces e-mails ne contiennent ni votre code secret ni les messages de l’équipe, et chacun porte un lien qui les arrête, sans code secret ; la page de suivi les arrête aussi. Pour tenir ces règles, le serveur garde une empreinte de l’adresse (pas l’adresse elle-même) tant qu’une demande la donne, puis un jour de plus.
privacy-basis-title = Sur quelle base
privacy-basis-requests = Étudier votre pré-inscription et vous répondre :
privacy-basis-surveys = Vous inviter aux questionnaires de retour :
privacy-basis-consent = votre consentement, que vous pouvez retirer (article 6.1.a du RGPD).
privacy-basis-pre-contract = des mesures prises à votre demande avant l’ouverture d’un espace (article 6.1.b du RGPD).
privacy-basis-legitimate-interest = l’intérêt légitime de l’éditeur (article 6.1.f du RGPD).
privacy-nocollect-title = Ce que nous ne faisons pas
privacy-nocollect-p1 = Aucun traceur, aucun cookie de mesure d’audience, aucun appel à un service tiers : ni polices de caractères, ni statistiques, ni réseau de diffusion de contenu. Les journaux du serveur ne contiennent aucune donnée personnelle.
privacy-who-title = Qui voit vos réponses
privacy-who-p1 = Seules les personnes de l’équipe chargées d’étudier les demandes y ont accès. Vos réponses ne sont ni vendues ni transmises à qui que ce soit. Chaque consultation d’une demande et chaque décision de l’équipe est inscrite dans un journal (qui, quoi, quand, la référence de la demande — jamais vos réponses), que l’équipe ne peut pas modifier.
privacy-keep-title = Combien de temps
privacy-keep-intro = Les données personnelles d’une demande sont effacées automatiquement, à ces échéances :
privacy-keep-withdrawn = une demande retirée : aussitôt ;
privacy-keep-refused = une demande refusée : { $days } jours après la décision, ou aussitôt si vous l’effacez depuis la page de suivi ;
privacy-keep-undecided = une demande qui attend encore une décision : { $days } jours après son dernier changement ;
privacy-keep-waitlisted = une demande en liste d’attente : { $days } jours après son dernier changement ;
privacy-keep-accepted = une demande acceptée : { $days } jours après son dernier changement ;
privacy-keep-audit = le journal des actions de l’équipe, qui ne contient que la référence de votre demande : { $days } jours, y compris après l’effacement de la demande.
privacy-keep-what = L’effacement retire les réponses, le nom de la structure, les messages et les notes de l’équipe, les étiquettes et la prise en charge de la demande, ainsi que les réponses aux questionnaires nominatifs. Il ne reste que la forme, le pays, les dates et les décisions, qui servent aux chiffres et ne permettent pas de vous reconnaître. Une sauvegarde faite avant l’effacement contient encore la demande.
privacy-rights-title = Vos droits
privacy-rights-p1 = Depuis la page de suivi, avec votre référence et votre code secret, vous pouvez à tout moment consulter votre demande et l’effacer, même après un refus.
privacy-rights-p2 = Pour la rectifier, vous opposer à un traitement, en limiter l’usage ou en obtenir une copie, écrivez à
privacy-rights-p2-nocontact = Pour la rectifier, vous opposer à un traitement, en limiter l’usage ou en obtenir une copie, adressez-vous à { $controller }.
privacy-complaint = Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL.
privacy-complaint-link = Adresser une réclamation à la CNIL
privacy-secret-title = Votre code secret
privacy-secret-p1 = Nous ne gardons qu’une empreinte de votre code secret, qui ne permet pas de le retrouver. Conservez-le : sans lui, personne, pas même l’équipe, ne peut vous le redonner.
privacy-hosting-title = Où sont les données
privacy-hosting-p1 = Les données sont conservées sur les serveurs de { $host }.

## Legal
legal-title = Mentions légales
legal-publisher-title = Éditeur
legal-publisher-name = Nom
legal-publisher-address = Adresse
legal-publisher-director = Directeur ou directrice de la publication
legal-publisher-contact = Contact
legal-hosting-title = Hébergement
legal-host-name = Hébergeur
legal-host-address = Adresse
legal-ip-title = Propriété intellectuelle
legal-ip-p1 = Les textes du site sont placés sous licence Creative Commons BY-SA. Le code du portail est un logiciel libre sous licence AGPL.
legal-liability-title = Responsabilité
legal-liability-p1 = Chaque collectif est responsable de ce qu’il dépose dans son espace et s’engage à respecter la loi. L’hébergeur fait de son mieux pour assurer un service continu, sans garantie de résultat.
legal-data-p1 = Ce que nous faisons de vos données personnelles est expliqué sur la page
legal-accessibility-p1 = L’accessibilité du site est décrite sur la page

## Accessibility statement
a11y-title = Accessibilité
a11y-lead = Ce site doit pouvoir être utilisé par tout le monde : au clavier, avec un lecteur d’écran, sur un petit écran ou avec un zoom important.
a11y-standard-title = Le référentiel suivi
a11y-standard-p1 = Nous visons le niveau AA des règles pour l’accessibilité des contenus web (WCAG 2.2), que reprend le référentiel général d’amélioration de l’accessibilité (RGAA 4.1).
a11y-status-title = État de conformité
a11y-status-p1 = Le site est partiellement conforme : aucun audit complet du RGAA n’a encore été mené par une personne extérieure, si bien que le taux de conformité n’est pas connu.
a11y-checked-title = Comment nous le vérifions
a11y-checked-1 = À chaque changement du code, des tests ouvrent toutes les pages publiques et l’espace d’étude des demandes dans un vrai navigateur et les passent à l’outil d’audit automatique axe-core, sur ordinateur et sur téléphone.
a11y-checked-2 = Les mêmes tests remplissent le formulaire au clavier seul, vérifient les noms que lit un lecteur d’écran, le déplacement du focus à chaque étape et l’annonce des erreurs.
a11y-checked-3 = Les pages sont vérifiées à 320 pixels de large et avec un zoom de 200 %, avec les contrastes du niveau AA.
a11y-known-title = Ce que nous savons non conforme
a11y-known-1 = Sans JavaScript, une page n’affiche que son titre et son introduction, avec un message qui le dit : le formulaire et la page de suivi en ont besoin.
a11y-known-2 = Les sites vers lesquels nous renvoyons (forum d’entraide, hébergeurs) ne sont pas couverts par cette déclaration.
a11y-report-title = Signaler un problème
a11y-report-p1 = Si un contenu ou une fonction vous est inaccessible, dites-le-nous : nous chercherons à le corriger et à vous donner l’information autrement.
a11y-report-contact = Écrivez à
a11y-report-nocontact = Écrivez à { $publisher }.
a11y-recourse-p1 = Si vous n’obtenez pas de réponse satisfaisante, vous pouvez saisir le Défenseur des droits.
a11y-recourse-link = Saisir le Défenseur des droits
