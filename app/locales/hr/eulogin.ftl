## EU Login, the identity service (pages/eulogin): sign-up, the e-mailed links, login, the
## account page, help and privacy. "EU Login", "TRACES NT" and "ECAS" are names.

# The mark above each EU Login page's heading.
eulogin-brand = EU Login
# Heading, button and link of the sign-up form (the helpdesk letter names it).
eulogin-create-account = Izradi račun
# Links and buttons that lead to logging in.
eulogin-log-in = Prijavi se
# Heading of its page and the link to it.
eulogin-lost-password = Zaboravili ste lozinku?
eulogin-help-link = Pomoć: poruka e-pošte nije stigla
eulogin-send-again = Ponovno pošalji poruku e-pošte
eulogin-nothing-arrived = Ništa nije stiglo?
# The text of a link, inside sentences.
eulogin-account-page-link = stranici svojeg računa EU Login
# After a link that opens in a new tab, for screen readers.
eulogin-opens-in-new-tab = (otvara se u novoj kartici)
# Heading of a page whose e-mailed link is expired, used, replaced or unknown.
eulogin-link-broken = Ova poveznica ne funkcionira
eulogin-link-checking = Provjera poveznice…
eulogin-link-no-code = Ova adresa ne sadržava kôd poveznice. Ponovno otvorite poveznicu iz poruke e-pošte ili kopirajte cijelu poveznicu u adresnu traku.

## Field labels and hints.

eulogin-field-username = Korisničko ime
eulogin-field-first-name = Ime
eulogin-field-last-name = Prezime
eulogin-field-email = Adresa e-pošte
eulogin-field-email-confirm = Potvrda adrese e-pošte
eulogin-field-email-language = Jezik poruka e-pošte
eulogin-field-interface-language = Jezik sučelja
eulogin-field-password = Lozinka
eulogin-field-current-password = Trenutačna lozinka
eulogin-field-new-password = Nova lozinka
eulogin-field-confirm-password = Potvrda lozinke
eulogin-field-new-email = Nova adresa e-pošte
eulogin-field-confirm-new-email = Potvrda nove adrese e-pošte
eulogin-name-hint = Kako je navedeno u identifikacijskoj ispravi.
eulogin-email-language-hint = Jezik poruka e-pošte koje vam šalje EU Login.
eulogin-interface-language-hint = Jezik ovih stranica nakon prijave.
eulogin-password-rule = Najmanje 12 znakova, najviše 128. Nema pravila o vrstama znakova: fraza od nekoliko nepovezanih riječi jaka je i lako se pamti.

## Create an account (/eulogin/signup).

eulogin-signup-own-name = Otvorite račun na svoje ime.
# $person: "REAL PERSON" (eulogin-signup-real-person), in bold.
eulogin-signup-own-name-why = Podaci koje ovdje unesete prikazivat će se na potvrdama koje potpisujete u sustavu TRACES NT i koje imaju pravnu snagu. Račun EU Login otvorite na ime { $person }, a NE na svoju graničnu kontrolnu postaju, subjekt ili kontrolno tijelo.
eulogin-signup-real-person = STVARNE OSOBE
eulogin-signup-own-address = Upotrijebite svoju osobnu poslovnu adresu e-pošte.
eulogin-signup-own-address-why = S tom ćete se adresom prijavljivati u sustav TRACES NT.
# Followed by the link "Log in".
eulogin-signup-already = Već imate račun EU Login?
eulogin-signup-all-required = Sva su polja obvezna.
eulogin-signup-username-hint = Od 4 do 32 znaka: slova a–z, znamenke, točke, spojnice i podvlake; na početku slovo.
eulogin-signup-email-hint = Vaša osobna poslovna adresa: s njom ćete se prijavljivati.
eulogin-signup-email-confirm-hint = Ponovno unesite istu adresu.
eulogin-signup-privacy-accept = Prihvaćam izjavu o zaštiti privatnosti i potvrđujem da mi je poznat njezin sadržaj
eulogin-signup-privacy-read = Pročitajte izjavu o zaštiti privatnosti
eulogin-signup-progress = Izrada računa…

## Check your e-mail (/eulogin/signup/sent), after "Create an account".

eulogin-sent-title = Provjerite svoju e-poštu
# Instead of the address, when the page does not know it.
eulogin-sent-unknown-address = adresu koju ste unijeli
# $address: the e-mail address, in bold.
eulogin-sent-lead = Poslali smo poruku e-pošte s poveznicom za postavljanje lozinke na { $address }.
# $minutes: how long the link works.
eulogin-sent-link-valid = Poveznica vrijedi { $minutes ->
        [one] { $minutes } minutu
        [few] { $minutes } minute
       *[other] { $minutes } minuta
    } od slanja poruke i samo jednom. Nakon što postavite lozinku, vratite se u sustav TRACES NT i prijavite se tom adresom e-pošte.
eulogin-sent-advice-wait = Pričekajte nekoliko minuta: isporuka poruka e-pošte može potrajati.
eulogin-sent-advice-spam = Provjerite mapu neželjene pošte.
eulogin-sent-advice-it = Zamolite svoj odjel za IT da dopusti poruke e-pošte od sustava EU Login (da pošiljatelja stavi na popis dopuštenih pošiljatelja, tzv. „bijelu listu“).
eulogin-sent-advice-address = Provjerite gornju adresu. Ako je pogrešna, ponovno izradite račun s točnom adresom.
eulogin-sent-replaces = Nova poruka e-pošte zamjenjuje prethodnu: funkcionira samo poveznica iz najnovije poruke.

## Help with EU Login (/eulogin/help), where the helpdesk letter points when the e-mail does not arrive.

eulogin-help-title = Pomoć za EU Login
eulogin-help-no-email = Nije stigla poruka e-pošte za postavljanje lozinke
eulogin-help-no-email-intro = Nakon „Izradi račun“ EU Login šalje vam poruku e-pošte s poveznicom za postavljanje lozinke. Ako je nema u pristigloj pošti:
# Each piece of advice: a short instruction in bold, then why.
eulogin-help-wait = Pričekajte nekoliko minuta.
eulogin-help-wait-why = Poslužitelji e-pošte ponekad neko vrijeme zadržavaju poruke novog pošiljatelja prije nego što ih isporuče.
eulogin-help-spam = Provjerite mapu neželjene pošte.
eulogin-help-spam-why = Ako ondje pronađete poruku, označite je kao „nije neželjena pošta“ kako bi sljedeće poruke stizale u pristiglu poštu.
eulogin-help-it = Zamolite svoj odjel za IT da dopusti naše poruke e-pošte.
eulogin-help-it-why = Organizacije često filtriraju e-poštu izvana. Zamolite ih da pošiljatelja EU Login stave na popis dopuštenih pošiljatelja („bijelu listu“).
eulogin-help-address = Provjerite adresu.
# $link: a link to the sign-up form, "create the account again" (eulogin-help-address-link).
eulogin-help-address-why = Zbog pogreške pri upisu poruka odlazi na drugu adresu. Ako je adresa bila pogrešna, { $link } s točnom adresom.
eulogin-help-address-link = ponovno izradite račun
# $action: "Send the e-mail again" (eulogin-help-again-action), in bold.
eulogin-help-again = { $action } pomoću obrasca u nastavku.
eulogin-help-again-action = Ponovno pošalji poruku e-pošte
eulogin-help-link-broken = Poveznica ne funkcionira
# $minutes: how long a link works.
eulogin-help-link-broken-why = Poveznica vrijedi { $minutes ->
        [one] { $minutes } minutu
        [few] { $minutes } minute
       *[other] { $minutes } minuta
    } od slanja poruke i samo jednom. Kad se pošalje nova poruka, poveznice iz prethodnih prestaju funkcionirati: uvijek upotrijebite najnoviju poruku. Ako vaš program za e-poštu prelomi poveznicu na dva dijela, kopirajte cijelu poveznicu u adresnu traku preglednika.
eulogin-help-send-again-intro = Unesite adresu e-pošte svojeg računa EU Login. Ako je registrirana, poslat ćemo vam novu poveznicu za postavljanje lozinke.
eulogin-help-have-account = Već imate račun?
# $login: a link, "log in" (eulogin-help-have-account-log-in); $lost: a link, "Lost your password?" (eulogin-lost-password).
eulogin-help-have-account-why = Ako već imate račun EU Login (ECAS), novi vam nije potreban: { $login }. Ako ste zaboravili lozinku, upotrijebite „{ $lost }“.
eulogin-help-have-account-log-in = prijavite se
eulogin-help-contact = Obratite se službi za podršku
eulogin-help-contact-intro = Ako ništa od navedenog ne pomogne ili imate bilo kakvo pitanje o sustavu TRACES NT i potvrdi o inspekciji, pišite na:
# $address: the helpdesk's e-mail address, a link.
eulogin-help-contact-traces = { $address } (TRACES NT i EU Login)
# $address: the e-mail address of the organic products helpdesk, a link.
eulogin-help-contact-organic = { $address } (potvrda o inspekciji za ekološke proizvode)
eulogin-help-contact-advice = Navedite koju ste adresu e-pošte upotrijebili i nikad ne šaljite svoju lozinku.

## Privacy statement (/eulogin/privacy).

eulogin-privacy-title = Izjava o zaštiti privatnosti
eulogin-privacy-lead = Putem sustava EU Login dokazujete svoj identitet sustavu TRACES NT. Na ovoj stranici navodimo koje podatke o vama čuvamo, zašto i što u vezi s time možete učiniti.
eulogin-privacy-stored = Što čuvamo
eulogin-privacy-stored-names = Vaše korisničko ime, ime i prezime.
eulogin-privacy-stored-email = Vašu adresu e-pošte, koja je ujedno i vaše korisničko ime za prijavu.
eulogin-privacy-stored-languages = Jezik poruka e-pošte koje vam šaljemo i jezik sučelja.
eulogin-privacy-stored-password = Vašu lozinku, samo u obliku sažetka (hash): jednosmjerne pretvorbe iz koje se lozinka ne može ponovno dobiti. Nitko, pa ni služba za podršku, ne može vidjeti vašu lozinku.
eulogin-privacy-stored-session = Dok ste prijavljeni, kolačić sesije i vrijeme vaše posljednje aktivnosti, kako bi sesija završila kad je prestanete upotrebljavati ili se odjavite.
eulogin-privacy-why = Zašto
eulogin-privacy-why-identify = Kako bismo vas identificirali pri prijavi u sustav TRACES NT i slali vam poruke e-pošte potrebne za uslugu (poveznicu za postavljanje lozinke, potvrdu nove adrese).
eulogin-privacy-why-certificates = Vaše ime i prezime prikazuju se na potvrdama koje potpisujete u sustavu TRACES NT. Potvrde imaju pravnu snagu, pa račun mora glasiti na ime stvarne osobe koja ih potpisuje.
eulogin-privacy-no-other-use = Vaše podatke ne upotrebljavamo ni za što drugo te ih ne prodajemo niti dijelimo u marketinške svrhe.
eulogin-privacy-rights = Vaša prava
# $link: a link, "your EU Login account page" (eulogin-account-page-link).
eulogin-privacy-rights-text = Nakon prijave u bilo kojem trenutku možete pregledati i ispraviti svoje ime i prezime, jezike, adresu e-pošte i lozinku na { $link }. Ako želite primiti kopiju svojih podataka ili zatražiti brisanje računa, pišite službi za podršku.
eulogin-privacy-contact = Kontakt
# $address: the helpdesk's e-mail address, a link.
eulogin-privacy-helpdesk = Služba za podršku: { $address }

## Log in (/eulogin/login), where "Login into TRACES" leads.

eulogin-login-title = Prijava
eulogin-login-lead = Prijavite se adresom e-pošte svojeg računa EU Login.
# Next to the password field when it is empty ("Password" is the field's label).
eulogin-login-password-missing = Lozinka: unesite svoju lozinku.
# Followed by the link "Create an account".
eulogin-login-no-account = Još nemate račun?

## Lost your password? (/eulogin/lost-password)

eulogin-lost-lead = Unesite adresu e-pošte svojeg računa EU Login. Ako je registrirana, poslat ćemo vam poruku e-pošte s poveznicom za postavljanje nove lozinke.
# $minutes: how long the link works.
eulogin-lost-link-valid = Poveznica vrijedi { $minutes ->
        [one] { $minutes } minutu
        [few] { $minutes } minute
       *[other] { $minutes } minuta
    } i samo jednom. Vaša trenutačna lozinka vrijedi dok ne postavite novu.
eulogin-lost-submit = Pošalji mi poveznicu
eulogin-lost-back = Natrag na „Prijava“

## Set your password (/eulogin/password), from the e-mailed link.

eulogin-password-title = Postavite lozinku
# $name: the person's first name; $username: their username, in bold.
eulogin-password-lead = Dobar dan, { $name }, odaberite lozinku za račun EU Login { $username }.
eulogin-password-submit = Postavi moju lozinku
eulogin-password-set = Vaša je lozinka postavljena
eulogin-password-set-next = Sada se možete prijaviti svojom adresom e-pošte i novom lozinkom.
eulogin-password-new-email = Zatražite novu poruku e-pošte
eulogin-password-new-email-intro = Unesite adresu e-pošte svojeg računa EU Login kako biste primili novu poveznicu za postavljanje lozinke.

## Confirm your new e-mail address (/eulogin/email), from the e-mailed link.

eulogin-email-title = Potvrdite svoju novu adresu e-pošte
# $name: the person's first name; $username: their username, in bold; $email: the new address, in bold.
eulogin-email-lead = Dobar dan, { $name }. Korisničko ime za prijavu u račun EU Login { $username } postat će { $email }.
eulogin-email-old-stops = Čim potvrdite, stara adresa prestaje vrijediti za prijavu.
eulogin-email-submit = Potvrdi moju novu adresu e-pošte
eulogin-email-changed = Vaša je adresa e-pošte promijenjena
# $email: the new address, in bold.
eulogin-email-changed-next = Od sada se prijavljujte adresom { $email }.
eulogin-email-back-to-account = Natrag na moj račun
# $link: a link, "your EU Login account page" (eulogin-account-page-link).
eulogin-email-link-broken-next = Vaša adresa e-pošte nije promijenjena. Ako želite novu poveznicu za potvrdu, prijavite se i ponovno je zatražite na { $link }.

## My EU Login account (/eulogin/account).

eulogin-account-title = Moj račun EU Login
eulogin-account-loading = Učitavanje vašeg računa…
eulogin-account-back = Natrag na TRACES NT
eulogin-account-log-in-first = Prijavite se da biste pregledali i promijenili svoj račun EU Login.
# $name: first and last name; $username; $email: the login address. All three in bold.
eulogin-account-who = Prijavljeni ste kao { $name } (korisničko ime { $username }, adresa e-pošte { $email }).
eulogin-account-details = Vaši podaci
eulogin-account-details-intro = Vaše ime i prezime prikazuju se na potvrdama koje potpisujete u sustavu TRACES NT: upotrijebite svoje pravo ime i prezime, kako je navedeno u identifikacijskoj ispravi.
eulogin-account-details-submit = Spremi moje podatke
eulogin-account-details-saved = Vaši su podaci spremljeni.
eulogin-account-password = Promjena lozinke
# Next to the field when it is empty ("Current password" is the field's label).
eulogin-account-current-password-missing = Trenutačna lozinka: unesite lozinku koju sada upotrebljavate.
eulogin-account-password-submit = Promijeni moju lozinku
eulogin-account-password-changed = Vaša je lozinka promijenjena. Sve ostale sesije prijavljene u vaš račun (u drugom pregledniku ili na drugom računalu) odjavljene su.
eulogin-account-email = Promjena adrese e-pošte
eulogin-account-email-intro = Vaša adresa e-pošte vaše je korisničko ime za prijavu. Na novu adresu šaljemo poveznicu kako bismo provjerili je li ona vaša.
# Next to "Confirm new e-mail" ("Confirm new e-mail" and "New e-mail" are the fields' labels).
eulogin-account-email-confirm-differs = Potvrda nove adrese e-pošte: unesite istu adresu kao u polju „Nova adresa e-pošte“.
eulogin-account-email-confirm-missing = Potvrda nove adrese e-pošte: ponovno unesite novu adresu.
eulogin-account-email-submit = Pošalji poveznicu za potvrdu
# $address: the new address, in bold; $minutes: how long the link works; $current: the present login address.
eulogin-account-email-sent = Poslali smo poveznicu na adresu { $address }. Otvorite je u roku od { $minutes ->
        [one] { $minutes } minute
        [few] { $minutes } minute
       *[other] { $minutes } minuta
    }. Korisničko ime za prijavu mijenja se tek kad otvorite poveznicu; do tada se i dalje prijavljujte adresom { $current }.
