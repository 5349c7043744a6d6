# Pages of the public site beside the home page (home.ftl): eligibility,
# about, privacy, legal notice, accessibility; they come with the pages' chunk.
# Generated ids are the same in both locales; French is the reference.

## Eligibility
elig-title = Who can request a space
elig-lead = Spaces are kept for French-speaking associations and collectives. Here is who can benefit, who is examined case by case, who cannot, and why.
elig-yes-title = Who can benefit
elig-yes-association = Associations, declared or not, in France or elsewhere.
elig-yes-foundation = Foundations and endowment funds.
elig-yes-union = Unions, their branches and local unions.
elig-yes-club = Sports, cultural or leisure clubs.
elig-yes-informal = Collectives with no legal status: a group of residents, an activist collective, a mutual-aid group.
elig-conditions-title = On which conditions
elig-conditions-french = Work in French: help and documentation only exist in French. The country does not matter.
elig-conditions-size = Have needs that fit in one space: { $storage } GB of storage and { $accounts } accounts at most.

elig-case-title = Examined case by case: cooperatives and other organisations
elig-case-p1 = SCOPs, SCICs and other cooperatives may apply; people will read the request before deciding. The same goes for an organisation that fits no box (a third place, a social club…): choose “Other” and describe it in a few words.
elig-no-title = Who cannot benefit
elig-no-company = Companies: they can usually pay for hosting.
elig-no-school = Schools and universities: their institution provides tools.
elig-no-administration = Administrations, local authorities and public services: they have their own budgets and obligations.
elig-no-individual = Individuals and families: the offer is made for groups acting together.
elig-no-why = These spaces are offered by an association, funded by donations, and their number is limited. They are meant for associations and collectives; other organisations can usually afford hosting.
elig-alternatives-title = If the offer is not for you
elig-identifiers-title = RNA, SIREN and SIRET numbers
elig-identifiers-p1 = In France, a declared association has an RNA number: the letter W followed by 9 digits. Registered organisations have a SIREN (9 digits) and their premises a SIRET (14 digits).
elig-identifiers-p2 = This number helps identify your organisation, but it is not required. Leave it out if your association was declared before 2009 and has no RNA yet, if it is registered at a court in Alsace-Moselle, if your collective is not declared or if it is based outside France.
elig-selection-title = How requests are chosen
elig-selection-p1 = It is not a race: a request sent on the first day has no better chance than another.
elig-selection-p2 = People read each request: the organisation's purpose, its activities, its needs and its motivation. Spaces then open in phases of limited size.

## About
about-title = Why this service exists
about-lead = Give collectives back control of their tools, so they keep their power to act.
about-p1 = Many associations get organised with the free tools of big platforms. Those tools are paid for in other ways: in data, in dependence, and sometimes in contradiction with the values they stand for.
about-p2 = Yet installing and maintaining one's own tools takes time and skills most collectives do not have. Frama.space wants to remove that obstacle: a ready-to-use space, maintained by the host, built with free software.
about-steps-title = An approach in four steps
about-step1 = Make free alternatives to the big platforms’ tools visible.
about-step2 = Make them easy to reach: a ready-to-use space, with nothing to install.
about-step3 = Help communities form around these tools, to help each other.
about-step4 = Give them power and confidence: collectives that know they can do things by themselves.
about-phases-title = Phases, and pauses to listen
about-phases-p1 = Spaces open in phases. A pause of about three months was planned after the first one, to gather the collectives’ feedback and adapt the service before going further.
about-phases-p2 = The targets announced at the start were ambitious; the real pace has been slower. We prefer to show the figures as they are.
about-funding-title = Who pays
about-funding-p1 = The service is free for collectives. It is funded by donations to the association that hosts it, which committed at the launch, in November 2022, to at least three years.

## Privacy
privacy-title = Your personal data
privacy-lead = We ask for as little as possible, keep it as short a time as possible, and you can erase it all.
privacy-controller-title = Who is responsible for your data
privacy-controller-p1 = { $controller } decides what is done with the data this site collects and answers for it: it is the data controller.
privacy-controller-contact = For any question about your data, write to
privacy-collect-title = What we collect, and why
privacy-collect-p1 = The pre-registration asks for what the people reviewing requests need: the legal form and country of the organisation, its name, its number if any, its purpose, its activities, its needs, the name and e-mail address of one contact person, and your motivation.
privacy-collect-p2 = If your organisation gets a space and you agreed to it, it is invited to answer short questionnaires about the service.
privacy-collect-emails = If you asked for it, the contact address gets an e-mail when the request moves on. The first one asks to confirm the address, with a link that works once: without a confirmation, nothing else is sent to it, and an address not confirmed gets at most one e-mail a day, however many requests give it. These e-mails hold neither your secret code nor the team’s messages, and each carries a link that stops them, without the secret code; the status page stops them too. To keep these rules, the server keeps a fingerprint of the address (not the address itself) as long as a request gives it, then one more day.
privacy-basis-title = On what grounds
privacy-basis-requests = Reviewing your pre-registration and answering you:
privacy-basis-surveys = Inviting you to the feedback questionnaires:
privacy-basis-consent = your consent, which you may withdraw (GDPR article 6.1.a).
privacy-basis-pre-contract = steps taken at your request before a space is opened (GDPR article 6.1.b).
privacy-basis-legitimate-interest = the publisher’s legitimate interest (GDPR article 6.1.f).
privacy-nocollect-title = What we do not do
privacy-nocollect-p1 = No tracker, no audience-measurement cookie, no call to any third-party service: no web fonts, no statistics, no content delivery network. The server logs hold no personal data.
privacy-who-title = Who sees your answers
privacy-who-p1 = Only the team members in charge of reviewing requests can see them. Your answers are neither sold nor passed on to anyone. Every time the team opens or decides on a request, it is written in a log (who, what, when, the request's reference — never your answers), which the team cannot change.
privacy-keep-title = For how long
privacy-keep-intro = The personal data of a request are erased automatically, at these times:
privacy-keep-withdrawn = a withdrawn request: at once;
privacy-keep-refused = a refused request: { $days } days after the decision, or at once if you erase it from the status page;
privacy-keep-undecided = a request still waiting for a decision: { $days } days after its last change;
privacy-keep-waitlisted = a wait-listed request: { $days } days after its last change;
privacy-keep-accepted = an accepted request: { $days } days after its last change;
privacy-keep-audit = the log of the team's actions, which holds only your request's reference: { $days } days, also after the request is erased.
privacy-keep-what = Erasing removes the answers, the organisation’s name, the team’s messages and notes, the labels and who was handling the request, and the answers to named questionnaires. Only the legal form, the country, the dates and the decisions remain: they feed the figures and cannot identify you. A backup made before the erasure still holds the request.
privacy-rights-title = Your rights
privacy-rights-p1 = From the status page, with your reference and secret code, you can see your request and erase it at any time, even after a refusal.
privacy-rights-p2 = To correct it, object to its use, restrict it or get a copy, write to
privacy-rights-p2-nocontact = To correct it, object to its use, restrict it or get a copy, contact { $controller }.
privacy-complaint = If you think your rights are not respected, you can complain to the CNIL, the French data protection authority.
privacy-complaint-link = Complain to the CNIL
privacy-secret-title = Your secret code
privacy-secret-p1 = We only keep a fingerprint of your secret code, which cannot be turned back into it. Keep it safe: without it, nobody, not even the team, can give it back to you.
privacy-hosting-title = Where the data are
privacy-hosting-p1 = The data are kept on the servers of { $host }.

## Legal
legal-title = Legal notice
legal-publisher-title = Publisher
legal-publisher-name = Name
legal-publisher-address = Address
legal-publisher-director = Publication director
legal-publisher-contact = Contact
legal-hosting-title = Hosting
legal-host-name = Host
legal-host-address = Address
legal-ip-title = Intellectual property
legal-ip-p1 = The texts of the site are under the Creative Commons BY-SA licence. The code of the portal is free software under the AGPL licence.
legal-liability-title = Liability
legal-liability-p1 = Each collective is responsible for what it stores in its space and commits to respect the law. The host does its best to keep the service running, without a guarantee of result.
legal-data-p1 = What we do with your personal data is explained on the page
legal-accessibility-p1 = The accessibility of the site is described on the page

## Accessibility statement
a11y-title = Accessibility
a11y-lead = Everyone should be able to use this site: with a keyboard, with a screen reader, on a small screen or zoomed in.
a11y-standard-title = The standard we follow
a11y-standard-p1 = We aim for level AA of the Web Content Accessibility Guidelines (WCAG 2.2), which the French accessibility standard (RGAA 4.1) builds on.
a11y-status-title = Conformance
a11y-status-p1 = The site partially conforms: no complete RGAA audit has been carried out by an outside auditor yet, so its conformance rate is not known.
a11y-checked-title = How we check it
a11y-checked-1 = At every change of the code, tests open every public page and the reviewers’ area in a real browser and run the automatic audit tool axe-core on them, at desktop and phone sizes.
a11y-checked-2 = The same tests fill in the form with the keyboard alone, check the names a screen reader announces, the focus moving at each step and errors being announced.
a11y-checked-3 = Pages are checked at 320 pixels wide and at 200% zoom, with level AA contrasts.
a11y-known-title = What we know does not conform
a11y-known-1 = Without JavaScript, a page only shows its title and introduction, with a message saying so: the form and the status page need it.
a11y-known-2 = The sites we link to (help forum, hosts) are not covered by this statement.
a11y-report-title = Report a problem
a11y-report-p1 = If some content or feature is out of your reach, tell us: we will try to fix it and give you the information another way.
a11y-report-contact = Write to
a11y-report-nocontact = Write to { $publisher }.
a11y-recourse-p1 = If the answer does not satisfy you, you can refer the matter to the Défenseur des droits, the French rights ombudsman.
a11y-recourse-link = Contact the Défenseur des droits
