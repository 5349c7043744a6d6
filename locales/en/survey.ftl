## Feedback surveys, as the invited collectives answer them (the reviewers'
## side is in review.ftl, the invitations on the status page in status.ftl).

survey-title = Feedback survey
survey-help = A question about this questionnaire or your space?
survey-ask-lead = After each phase, we ask collectives how their space is working out. The survey link is on the status page of your request; you can also paste the invitation code here.
survey-secret-label = Invitation code
survey-secret-hint = 32 letters and digits, in groups of 4. It is in the link on the status page, after the # sign.
survey-open = Open the survey
survey-not-found = No survey matches this code. Check it, or open the link from the status page of your request.
survey-closed-now = This survey has just closed: your answers could not be saved. Thank you for taking the time to answer.
survey-closed = This survey is closed: it no longer accepts answers.
survey-closed-answered = This survey is closed. Your response was recorded: thank you!
survey-anonymous-note = This survey is anonymous: your response is stored with no link to your collective, no date and no order of arrival. While it is open, the team sees only how many responses came in; once it is closed, they read the responses if there are at least { $threshold }, without being able to tell who answered what.
survey-named-note = This survey is not anonymous: your response carries your request's reference, and the team reads it as your collective's.
survey-optional-note = Questions marked “(optional)” can be left unanswered.
survey-submit = Send my answers
survey-save-changes = Save the changes
survey-draft-note = Your answers are kept as you go, in this browser and encrypted on the server (only your invitation link can read them): you can close the page and come back later, here or on another device.
survey-scale-ends = From { $min } ({ $minLabel }) to { $max } ({ $maxLabel }).
survey-thanks-title = Thank you for your answers
survey-thanks-text = They are saved. We read them all before opening the next phase, to adapt the service.
survey-thanks-change = You can change your answers while the survey is open, with the same link.
survey-change = Change my answers
survey-back-home = Back to the home page
survey-ranking-hint = Put first what matters most to you: each item moves with its "Move up" and "Move down" buttons.
survey-ranking-up = Move "{ $item }" up
survey-ranking-down = Move "{ $item }" down
survey-ranking-moved = "{ $item }" is now in position { $position } of { $count }.
survey-ranking-keep = This order suits me
survey-ranking-kept = Order kept as it is.
survey-draft-saved = Draft saved, encrypted: you can finish on another device with the same invitation link.
survey-draft-here-only = Draft kept in this browser only (no connection to the server for now): it will be sent at the next change.
