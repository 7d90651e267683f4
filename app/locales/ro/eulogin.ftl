## EU Login, the identity service (pages/eulogin): sign-up, the e-mailed links, login, the
## account page, help and privacy. "EU Login", "TRACES NT" and "ECAS" are names.

# The mark above each EU Login page's heading.
eulogin-brand = EU Login
# Heading, button and link of the sign-up form (the helpdesk letter names it).
eulogin-create-account = Creați un cont
# Links and buttons that lead to logging in.
eulogin-log-in = Autentificare
# Heading of its page and the link to it.
eulogin-lost-password = Ați uitat parola?
eulogin-help-link = Ajutor: e-mailul nu a sosit
eulogin-send-again = Retrimiteți e-mailul
eulogin-nothing-arrived = Nu ați primit nimic?
# The text of a link, inside sentences.
eulogin-account-page-link = pagina contului dvs. EU Login
# After a link that opens in a new tab, for screen readers.
eulogin-opens-in-new-tab = (se deschide într-o filă nouă)
# Heading of a page whose e-mailed link is expired, used, replaced or unknown.
eulogin-link-broken = Acest link nu funcționează
eulogin-link-checking = Se verifică linkul…
eulogin-link-no-code = Această adresă nu conține un cod de link. Deschideți din nou linkul din e-mail sau copiați întregul link în bara de adrese.

## Field labels and hints.

eulogin-field-username = Nume de utilizator
eulogin-field-first-name = Prenume
eulogin-field-last-name = Nume
eulogin-field-email = Adresă de e-mail
eulogin-field-email-confirm = Confirmarea adresei de e-mail
eulogin-field-email-language = Limba e-mailurilor
eulogin-field-interface-language = Limba interfeței
eulogin-field-password = Parolă
eulogin-field-current-password = Parola actuală
eulogin-field-new-password = Parola nouă
eulogin-field-confirm-password = Confirmarea parolei
eulogin-field-new-email = Adresă de e-mail nouă
eulogin-field-confirm-new-email = Confirmarea noii adrese de e-mail
eulogin-name-hint = Așa cum apare în actul dvs. de identitate.
eulogin-email-language-hint = Limba e-mailurilor pe care vi le trimite EU Login.
eulogin-interface-language-hint = Limba acestor pagini atunci când sunteți autentificat.
eulogin-password-rule = Cel puțin 12 caractere, cel mult 128. Nu există reguli privind tipurile de caractere: o frază din mai multe cuvinte fără legătură între ele este puternică și ușor de reținut.

## Create an account (/eulogin/signup).

eulogin-signup-own-name = Deschideți contul pe numele dvs.
# $person: "REAL PERSON" (eulogin-signup-real-person), in bold.
eulogin-signup-own-name-why = Datele pe care le introduceți aici vor apărea pe certificatele pe care le semnați în TRACES NT, care au valoare juridică. Deschideți contul EU Login pe numele unei { $person }, NU pe numele punctului de control la frontieră, al operatorului sau al organismului de control.
eulogin-signup-real-person = PERSOANE REALE
eulogin-signup-own-address = Folosiți adresa dvs. de e-mail profesională individuală.
eulogin-signup-own-address-why = Este adresa cu care vă veți autentifica în TRACES NT.
# Followed by the link "Log in".
eulogin-signup-already = Aveți deja un cont EU Login?
eulogin-signup-all-required = Toate câmpurile sunt obligatorii.
eulogin-signup-username-hint = Între 4 și 32 de caractere: litere a–z, cifre, puncte, cratime și caractere de subliniere, începând cu o literă.
eulogin-signup-email-hint = Adresa dvs. profesională individuală: vă veți autentifica cu ea.
eulogin-signup-email-confirm-hint = Introduceți din nou aceeași adresă.
eulogin-signup-privacy-accept = Am citit și accept declarația de confidențialitate
eulogin-signup-privacy-read = Citiți declarația de confidențialitate
eulogin-signup-progress = Se creează contul…

## Check your e-mail (/eulogin/signup/sent), after "Create an account".

eulogin-sent-title = Verificați-vă e-mailul
# Instead of the address, when the page does not know it.
eulogin-sent-unknown-address = adresa pe care ați introdus-o
# $address: the e-mail address, in bold.
eulogin-sent-lead = Am trimis un e-mail la { $address } cu un link pentru setarea parolei.
# $minutes: how long the link works.
eulogin-sent-link-valid = Linkul funcționează timp de { $minutes ->
        [one] { $minutes } minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    } după trimiterea e-mailului și o singură dată. După ce v-ați setat parola, reveniți în TRACES NT și autentificați-vă cu această adresă de e-mail.
eulogin-sent-advice-wait = Așteptați câteva minute: e-mailurile pot întârzia.
eulogin-sent-advice-spam = Verificați dosarul de spam sau de mesaje nedorite.
eulogin-sent-advice-it = Cereți departamentului IT să permită e-mailurile de la EU Login (să adauge expeditorul pe lista expeditorilor permiși, așa-numita „listă albă”).
eulogin-sent-advice-address = Verificați adresa de mai sus. Dacă este greșită, creați din nou contul cu adresa corectă.
eulogin-sent-replaces = Un e-mail nou îl înlocuiește pe cel anterior: funcționează doar linkul din cel mai recent e-mail.

## Help with EU Login (/eulogin/help), where the helpdesk letter points when the e-mail does not arrive.

eulogin-help-title = Ajutor pentru EU Login
eulogin-help-no-email = E-mailul pentru setarea parolei nu a sosit
eulogin-help-no-email-intro = După „Creați un cont”, EU Login vă trimite un e-mail cu un link pentru setarea parolei. Dacă nu îl găsiți în căsuța de mesaje primite:
# Each piece of advice: a short instruction in bold, then why.
eulogin-help-wait = Așteptați câteva minute.
eulogin-help-wait-why = Serverele de e-mail rețin uneori pentru o vreme mesajele de la un expeditor nou înainte de a le livra.
eulogin-help-spam = Verificați dosarul de spam sau de mesaje nedorite.
eulogin-help-spam-why = Dacă găsiți e-mailul acolo, marcați-l ca „nu este spam”, astfel încât următoarele să ajungă în căsuța de mesaje primite.
eulogin-help-it = Cereți departamentului IT să permită e-mailurile noastre.
eulogin-help-it-why = Organizațiile filtrează adesea e-mailurile din exterior. Cereți să fie adăugat expeditorul EU Login pe lista expeditorilor permiși („listă albă”).
eulogin-help-address = Verificați adresa.
# $link: a link to the sign-up form, "create the account again" (eulogin-help-address-link).
eulogin-help-address-why = O greșeală de tastare trimite e-mailul în altă parte. Dacă adresa a fost greșită, { $link } cu adresa corectă.
eulogin-help-address-link = creați din nou contul
# $action: "Send the e-mail again" (eulogin-help-again-action), in bold.
eulogin-help-again = { $action } folosind formularul de mai jos.
eulogin-help-again-action = Retrimiteți e-mailul
eulogin-help-link-broken = Linkul nu funcționează
# $minutes: how long a link works.
eulogin-help-link-broken-why = Un link funcționează timp de { $minutes ->
        [one] { $minutes } minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    } după trimiterea e-mailului și o singură dată. Când se trimite un e-mail nou, linkurile din cele anterioare nu mai funcționează: folosiți întotdeauna cel mai recent e-mail. Dacă programul dvs. de e-mail taie linkul în două, copiați întregul link în bara de adrese a browserului.
eulogin-help-send-again-intro = Introduceți adresa de e-mail a contului dvs. EU Login. Dacă este înregistrată, vă trimitem un link nou pentru setarea parolei.
eulogin-help-have-account = Aveți deja un cont?
# $login: a link, "log in" (eulogin-help-have-account-log-in); $lost: a link, "Lost your password?" (eulogin-lost-password).
eulogin-help-have-account-why = Dacă aveți deja un cont EU Login (ECAS), nu aveți nevoie de unul nou: { $login }. Dacă v-ați uitat parola, folosiți { $lost }
eulogin-help-have-account-log-in = autentificați-vă
eulogin-help-contact = Contactați serviciul de asistență
eulogin-help-contact-intro = Dacă nimic din toate acestea nu vă ajută sau pentru orice întrebare despre TRACES NT și certificatul de inspecție, scrieți la:
# $address: the helpdesk's e-mail address, a link.
eulogin-help-contact-traces = { $address } (TRACES NT și EU Login)
# $address: the e-mail address of the organic products helpdesk, a link.
eulogin-help-contact-organic = { $address } (certificatul de inspecție pentru produsele ecologice)
eulogin-help-contact-advice = Precizați ce adresă de e-mail ați folosit și nu trimiteți niciodată parola.

## Privacy statement (/eulogin/privacy).

eulogin-privacy-title = Declarația de confidențialitate
eulogin-privacy-lead = Prin EU Login vă dovediți identitatea în fața TRACES NT. Această pagină arată ce date păstrăm despre dvs., de ce și ce puteți face în această privință.
eulogin-privacy-stored = Ce stocăm
eulogin-privacy-stored-names = Numele de utilizator, prenumele și numele dvs. de familie.
eulogin-privacy-stored-email = Adresa dvs. de e-mail, care vă servește și pentru autentificare.
eulogin-privacy-stored-languages = Limba e-mailurilor pe care vi le trimitem și limba interfeței.
eulogin-privacy-stored-password = Parola dvs., numai sub formă de hash: o transformare ireversibilă din care parola nu poate fi recuperată. Nimeni, nici chiar serviciul de asistență, nu vă poate vedea parola.
eulogin-privacy-stored-session = Cât timp sunteți autentificat, un cookie de sesiune și ora ultimei dvs. activități, pentru ca sesiunea să se încheie atunci când nu o mai folosiți sau vă deconectați.
eulogin-privacy-why = De ce
eulogin-privacy-why-identify = Pentru a vă identifica atunci când vă autentificați în TRACES NT și pentru a vă trimite e-mailurile necesare serviciului (linkul pentru setarea parolei, confirmarea unei adrese noi).
eulogin-privacy-why-certificates = Prenumele și numele dvs. apar pe certificatele pe care le semnați în TRACES NT. Certificatele au valoare juridică, așa că contul trebuie să fie pe numele persoanei reale care semnează.
eulogin-privacy-no-other-use = Nu folosim datele dvs. în niciun alt scop și nici nu le vindem sau le partajăm în scopuri de marketing.
eulogin-privacy-rights = Drepturile dvs.
# $link: a link, "your EU Login account page" (eulogin-account-page-link).
eulogin-privacy-rights-text = După autentificare, vă puteți vedea și corecta oricând numele, limbile, adresa de e-mail și parola pe { $link }. Pentru a solicita o copie a datelor dvs. sau ștergerea contului, scrieți serviciului de asistență.
eulogin-privacy-contact = Contact
# $address: the helpdesk's e-mail address, a link.
eulogin-privacy-helpdesk = Serviciul de asistență: { $address }

## Log in (/eulogin/login), where "Login into TRACES" leads.

eulogin-login-title = Autentificare
eulogin-login-lead = Autentificați-vă cu adresa de e-mail a contului dvs. EU Login.
# Next to the password field when it is empty ("Password" is the field's label).
eulogin-login-password-missing = Parolă: introduceți parola.
# Followed by the link "Create an account".
eulogin-login-no-account = Nu aveți încă un cont?

## Lost your password? (/eulogin/lost-password)

eulogin-lost-lead = Introduceți adresa de e-mail a contului dvs. EU Login. Dacă este înregistrată, vă trimitem un e-mail cu un link pentru setarea unei parole noi.
# $minutes: how long the link works.
eulogin-lost-link-valid = Linkul funcționează timp de { $minutes ->
        [one] { $minutes } minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    } și o singură dată. Parola actuală rămâne valabilă până când o setați pe cea nouă.
eulogin-lost-submit = Trimiteți-mi un link
eulogin-lost-back = Înapoi la „Autentificare”

## Set your password (/eulogin/password), from the e-mailed link.

eulogin-password-title = Setați-vă parola
# $name: the person's first name; $username: their username, in bold.
eulogin-password-lead = Bună ziua, { $name }! Alegeți parola contului EU Login { $username }.
eulogin-password-submit = Setați parola
eulogin-password-set = Parola a fost setată
eulogin-password-set-next = Acum vă puteți autentifica cu adresa de e-mail și cu noua parolă.
eulogin-password-new-email = Solicitați un e-mail nou
eulogin-password-new-email-intro = Introduceți adresa de e-mail a contului dvs. EU Login pentru a primi un link nou pentru setarea parolei.

## Confirm your new e-mail address (/eulogin/email), from the e-mailed link.

eulogin-email-title = Confirmați noua adresă de e-mail
# $name: the person's first name; $username: their username, in bold; $email: the new address, in bold.
eulogin-email-lead = Bună ziua, { $name }! Adresa de autentificare a contului EU Login { $username } va deveni { $email }.
eulogin-email-old-stops = Vechea adresă nu mai poate fi folosită pentru autentificare imediat ce confirmați.
eulogin-email-submit = Confirmați noua adresă de e-mail
eulogin-email-changed = Adresa dvs. de e-mail a fost schimbată
# $email: the new address, in bold.
eulogin-email-changed-next = De acum înainte, autentificați-vă cu { $email }.
eulogin-email-back-to-account = Înapoi la contul meu
# $link: a link, "your EU Login account page" (eulogin-account-page-link).
eulogin-email-link-broken-next = Adresa dvs. de e-mail nu s-a schimbat. Pentru a primi un nou link de confirmare, autentificați-vă și solicitați-l din nou pe { $link }.

## My EU Login account (/eulogin/account).

eulogin-account-title = Contul meu EU Login
eulogin-account-loading = Se încarcă contul…
eulogin-account-back = Înapoi la TRACES NT
eulogin-account-log-in-first = Vă rugăm să vă autentificați pentru a vedea și modifica contul dvs. EU Login.
# $name: first and last name; $username; $email: the login address. All three in bold.
eulogin-account-who = Sunteți autentificat ca { $name } (nume de utilizator { $username }, e-mail { $email }).
eulogin-account-details = Datele dvs.
eulogin-account-details-intro = Numele dvs. apar pe certificatele pe care le semnați în TRACES NT: folosiți-vă numele reale, așa cum apar în actul de identitate.
eulogin-account-details-submit = Salvați datele
eulogin-account-details-saved = Datele dvs. au fost salvate.
eulogin-account-password = Schimbarea parolei
# Next to the field when it is empty ("Current password" is the field's label).
eulogin-account-current-password-missing = Parola actuală: introduceți parola pe care o folosiți acum.
eulogin-account-password-submit = Schimbați parola
eulogin-account-password-changed = Parola a fost schimbată. Toate celelalte sesiuni deschise în contul dvs. (în alt browser sau pe alt computer) au fost închise.
eulogin-account-email = Schimbarea adresei de e-mail
eulogin-account-email-intro = Adresa dvs. de e-mail vă servește pentru autentificare. Trimitem un link la noua adresă pentru a ne asigura că vă aparține.
# Next to "Confirm new e-mail" ("Confirm new e-mail" and "New e-mail" are the fields' labels).
eulogin-account-email-confirm-differs = Confirmarea noii adrese de e-mail: introduceți aceeași adresă ca în câmpul „Adresă de e-mail nouă”.
eulogin-account-email-confirm-missing = Confirmarea noii adrese de e-mail: introduceți din nou noua adresă.
eulogin-account-email-submit = Trimiteți linkul de confirmare
# $address: the new address, in bold; $minutes: how long the link works; $current: the present login address.
eulogin-account-email-sent = Am trimis un link la { $address }. Accesați-l în cel mult { $minutes ->
        [one] { $minutes } minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    }. Adresa de autentificare se schimbă numai după ce accesați linkul; până atunci, continuați să vă autentificați cu { $current }.
