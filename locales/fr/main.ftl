# The shell of the app: navigation, footer, language switch, common words.
# French is the reference locale: every id here exists in locales/en/main.ftl.

app-name = Frama.space
skip-to-content = Aller au contenu
nav-label = Navigation principale
nav-menu = Menu
nav-home = L’offre
nav-eligibility = Qui peut s’inscrire
nav-faq = Questions fréquentes
nav-about = Pourquoi ce service
nav-status = Suivre ma demande
nav-apply = Se pré-inscrire
nav-privacy = Données personnelles
nav-legal = Mentions légales
nav-accessibility = Accessibilité
footer-nav-label = Informations sur le site
footer-tagline = Des espaces collaboratifs libres et gratuits pour les associations et collectifs francophones.
footer-no-tracking = Ce site ne dépose aucun traceur et ne fait appel à aucun service tiers.
# The switch offers the other language, named in that language (the
# app draws it before that language's texts have come).
language-switch = English

notfound-title = Page introuvable
notfound-p1 = L’adresse que vous avez suivie ne correspond à aucune page de ce site. Elle a peut-être été mal recopiée, ou la page a changé de place.
notfound-home = Revenir à l’accueil
notfound-faq = Consulter les questions fréquentes

common-loading = Chargement…
chunk-missing-title = Cette page n’a pas pu être chargée
chunk-missing-text = Une partie du site n’est pas arrivée : la connexion a peut-être été coupée, ou une nouvelle version du site a été publiée entre-temps. Réessayez ; si cela se reproduit, rechargez la page.
common-cancel = Annuler
common-retry = Réessayer
common-network-error = Le serveur ne répond pas pour le moment. Vérifiez votre connexion, puis réessayez.
common-server-error = Une erreur est survenue de notre côté. Vos réponses sont conservées : réessayez dans quelques instants.
common-spaces = { $count ->
    [0] aucun espace
    [one] { $count } espace
   *[other] { $count } espaces
}

## Places outside the site, linked from the configuration
link-forum = Le forum d’entraide
link-chatons = Trouver un membre des CHATONS
link-paid-hosts = Voir des hébergeurs Nextcloud payants
alternative-paid = Des hébergeurs proposent Nextcloud, le logiciel de ces espaces, contre un abonnement, avec de l’assistance.
alternative-chatons = Les CHATONS forment un collectif d’hébergeurs indépendants, transparents et éthiques ; plusieurs d’entre eux proposent Nextcloud ou des services semblables.
