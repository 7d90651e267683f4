## The shared validators (app/src/domain): the browser shows these messages as the user types,
## the server answers with the same ones. A message starts with the label of its field, so the
## reader knows which field it is about; labels are messages of their own (label-…), passed
## in as $field.

## Labels of fields and lists

label-username = Kasutajanimi
label-first-name = Eesnimi
label-last-name = Perekonnanimi
label-email = E-post
label-new-email = Uus e-posti aadress
label-your-email = Teie e-posti aadress
label-email-language = E-kirjade keel
label-interface-language = Kasutajaliidese keel
label-password = Parool
label-phone = Telefon
label-your-phone = Teie telefon
label-fax = Faks
label-website = Veebisait
label-name = Nimi
label-address = Aadress
label-city = Linn
label-postcode = Postiindeks
label-role = Roll
label-authority-role = Asutuse roll
label-section = Jaotis
label-activity-type = Tegevuse liik

## What to enter in an empty field of the operator form, after “{ $field }: ” (valid-text-empty).

label-name-empty-hint = sisestage ettevõtja nimi nii, nagu see on registreeritud
label-address-empty-hint = sisestage tänav ja majanumber
label-city-empty-hint = sisestage linn
label-postcode-empty-hint = sisestage postiindeks

## The characters a field of the operator form takes, after “{ $field }: ”
## (valid-text-bad-character). Keep the punctuation marks as they are: they are what the field takes.

label-name-allowed-hint = kasutage ainult tähti, numbreid, tühikuid ja märke . , - ' & ( ) / + : ; " !
label-address-allowed-hint = kasutage ainult tähti, numbreid, tühikuid ja märke . , - ' & ( ) / + : ; " # °
label-city-allowed-hint = kasutage ainult tähti, numbreid, tühikuid ja märke . , - ' ( ) /
label-postcode-allowed-hint = kasutage ainult tähti A–Z, numbreid, tühikuid ja sidekriipse

## Kinds of role, as the helpdesk letter names them, and what each covers.

label-role-kind-operator = Ettevõtja
label-role-kind-control-body = Mahepõllumajanduse kontrollorgan
label-role-kind-authority = Asutus
label-role-kind-operator-description = Importija, esimene kaubasaaja
label-role-kind-control-body-description = Mahepõllumajanduse kontrollorgan või kontrolliasutus
label-role-kind-authority-description = Piiripunkt või keskne pädev asutus

## Authority roles and the organic roles they act as. EAOC, OPL, CAFOP and CAOPL are the
## abbreviations of TRACES NT: they stay as they are.

label-authority-role-bcp = Piiripunkt
label-authority-role-cca = Keskne pädev asutus
label-authority-role-bcp-acts-as = Mahetootmise sertifikaate kinnitav asutus
label-authority-role-cca-acts-as = Mahetootmine ja märgistamine
# $role: the authority role (Border Control Post); $acts_as_name: the organic role it acts as
# (Endorsing Authority for Organic Certification); $acts_as: its abbreviation (EAOC);
# $formerly: the earlier abbreviation in TRACES NT (CAFOP).
label-authority-role-description = { $role }: täidab rolli { $acts_as_name } ({ $acts_as } – varem { $formerly } TRACES NT-s)

## Sections of the operator register and activity types of operators.

label-section-organic-operator = Maheettevõtja
label-activity-importer = Importija
label-activity-first-consignee = Esimene kaubasaaja
label-activity-exporter = Eksportija
label-activity-producer = Tootja
label-activity-processor = Töötleja

## Messages shared by several fields.

# $field: the field's label; $min: the least number of characters.
valid-too-short = { $field }: kasutage vähemalt { $min } märki.
# $field: the field's label; $max: the most characters the field takes.
valid-too-long = { $field }: kasutage kõige rohkem { $max } märki.
# $field: the label of the list.
valid-choice-missing = { $field }: valige loendist üks väärtus.
# $field: the label of the list; $code: the value that was sent, as it was sent.
valid-choice-unknown = { $field }: „{ $code }“ ei ole valikute hulgas; valige loendist üks väärtus.

## EU Login account: username and names.

valid-username-empty = Kasutajanimi: sisestage kasutajanimi.
valid-username-first-not-letter = Kasutajanimi: alustage tähega (a–z).
valid-username-bad-character = Kasutajanimi: kasutage ainult tähti a–z, numbreid, punkte, sidekriipse ja alakriipse (ilma tühikute ja diakriitiliste märkideta).
valid-first-name-empty = Eesnimi: sisestage oma eesnimi nii, nagu see on teie isikut tõendavas dokumendis.
valid-last-name-empty = Perekonnanimi: sisestage oma perekonnanimi nii, nagu see on teie isikut tõendavas dokumendis.
# $field: First name or Last name.
valid-person-name-bad-character = { $field }: kasutage ainult tähti, tühikuid, sidekriipse, ülakomasid ja punkte.
# $field: First name or Last name.
valid-person-name-no-letter = { $field }: peab sisaldama vähemalt üht tähte.
# $field: First name or Last name; $word: the word of the name that looks like a company's.
valid-name-looks-like-organisation = { $field }: „{ $word }“ näib olevat osa organisatsiooni nimest. Teie EU Logini konto peab olema tegeliku isiku nimel: nimed on näha sertifikaatidel, mille te allkirjastate.

## E-mail addresses.

# $field: the field's label (E-mail, New e-mail).
valid-email-empty = { $field }: sisestage oma tööalane e-posti aadress.
# $field: the field's label (E-mail, New e-mail).
valid-email-shape = { $field }: sisestage aadress kujul name@example.org, ühe @-märgiga ja ilma tühikuteta.
# $field: the field's label (E-mail, New e-mail).
valid-email-domain = { $field }: @-märgile järgnev osa peab olema domeen, näiteks example.org.
valid-email-mismatch = E-posti kinnitus: sisestage sama aadress, mis väljal E-post.
valid-email-confirm-empty = E-posti kinnitus: sisestage oma e-posti aadress uuesti.

## Passwords.

valid-password-empty = Parool: sisestage parool.
# $min: the least number of characters.
valid-password-too-short = Parool: kasutage vähemalt { $min } märki (mõnest sõnast saab hea parooli).
valid-password-weak = Parool: seda parooli on liiga lihtne ära arvata. Proovige pikemat fraasi omavahel mitteseotud sõnadest.
# $hint: why, in the words of the strength checker: one sentence of the catalogs (error-password-…).
valid-password-weak-hint = Parool: seda parooli on liiga lihtne ära arvata. { $hint } Proovige pikemat fraasi omavahel mitteseotud sõnadest.
valid-password-mismatch = Parooli kinnitus: sisestage kaks korda sama parool.
valid-password-wrong-current = Praegune parool: parool ei ole õige.

## The rest of the sign-up form.

valid-email-language-missing = E-kirjade keel: valige keel, milles soovite e-kirju saada.
valid-captcha-empty = Kood: sisestage pildil olevad märgid.
valid-captcha-too-long = Kood: pildil olev kood on lühem; sisestage ainult selle märgid.
valid-privacy-not-accepted = Privaatsusteade: märkige ruut, et kinnitada, et olete selle läbi lugenud.

## Languages and instances named in a link or a form.

# $code: the language code that was sent.
valid-language-unknown = „{ $code }“ ei ole üks ELi 24 ametlikust keelest: valige keel loendist.
# $field: the field's label (E-mail language); $code: the language code that was sent.
valid-language-unknown-for = { $field }: „{ $code }“ ei ole üks ELi 24 ametlikust keelest: valige keel loendist.
# $slug: the part of the address that should name the instance. “production” and “training”
# are parts of addresses: keep them as they are.
valid-instance-unknown = „{ $slug }“ ei ole TRACES NT keskkond: kasutage väärtust „production“ või „training“.

## Rejecting an authorisation request.

valid-reason-missing = Põhjus: tagasilükkamisel tuleb esitada põhjus; taotleja loeb seda, seega kirjutage, mis on valesti ja mida tuleb teha.
# $min: the least number of characters.
valid-reason-too-short = Põhjus: kirjutage vähemalt { $min } märki, et taotleja teaks, mida teha.
# $max: the most characters a reason takes; $count: how many were written.
valid-reason-too-long = Põhjus: kõige rohkem { $max } märki (te kirjutasite { $count }).
valid-reason-control-characters = Põhjus: eemaldage juhtmärgid (lubatud on ainult reavahetused).

## Role kinds: each person takes one kind of role per instance.

# $existing: the kind of role the person has (Operator, Organic Control Body, Authority);
# $requested: the kind just requested.
valid-role-kind-other = Roll: teil on selles keskkonnas juba rolliliik „{ $existing }“ ja igal isikul saab olla ainult üks rolliliik. Te ei saa taotleda rolliliigi „{ $requested }“ rolli; võite taotleda rohkem rolliliigi „{ $existing }“ ametikohti.

## EORI numbers and control body codes. DE, FR, XI, AT-BIO-301, BIO, ECO, EKO, OKO (ÖKO) and
## ORG are codes: keep them as they are.

valid-eori-empty = EORI number: sisestage EORI number.
valid-eori-required-for-importers = EORI number: sisestage EORI number; see on mahetoodete importijatele kohustuslik.
valid-eori-too-long = EORI number: kasutage kõige rohkem 17 märki: kahetäheline riigikood ja kuni 15 tähte või numbrit.
valid-eori-bad-character = EORI number: kasutage ainult tähti A–Z ja numbreid (tühikuid ei arvestata).
valid-eori-no-country = EORI number: alustage numbri väljastanud riigi kahetähelise koodiga, näiteks DE või FR (Põhja-Iirimaa puhul XI).
# $code: the two letters typed, which are not a country code.
valid-eori-unknown-country = EORI number: „{ $code }“ ei ole riigikood; alustage numbri väljastanud riigi koodiga, näiteks DE või FR (Põhja-Iirimaa puhul XI).
valid-eori-no-number = EORI number: lisage riigikoodi järele numbri 1–15 tähte või numbrit.
valid-control-body-code-empty = Kontrollorgani kood: sisestage kood, näiteks AT-BIO-301.
valid-control-body-code-shape = Kontrollorgani kood: kirjutage see kujul riik-termin-number, näiteks AT-BIO-301: kaks tähte, kolm tähte ja kuni kolm numbrit, eraldatuna sidekriipsudega.
# $code: the first part typed, which is not a country code.
valid-control-body-code-country = Kontrollorgani kood: „{ $code }“ ei ole ISO 3166-1 riigikood; alustage selle riigi koodiga, kus kontrolle tehakse.
# $term: the middle part typed, which is not an organic term.
valid-control-body-code-term = Kontrollorgani kood: „{ $term }“ ei ole kontrollorganite koodides kasutatav mahetermin; kasutage terminit BIO, ECO, EKO, OKO (ÖKO) või ORG.
valid-control-body-code-number = Kontrollorgani kood: lõpetage ühe- kuni kolmekohalise viitenumbriga, näiteks 301.

## Text fields of the operator form (name, address, city, postcode).

# $field: the field's label; $hint: what to enter (label-…-empty-hint).
valid-text-empty = { $field }: { $hint }.
# $field: the field's label; $hint: the characters the field takes (label-…-allowed-hint).
valid-text-bad-character = { $field }: { $hint } (mitte < >, juhtmärke ega nähtamatuid märke).
# $field: the field's label.
valid-text-no-letter-or-digit = { $field }: peab sisaldama vähemalt üht tähte või numbrit.

## Contact details: phone, fax, website.

# $field: the field's label (Phone, Fax).
valid-phone-no-plus = { $field }: kirjutage number rahvusvahelisel kujul, alustades märgiga + ja riigi suunakoodiga, näiteks +32 2 299 11 11.
# $field: the field's label (Phone, Fax).
valid-phone-bad-character = { $field }: kasutage pärast märki + ainult numbreid, tühikuid, sidekriipse ja sulge.
# $field: the field's label (Phone, Fax); $min, $max: the least and most digits.
valid-phone-digits = { $field }: sisestage { $min } kuni { $max } numbrit koos riigi suunakoodiga.
valid-website-scheme = Veebisait: lubatud on ainult http:// ja https:// aadressid.
valid-website-non-ascii = Veebisait: kirjutage aadress ainult tähtede a–z, numbrite ja märkidega - . /; diakriitiliste märkidega domeeni puhul kasutage xn-- algusega kuju, mida teie brauser näitab.
valid-website-shape = Veebisait: sisestage aadress kujul www.example.org või https://www.example.org/page.
valid-contact-missing = Kontakt: märkige vähemalt üks järgmistest: telefon, faks, e-post või veebisait.
