## The built-in mailbox of demo and test servers.

mailbox-title = Postlåda
mailbox-lead = På den här servern skickas e-post inte till verkliga inkorgar: alla meddelanden sparas här.
mailbox-lead-open = Öppna ett meddelande för att läsa det och följa dess länkar.
mailbox-recipient = Mottagare
mailbox-show-recipient = Visa mottagarens meddelanden
mailbox-show-all = Visa alla meddelanden
mailbox-check = Hämta nya meddelanden
mailbox-loading = Postlådan läses in…
mailbox-empty = Inga meddelanden ännu.
# Before the recipient's address.
mailbox-to = Till
