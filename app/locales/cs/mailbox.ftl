## The built-in mailbox of demo and test servers.

mailbox-title = Poštovní schránka
mailbox-lead = Na tomto serveru se pošta neodesílá do skutečných schránek: každá zpráva se uchovává zde.
mailbox-lead-open = Otevřete zprávu, abyste si ji přečetli a mohli použít její odkazy.
mailbox-recipient = Příjemce
mailbox-show-recipient = Zobrazit zprávy příjemce
mailbox-show-all = Zobrazit všechny zprávy
mailbox-check = Zkontrolovat nové zprávy
mailbox-loading = Načítání poštovní schránky…
mailbox-empty = Zatím žádné zprávy.
# Before the recipient's address.
mailbox-to = Komu
