## The shared validators (app/src/domain): the browser shows these messages as the user types,
## the server answers with the same ones. A message starts with the label of its field, so the
## reader knows which field it is about; labels are messages of their own (label-…), passed
## in as $field.

## Labels of fields and lists

label-username = Gebruikersnaam
label-first-name = Voornaam
label-last-name = Achternaam
label-email = E-mail
label-new-email = Nieuw e-mailadres
label-your-email = Uw e-mailadres
label-email-language = Taal van e-mails
label-interface-language = Interfacetaal
label-password = Wachtwoord
label-phone = Telefoon
label-your-phone = Uw telefoonnummer
label-fax = Fax
label-website = Website
label-name = Naam
label-address = Adres
label-city = Plaats
label-postcode = Postcode
label-role = Rol
label-authority-role = Rol van de autoriteit
label-section = Sectie
label-activity-type = Soort activiteit

## What to enter in an empty field of the operator form, after “{ $field }: ” (valid-text-empty).

label-name-empty-hint = voer de naam van de marktdeelnemer in zoals die geregistreerd is
label-address-empty-hint = voer de straat en het huisnummer in
label-city-empty-hint = voer de plaats in
label-postcode-empty-hint = voer de postcode in

## The characters a field of the operator form takes, after “{ $field }: ”
## (valid-text-bad-character). Keep the punctuation marks as they are: they are what the field takes.

label-name-allowed-hint = gebruik alleen letters, cijfers, spaties en . , - ' & ( ) / + : ; " !
label-address-allowed-hint = gebruik alleen letters, cijfers, spaties en . , - ' & ( ) / + : ; " # °
label-city-allowed-hint = gebruik alleen letters, cijfers, spaties en . , - ' ( ) /
label-postcode-allowed-hint = gebruik alleen de letters A–Z, cijfers, spaties en koppeltekens

## Kinds of role, as the helpdesk letter names them, and what each covers.

label-role-kind-operator = Marktdeelnemer
label-role-kind-control-body = Biologisch controleorgaan
label-role-kind-authority = Autoriteit
label-role-kind-operator-description = Importeur, eerste geadresseerde
label-role-kind-control-body-description = Biologisch controleorgaan of controleautoriteit
label-role-kind-authority-description = Grenscontrolepost of centrale bevoegde autoriteit

## Authority roles and the organic roles they act as. EAOC, OPL, CAFOP and CAOPL are the
## abbreviations of TRACES NT: they stay as they are.

label-authority-role-bcp = Grenscontrolepost
label-authority-role-cca = Centrale bevoegde autoriteit
label-authority-role-bcp-acts-as = Viserende autoriteit voor biologische certificering
label-authority-role-cca-acts-as = Biologische productie en etikettering
# $role: the authority role (Border Control Post); $acts_as_name: the organic role it acts as
# (Endorsing Authority for Organic Certification); $acts_as: its abbreviation (EAOC);
# $formerly: the earlier abbreviation in TRACES NT (CAFOP).
label-authority-role-description = { $role }: vervult de rol van { $acts_as_name } ({ $acts_as } – voorheen { $formerly } in TRACES NT)

## Sections of the operator register and activity types of operators.

label-section-organic-operator = Biologische marktdeelnemer
label-activity-importer = Importeur
label-activity-first-consignee = Eerste geadresseerde
label-activity-exporter = Exporteur
label-activity-producer = Producent
label-activity-processor = Verwerker

## Messages shared by several fields.

# $field: the field's label; $min: the least number of characters.
valid-too-short = { $field }: gebruik ten minste { $min } tekens.
# $field: the field's label; $max: the most characters the field takes.
valid-too-long = { $field }: gebruik ten hoogste { $max } tekens.
# $field: the label of the list.
valid-choice-missing = { $field }: kies een optie uit de lijst.
# $field: the label of the list; $code: the value that was sent, as it was sent.
valid-choice-unknown = { $field }: “{ $code }” is geen van de keuzemogelijkheden; kies een optie uit de lijst.

## EU Login account: username and names.

valid-username-empty = Gebruikersnaam: voer een gebruikersnaam in.
valid-username-first-not-letter = Gebruikersnaam: begin met een letter (a–z).
valid-username-bad-character = Gebruikersnaam: gebruik alleen de letters a–z, cijfers, punten, koppeltekens en onderstrepingstekens (geen spaties of accenten).
valid-first-name-empty = Voornaam: voer uw voornaam in zoals die in uw identiteitsbewijs staat.
valid-last-name-empty = Achternaam: voer uw achternaam in zoals die in uw identiteitsbewijs staat.
# $field: First name or Last name.
valid-person-name-bad-character = { $field }: gebruik alleen letters, spaties, koppeltekens, apostrofs en punten.
# $field: First name or Last name.
valid-person-name-no-letter = { $field }: moet ten minste één letter bevatten.
# $field: First name or Last name; $word: the word of the name that looks like a company's.
valid-name-looks-like-organisation = { $field }: “{ $word }” lijkt deel uit te maken van de naam van een organisatie. Uw EU Login-account moet op naam staan van een echte persoon: de namen verschijnen op de certificaten die u ondertekent.

## E-mail addresses.

# $field: the field's label (E-mail, New e-mail).
valid-email-empty = { $field }: voer uw zakelijke e-mailadres in.
# $field: the field's label (E-mail, New e-mail).
valid-email-shape = { $field }: voer een adres in zoals name@example.org, met één @ en zonder spaties.
# $field: the field's label (E-mail, New e-mail).
valid-email-domain = { $field }: het deel na @ moet een domein zijn zoals example.org.
valid-email-mismatch = E-mail bevestigen: typ hetzelfde adres als bij E-mail.
valid-email-confirm-empty = E-mail bevestigen: typ uw e-mailadres nogmaals.

## Passwords.

valid-password-empty = Wachtwoord: voer een wachtwoord in.
# $min: the least number of characters.
valid-password-too-short = Wachtwoord: gebruik ten minste { $min } tekens (een paar woorden vormen een goed wachtwoord).
valid-password-weak = Wachtwoord: dit wachtwoord is te gemakkelijk te raden. Probeer een langere reeks woorden die niets met elkaar te maken hebben.
# $hint: why, in the words of the strength checker: one sentence of the catalogs (error-password-…).
valid-password-weak-hint = Wachtwoord: dit wachtwoord is te gemakkelijk te raden. { $hint } Probeer een langere reeks woorden die niets met elkaar te maken hebben.
valid-password-mismatch = Wachtwoord bevestigen: typ twee keer hetzelfde wachtwoord.
valid-password-wrong-current = Huidig wachtwoord: het wachtwoord is niet juist.

## The rest of the sign-up form.

valid-email-language-missing = Taal van e-mails: kies de taal van de e-mails die u zult ontvangen.
valid-captcha-empty = Code: typ de tekens die u in de afbeelding ziet.
valid-captcha-too-long = Code: de code in de afbeelding is korter; typ alleen de tekens daarvan.
valid-privacy-not-accepted = Privacyverklaring: vink het vakje aan om te bevestigen dat u deze hebt gelezen.

## Languages and instances named in a link or a form.

# $code: the language code that was sent.
valid-language-unknown = “{ $code }” is geen van de 24 officiële talen van de EU: kies een taal uit de lijst.
# $field: the field's label (E-mail language); $code: the language code that was sent.
valid-language-unknown-for = { $field }: “{ $code }” is geen van de 24 officiële talen van de EU: kies een taal uit de lijst.
# $slug: the part of the address that should name the instance. “production” and “training”
# are parts of addresses: keep them as they are.
valid-instance-unknown = “{ $slug }” is geen TRACES NT-omgeving: gebruik “production” of “training”.

## Rejecting an authorisation request.

valid-reason-missing = Reden: een afwijzing vereist een reden; de aanvrager leest die, dus geef aan wat er mis is en wat er moet gebeuren.
# $min: the least number of characters.
valid-reason-too-short = Reden: schrijf ten minste { $min } tekens, zodat de aanvrager weet wat er moet gebeuren.
# $max: the most characters a reason takes; $count: how many were written.
valid-reason-too-long = Reden: ten hoogste { $max } tekens (u schreef er { $count }).
valid-reason-control-characters = Reden: verwijder de stuurtekens (alleen regeleinden zijn toegestaan).

## Role kinds: each person takes one kind of role per instance.

# $existing: the kind of role the person has (Operator, Organic Control Body, Authority);
# $requested: the kind just requested.
valid-role-kind-other = Rol: u hebt in deze omgeving al het soort rol “{ $existing }”, en iedere persoon kan maar één soort rol hebben. U kunt geen rol van het soort “{ $requested }” aanvragen; u kunt wel meer functies als “{ $existing }” aanvragen.

## EORI numbers and control body codes. DE, FR, XI, AT-BIO-301, BIO, ECO, EKO, OKO (ÖKO) and
## ORG are codes: keep them as they are.

valid-eori-empty = EORI-nummer: voer het EORI-nummer in.
valid-eori-required-for-importers = EORI-nummer: voer het EORI-nummer in; dit is verplicht voor importeurs van biologische producten.
valid-eori-too-long = EORI-nummer: gebruik ten hoogste 17 tekens: de landcode van twee letters en maximaal 15 letters of cijfers.
valid-eori-bad-character = EORI-nummer: gebruik alleen de letters A–Z en cijfers (spaties worden genegeerd).
valid-eori-no-country = EORI-nummer: begin met de tweeletterige code van het land dat het nummer heeft toegekend, zoals DE of FR (XI voor Noord-Ierland).
# $code: the two letters typed, which are not a country code.
valid-eori-unknown-country = EORI-nummer: “{ $code }” is geen landcode; begin met de code van het land dat het nummer heeft toegekend, zoals DE of FR (XI voor Noord-Ierland).
valid-eori-no-number = EORI-nummer: voeg na de landcode de 1 tot 15 letters of cijfers van het nummer toe.
valid-control-body-code-empty = Code van het controleorgaan: voer de code in, zoals AT-BIO-301.
valid-control-body-code-shape = Code van het controleorgaan: schrijf deze als land-term-nummer, zoals AT-BIO-301: twee letters, drie letters en maximaal drie cijfers, gescheiden door koppeltekens.
# $code: the first part typed, which is not a country code.
valid-control-body-code-country = Code van het controleorgaan: “{ $code }” is geen landcode volgens ISO 3166-1; begin met de code van het land waar de controles plaatsvinden.
# $term: the middle part typed, which is not an organic term.
valid-control-body-code-term = Code van het controleorgaan: “{ $term }” is geen biologische term in codes van controleorganen; gebruik BIO, ECO, EKO, OKO (ÖKO) of ORG.
valid-control-body-code-number = Code van het controleorgaan: eindig met het referentienummer van één tot drie cijfers, zoals 301.

## Text fields of the operator form (name, address, city, postcode).

# $field: the field's label; $hint: what to enter (label-…-empty-hint).
valid-text-empty = { $field }: { $hint }.
# $field: the field's label; $hint: the characters the field takes (label-…-allowed-hint).
valid-text-bad-character = { $field }: { $hint } (geen < >, stuurtekens of onzichtbare tekens).
# $field: the field's label.
valid-text-no-letter-or-digit = { $field }: moet ten minste één letter of cijfer bevatten.

## Contact details: phone, fax, website.

# $field: the field's label (Phone, Fax).
valid-phone-no-plus = { $field }: schrijf het nummer in internationale notatie, beginnend met + en de landcode, zoals +32 2 299 11 11.
# $field: the field's label (Phone, Fax).
valid-phone-bad-character = { $field }: gebruik na de + alleen cijfers, spaties, koppeltekens en haakjes.
# $field: the field's label (Phone, Fax); $min, $max: the least and most digits.
valid-phone-digits = { $field }: geef { $min } tot { $max } cijfers op, inclusief de landcode.
valid-website-scheme = Website: alleen adressen met http:// en https:// worden aanvaard.
valid-website-non-ascii = Website: schrijf het adres alleen met de letters a–z, cijfers en - . /; gebruik voor een domein met accenten de vorm met xn-- die uw browser toont.
valid-website-shape = Website: voer een adres in zoals www.example.org of https://www.example.org/page.
valid-contact-missing = Contact: geef ten minste een telefoonnummer, faxnummer, e-mailadres of website op.
