## The built-in mailbox of demo and test servers.

mailbox-title = Postkasse
mailbox-lead = På denne server sendes e-mails ikke til rigtige indbakker: alle meddelelser gemmes her.
mailbox-lead-open = Åbn en meddelelse for at læse den og følge dens links.
mailbox-recipient = Modtager
mailbox-show-recipient = Vis modtagerens meddelelser
mailbox-show-all = Vis alle meddelelser
mailbox-check = Se efter nye meddelelser
mailbox-loading = Postkassen indlæses…
mailbox-empty = Endnu ingen meddelelser.
# Before the recipient's address.
mailbox-to = Til
