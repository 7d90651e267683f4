## The shell of every page: top bar, language chooser, footer.

language-chooser-label = Language
# $problem: why the server did not take the choice.
language-not-remembered = Your choice is not remembered: { $problem }

## The tab title, the skip link, the top bar and the footer.

common-title = TRACES NT
common-title-training = TRAINING – TRACES NT
common-skip-link = Skip to content
# The short mark before the name, as on the Commission's sites.
common-brand-mark = EU
common-brand-name = TRACES NT
common-instance-production = Production
common-instance-training = Training
common-training-banner-mark = TRAINING
common-training-banner = – this is the training instance of TRACES NT. Nothing done here is real or reaches production.
common-top-bar-nav-label = Account and language
common-my-profile = My TRACES profile
common-my-account = My account
common-log-out = Log out
# $problem: why logging out did not work.
common-log-out-failed = You are still logged in: { $problem }
# The links of the top bar with their counts. Screen readers hear the hidden name, speech input
# users say the visible words: each name starts with the words of its link.
common-nav-queue = Requests to decide
common-nav-queue-none = Requests to decide: none pending
# $count: how many requests wait (1 or more) and chooses the plural form; $shown: the same
# number as the badge shows it ("12", "10,000+").
common-nav-queue-pending = { $count ->
    [one] Requests to decide: { $shown } pending
   *[other] Requests to decide: { $shown } pending
}
common-nav-notifications = Notifications
common-nav-notifications-none = Notifications: none unread
# $count: how many notifications are unread (1 or more) and chooses the plural form; $shown:
# the same number as the badge shows it ("12", "10,000+").
common-nav-notifications-unread = { $count ->
    [one] Notifications: { $shown } unread
   *[other] Notifications: { $shown } unread
}
# $traces, $organic: the two helpdesk addresses, as links.
common-footer-helpdesk = Questions? Write to the helpdesk: { $traces } and { $organic }
# $version: the app's version; $schema: the number of the database's latest migration.
common-footer-version = Version { $version } · schema { $schema }
# $version: the app's version; $schema: the number of the database's latest migration.
common-footer-version-test-mode = Version { $version } · schema { $schema } · TEST MODE
# $time: a date and time (2026-11-23 16:05) in UTC.
common-time-in-utc = { $time } (UTC)

## The page for an unknown address.

common-not-found-title = Page not found
common-not-found-text = This address does not lead to a page of TRACES NT. Check the link, or start again from the home page.
common-not-found-home = Go to the home page

## The guided demo of the training instance: the steps of the helpdesk letter. The names in
## quotes are the names of buttons and links: use the same words as those.

common-guide-show = Guided demo
common-guide-hide = Hide the guided demo
common-guide-title = Guided demo
common-guide-hint = The steps of the helpdesk letter; the highlighted one is this page.
common-guide-part-eulogin = 1. EU Login
common-guide-part-traces = 2. TRACES NT
common-guide-part-decision = 3. The decision
common-guide-step-sign-up = On the training welcome page, click “sign up for TRACES”.
common-guide-step-create-account = Fill in the form (e-mail of the demo domain, e.g. trainee@demo.traces-training.example), the captcha, then “Create an account”.
common-guide-step-mailbox = Open the built-in mailbox and follow the link of the e-mail.
common-guide-step-password = Choose a password.
common-guide-step-log-in = “Login into TRACES” with the e-mail and the password.
common-guide-step-role-kind = Choose the kind of role: Operator, Organic Control Body or Authority.
common-guide-step-search = Search (country, name…), tick one or more rows, then “Request Authorisation”; or “Create new Operator” after a search.
common-guide-step-popup = In the popup, check e-mail and phone, then “send authorisation request”: a green message appears.
common-guide-step-profile-pending = The profile lists the request as Pending.
common-guide-step-queue = Log in as the CCA officer persona (training welcome page) and open “Requests to decide”.
common-guide-step-decide = Open the request: the person, the organisation, the history; accept it, or reject it with a reason.
common-guide-step-profile-decided = Log in as the requester again: the profile shows Valid (or Rejected with the reason).
