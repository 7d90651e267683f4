## The shared validators (app/src/domain): the browser shows these messages as the user types,
## the server answers with the same ones. A message starts with the label of its field, so the
## reader knows which field it is about; labels are messages of their own (label-…), passed
## in as $field.

## Labels of fields and lists

label-username = Korisničko ime
label-first-name = Ime
label-last-name = Prezime
label-email = Adresa e-pošte
label-new-email = Nova adresa e-pošte
label-your-email = Vaša adresa e-pošte
label-email-language = Jezik poruka e-pošte
label-interface-language = Jezik sučelja
label-password = Lozinka
label-phone = Telefon
label-your-phone = Vaš telefon
label-fax = Telefaks
label-website = Mrežno mjesto
label-name = Naziv
label-address = Adresa
label-city = Mjesto
label-postcode = Poštanski broj
label-role = Uloga
label-authority-role = Uloga tijela
label-section = Odjeljak
label-activity-type = Vrsta djelatnosti

## What to enter in an empty field of the operator form, after “{ $field }: ” (valid-text-empty).

label-name-empty-hint = unesite naziv subjekta pod kojim je registriran
label-address-empty-hint = unesite ulicu i kućni broj
label-city-empty-hint = unesite mjesto
label-postcode-empty-hint = unesite poštanski broj

## The characters a field of the operator form takes, after “{ $field }: ”
## (valid-text-bad-character). Keep the punctuation marks as they are: they are what the field takes.

label-name-allowed-hint = upotrebljavajte samo slova, znamenke, razmake i znakove . , - ' & ( ) / + : ; " !
label-address-allowed-hint = upotrebljavajte samo slova, znamenke, razmake i znakove . , - ' & ( ) / + : ; " # °
label-city-allowed-hint = upotrebljavajte samo slova, znamenke, razmake i znakove . , - ' ( ) /
label-postcode-allowed-hint = upotrebljavajte samo slova A–Z, znamenke, razmake i spojnice

## Kinds of role, as the helpdesk letter names them, and what each covers.

label-role-kind-operator = Subjekt
label-role-kind-control-body = Kontrolno tijelo za ekološku proizvodnju
label-role-kind-authority = Tijelo
label-role-kind-operator-description = Uvoznik, prvi primatelj
label-role-kind-control-body-description = Kontrolno tijelo ili tijelo za kontrolu u ekološkoj proizvodnji
label-role-kind-authority-description = Granična kontrolna postaja ili središnje nadležno tijelo

## Authority roles and the organic roles they act as. EAOC, OPL, CAFOP and CAOPL are the
## abbreviations of TRACES NT: they stay as they are.

label-authority-role-bcp = Granična kontrolna postaja
label-authority-role-cca = Središnje nadležno tijelo
label-authority-role-bcp-acts-as = Tijelo za ovjeru u ekološkoj certifikaciji
label-authority-role-cca-acts-as = Ekološka proizvodnja i označivanje
# $role: the authority role (Border Control Post); $acts_as_name: the organic role it acts as
# (Endorsing Authority for Organic Certification); $acts_as: its abbreviation (EAOC);
# $formerly: the earlier abbreviation in TRACES NT (CAFOP).
label-authority-role-description = { $role }: preuzima ulogu „{ $acts_as_name }“ ({ $acts_as } – prije { $formerly } u sustavu TRACES NT)

## Sections of the operator register and activity types of operators.

label-section-organic-operator = Ekološki subjekt
label-activity-importer = Uvoznik
label-activity-first-consignee = Prvi primatelj
label-activity-exporter = Izvoznik
label-activity-producer = Proizvođač
label-activity-processor = Prerađivač

## Messages shared by several fields.

# $field: the field's label; $min: the least number of characters.
valid-too-short = { $field }: upotrijebite najmanje { $min ->
        [one] { $min } znak
        [few] { $min } znaka
       *[other] { $min } znakova
    }.
# $field: the field's label; $max: the most characters the field takes.
valid-too-long = { $field }: upotrijebite najviše { $max ->
        [one] { $max } znak
        [few] { $max } znaka
       *[other] { $max } znakova
    }.
# $field: the label of the list.
valid-choice-missing = { $field }: odaberite jednu od mogućnosti s popisa.
# $field: the label of the list; $code: the value that was sent, as it was sent.
valid-choice-unknown = { $field }: „{ $code }“ nije jedna od ponuđenih mogućnosti; odaberite jednu od mogućnosti s popisa.

## EU Login account: username and names.

valid-username-empty = Korisničko ime: unesite korisničko ime.
valid-username-first-not-letter = Korisničko ime: počnite slovom (a–z).
valid-username-bad-character = Korisničko ime: upotrebljavajte samo slova a–z, znamenke, točke, spojnice i podvlake (bez razmaka i dijakritičkih znakova).
valid-first-name-empty = Ime: unesite svoje ime kako je navedeno u identifikacijskoj ispravi.
valid-last-name-empty = Prezime: unesite svoje prezime kako je navedeno u identifikacijskoj ispravi.
# $field: First name or Last name.
valid-person-name-bad-character = { $field }: upotrebljavajte samo slova, razmake, spojnice, apostrofe i točke.
# $field: First name or Last name.
valid-person-name-no-letter = { $field }: mora sadržavati najmanje jedno slovo.
# $field: First name or Last name; $word: the word of the name that looks like a company's.
valid-name-looks-like-organisation = { $field }: „{ $word }“ izgleda kao dio naziva organizacije. Vaš račun EU Login mora glasiti na ime stvarne osobe: ime i prezime navode se na potvrdama koje potpisujete.

## E-mail addresses.

# $field: the field's label (E-mail, New e-mail).
valid-email-empty = { $field }: unesite svoju poslovnu adresu e-pošte.
# $field: the field's label (E-mail, New e-mail).
valid-email-shape = { $field }: unesite adresu u obliku name@example.org, s jednim znakom @ i bez razmaka.
# $field: the field's label (E-mail, New e-mail).
valid-email-domain = { $field }: dio iza znaka @ mora biti domena, na primjer example.org.
valid-email-mismatch = Potvrda adrese e-pošte: unesite istu adresu kao u polju „Adresa e-pošte“.
valid-email-confirm-empty = Potvrda adrese e-pošte: ponovno unesite svoju adresu e-pošte.

## Passwords.

valid-password-empty = Lozinka: unesite lozinku.
# $min: the least number of characters.
valid-password-too-short = Lozinka: upotrijebite najmanje { $min ->
        [one] { $min } znak
        [few] { $min } znaka
       *[other] { $min } znakova
    } (dobru lozinku čini nekoliko riječi).
valid-password-weak = Lozinka: ovu je lozinku previše lako pogoditi. Pokušajte s duljom frazom od nepovezanih riječi.
# $hint: why, in the words of the strength checker: one sentence of the catalogs (error-password-…).
valid-password-weak-hint = Lozinka: ovu je lozinku previše lako pogoditi. { $hint } Pokušajte s duljom frazom od nepovezanih riječi.
valid-password-mismatch = Potvrda lozinke: dvaput unesite istu lozinku.
valid-password-wrong-current = Trenutačna lozinka: lozinka nije točna.

## The rest of the sign-up form.

valid-email-language-missing = Jezik poruka e-pošte: odaberite jezik poruka e-pošte koje ćete primati.
valid-captcha-empty = Kôd: upišite znakove koje vidite na slici.
valid-captcha-too-long = Kôd: kôd na slici je kraći; upišite samo njegove znakove.
valid-privacy-not-accepted = Izjava o zaštiti privatnosti: označite okvir kako biste potvrdili da ste je pročitali.

## Languages and instances named in a link or a form.

# $code: the language code that was sent.
valid-language-unknown = „{ $code }“ nije jedan od 24 službena jezika EU-a: odaberite jezik s popisa.
# $field: the field's label (E-mail language); $code: the language code that was sent.
valid-language-unknown-for = { $field }: „{ $code }“ nije jedan od 24 službena jezika EU-a: odaberite jezik s popisa.
# $slug: the part of the address that should name the instance. “production” and “training”
# are parts of addresses: keep them as they are.
valid-instance-unknown = „{ $slug }“ nije instanca sustava TRACES NT: upotrijebite „production“ ili „training“.

## Rejecting an authorisation request.

valid-reason-missing = Razlog: odbijanje mora imati razlog; podnositelj zahtjeva će ga pročitati, stoga navedite što nije u redu i što treba učiniti.
# $min: the least number of characters.
valid-reason-too-short = Razlog: napišite najmanje { $min ->
        [one] { $min } znak
        [few] { $min } znaka
       *[other] { $min } znakova
    } kako bi podnositelj zahtjeva znao što treba učiniti.
# $max: the most characters a reason takes; $count: how many were written.
valid-reason-too-long = Razlog: upotrijebite najviše { $max ->
        [one] { $max } znak
        [few] { $max } znaka
       *[other] { $max } znakova
    } (napisali ste { $count }).
valid-reason-control-characters = Razlog: uklonite kontrolne znakove (dopušteni su samo prijelomi redaka).

## Role kinds: each person takes one kind of role per instance.

# $existing: the kind of role the person has (Operator, Organic Control Body, Authority);
# $requested: the kind just requested.
valid-role-kind-other = Uloga: u ovoj instanci već imate vrstu uloge „{ $existing }“, a svaka osoba može imati samo jednu vrstu uloge. Ne možete zatražiti ulogu vrste „{ $requested }“; možete zatražiti dodatne položaje vrste „{ $existing }“.

## EORI numbers and control body codes. DE, FR, XI, AT-BIO-301, BIO, ECO, EKO, OKO (ÖKO) and
## ORG are codes: keep them as they are.

valid-eori-empty = Broj EORI: unesite broj EORI.
valid-eori-required-for-importers = Broj EORI: unesite broj EORI; obvezan je za uvoznike ekoloških proizvoda.
valid-eori-too-long = Broj EORI: upotrijebite najviše 17 znakova: dvoslovnu oznaku zemlje i do 15 slova ili znamenaka.
valid-eori-bad-character = Broj EORI: upotrebljavajte samo slova A–Z i znamenke (razmaci se zanemaruju).
valid-eori-no-country = Broj EORI: počnite dvoslovnom oznakom zemlje koja ga je izdala, na primjer DE ili FR (XI za Sjevernu Irsku).
# $code: the two letters typed, which are not a country code.
valid-eori-unknown-country = Broj EORI: „{ $code }“ nije oznaka zemlje; počnite oznakom zemlje koja je izdala broj, na primjer DE ili FR (XI za Sjevernu Irsku).
valid-eori-no-number = Broj EORI: iza oznake zemlje dodajte 1 do 15 slova ili znamenaka samog broja.
valid-control-body-code-empty = Šifra kontrolnog tijela: unesite šifru, na primjer AT-BIO-301.
valid-control-body-code-shape = Šifra kontrolnog tijela: napišite je u obliku zemlja-izraz-broj, na primjer AT-BIO-301: dva slova, tri slova i najviše tri znamenke, odvojeni spojnicama.
# $code: the first part typed, which is not a country code.
valid-control-body-code-country = Šifra kontrolnog tijela: „{ $code }“ nije oznaka zemlje prema normi ISO 3166-1; počnite oznakom zemlje u kojoj se provode kontrole.
# $term: the middle part typed, which is not an organic term.
valid-control-body-code-term = Šifra kontrolnog tijela: „{ $term }“ nije izraz za ekološku proizvodnju koji se upotrebljava u šiframa kontrolnih tijela; upotrijebite BIO, ECO, EKO, OKO (ÖKO) ili ORG.
valid-control-body-code-number = Šifra kontrolnog tijela: završite referentnim brojem od jedne do tri znamenke, na primjer 301.

## Text fields of the operator form (name, address, city, postcode).

# $field: the field's label; $hint: what to enter (label-…-empty-hint).
valid-text-empty = { $field }: { $hint }.
# $field: the field's label; $hint: the characters the field takes (label-…-allowed-hint).
valid-text-bad-character = { $field }: { $hint } (bez znakova < >, kontrolnih ili nevidljivih znakova).
# $field: the field's label.
valid-text-no-letter-or-digit = { $field }: mora sadržavati najmanje jedno slovo ili znamenku.

## Contact details: phone, fax, website.

# $field: the field's label (Phone, Fax).
valid-phone-no-plus = { $field }: napišite broj u međunarodnom obliku, počevši znakom + i pozivnim brojem zemlje, na primjer +32 2 299 11 11.
# $field: the field's label (Phone, Fax).
valid-phone-bad-character = { $field }: iza znaka + upotrebljavajte samo znamenke, razmake, spojnice i zagrade.
# $field: the field's label (Phone, Fax); $min, $max: the least and most digits.
valid-phone-digits = { $field }: navedite od { $min } do { $max } znamenaka, uključujući pozivni broj zemlje.
valid-website-scheme = Mrežno mjesto: prihvaćaju se samo adrese http:// i https://.
valid-website-non-ascii = Mrežno mjesto: napišite adresu slovima a–z, znamenkama i znakovima - . / ; za domenu s dijakritičkim znakovima upotrijebite oblik xn-- koji prikazuje vaš preglednik.
valid-website-shape = Mrežno mjesto: unesite adresu u obliku www.example.org ili https://www.example.org/page.
valid-contact-missing = Kontakt: navedite barem jedan od podataka: telefon, telefaks, adresu e-pošte ili mrežno mjesto.
