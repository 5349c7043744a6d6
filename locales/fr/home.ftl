# The home page, in the main bundle with the shell (main.ftl).

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
home-step3-desc = Les espaces ouvrent par vagues de taille limitée, avec des pauses pour recueillir l’avis des collectifs.
home-step4-title = Votre espace est prêt
home-step4-desc = À une adresse comme mon-asso.frama.space, entretenu et mis à jour par l’hébergeur.
home-step5-title = Vous donnez votre avis
home-step5-desc = Après chaque phase, de courts questionnaires aident à améliorer le service.
home-progress-title = Où en est l’ouverture des espaces
home-progress-intro = Les espaces ouvrent par phases, chacune avec un objectif. Voici les chiffres du moment, tels qu’ils sont.
home-wait-title = Le temps d’une première réponse
home-wait-overall = Depuis l’ouverture, la moitié des demandes ont reçu une première décision en { $median } au plus, et neuf sur dix en { $p90 } au plus ({ $decided } demandes décidées).
home-wait-recent = Ces 90 derniers jours : la moitié en { $median } au plus, neuf sur dix en { $p90 } au plus ({ $decided } demandes).
home-wait-hours = { $count ->
    [one] 1 heure
   *[other] { $count } heures
}
home-wait-days = { $count ->
    [one] 1 jour
   *[other] { $count } jours
}
home-progress-accepted = { $count ->
    [0] Aucun espace accordé pour l’instant.
    [one] { $count } espace accordé à ce jour.
   *[other] { $count } espaces accordés à ce jour.
}
home-progress-phase = Phase { $number }
home-progress-behind = { $count ->
    [one] Cette phase, terminée, n’a pas atteint son objectif : { $phases }
   *[other] Ces phases, terminées, n’ont pas atteint leur objectif : { $phases }
}
home-progress-chart-alt = Phase { $number } : { $accepted ->
    [one] { $accepted } espace accordé
   *[other] { $accepted } espaces accordés
} sur un objectif de { $target }.
home-progress-bar-value = { $accepted } sur { $target }
home-progress-unavailable = Les chiffres ne peuvent pas être chargés pour le moment.
home-progress-caption = Espaces accordés et objectif cumulé, par phase
home-progress-col-phase = Phase
home-progress-col-accepted = Accordés
home-progress-col-target = Objectif
home-trust-title = Qui est derrière ce service
home-trust-p1 = Ce service est offert par { $publisher }, une association française qui développe des services en ligne libres depuis une vingtaine d’années. Elle vit des dons de ses soutiens et entretient elle-même les espaces.
home-trust-p2 = Au lancement, en novembre 2022, elle s’est engagée sur au moins trois ans, le temps d’ouvrir jusqu’à 10 000 espaces en 2025, et au-delà aussi longtemps qu’elle en aura les moyens.
home-trust-p3 = Tout repose sur des logiciels libres. Pas de publicité, pas de revente de données, pas de pistage : ce site lui-même ne dépose aucun traceur.

home-selection-title = Ce que deviennent les demandes
home-selection-lead = Pour chaque phase, les demandes arrivées jusqu’à sa fin (après la fin de la précédente) et leur état aujourd’hui ; celles qui manquent sont encore à l’étude. Une phase n’est comptée ici qu’à partir de 10 demandes, pour que personne ne puisse être reconnu.
home-selection-caption = Demandes reçues, acceptées, en liste d’attente et refusées, par phase
home-selection-col-received = Reçues
home-selection-col-accepted = Acceptées
home-selection-col-waitlisted = En liste d’attente
home-selection-col-refused = Refusées
