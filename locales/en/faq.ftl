# The frequently asked questions.

## FAQ-ORDER: offer:what-is-a-space,address,storage-split,more-accounts,apps-install; eligibility:cooperatives,companies,schools,informal,partners,abroad,no-rna,alsace-moselle; phases:first-come,when-phase,waitlist; privacy:who-sees-data,host-reads,delete-data,where-hosted; encryption:e2ee,transport; email:email,email-elsewhere; migration:export,leave,centralisation,chatons; cost:why-free,donations,three-years; nextcloud:what-is-nextcloud,why-nextcloud,onlyoffice; support:support-language,forum; surveys:surveys,survey-anonymous; request:follow,lost-secret,withdraw

faq-title = Frequently asked questions
faq-lead = Answers to the questions collectives ask most often. Search for a word, or browse the themes.
faq-search-label = Search the questions
faq-search-hint = For example “e-mail” or “encryption”.
faq-results = { $count ->
    [0] No question matches, out of { $total }.
    [one] { $count } question matches, out of { $total }.
   *[other] { $count } questions match, out of { $total }.
}
faq-no-results = Nothing matches “{ $query }”. Try another word, or ask your question on the help forum.
faq-copy-link = Copy the link to this question
faq-copied = Link copied.
faq-back-to-top = Back to the themes
faq-themes-nav-label = Themes

faq-theme-offer = The offer
faq-theme-eligibility = Eligibility and selection
faq-theme-phases = Phases and waiting
faq-theme-privacy = Data and privacy
faq-theme-encryption = Encryption
faq-theme-email = E-mail
faq-theme-migration = Moving and leaving
faq-theme-cost = Cost and funding
faq-theme-nextcloud = Why Nextcloud
faq-theme-support = Help in French
faq-theme-surveys = Surveys
faq-theme-request = Following a request

faq-what-is-a-space-q = What is a Frama.space space?
faq-what-is-a-space-a1 = A Nextcloud space of your collective's own: shared files, an online office suite, calendars, contacts, video calls and other tools to work together.
faq-what-is-a-space-a2 = The host installs it, updates it and backs it up. You only have to use it.

faq-address-q = At which address will our space be?
faq-address-a1 = At an address like my-association.frama.space, chosen with you when it opens.

faq-storage-split-q = How are the { $storage } GB shared?
faq-storage-split-a1 = Freely: the whole space is shared between your accounts, and you decide, if you wish, how much each one gets.

faq-more-accounts-q = What if we are more than { $accounts }?
faq-more-accounts-a1 = A space has at most { $accounts } accounts. Many collectives keep accounts for their most active members and share the rest with links, which need no account.
faq-more-accounts-a2 = Beyond that, your structure can probably afford paid hosting, better suited to its size.

faq-apps-install-q = Can we install other apps?
faq-apps-install-a1 = No. The host offers a selection of tools it knows it can keep up to date for thousands of spaces; every extra app means maintenance work and a risk of breakage.
faq-apps-install-a2 = The selection evolves: tools such as forms or data tables were added along the way.

faq-cooperatives-q = Can cooperatives request a space?
faq-cooperatives-a1 = Yes, case by case. SCOPs, SCICs and other cooperatives may pre-register; the team looks at their non-profit character, their purpose and their size.

faq-companies-q = Why can't companies benefit?
faq-companies-a1 = Spaces are funded by donations and their number is limited. They go to the collectives with the fewest means; a company can usually pay for Nextcloud hosting.

faq-schools-q = What about schools, town halls, public services?
faq-schools-a1 = They are not covered: their institutions have budgets and must provide their own tools. A parents' association, however, can apply.

faq-informal-q = Our collective has no legal status. Can we apply?
faq-informal-a1 = Yes. Undeclared collectives are welcome; just describe clearly who you are and what you do.

faq-partners-q = Can several partner associations share one space?
faq-partners-a1 = A space is granted to one structure. A group of associations acting together can apply in its own name, explaining it in its motivation.
faq-partners-a2 = Someone who belongs to several associations can have an account in each of their spaces.

faq-abroad-q = Our association is in Belgium, Switzerland, Quebec or Africa. Is that possible?
faq-abroad-a1 = Yes. The offer is open to French-speaking structures all over the world. The only condition is to work in French, because help only exists in French.

faq-no-rna-q = Our association has no RNA number. Is that a problem?
faq-no-rna-a1 = No. Associations declared before 2009 sometimes have no RNA number yet; just leave the field empty. The number is never required.

faq-alsace-moselle-q = Our association is in Alsace-Moselle: which number should we give?
faq-alsace-moselle-a1 = Associations under local law are registered at the court and have no RNA number. Give your SIREN if you have one, otherwise leave the field empty.

faq-first-come-q = Do we need to hurry to apply?
faq-first-come-a1 = No. It is not first come, first served: people read each request and choose, phase after phase, according to needs and motivations.

faq-when-phase-q = When will our space open?
faq-when-phase-a1 = Spaces open in phases. The targets announced at the start were about 300 spaces by the end of 2022, 1,000 in the first half of 2023, 2,500 in the second, 5,000 in 2024 and 10,000 in 2025.
faq-when-phase-a2 = The real pace has been slower, around 2,500 spaces by the end of 2025. The home page shows the current figures, and your status page shows your phase as soon as it is decided.

faq-waitlist-q = What does “on the waiting list” mean?
faq-waitlist-a1 = Your structure meets the conditions, but the current phase is full. Your request will be taken up in a later phase, with nothing for you to do again.

faq-who-sees-data-q = Who sees the information in our request?
faq-who-sees-data-a1 = Only the team members who review requests. Nothing is sold or passed on, and this site holds no tracker.

faq-host-reads-q = Can the host read our documents?
faq-host-reads-a1 = Technically, the administrators of a server can access what is stored on it. The host commits not to look at the content of spaces, except under legal obligation.
faq-host-reads-a2 = This is the other side of having no end-to-end encryption: see the question on encryption.

faq-delete-data-q = How do we erase our data?
faq-delete-data-a1 = For a request: withdraw it from the status page, and its personal data are erased at once. For a space: you can delete your files at any time, or ask for the space to be closed.

faq-where-hosted-q = Where are our data hosted?
faq-where-hosted-a1 = In France, on servers run by the association that hosts the service.

faq-e2ee-q = Why no end-to-end encryption?
faq-e2ee-a1 = With end-to-end encryption, the server could no longer open documents: editing them together in the browser, which is at the heart of the service, would then be impossible.
faq-e2ee-a2 = And a lost key, which happens often in a collective where people come and go, would make the data unreadable for good.

faq-transport-q = Are our exchanges with the space protected?
faq-transport-a1 = Yes. Every connection is encrypted (HTTPS) between your devices and the server, and spaces are backed up regularly.

faq-email-q = Why does the space provide no e-mail?
faq-email-a1 = It is a deliberate choice. An e-mail service takes constant work against spam and a lot of care for messages to be delivered. That work would come at the expense of everything else.

faq-email-elsewhere-q = So which e-mail address should we use?
faq-email-elsewhere-a1 = Keep the one you have. If you are looking for a respectful provider, several associative hosts and CHATONS members offer one.

faq-export-q = Will we be able to get our data back?
faq-export-a1 = Yes. A migration tool exports a whole space to another Nextcloud server, and imports an existing space, as long as the same apps are installed there.

faq-leave-q = What if we want to leave?
faq-leave-a1 = You are free to leave whenever you want: export your space to another host, for example a CHATONS member, then ask for your space to be closed.

faq-centralisation-q = Isn't it risky to gather so many collectives at a single host?
faq-centralisation-a1 = It is a fair question. Each space is kept apart from the others, and the migration tool lets you take yours elsewhere at any time.
faq-centralisation-a2 = The idea is not to keep everything, but to lower the step: discover free tools without installing anything, then, if you wish, join a host closer to you.

faq-chatons-q = What are CHATONS?
faq-chatons-a1 = A collective of independent, transparent, open, neutral and mutual-aid hosts offering free online services. It is a good place to find hosting near you.

faq-why-free-q = Why is it free?
faq-why-free-a1 = Because the collectives that most need empowering tools are often those with the fewest means. The service is funded collectively, through donations.

faq-donations-q = How can we support the service?
faq-donations-a1 = By donating to the association that hosts it, if you can. It is never a condition for getting a space.

faq-three-years-q = Will the service last?
faq-three-years-a1 = The association commits for at least three years, for as long as it can afford it. And if the service had to close, the migration tool would let you take your data with you.

faq-what-is-nextcloud-q = What is Nextcloud?
faq-what-is-nextcloud-a1 = A free collaboration software used by many organisations. It brings files, calendars, contacts, video calls and office tools together in one interface, on the web, on computers and on phones.

faq-why-nextcloud-q = Why choose Nextcloud?
faq-why-nextcloud-a1 = Because it is free software, mature, translated into French and complete enough to replace the suites of big platforms. Any host can install it: you are never locked in.

faq-onlyoffice-q = Can we use OnlyOffice instead of Collabora?
faq-onlyoffice-a1 = Collabora is installed by default. OnlyOffice is possible: ask for it once your space is open.

faq-support-language-q = Is help available in other languages?
faq-support-language-a1 = No, only in French. That is why the offer is kept for French-speaking structures.

faq-forum-q = Where can we get help?
faq-forum-a1 = On the help forum, where collectives and volunteers answer questions, in the tutorials and videos, and in these frequently asked questions.

faq-surveys-q = Will we have to answer questionnaires?
faq-surveys-a1 = After each phase, the host asks collectives for their opinion through short questionnaires: what works, what is missing, what is too complicated. Answering is not required, but that is how the service improves.

faq-survey-anonymous-q = Are the answers to questionnaires anonymous?
faq-survey-anonymous-a1 = Each questionnaire says so. When it is anonymous, the answers are stored with no link to your collective and nobody in the team can tell who answered what.
faq-survey-anonymous-a2 = What is more, the team only sees the answers to an anonymous questionnaire once { $survey_threshold } collectives have responded: with fewer, one could guess whose they are.

faq-follow-q = How do we follow our request?
faq-follow-a1 = When you send it, you get a reference, like FS-7K3M-Q9TD, and a secret code shown only once. With both, the “Follow my request” page shows where your request stands. No account or e-mail is needed.

faq-lost-secret-q = We lost our secret code. What can we do?
faq-lost-secret-a1 = We only keep a fingerprint of the code, which cannot be turned back into it. Send a new pre-registration and mention the old reference in your motivation: the team will connect the two.

faq-withdraw-q = How do we withdraw our request?
faq-withdraw-a1 = From the status page, with your reference and secret code. Withdrawing erases the request's personal data at once.
