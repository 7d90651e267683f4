## The built-in mailbox of demo and test servers.

mailbox-title = Postvak
mailbox-lead = Op deze server wordt geen e-mail naar echte postvakken verzonden: elk bericht wordt hier bewaard.
mailbox-lead-open = Open een bericht om het te lezen en de links erin te volgen.
mailbox-recipient = Ontvanger
mailbox-show-recipient = Berichten van deze ontvanger tonen
mailbox-show-all = Alle berichten tonen
mailbox-check = Controleren op nieuwe berichten
mailbox-loading = Het postvak wordt geladen…
mailbox-empty = Nog geen berichten.
# Before the recipient's address.
mailbox-to = Aan
