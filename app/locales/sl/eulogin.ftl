## EU Login, the identity service (pages/eulogin): sign-up, the e-mailed links, login, the
## account page, help and privacy. "EU Login", "TRACES NT" and "ECAS" are names.

# The mark above each EU Login page's heading.
eulogin-brand = EU Login
# Heading, button and link of the sign-up form (the helpdesk letter names it).
eulogin-create-account = Ustvari račun
# Links and buttons that lead to logging in.
eulogin-log-in = Prijava
# Heading of its page and the link to it.
eulogin-lost-password = Ste pozabili geslo?
eulogin-help-link = Pomoč: e-poštno sporočilo ni prispelo
eulogin-send-again = Znova pošlji e-poštno sporočilo
eulogin-nothing-arrived = Ni nič prispelo?
# The text of a link, inside sentences.
eulogin-account-page-link = strani svojega računa EU Login
# After a link that opens in a new tab, for screen readers.
eulogin-opens-in-new-tab = (odpre se v novem zavihku)
# Heading of a page whose e-mailed link is expired, used, replaced or unknown.
eulogin-link-broken = Ta povezava ne deluje
eulogin-link-checking = Preverjanje povezave …
eulogin-link-no-code = Ta naslov ne vsebuje kode povezave. Znova odprite povezavo iz e-poštnega sporočila ali pa celotno povezavo kopirajte v naslovno vrstico.

## Field labels and hints.

eulogin-field-username = Uporabniško ime
eulogin-field-first-name = Ime
eulogin-field-last-name = Priimek
eulogin-field-email = E-poštni naslov
eulogin-field-email-confirm = Potrditev e-poštnega naslova
eulogin-field-email-language = Jezik e-poštnih sporočil
eulogin-field-interface-language = Jezik vmesnika
eulogin-field-password = Geslo
eulogin-field-current-password = Trenutno geslo
eulogin-field-new-password = Novo geslo
eulogin-field-confirm-password = Potrditev gesla
eulogin-field-new-email = Novi e-poštni naslov
eulogin-field-confirm-new-email = Potrditev novega e-poštnega naslova
eulogin-name-hint = Kot v osebnem dokumentu.
eulogin-email-language-hint = Jezik e-poštnih sporočil, ki vam jih pošilja EU Login.
eulogin-interface-language-hint = Jezik teh strani, ko ste prijavljeni.
eulogin-password-rule = Najmanj 12 znakov, največ 128. Brez pravil glede vrst znakov: fraza iz več nepovezanih besed je močna in si jo je lahko zapomniti.

## Create an account (/eulogin/signup).

eulogin-signup-own-name = Račun odprite na svoje ime.
# $person: "REAL PERSON" (eulogin-signup-real-person), in bold.
eulogin-signup-own-name-why = Podatki, ki jih vnesete tukaj, bodo navedeni na certifikatih, ki jih podpisujete v TRACES NT in ki imajo pravno veljavo. Račun EU Login odprite na ime { $person }, NE na svojo mejno kontrolno točko, izvajalca dejavnosti ali izvajalca nadzora.
eulogin-signup-real-person = RESNIČNE OSEBE
eulogin-signup-own-address = Uporabite svoj osebni službeni e-poštni naslov.
eulogin-signup-own-address-why = S tem naslovom se boste prijavljali v TRACES NT.
# Followed by the link "Log in".
eulogin-signup-already = Že imate račun EU Login?
eulogin-signup-all-required = Vsa polja so obvezna.
eulogin-signup-username-hint = Od 4 do 32 znakov: črke a–z, števke, pike, vezaji in podčrtaji; na začetku črka.
eulogin-signup-email-hint = Vaš osebni službeni naslov: z njim se boste prijavljali.
eulogin-signup-email-confirm-hint = Znova vnesite enak naslov.
eulogin-signup-privacy-accept = Potrjujem, da poznam izjavo o varstvu osebnih podatkov, in jo sprejemam
eulogin-signup-privacy-read = Preberite izjavo o varstvu osebnih podatkov
eulogin-signup-progress = Ustvarjanje računa …

## Check your e-mail (/eulogin/signup/sent), after "Create an account".

eulogin-sent-title = Preverite svojo e-pošto
# Instead of the address, when the page does not know it.
eulogin-sent-unknown-address = vneseni naslov
# $address: the e-mail address, in bold.
eulogin-sent-lead = Na { $address } smo poslali e-poštno sporočilo s povezavo za nastavitev gesla.
# $minutes: how long the link works.
eulogin-sent-link-valid = Povezava deluje { $minutes ->
        [one] { $minutes } minuto
        [two] { $minutes } minuti
        [few] { $minutes } minute
       *[other] { $minutes } minut
    } od pošiljanja sporočila, in sicer samo enkrat. Ko nastavite geslo, se vrnite v TRACES NT in se prijavite s tem e-poštnim naslovom.
eulogin-sent-advice-wait = Počakajte nekaj minut: dostava e-pošte lahko traja nekaj časa.
eulogin-sent-advice-spam = Preverite mapo z neželeno pošto.
eulogin-sent-advice-it = Prosite svoj oddelek za IT, naj dovoli e-pošto od EU Login (naj pošiljatelja uvrsti na seznam dovoljenih pošiljateljev, t. i. „beli seznam“).
eulogin-sent-advice-address = Preverite zgornji naslov. Če je napačen, znova ustvarite račun s pravilnim naslovom.
eulogin-sent-replaces = Novo e-poštno sporočilo nadomesti prejšnje: deluje samo povezava v najnovejšem sporočilu.

## Help with EU Login (/eulogin/help), where the helpdesk letter points when the e-mail does not arrive.

eulogin-help-title = Pomoč za EU Login
eulogin-help-no-email = E-poštno sporočilo za nastavitev gesla ni prispelo
eulogin-help-no-email-intro = Po kliku „Ustvari račun“ vam EU Login pošlje e-poštno sporočilo s povezavo za nastavitev gesla. Če ga ni v vašem nabiralniku:
# Each piece of advice: a short instruction in bold, then why.
eulogin-help-wait = Počakajte nekaj minut.
eulogin-help-wait-why = Poštni strežniki sporočila novega pošiljatelja včasih nekaj časa zadržijo, preden jih dostavijo.
eulogin-help-spam = Preverite mapo z neželeno pošto.
eulogin-help-spam-why = Če sporočilo najdete tam, ga označite kot „ni neželena pošta“, da bodo naslednja prispela v nabiralnik.
eulogin-help-it = Prosite svoj oddelek za IT, naj dovoli naša sporočila.
eulogin-help-it-why = Organizacije pogosto filtrirajo e-pošto od zunaj. Prosite jih, naj pošiljatelja EU Login uvrstijo na seznam dovoljenih pošiljateljev („beli seznam“).
eulogin-help-address = Preverite naslov.
# $link: a link to the sign-up form, "create the account again" (eulogin-help-address-link).
eulogin-help-address-why = Zaradi tipkarske napake sporočilo odide drugam. Če je bil naslov napačen, { $link } s pravilnim naslovom.
eulogin-help-address-link = znova ustvarite račun
# $action: "Send the e-mail again" (eulogin-help-again-action), in bold.
eulogin-help-again = { $action } z obrazcem spodaj.
eulogin-help-again-action = Znova pošlji e-poštno sporočilo
eulogin-help-link-broken = Povezava ne deluje
# $minutes: how long a link works.
eulogin-help-link-broken-why = Povezava deluje { $minutes ->
        [one] { $minutes } minuto
        [two] { $minutes } minuti
        [few] { $minutes } minute
       *[other] { $minutes } minut
    } od pošiljanja sporočila, in sicer samo enkrat. Ko je poslano novo sporočilo, povezave v prejšnjih prenehajo delovati: vedno uporabite najnovejše sporočilo. Če vaš e-poštni program povezavo razdeli na dva dela, celotno povezavo kopirajte v naslovno vrstico brskalnika.
eulogin-help-send-again-intro = Vnesite e-poštni naslov svojega računa EU Login. Če je registriran, vam pošljemo novo povezavo za nastavitev gesla.
eulogin-help-have-account = Že imate račun?
# $login: a link, "log in" (eulogin-help-have-account-log-in); $lost: a link, "Lost your password?" (eulogin-lost-password).
eulogin-help-have-account-why = Če že imate račun EU Login (ECAS), novega ne potrebujete: { $login }. Če ste pozabili geslo, uporabite „{ $lost }“.
eulogin-help-have-account-log-in = prijavite se
eulogin-help-contact = Obrnite se na službo za pomoč uporabnikom
eulogin-help-contact-intro = Če vam nič od tega ne pomaga ali če imate kakršno koli vprašanje o TRACES NT in certifikatu o inšpekcijskem pregledu, pišite na:
# $address: the helpdesk's e-mail address, a link.
eulogin-help-contact-traces = { $address } (TRACES NT in EU Login)
# $address: the e-mail address of the organic products helpdesk, a link.
eulogin-help-contact-organic = { $address } (certifikat o inšpekcijskem pregledu za ekološke proizvode)
eulogin-help-contact-advice = Navedite, kateri e-poštni naslov ste uporabili, in nikoli ne pošiljajte svojega gesla.

## Privacy statement (/eulogin/privacy).

eulogin-privacy-title = Izjava o varstvu osebnih podatkov
eulogin-privacy-lead = Z EU Login dokazujete svojo identiteto v TRACES NT. Na tej strani je pojasnjeno, katere podatke o vas hranimo, zakaj in kaj lahko glede tega storite.
eulogin-privacy-stored = Kaj hranimo
eulogin-privacy-stored-names = Vaše uporabniško ime, ime in priimek.
eulogin-privacy-stored-email = Vaš e-poštni naslov, ki je hkrati vaše uporabniško ime za prijavo.
eulogin-privacy-stored-languages = Jezik e-poštnih sporočil, ki vam jih pošiljamo, in jezik vmesnika.
eulogin-privacy-stored-password = Vaše geslo, samo v zgoščeni obliki: z enosmerno pretvorbo, iz katere gesla ni mogoče znova pridobiti. Vašega gesla ne more videti nihče, tudi služba za pomoč uporabnikom ne.
eulogin-privacy-stored-session = Med prijavo piškotek seje in čas vaše zadnje dejavnosti, da se seja konča, ko je ne uporabljate več ali ko se odjavite.
eulogin-privacy-why = Zakaj
eulogin-privacy-why-identify = Da vas prepoznamo ob prijavi v TRACES NT in vam pošiljamo e-poštna sporočila, ki jih storitev potrebuje (povezava za nastavitev gesla, potrditev novega naslova).
eulogin-privacy-why-certificates = Vaše ime in priimek sta navedena na certifikatih, ki jih podpisujete v TRACES NT. Certifikati imajo pravno veljavo, zato mora biti račun odprt na ime resnične osebe, ki jih podpisuje.
eulogin-privacy-no-other-use = Vaših podatkov ne uporabljamo za nič drugega ter jih ne prodajamo ali delimo za namene trženja.
eulogin-privacy-rights = Vaše pravice
# $link: a link, "your EU Login account page" (eulogin-account-page-link).
eulogin-privacy-rights-text = Svoje ime in priimek, jezike, e-poštni naslov in geslo si lahko po prijavi kadar koli ogledate in popravite na { $link }. Če želite kopijo svojih podatkov ali izbris računa, pišite službi za pomoč uporabnikom.
eulogin-privacy-contact = Kontakt
# $address: the helpdesk's e-mail address, a link.
eulogin-privacy-helpdesk = Služba za pomoč uporabnikom: { $address }

## Log in (/eulogin/login), where "Login into TRACES" leads.

eulogin-login-title = Prijava
eulogin-login-lead = Prijavite se z e-poštnim naslovom svojega računa EU Login.
# Next to the password field when it is empty ("Password" is the field's label).
eulogin-login-password-missing = Geslo: vnesite svoje geslo.
# Followed by the link "Create an account".
eulogin-login-no-account = Še nimate računa?

## Lost your password? (/eulogin/lost-password)

eulogin-lost-lead = Vnesite e-poštni naslov svojega računa EU Login. Če je registriran, vam pošljemo e-poštno sporočilo s povezavo za nastavitev novega gesla.
# $minutes: how long the link works.
eulogin-lost-link-valid = Povezava deluje { $minutes ->
        [one] { $minutes } minuto
        [two] { $minutes } minuti
        [few] { $minutes } minute
       *[other] { $minutes } minut
    }, in sicer samo enkrat. Vaše trenutno geslo deluje, dokler ne nastavite novega.
eulogin-lost-submit = Pošlji mi povezavo
eulogin-lost-back = Nazaj na „Prijava“

## Set your password (/eulogin/password), from the e-mailed link.

eulogin-password-title = Nastavite geslo
# $name: the person's first name; $username: their username, in bold.
eulogin-password-lead = Pozdravljeni, { $name }, izberite geslo za račun EU Login { $username }.
eulogin-password-submit = Nastavi moje geslo
eulogin-password-set = Vaše geslo je nastavljeno
eulogin-password-set-next = Zdaj se lahko prijavite s svojim e-poštnim naslovom in novim geslom.
eulogin-password-new-email = Pridobite novo e-poštno sporočilo
eulogin-password-new-email-intro = Vnesite e-poštni naslov svojega računa EU Login, da prejmete novo povezavo za nastavitev gesla.

## Confirm your new e-mail address (/eulogin/email), from the e-mailed link.

eulogin-email-title = Potrdite svoj novi e-poštni naslov
# $name: the person's first name; $username: their username, in bold; $email: the new address, in bold.
eulogin-email-lead = Pozdravljeni, { $name }. Uporabniško ime za prijavo v račun EU Login { $username } bo postalo { $email }.
eulogin-email-old-stops = Ko potrdite, stari naslov takoj preneha delovati za prijavo.
eulogin-email-submit = Potrdi moj novi e-poštni naslov
eulogin-email-changed = Vaš e-poštni naslov je spremenjen
# $email: the new address, in bold.
eulogin-email-changed-next = Odslej se prijavljajte z naslovom { $email }.
eulogin-email-back-to-account = Nazaj na moj račun
# $link: a link, "your EU Login account page" (eulogin-account-page-link).
eulogin-email-link-broken-next = Vaš e-poštni naslov se ni spremenil. Če želite novo povezavo za potrditev, se prijavite in jo znova zahtevajte na { $link }.

## My EU Login account (/eulogin/account).

eulogin-account-title = Moj račun EU Login
eulogin-account-loading = Nalaganje vašega računa …
eulogin-account-back = Nazaj v TRACES NT
eulogin-account-log-in-first = Prijavite se, da si ogledate in spremenite svoj račun EU Login.
# $name: first and last name; $username; $email: the login address. All three in bold.
eulogin-account-who = Prijavljeni ste kot { $name } (uporabniško ime { $username }, e-poštni naslov { $email }).
eulogin-account-details = Vaši podatki
eulogin-account-details-intro = Vaše ime in priimek sta navedena na certifikatih, ki jih podpisujete v TRACES NT: uporabite svoje pravo ime in priimek, kot sta navedena v osebnem dokumentu.
eulogin-account-details-submit = Shrani moje podatke
eulogin-account-details-saved = Vaši podatki so shranjeni.
eulogin-account-password = Sprememba gesla
# Next to the field when it is empty ("Current password" is the field's label).
eulogin-account-current-password-missing = Trenutno geslo: vnesite geslo, ki ga uporabljate zdaj.
eulogin-account-password-submit = Spremeni moje geslo
eulogin-account-password-changed = Vaše geslo je spremenjeno. Vse druge seje, prijavljene v vaš račun (v drugem brskalniku ali računalniku), so bile odjavljene.
eulogin-account-email = Sprememba e-poštnega naslova
eulogin-account-email-intro = Vaš e-poštni naslov je vaše uporabniško ime za prijavo. Na novi naslov pošljemo povezavo, da preverimo, ali je res vaš.
# Next to "Confirm new e-mail" ("Confirm new e-mail" and "New e-mail" are the fields' labels).
eulogin-account-email-confirm-differs = Potrditev novega e-poštnega naslova: vnesite enak naslov kot v polju „Novi e-poštni naslov“.
eulogin-account-email-confirm-missing = Potrditev novega e-poštnega naslova: znova vnesite novi naslov.
eulogin-account-email-submit = Pošlji povezavo za potrditev
# $address: the new address, in bold; $minutes: how long the link works; $current: the present login address.
eulogin-account-email-sent = Na naslov { $address } smo poslali povezavo. Odprite jo v { $minutes ->
        [one] { $minutes } minuti
        [two] { $minutes } minutah
        [few] { $minutes } minutah
       *[other] { $minutes } minutah
    }. Vaše uporabniško ime za prijavo se spremeni šele, ko odprete povezavo; do takrat se še naprej prijavljajte z naslovom { $current }.
