## The built-in mailbox of demo and test servers.

mailbox-title = Casella di posta
mailbox-lead = Su questo server la posta non viene inviata a caselle reali: ogni messaggio viene conservato qui.
mailbox-lead-open = Apra un messaggio per leggerlo e seguirne i link.
mailbox-recipient = Destinatario
mailbox-show-recipient = Mostrare i suoi messaggi
mailbox-show-all = Mostrare tutti i messaggi
mailbox-check = Verificare la presenza di nuovi messaggi
mailbox-loading = Caricamento della casella di posta…
mailbox-empty = Ancora nessun messaggio.
# Before the recipient's address.
mailbox-to = A
