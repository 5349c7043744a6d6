# The pre-registration wizard, its errors and the words of the rules.

## Introduction
apply-intro-title = Pre-register
apply-intro-lead = A few questions to find out whether the offer fits you, and to introduce your collective to the people who will read your request.
apply-intro-need-title = What you will need
apply-intro-need-kind = the form of your organisation (association, union, collective…) and its country;
apply-intro-need-needs = a rough idea of how many accounts and how much storage you need;
apply-intro-need-identity = its name, purpose and activities, and its RNA, SIREN or SIRET number if it has one;
apply-intro-need-contact = the name and e-mail address of one contact person;
apply-intro-need-motivation = a few lines on what the space would change for you.
apply-intro-time = It takes about ten minutes. You will know from the first questions whether your organisation can benefit.
apply-intro-saved = Your answers are saved in this browser as you type: you can stop and come back later.
apply-intro-draft-found = You have already started a pre-registration in this browser.
apply-intro-privacy = We only ask for what is needed to review your request.
apply-intro-privacy-link = What we do with your data
apply-start = Start
apply-resume = Continue where I left off
apply-forget = Delete my answers
apply-forget-question = Erase all your answers from this browser? You can take them back for a few minutes.
apply-forget-confirm = Yes, erase my answers
apply-forget-cancel = No, keep them
apply-forgotten = Your answers were erased from this browser.
apply-forgotten-undo = Take them back
apply-saved-note = Your answers are saved in this browser only.
apply-back = Back
apply-continue = Continue
apply-step-count = Step { $number } of { $total }
apply-yes = Yes
apply-no = No

## Step 1: kind of organisation
apply-kind-title = Your organisation
apply-kind-legend = What form does your organisation take?
apply-kind-hint = Choose the one that describes your organisation best.
kind-association = Association
kind-association-hint = A French “loi 1901” association, “loi 1908” in Alsace-Moselle, or its equivalent outside France.
kind-foundation = Foundation or endowment fund
kind-union = Trade union
kind-union-hint = Workers’ union, union branch, local union…
kind-club = Club
kind-club-hint = Sports, cultural or leisure club.
kind-informal-collective = Informal collective
kind-informal-collective-hint = A group of people acting together without a legal status.
kind-cooperative = Cooperative
kind-cooperative-hint = SCOP, SCIC or another cooperative: reviewed case by case.
kind-company = Company
kind-school = School or university
kind-administration = Government administration
kind-local-authority = Local authority
kind-local-authority-hint = Town, county, region, group of towns.
kind-public-service = Public service
kind-individual = Individual
kind-family = Family
kind-other = Other
kind-other-hint = A third place, a social club, a coordination…: examined case by case, from a few words about your organisation.
apply-cooperative-legend = Which kind of cooperative is it?
cooperative-scop = SCOP (worker cooperative)
cooperative-scic = SCIC (community interest cooperative)
cooperative-other = Another kind of cooperative
apply-case-by-case = Your request will be examined case by case: people will read it before deciding. Describe your organisation and what it does well in the next steps.
apply-kind-description-label = What is your organisation?
apply-kind-description-hint = In a few words, for example “a community-run third place” or “the tenants’ social club of our building”.

## Step 2: language and country
apply-origin-title = Language and country
apply-french-legend = Does your organisation work in French?
apply-french-hint = Its members talk to each other in French, at least mostly. Support is only available in French.
apply-country-label = Country where the organisation is based
apply-country-hint = The offer is open to French-speaking organisations all over the world.
apply-country-finder-label = Find a country by its name
apply-country-finder-hint = For example “Belgium”, “Switzerland” or “Quebec”: the list below keeps only what matches.
apply-country-found = Countries found
apply-country-found-count = { $count ->
    [0] No country matches.
    [one] One country matches: choose it in the list.
   *[other] { $count } countries match: choose in the list.
}
country-aliases = CA: Quebec, Québec, Montreal, Acadia, New Brunswick, Ontario; BE: Belgium, Wallonia, Brussels; CH: Switzerland, Romandy, Geneva, Lausanne; LU: Luxembourg; FR: Corsica, mainland France; RE: Réunion; GP: Guadeloupe; MQ: Martinique; GF: French Guiana; YT: Mayotte; NC: New Caledonia; PF: Tahiti, Polynesia; HT: Haiti; SN: Senegal; CI: Ivory Coast; CD: DRC, Kinshasa; CG: Brazzaville; MA: Morocco; DZ: Algeria; TN: Tunisia
apply-country-placeholder = Choose a country
apply-country-frequent = Most frequent
apply-country-all = All countries
apply-postal-label = Postcode
apply-postal-hint = For example 69001 in France or 1000 in Belgium.

## Step 3: needs
apply-needs-title = Your needs
apply-accounts-label = How many accounts would you need?
apply-accounts-hint = One account per person who will use the space, up to { $max }.
apply-storage-label = How much storage do you need, in GB?
apply-storage-hint = A space offers up to { $max } GB, shared between its accounts. For office documents, 10 GB is often enough.
apply-apps-legend = Which tools do you expect to use?
apply-apps-hint = Tick everything you are interested in: it helps us prepare our help.
app-files = Files and sharing
app-office = Online office suite
app-office-hint = Documents, spreadsheets and presentations, edited together.
app-calendar-contacts = Calendars and contacts
app-calendar-contacts-hint = Synchronised with phones.
app-talk = Video calls
app-talk-hint = For about ten people.
app-photos = Photos and albums
app-collectives = Collectives (shared documentation)
app-deck = Deck (task boards)
app-notes = Markdown notes
app-forms = Forms
app-tables = Data tables

## Step 4: identity
apply-identity-title = About the organisation
apply-eligible-notice = From your answers, your organisation can benefit from the offer. Now introduce it to the people who will review your request.
apply-name-label = Name of the organisation
apply-name-hint = The name it is known by.
apply-address-label = Address of your space
apply-address-hint = The first part of your space’s web address, before .{ $domain }: 3 to 40 lower-case letters without accents, digits or hyphens. We propose one from the name; you may change it.
apply-address-preview = Your space would be at
apply-address-available = This address is free.
apply-address-taken = Another organisation has already asked for this address.
apply-address-reserved = This address is kept for the service itself.
apply-address-invalid = This address cannot be used.
apply-address-suggestions = These close addresses are free:
apply-address-fix = An address is written in lower case, without accents or spaces. Suggestion:
apply-identifier-label-fr = RNA, SIREN or SIRET number
apply-identifier-hint-fr = RNA for an association (W then 9 digits), otherwise SIREN (9 digits) or SIRET (14 digits). Leave it empty if your organisation has none: an association declared before 2009 without an RNA number, an Alsace-Moselle association registered at its court, an informal collective.
apply-identifier-label = Official registration number
apply-identifier-hint = The organisation’s number in its country, if there is one.
error-structure-register-number-not-applicable = This number is only for associations of Alsace-Moselle.
apply-email-suggestion-use = Fix it
apply-email-suggestion = Did you mean { $email }?
apply-register-hint = Only for an association under local law registered at the local court, for example “Volume 23 n° 1542”.
apply-register-label = Number in the register of associations (Alsace-Moselle)
apply-purpose-label = Purpose of the organisation
apply-purpose-hint = Its stated purpose or mission, in a few sentences: why it exists.
apply-activities-label = Main activities
apply-activities-hint = What you actually do, with whom, how often.
apply-website-label = Website
apply-website-hint = For example https://my-association.org

## Step 5: contact
apply-contact-title = Contact person
apply-contact-intro = One person who can answer questions about the request. Their details are used for that only.
apply-contact-name-label = Full name
apply-contact-email-label = E-mail address
apply-contact-email-hint = The team may write to you at this address about your request. The status page always says where your request stands.
apply-contact-role-label = Role in the organisation
apply-contact-role-hint = For example treasurer, secretary, board member.

## Step 6: motivation
apply-motivation-title = Your motivation
apply-motivation-label = What would this space change for your collective?
apply-motivation-hint = The tools you use today, what you are missing, what you would like to do. A few lines are enough.

## Step 7: consents
apply-consents-title = Commitments
apply-terms-title = By requesting a space, your organisation commits to:
apply-terms-item1 = give accurate information in this request;
apply-terms-item2 = use the space for its activities, with no commercial purpose;
apply-terms-item3 = respect the law and other people in what it shares there;
apply-terms-item4 = tell the host if it no longer needs the space, so that others can benefit.
apply-terms-label = My organisation accepts these commitments
apply-surveys-label = We agree to answer short questionnaires about how we use the space
apply-surveys-hint = After each phase, the host asks collectives for their opinion to improve the service. Optional.
apply-notifications-label = Tell me by e-mail when my request moves on
apply-notifications-hint = An e-mail to the contact address when the request is received, when the team asks a question or writes, when a decision is taken, when a survey awaits you. It never holds the secret code. Optional, can be changed on the status page.

## Step 8: review
apply-check-title = Check your answers
apply-check-kind = Form of the organisation
apply-check-identifier = RNA, SIREN or SIRET number
apply-check-terms = Commitments accepted
apply-check-surveys = Agrees to questionnaires
apply-check-notifications = Told by e-mail
apply-check-none = Not given
apply-check-change = Change
apply-check-send-title = Send the request
apply-check-send-text = Once sent, you will get a reference and a secret code to follow your request. No account is needed.
apply-send = Send my pre-registration
apply-sending = Sending…

## Confirmation
apply-done-title = Pre-registration received
apply-done-lead = Thank you! Your request has arrived. A member of the team will read it.
apply-done-keys-title = Your reference and secret code
apply-done-keep = Write them down now: the secret code will never be shown again and cannot be recovered.
apply-done-reference = Reference:
apply-done-secret = Secret code:
apply-done-copy-reference = Copy the reference
apply-done-copy-secret = Copy the secret code
apply-done-copied-reference = Reference copied.
apply-done-copied-secret = Secret code copied.
apply-done-print = Print
apply-done-download = Download a summary
apply-done-receipt-heading = Frama.space — pre-registration
apply-done-name = Organisation:
apply-done-sent-at = Sent on:
apply-done-next-title = What happens next?
apply-done-next-p1 = Requests are not handled first come, first served: people read them and open spaces in phases of limited size.
apply-done-next-p2 = With your reference and secret code, you can follow your request or withdraw it at any time.
apply-done-follow = Follow my request
apply-done-follow-at = To follow your request:
apply-done-home = Back to the home page
apply-done-missing-title = No summary in this tab
apply-done-missing-text = The summary of a pre-registration is only shown in the tab it was sent from.
apply-done-missing-link = Go to the pre-registration

## Not eligible
apply-not-eligible-title = This offer does not fit your organisation
apply-not-eligible-lead = From your answers:
apply-not-eligible-change = Change this answer
apply-not-eligible-why-title = Why these limits?
apply-not-eligible-why = Spaces are offered by an association, thanks to donations, and their number is limited: they are meant for French-speaking associations and collectives.
apply-not-eligible-alternatives-title = Where to find a similar service
apply-not-eligible-more = To learn more:
apply-not-eligible-resolved = With your current answers, nothing stands in the way of your request.
apply-not-eligible-forget = You can delete the answers saved in this browser.

## Errors: messages for one field
error-structure-kind-required = Choose the form of your organisation.
error-structure-cooperative-kind-required = Say which kind of cooperative it is.
error-structure-kind-description-required = Describe your organisation in a few words, for example “a community-run third place”.
error-structure-kind-description-not-applicable = This description is only for “Other” organisations.
error-structure-french-speaking-required = Say whether your organisation works in French.
error-structure-country-required = Choose the country where your organisation is based.
error-needs-accounts-required = Give the number of accounts, even roughly.
error-needs-accounts-invalid-value = Give the number of accounts in digits, like 12.
error-needs-storage-gb-required = Give the storage in GB, even roughly.
error-needs-storage-gb-invalid-value = Give the storage in digits, like 10.
error-structure-name-required = Enter the name of your organisation.
error-structure-purpose-required = Describe the purpose of your organisation.
error-structure-activities-required = Describe the main activities of your organisation.
error-contact-name-required = Enter the name of the contact person.
error-contact-email-required = Enter the e-mail address of the contact person.
error-motivation-required = Tell us in a few lines what the space would change for you.
error-consents-terms-must-accept = Tick the box to accept the commitments: they are needed to get a space.
apply-too-many = Many requests were sent from your connection in the last few minutes. Your answers are kept: try again in a few minutes.
apply-trap-label = Do not fill in this field
apply-too-fast = The form was filled faster than a person can, and the request was not sent. Read your answers again, then send them.
