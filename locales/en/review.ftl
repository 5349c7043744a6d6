# The reviewers' area.

review-nav-label = Reviewers' area
review-nav-queue = Requests
review-nav-phases = Phases
review-signed-in-as = Signed in: { $name }
review-sign-out = Sign out
review-sign-out-everywhere = Sign out everywhere
review-sign-in-title = Reviewers' area
review-sso-sign-in = Sign in with the association's account
review-sso-or-token = Or, with a sign-in token:
review-sso-unknown = This account belongs to no member of the team. Ask a coordinator to enter it on the Team page.
review-sso-expired = Signing in took too long or was started in another browser. Start again.
review-sso-failed = The sign-in service refused. Start again, or use a token.
review-sso-unavailable = The sign-in service does not answer at the moment. Use a token, or try again later.
review-sso-identity = Identity at the sign-in service (optional)
review-sso-identity-hint = The person's e-mail address or identifier at the association's sign-in service. Leave empty to sign in with a token only.
review-sso-change-title = Signing in with the association's account
review-sso-save = Save the identity
review-team-col-sso = Single sign-on
review-sign-in-lead = Enter the token the administrator gave you. It stays in this tab until you close it.
review-token-label = Sign-in token
review-token-hint = It starts with fsr_.
review-sign-in = Sign in
error-token-required = Enter your sign-in token.
review-error-unauthorized = This token is not recognised, or it was revoked.
review-error-rate-limited = Too many attempts from your connection. Try again in a minute.
review-error-phase-closed = This phase is closed: open it first in the Phases tab.
review-error-phase-full = This phase is full: wait-list the request or choose another phase.
review-error-forbidden = Only the team’s coordinators can do this.
review-error-last-coordinator = The team would be left without a coordinator: make someone else one first.
review-error-token-expired = This token has not been used for too long and no longer works: ask a coordinator for a new one.
review-error-address-taken = Another request has taken this address since: choose another one for this request before reopening it.
review-error-space-unchanged = The space is already at that step, or the request is not accepted.
review-error-invalid-transition = This decision is not possible from the request's current status. Move it back to review first.
review-error-changed-meanwhile = The request changed meanwhile: reload the page.
review-decision-ask = Ask for information
review-question-required = Write the question to ask the applicant.
review-question-label = Question to the applicant
review-question-hint = They will read it on their status page (an e-mail tells them if they asked for e-mails) and answer there; the request waits for the answer, then comes back to the queue marked “Answer received”.
review-filter-answered = Answers
review-filter-answered-yes = Answers received
review-filter-answered-no = No answer received
review-answered = Answer received
review-waiting-since = waiting for the applicant since { $date }
review-error-validation-failed = Check the phase number and the length of the message.
review-error-not-found = This request does not exist.
review-error-request-erased = This request’s personal data were erased (withdrawn, or past its retention period): nothing more can be added to it.
review-error-answer-not-overdue = This reason applies only to a request whose question has waited for its answer for the set delay or longer: not yet the case here.
review-error-too-few-responses = This anonymous survey did not get enough responses to read them without giving away who answered what.
review-error-survey-not-closed = The responses of an anonymous survey can only be read once it is closed.
review-error-survey-closed-for-good = A closed anonymous survey cannot be reopened: its responses can now be read. Copy it to ask again.
review-error-other = The request did not go through.
review-queue-title = Requests to review
review-filters-label = Filter the requests
review-filter-q = Name or purpose
review-filter-status = Status
review-filter-kind = Form
review-filter-eligibility = Verdict
review-filter-phase = Phase
review-filter-country = Country (code)
review-filter-from = From
review-filter-to = Until
review-filter-any = Any
review-filter-apply = Filter
review-export = Export as CSV
review-export-ods = Export as a spreadsheet (ODS)
review-verdict-eligible = Eligible
review-verdict-case-by-case = Case by case
review-verdict-ineligible = Not eligible
review-queue-count = { $total ->
    [0] No request.
    [one] One request, page { $page } of { $pages }.
   *[other] { $total } requests, page { $page } of { $pages }.
}
review-select = Select { $reference }
review-erased = (data erased)
review-col-select = Selection
review-col-reference = Reference
review-col-name = Organisation
review-col-kind = Form
review-col-country = Country
review-col-status = Status
review-col-date = Received on
review-col-accounts = Accounts
review-col-storage = Storage (GB)
review-col-updated = Changed on
review-pager-label = Pages
review-previous = Previous page
review-next = Next page
review-bulk-title = Bulk decision
review-bulk-selected = { $count ->
    [0] No request selected.
    [one] One request selected.
   *[other] { $count } requests selected.
}
review-bulk-none = Select requests in the list first.
review-bulk-apply = Apply to the selection
review-bulk-done = Applied: { $applied }; unchanged: { $unchanged }; failed: { $failed }.
review-decision-label = Decision
review-actor-applicant = The collective
review-decision-accept = Accept into a phase
review-decision-waitlist = Put on the waiting list
review-decision-refuse = Refuse
review-decision-review = Move back to review
review-phase-label = Phase
review-reason-label = Reason for refusal
review-bulk-confirm-button = Confirm
review-bulk-confirm = { $count ->
    [one] Apply “{ $decision }” to the selected request?
   *[other] Apply “{ $decision }” to the { $count } selected requests?
}
review-decision-unchanged = Nothing changed: the request already stood there, with the same phase, reason and message.
review-decision-saved = Decision saved.
review-confirm-back = Change
review-confirm = Confirm the decision
review-confirm-sees-unnamed = The collective will read on its status page:
review-confirm-sees = “{ $name }” will read on its status page:
review-confirm-title = Check before saving
review-reason-required = Choose the reason for the refusal: the collective will read it.
review-phase-required = Choose the phase.
review-choose = — Choose —
review-message-label = Message for the collective (optional)
review-message-hint = It will appear on their status page.
review-decide-title = Decide
review-decide = Record the decision
review-back-to-queue = Back to the requests
review-request-nav = Neighbouring requests in the list
review-request-previous = ← Previous request
review-request-next = Next request →
review-request-next-page = Next page of the list →
review-request-position = { $position } of { $count } on this page of the list
review-history-title = History
review-notes-title = Private notes
review-add-note-title = Add a note
review-note-label = Note (seen by reviewers only)
review-add-note = Add the note
review-phases-title = Phases
review-phases-lead = A request can only be accepted into an open phase with room left.
review-col-phase = Phase
review-col-taken = Taken by
review-col-target = Cumulative target
review-col-capacity = Places
review-col-accepted = Accepted
review-col-remaining = Remaining
review-col-state = State
review-col-action = Action
review-phase-is-open = Open
review-phase-is-closed = Closed
review-phase-open = Open phase { $number }
review-phase-close = Close phase { $number }

## Feedback surveys
review-nav-surveys = Surveys
review-nav-team = Team
review-team-title = The team
review-team-lead = Coordinators open and close phases, run the surveys, define labels, export and manage the team; reviewers read and decide. A change applies from the person’s next request.
review-team-coordinator = Coordinator
review-team-reviewer = Reviewer
review-team-role-of = Role of { $name }
review-team-col-name = Name
review-team-col-role = Role
review-team-col-since = Since
review-team-col-access = Access
review-team-revoked-on = Revoked on { $date }
review-team-revoke = Revoke { $name }’s access
review-team-revoke-title = Revoke this access?
review-team-revoke-text = { $name }’s token will stop working from their next action. Their decisions and notes stay.
review-team-revoke-confirm = Yes, revoke the access
review-team-saved = The team is up to date.
review-team-add-title = Add someone
review-team-name = Name (as the history will show it)
review-team-add = Add and create their token
review-team-token-title = { $name }’s sign-in token
review-team-token-once = It is shown only once: copy it and pass it on to the person by a safe means. Only its fingerprint is kept; if it is lost, revoke this access and add the person again.
review-team-token-copy = Copy the token
review-team-token-copied = Token copied.
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
review-survey-explain-closed-anonymous = Closed for good: no more answers or changes, and an anonymous survey is never reopened.
review-survey-open = Open and invite
review-survey-close = Close the survey
review-survey-reopen = Open the survey again
review-survey-now = New state of the survey: { $state }.
review-survey-back = ← All surveys
review-survey-edit = Edit the draft
review-survey-export = Download the responses (CSV)
review-survey-export-ods = Download the responses (ODS spreadsheet)
review-survey-file-label = Load a definition file
review-survey-file-hint = A JSON file of the same shape as the text below: its content replaces the survey, checked like the rest.
review-survey-definition-label = Definition (JSON)
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
review-survey-withheld = This anonymous survey got fewer than { $threshold } responses: they are not shown, as one could guess who answered what.
review-survey-withheld-open = This survey is anonymous: while it is open, only the number of responses is shown, so that results cannot be compared before and after one response. Its responses will be shown once it is closed, if it got at least { $threshold }.
review-survey-phases = Phases { $numbers }
review-survey-close-title = Close this anonymous survey for good?
review-survey-close-text = Once closed, it cannot be reopened: nobody can answer or change their answers any more. Its responses will then be shown, if it got at least { $threshold }, with the response rate of the phases large enough to point at nobody (the smaller ones are counted together). To ask again, copy it.
review-survey-close-confirm = Close for good
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

review-mails-title = E-mails to the applicant
review-mails-none = The applicant did not ask for e-mails: they follow the request on the status page.
review-mails-on = The applicant gets an e-mail at each question, message or decision.
review-mails-off = The applicant stopped the e-mails.
review-mail-received = Receipt
review-mail-question = Question
review-mail-message = Message
review-mail-decision = Decision
review-mail-survey = Survey
review-mail-space-ready = Space ready
review-mail-pending = To send
review-mail-sent = Sent
review-mail-failed = Not delivered
review-mail-held = Waiting: the address is not confirmed yet
review-mail-asked = with the request to confirm the address
review-mail-attempts = { $count ->
    [one] { $count } attempt
   *[other] { $count } attempts
}
review-note-hint = The applicant never sees it.
review-write-title = Write to the applicant
review-write-label = Message
review-write-hint = The applicant reads it on their status page, with an e-mail if they asked for them. The status of the request does not change: to wait for an answer, choose “Ask for information” in the decision.
review-write-send = Send the message
review-event-message = Message to the applicant
review-event-correction = Correction by the applicant: { $fields }
review-space-title = Space
review-space-address = Address:
review-space-no-address = none (a request from before addresses)
review-space-new-address = New address
review-space-change-address = Change the address
review-space-saved = Saved.
review-space-mark-ready = The space is ready
review-space-ask-again = Ask for its creation again
review-space-reason = What prevents its creation (for the team)
review-space-mark-failed = Report a failure
review-deliveries-title = Messages to the hosting side
review-deliveries-stopped = The hosting side answered 410 (gone): nothing is sent to it any more. Resume once its address is fixed.
review-deliveries-resume = Resume deliveries
review-delivery-pending = waiting
review-delivery-delivered = received
review-delivery-failed = not received
review-delivery-dropped = dropped (no longer needed)
review-delivery-attempts = { $count ->
    [one] (1 attempt)
   *[other] ({ $count } attempts)
}

## Sharing the work: taking a request, related requests, labels, saved views, shortcuts
review-error-taken-by-other = Another reviewer is taking care of this request. The page shows who.
review-taken-nobody = No one is taking care of this request yet.
review-taken-you = You are taking care of this request.
review-taken-by = { $name } is taking care of this request.
review-take = I’ll take care of it
review-release = I no longer take care of it
review-take-over = Take it over from { $name }
review-taken-now = Done: you are taking care of this request.
review-released-now = Done: no one is taking care of this request now.
review-related-title = { $count ->
    [one] One related request
   *[other] { $count } related requests
}
review-related-lead = These requests have something in common with this one. Read them before deciding: it may be a duplicate, or two close structures.
review-related-shares = In common: { $what }
review-related-identifier = the RNA or SIREN number
review-related-email = the contact address
review-related-website = the website
review-related-name = the name
review-related-address = the space address
review-related-badge = Related requests
review-filter-taken = Taken care of
review-filter-taken-mine = By me
review-filter-taken-nobody = By no one
review-filter-related = Related requests
review-filter-related-yes = With related requests
review-filter-related-no = Without related requests
review-filter-label = Label
review-labels-title = Labels
review-labels-none = No labels yet. Create one to mark the requests to follow up.
review-label-new = Create a label
review-label-name = Label name
review-label-color = Colour
review-label-create = Create the label
review-label-color-blue = Blue
review-label-color-green = Green
review-label-color-yellow = Yellow
review-label-color-orange = Orange
review-label-color-red = Red
review-label-color-purple = Purple
review-label-color-grey = Grey
review-name-taken = This name is taken: choose another one.
review-name-too-many = You already have { $max }, the most there may be. Delete one before adding another.
review-views-title = Your saved views
review-views-none = No saved views. Apply filters, then save them under a name to find them again in one click.
review-view-save-title = Save these filters
review-view-name = Name of the view
review-view-name-hint = For example “My requests waiting for an answer”.
review-view-save = Save the view
review-view-saved = The view “{ $name }” is saved.
review-view-delete = Delete the view “{ $name }”
review-view-delete-short = Delete
review-view-deleted = The view is deleted.
review-shortcuts-button = Keyboard shortcuts
review-shortcuts-title = Keyboard shortcuts
review-shortcuts-lead = One key is enough, outside a text field. On this page:
review-shortcuts-close = Close
review-shortcut-next = Next request
review-shortcut-previous = Previous request
review-shortcut-take = Take care of the request, or stop
review-shortcut-decide = Go to the decision
review-shortcut-note = Go to the private note
review-shortcut-message = Go to the message to the applicant
review-shortcut-search = Go to the search
review-shortcut-help = Show this list

## The dashboard
review-nav-dashboard = Dashboard
review-dashboard-title = Dashboard
review-dashboard-lead = The requests in figures, to see at a glance what arrives and what was decided. No name appears here.
review-dashboard-total = { $count ->
    [0] No requests yet.
    [one] One request in all.
   *[other] { $count } requests in all.
}
review-dashboard-statuses = By status
review-dashboard-kinds = By kind of structure
review-dashboard-countries = By country
review-dashboard-reasons = Reasons for refusals
review-dashboard-weeks = By week of arrival (the last 26)
review-dashboard-week-of = week of { $date }
review-dashboard-other-countries = Other countries
review-dashboard-nothing = Nothing to count yet.
review-dashboard-bar = { $label }: { $count }
review-builder-about = The survey
review-builder-title = Title
review-builder-intro = Introduction
review-builder-anonymous = Anonymous answers
review-builder-anonymous-hint = Nothing links an answer to the collective that gave it. While the survey is open, only the number of responses is shown; once closed (it cannot be reopened), the results show from { $threshold } responses. Without this box, each response carries the reference of its request.
review-builder-questions = { $count ->
    [0] No question yet
    [one] One question
   *[other] { $count } questions
}
review-builder-question = Question { $number }
review-builder-add-type = Type of the new question
review-builder-choose = Choose
review-builder-add = Add the question
review-builder-type = Question type
review-builder-type-single-choice = Single choice
review-builder-type-multiple-choice = Multiple choice
review-builder-type-scale = Scale
review-builder-type-short-text = Short text
review-builder-type-long-text = Long text
review-builder-type-ranking = Ranking
review-builder-type-matrix = Grid of scales
review-builder-type-single-choice-hint = One answer among the options.
review-builder-type-multiple-choice-hint = As many answers as one likes among the options.
review-builder-type-scale-hint = A point on a scale of numbers whose two ends have words.
review-builder-type-short-text-hint = One line of free text.
review-builder-type-long-text-hint = A free text of several paragraphs.
review-builder-type-ranking-hint = The options, ordered from the most to the least important.
review-builder-type-matrix-hint = A point of the same scale for each row (for example how easy each tool is).
review-builder-in-fr = { $label } in French
review-builder-in-en = { $label } in English
review-builder-missing-fr = French translation missing.
review-builder-missing-en = English translation missing.
review-builder-label = Wording
review-builder-hint = Help (optional)
review-builder-required = Answer required
review-builder-choices = Options
review-builder-choice = Option
review-builder-choice-add = Add an option
review-builder-choice-remove = Remove option { $number }
review-builder-rows = Rows of the grid
review-builder-row = Row
review-builder-row-add = Add a row
review-builder-row-remove = Remove row { $number }
review-builder-scale = Scale
review-builder-scale-min = From
review-builder-scale-max = To
review-builder-scale-min-label = Words of the first point
review-builder-scale-max-label = Words of the last point
review-builder-condition = Show this question only after some answer to an earlier one
review-builder-condition-source = Earlier question
review-builder-condition-values-label = Show if the answer is one of these
review-builder-up = Move question { $number } up
review-builder-up-short = Up
review-builder-down = Move question { $number } down
review-builder-down-short = Down
review-builder-duplicate = Duplicate question { $number }
review-builder-duplicate-short = Duplicate
review-builder-remove = Delete question { $number }
review-builder-remove-short = Delete
review-builder-json = Import or export the definition (JSON)
review-builder-json-hint = To reuse a survey prepared elsewhere or keep a copy. The text below follows the survey being built; once changed, "Import this JSON" replaces the survey with its content, checked like the rest.
review-builder-json-import = Import this JSON
review-builder-json-export = Download the JSON
review-builder-json-imported = Definition imported: the survey above now follows it.
review-builder-json-at = At "{ $path }": { $problem }
review-builder-json-type = "{ $value }" is not a question type. Possible types: single_choice, multiple_choice, scale, short_text, long_text, ranking, matrix.
review-builder-text-required = Write this text in this language.
review-builder-questions-required = Add at least one question.
review-builder-questions-too-many = A survey has at most { $max } questions.
review-builder-choices-too-few = Give at least { $min } options.
review-builder-choices-too-many = Give at most { $max } options.
review-builder-rows-too-few = Give at least { $min } rows.
review-builder-rows-too-many = Give at most { $max } rows.
review-builder-scale-range = The last point must be above the first, with at most 11 points, between { $min } and { $max }.
review-builder-condition-question = Choose a choice or scale question placed before this one.
review-builder-condition-values = Tick at least one answer that shows this question.
review-builder-condition-stale = A ticked answer no longer exists in the chosen question: untick it or choose another.
review-builder-id-invalid = An identifier is written in lowercase letters without accents, digits and "_", in at most 40 characters.
review-builder-id-taken = This identifier is already taken.
review-survey-open-title = Open "{ $title }"?
review-survey-open-text = { $count ->
    [0] Its questions will no longer change. No invitation will be created for now: no accepted request of phases { $phases } is waiting for one. Those accepted later will be invited.
    [one] Its questions will no longer change. One invitation will be created, for the only accepted request of phases { $phases }; the collective will find it on its status page.
   *[other] Its questions will no longer change. { $count } invitations will be created, one per accepted request of phases { $phases }; each collective will find it on its status page.
}
review-survey-open-confirm = { $count ->
    [0] Open
    [one] Open and create 1 invitation
   *[other] Open and create { $count } invitations
}
review-survey-delete = Delete the draft
review-survey-delete-title = Delete this draft?
review-survey-delete-text = Its questions will be lost. Nobody was invited: nothing else changes.
review-survey-delete-confirm = Delete
review-survey-copy = Duplicate into a new draft
review-survey-copied = This draft is a copy: change its questions and phases here, then open it like any survey.
review-survey-ranking-firsts = How often each option was placed first:
review-survey-ranking-caption = Mean rank of each option (1 = the most important)
review-survey-matrix-caption = Mean of each row
review-survey-col-item = Item
review-survey-col-mean-rank = Mean rank
review-survey-col-mean = Mean
review-survey-col-given = Answers
review-survey-progress-caption = Where the invitations stand
review-survey-col-step = Step
review-survey-col-count = Number
review-survey-col-of-invited = Share of invitations
review-survey-progress-invited = Invitations
review-survey-progress-opened = Opened
review-survey-progress-started = Started
review-survey-progress-finished = Sent
review-survey-stops-caption = Where responses started and never sent stopped
review-survey-col-last-answered = Last question answered
review-survey-col-stopped = Responses stopped there
review-survey-no-stops = No response started was left unsent.
review-builder-in-question = Question { $number }: { $problem }
review-builder-blank = Start from a blank page
review-builder-start-hint = The end-of-phase survey is offered as a starting point: change it, or start from a blank page.

## Audit log and reply templates
review-nav-audit = Audit log
review-nav-replies = Reply templates
review-audit-title = Audit log
review-audit-lead = Every time a request is opened, every search, decision, note, message and export, and every change to the team, the phases or the surveys is written here: who, what, which request, when, and whether the server accepted it. The log never holds the content of the requests, and nobody can change it.
review-audit-filters = Filters of the log
review-audit-export-csv = Export the log as CSV
review-audit-export-ods = Export the log as a spreadsheet (ODS)
review-audit-newest = Back to the newest
review-audit-older = Older actions
review-audit-none = No action matches these filters.
review-audit-pages = Pages of the log
review-audit-done = done
review-audit-refused = refused ({ $status })
review-audit-nobody = nobody (unknown token)
review-trail-title = Who opened or changed this request
review-trail-lead = The team's actions on this request, newest first.
review-reply-label = Reply template
review-reply-insert = Insert the template
review-reply-inserted = Template “{ $title }” inserted: read and adapt the text before sending.
review-reply-for-message = Free message
review-reply-fr = in French
review-reply-en = in English
review-reply-saved = Template saved.
review-reply-deleted = Template deleted.
review-replies-title = Reply templates
review-replies-lead = Ready texts for each decision and for messages, in French and English. The decision form offers those matching the chosen decision and the request's language; { "{" }structure{ "}" } is replaced by the structure's name and { "{" }phase{ "}" } by the phase's number. The text can still be changed before sending.
review-replies-none = No template yet.
review-reply-edit = Edit “{ $title }”
review-reply-delete = Delete “{ $title }”
review-reply-delete-title = Delete this template?
review-reply-delete-text = The template “{ $title }” will no longer be offered. Messages already sent do not change.
review-reply-delete-confirm = Yes, delete
review-reply-add-title = Add a template
review-reply-edit-title = Edit the template
review-reply-use = Offered with
review-reply-any-reason = Any reason
review-reply-language = Language of the template
review-reply-title = Title (seen by the team only)
review-reply-body = Text
review-reply-body-hint = Placeholders you may use: { "{" }structure{ "}" } and { "{" }phase{ "}" }.
review-reply-save = Save the template
review-reply-cancel = Cancel
audit-col-at = When
audit-col-member = Who
audit-col-action = Action
audit-col-reference = Request
audit-col-detail = Detail
audit-col-status = Server answer
audit-action-session-started = Sign-in
audit-action-session-refused = Sign-in refused
audit-action-session-ended = Sign-out
audit-action-sessions-ended = Sign-out everywhere
audit-action-queue-searched = Queue search
audit-action-queue-exported = Queue export
audit-action-request-opened = Request opened
audit-action-request-decided = Decision
audit-action-request-decided-in-bulk = Bulk decision
audit-action-request-noted = Note added
audit-action-request-messaged = Message sent
audit-action-request-taken = Request taken
audit-action-request-released = Request released
audit-action-request-labelled = Label put
audit-action-request-unlabelled = Label removed
audit-action-request-address-changed = Space address changed
audit-action-request-space-marked = Space step marked
audit-action-label-created = Label created
audit-action-label-deleted = Label deleted
audit-action-phase-changed = Phase opened or closed
audit-action-survey-created = Survey created
audit-action-survey-updated = Survey changed
audit-action-survey-deleted = Survey deleted
audit-action-survey-copied = Survey copied
audit-action-survey-state-changed = Survey opened or closed
audit-action-survey-results-read = Results read
audit-action-survey-exported = Responses exported
audit-action-deliveries-resumed = Deliveries to the hosting side resumed
audit-action-member-added = Member added
audit-action-member-role-changed = Role changed
audit-action-member-revoked = Access revoked
audit-action-member-sso-changed = Single sign-on identity changed
audit-action-audit-exported = Audit log exported
audit-action-reply-added = Reply template added
audit-action-reply-changed = Reply template changed
audit-action-reply-deleted = Reply template deleted
