## The built-in mailbox of demo and test servers.

mailbox-title = Pastkaste
mailbox-lead = Šajā serverī e-pasta vēstules netiek sūtītas uz īstām pastkastēm: visas vēstules tiek glabātas šeit.
mailbox-lead-open = Atveriet vēstuli, lai to izlasītu un atvērtu tajā esošās saites.
mailbox-recipient = Adresāts
mailbox-show-recipient = Rādīt adresāta vēstules
mailbox-show-all = Rādīt visas vēstules
mailbox-check = Pārbaudīt, vai ir jaunas vēstules
mailbox-loading = Notiek pastkastes ielāde…
mailbox-empty = Vēstuļu vēl nav.
# Before the recipient's address.
mailbox-to = Kam
