## The built-in mailbox of demo and test servers.

mailbox-title = Postilaatikko
mailbox-lead = Tämä palvelin ei lähetä postia todellisiin postilaatikkoihin: kaikki viestit säilytetään täällä.
mailbox-lead-open = Avaa viesti lukeaksesi sen ja seurataksesi sen linkkejä.
mailbox-recipient = Vastaanottaja
mailbox-show-recipient = Näytä vastaanottajan viestit
mailbox-show-all = Näytä kaikki viestit
mailbox-check = Tarkista uudet viestit
mailbox-loading = Postilaatikkoa ladataan…
mailbox-empty = Ei vielä viestejä.
# Before the recipient's address.
mailbox-to = Vastaanottaja:
