# The e-mails to applicants who asked for them (written by the server).
# Plain text: no markup. Never the secret code.

mail-received-subject = Your request { $reference } has arrived
mail-received = Your request for a Frama.space space is recorded under the reference { $reference }. Someone from the team will read it; there is nothing to do until then.
mail-question-subject = A question about your request { $reference }
mail-question = The team has a question about your request { $reference }. You will read it on the status page, where you can answer it; the review resumes as soon as you answer.
mail-message-subject = A message about your request { $reference }
mail-message = The team wrote to you about your request { $reference }. The message is on the status page.
mail-decision-subject = Your request { $reference }: { $status }
mail-decision = Your request { $reference } has a new status: { $status }. The status page says what it means and what comes next.
mail-survey-subject = A survey about your space ({ $reference })
mail-survey = The team would like to know how using your space is going. The link to the survey is on the status page of your request { $reference }.
mail-space-ready-subject = Your Frama.space space is ready ({ $reference })
mail-space-ready = Your collective's space has been created. Its address and the first steps (signing in, inviting members, sharing files) are on the follow-up page of your request { $reference }.
mail-hello = Hello,
mail-follow = Status page: { $link }
mail-secret = Enter there the secret code you received when you sent your request. This code is never sent by e-mail: do not give it to anyone who asks for it.
mail-why = You are receiving this message because you asked, and confirmed, to be told by e-mail.
mail-why-asked = You are receiving this message because this address was given in a request for a Frama.space space, asking to be told by e-mail. If that was not you, ignore it: without a confirmation, nothing else will be sent to you.
mail-confirm = Would you like to receive the news of this request by e-mail? Confirm it by opening this link, which works once: { $confirm }
    Without a confirmation, we will not write again; the status page stays up to date.
mail-stop = Stop these e-mails: { $stop }
