## Step 3 of the letter: the queue of requests to decide, one request's page, the
## notifications. Request numbers ($id) are identifiers: shown as they are, never grouped.

# $id: the request's number.
queue-request = Request { $id }
# $id: the request's number.
queue-decided-accepted = Request { $id } accepted.
# $id: the request's number.
queue-decided-rejected = Request { $id } rejected.
# $count: how many requests (2 or more); $shown: the same number as written for the reader;
# $ids: their numbers, separated by commas.
queue-bulk-accepted = { $count ->
    [one] { $shown } request accepted: { $ids }.
   *[other] { $shown } requests accepted: { $ids }.
}
# $count: how many requests (2 or more); $shown: the same number as written for the reader;
# $ids: their numbers, separated by commas.
queue-bulk-rejected = { $count ->
    [one] { $shown } request rejected: { $ids }.
   *[other] { $shown } requests rejected: { $ids }.
}
# $id: the request's number.
queue-accept-request = Accept request { $id }
# $id: the request's number.
queue-reject-request = Reject request { $id }
# $id: the request's number.
queue-confirm-rejection = Confirm the rejection of request { $id }

## The reason of a rejection.

queue-reason-label = Reason for the rejection
queue-reason-hint = Needed to reject. The requester reads it in the profile and the e-mail: say what is wrong and what to do.
queue-reason-cancel = Do not reject

## Someone who decides nothing opens the queue (the words of the letter).

queue-no-scope = You have no requests to decide on this instance.
queue-no-scope-who-decides = Requests are decided by the National Authority (Central Competent Authority) of the country, by the Administrators of the organisation and by the Commission.
queue-no-scope-letter = If you are an operator or control body/authority, your National Authority or an Administrator inside your organization will manage (accept/reject) your request. If you are a National Authority, the Commission or an Administrator inside your organization will manage (accept/reject) your request.

## The queue page.

queue-title = Requests to decide
queue-lead-pending = The requests in your scope that wait for a decision. Open one to see the person, the organisation and its history, or accept and reject here.
queue-lead-decided = The decision history: the requests in your scope that were accepted, rejected, cancelled or revoked.
queue-tabs-label = Which requests
queue-tab-pending = Pending requests
queue-tab-decided = Decision history
queue-export-list = Export this list (CSV)
queue-export-decisions = Export decision history (CSV)
queue-loading = Loading the requests…
queue-none-pending = No request waits for your decision with these filters.
queue-none-decided = No decided request matches these filters.
# $count: how many requests (1 or more); $shown: the same number as written for the reader.
queue-on-this-page = { $count ->
    [one] { $shown } request on this page.
   *[other] { $shown } requests on this page.
}

## The filters of the queue.

queue-filter-form-label = Filter the requests
queue-filter-role = Role
queue-filter-any-role = Any role
queue-filter-country = Country
queue-filter-organisation = Organisation
queue-filter-organisation-hint = Part of the name is enough; capitals and accents do not matter.
queue-filter-age = Age of the request
queue-filter-any-age = Any age
# $days: at least how many days old.
queue-filter-age-at-least = { $days ->
    [one] At least { $days } day old
   *[other] At least { $days } days old
}
queue-filter-order = Order
queue-filter-newest-first = Newest first
queue-filter-oldest-first = Oldest first
queue-filter-apply = Apply filters
queue-filter-clear = Clear the filters

## Deciding the ticked requests at once.

queue-bulk-label = Selected requests
queue-bulk-accept = Accept selected
queue-bulk-reject = Reject selected
queue-bulk-none-selected = Tick requests to accept or reject several at once.
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-selected = { $count ->
    [one] { $shown } request selected.
   *[other] { $shown } requests selected.
}
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-confirm-rejection = { $count ->
    [one] Confirm the rejection of the selected request
   *[other] Confirm the rejection of the { $shown } selected requests
}
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-reason-label = { $count ->
    [one] Reason for rejecting the selected request
   *[other] Reason for rejecting the { $shown } selected requests
}

## The table of the queue.

queue-table-pending = Pending requests in your scope
queue-table-decided = Decided requests in your scope
queue-select-all = Select all requests on this page
# $id: the request's number.
queue-select-request = Select request { $id }
queue-column-request = Request
queue-column-person = Person
queue-column-organisation = Organisation
queue-column-role = Role
queue-column-country = Country
queue-column-sent = Sent
queue-column-status = Status
queue-column-decision = Decision
queue-accept = Accept
queue-reject = Reject
# The badge of an operator created by the requester and not yet checked.
queue-new-operator = New
queue-new-operator-title = Accepting validates the operator too
queue-first-page = First page
queue-next-page = Next page

## The keyboard shortcuts: the keys (j, k, o, x, a, r, Enter, the arrows) stay as they are.

queue-shortcuts-title = Keyboard shortcuts
queue-shortcuts-hint = They work while the cursor is not in a text field.
queue-shortcut-next-keys = j or ↓
queue-shortcut-next = Next request
queue-shortcut-previous-keys = k or ↑
queue-shortcut-previous = Previous request
queue-shortcut-open-keys = Enter or o
queue-shortcut-open = Open the request
queue-shortcut-tick-keys = x
queue-shortcut-tick = Tick or untick the request
queue-shortcut-accept-keys = a
queue-shortcut-accept = Accept the request
queue-shortcut-reject-keys = r
queue-shortcut-reject = Reject the request (opens the reason field)

## One request's page.

queue-detail-back = Back to the queue
queue-detail-loading = Loading the request…
queue-detail-status = Status:
# Followed by the moment of the decision. $person: who decided (name and e-mail).
queue-detail-decided-by-on = by { $person } on
# Followed by the moment of the decision.
queue-detail-decided-on = on
queue-detail-rejection-reason = Reason of the rejection
queue-detail-person-title = The person
queue-detail-person-name = Name (EU Login)
queue-detail-person-email = E-mail (EU Login)
queue-detail-post-title = The post asked for
queue-detail-role = Role
queue-detail-scope = Scope (country)
queue-detail-sent = Sent
queue-detail-organisation-title = The organisation
queue-detail-new-operator = This operator is New.
queue-detail-new-operator-explained = The requester created it and nobody has checked it yet. Accepting this request validates the operator too (its status becomes Valid); rejecting it rejects the operator when nobody else asks to join it.
queue-detail-organisation-name = Name
queue-detail-organisation-kind = Kind
queue-detail-organisation-status = Status
queue-detail-organisation-country = Country
queue-detail-authority-role = Authority role
queue-detail-control-body-code = Control body code
queue-detail-section = Section
queue-detail-activity = Activity type
queue-detail-address = Address
queue-detail-eori = EORI number
queue-detail-phone = Phone
queue-detail-fax = Fax
queue-detail-email = E-mail
queue-detail-website = Website
queue-detail-request-title = From the request
queue-detail-additional-info = Additional information
queue-detail-contact-email = Contact e-mail
queue-detail-contact-phone = Contact phone
queue-detail-none-given = None given
queue-organisation-status-new = New (created by the requester, not yet checked)
queue-organisation-status-valid = Valid
queue-organisation-status-rejected = Rejected
queue-organisation-status-inactive = Inactive
queue-detail-decide-title = Your decision
queue-detail-sending = Sending…
queue-detail-admin-title = Administrator
queue-detail-admin-label = Administrator of the organisation
# $organisation: the organisation's name.
queue-detail-admin-hint = An Administrator of { $organisation } accepts or rejects the requests to join it.
# $person: the requester's name; $organisation: the organisation's name.
queue-detail-admin-granted = { $person } is now an Administrator of { $organisation }.
# $person: the requester's name; $organisation: the organisation's name.
queue-detail-admin-removed = { $person } is no longer an Administrator of { $organisation }.

## The history of a request (also the "action" column of the decision history's CSV file).

queue-history-title = Request history
# $id: the request's number.
queue-history-caption = History of request { $id }
queue-history-when = When
queue-history-who = Who
queue-history-what = What
queue-history-change = Change
queue-history-reason = Reason or note
queue-audit-request-created = Request sent
queue-audit-request-cancelled = Request cancelled by the requester
queue-audit-request-accepted = Request accepted
queue-audit-request-rejected = Request rejected
queue-audit-admin-granted = Administrator flag granted
queue-audit-admin-removed = Administrator flag removed
queue-audit-operator-validated = Operator validated (New → Valid)
queue-audit-operator-rejected = Operator rejected (New → Rejected)
queue-audit-commission-granted = Commission user created

## The links of the CSV exports.


## The notifications page.

queue-notifications-title = Notifications
queue-notifications-mark-all-read = Mark all as read
queue-notifications-all-read = All notifications are marked as read.
queue-notifications-none = You have no notifications on this instance yet.
queue-notifications-loading = Loading your notifications…
queue-notifications-unread-none = No unread notification.
# $count: how many notifications are unread (1 or more); $shown: the same number as written for the reader.
queue-notifications-unread = { $count ->
    [one] { $shown } unread notification.
   *[other] { $shown } unread notifications.
}
queue-notification-unread = Unread
# $id: the request's number.
queue-notification-open-request = Open request { $id }
# $id: the request's number.
queue-notification-see-in-profile = See request { $id } in my profile
# In the history, for what the server itself did (its command line).
queue-history-system = System
