## The shared validators (app/src/domain): the browser shows these messages as the user types,
## the server answers with the same ones. A message starts with the label of its field, so the
## reader knows which field it is about; labels are messages of their own (label-…), passed
## in as $field.

## Labels of fields and lists

label-username = Användarnamn
label-first-name = Förnamn
label-last-name = Efternamn
label-email = E-post
label-new-email = Ny e-postadress
label-your-email = Din e-postadress
label-email-language = Språk för e-post
label-interface-language = Gränssnittsspråk
label-password = Lösenord
label-phone = Telefon
label-your-phone = Ditt telefonnummer
label-fax = Fax
label-website = Webbplats
label-name = Namn
label-address = Adress
label-city = Ort
label-postcode = Postnummer
label-role = Roll
label-authority-role = Myndighetsroll
label-section = Sektion
label-activity-type = Typ av verksamhet

## What to enter in an empty field of the operator form, after “{ $field }: ” (valid-text-empty).

label-name-empty-hint = ange aktörens namn så som det är registrerat
label-address-empty-hint = ange gata och nummer
label-city-empty-hint = ange orten
label-postcode-empty-hint = ange postnumret

## The characters a field of the operator form takes, after “{ $field }: ”
## (valid-text-bad-character). Keep the punctuation marks as they are: they are what the field takes.

label-name-allowed-hint = använd endast bokstäver, siffror, mellanslag och . , - ' & ( ) / + : ; " !
label-address-allowed-hint = använd endast bokstäver, siffror, mellanslag och . , - ' & ( ) / + : ; " # °
label-city-allowed-hint = använd endast bokstäver, siffror, mellanslag och . , - ' ( ) /
label-postcode-allowed-hint = använd endast bokstäverna A–Z, siffror, mellanslag och bindestreck

## Kinds of role, as the helpdesk letter names them, and what each covers.

label-role-kind-operator = Aktör
label-role-kind-control-body = Ekologiskt kontrollorgan
label-role-kind-authority = Myndighet
label-role-kind-operator-description = Importör, första mottagare
label-role-kind-control-body-description = Ekologiskt kontrollorgan eller kontrollmyndighet
label-role-kind-authority-description = Gränskontrollstation eller central behörig myndighet

## Authority roles and the organic roles they act as. EAOC, OPL, CAFOP and CAOPL are the
## abbreviations of TRACES NT: they stay as they are.

label-authority-role-bcp = Gränskontrollstation
label-authority-role-cca = Central behörig myndighet
label-authority-role-bcp-acts-as = Påteckningsmyndighet för ekologisk certifiering
label-authority-role-cca-acts-as = Ekologisk produktion och märkning
# $role: the authority role (Border Control Post); $acts_as_name: the organic role it acts as
# (Endorsing Authority for Organic Certification); $acts_as: its abbreviation (EAOC);
# $formerly: the earlier abbreviation in TRACES NT (CAFOP).
label-authority-role-description = { $role }: har rollen som { $acts_as_name } ({ $acts_as } – tidigare { $formerly } i TRACES NT)

## Sections of the operator register and activity types of operators.

label-section-organic-operator = Ekologisk aktör
label-activity-importer = Importör
label-activity-first-consignee = Första mottagare
label-activity-exporter = Exportör
label-activity-producer = Producent
label-activity-processor = Förädlare

## Messages shared by several fields.

# $field: the field's label; $min: the least number of characters.
valid-too-short = { $field }: använd minst { $min } tecken.
# $field: the field's label; $max: the most characters the field takes.
valid-too-long = { $field }: använd högst { $max } tecken.
# $field: the label of the list.
valid-choice-missing = { $field }: välj ett alternativ i listan.
# $field: the label of the list; $code: the value that was sent, as it was sent.
valid-choice-unknown = { $field }: ”{ $code }” är inte ett av alternativen; välj ett alternativ i listan.

## EU Login account: username and names.

valid-username-empty = Användarnamn: ange ett användarnamn.
valid-username-first-not-letter = Användarnamn: börja med en bokstav (a–z).
valid-username-bad-character = Användarnamn: använd endast bokstäverna a–z, siffror, punkter, bindestreck och understreck (inga mellanslag eller accenter).
valid-first-name-empty = Förnamn: ange ditt förnamn så som det står i din identitetshandling.
valid-last-name-empty = Efternamn: ange ditt efternamn så som det står i din identitetshandling.
# $field: First name or Last name.
valid-person-name-bad-character = { $field }: använd endast bokstäver, mellanslag, bindestreck, apostrofer och punkter.
# $field: First name or Last name.
valid-person-name-no-letter = { $field }: måste innehålla minst en bokstav.
# $field: First name or Last name; $word: the word of the name that looks like a company's.
valid-name-looks-like-organisation = { $field }: ”{ $word }” ser ut att vara en del av en organisations namn. Ditt EU Login-konto måste vara i en verklig persons namn: namnen står på de intyg du undertecknar.

## E-mail addresses.

# $field: the field's label (E-mail, New e-mail).
valid-email-empty = { $field }: ange din e-postadress i tjänsten.
# $field: the field's label (E-mail, New e-mail).
valid-email-shape = { $field }: ange en adress som name@example.org, med ett @ och utan mellanslag.
# $field: the field's label (E-mail, New e-mail).
valid-email-domain = { $field }: delen efter @ måste vara en domän som example.org.
valid-email-mismatch = Bekräfta e-post: skriv samma adress som i E-post.
valid-email-confirm-empty = Bekräfta e-post: skriv din e-postadress igen.

## Passwords.

valid-password-empty = Lösenord: ange ett lösenord.
# $min: the least number of characters.
valid-password-too-short = Lösenord: använd minst { $min } tecken (några ord blir ett bra lösenord).
valid-password-weak = Lösenord: lösenordet är för lätt att gissa. Prova en längre fras av ord som inte hör ihop.
# $hint: why, in the words of the strength checker: one sentence of the catalogs (error-password-…).
valid-password-weak-hint = Lösenord: lösenordet är för lätt att gissa. { $hint } Prova en längre fras av ord som inte hör ihop.
valid-password-mismatch = Bekräfta lösenord: skriv samma lösenord två gånger.
valid-password-wrong-current = Nuvarande lösenord: lösenordet är inte korrekt.

## The rest of the sign-up form.

valid-email-language-missing = Språk för e-post: välj språk för de e-postmeddelanden du kommer att få.
valid-captcha-empty = Kod: skriv tecknen du ser på bilden.
valid-captcha-too-long = Kod: koden på bilden är kortare; skriv bara dess tecken.
valid-privacy-not-accepted = Integritetsmeddelande: kryssa i rutan för att bekräfta att du har läst det.

## Languages and instances named in a link or a form.

# $code: the language code that was sent.
valid-language-unknown = ”{ $code }” är inte ett av EU:s 24 officiella språk: välj ett språk i listan.
# $field: the field's label (E-mail language); $code: the language code that was sent.
valid-language-unknown-for = { $field }: ”{ $code }” är inte ett av EU:s 24 officiella språk: välj ett språk i listan.
# $slug: the part of the address that should name the instance. “production” and “training”
# are parts of addresses: keep them as they are.
valid-instance-unknown = ”{ $slug }” är inte en TRACES NT-miljö: använd ”production” eller ”training”.

## Rejecting an authorisation request.

valid-reason-missing = Skäl: ett avslag måste motiveras; sökanden läser skälet, så skriv vad som är fel och vad som ska göras.
# $min: the least number of characters.
valid-reason-too-short = Skäl: skriv minst { $min } tecken, så att sökanden vet vad som ska göras.
# $max: the most characters a reason takes; $count: how many were written.
valid-reason-too-long = Skäl: högst { $max } tecken (du skrev { $count }).
valid-reason-control-characters = Skäl: ta bort styrtecknen (endast radbrytningar är tillåtna).

## Role kinds: each person takes one kind of role per instance.

# $existing: the kind of role the person has (Operator, Organic Control Body, Authority);
# $requested: the kind just requested.
valid-role-kind-other = Roll: du har redan rolltypen ”{ $existing }” i den här miljön, och varje person kan bara ha en typ av roll. Du kan inte ansöka om en roll av typen ”{ $requested }”; du kan ansöka om fler befattningar av typen ”{ $existing }”.

## EORI numbers and control body codes. DE, FR, XI, AT-BIO-301, BIO, ECO, EKO, OKO (ÖKO) and
## ORG are codes: keep them as they are.

valid-eori-empty = EORI-nummer: ange EORI-numret.
valid-eori-required-for-importers = EORI-nummer: ange EORI-numret; det är obligatoriskt för importörer av ekologiska produkter.
valid-eori-too-long = EORI-nummer: använd högst 17 tecken: landskoden med två bokstäver och upp till 15 bokstäver eller siffror.
valid-eori-bad-character = EORI-nummer: använd endast bokstäverna A–Z och siffror (mellanslag ignoreras).
valid-eori-no-country = EORI-nummer: börja med tvåbokstavskoden för det land som utfärdade numret, till exempel DE eller FR (XI för Nordirland).
# $code: the two letters typed, which are not a country code.
valid-eori-unknown-country = EORI-nummer: ”{ $code }” är ingen landskod; börja med koden för det land som utfärdade numret, till exempel DE eller FR (XI för Nordirland).
valid-eori-no-number = EORI-nummer: lägg efter landskoden till numrets 1–15 bokstäver eller siffror.
valid-control-body-code-empty = Kontrollorganets kod: ange koden, till exempel AT-BIO-301.
valid-control-body-code-shape = Kontrollorganets kod: skriv den som land-term-nummer, till exempel AT-BIO-301: två bokstäver, tre bokstäver och upp till tre siffror, åtskilda av bindestreck.
# $code: the first part typed, which is not a country code.
valid-control-body-code-country = Kontrollorganets kod: ”{ $code }” är ingen landskod enligt ISO 3166-1; börja med koden för det land där kontrollerna görs.
# $term: the middle part typed, which is not an organic term.
valid-control-body-code-term = Kontrollorganets kod: ”{ $term }” är ingen ekologisk term i kontrollorganens koder; använd BIO, ECO, EKO, OKO (ÖKO) eller ORG.
valid-control-body-code-number = Kontrollorganets kod: avsluta med referensnumret på en till tre siffror, till exempel 301.

## Text fields of the operator form (name, address, city, postcode).

# $field: the field's label; $hint: what to enter (label-…-empty-hint).
valid-text-empty = { $field }: { $hint }.
# $field: the field's label; $hint: the characters the field takes (label-…-allowed-hint).
valid-text-bad-character = { $field }: { $hint } (inga < >, styrtecken eller osynliga tecken).
# $field: the field's label.
valid-text-no-letter-or-digit = { $field }: måste innehålla minst en bokstav eller siffra.

## Contact details: phone, fax, website.

# $field: the field's label (Phone, Fax).
valid-phone-no-plus = { $field }: skriv numret i internationellt format, med + och landsnumret först, till exempel +32 2 299 11 11.
# $field: the field's label (Phone, Fax).
valid-phone-bad-character = { $field }: använd efter + endast siffror, mellanslag, bindestreck och parenteser.
# $field: the field's label (Phone, Fax); $min, $max: the least and most digits.
valid-phone-digits = { $field }: ange { $min } till { $max } siffror, inklusive landsnumret.
valid-website-scheme = Webbplats: endast adresser med http:// och https:// godtas.
valid-website-non-ascii = Webbplats: skriv adressen endast med bokstäverna a–z, siffror och - . /; för en domän med accenter, använd formen med xn-- som webbläsaren visar.
valid-website-shape = Webbplats: ange en adress som www.example.org eller https://www.example.org/page.
valid-contact-missing = Kontakt: ange minst ett av följande: telefon, fax, e-post eller webbplats.
