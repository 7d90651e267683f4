## The shared validators (app/src/domain): the browser shows these messages as the user types,
## the server answers with the same ones. A message starts with the label of its field, so the
## reader knows which field it is about; labels are messages of their own (label-…), passed
## in as $field.

## Labels of fields and lists

label-username = Isem tal-utent
label-first-name = Isem
label-last-name = Kunjom
label-email = Email
label-new-email = Email ġdida
label-your-email = L-email tiegħek
label-email-language = Lingwa tal-emails
label-interface-language = Lingwa tal-interfaċċa
label-password = Password
label-phone = Telefon
label-your-phone = It-telefon tiegħek
label-fax = Faks
label-website = Sit web
label-name = Isem
label-address = Indirizz
label-city = Belt
label-postcode = Kodiċi postali
label-role = Rwol
label-authority-role = Rwol tal-awtorità
label-section = Taqsima
label-activity-type = Tip ta' attività

## What to enter in an empty field of the operator form, after “{ $field }: ” (valid-text-empty).

label-name-empty-hint = daħħal l-isem tal-operatur kif irreġistrat
label-address-empty-hint = daħħal it-triq u n-numru
label-city-empty-hint = daħħal il-belt
label-postcode-empty-hint = daħħal il-kodiċi postali

## The characters a field of the operator form takes, after “{ $field }: ”
## (valid-text-bad-character). Keep the punctuation marks as they are: they are what the field takes.

label-name-allowed-hint = uża biss ittri, ċifri, spazji u . , - ' & ( ) / + : ; " !
label-address-allowed-hint = uża biss ittri, ċifri, spazji u . , - ' & ( ) / + : ; " # °
label-city-allowed-hint = uża biss ittri, ċifri, spazji u . , - ' ( ) /
label-postcode-allowed-hint = uża biss ittri A–Z, ċifri, spazji u lineetti

## Kinds of role, as the helpdesk letter names them, and what each covers.

label-role-kind-operator = Operatur
label-role-kind-control-body = Korp ta' Kontroll Organiku
label-role-kind-authority = Awtorità
label-role-kind-operator-description = Importatur, l-ewwel konsenjatarju
label-role-kind-control-body-description = Korp ta' kontroll organiku jew awtorità ta' kontroll
label-role-kind-authority-description = Post ta' kontroll fil-fruntiera jew awtorità kompetenti ċentrali

## Authority roles and the organic roles they act as. EAOC, OPL, CAFOP and CAOPL are the
## abbreviations of TRACES NT: they stay as they are.

label-authority-role-bcp = Post ta' kontroll fil-fruntiera
label-authority-role-cca = Awtorità kompetenti ċentrali
label-authority-role-bcp-acts-as = Awtorità ta' Approvazzjoni għaċ-Ċertifikazzjoni Organika
label-authority-role-cca-acts-as = Produzzjoni u Tikkettar Organiċi
# $role: the authority role (Border Control Post); $acts_as_name: the organic role it acts as
# (Endorsing Authority for Organic Certification); $acts_as: its abbreviation (EAOC);
# $formerly: the earlier abbreviation in TRACES NT (CAFOP).
label-authority-role-description = { $role }: jieħu r-rwol ta' “{ $acts_as_name }” ({ $acts_as } – qabel { $formerly } fit-TRACES NT)

## Sections of the operator register and activity types of operators.

label-section-organic-operator = Operatur organiku
label-activity-importer = Importatur
label-activity-first-consignee = L-ewwel konsenjatarju
label-activity-exporter = Esportatur
label-activity-producer = Produttur
label-activity-processor = Proċessur

## Messages shared by several fields.

# $field: the field's label; $min: the least number of characters.
valid-too-short = { $field }: uża mill-inqas { $min ->
        [one] { $min } karattru
        [two] { $min } karattri
        [few] { $min } karattri
        [many] { $min }-il karattru
       *[other] { $min } karattru
    }.
# $field: the field's label; $max: the most characters the field takes.
valid-too-long = { $field }: uża mhux aktar minn { $max ->
        [one] { $max } karattru
        [two] { $max } karattri
        [few] { $max } karattri
        [many] { $max }-il karattru
       *[other] { $max } karattru
    }.
# $field: the label of the list.
valid-choice-missing = { $field }: agħżel waħda mil-lista.
# $field: the label of the list; $code: the value that was sent, as it was sent.
valid-choice-unknown = { $field }: “{ $code }” mhijiex waħda mill-għażliet; agħżel waħda mil-lista.

## EU Login account: username and names.

valid-username-empty = Isem tal-utent: daħħal isem tal-utent.
valid-username-first-not-letter = Isem tal-utent: ibda b'ittra (a–z).
valid-username-bad-character = Isem tal-utent: uża biss ittri a–z, ċifri, punti, - u _ (mingħajr spazji jew aċċenti).
valid-first-name-empty = Isem: daħħal ismek kif jidher fid-dokument tal-identità tiegħek.
valid-last-name-empty = Kunjom: daħħal kunjomek kif jidher fid-dokument tal-identità tiegħek.
# $field: First name or Last name.
valid-person-name-bad-character = { $field }: uża biss ittri, spazji, lineetti, appostrofi u punti.
# $field: First name or Last name.
valid-person-name-no-letter = { $field }: irid ikun fih mill-inqas ittra waħda.
# $field: First name or Last name; $word: the word of the name that looks like a company's.
valid-name-looks-like-organisation = { $field }: “{ $word }” jidher li huwa parti mill-isem ta' organizzazzjoni. Il-kont EU Login tiegħek irid ikun f'isem persuna reali: l-ismijiet jidhru fuq iċ-ċertifikati li tiffirma.

## E-mail addresses.

# $field: the field's label (E-mail, New e-mail).
valid-email-empty = { $field }: daħħal l-indirizz tal-email professjonali tiegħek.
# $field: the field's label (E-mail, New e-mail).
valid-email-shape = { $field }: daħħal indirizz bħal name@example.org, b'@ waħda u mingħajr spazji.
# $field: the field's label (E-mail, New e-mail).
valid-email-domain = { $field }: il-parti wara l-@ trid tkun dominju bħal example.org.
valid-email-mismatch = Ikkonferma l-email: ikteb l-istess indirizz li hemm fil-qasam “Email”.
valid-email-confirm-empty = Ikkonferma l-email: erġa' ikteb l-indirizz tal-email tiegħek.

## Passwords.

valid-password-empty = Password: daħħal password.
# $min: the least number of characters.
valid-password-too-short = Password: uża mill-inqas { $min ->
        [one] { $min } karattru
        [two] { $min } karattri
        [few] { $min } karattri
        [many] { $min }-il karattru
       *[other] { $min } karattru
    } (ftit kliem jagħmlu password tajba).
valid-password-weak = Password: din il-password hija faċli wisq biex tiġi indovinata. Ipprova frażi itwal magħmula minn kliem mhux relatat.
# $hint: why, in the words of the strength checker: one sentence of the catalogs (error-password-…).
valid-password-weak-hint = Password: din il-password hija faċli wisq biex tiġi indovinata. { $hint } Ipprova frażi itwal magħmula minn kliem mhux relatat.
valid-password-mismatch = Ikkonferma l-password: ikteb l-istess password darbtejn.
valid-password-wrong-current = Password attwali: il-password mhijiex korretta.

## The rest of the sign-up form.

valid-email-language-missing = Lingwa tal-emails: agħżel il-lingwa tal-emails li se tirċievi.
valid-captcha-empty = Kodiċi: ikteb il-karattri li tara fl-istampa.
valid-captcha-too-long = Kodiċi: il-kodiċi fl-istampa huwa iqsar; ikteb biss il-karattri tiegħu.
valid-privacy-not-accepted = Stqarrija ta' privatezza: immarka l-kaxxa biex tikkonferma li qrajtha.

## Languages and instances named in a link or a form.

# $code: the language code that was sent.
valid-language-unknown = “{ $code }” mhijiex waħda mill-24 lingwa uffiċjali tal-UE: agħżel waħda mil-lista.
# $field: the field's label (E-mail language); $code: the language code that was sent.
valid-language-unknown-for = { $field }: “{ $code }” mhijiex waħda mill-24 lingwa uffiċjali tal-UE: agħżel waħda mil-lista.
# $slug: the part of the address that should name the instance. “production” and “training”
# are parts of addresses: keep them as they are.
valid-instance-unknown = “{ $slug }” mhuwiex ambjent tat-TRACES NT: uża “production” jew “training”.

## Rejecting an authorisation request.

valid-reason-missing = Raġuni: ċaħda teħtieġ raġuni; min għamel it-talba se jaqraha, għalhekk għid x'inhu ħażin u x'għandu jsir.
# $min: the least number of characters.
valid-reason-too-short = Raġuni: ikteb mill-inqas { $min ->
        [one] { $min } karattru
        [two] { $min } karattri
        [few] { $min } karattri
        [many] { $min }-il karattru
       *[other] { $min } karattru
    }, biex min għamel it-talba jkun jaf x'għandu jagħmel.
# $max: the most characters a reason takes; $count: how many were written.
valid-reason-too-long = Raġuni: mhux aktar minn { $max ->
        [one] { $max } karattru
        [two] { $max } karattri
        [few] { $max } karattri
        [many] { $max }-il karattru
       *[other] { $max } karattru
    } (ktibt { $count }).
valid-reason-control-characters = Raġuni: neħħi l-karattri ta' kontroll (huma permessi biss qabżiet tal-linja).

## Role kinds: each person takes one kind of role per instance.

# $existing: the kind of role the person has (Operator, Organic Control Body, Authority);
# $requested: the kind just requested.
valid-role-kind-other = Rwol: diġà għandek it-tip ta' rwol “{ $existing }” f'dan l-ambjent, u kull individwu jista' jkollu tip wieħed biss ta' rwol. Ma tistax titlob rwol “{ $requested }”; tista' titlob aktar karigi “{ $existing }”.

## EORI numbers and control body codes. DE, FR, XI, AT-BIO-301, BIO, ECO, EKO, OKO (ÖKO) and
## ORG are codes: keep them as they are.

valid-eori-empty = Numru EORI: daħħal in-numru EORI.
valid-eori-required-for-importers = Numru EORI: daħħal in-numru EORI; huwa obbligatorju għall-importaturi organiċi.
valid-eori-too-long = Numru EORI: uża mhux aktar minn 17-il karattru: il-kodiċi tal-pajjiż b'żewġ ittri u sa 15-il ittra jew ċifra.
valid-eori-bad-character = Numru EORI: uża biss ittri A–Z u ċifri (l-ispazji jiġu injorati).
valid-eori-no-country = Numru EORI: ibda bil-kodiċi b'żewġ ittri tal-pajjiż li ħarġu, bħal DE jew FR (XI għall-Irlanda ta' Fuq).
# $code: the two letters typed, which are not a country code.
valid-eori-unknown-country = Numru EORI: “{ $code }” mhuwiex kodiċi ta' pajjiż; ibda bil-kodiċi tal-pajjiż li ħareġ in-numru, bħal DE jew FR (XI għall-Irlanda ta' Fuq).
valid-eori-no-number = Numru EORI: wara l-kodiċi tal-pajjiż, żid in-numru nnifsu: minn ittra jew ċifra waħda sa 15-il ittra jew ċifra.
valid-control-body-code-empty = Kodiċi tal-korp ta' kontroll: daħħal il-kodiċi, bħal AT-BIO-301.
valid-control-body-code-shape = Kodiċi tal-korp ta' kontroll: iktbu fil-forma pajjiż-terminu-numru, bħal AT-BIO-301: żewġ ittri, tliet ittri u sa tliet ċifri, separati b'lineetti.
# $code: the first part typed, which is not a country code.
valid-control-body-code-country = Kodiċi tal-korp ta' kontroll: “{ $code }” mhuwiex kodiċi ta' pajjiż ISO 3166-1; ibda bil-kodiċi tal-pajjiż fejn isiru l-kontrolli.
# $term: the middle part typed, which is not an organic term.
valid-control-body-code-term = Kodiċi tal-korp ta' kontroll: “{ $term }” mhuwiex terminu organiku tal-kodiċijiet tal-korpi ta' kontroll; uża BIO, ECO, EKO, OKO (ÖKO) jew ORG.
valid-control-body-code-number = Kodiċi tal-korp ta' kontroll: spiċċa bin-numru ta' referenza, ta' bejn ċifra u tliet ċifri, bħal 301.

## Text fields of the operator form (name, address, city, postcode).

# $field: the field's label; $hint: what to enter (label-…-empty-hint).
valid-text-empty = { $field }: { $hint }.
# $field: the field's label; $hint: the characters the field takes (label-…-allowed-hint).
valid-text-bad-character = { $field }: { $hint } (mingħajr < >, karattri ta' kontroll jew karattri inviżibbli).
# $field: the field's label.
valid-text-no-letter-or-digit = { $field }: irid ikun fih mill-inqas ittra jew ċifra waħda.

## Contact details: phone, fax, website.

# $field: the field's label (Phone, Fax).
valid-phone-no-plus = { $field }: ikteb in-numru f'format internazzjonali, li jibda b'+ u l-kodiċi tal-pajjiż, bħal +32 2 299 11 11.
# $field: the field's label (Phone, Fax).
valid-phone-bad-character = { $field }: wara l-+, uża biss ċifri, spazji, lineetti u parentesi.
# $field: the field's label (Phone, Fax); $min, $max: the least and most digits.
valid-phone-digits = { $field }: in-numru ta' ċifri jrid ikun bejn { $min } u { $max }, inkluż il-kodiċi tal-pajjiż.
valid-website-scheme = Sit web: huma aċċettati biss indirizzi http:// u https://.
valid-website-non-ascii = Sit web: ikteb l-indirizz b'ittri a–z, ċifri u - . / biss; għal dominju b'aċċenti, uża l-forma xn-- li juri l-browser tiegħek.
valid-website-shape = Sit web: daħħal indirizz bħal www.example.org jew https://www.example.org/page.
valid-contact-missing = Kuntatt: agħti mill-inqas wieħed minn dawn: telefon, faks, email jew sit web.
