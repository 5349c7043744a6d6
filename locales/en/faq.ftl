# The frequently asked questions.

## FAQ-ORDER: offer:what-is-a-space,address,storage-split,more-accounts,apps-install,missing-app; eligibility:cooperatives,other-kinds,companies,individuals,small-business,schools,informal,partners,abroad,no-rna,alsace-moselle; phases:first-come,refused-neighbour,when-phase,waitlist,why-10000; privacy:who-sees-data,host-reads,activists,delete-data,where-hosted; encryption:e2ee; email:email,email-elsewhere; migration:export,leave,centralisation,chatons,federation; cost:why-free,donations,three-years; nextcloud:what-is-nextcloud,why-nextcloud,onlyoffice; goal:political-goal; support:support-language,training,forum; surveys:surveys,survey-anonymous; request:follow,lost-secret,withdraw

faq-title = Frequently asked questions
faq-lead = Answers to the questions collectives ask most often. Search for a word, or browse the themes.
faq-search-label = Search the questions
faq-search-hint = For example “e-mail”, “price” or “encryption”.
faq-results = { $count ->
    [0] No question matches, out of { $total }.
    [one] { $count } question matches, out of { $total }.
   *[other] { $count } questions match, out of { $total }.
}
faq-no-results = Nothing matches “{ $query }”. Try another word, or ask your question on the help forum.
faq-link-to = Link to this question: { $question }
faq-back-to-top = Back to the themes
faq-themes-nav-label = Themes
# The words people type, each with the words the answers use for it.
faq-synonyms = mail: e-mail; email: e-mail; price: free, pay, paid, cost, donation; cost: free, pay, paid, donation; money: free, donation, funded; gdpr: data, privacy, erase; privacy: data, erase; storage: gb; size: gb, accounts; password: secret code; login: reference, secret code; siret: siren, number; rna: number; app: application; apps: application; video: video calls, talk; cloud: nextcloud, space; drive: files, nextcloud; google: big platforms, nextcloud; security: encryption, encrypted; safe: encryption, state

faq-theme-offer = The offer
faq-theme-eligibility = Who can benefit
faq-theme-phases = Phases, choices and waiting
faq-theme-privacy = Data and privacy
faq-theme-encryption = Encryption
faq-theme-email = E-mail
faq-theme-migration = Moving, leaving, working with others
faq-theme-cost = Cost and duration
faq-theme-nextcloud = Why Nextcloud
faq-theme-goal = The aim of the project
faq-theme-support = Help in French
faq-theme-surveys = Surveys
faq-theme-request = Following a request

faq-what-is-a-space-q = What is a Frama.space space?
faq-what-is-a-space-a1 = A Nextcloud space of your collective’s own: shared files, an online office suite, calendars, contacts, video calls and other tools to work together.
faq-what-is-a-space-a2 = The host installs it and keeps it up to date: maintenance is not your job. You only have to use it.

faq-address-q = At which address will our space be?
faq-address-a1 = At an address like my-association.frama.space.

faq-storage-split-q = How are the { $storage } GB shared?
faq-storage-split-a1 = Freely: the whole space is shared between your accounts, and you decide, if you wish, how much each one gets. Nothing stops you from giving nearly all of it to one account.

faq-more-accounts-q = What if we are more than { $accounts }?
faq-more-accounts-a1 = A space has at most { $accounts } accounts. Many collectives keep accounts for their most active members and share the rest with links, which need no account.
faq-more-accounts-a2 = If that really is not enough, paid Nextcloud hosting will suit your size better.

faq-apps-install-q = Can we install other apps?
faq-apps-install-a1 = No: spaces have no app store. The host offers a selection of tools it keeps up to date for every space, and prefers this frame to stay the same for all.
faq-apps-install-a2 = The selection evolves: tools such as forms or data tables were added along the way.

faq-missing-app-q = We are missing an app: how do we ask for it?
faq-missing-app-a1 = Say so in the questionnaires sent after each phase, or on the help forum. The service changes according to what collectives report, whether tools are missing or too complex.
faq-missing-app-a2 = The team cannot answer every request one by one: needs shared by many collectives are what make the selection evolve.

faq-cooperatives-q = Can cooperatives request a space?
faq-cooperatives-a1 = Yes, case by case. SCOPs, SCICs and other cooperatives may pre-register: people will read their request before deciding.

faq-other-kinds-q = Our organisation fits no box (third place, friendship association, residents’ group…). Can we apply?
faq-other-kinds-a1 = Yes. Choose “Other” in the form and describe in a few words what your organisation is: the request will be examined case by case, like those of cooperatives.

faq-companies-q = Why can’t companies benefit?
faq-companies-a1 = Spaces are offered by an association, funded by donations, and their number is limited: they are meant for associations and collectives. A company can usually afford Nextcloud hosting; only cooperatives are examined case by case.

faq-individuals-q = Why not individuals, even paying ones?
faq-individuals-a1 = Because this is an offer by an association for associations, not a product. The association hosting the service is not looking for customers and does not want paid support, and the service commitments that come with it, to become its trade.
faq-individuals-a2 = Hundreds of hosts offer Nextcloud to individuals, free or for a subscription.

faq-small-business-q = We are a small business: can we pay for a space?
faq-small-business-a1 = No: spaces are not for sale, to anyone. The service has no paid plan and will not have one.
faq-small-business-a2 = Many hosts offer Nextcloud to small organisations for a subscription, sometimes with few accounts and little storage.

faq-schools-q = What about schools, town halls, public services?
faq-schools-a1 = They cannot benefit: their institutions have their own budgets and must provide them with tools. A parents’ association, however, can apply.

faq-informal-q = Our collective has no legal status. Can we apply?
faq-informal-a1 = Yes. Undeclared collectives are welcome; just describe clearly who you are and what you do.

faq-partners-q = Can several partner associations share one space?
faq-partners-a1 = A request is made in the name of one organisation. A group of associations acting together can apply in its own name, explaining it in its motivation.
faq-partners-a2 = Someone who belongs to several associations can have an account in each of their spaces.

faq-abroad-q = Our association is in Belgium, Switzerland, Quebec or Africa. Is that possible?
faq-abroad-a1 = Yes. The offer is open to French-speaking organisations all over the world. The only condition is to work in French, because help only exists in French.

faq-no-rna-q = Our association has no RNA number. Is that a problem?
faq-no-rna-a1 = No. Associations declared before 2009 sometimes have no RNA number yet; just leave the field empty. The number is never required.

faq-alsace-moselle-q = Our association is in Alsace-Moselle: which number should we give?
faq-alsace-moselle-a1 = Associations under local law are entered in the register of associations of the local court and have no RNA number. The form has a field for that register number; it is not required either.

faq-first-come-q = Do we need to hurry to apply?
faq-first-come-a1 = No. It is not first come, first served: people read each request, its motivations and details, and choose phase after phase.

faq-refused-neighbour-q = Our request was refused while a nearby association got a space. Can we apply again?
faq-refused-neighbour-a1 = Each phase opens a limited number of spaces, and people choose among the requests received by reading what each says of its organisation and its needs. Two similar organisations can therefore get different answers, or get them at different times.
faq-refused-neighbour-a2 = The status page gives the reason for the refusal and, if there is one, the team’s message. If the reason no longer holds (an incomplete answer, a situation that changed), you can send a new pre-registration that explains it.

faq-when-phase-q = When will our space open?
faq-when-phase-a1 = Spaces open in phases, each with a target. The home page shows the phases, their targets and the current figures as they are; they are moving more slowly than announced at the launch.
faq-when-phase-a2 = Your status page shows your phase as soon as it is decided.

faq-waitlist-q = What does “on the waiting list” mean?
faq-waitlist-a1 = Your organisation meets the conditions, but there is no room for it in the current phase. Your request will be taken up in a later phase, with nothing for you to redo.

faq-why-10000-q = Why 10,000 spaces at most?
faq-why-10000-a1 = Each space of { $storage } GB has a real cost for an association that lives on donations. 10,000 spaces is what it gave itself the means to open step by step; the infraorganisation is planned to grow in stages.
faq-why-10000-a2 = That is few next to the 800,000 or so active associations in France: this is why requests are read and chosen.

faq-who-sees-data-q = Who sees the information in our request?
faq-who-sees-data-a1 = Only the team members who review requests. Nothing is sold or passed on, and this site holds no tracker.

faq-host-reads-q = Can the host read our documents?
faq-host-reads-a1 = Technically, the people who run a server can access what is stored on it. The host commits not to look at what you store in your space.
faq-host-reads-a2 = This is the other side of having no end-to-end encryption: see the question on encryption.

faq-activists-q = Is it safe for an activist collective? Does the host work with the State?
faq-activists-a1 = The association hosting the service does not work hand in hand with the State, and does not try to know what collectives do with their space.
faq-activists-a2 = But it does not claim to protect actions that need particular discretion: spaces are not end-to-end encrypted. For such needs, turn to associative hosts that specialise in it.

faq-delete-data-q = How do we erase our data?
faq-delete-data-a1 = For a request: erase it from the status page, at any time, even after a refusal; its personal data are erased at once. The “Your personal data” page says how long each request is kept otherwise.
faq-delete-data-a2 = For a space: you can delete your files at any time.

faq-where-hosted-q = Where are our data hosted?
faq-where-hosted-a1 = The legal notice says who hosts the site, and the “Your personal data” page where the data of requests are kept.

faq-e2ee-q = Why no end-to-end encryption?
faq-e2ee-a1 = With end-to-end encryption, the server could no longer open documents: editing them together in the browser, which is at the heart of the service, would be impossible.
faq-e2ee-a2 = And a lost key, which happens often in a collective where people come and go, would make the data unreadable for good.

faq-email-q = Why does the space provide no e-mail?
faq-email-a1 = It is a deliberate choice. An e-mail service takes constant work against spam and many dealings with providers for messages to be delivered. That work would come at the expense of the rest.

faq-email-elsewhere-q = So which e-mail address should we use?
faq-email-elsewhere-a1 = Keep the one you have. If you are looking for a respectful provider, several associative hosts and CHATONS members offer one.

faq-export-q = Will we be able to get our data back?
faq-export-a1 = Yes. A migration tool exports a whole space to another Nextcloud server, and imports an existing space, as long as the same apps are installed on both.

faq-leave-q = What if we want to leave?
faq-leave-a1 = You are free to leave whenever you want: export your space to another host, for example a CHATONS member.

faq-centralisation-q = You advise going to CHATONS members, and you gather thousands of collectives yourselves: isn’t that centralisation?
faq-centralisation-a1 = It is a fair question. The association hosting the service is itself a member of CHATONS, a collective it helped start. This service does not replace them: it is limited in number, kept for associations and collectives, and each space is kept apart from the others.
faq-centralisation-a2 = The idea is not to keep everything, but to lower the step: discover free tools without installing anything, then, if you wish, take your space to a host closer to you with the migration tool.

faq-chatons-q = What are CHATONS?
faq-chatons-a1 = A collective of independent, transparent, open, neutral and mutual-aid hosts offering free online services. It is a good place to find a host close to you.

faq-federation-q = Can we work with another association’s Nextcloud?
faq-federation-a1 = Yes. Nextcloud is federated: Frama.space spaces and other associations’ Nextcloud servers can share folders and documents with each other, and their members can for instance write a press release together, each from their own space.

faq-why-free-q = Why is it free?
faq-why-free-a1 = Because it is an offer by an association for associations, not a product: there is nothing to sell. The service is funded collectively, by donations.

faq-donations-q = How can we support the service?
faq-donations-a1 = By donating to the association that hosts it, if you can. It is never a condition for getting a space.

faq-three-years-q = Will the service last? Other free services filled up quickly.
faq-three-years-a1 = At the launch in November 2022, the association committed to at least three years, the time to open up to 10,000 spaces in 2025, and beyond that for as long as it can afford to maintain them.
faq-three-years-a2 = Other free services of the association filled up, such as Framadrive. This is why the number of spaces is set in advance, they open in phases and requests are chosen. And if the service had to close, the migration tool would let you take your data with you.

faq-what-is-nextcloud-q = What is Nextcloud?
faq-what-is-nextcloud-a1 = A free collaboration software used by many organisations. It brings files, calendars, contacts, video calls and office tools together in one interface, on the web, on computers and on phones.

faq-why-nextcloud-q = Why Nextcloud, and what will it not replace?
faq-why-nextcloud-a1 = Because it is free software, rich, translated into French and complete enough to replace the big platforms’ suites for getting organised: files, calendars, documents, meetings. Any host can install it: you are never locked in. The project also wants to help a French-speaking Nextcloud community grow.
faq-why-nextcloud-a2 = It is not membership management or accounting software: for those, keep your tools, or look for specialised free software.

faq-onlyoffice-q = Can we use OnlyOffice instead of Collabora?
faq-onlyoffice-a1 = Collabora is installed by default. OnlyOffice is possible instead.

faq-political-goal-q = What is the political aim of the project?
faq-political-goal-a1 = Associations are one of the spearheads of social struggles, and they too often organise themselves with tools designed by players who want a world they do not want. The project wants to give them back control over their tools.
faq-political-goal-a2 = The aim is collectives’ autonomy and power to act: make the alternatives visible, make them easier to reach, help communities form, give them power and confidence. The space is only one step towards that aim.

faq-support-language-q = Is help available in other languages?
faq-support-language-a1 = No, only in French. That is why the offer is kept for French-speaking organisations.

faq-training-q = Do we need technical skills? Is there training?
faq-training-a1 = No technical skill is needed: the host installs, updates and maintains the space. Knowing how to use a web browser is enough.
faq-training-a2 = To learn, there are tutorials and videos, these frequently asked questions and the help forum, where collectives and volunteers answer each other. The team cannot coach each collective one by one.

faq-forum-q = Where can we get help?
faq-forum-a1 = On the help forum, where collectives and volunteers answer questions, in the tutorials and videos, and in these frequently asked questions.

faq-surveys-q = Will we have to answer questionnaires?
faq-surveys-a1 = After each phase, the host asks collectives for their opinion through short questionnaires: what works, what is missing, what is too complex. Answering is not required, but that is how the service improves.

faq-survey-anonymous-q = Are the answers to questionnaires anonymous?
faq-survey-anonymous-a1 = Each questionnaire says so at the top. When it is anonymous, your response is stored with no link to your collective, no date and no order of arrival, and nobody in the team can know who answered what.
faq-survey-anonymous-a2 = To that end, while an anonymous questionnaire is open, the team sees only how many responses came in (so comparing two readings reveals nothing); once closed, it can never be reopened, and its answers are shown only if it got at least { $survey_threshold }. The response rate is only shown for groups of at least { $survey_threshold } collectives invited and responding: the smallest phases are counted together.

faq-follow-q = How do we follow our request?
faq-follow-a1 = When you send it, you get a reference, like FS-7K3M-Q9TD, and a secret code shown only once. With both, the “Follow my request” page shows where your request stands. No account or e-mail is needed.

faq-lost-secret-q = We lost our secret code. What can we do?
faq-lost-secret-a1 = We only keep a fingerprint of the code, which cannot be turned back into it. Send a new pre-registration and mention the old reference in your motivation: the team will make the link.

faq-withdraw-q = How do we withdraw our request?
faq-withdraw-a1 = From the status page, with your reference and secret code, at any time, even after a refusal. Withdrawing erases the request’s personal data at once.
