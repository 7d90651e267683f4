## The built-in mailbox of demo and test servers.

mailbox-title = Căsuță poștală
mailbox-lead = Pe acest server, e-mailurile nu sunt trimise în căsuțe poștale reale: fiecare mesaj este păstrat aici.
mailbox-lead-open = Deschideți un mesaj pentru a-l citi și a accesa linkurile din el.
mailbox-recipient = Destinatar
mailbox-show-recipient = Afișați mesajele destinatarului
mailbox-show-all = Afișați toate mesajele
mailbox-check = Verificați dacă există mesaje noi
mailbox-loading = Se încarcă căsuța poștală…
mailbox-empty = Niciun mesaj deocamdată.
# Before the recipient's address.
mailbox-to = Către
