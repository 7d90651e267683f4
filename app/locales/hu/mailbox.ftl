## The built-in mailbox of demo and test servers.

mailbox-title = Postafiók
mailbox-lead = Ezen a szerveren a levelek nem jutnak el valódi postafiókokba: minden üzenet itt marad.
mailbox-lead-open = Nyisson meg egy üzenetet az elolvasásához és a benne lévő hivatkozások megnyitásához.
mailbox-recipient = Címzett
mailbox-show-recipient = A címzett üzeneteinek megjelenítése
mailbox-show-all = Minden üzenet megjelenítése
mailbox-check = Új üzenetek keresése
mailbox-loading = A postafiók betöltése…
mailbox-empty = Még nincsenek üzenetek.
# Before the recipient's address.
mailbox-to = Címzett:
