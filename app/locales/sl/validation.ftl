## The shared validators (app/src/domain): the browser shows these messages as the user types,
## the server answers with the same ones. A message starts with the label of its field, so the
## reader knows which field it is about; labels are messages of their own (label-…), passed
## in as $field.

## Labels of fields and lists

label-username = Uporabniško ime
label-first-name = Ime
label-last-name = Priimek
label-email = E-poštni naslov
label-new-email = Novi e-poštni naslov
label-your-email = Vaš e-poštni naslov
label-email-language = Jezik e-poštnih sporočil
label-interface-language = Jezik vmesnika
label-password = Geslo
label-phone = Telefon
label-your-phone = Vaš telefon
label-fax = Faks
label-website = Spletno mesto
label-name = Naziv
label-address = Naslov
label-city = Kraj
label-postcode = Poštna številka
label-role = Vloga
label-authority-role = Vloga organa
label-section = Oddelek
label-activity-type = Vrsta dejavnosti

## What to enter in an empty field of the operator form, after “{ $field }: ” (valid-text-empty).

label-name-empty-hint = vnesite naziv izvajalca dejavnosti, kot je registriran
label-address-empty-hint = vnesite ulico in hišno številko
label-city-empty-hint = vnesite kraj
label-postcode-empty-hint = vnesite poštno številko

## The characters a field of the operator form takes, after “{ $field }: ”
## (valid-text-bad-character). Keep the punctuation marks as they are: they are what the field takes.

label-name-allowed-hint = uporabljajte samo črke, števke, presledke in znake . , - ' & ( ) / + : ; " !
label-address-allowed-hint = uporabljajte samo črke, števke, presledke in znake . , - ' & ( ) / + : ; " # °
label-city-allowed-hint = uporabljajte samo črke, števke, presledke in znake . , - ' ( ) /
label-postcode-allowed-hint = uporabljajte samo črke A–Z, števke, presledke in vezaje

## Kinds of role, as the helpdesk letter names them, and what each covers.

label-role-kind-operator = Izvajalec dejavnosti
label-role-kind-control-body = Izvajalec nadzora za ekološko pridelavo
label-role-kind-authority = Organ
label-role-kind-operator-description = Uvoznik, prvi prejemnik
label-role-kind-control-body-description = Izvajalec nadzora ali organ nadzora za ekološko pridelavo
label-role-kind-authority-description = Mejna kontrolna točka ali osrednji pristojni organ

## Authority roles and the organic roles they act as. EAOC, OPL, CAFOP and CAOPL are the
## abbreviations of TRACES NT: they stay as they are.

label-authority-role-bcp = Mejna kontrolna točka
label-authority-role-cca = Osrednji pristojni organ
label-authority-role-bcp-acts-as = Organ za potrjevanje ekološke certifikacije
label-authority-role-cca-acts-as = Ekološka pridelava in označevanje
# $role: the authority role (Border Control Post); $acts_as_name: the organic role it acts as
# (Endorsing Authority for Organic Certification); $acts_as: its abbreviation (EAOC);
# $formerly: the earlier abbreviation in TRACES NT (CAFOP).
label-authority-role-description = { $role }: prevzame vlogo „{ $acts_as_name }“ ({ $acts_as } – prej { $formerly } v TRACES NT)

## Sections of the operator register and activity types of operators.

label-section-organic-operator = Izvajalec ekološke dejavnosti
label-activity-importer = Uvoznik
label-activity-first-consignee = Prvi prejemnik
label-activity-exporter = Izvoznik
label-activity-producer = Pridelovalec
label-activity-processor = Predelovalec

## Messages shared by several fields.

# $field: the field's label; $min: the least number of characters.
valid-too-short = { $field }: uporabite vsaj { $min ->
        [one] { $min } znak
        [two] { $min } znaka
        [few] { $min } znake
       *[other] { $min } znakov
    }.
# $field: the field's label; $max: the most characters the field takes.
valid-too-long = { $field }: uporabite največ { $max ->
        [one] { $max } znak
        [two] { $max } znaka
        [few] { $max } znake
       *[other] { $max } znakov
    }.
# $field: the label of the list.
valid-choice-missing = { $field }: izberite eno od možnosti na seznamu.
# $field: the label of the list; $code: the value that was sent, as it was sent.
valid-choice-unknown = { $field }: „{ $code }“ ni ena od možnosti; izberite eno od možnosti na seznamu.

## EU Login account: username and names.

valid-username-empty = Uporabniško ime: vnesite uporabniško ime.
valid-username-first-not-letter = Uporabniško ime: začnite s črko (a–z).
valid-username-bad-character = Uporabniško ime: uporabljajte samo črke a–z, števke, pike, vezaje in podčrtaje (brez presledkov in strešic).
valid-first-name-empty = Ime: vnesite svoje ime, kot je navedeno v osebnem dokumentu.
valid-last-name-empty = Priimek: vnesite svoj priimek, kot je naveden v osebnem dokumentu.
# $field: First name or Last name.
valid-person-name-bad-character = { $field }: uporabljajte samo črke, presledke, vezaje, opuščaje in pike.
# $field: First name or Last name.
valid-person-name-no-letter = { $field }: vsebovati mora vsaj eno črko.
# $field: First name or Last name; $word: the word of the name that looks like a company's.
valid-name-looks-like-organisation = { $field }: „{ $word }“ je videti kot del naziva organizacije. Vaš račun EU Login mora biti odprt na ime resnične osebe: ime in priimek sta navedena na certifikatih, ki jih podpisujete.

## E-mail addresses.

# $field: the field's label (E-mail, New e-mail).
valid-email-empty = { $field }: vnesite svoj službeni e-poštni naslov.
# $field: the field's label (E-mail, New e-mail).
valid-email-shape = { $field }: vnesite naslov v obliki name@example.org, z enim znakom @ in brez presledkov.
# $field: the field's label (E-mail, New e-mail).
valid-email-domain = { $field }: del za znakom @ mora biti domena, na primer example.org.
valid-email-mismatch = Potrditev e-poštnega naslova: vnesite enak naslov kot v polju „E-poštni naslov“.
valid-email-confirm-empty = Potrditev e-poštnega naslova: znova vnesite svoj e-poštni naslov.

## Passwords.

valid-password-empty = Geslo: vnesite geslo.
# $min: the least number of characters.
valid-password-too-short = Geslo: uporabite vsaj { $min ->
        [one] { $min } znak
        [two] { $min } znaka
        [few] { $min } znake
       *[other] { $min } znakov
    } (dobro geslo je sestavljeno iz nekaj besed).
valid-password-weak = Geslo: to geslo je preveč preprosto uganiti. Poskusite z daljšo frazo iz nepovezanih besed.
# $hint: why, in the words of the strength checker: one sentence of the catalogs (error-password-…).
valid-password-weak-hint = Geslo: to geslo je preveč preprosto uganiti. { $hint } Poskusite z daljšo frazo iz nepovezanih besed.
valid-password-mismatch = Potrditev gesla: dvakrat vnesite enako geslo.
valid-password-wrong-current = Trenutno geslo: geslo ni pravilno.

## The rest of the sign-up form.

valid-email-language-missing = Jezik e-poštnih sporočil: izberite jezik sporočil, ki jih boste prejemali.
valid-captcha-empty = Koda: vnesite znake, ki jih vidite na sliki.
valid-captcha-too-long = Koda: koda na sliki je krajša; vnesite samo njene znake.
valid-privacy-not-accepted = Izjava o varstvu osebnih podatkov: označite polje in tako potrdite, da ste jo prebrali.

## Languages and instances named in a link or a form.

# $code: the language code that was sent.
valid-language-unknown = „{ $code }“ ni eden od 24 uradnih jezikov EU: izberite jezik s seznama.
# $field: the field's label (E-mail language); $code: the language code that was sent.
valid-language-unknown-for = { $field }: „{ $code }“ ni eden od 24 uradnih jezikov EU: izberite jezik s seznama.
# $slug: the part of the address that should name the instance. “production” and “training”
# are parts of addresses: keep them as they are.
valid-instance-unknown = „{ $slug }“ ni instanca TRACES NT: uporabite „production“ ali „training“.

## Rejecting an authorisation request.

valid-reason-missing = Razlog: zavrnitev mora imeti razlog; vložnik ga bo prebral, zato navedite, kaj je narobe in kaj naj stori.
# $min: the least number of characters.
valid-reason-too-short = Razlog: napišite vsaj { $min ->
        [one] { $min } znak
        [two] { $min } znaka
        [few] { $min } znake
       *[other] { $min } znakov
    }, da bo vložnik vedel, kaj naj stori.
# $max: the most characters a reason takes; $count: how many were written.
valid-reason-too-long = Razlog: uporabite največ { $max ->
        [one] { $max } znak
        [two] { $max } znaka
        [few] { $max } znake
       *[other] { $max } znakov
    } (napisali ste { $count }).
valid-reason-control-characters = Razlog: odstranite krmilne znake (dovoljeni so samo prelomi vrstic).

## Role kinds: each person takes one kind of role per instance.

# $existing: the kind of role the person has (Operator, Organic Control Body, Authority);
# $requested: the kind just requested.
valid-role-kind-other = Vloga: v tej instanci že imate vrsto vloge „{ $existing }“, vsaka oseba pa ima lahko samo eno vrsto vloge. Vloge vrste „{ $requested }“ ne morete zahtevati; lahko pa zahtevate dodatne položaje vrste „{ $existing }“.

## EORI numbers and control body codes. DE, FR, XI, AT-BIO-301, BIO, ECO, EKO, OKO (ÖKO) and
## ORG are codes: keep them as they are.

valid-eori-empty = Številka EORI: vnesite številko EORI.
valid-eori-required-for-importers = Številka EORI: vnesite številko EORI; za uvoznike ekoloških proizvodov je obvezna.
valid-eori-too-long = Številka EORI: uporabite največ 17 znakov: dvočrkovno kodo države in do 15 črk ali števk.
valid-eori-bad-character = Številka EORI: uporabljajte samo črke A–Z in števke (presledki se ne upoštevajo).
valid-eori-no-country = Številka EORI: začnite z dvočrkovno kodo države, ki je številko izdala, na primer DE ali FR (XI za Severno Irsko).
# $code: the two letters typed, which are not a country code.
valid-eori-unknown-country = Številka EORI: „{ $code }“ ni koda države; začnite s kodo države, ki je številko izdala, na primer DE ali FR (XI za Severno Irsko).
valid-eori-no-number = Številka EORI: za kodo države dodajte 1 do 15 črk ali števk same številke.
valid-control-body-code-empty = Koda izvajalca nadzora: vnesite kodo, na primer AT-BIO-301.
valid-control-body-code-shape = Koda izvajalca nadzora: zapišite jo v obliki država-izraz-številka, na primer AT-BIO-301: dve črki, tri črke in največ tri števke, ločene z vezaji.
# $code: the first part typed, which is not a country code.
valid-control-body-code-country = Koda izvajalca nadzora: „{ $code }“ ni koda države po ISO 3166-1; začnite s kodo države, v kateri se izvaja nadzor.
# $term: the middle part typed, which is not an organic term.
valid-control-body-code-term = Koda izvajalca nadzora: „{ $term }“ ni izraz za ekološko pridelavo, ki se uporablja v kodah izvajalcev nadzora; uporabite BIO, ECO, EKO, OKO (ÖKO) ali ORG.
valid-control-body-code-number = Koda izvajalca nadzora: na koncu navedite referenčno številko z eno do tremi števkami, na primer 301.

## Text fields of the operator form (name, address, city, postcode).

# $field: the field's label; $hint: what to enter (label-…-empty-hint).
valid-text-empty = { $field }: { $hint }.
# $field: the field's label; $hint: the characters the field takes (label-…-allowed-hint).
valid-text-bad-character = { $field }: { $hint } (brez znakov < > ter krmilnih ali nevidnih znakov).
# $field: the field's label.
valid-text-no-letter-or-digit = { $field }: vsebovati mora vsaj eno črko ali števko.

## Contact details: phone, fax, website.

# $field: the field's label (Phone, Fax).
valid-phone-no-plus = { $field }: številko zapišite v mednarodni obliki, z znakom + in klicno kodo države na začetku, na primer +32 2 299 11 11.
# $field: the field's label (Phone, Fax).
valid-phone-bad-character = { $field }: za znakom + uporabljajte samo števke, presledke, vezaje in oklepaje.
# $field: the field's label (Phone, Fax); $min, $max: the least and most digits.
valid-phone-digits = { $field }: vnesite od { $min } do { $max } števk, vključno s klicno kodo države.
valid-website-scheme = Spletno mesto: sprejemljivi so samo naslovi http:// in https://.
valid-website-non-ascii = Spletno mesto: naslov zapišite s črkami a–z, števkami in znaki - . / ; za domeno s strešicami uporabite obliko xn--, ki jo prikaže vaš brskalnik.
valid-website-shape = Spletno mesto: vnesite naslov v obliki www.example.org ali https://www.example.org/page.
valid-contact-missing = Kontakt: navedite vsaj enega od podatkov: telefon, faks, e-poštni naslov ali spletno mesto.
