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
mail-hello = Hello,
mail-follow = Status page: { $link }
mail-secret = Enter there the secret code you received when you sent your request. This code is never sent by e-mail: do not give it to anyone who asks for it.
mail-why = You are receiving this message because you asked to be told by e-mail. You can stop these messages on the status page.
