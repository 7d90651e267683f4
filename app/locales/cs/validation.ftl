## The shared validators (app/src/domain): the browser shows these messages as the user types,
## the server answers with the same ones. A message starts with the label of its field, so the
## reader knows which field it is about; labels are messages of their own (label-…), passed
## in as $field.

## Labels of fields and lists

label-username = Uživatelské jméno
label-first-name = Jméno
label-last-name = Příjmení
label-email = E-mailová adresa
label-new-email = Nová e-mailová adresa
label-your-email = Vaše e-mailová adresa
label-email-language = Jazyk e-mailů
label-interface-language = Jazyk rozhraní
label-password = Heslo
label-phone = Telefon
label-your-phone = Váš telefon
label-fax = Fax
label-website = Webové stránky
label-name = Název
label-address = Adresa
label-city = Obec
label-postcode = PSČ
label-role = Role
label-authority-role = Role orgánu
label-section = Sekce
label-activity-type = Druh činnosti

## What to enter in an empty field of the operator form, after “{ $field }: ” (valid-text-empty).

label-name-empty-hint = zadejte název provozovatele, pod kterým je registrován
label-address-empty-hint = zadejte ulici a číslo
label-city-empty-hint = zadejte obec
label-postcode-empty-hint = zadejte PSČ

## The characters a field of the operator form takes, after “{ $field }: ”
## (valid-text-bad-character). Keep the punctuation marks as they are: they are what the field takes.

label-name-allowed-hint = používejte pouze písmena, číslice, mezery a znaky . , - ' & ( ) / + : ; " !
label-address-allowed-hint = používejte pouze písmena, číslice, mezery a znaky . , - ' & ( ) / + : ; " # °
label-city-allowed-hint = používejte pouze písmena, číslice, mezery a znaky . , - ' ( ) /
label-postcode-allowed-hint = používejte pouze písmena A–Z, číslice, mezery a spojovníky

## Kinds of role, as the helpdesk letter names them, and what each covers.

label-role-kind-operator = Provozovatel
label-role-kind-control-body = Kontrolní subjekt pro ekologické zemědělství
label-role-kind-authority = Orgán
label-role-kind-operator-description = Dovozce, první příjemce
label-role-kind-control-body-description = Kontrolní subjekt nebo kontrolní orgán pro ekologické zemědělství
label-role-kind-authority-description = Stanoviště hraniční kontroly nebo ústřední příslušný orgán

## Authority roles and the organic roles they act as. EAOC, OPL, CAFOP and CAOPL are the
## abbreviations of TRACES NT: they stay as they are.

label-authority-role-bcp = Stanoviště hraniční kontroly
label-authority-role-cca = Ústřední příslušný orgán
label-authority-role-bcp-acts-as = Orgán potvrzující osvědčení v ekologickém zemědělství
label-authority-role-cca-acts-as = Ekologická produkce a označování
# $role: the authority role (Border Control Post); $acts_as_name: the organic role it acts as
# (Endorsing Authority for Organic Certification); $acts_as: its abbreviation (EAOC);
# $formerly: the earlier abbreviation in TRACES NT (CAFOP).
label-authority-role-description = { $role }: plní roli „{ $acts_as_name }“ ({ $acts_as } – dříve { $formerly } v TRACES NT)

## Sections of the operator register and activity types of operators.

label-section-organic-operator = Provozovatel v ekologickém zemědělství
label-activity-importer = Dovozce
label-activity-first-consignee = První příjemce
label-activity-exporter = Vývozce
label-activity-producer = Producent
label-activity-processor = Zpracovatel

## Messages shared by several fields.

# $field: the field's label; $min: the least number of characters.
valid-too-short = { $field }: použijte alespoň { $min ->
        [one] { $min } znak
        [few] { $min } znaky
        [many] { $min } znaku
       *[other] { $min } znaků
    }.
# $field: the field's label; $max: the most characters the field takes.
valid-too-long = { $field }: použijte nejvýše { $max ->
        [one] { $max } znak
        [few] { $max } znaky
        [many] { $max } znaku
       *[other] { $max } znaků
    }.
# $field: the label of the list.
valid-choice-missing = { $field }: vyberte jednu z možností v seznamu.
# $field: the label of the list; $code: the value that was sent, as it was sent.
valid-choice-unknown = { $field }: „{ $code }“ není žádná z nabízených možností; vyberte jednu z možností v seznamu.

## EU Login account: username and names.

valid-username-empty = Uživatelské jméno: zadejte uživatelské jméno.
valid-username-first-not-letter = Uživatelské jméno: začněte písmenem (a–z).
valid-username-bad-character = Uživatelské jméno: používejte pouze písmena a–z, číslice, tečky, spojovníky a podtržítka (bez mezer a diakritiky).
valid-first-name-empty = Jméno: zadejte své jméno tak, jak je uvedeno v dokladu totožnosti.
valid-last-name-empty = Příjmení: zadejte své příjmení tak, jak je uvedeno v dokladu totožnosti.
# $field: First name or Last name.
valid-person-name-bad-character = { $field }: používejte pouze písmena, mezery, spojovníky, apostrofy a tečky.
# $field: First name or Last name.
valid-person-name-no-letter = { $field }: musí obsahovat alespoň jedno písmeno.
# $field: First name or Last name; $word: the word of the name that looks like a company's.
valid-name-looks-like-organisation = { $field }: „{ $word }“ vypadá jako součást názvu organizace. Váš účet EU Login musí znít na jméno skutečné osoby: jméno se zobrazuje na osvědčeních, která podepisujete.

## E-mail addresses.

# $field: the field's label (E-mail, New e-mail).
valid-email-empty = { $field }: zadejte svou pracovní e-mailovou adresu.
# $field: the field's label (E-mail, New e-mail).
valid-email-shape = { $field }: zadejte adresu ve tvaru name@example.org, s jedním znakem @ a bez mezer.
# $field: the field's label (E-mail, New e-mail).
valid-email-domain = { $field }: část za znakem @ musí být doména, například example.org.
valid-email-mismatch = Potvrzení e-mailové adresy: zadejte stejnou adresu jako v poli „E-mailová adresa“.
valid-email-confirm-empty = Potvrzení e-mailové adresy: zadejte svou e-mailovou adresu znovu.

## Passwords.

valid-password-empty = Heslo: zadejte heslo.
# $min: the least number of characters.
valid-password-too-short = Heslo: použijte alespoň { $min ->
        [one] { $min } znak
        [few] { $min } znaky
        [many] { $min } znaku
       *[other] { $min } znaků
    } (dobré heslo tvoří několik slov).
valid-password-weak = Heslo: toto heslo je příliš snadné uhodnout. Zkuste delší frázi ze slov, která spolu nesouvisejí.
# $hint: why, in the words of the strength checker: one sentence of the catalogs (error-password-…).
valid-password-weak-hint = Heslo: toto heslo je příliš snadné uhodnout. { $hint } Zkuste delší frázi ze slov, která spolu nesouvisejí.
valid-password-mismatch = Potvrzení hesla: zadejte dvakrát stejné heslo.
valid-password-wrong-current = Současné heslo: heslo není správné.

## The rest of the sign-up form.

valid-email-language-missing = Jazyk e-mailů: vyberte jazyk e-mailů, které budete dostávat.
valid-captcha-empty = Kód: opište znaky, které vidíte na obrázku.
valid-captcha-too-long = Kód: kód na obrázku je kratší; opište pouze jeho znaky.
valid-privacy-not-accepted = Prohlášení o ochraně osobních údajů: zaškrtnutím políčka potvrďte, že jste si je přečetli.

## Languages and instances named in a link or a form.

# $code: the language code that was sent.
valid-language-unknown = „{ $code }“ není žádný z 24 úředních jazyků EU: vyberte jazyk ze seznamu.
# $field: the field's label (E-mail language); $code: the language code that was sent.
valid-language-unknown-for = { $field }: „{ $code }“ není žádný z 24 úředních jazyků EU: vyberte jazyk ze seznamu.
# $slug: the part of the address that should name the instance. “production” and “training”
# are parts of addresses: keep them as they are.
valid-instance-unknown = „{ $slug }“ není instance TRACES NT: použijte „production“ nebo „training“.

## Rejecting an authorisation request.

valid-reason-missing = Odůvodnění: zamítnutí musí být odůvodněno; žadatel odůvodnění uvidí, proto uveďte, co je špatně a co má udělat.
# $min: the least number of characters.
valid-reason-too-short = Odůvodnění: napište alespoň { $min ->
        [one] { $min } znak
        [few] { $min } znaky
        [many] { $min } znaku
       *[other] { $min } znaků
    }, aby žadatel věděl, co má udělat.
# $max: the most characters a reason takes; $count: how many were written.
valid-reason-too-long = Odůvodnění: nejvýše { $max ->
        [one] { $max } znak
        [few] { $max } znaky
        [many] { $max } znaku
       *[other] { $max } znaků
    } (napsali jste { $count }).
valid-reason-control-characters = Odůvodnění: odstraňte řídicí znaky (povoleny jsou pouze konce řádků).

## Role kinds: each person takes one kind of role per instance.

# $existing: the kind of role the person has (Operator, Organic Control Body, Authority);
# $requested: the kind just requested.
valid-role-kind-other = Role: v této instanci již máte druh role „{ $existing }“ a každá osoba může mít pouze jeden druh role. Nemůžete požádat o roli druhu „{ $requested }“; můžete však požádat o další pozice druhu „{ $existing }“.

## EORI numbers and control body codes. DE, FR, XI, AT-BIO-301, BIO, ECO, EKO, OKO (ÖKO) and
## ORG are codes: keep them as they are.

valid-eori-empty = Číslo EORI: zadejte číslo EORI.
valid-eori-required-for-importers = Číslo EORI: zadejte číslo EORI; pro dovozce ekologických produktů je povinné.
valid-eori-too-long = Číslo EORI: použijte nejvýše 17 znaků: dvoupísmenný kód země a až 15 písmen nebo číslic.
valid-eori-bad-character = Číslo EORI: používejte pouze písmena A–Z a číslice (mezery se ignorují).
valid-eori-no-country = Číslo EORI: začněte dvoupísmenným kódem země, která číslo vydala, například DE nebo FR (XI pro Severní Irsko).
# $code: the two letters typed, which are not a country code.
valid-eori-unknown-country = Číslo EORI: „{ $code }“ není kód země; začněte kódem země, která číslo vydala, například DE nebo FR (XI pro Severní Irsko).
valid-eori-no-number = Číslo EORI: za kód země doplňte 1 až 15 písmen nebo číslic vlastního čísla.
valid-control-body-code-empty = Kód kontrolního subjektu: zadejte kód, například AT-BIO-301.
valid-control-body-code-shape = Kód kontrolního subjektu: zapište jej ve tvaru země-výraz-číslo, například AT-BIO-301: dvě písmena, tři písmena a nejvýše tři číslice, oddělené spojovníky.
# $code: the first part typed, which is not a country code.
valid-control-body-code-country = Kód kontrolního subjektu: „{ $code }“ není kód země podle ISO 3166-1; začněte kódem země, kde kontroly probíhají.
# $term: the middle part typed, which is not an organic term.
valid-control-body-code-term = Kód kontrolního subjektu: „{ $term }“ není výraz pro ekologickou produkci používaný v kódech kontrolních subjektů; použijte BIO, ECO, EKO, OKO (ÖKO) nebo ORG.
valid-control-body-code-number = Kód kontrolního subjektu: zakončete jej referenčním číslem o jedné až třech číslicích, například 301.

## Text fields of the operator form (name, address, city, postcode).

# $field: the field's label; $hint: what to enter (label-…-empty-hint).
valid-text-empty = { $field }: { $hint }.
# $field: the field's label; $hint: the characters the field takes (label-…-allowed-hint).
valid-text-bad-character = { $field }: { $hint } (bez znaků < >, řídicích a neviditelných znaků).
# $field: the field's label.
valid-text-no-letter-or-digit = { $field }: musí obsahovat alespoň jedno písmeno nebo číslici.

## Contact details: phone, fax, website.

# $field: the field's label (Phone, Fax).
valid-phone-no-plus = { $field }: zapište číslo v mezinárodním formátu, začínající znakem + a kódem země, například +32 2 299 11 11.
# $field: the field's label (Phone, Fax).
valid-phone-bad-character = { $field }: za znakem + používejte pouze číslice, mezery, spojovníky a závorky.
# $field: the field's label (Phone, Fax); $min, $max: the least and most digits.
valid-phone-digits = { $field }: zadejte { $min } až { $max } číslic včetně kódu země.
valid-website-scheme = Webové stránky: přijímají se pouze adresy http:// a https://.
valid-website-non-ascii = Webové stránky: zapište adresu písmeny a–z, číslicemi a znaky - . / ; u domény s diakritikou použijte tvar xn--, který zobrazuje váš prohlížeč.
valid-website-shape = Webové stránky: zadejte adresu ve tvaru www.example.org nebo https://www.example.org/page.
valid-contact-missing = Kontakt: uveďte alespoň jeden z údajů: telefon, fax, e-mail nebo webové stránky.
