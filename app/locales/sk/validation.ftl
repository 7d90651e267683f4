## The shared validators (app/src/domain): the browser shows these messages as the user types,
## the server answers with the same ones. A message starts with the label of its field, so the
## reader knows which field it is about; labels are messages of their own (label-…), passed
## in as $field.

## Labels of fields and lists

label-username = Používateľské meno
label-first-name = Meno
label-last-name = Priezvisko
label-email = E-mailová adresa
label-new-email = Nová e-mailová adresa
label-your-email = Vaša e-mailová adresa
label-email-language = Jazyk e-mailov
label-interface-language = Jazyk rozhrania
label-password = Heslo
label-phone = Telefón
label-your-phone = Váš telefón
label-fax = Fax
label-website = Webové sídlo
label-name = Názov
label-address = Adresa
label-city = Obec
label-postcode = PSČ
label-role = Rola
label-authority-role = Rola orgánu
label-section = Sekcia
label-activity-type = Druh činnosti

## What to enter in an empty field of the operator form, after “{ $field }: ” (valid-text-empty).

label-name-empty-hint = zadajte názov prevádzkovateľa, pod ktorým je registrovaný
label-address-empty-hint = zadajte ulicu a číslo
label-city-empty-hint = zadajte obec
label-postcode-empty-hint = zadajte PSČ

## The characters a field of the operator form takes, after “{ $field }: ”
## (valid-text-bad-character). Keep the punctuation marks as they are: they are what the field takes.

label-name-allowed-hint = používajte iba písmená, číslice, medzery a znaky . , - ' & ( ) / + : ; " !
label-address-allowed-hint = používajte iba písmená, číslice, medzery a znaky . , - ' & ( ) / + : ; " # °
label-city-allowed-hint = používajte iba písmená, číslice, medzery a znaky . , - ' ( ) /
label-postcode-allowed-hint = používajte iba písmená A – Z, číslice, medzery a spojovníky

## Kinds of role, as the helpdesk letter names them, and what each covers.

label-role-kind-operator = Prevádzkovateľ
label-role-kind-control-body = Kontrolný subjekt pre ekologickú výrobu
label-role-kind-authority = Orgán
label-role-kind-operator-description = Dovozca, prvý príjemca
label-role-kind-control-body-description = Kontrolný subjekt alebo kontrolný orgán pre ekologickú výrobu
label-role-kind-authority-description = Stanovište hraničnej kontroly alebo ústredný príslušný orgán

## Authority roles and the organic roles they act as. EAOC, OPL, CAFOP and CAOPL are the
## abbreviations of TRACES NT: they stay as they are.

label-authority-role-bcp = Stanovište hraničnej kontroly
label-authority-role-cca = Ústredný príslušný orgán
label-authority-role-bcp-acts-as = Orgán potvrdzujúci certifikáty ekologickej výroby
label-authority-role-cca-acts-as = Ekologická výroba a označovanie
# $role: the authority role (Border Control Post); $acts_as_name: the organic role it acts as
# (Endorsing Authority for Organic Certification); $acts_as: its abbreviation (EAOC);
# $formerly: the earlier abbreviation in TRACES NT (CAFOP).
label-authority-role-description = { $role }: plní úlohu „{ $acts_as_name }“ ({ $acts_as } – predtým { $formerly } v TRACES NT)

## Sections of the operator register and activity types of operators.

label-section-organic-operator = Prevádzkovateľ v ekologickej výrobe
label-activity-importer = Dovozca
label-activity-first-consignee = Prvý príjemca
label-activity-exporter = Vývozca
label-activity-producer = Výrobca
label-activity-processor = Spracovateľ

## Messages shared by several fields.

# $field: the field's label; $min: the least number of characters.
valid-too-short = { $field }: použite aspoň { $min ->
        [one] { $min } znak
        [few] { $min } znaky
        [many] { $min } znaku
       *[other] { $min } znakov
    }.
# $field: the field's label; $max: the most characters the field takes.
valid-too-long = { $field }: použite najviac { $max ->
        [one] { $max } znak
        [few] { $max } znaky
        [many] { $max } znaku
       *[other] { $max } znakov
    }.
# $field: the label of the list.
valid-choice-missing = { $field }: vyberte jednu z možností v zozname.
# $field: the label of the list; $code: the value that was sent, as it was sent.
valid-choice-unknown = { $field }: „{ $code }“ nie je žiadna z ponúkaných možností; vyberte jednu z možností v zozname.

## EU Login account: username and names.

valid-username-empty = Používateľské meno: zadajte používateľské meno.
valid-username-first-not-letter = Používateľské meno: začnite písmenom (a – z).
valid-username-bad-character = Používateľské meno: používajte iba písmená a – z, číslice, bodky, spojovníky a podčiarkovníky (bez medzier a diakritiky).
valid-first-name-empty = Meno: zadajte svoje meno tak, ako je uvedené v doklade totožnosti.
valid-last-name-empty = Priezvisko: zadajte svoje priezvisko tak, ako je uvedené v doklade totožnosti.
# $field: First name or Last name.
valid-person-name-bad-character = { $field }: používajte iba písmená, medzery, spojovníky, apostrofy a bodky.
# $field: First name or Last name.
valid-person-name-no-letter = { $field }: musí obsahovať aspoň jedno písmeno.
# $field: First name or Last name; $word: the word of the name that looks like a company's.
valid-name-looks-like-organisation = { $field }: „{ $word }“ vyzerá ako časť názvu organizácie. Vaše konto EU Login musí byť založené na meno skutočnej osoby: meno sa zobrazuje na certifikátoch, ktoré podpisujete.

## E-mail addresses.

# $field: the field's label (E-mail, New e-mail).
valid-email-empty = { $field }: zadajte svoju pracovnú e-mailovú adresu.
# $field: the field's label (E-mail, New e-mail).
valid-email-shape = { $field }: zadajte adresu v tvare name@example.org, s jedným znakom @ a bez medzier.
# $field: the field's label (E-mail, New e-mail).
valid-email-domain = { $field }: časť za znakom @ musí byť doména, napríklad example.org.
valid-email-mismatch = Potvrdenie e-mailovej adresy: zadajte rovnakú adresu ako v poli „E-mailová adresa“.
valid-email-confirm-empty = Potvrdenie e-mailovej adresy: zadajte svoju e-mailovú adresu znova.

## Passwords.

valid-password-empty = Heslo: zadajte heslo.
# $min: the least number of characters.
valid-password-too-short = Heslo: použite aspoň { $min ->
        [one] { $min } znak
        [few] { $min } znaky
        [many] { $min } znaku
       *[other] { $min } znakov
    } (dobré heslo tvorí niekoľko slov).
valid-password-weak = Heslo: toto heslo je príliš ľahké uhádnuť. Skúste dlhšiu frázu zo slov, ktoré spolu nesúvisia.
# $hint: why, in the words of the strength checker: one sentence of the catalogs (error-password-…).
valid-password-weak-hint = Heslo: toto heslo je príliš ľahké uhádnuť. { $hint } Skúste dlhšiu frázu zo slov, ktoré spolu nesúvisia.
valid-password-mismatch = Potvrdenie hesla: zadajte dvakrát rovnaké heslo.
valid-password-wrong-current = Súčasné heslo: heslo nie je správne.

## The rest of the sign-up form.

valid-email-language-missing = Jazyk e-mailov: vyberte jazyk e-mailov, ktoré budete dostávať.
valid-captcha-empty = Kód: opíšte znaky, ktoré vidíte na obrázku.
valid-captcha-too-long = Kód: kód na obrázku je kratší; opíšte iba jeho znaky.
valid-privacy-not-accepted = Vyhlásenie o ochrane osobných údajov: začiarknutím políčka potvrďte, že ste si ho prečítali.

## Languages and instances named in a link or a form.

# $code: the language code that was sent.
valid-language-unknown = „{ $code }“ nie je žiadny z 24 úradných jazykov EÚ: vyberte jazyk zo zoznamu.
# $field: the field's label (E-mail language); $code: the language code that was sent.
valid-language-unknown-for = { $field }: „{ $code }“ nie je žiadny z 24 úradných jazykov EÚ: vyberte jazyk zo zoznamu.
# $slug: the part of the address that should name the instance. “production” and “training”
# are parts of addresses: keep them as they are.
valid-instance-unknown = „{ $slug }“ nie je inštancia TRACES NT: použite „production“ alebo „training“.

## Rejecting an authorisation request.

valid-reason-missing = Odôvodnenie: zamietnutie musí byť odôvodnené; žiadateľ si odôvodnenie prečíta, preto uveďte, čo je nesprávne a čo má urobiť.
# $min: the least number of characters.
valid-reason-too-short = Odôvodnenie: napíšte aspoň { $min ->
        [one] { $min } znak
        [few] { $min } znaky
        [many] { $min } znaku
       *[other] { $min } znakov
    }, aby žiadateľ vedel, čo má urobiť.
# $max: the most characters a reason takes; $count: how many were written.
valid-reason-too-long = Odôvodnenie: najviac { $max ->
        [one] { $max } znak
        [few] { $max } znaky
        [many] { $max } znaku
       *[other] { $max } znakov
    } (napísali ste { $count }).
valid-reason-control-characters = Odôvodnenie: odstráňte riadiace znaky (povolené sú iba zalomenia riadkov).

## Role kinds: each person takes one kind of role per instance.

# $existing: the kind of role the person has (Operator, Organic Control Body, Authority);
# $requested: the kind just requested.
valid-role-kind-other = Rola: v tejto inštancii už máte druh roly „{ $existing }“ a každá osoba môže mať iba jeden druh roly. Nemôžete požiadať o rolu druhu „{ $requested }“; môžete však požiadať o ďalšie pozície druhu „{ $existing }“.

## EORI numbers and control body codes. DE, FR, XI, AT-BIO-301, BIO, ECO, EKO, OKO (ÖKO) and
## ORG are codes: keep them as they are.

valid-eori-empty = Číslo EORI: zadajte číslo EORI.
valid-eori-required-for-importers = Číslo EORI: zadajte číslo EORI; pre dovozcov ekologických produktov je povinné.
valid-eori-too-long = Číslo EORI: použite najviac 17 znakov: dvojpísmenový kód krajiny a najviac 15 písmen alebo číslic.
valid-eori-bad-character = Číslo EORI: používajte iba písmená A – Z a číslice (medzery sa ignorujú).
valid-eori-no-country = Číslo EORI: začnite dvojpísmenovým kódom krajiny, ktorá číslo vydala, napríklad DE alebo FR (XI pre Severné Írsko).
# $code: the two letters typed, which are not a country code.
valid-eori-unknown-country = Číslo EORI: „{ $code }“ nie je kód krajiny; začnite kódom krajiny, ktorá číslo vydala, napríklad DE alebo FR (XI pre Severné Írsko).
valid-eori-no-number = Číslo EORI: za kód krajiny doplňte 1 až 15 písmen alebo číslic samotného čísla.
valid-control-body-code-empty = Kód kontrolného subjektu: zadajte kód, napríklad AT-BIO-301.
valid-control-body-code-shape = Kód kontrolného subjektu: zapíšte ho v tvare krajina-výraz-číslo, napríklad AT-BIO-301: dve písmená, tri písmená a najviac tri číslice, oddelené spojovníkmi.
# $code: the first part typed, which is not a country code.
valid-control-body-code-country = Kód kontrolného subjektu: „{ $code }“ nie je kód krajiny podľa ISO 3166-1; začnite kódom krajiny, v ktorej sa vykonávajú kontroly.
# $term: the middle part typed, which is not an organic term.
valid-control-body-code-term = Kód kontrolného subjektu: „{ $term }“ nie je výraz pre ekologickú výrobu používaný v kódoch kontrolných subjektov; použite BIO, ECO, EKO, OKO (ÖKO) alebo ORG.
valid-control-body-code-number = Kód kontrolného subjektu: zakončite ho referenčným číslom s jednou až tromi číslicami, napríklad 301.

## Text fields of the operator form (name, address, city, postcode).

# $field: the field's label; $hint: what to enter (label-…-empty-hint).
valid-text-empty = { $field }: { $hint }.
# $field: the field's label; $hint: the characters the field takes (label-…-allowed-hint).
valid-text-bad-character = { $field }: { $hint } (bez znakov < >, riadiacich a neviditeľných znakov).
# $field: the field's label.
valid-text-no-letter-or-digit = { $field }: musí obsahovať aspoň jedno písmeno alebo číslicu.

## Contact details: phone, fax, website.

# $field: the field's label (Phone, Fax).
valid-phone-no-plus = { $field }: zapíšte číslo v medzinárodnom formáte, so znakom + a kódom krajiny na začiatku, napríklad +32 2 299 11 11.
# $field: the field's label (Phone, Fax).
valid-phone-bad-character = { $field }: za znakom + používajte iba číslice, medzery, spojovníky a zátvorky.
# $field: the field's label (Phone, Fax); $min, $max: the least and most digits.
valid-phone-digits = { $field }: zadajte { $min } až { $max } číslic vrátane kódu krajiny.
valid-website-scheme = Webové sídlo: prijímajú sa iba adresy http:// a https://.
valid-website-non-ascii = Webové sídlo: zapíšte adresu písmenami a – z, číslicami a znakmi - . / ; pri doméne s diakritikou použite tvar xn--, ktorý zobrazuje váš prehliadač.
valid-website-shape = Webové sídlo: zadajte adresu v tvare www.example.org alebo https://www.example.org/page.
valid-contact-missing = Kontakt: uveďte aspoň jeden z údajov: telefón, fax, e-mail alebo webové sídlo.
