# The shell of the app: navigation, footer, language switch, common words.

app-name = Frama.space
skip-to-content = Skip to content
nav-label = Main navigation
nav-menu = Menu
nav-home = The offer
nav-eligibility = Who can apply
nav-faq = Questions
nav-about = Why this service
nav-status = Follow my request
nav-apply = Pre-register
nav-privacy = Personal data
nav-legal = Legal notice
nav-accessibility = Accessibility
footer-nav-label = About this site
footer-tagline = Free collaboration spaces, built on free software, for French-speaking associations and collectives.
footer-no-tracking = This site sets no trackers and calls no third-party service.
# The switch offers the other language, named in that language (the
# app draws it before that language's texts have come).
language-switch = Français

notfound-title = Page not found
notfound-p1 = The address you followed does not match any page of this site. It may have been mistyped, or the page may have moved.
notfound-home = Back to the home page
notfound-faq = Read the frequently asked questions

common-loading = Loading…
chunk-missing-title = This page could not be loaded
chunk-missing-text = Part of the site did not arrive: the connection may have dropped, or a new version of the site was published meanwhile. Try again; if it happens again, reload the page.
common-cancel = Cancel
common-retry = Try again
common-network-error = The server is not answering right now. Check your connection, then try again.
common-server-error = Something went wrong on our side. Your answers are kept: try again in a moment.
common-spaces = { $count ->
    [0] no space
    [one] { $count } space
   *[other] { $count } spaces
}

## Places outside the site, linked from the configuration
link-forum = The help forum
link-chatons = Find a CHATONS member
link-paid-hosts = See paid Nextcloud hosts
alternative-paid = Some hosts offer Nextcloud, the software of these spaces, for a subscription, with support.
alternative-chatons = CHATONS is a collective of independent, transparent and ethical hosts; several of its members offer Nextcloud or similar services.
