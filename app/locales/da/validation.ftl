## The shared validators (app/src/domain): the browser shows these messages as the user types,
## the server answers with the same ones. A message starts with the label of its field, so the
## reader knows which field it is about; labels are messages of their own (label-…), passed
## in as $field.

## Labels of fields and lists

label-username = Brugernavn
label-first-name = Fornavn
label-last-name = Efternavn
label-email = E-mail
label-new-email = Ny e-mail
label-your-email = Din e-mail
label-email-language = Sprog i e-mails
label-interface-language = Sprog i brugerfladen
label-password = Adgangskode
label-phone = Telefon
label-your-phone = Din telefon
label-fax = Fax
label-website = Websted
label-name = Navn
label-address = Adresse
label-city = By
label-postcode = Postnummer
label-role = Rolle
label-authority-role = Myndighedsrolle
label-section = Sektion
label-activity-type = Aktivitetstype

## What to enter in an empty field of the operator form, after “{ $field }: ” (valid-text-empty).

label-name-empty-hint = indtast aktørens navn, som det er registreret
label-address-empty-hint = indtast gade og husnummer
label-city-empty-hint = indtast byen
label-postcode-empty-hint = indtast postnummeret

## The characters a field of the operator form takes, after “{ $field }: ”
## (valid-text-bad-character). Keep the punctuation marks as they are: they are what the field takes.

label-name-allowed-hint = brug kun bogstaver, tal, mellemrum og . , - ' & ( ) / + : ; " !
label-address-allowed-hint = brug kun bogstaver, tal, mellemrum og . , - ' & ( ) / + : ; " # °
label-city-allowed-hint = brug kun bogstaver, tal, mellemrum og . , - ' ( ) /
label-postcode-allowed-hint = brug kun bogstaverne A–Z, tal, mellemrum og bindestreger

## Kinds of role, as the helpdesk letter names them, and what each covers.

label-role-kind-operator = Aktør
label-role-kind-control-body = Økologisk kontrolorgan
label-role-kind-authority = Myndighed
label-role-kind-operator-description = Importør, første modtager
label-role-kind-control-body-description = Økologisk kontrolorgan eller kontrolmyndighed
label-role-kind-authority-description = Grænsekontrolsted eller central kompetent myndighed

## Authority roles and the organic roles they act as. EAOC, OPL, CAFOP and CAOPL are the
## abbreviations of TRACES NT: they stay as they are.

label-authority-role-bcp = Grænsekontrolsted
label-authority-role-cca = Central kompetent myndighed
label-authority-role-bcp-acts-as = Påtegnende myndighed for økologisk certificering
label-authority-role-cca-acts-as = Økologisk produktion og mærkning
# $role: the authority role (Border Control Post); $acts_as_name: the organic role it acts as
# (Endorsing Authority for Organic Certification); $acts_as: its abbreviation (EAOC);
# $formerly: the earlier abbreviation in TRACES NT (CAFOP).
label-authority-role-description = { $role }: varetager rollen som { $acts_as_name } ({ $acts_as } – tidligere { $formerly } i TRACES NT)

## Sections of the operator register and activity types of operators.

label-section-organic-operator = Økologisk aktør
label-activity-importer = Importør
label-activity-first-consignee = Første modtager
label-activity-exporter = Eksportør
label-activity-producer = Producent
label-activity-processor = Forarbejdningsvirksomhed

## Messages shared by several fields.

# $field: the field's label; $min: the least number of characters.
valid-too-short = { $field }: brug mindst { $min } tegn.
# $field: the field's label; $max: the most characters the field takes.
valid-too-long = { $field }: brug højst { $max } tegn.
# $field: the label of the list.
valid-choice-missing = { $field }: vælg en mulighed på listen.
# $field: the label of the list; $code: the value that was sent, as it was sent.
valid-choice-unknown = { $field }: »{ $code }« er ikke en af valgmulighederne; vælg en mulighed på listen.

## EU Login account: username and names.

valid-username-empty = Brugernavn: indtast et brugernavn.
valid-username-first-not-letter = Brugernavn: begynd med et bogstav (a–z).
valid-username-bad-character = Brugernavn: brug kun bogstaverne a–z, tal, punktummer, bindestreger og understregningstegn (ingen mellemrum eller accenter).
valid-first-name-empty = Fornavn: indtast dit fornavn, som det står i dit identitetsdokument.
valid-last-name-empty = Efternavn: indtast dit efternavn, som det står i dit identitetsdokument.
# $field: First name or Last name.
valid-person-name-bad-character = { $field }: brug kun bogstaver, mellemrum, bindestreger, apostroffer og punktummer.
# $field: First name or Last name.
valid-person-name-no-letter = { $field }: skal indeholde mindst ét bogstav.
# $field: First name or Last name; $word: the word of the name that looks like a company's.
valid-name-looks-like-organisation = { $field }: »{ $word }« ligner en del af en organisations navn. Din EU Login-konto skal være oprettet i en virkelig persons navn: navnene står på de certifikater, du underskriver.

## E-mail addresses.

# $field: the field's label (E-mail, New e-mail).
valid-email-empty = { $field }: indtast din e-mailadresse på arbejdet.
# $field: the field's label (E-mail, New e-mail).
valid-email-shape = { $field }: indtast en adresse som name@example.org med ét @ og uden mellemrum.
# $field: the field's label (E-mail, New e-mail).
valid-email-domain = { $field }: delen efter @ skal være et domæne som example.org.
valid-email-mismatch = Bekræft e-mail: skriv den samme adresse som i E-mail.
valid-email-confirm-empty = Bekræft e-mail: skriv din e-mailadresse igen.

## Passwords.

valid-password-empty = Adgangskode: indtast en adgangskode.
# $min: the least number of characters.
valid-password-too-short = Adgangskode: brug mindst { $min } tegn (nogle få ord giver en god adgangskode).
valid-password-weak = Adgangskode: denne adgangskode er for let at gætte. Prøv en længere sætning af ord, der ikke har noget med hinanden at gøre.
# $hint: why, in the words of the strength checker: one sentence of the catalogs (error-password-…).
valid-password-weak-hint = Adgangskode: denne adgangskode er for let at gætte. { $hint } Prøv en længere sætning af ord, der ikke har noget med hinanden at gøre.
valid-password-mismatch = Bekræft adgangskode: skriv den samme adgangskode to gange.
valid-password-wrong-current = Nuværende adgangskode: adgangskoden er forkert.

## The rest of the sign-up form.

valid-email-language-missing = Sprog i e-mails: vælg sproget i de e-mails, du vil modtage.
valid-captcha-empty = Kode: skriv de tegn, du ser på billedet.
valid-captcha-too-long = Kode: koden på billedet er kortere; skriv kun dens tegn.
valid-privacy-not-accepted = Databeskyttelseserklæring: sæt kryds i feltet for at bekræfte, at du har læst den.

## Languages and instances named in a link or a form.

# $code: the language code that was sent.
valid-language-unknown = »{ $code }« er ikke et af EU's 24 officielle sprog: vælg et sprog på listen.
# $field: the field's label (E-mail language); $code: the language code that was sent.
valid-language-unknown-for = { $field }: »{ $code }« er ikke et af EU's 24 officielle sprog: vælg et sprog på listen.
# $slug: the part of the address that should name the instance. “production” and “training”
# are parts of addresses: keep them as they are.
valid-instance-unknown = »{ $slug }« er ikke et TRACES NT-miljø: brug »production« eller »training«.

## Rejecting an authorisation request.

valid-reason-missing = Begrundelse: en afvisning kræver en begrundelse; ansøgeren læser den, så skriv, hvad der er galt, og hvad der skal gøres.
# $min: the least number of characters.
valid-reason-too-short = Begrundelse: skriv mindst { $min } tegn, så ansøgeren ved, hvad der skal gøres.
# $max: the most characters a reason takes; $count: how many were written.
valid-reason-too-long = Begrundelse: højst { $max } tegn (du skrev { $count }).
valid-reason-control-characters = Begrundelse: fjern kontroltegnene (kun linjeskift er tilladt).

## Role kinds: each person takes one kind of role per instance.

# $existing: the kind of role the person has (Operator, Organic Control Body, Authority);
# $requested: the kind just requested.
valid-role-kind-other = Rolle: du har allerede rolletypen »{ $existing }« i dette miljø, og hver person kan kun have én type rolle. Du kan ikke anmode om en rolle som »{ $requested }«; du kan anmode om flere stillinger som »{ $existing }«.

## EORI numbers and control body codes. DE, FR, XI, AT-BIO-301, BIO, ECO, EKO, OKO (ÖKO) and
## ORG are codes: keep them as they are.

valid-eori-empty = EORI-nummer: indtast EORI-nummeret.
valid-eori-required-for-importers = EORI-nummer: indtast EORI-nummeret; det er obligatorisk for importører af økologiske produkter.
valid-eori-too-long = EORI-nummer: brug højst 17 tegn: landekoden på to bogstaver og op til 15 bogstaver eller cifre.
valid-eori-bad-character = EORI-nummer: brug kun bogstaverne A–Z og cifre (mellemrum ignoreres).
valid-eori-no-country = EORI-nummer: begynd med tobogstavskoden for det land, der har udstedt nummeret, f.eks. DE eller FR (XI for Nordirland).
# $code: the two letters typed, which are not a country code.
valid-eori-unknown-country = EORI-nummer: »{ $code }« er ikke en landekode; begynd med koden for det land, der har udstedt nummeret, f.eks. DE eller FR (XI for Nordirland).
valid-eori-no-number = EORI-nummer: tilføj efter landekoden nummerets 1 til 15 bogstaver eller cifre.
valid-control-body-code-empty = Kontrolorganets kode: indtast koden, f.eks. AT-BIO-301.
valid-control-body-code-shape = Kontrolorganets kode: skriv den som land-term-nummer, f.eks. AT-BIO-301: to bogstaver, tre bogstaver og op til tre cifre, adskilt af bindestreger.
# $code: the first part typed, which is not a country code.
valid-control-body-code-country = Kontrolorganets kode: »{ $code }« er ikke en landekode efter ISO 3166-1; begynd med koden for det land, hvor kontrollen finder sted.
# $term: the middle part typed, which is not an organic term.
valid-control-body-code-term = Kontrolorganets kode: »{ $term }« er ikke et økologisk udtryk, der bruges i kontrolorganers koder; brug BIO, ECO, EKO, OKO (ÖKO) eller ORG.
valid-control-body-code-number = Kontrolorganets kode: slut med referencenummeret på et til tre cifre, f.eks. 301.

## Text fields of the operator form (name, address, city, postcode).

# $field: the field's label; $hint: what to enter (label-…-empty-hint).
valid-text-empty = { $field }: { $hint }.
# $field: the field's label; $hint: the characters the field takes (label-…-allowed-hint).
valid-text-bad-character = { $field }: { $hint } (ingen < >, kontroltegn eller usynlige tegn).
# $field: the field's label.
valid-text-no-letter-or-digit = { $field }: skal indeholde mindst ét bogstav eller ciffer.

## Contact details: phone, fax, website.

# $field: the field's label (Phone, Fax).
valid-phone-no-plus = { $field }: skriv nummeret i internationalt format, begyndende med + og landekoden, f.eks. +32 2 299 11 11.
# $field: the field's label (Phone, Fax).
valid-phone-bad-character = { $field }: brug kun cifre, mellemrum, bindestreger og parenteser efter +.
# $field: the field's label (Phone, Fax); $min, $max: the least and most digits.
valid-phone-digits = { $field }: angiv { $min } til { $max } cifre inklusive landekoden.
valid-website-scheme = Websted: kun adresser med http:// og https:// accepteres.
valid-website-non-ascii = Websted: skriv adressen kun med bogstaverne a–z, cifre og - . /; for et domæne med accenter skal du bruge formen med xn--, som din browser viser.
valid-website-shape = Websted: indtast en adresse som www.example.org eller https://www.example.org/page.
valid-contact-missing = Kontakt: angiv mindst én af følgende: telefon, fax, e-mail eller websted.
