### E-mails: what each message is, and its variables, is written above it in en/mail.ftl.

mail-greeting = Kedves { $first_name }!
mail-link-validity = A link csak egyszer használható, és { $minutes ->
        [one] { $minutes } perccel
       *[other] { $minutes } perccel
    } az e-mail elküldése után lejár.
mail-not-asked = Ha nem Ön kérte, hagyja figyelmen kívül ezt az e-mailt.

mail-set-password-subject = EU Login: jelszó beállítása
mail-set-password-intro = Létrehoztunk Önnek egy EU Login-fiókot a következő felhasználónévvel: { $username }. A fiók aktiválásához állítsa be jelszavát az alábbi linken:
mail-set-password-expired = Ha a link lejárt, kérjen új e-mailt a regisztrációs oldalon vagy az „Elfelejtette a jelszavát?” oldalon.

mail-reset-password-subject = EU Login: új jelszó választása
mail-reset-password-intro = Ön kérte EU Login-jelszava visszaállítását. Új jelszót az alábbi linken választhat:
mail-reset-password-expired = Ha a link lejárt, kérjen új e-mailt az „Elfelejtette a jelszavát?” oldalon.

mail-confirm-new-email-subject = EU Login: új e-mail-cím megerősítése
mail-confirm-new-email-intro = Ön kérte, hogy EU Login-fiókjához ezt a címet használjuk. A cím megerősítéséhez nyissa meg az alábbi linket:
mail-confirm-new-email-expired = Ha a link lejárt, kérjen új e-mailt a fiókja oldalán.

mail-email-changed-subject = EU Login: megváltozott az e-mail-címe
mail-email-changed = Az Ön EU Login-fiókjának e-mail-címe a következőre változott: { $new_email }.
mail-email-changed-not-you = Ha nem Ön végezte a módosítást, azonnal forduljon az ügyfélszolgálathoz: { $helpdesk }. A jelszó-visszaállító linkek mostantól az új címre érkeznek.

mail-password-changed-subject = EU Login: megváltozott a jelszava
mail-password-changed = Az Ön EU Login-fiókjának jelszava megváltozott.
mail-password-changed-not-you = Ha nem Ön végezte a módosítást, azonnal állítsa vissza jelszavát az „Elfelejtette a jelszavát?” oldalon, és forduljon az ügyfélszolgálathoz: { $helpdesk }.

mail-new-request-subject = TRACES NT: új, döntésre váró engedélyezési kérelem
mail-new-request = { $requester } szerepkört kér a(z) „{ $organisation }” ({ $country }) szervezetnél; a kért szerepkör: { $role }.
mail-new-request-open = Nyissa meg a kérelmet a jóváhagyási sorában, és fogadja el vagy utasítsa el:
mail-new-request-why = Azért kapja ezt az üzenetet, mert Ön dönt az ilyen kérelmekről. Ezeket az üzeneteket a profiloldalán, a Beállítások részben kapcsolhatja ki.
mail-decided-accepted-subject = TRACES NT: engedélyezési kérelmét elfogadták
mail-decided-accepted = A(z) „{ $organisation }” ({ $country }) szervezetnél szerepkörre benyújtott kérelmét elfogadták. Mostantól a TRACES NT-ben e szervezet számára dolgozhat.
mail-decided-rejected-subject = TRACES NT: engedélyezési kérelmét elutasították
mail-decided-rejected = A(z) „{ $organisation }” ({ $country }) szervezetnél szerepkörre benyújtott kérelmét a következő okból elutasították:
mail-decided-no-reason = nem adtak meg okot
mail-decided-rejected-next = Új kérelmet akkor küldhet, ha az elutasítás oka megszűnt.
mail-decided-profile = Kérelmeit és azok állapotát a profiloldalán találja:
