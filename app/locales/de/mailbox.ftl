## The built-in mailbox of demo and test servers.

mailbox-title = Postfach
mailbox-lead = Auf diesem Server werden E-Mails nicht an echte Postfächer gesendet: Jede Nachricht wird hier aufbewahrt.
mailbox-lead-open = Öffnen Sie eine Nachricht, um sie zu lesen und ihren Links zu folgen.
mailbox-recipient = Empfänger
mailbox-show-recipient = Nachrichten dieses Empfängers anzeigen
mailbox-show-all = Alle Nachrichten anzeigen
mailbox-check = Auf neue Nachrichten prüfen
mailbox-loading = Das Postfach wird geladen …
mailbox-empty = Noch keine Nachrichten.
# Before the recipient's address.
mailbox-to = An
