## The shared validators (app/src/domain): the browser shows these messages as the user types,
## the server answers with the same ones. A message starts with the label of its field, so the
## reader knows which field it is about; labels are messages of their own (label-…), passed
## in as $field.

## Labels of fields and lists

label-username = Nume de utilizator
label-first-name = Prenume
label-last-name = Nume
label-email = Adresă de e-mail
label-new-email = Adresă de e-mail nouă
label-your-email = Adresa dvs. de e-mail
label-email-language = Limba e-mailurilor
label-interface-language = Limba interfeței
label-password = Parolă
label-phone = Telefon
label-your-phone = Telefonul dvs.
label-fax = Fax
label-website = Site web
label-name = Denumire
label-address = Adresă
label-city = Localitate
label-postcode = Cod poștal
label-role = Rol
label-authority-role = Rolul autorității
label-section = Secțiune
label-activity-type = Tip de activitate

## What to enter in an empty field of the operator form, after “{ $field }: ” (valid-text-empty).

label-name-empty-hint = introduceți denumirea operatorului, așa cum este înregistrată
label-address-empty-hint = introduceți strada și numărul
label-city-empty-hint = introduceți localitatea
label-postcode-empty-hint = introduceți codul poștal

## The characters a field of the operator form takes, after “{ $field }: ”
## (valid-text-bad-character). Keep the punctuation marks as they are: they are what the field takes.

label-name-allowed-hint = folosiți numai litere, cifre, spații și . , - ' & ( ) / + : ; " !
label-address-allowed-hint = folosiți numai litere, cifre, spații și . , - ' & ( ) / + : ; " # °
label-city-allowed-hint = folosiți numai litere, cifre, spații și . , - ' ( ) /
label-postcode-allowed-hint = folosiți numai literele A–Z, cifre, spații și cratime

## Kinds of role, as the helpdesk letter names them, and what each covers.

label-role-kind-operator = Operator
label-role-kind-control-body = Organism de control pentru producția ecologică
label-role-kind-authority = Autoritate
label-role-kind-operator-description = Importator, primul destinatar
label-role-kind-control-body-description = Organism de control sau autoritate de control pentru producția ecologică
label-role-kind-authority-description = Punct de control la frontieră sau autoritate competentă centrală

## Authority roles and the organic roles they act as. EAOC, OPL, CAFOP and CAOPL are the
## abbreviations of TRACES NT: they stay as they are.

label-authority-role-bcp = Punct de control la frontieră
label-authority-role-cca = Autoritate competentă centrală
label-authority-role-bcp-acts-as = Autoritate care vizează certificatele pentru produsele ecologice
label-authority-role-cca-acts-as = Producție ecologică și etichetare
# $role: the authority role (Border Control Post); $acts_as_name: the organic role it acts as
# (Endorsing Authority for Organic Certification); $acts_as: its abbreviation (EAOC);
# $formerly: the earlier abbreviation in TRACES NT (CAFOP).
label-authority-role-description = { $role }: îndeplinește rolul „{ $acts_as_name }” ({ $acts_as } – anterior { $formerly } în TRACES NT)

## Sections of the operator register and activity types of operators.

label-section-organic-operator = Operator din producția ecologică
label-activity-importer = Importator
label-activity-first-consignee = Primul destinatar
label-activity-exporter = Exportator
label-activity-producer = Producător
label-activity-processor = Procesator

## Messages shared by several fields.

# $field: the field's label; $min: the least number of characters.
valid-too-short = { $field }: folosiți cel puțin { $min ->
        [one] { $min } caracter
        [few] { $min } caractere
       *[other] { $min } de caractere
    }.
# $field: the field's label; $max: the most characters the field takes.
valid-too-long = { $field }: folosiți cel mult { $max ->
        [one] { $max } caracter
        [few] { $max } caractere
       *[other] { $max } de caractere
    }.
# $field: the label of the list.
valid-choice-missing = { $field }: alegeți o opțiune din listă.
# $field: the label of the list; $code: the value that was sent, as it was sent.
valid-choice-unknown = { $field }: „{ $code }” nu se numără printre opțiuni; alegeți o opțiune din listă.

## EU Login account: username and names.

valid-username-empty = Nume de utilizator: introduceți un nume de utilizator.
valid-username-first-not-letter = Nume de utilizator: începeți cu o literă (a–z).
valid-username-bad-character = Nume de utilizator: folosiți numai litere a–z, cifre, puncte, cratime și caractere de subliniere (fără spații sau diacritice).
valid-first-name-empty = Prenume: introduceți prenumele așa cum apare în actul dvs. de identitate.
valid-last-name-empty = Nume: introduceți numele de familie așa cum apare în actul dvs. de identitate.
# $field: First name or Last name.
valid-person-name-bad-character = { $field }: folosiți numai litere, spații, cratime, apostrofuri și puncte.
# $field: First name or Last name.
valid-person-name-no-letter = { $field }: trebuie să conțină cel puțin o literă.
# $field: First name or Last name; $word: the word of the name that looks like a company's.
valid-name-looks-like-organisation = { $field }: „{ $word }” pare să facă parte din denumirea unei organizații. Contul dvs. EU Login trebuie să fie pe numele unei persoane fizice reale: numele apar pe certificatele pe care le semnați.

## E-mail addresses.

# $field: the field's label (E-mail, New e-mail).
valid-email-empty = { $field }: introduceți adresa dvs. de e-mail profesională.
# $field: the field's label (E-mail, New e-mail).
valid-email-shape = { $field }: introduceți o adresă de forma name@example.org, cu un singur @ și fără spații.
# $field: the field's label (E-mail, New e-mail).
valid-email-domain = { $field }: partea de după @ trebuie să fie un domeniu, de exemplu example.org.
valid-email-mismatch = Confirmarea adresei de e-mail: introduceți aceeași adresă ca în câmpul „Adresă de e-mail”.
valid-email-confirm-empty = Confirmarea adresei de e-mail: introduceți din nou adresa dvs. de e-mail.

## Passwords.

valid-password-empty = Parolă: introduceți o parolă.
# $min: the least number of characters.
valid-password-too-short = Parolă: folosiți cel puțin { $min ->
        [one] { $min } caracter
        [few] { $min } caractere
       *[other] { $min } de caractere
    } (câteva cuvinte formează o parolă bună).
valid-password-weak = Parolă: această parolă este prea ușor de ghicit. Încercați o frază mai lungă, din cuvinte fără legătură între ele.
# $hint: why, in the words of the strength checker: one sentence of the catalogs (error-password-…).
valid-password-weak-hint = Parolă: această parolă este prea ușor de ghicit. { $hint } Încercați o frază mai lungă, din cuvinte fără legătură între ele.
valid-password-mismatch = Confirmarea parolei: introduceți aceeași parolă de două ori.
valid-password-wrong-current = Parola actuală: parola nu este corectă.

## The rest of the sign-up form.

valid-email-language-missing = Limba e-mailurilor: alegeți limba e-mailurilor pe care le veți primi.
valid-captcha-empty = Cod: introduceți caracterele pe care le vedeți în imagine.
valid-captcha-too-long = Cod: codul din imagine este mai scurt; introduceți numai caracterele acestuia.
valid-privacy-not-accepted = Declarația de confidențialitate: bifați caseta pentru a confirma că ați citit-o.

## Languages and instances named in a link or a form.

# $code: the language code that was sent.
valid-language-unknown = „{ $code }” nu este una dintre cele 24 de limbi oficiale ale UE: alegeți una din listă.
# $field: the field's label (E-mail language); $code: the language code that was sent.
valid-language-unknown-for = { $field }: „{ $code }” nu este una dintre cele 24 de limbi oficiale ale UE: alegeți una din listă.
# $slug: the part of the address that should name the instance. “production” and “training”
# are parts of addresses: keep them as they are.
valid-instance-unknown = „{ $slug }” nu este un mediu TRACES NT: folosiți „production” sau „training”.

## Rejecting an authorisation request.

valid-reason-missing = Motiv: o respingere trebuie motivată; solicitantul va citi motivul, așa că precizați ce nu este în regulă și ce trebuie făcut.
# $min: the least number of characters.
valid-reason-too-short = Motiv: scrieți cel puțin { $min ->
        [one] { $min } caracter
        [few] { $min } caractere
       *[other] { $min } de caractere
    }, pentru ca solicitantul să știe ce are de făcut.
# $max: the most characters a reason takes; $count: how many were written.
valid-reason-too-long = Motiv: cel mult { $max ->
        [one] { $max } caracter
        [few] { $max } caractere
       *[other] { $max } de caractere
    } (ați scris { $count }).
valid-reason-control-characters = Motiv: eliminați caracterele de control (sunt permise numai trecerile la rând nou).

## Role kinds: each person takes one kind of role per instance.

# $existing: the kind of role the person has (Operator, Organic Control Body, Authority);
# $requested: the kind just requested.
valid-role-kind-other = Rol: aveți deja tipul de rol „{ $existing }” în acest mediu, iar fiecare persoană poate avea un singur tip de rol. Nu puteți solicita un rol de tipul „{ $requested }”; puteți solicita mai multe posturi de tipul „{ $existing }”.

## EORI numbers and control body codes. DE, FR, XI, AT-BIO-301, BIO, ECO, EKO, OKO (ÖKO) and
## ORG are codes: keep them as they are.

valid-eori-empty = Număr EORI: introduceți numărul EORI.
valid-eori-required-for-importers = Număr EORI: introduceți numărul EORI; este obligatoriu pentru importatorii de produse ecologice.
valid-eori-too-long = Număr EORI: folosiți cel mult 17 caractere: codul de țară din două litere și până la 15 litere sau cifre.
valid-eori-bad-character = Număr EORI: folosiți numai litere A–Z și cifre (spațiile sunt ignorate).
valid-eori-no-country = Număr EORI: începeți cu codul din două litere al țării care l-a emis, de exemplu DE sau FR (XI pentru Irlanda de Nord).
# $code: the two letters typed, which are not a country code.
valid-eori-unknown-country = Număr EORI: „{ $code }” nu este un cod de țară; începeți cu codul țării care a emis numărul, de exemplu DE sau FR (XI pentru Irlanda de Nord).
valid-eori-no-number = Număr EORI: după codul de țară, adăugați cele 1–15 litere sau cifre ale numărului.
valid-control-body-code-empty = Codul organismului de control: introduceți codul, de exemplu AT-BIO-301.
valid-control-body-code-shape = Codul organismului de control: scrieți-l sub forma țară-termen-număr, de exemplu AT-BIO-301: două litere, trei litere și cel mult trei cifre, separate prin cratime.
# $code: the first part typed, which is not a country code.
valid-control-body-code-country = Codul organismului de control: „{ $code }” nu este un cod de țară ISO 3166-1; începeți cu codul țării în care au loc controalele.
# $term: the middle part typed, which is not an organic term.
valid-control-body-code-term = Codul organismului de control: „{ $term }” nu este un termen pentru producția ecologică folosit în codurile organismelor de control; folosiți BIO, ECO, EKO, OKO (ÖKO) sau ORG.
valid-control-body-code-number = Codul organismului de control: încheiați cu numărul de referință, format din una până la trei cifre, de exemplu 301.

## Text fields of the operator form (name, address, city, postcode).

# $field: the field's label; $hint: what to enter (label-…-empty-hint).
valid-text-empty = { $field }: { $hint }.
# $field: the field's label; $hint: the characters the field takes (label-…-allowed-hint).
valid-text-bad-character = { $field }: { $hint } (fără < >, caractere de control sau caractere invizibile).
# $field: the field's label.
valid-text-no-letter-or-digit = { $field }: trebuie să conțină cel puțin o literă sau o cifră.

## Contact details: phone, fax, website.

# $field: the field's label (Phone, Fax).
valid-phone-no-plus = { $field }: scrieți numărul în format internațional, începând cu + și prefixul țării, de exemplu +32 2 299 11 11.
# $field: the field's label (Phone, Fax).
valid-phone-bad-character = { $field }: după +, folosiți numai cifre, spații, cratime și paranteze.
# $field: the field's label (Phone, Fax); $min, $max: the least and most digits.
valid-phone-digits = { $field }: introduceți între { $min } și { $max ->
        [one] { $max } cifră
        [few] { $max } cifre
       *[other] { $max } de cifre
    }, inclusiv prefixul țării.
valid-website-scheme = Site web: sunt acceptate numai adrese http:// și https://.
valid-website-non-ascii = Site web: scrieți adresa numai cu litere a–z, cifre și - . /; pentru un domeniu cu diacritice, folosiți forma xn-- afișată de browserul dvs.
valid-website-shape = Site web: introduceți o adresă de forma www.example.org sau https://www.example.org/page.
valid-contact-missing = Contact: indicați cel puțin unul dintre următoarele: telefon, fax, e-mail sau site web.
