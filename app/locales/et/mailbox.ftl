## The built-in mailbox of demo and test servers.

mailbox-title = Postkast
mailbox-lead = See server ei saada e-kirju päris postkastidesse: iga sõnum hoitakse siin.
mailbox-lead-open = Avage sõnum, et seda lugeda ja selle linke järgida.
mailbox-recipient = Saaja
mailbox-show-recipient = Näidake saaja sõnumeid
mailbox-show-all = Näidake kõiki sõnumeid
mailbox-check = Kontrollige uusi sõnumeid
mailbox-loading = Postkasti laaditakse…
mailbox-empty = Sõnumeid veel ei ole.
# Before the recipient's address.
mailbox-to = Saaja:
