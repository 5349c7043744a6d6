# Pages of the public site: home, eligibility, about, privacy, legal notice.
# Generated ids are the same in both locales; French is the reference.


## Home
home-title = A free collaboration space for your collective
home-lead = Frama.space gives French-speaking associations, unions, clubs and collectives their own online space to share files, write together, keep a shared calendar and meet by video. No ads, no tracking, only free software.
home-cta = Pre-register
home-cta-secondary = Check whether my structure can benefit
home-inside-title = What a space holds
home-tool-files-name = Files and sharing
home-tool-files-desc = Keep the collective's documents in one place, share them with a link, sync them to your computers.
home-tool-office-name = Online office suite
home-tool-office-desc = Documents, spreadsheets and presentations edited together at the same time, in the browser. Collabora is installed by default; OnlyOffice is possible.
home-tool-calendar-name = Calendars and contacts
home-tool-calendar-desc = Shared calendars and an address book, synchronised with everyone's phones.
home-tool-talk-name = Video calls
home-tool-talk-desc = Video meetings and written chats, for about ten people.
home-tool-photos-name = Photos
home-tool-photos-desc = Albums to keep the pictures of your events and share them.
home-tool-collectives-name = Collectives
home-tool-collectives-desc = Shared documentation organised by theme, like a wiki: your procedures, your minutes, your memory.
home-tool-deck-name = Deck
home-tool-deck-desc = Task boards in columns to follow who does what in your projects.
home-tool-notes-name = Markdown notes
home-tool-notes-desc = A simple text editor to write quickly, alone or together.
home-notinside-title = What a space does not hold, and why
home-no-email-name = No e-mail
home-no-email-desc = This is a choice. Hosting e-mail takes constant work against spam and to get messages delivered; you are better off keeping your current address.
home-no-appstore-name = No app store
home-no-appstore-desc = The host installs and updates a selection of tools it knows it can maintain for thousands of spaces. You have nothing to update yourselves.
home-no-e2ee-name = No end-to-end encryption
home-no-e2ee-desc = It would prevent editing documents together in the browser, and a lost key would lose the data for good. The host commits not to look at what you store.
home-limits-title = The limits of the current offer
home-limits-storage = { $storage } GB of storage per space.
home-limits-accounts = Up to { $accounts } accounts per space.
home-limits-shared = Storage is shared freely between the accounts: the collective decides.
home-limits-free = Free of charge, funded by donations.
home-limits-support = Help in French on a community forum, tutorials and these frequently asked questions.
home-steps-title = How it works
home-step1-title = You pre-register
home-step1-desc = A form in a few steps tells you at once whether your structure can benefit.
home-step2-title = People read your request
home-step2-desc = It is not first come, first served: the team reads the purpose, activities and motivation of each collective.
home-step3-title = A phase opens
home-step3-desc = Spaces open in waves of limited size, so that the service stays solid.
home-step4-title = Your space is ready
home-step4-desc = At an address like mon-asso.frama.space, maintained and updated by the host.
home-step5-title = You give your opinion
home-step5-desc = After each phase, short questionnaires help improve the service.
home-progress-title = Where the opening of spaces stands
home-progress-intro = Spaces open in phases, each with a target. Here are the current figures, as they are.
home-progress-accepted = { $count ->
    [0] No space granted yet.
    [one] { $count } space granted so far.
   *[other] { $count } spaces granted so far.
}
home-progress-phase = Phase { $number }
home-progress-behind = We are moving more slowly than planned: we would rather open fewer spaces and support them well.
home-progress-chart-alt = Phase { $number }: { $accepted } spaces granted out of a target of { $target }.
home-progress-unavailable = The figures cannot be loaded right now.
home-progress-caption = Spaces granted and cumulative target, per phase
home-progress-col-phase = Phase
home-progress-col-accepted = Granted
home-progress-col-target = Target
home-trust-title = Who runs this service
home-trust-p1 = A French non-profit association that has built and hosted ethical online services for many years, funded by the donations of its supporters.
home-trust-p2 = It commits for at least three years, for as long as it can afford to.
home-trust-p3 = Everything runs on free software. No ads, no selling of data, no tracking: this very site sets no tracker.

## Eligibility
elig-title = Who can request a space
elig-lead = Spaces are kept for French-speaking collectives with few means. Here is who can benefit, who cannot, and why.
elig-yes-title = Who can benefit
elig-yes-association = Associations, declared or not, in France or elsewhere.
elig-yes-foundation = Foundations and endowment funds.
elig-yes-union = Unions, their branches and local unions.
elig-yes-club = Sports, cultural or leisure clubs.
elig-yes-informal = Collectives with no legal status: a group of residents, an activist collective, a friendly society.
elig-conditions-title = On which conditions
elig-conditions-french = Work in French: help and documentation only exist in French. The country does not matter.
elig-conditions-size = Have needs that fit in one space: { $storage } GB of storage and { $accounts } accounts at most.
elig-conditions-one = One space per structure.
elig-case-title = Reviewed case by case: cooperatives
elig-case-p1 = SCOPs, SCICs and other cooperatives may apply. The team looks at their non-profit character, purpose and size before deciding.
elig-no-title = Who cannot benefit
elig-no-company = Companies: they can usually pay for hosting.
elig-no-school = Schools and universities: their institution provides tools.
elig-no-administration = Administrations, local authorities and public services: they have their own budgets and obligations.
elig-no-individual = Individuals and families: the offer is made for groups acting together.
elig-no-why = These spaces are a limited resource, paid for by donations. They go first to the collectives with the fewest means; a structure with a budget can afford a paid service.
elig-alternatives-title = If the offer is not for you
elig-alternatives-p1 = Hosting providers offer Nextcloud, the software behind these spaces, for a subscription, with support.
elig-alternatives-p2 = CHATONS is a collective of independent, transparent and ethical hosts; several of them offer Nextcloud or similar services.
elig-identifiers-title = RNA, SIREN and SIRET numbers
elig-identifiers-p1 = In France, a declared association has an RNA number: the letter W followed by 9 digits. Registered structures have a SIREN (9 digits) and their premises a SIRET (14 digits).
elig-identifiers-p2 = This number helps identify your structure, but it is not required. Leave it out if your association was declared before 2009 and has no RNA yet, if it is registered at a court in Alsace-Moselle, if your collective is not declared or if it is based outside France.
elig-selection-title = How requests are chosen
elig-selection-p1 = It is not a race: a request sent on the first day has no better chance than another.
elig-selection-p2 = People read each request: the structure's purpose, its activities, its needs and its motivation. Spaces then open in phases of limited size.

## About
about-title = Why this service exists
about-lead = Give collectives back control of their tools, so they keep their power to act.
about-p1 = Many associations get organised with the free tools of big platforms. Those tools are paid for in other ways: in data, in dependence, and sometimes in contradiction with the values they stand for.
about-p2 = Yet installing and maintaining one's own tools takes time and skills most collectives do not have. Frama.space wants to remove that obstacle: a ready-to-use space, maintained by the host, built with free software.
about-steps-title = An approach in four steps
about-step1 = Understand: explain simply what digital tools change in the life of a collective.
about-step2 = Try: offer a space to change tools without installing anything.
about-step3 = Make it one's own: support with tutorials, videos and mutual help.
about-step4 = Spread out: be able to move to another free host, with one's data.
about-phases-title = Phases, and pauses to listen
about-phases-p1 = Spaces open in phases. After the first one, a pause of about three months was used to gather the collectives' feedback and adapt the service before going further.
about-phases-p2 = The targets announced at the start were ambitious; the real pace has been slower. We prefer to show the figures as they are.
about-funding-title = Who pays
about-funding-p1 = The service is free for collectives. It is funded by donations to the association that hosts it, and the commitment covers at least three years.

## Privacy
privacy-title = Your personal data
privacy-lead = We ask for as little as possible, keep it as short a time as possible, and you can erase it all.
privacy-collect-title = What we collect, and why
privacy-collect-p1 = The pre-registration asks for what the people reviewing requests need: the form and country of the structure, its name, its number if any, its purpose, its activities, its needs, the name and e-mail address of one contact person, and your motivation.
privacy-nocollect-title = What we do not do
privacy-nocollect-p1 = No tracker, no audience-measurement cookie, no call to any third-party service: no fonts, no statistics, no delivery network. The server logs hold no personal data.
privacy-who-title = Who sees your answers
privacy-who-p1 = Only the team members in charge of reviewing requests. They are neither sold nor passed on.
privacy-keep-title = For how long
privacy-keep-p1 = A request is kept while it is reviewed and until the space opens. A refused request is erased one year after the decision; a withdrawn request is erased at once.
privacy-rights-title = Your rights
privacy-rights-p1 = You can see your request and withdraw it at any time from the status page: withdrawing erases its personal data. To correct an answer or exercise another right, write to the contact address given in the legal notice.
privacy-secret-title = Your secret code
privacy-secret-p1 = We only keep a fingerprint of your secret code, which cannot be turned back into it. Keep it safe: without it, nobody, not even the team, can give it back to you.
privacy-hosting-title = Where the data are
privacy-hosting-p1 = On servers located in France, run by the association that hosts the service.

## Legal
legal-title = Legal notice
legal-publisher-title = Publisher
legal-publisher-p1 = This site is published by the association that hosts the service. Its name, address, publication director and contact address are set by each deployment.
legal-hosting-title = Hosting
legal-hosting-p1 = The site and the spaces are hosted in France on servers run by the association.
legal-ip-title = Intellectual property
legal-ip-p1 = The texts of the site are under the Creative Commons BY-SA licence. The code of the portal is free software under the AGPL licence.
legal-liability-title = Liability
legal-liability-p1 = Each collective is responsible for what it stores in its space and commits to respect the law. The host does its best to keep the service running, without a guarantee of result.
