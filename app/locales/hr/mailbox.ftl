## The built-in mailbox of demo and test servers.

mailbox-title = Poštanski sandučić
mailbox-lead = Na ovom se poslužitelju poruke e-pošte ne šalju u stvarne sandučiće: svaka se poruka čuva ovdje.
mailbox-lead-open = Otvorite poruku da biste je pročitali i slijedili njezine poveznice.
mailbox-recipient = Primatelj
mailbox-show-recipient = Prikaži njegove poruke
mailbox-show-all = Prikaži sve poruke
mailbox-check = Provjeri ima li novih poruka
mailbox-loading = Učitavanje poštanskog sandučića…
mailbox-empty = Još nema poruka.
# Before the recipient's address.
mailbox-to = Za
