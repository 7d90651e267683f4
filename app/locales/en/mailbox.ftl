## The built-in mailbox of demo and test servers.

mailbox-title = Mailbox
mailbox-lead = Mail is not sent to real inboxes on this server: every message is kept here.
mailbox-lead-open = Open a message to read it and follow its links.
mailbox-recipient = Recipient
mailbox-show-recipient = Show their messages
mailbox-show-all = Show every message
mailbox-check = Check for new messages
mailbox-loading = Loading the mailbox…
mailbox-empty = No messages yet.
# Before the recipient's address.
mailbox-to = To
