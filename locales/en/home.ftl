# The home page, in the main bundle with the shell (main.ftl).

## Home
home-title = A free collaboration space for your collective
home-lead = Frama.space gives French-speaking associations, unions, clubs and collectives their own online space to share files, write together, keep a shared calendar and meet by video. No ads, no tracking, only free software.
home-cta = Pre-register
home-cta-secondary = Check whether my organisation can benefit
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
home-step1-desc = A form in a few steps tells you at once whether your organisation can benefit.
home-step2-title = People read your request
home-step2-desc = It is not first come, first served: the team reads the purpose, activities and motivation of each collective.
home-step3-title = A phase opens
home-step3-desc = Spaces open in waves of limited size, with pauses to gather the collectives’ feedback.
home-step4-title = Your space is ready
home-step4-desc = At an address like mon-asso.frama.space, maintained and updated by the host.
home-step5-title = You give your opinion
home-step5-desc = After each phase, short questionnaires help improve the service.
home-progress-title = Where the opening of spaces stands
home-progress-intro = Spaces open in phases, each with a target. Here are the current figures, as they are.
home-wait-title = How long a first answer takes
home-wait-overall = Since the opening, half the requests got a first decision within { $median }, and nine in ten within { $p90 } ({ $decided } requests decided).
home-wait-recent = These last 90 days: half within { $median }, nine in ten within { $p90 } ({ $decided } requests).
home-wait-hours = { $count ->
    [one] 1 hour
   *[other] { $count } hours
}
home-wait-days = { $count ->
    [one] 1 day
   *[other] { $count } days
}
home-progress-accepted = { $count ->
    [0] No space granted yet.
    [one] { $count } space granted so far.
   *[other] { $count } spaces granted so far.
}
home-progress-phase = Phase { $number }
home-progress-behind = { $count ->
    [one] This phase is over and did not reach its target: { $phases }
   *[other] These phases are over and did not reach their target: { $phases }
}
home-progress-chart-alt = Phase { $number }: { $accepted ->
    [one] { $accepted } space granted
   *[other] { $accepted } spaces granted
} out of a target of { $target }.
home-progress-bar-value = { $accepted } of { $target }
home-progress-unavailable = The figures cannot be loaded right now.
home-progress-caption = Spaces granted and cumulative target, per phase
home-progress-col-phase = Phase
home-progress-col-accepted = Granted
home-progress-col-target = Target
home-trust-title = Who is behind this service
home-trust-p1 = This service is offered by { $publisher }, a French association that has been building free online services for some twenty years. It lives on its supporters’ donations and maintains the spaces itself.
home-trust-p2 = At the launch, in November 2022, it committed to at least three years, the time to open up to 10,000 spaces in 2025, and beyond that for as long as it can afford to.
home-trust-p3 = Everything runs on free software. No ads, no selling of data, no tracking: this very site sets no tracker.

home-selection-title = What becomes of the requests
home-selection-lead = For each phase, the requests that arrived by its end (after the end of the one before) and where they stand today; the missing ones are still being studied. A phase is counted here only from 10 requests on, so that no one can be recognised.
home-selection-caption = Requests received, accepted, wait-listed and refused, by phase
home-selection-col-received = Received
home-selection-col-accepted = Accepted
home-selection-col-waitlisted = Wait-listed
home-selection-col-refused = Refused
