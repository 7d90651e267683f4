## The built-in mailbox of demo and test servers.

mailbox-title = Poštová schránka
mailbox-lead = Na tomto serveri sa pošta neposiela do skutočných schránok: každá správa sa uchováva tu.
mailbox-lead-open = Otvorte správu, aby ste si ju prečítali a mohli použiť jej odkazy.
mailbox-recipient = Príjemca
mailbox-show-recipient = Zobraziť správy príjemcu
mailbox-show-all = Zobraziť všetky správy
mailbox-check = Skontrolovať nové správy
mailbox-loading = Načítava sa poštová schránka…
mailbox-empty = Zatiaľ žiadne správy.
# Before the recipient's address.
mailbox-to = Komu
