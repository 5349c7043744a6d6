# The reviewers' area.

review-nav-label = Reviewers' area
review-nav-queue = Requests
review-nav-phases = Phases
review-signed-in-as = Signed in: { $name }
review-sign-out = Sign out
review-sign-in-title = Reviewers' area
review-sign-in-lead = Enter the token the administrator gave you. It stays in this tab until you close it.
review-token-label = Sign-in token
review-token-hint = It starts with fsr_.
review-sign-in = Sign in
error-token-required = Enter your sign-in token.
review-error-unauthorized = This token is not recognised, or it was revoked.
review-error-rate-limited = Too many attempts from your connection. Try again in a minute.
review-error-phase-closed = This phase is closed: open it first in the Phases tab.
review-error-phase-full = This phase is full: wait-list the request or choose another phase.
review-error-invalid-transition = This decision is not possible from the request's current status. Move it back to review first.
review-error-changed-meanwhile = The request changed meanwhile: reload the page.
review-error-validation-failed = Check the phase number and the length of the message.
review-error-not-found = This request does not exist.
review-error-request-erased = This request’s personal data were erased (withdrawn, or past its retention period): nothing more can be added to it.
review-error-too-few-responses = This anonymous survey does not have enough responses yet to download them without giving away who answered what.
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
