### E-mails: what each message is, and its variables, is written above it in en/mail.ftl.

mail-greeting = Dobar dan, { $first_name },
mail-link-validity = Poveznica se može upotrijebiti samo jednom i istječe { $minutes ->
        [one] { $minutes } minutu
        [few] { $minutes } minute
       *[other] { $minutes } minuta
    } nakon slanja ove poruke.
mail-not-asked = Ako niste podnijeli taj zahtjev, zanemarite ovu poruku.

mail-set-password-subject = EU Login: postavite lozinku
mail-set-password-intro = Za Vas je otvoren račun EU Login s korisničkim imenom { $username }. Da biste ga aktivirali, postavite lozinku putem ove poveznice:
mail-set-password-expired = Ako je istekla, zatražite novu poruku na stranici za registraciju ili na stranici „Zaboravili ste lozinku?”.

mail-reset-password-subject = EU Login: odaberite novu lozinku
mail-reset-password-intro = Zatražili ste ponovno postavljanje lozinke za EU Login. Novu lozinku odaberite putem ove poveznice:
mail-reset-password-expired = Ako je istekla, zatražite novu poruku na stranici „Zaboravili ste lozinku?”.

mail-confirm-new-email-subject = EU Login: potvrdite novu adresu e-pošte
mail-confirm-new-email-intro = Zatražili ste da se ova adresa upotrebljava za Vaš račun EU Login. Da biste je potvrdili, otvorite ovu poveznicu:
mail-confirm-new-email-expired = Ako je istekla, zatražite novu poruku na stranici svojeg računa.

mail-email-changed-subject = EU Login: Vaša adresa e-pošte promijenjena je
mail-email-changed = Adresa e-pošte Vašeg računa EU Login promijenjena je u { $new_email }.
mail-email-changed-not-you = Ako to niste bili Vi, odmah se obratite službi za podršku: { $helpdesk }. Poveznice za ponovno postavljanje lozinke sada se šalju na novu adresu.

mail-password-changed-subject = EU Login: Vaša lozinka promijenjena je
mail-password-changed = Lozinka Vašeg računa EU Login promijenjena je.
mail-password-changed-not-you = Ako to niste bili Vi, odmah ponovno postavite lozinku na stranici „Zaboravili ste lozinku?” i obratite se službi za podršku: { $helpdesk }.

mail-new-request-subject = TRACES NT: novi zahtjev za autorizaciju za odlučivanje
mail-new-request = { $requester } traži ulogu u organizaciji „{ $organisation }” ({ $country }) kao { $role }.
mail-new-request-open = Otvorite zahtjev u svojem redu za odobravanje kako biste ga prihvatili ili odbili:
mail-new-request-why = Ovu poruku primate jer odlučujete o takvim zahtjevima. Te poruke možete isključiti na stranici svojeg profila, u odjeljku Postavke.
mail-decided-accepted-subject = TRACES NT: Vaš zahtjev za autorizaciju prihvaćen je
mail-decided-accepted = Vaš zahtjev za ulogu u organizaciji „{ $organisation }” ({ $country }) prihvaćen je. Sada možete raditi za tu organizaciju u sustavu TRACES NT.
mail-decided-rejected-subject = TRACES NT: Vaš zahtjev za autorizaciju odbijen je
mail-decided-rejected = Vaš zahtjev za ulogu u organizaciji „{ $organisation }” ({ $country }) odbijen je iz sljedećeg razloga:
mail-decided-no-reason = razlog nije naveden
mail-decided-rejected-next = Novi zahtjev možete poslati nakon što se razlog otkloni.
mail-decided-profile = Vaši zahtjevi i njihov status nalaze se na stranici Vašeg profila:
