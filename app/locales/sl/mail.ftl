### E-mails: what each message is, and its variables, is written above it in en/mail.ftl.

mail-greeting = Pozdravljeni, { $first_name },
mail-link-validity = Povezava deluje samo enkrat in poteče { $minutes ->
        [one] { $minutes } minuto
        [two] { $minutes } minuti
        [few] { $minutes } minute
       *[other] { $minutes } minut
    } po pošiljanju tega sporočila.
mail-not-asked = Če tega niste zahtevali, to sporočilo prezrite.

mail-set-password-subject = EU Login: nastavite geslo
mail-set-password-intro = Za vas je bil ustvarjen račun EU Login z uporabniškim imenom { $username }. Da ga aktivirate, nastavite geslo prek te povezave:
mail-set-password-expired = Če je povezava potekla, zahtevajte novo e-poštno sporočilo na strani za registracijo ali na strani »Ste pozabili geslo?«.

mail-reset-password-subject = EU Login: izberite novo geslo
mail-reset-password-intro = Zahtevali ste ponastavitev gesla za EU Login. Novo geslo izberite prek te povezave:
mail-reset-password-expired = Če je povezava potekla, zahtevajte novo e-poštno sporočilo na strani »Ste pozabili geslo?«.

mail-confirm-new-email-subject = EU Login: potrdite svoj novi e-poštni naslov
mail-confirm-new-email-intro = Zahtevali ste, da se ta naslov uporablja za vaš račun EU Login. Potrdite ga tako, da odprete to povezavo:
mail-confirm-new-email-expired = Če je povezava potekla, zahtevajte novo e-poštno sporočilo na strani svojega računa.

mail-email-changed-subject = EU Login: vaš e-poštni naslov je bil spremenjen
mail-email-changed = E-poštni naslov vašega računa EU Login je bil spremenjen v { $new_email }.
mail-email-changed-not-you = Če tega niste storili vi, se takoj obrnite na službo za pomoč uporabnikom: { $helpdesk }. Povezave za ponastavitev gesla se zdaj pošiljajo na novi naslov.

mail-password-changed-subject = EU Login: vaše geslo je bilo spremenjeno
mail-password-changed = Geslo vašega računa EU Login je bilo spremenjeno.
mail-password-changed-not-you = Če tega niste storili vi, takoj ponastavite geslo na strani »Ste pozabili geslo?« in se obrnite na službo za pomoč uporabnikom: { $helpdesk }.

mail-new-request-subject = TRACES NT: nova zahteva za avtorizacijo, o kateri morate odločiti
mail-new-request = { $requester } zaproša za vlogo v organizaciji »{ $organisation }« ({ $country }) kot { $role }.
mail-new-request-open = Odprite zahtevo v svoji čakalni vrsti za odobritev, da jo sprejmete ali zavrnete:
mail-new-request-why = To sporočilo prejemate, ker odločate o takih zahtevah. Ta sporočila lahko izklopite na strani svojega profila, v razdelku Nastavitve.
mail-decided-accepted-subject = TRACES NT: vaša zahteva za avtorizacijo je bila sprejeta
mail-decided-accepted = Vaša zahteva za vlogo v organizaciji »{ $organisation }« ({ $country }) je bila sprejeta. Zdaj lahko za to organizacijo delate v sistemu TRACES NT.
mail-decided-rejected-subject = TRACES NT: vaša zahteva za avtorizacijo je bila zavrnjena
mail-decided-rejected = Vaša zahteva za vlogo v organizaciji »{ $organisation }« ({ $country }) je bila zavrnjena iz naslednjega razloga:
mail-decided-no-reason = razlog ni bil naveden
mail-decided-rejected-next = Novo zahtevo lahko pošljete, ko bo razlog odpravljen.
mail-decided-profile = Vaše zahteve in njihovo stanje so na strani vašega profila:
