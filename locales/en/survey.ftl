## Feedback surveys: answering (collectives) and managing (reviewers).

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
survey-optional-note = Questions marked “(optional)” can be left unanswered.
survey-submit = Send my answers
survey-save-changes = Save the changes
survey-draft-note = Your answers are kept in this browser as you go: you can close the page and come back later.
survey-scale-ends = From { $min } ({ $minLabel }) to { $max } ({ $maxLabel }).
survey-thanks-title = Thank you for your answers
survey-thanks-text = They are saved. We read them all before opening the next phase, to adapt the service.
survey-thanks-change = You can change your answers while the survey is open, with the same link.
survey-change = Change my answers
survey-back-home = Back to the home page

status-surveys-title = Your opinion counts
status-surveys-lead = We invite you to answer a short survey about your space. The link is personal: share it only within your collective.
status-survey-answer = Answer the survey “{ $title }”
status-survey-change = Change your answers to “{ $title }”
status-survey-see = See the survey “{ $title }”
status-survey-waiting = waiting for your answers
status-survey-answered = response saved, can be changed until it closes
status-survey-closed = closed
status-survey-closed-answered = closed, response saved

review-nav-surveys = Surveys
review-surveys-title = Feedback surveys
review-surveys-lead = Each survey invites the accepted requests of the chosen phases. Prepare it as a draft, open it to send the invitations, close it to stop the answers.
review-surveys-none = No survey yet.
review-survey-new = New survey
review-survey-col-title = Title
review-survey-col-phases = Phases invited
review-survey-col-answers = Answers
review-survey-col-invited = Invitations
review-survey-col-responded = Responses
review-survey-col-rate = Response rate
review-survey-col-created = Created on
review-survey-anonymous = anonymous
review-survey-named = linked to requests
review-survey-state-draft = Draft
review-survey-state-open = Open to responses
review-survey-state-closed = Closed
review-survey-explain-draft = Draft: the questions can still change and nobody is invited. Opening invites every accepted request of the chosen phases; the questions can then no longer change.
review-survey-explain-open = Open: invited collectives see the link on their status page and can change their answers until it closes. Requests accepted into these phases meanwhile are invited too.
review-survey-explain-closed = Closed: no more answers or changes. You can open it again.
review-survey-open = Open and invite
review-survey-close = Close the survey
review-survey-reopen = Open the survey again
review-survey-now = New state of the survey: { $state }.
review-survey-back = ← All surveys
review-survey-edit = Edit the draft
review-survey-export = Download the responses (CSV)
review-survey-export-ods = Download the responses (ODS spreadsheet)
review-survey-file-label = Load a definition file
review-survey-file-hint = A JSON file of the same shape as the text below. Its content replaces the text, which you can still edit.
review-survey-file-loaded = The file is loaded into the “Definition” field.
review-survey-definition-label = Definition (JSON)
review-survey-definition-hint = Title and introduction in French and English, the “anonymous” flag, then the questions: “type” is single_choice, multiple_choice, scale, short_text or long_text; “required” makes an answer mandatory; “show_if” shows the question only for some answers to an earlier question.
review-survey-json-error = The JSON cannot be read near line { $line }, column { $column }.
review-survey-phases-label = Phases invited
review-survey-phases-hint = The requests accepted into these phases will get an invitation.
review-survey-create = Create the draft
review-survey-save = Save the draft
review-survey-saved = Draft saved.
review-survey-preview = Preview for the collectives
review-survey-preview-hint = The survey as it will appear, in the language of this page. You can answer it to try the conditional questions: nothing is saved.
review-survey-preview-invalid = The preview will appear as soon as the definition is valid.
review-survey-results = Results
review-survey-responses = { $count ->
    [0] No response yet
    [one] { $count } response
   *[other] { $count } responses
}
review-survey-withheld = The answers to an anonymous survey are shown from { $threshold } responses on: with fewer, the response rate per phase would give away who answered what.
review-survey-rate-caption = Response rate per phase
review-survey-answered = { $count ->
    [0] Nobody answered this question.
    [one] { $count } answer to this question.
   *[other] { $count } answers to this question.
}
review-survey-count = { $count } ({ $percent })
review-survey-mean = Mean: { $mean } out of { $max }
review-survey-multiple-note = Several answers possible: the percentages add up to more than 100%.
review-survey-filter = Filter the answers to “{ $question }”
review-survey-texts-shown = { $shown ->
    [one] { $shown } answer shown out of { $total }
   *[other] { $shown } answers shown out of { $total }
}
review-survey-bar = { $label }: { $figures }
