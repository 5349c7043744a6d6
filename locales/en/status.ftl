# Following a request: the status page.

status-title = Follow my request
status-lead = Enter the reference and the secret code you got when you sent your pre-registration. No account is needed.
status-reference-label = Reference
status-reference-hint = It looks like FS-7K3M-Q9TD.
status-secret-label = Secret code
status-secret-hint = 32 characters, in groups of 4. Dashes and spaces are optional.
status-submit = See where my request stands
status-lost = Lost your secret code? We only keep a fingerprint of it and cannot recover it. Send a new pre-registration and mention the old reference in your motivation.
status-not-found = No request matches this reference and secret code. Check both, character by character.
status-cannot-withdraw = This request can no longer be withdrawn.
status-result-title = Request { $reference }
status-history-title = History
status-address-asked = Address asked for your space:
status-space-title = Your space
space-creating = Being created.
space-ready = Ready.
space-failed = Creation delayed.
status-space-creating = This page will say as soon as it is ready.
status-space-ready = It is waiting for you at this address:
status-space-failed = Its creation ran into a problem; the team is on it and will try again. There is nothing for you to do.
status-first-steps-title = First steps
status-first-step-sign-in = Sign in with the first account: it is made for the contact person named in the request.
status-first-step-members = Invite your organisation’s members: up to { $accounts } accounts in all.
status-first-step-share = Store and share your files: { $storage } GB, shared between all the accounts.
status-first-step-help = A question? Organisations help each other on
status-first-step-forum = the help forum
status-wait-title = What your request waits for
status-wait-phase = It waits for a place in phase { $number } ({ $months }).
status-wait-count = { $count ->
    [one] It is the only request waiting for this phase.
   *[other] { $count } requests, yours included, wait for this phase.
}
status-wait-moves = It will move when the team opens this phase and places in it are free. No date is promised: this page will say as soon as that changes.
event-address = Address of the space changed: { $address }
status-phase = phase { $number }
status-erased = The personal data of this request were erased. Only what the statistics need is left: the form of the organisation, its country and the dates.

status-received = Received
status-under-review = Under review
status-accepted = Accepted
status-waitlisted = On the waiting list
status-refused = Refused
status-withdrawn = Withdrawn
status-received-next = Your request has arrived. A member of the team will read it; there is nothing to do until then. If the team has a question, this is where you will find it.
status-under-review-next = A member of the team is reviewing your request. You will see the decision here, or their question if they have one.
status-accepted-next = Good news: your organisation will get a space in phase { $number }. How its creation is going: see below.
status-waitlisted-next = Your organisation meets the conditions, but there is no room for it in the current phase: it is planned for phase { $number }. You will have nothing to redo.
status-refused-next = Your request was not accepted. The reason is given in the history below.
status-withdrawn-next = You withdrew this request. You can send a new one at any time.
status-information-requested = Information requested
status-information-requested-next = The team has a question about your request: you will find it below, with room to answer it. The review resumes as soon as you answer.
status-question-title = Question from the team
status-answer-label = Your answer
status-answer-hint = Up to 2,000 characters. Do not write your secret code in it: the team never needs it.
status-answer-send = Send my answer
status-no-question = This request no longer waits for an answer: it changed meanwhile. Look it up again to see where it stands.
status-message-team = Message from the team
status-message-yours = Your answer

refusal-not-eligible-kind = The form of the organisation is not covered by the offer.
refusal-not-french-speaking = The organisation does not work in French.
refusal-needs-exceed-offer = The needs go beyond what a space can offer.
refusal-incomplete-or-unclear = The request is incomplete or too unclear to be reviewed.
refusal-duplicate = Another request was already made for this organisation.
refusal-out-of-scope = The intended use does not match the offer.
refusal-no-answer = The team’s question went unanswered within the time allowed.
refusal-other = Another reason, explained in the message.

status-withdraw = Withdraw my request
status-withdraw-confirm-title = Withdraw this request?
status-withdraw-confirm-text = Your request will be withdrawn and its personal data erased: name of the organisation, contact person, texts. This cannot be undone.
status-withdraw-confirm = Yes, withdraw and erase
status-withdraw-cancel = No, keep my request

error-reference-required = Enter the reference of your request.
error-reference-invalid-value = This reference does not have the right form: it looks like FS-7K3M-Q9TD.
error-secret-required = Enter the secret code of your request.
error-secret-invalid-value = This secret code does not have the right form: it has 32 letters and digits.

## The surveys the collective is invited to
status-surveys-title = Your opinion counts
status-surveys-lead = We invite you to answer a short survey about your space. The link is personal: share it only within your collective.
status-survey-answer = Answer the survey “{ $title }”
status-survey-change = Change your answers to “{ $title }”
status-survey-see = See the survey “{ $title }”
status-survey-waiting = waiting for your answers
status-survey-answered = response saved, can be changed until it closes
status-survey-closed = closed
status-survey-closed-answered = closed, response saved

status-emails-title = E-mail updates
status-emails-on = An e-mail goes to the contact address of the request when the team asks a question or writes, when a decision is taken, when a survey awaits you. It never holds the secret code.
status-emails-off = No e-mail is sent for this request: what changes is shown here.
status-emails-stop = Stop telling me by e-mail
status-emails-start = Tell me by e-mail
status-correct-title = Also correct an answer of your request
status-correct-hint = Fill in only what you change; the rest of your request stays as it is. The team will see what you corrected.
status-corrected = You corrected: { $fields }

## The page the links of the e-mails open (`pages::email_choice`)
emails-title = Your follow-up e-mails
emails-lead = We only send e-mail to addresses that asked for it, and each one can be stopped in one click.
emails-confirm-text = Do you confirm you want to receive the news of your request by e-mail? Without a confirmation, we will not write to this address again; the status page stays up to date in any case.
emails-confirm-button = Yes, I want these e-mails
emails-confirmed = Confirmed: you will get an e-mail when your request moves on. Each e-mail carries a link to stop them.
emails-confirm-unknown = This link was already used, or a newer one replaced it. If your address is already confirmed, there is nothing else to do.
emails-stop-text = Stop receiving e-mails about this request? Nothing else changes: the request goes on, and the status page stays up to date.
emails-stop-button = Stop these e-mails
emails-stopped = Done: no more e-mail will be sent about this request. You can turn them on again on the status page.
emails-stop-unknown = This link is not valid. You can stop the e-mails on the status page, with your reference and secret code.
emails-no-link = This page opens from the links of the e-mails we send. To set your e-mails otherwise, use the status page.
emails-to-status = Go to the status page
