## The shared validators (app/src/domain): the browser shows these messages as the user types,
## the server answers with the same ones. A message starts with the label of its field, so the
## reader knows which field it is about; labels are messages of their own (label-…), passed
## in as $field.

## Labels of fields and lists

label-username = Naudotojo vardas
label-first-name = Vardas
label-last-name = Pavardė
label-email = El. paštas
label-new-email = Naujas el. paštas
label-your-email = Jūsų el. paštas
label-email-language = El. laiškų kalba
label-interface-language = Sąsajos kalba
label-password = Slaptažodis
label-phone = Telefonas
label-your-phone = Jūsų telefonas
label-fax = Faksas
label-website = Svetainė
label-name = Pavadinimas
label-address = Adresas
label-city = Miestas
label-postcode = Pašto kodas
label-role = Vaidmuo
label-authority-role = Institucijos vaidmuo
label-section = Skirsnis
label-activity-type = Veiklos rūšis

## What to enter in an empty field of the operator form, after “{ $field }: ” (valid-text-empty).

label-name-empty-hint = įveskite oficialiai įregistruotą veiklos vykdytojo pavadinimą
label-address-empty-hint = įveskite gatvę ir namo numerį
label-city-empty-hint = įveskite miestą
label-postcode-empty-hint = įveskite pašto kodą

## The characters a field of the operator form takes, after “{ $field }: ”
## (valid-text-bad-character). Keep the punctuation marks as they are: they are what the field takes.

label-name-allowed-hint = naudokite tik raides, skaitmenis, tarpus ir . , - ' & ( ) / + : ; " !
label-address-allowed-hint = naudokite tik raides, skaitmenis, tarpus ir . , - ' & ( ) / + : ; " # °
label-city-allowed-hint = naudokite tik raides, skaitmenis, tarpus ir . , - ' ( ) /
label-postcode-allowed-hint = naudokite tik raides A–Z, skaitmenis, tarpus ir brūkšnelius

## Kinds of role, as the helpdesk letter names them, and what each covers.

label-role-kind-operator = Veiklos vykdytojas
label-role-kind-control-body = Ekologinės gamybos kontrolės institucija
label-role-kind-authority = Valdžios institucija
label-role-kind-operator-description = Importuotojas, pirmasis gavėjas
label-role-kind-control-body-description = Ekologinės gamybos kontrolės institucija arba kontrolės valdžios institucija
label-role-kind-authority-description = Pasienio kontrolės postas arba centrinė kompetentinga institucija

## Authority roles and the organic roles they act as. EAOC, OPL, CAFOP and CAOPL are the
## abbreviations of TRACES NT: they stay as they are.

label-authority-role-bcp = Pasienio kontrolės postas
label-authority-role-cca = Centrinė kompetentinga institucija
label-authority-role-bcp-acts-as = Ekologinės sertifikacijos tvirtinančioji institucija
label-authority-role-cca-acts-as = Ekologinė gamyba ir ženklinimas
# $role: the authority role (Border Control Post); $acts_as_name: the organic role it acts as
# (Endorsing Authority for Organic Certification); $acts_as: its abbreviation (EAOC);
# $formerly: the earlier abbreviation in TRACES NT (CAFOP).
label-authority-role-description = { $role }: atlieka vaidmenį „{ $acts_as_name }“ ({ $acts_as } – anksčiau { $formerly } sistemoje TRACES NT)

## Sections of the operator register and activity types of operators.

label-section-organic-operator = Ekologinės gamybos veiklos vykdytojas
label-activity-importer = Importuotojas
label-activity-first-consignee = Pirmasis gavėjas
label-activity-exporter = Eksportuotojas
label-activity-producer = Gamintojas
label-activity-processor = Perdirbėjas

## Messages shared by several fields.

# $field: the field's label; $min: the least number of characters.
valid-too-short = { $field }: turi būti ne mažiau kaip { $min } { $min ->
        [one] simbolis
        [few] simboliai
        [many] simbolio
       *[other] simbolių
    }.
# $field: the field's label; $max: the most characters the field takes.
valid-too-long = { $field }: turi būti ne daugiau kaip { $max } { $max ->
        [one] simbolis
        [few] simboliai
        [many] simbolio
       *[other] simbolių
    }.
# $field: the label of the list.
valid-choice-missing = { $field }: pasirinkite vieną iš sąrašo.
# $field: the label of the list; $code: the value that was sent, as it was sent.
valid-choice-unknown = { $field }: „{ $code }“ nėra tarp pasirinkimų; pasirinkite vieną iš sąrašo.

## EU Login account: username and names.

valid-username-empty = Naudotojo vardas: įveskite naudotojo vardą.
valid-username-first-not-letter = Naudotojo vardas: pradėkite raide (a–z).
valid-username-bad-character = Naudotojo vardas: naudokite tik raides a–z, skaitmenis, taškus, brūkšnelius ir pabraukimo ženklus (be tarpų ir diakritinių ženklų).
valid-first-name-empty = Vardas: įveskite savo vardą, kaip nurodyta asmens tapatybės dokumente.
valid-last-name-empty = Pavardė: įveskite savo pavardę, kaip nurodyta asmens tapatybės dokumente.
# $field: First name or Last name.
valid-person-name-bad-character = { $field }: naudokite tik raides, tarpus, brūkšnelius, apostrofus ir taškus.
# $field: First name or Last name.
valid-person-name-no-letter = { $field }: turi būti bent viena raidė.
# $field: First name or Last name; $word: the word of the name that looks like a company's.
valid-name-looks-like-organisation = { $field }: „{ $word }“ atrodo kaip organizacijos pavadinimo dalis. Jūsų EU Login paskyra turi būti sukurta tikro asmens vardu: vardas ir pavardė rodomi sertifikatuose, kuriuos pasirašote.

## E-mail addresses.

# $field: the field's label (E-mail, New e-mail).
valid-email-empty = { $field }: įveskite savo darbo el. pašto adresą.
# $field: the field's label (E-mail, New e-mail).
valid-email-shape = { $field }: įveskite adresą, pvz., name@example.org, su vienu @ ir be tarpų.
# $field: the field's label (E-mail, New e-mail).
valid-email-domain = { $field }: dalis po @ turi būti domenas, pvz., example.org.
valid-email-mismatch = Patvirtinkite el. paštą: įrašykite tą patį adresą kaip laukelyje „El. paštas“.
valid-email-confirm-empty = Patvirtinkite el. paštą: dar kartą įrašykite savo el. pašto adresą.

## Passwords.

valid-password-empty = Slaptažodis: įveskite slaptažodį.
# $min: the least number of characters.
valid-password-too-short = Slaptažodis: turi būti ne mažiau kaip { $min } { $min ->
        [one] simbolis
        [few] simboliai
        [many] simbolio
       *[other] simbolių
    } (gerą slaptažodį sudaro keli žodžiai).
valid-password-weak = Slaptažodis: šį slaptažodį per lengva atspėti. Pabandykite ilgesnę frazę iš nesusijusių žodžių.
# $hint: why, in the words of the strength checker: one sentence of the catalogs (error-password-…).
valid-password-weak-hint = Slaptažodis: šį slaptažodį per lengva atspėti. { $hint } Pabandykite ilgesnę frazę iš nesusijusių žodžių.
valid-password-mismatch = Patvirtinkite slaptažodį: abu kartus įrašykite tą patį slaptažodį.
valid-password-wrong-current = Dabartinis slaptažodis: slaptažodis neteisingas.

## The rest of the sign-up form.

valid-email-language-missing = El. laiškų kalba: pasirinkite kalbą, kuria gausite el. laiškus.
valid-captcha-empty = Kodas: įrašykite paveikslėlyje matomus simbolius.
valid-captcha-too-long = Kodas: paveikslėlyje esantis kodas trumpesnis; įrašykite tik jo simbolius.
valid-privacy-not-accepted = Privatumo pareiškimas: pažymėkite langelį, kad patvirtintumėte, jog jį perskaitėte.

## Languages and instances named in a link or a form.

# $code: the language code that was sent.
valid-language-unknown = „{ $code }“ nėra viena iš 24 oficialiųjų ES kalbų: pasirinkite kalbą iš sąrašo.
# $field: the field's label (E-mail language); $code: the language code that was sent.
valid-language-unknown-for = { $field }: „{ $code }“ nėra viena iš 24 oficialiųjų ES kalbų: pasirinkite kalbą iš sąrašo.
# $slug: the part of the address that should name the instance. “production” and “training”
# are parts of addresses: keep them as they are.
valid-instance-unknown = „{ $slug }“ nėra TRACES NT aplinka: naudokite „production“ arba „training“.

## Rejecting an authorisation request.

valid-reason-missing = Priežastis: atmetant prašymą būtina nurodyti priežastį; prašymo teikėjas ją perskaitys, todėl parašykite, kas negerai ir ką daryti.
# $min: the least number of characters.
valid-reason-too-short = Priežastis: parašykite ne mažiau kaip { $min } { $min ->
        [one] simbolį
        [few] simbolius
        [many] simbolio
       *[other] simbolių
    }, kad prašymo teikėjas žinotų, ką daryti.
# $max: the most characters a reason takes; $count: how many were written.
valid-reason-too-long = Priežastis: ne daugiau kaip { $max } { $max ->
        [one] simbolis
        [few] simboliai
        [many] simbolio
       *[other] simbolių
    } (parašėte { $count }).
valid-reason-control-characters = Priežastis: pašalinkite valdymo simbolius (leidžiami tik eilučių lūžiai).

## Role kinds: each person takes one kind of role per instance.

# $existing: the kind of role the person has (Operator, Organic Control Body, Authority);
# $requested: the kind just requested.
valid-role-kind-other = Vaidmuo: šioje aplinkoje jau turite vaidmens rūšį „{ $existing }“, o kiekvienas asmuo gali turėti tik vienos rūšies vaidmenį. Negalite prašyti vaidmens „{ $requested }“; galite prašyti daugiau pareigybių su vaidmeniu „{ $existing }“.

## EORI numbers and control body codes. DE, FR, XI, AT-BIO-301, BIO, ECO, EKO, OKO (ÖKO) and
## ORG are codes: keep them as they are.

valid-eori-empty = EORI numeris: įveskite EORI numerį.
valid-eori-required-for-importers = EORI numeris: įveskite EORI numerį; ekologiškų produktų importuotojams jis privalomas.
valid-eori-too-long = EORI numeris: ne daugiau kaip 17 simbolių: dviejų raidžių šalies kodas ir iki 15 raidžių ar skaitmenų.
valid-eori-bad-character = EORI numeris: naudokite tik raides A–Z ir skaitmenis (tarpai nepaisomi).
valid-eori-no-country = EORI numeris: pradėkite numerį išdavusios šalies dviejų raidžių kodu, pvz., DE arba FR (Šiaurės Airijai – XI).
# $code: the two letters typed, which are not a country code.
valid-eori-unknown-country = EORI numeris: „{ $code }“ nėra šalies kodas; pradėkite numerį išdavusios šalies kodu, pvz., DE arba FR (Šiaurės Airijai – XI).
valid-eori-no-number = EORI numeris: po šalies kodo įrašykite numerį – nuo 1 iki 15 raidžių ar skaitmenų.
valid-control-body-code-empty = Kontrolės institucijos kodas: įveskite kodą, pvz., AT-BIO-301.
valid-control-body-code-shape = Kontrolės institucijos kodas: rašykite formatu šalis-terminas-numeris, pvz., AT-BIO-301: dvi raidės, trys raidės ir iki trijų skaitmenų, atskirti brūkšneliais.
# $code: the first part typed, which is not a country code.
valid-control-body-code-country = Kontrolės institucijos kodas: „{ $code }“ nėra ISO 3166-1 šalies kodas; pradėkite šalies, kurioje atliekama kontrolė, kodu.
# $term: the middle part typed, which is not an organic term.
valid-control-body-code-term = Kontrolės institucijos kodas: „{ $term }“ nėra kontrolės institucijų koduose vartojamas ekologinės gamybos terminas; naudokite BIO, ECO, EKO, OKO (ÖKO) arba ORG.
valid-control-body-code-number = Kontrolės institucijos kodas: pabaigoje nurodykite nuorodos numerį iš vieno, dviejų ar trijų skaitmenų, pvz., 301.

## Text fields of the operator form (name, address, city, postcode).

# $field: the field's label; $hint: what to enter (label-…-empty-hint).
valid-text-empty = { $field }: { $hint }.
# $field: the field's label; $hint: the characters the field takes (label-…-allowed-hint).
valid-text-bad-character = { $field }: { $hint } (be < >, valdymo ar nematomų simbolių).
# $field: the field's label.
valid-text-no-letter-or-digit = { $field }: turi būti bent viena raidė arba skaitmuo.

## Contact details: phone, fax, website.

# $field: the field's label (Phone, Fax).
valid-phone-no-plus = { $field }: rašykite numerį tarptautiniu formatu, pradėdami + ir šalies kodu, pvz., +32 2 299 11 11.
# $field: the field's label (Phone, Fax).
valid-phone-bad-character = { $field }: po + naudokite tik skaitmenis, tarpus, brūkšnelius ir skliaustus.
# $field: the field's label (Phone, Fax); $min, $max: the least and most digits.
valid-phone-digits = { $field }: nurodykite nuo { $min } iki { $max } skaitmenų, įskaitant šalies kodą.
valid-website-scheme = Svetainė: priimami tik http:// ir https:// adresai.
valid-website-non-ascii = Svetainė: rašykite adresą raidėmis a–z, skaitmenimis ir ženklais - . / ; jei domene yra diakritinių ženklų, naudokite naršyklės rodomą xn-- formą.
valid-website-shape = Svetainė: įveskite adresą, pvz., www.example.org arba https://www.example.org/page.
valid-contact-missing = Kontaktai: nurodykite bent vieną iš šių: telefoną, faksą, el. paštą arba svetainę.
