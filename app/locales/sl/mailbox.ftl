## The built-in mailbox of demo and test servers.

mailbox-title = Poštni predal
mailbox-lead = Na tem strežniku se e-pošta ne pošilja v resnične nabiralnike: vsako sporočilo se hrani tukaj.
mailbox-lead-open = Odprite sporočilo, da ga preberete in sledite njegovim povezavam.
mailbox-recipient = Prejemnik
mailbox-show-recipient = Prikaži njegova sporočila
mailbox-show-all = Prikaži vsa sporočila
mailbox-check = Preveri nova sporočila
mailbox-loading = Nalaganje poštnega predala …
mailbox-empty = Sporočil še ni.
# Before the recipient's address.
mailbox-to = Za
