## The shared validators (app/src/domain): the browser shows these messages as the user types,
## the server answers with the same ones. A message starts with the label of its field, so the
## reader knows which field it is about; labels are messages of their own (label-…), passed
## in as $field.

## Labels of fields and lists

label-username = Lietotājvārds
label-first-name = Vārds
label-last-name = Uzvārds
label-email = E-pasts
label-new-email = Jaunais e-pasts
label-your-email = Jūsu e-pasts
label-email-language = E-pasta valoda
label-interface-language = Saskarnes valoda
label-password = Parole
label-phone = Tālrunis
label-your-phone = Jūsu tālrunis
label-fax = Fakss
label-website = Tīmekļvietne
label-name = Nosaukums
label-address = Adrese
label-city = Pilsēta
label-postcode = Pasta indekss
label-role = Loma
label-authority-role = Iestādes loma
label-section = Sadaļa
label-activity-type = Darbības veids

## What to enter in an empty field of the operator form, after “{ $field }: ” (valid-text-empty).

label-name-empty-hint = ievadiet uzņēmēja reģistrēto nosaukumu
label-address-empty-hint = ievadiet ielu un mājas numuru
label-city-empty-hint = ievadiet pilsētu
label-postcode-empty-hint = ievadiet pasta indeksu

## The characters a field of the operator form takes, after “{ $field }: ”
## (valid-text-bad-character). Keep the punctuation marks as they are: they are what the field takes.

label-name-allowed-hint = izmantojiet tikai burtus, ciparus, atstarpes un . , - ' & ( ) / + : ; " !
label-address-allowed-hint = izmantojiet tikai burtus, ciparus, atstarpes un . , - ' & ( ) / + : ; " # °
label-city-allowed-hint = izmantojiet tikai burtus, ciparus, atstarpes un . , - ' ( ) /
label-postcode-allowed-hint = izmantojiet tikai burtus A–Z, ciparus, atstarpes un defises

## Kinds of role, as the helpdesk letter names them, and what each covers.

label-role-kind-operator = Uzņēmējs
label-role-kind-control-body = Bioloģiskās ražošanas kontroles institūcija
label-role-kind-authority = Iestāde
label-role-kind-operator-description = Importētājs, pirmais saņēmējs
label-role-kind-control-body-description = Bioloģiskās ražošanas kontroles institūcija vai kontroles iestāde
label-role-kind-authority-description = Robežkontroles punkts vai centrālā kompetentā iestāde

## Authority roles and the organic roles they act as. EAOC, OPL, CAFOP and CAOPL are the
## abbreviations of TRACES NT: they stay as they are.

label-authority-role-bcp = Robežkontroles punkts
label-authority-role-cca = Centrālā kompetentā iestāde
label-authority-role-bcp-acts-as = Bioloģiskās sertifikācijas apstiprinātāja iestāde
label-authority-role-cca-acts-as = Bioloģiskā ražošana un marķēšana
# $role: the authority role (Border Control Post); $acts_as_name: the organic role it acts as
# (Endorsing Authority for Organic Certification); $acts_as: its abbreviation (EAOC);
# $formerly: the earlier abbreviation in TRACES NT (CAFOP).
label-authority-role-description = { $role }: pilda lomu „{ $acts_as_name }” ({ $acts_as } – agrāk { $formerly } sistēmā TRACES NT)

## Sections of the operator register and activity types of operators.

label-section-organic-operator = Bioloģiskās ražošanas uzņēmējs
label-activity-importer = Importētājs
label-activity-first-consignee = Pirmais saņēmējs
label-activity-exporter = Eksportētājs
label-activity-producer = Ražotājs
label-activity-processor = Pārstrādātājs

## Messages shared by several fields.

# $field: the field's label; $min: the least number of characters.
valid-too-short = { $field }: ievadiet vismaz { $min } { $min ->
        [one] rakstzīmi
        [zero] rakstzīmes
       *[other] rakstzīmes
    }.
# $field: the field's label; $max: the most characters the field takes.
valid-too-long = { $field }: ievadiet ne vairāk kā { $max } { $max ->
        [one] rakstzīmi
        [zero] rakstzīmes
       *[other] rakstzīmes
    }.
# $field: the label of the list.
valid-choice-missing = { $field }: izvēlieties vienu no saraksta.
# $field: the label of the list; $code: the value that was sent, as it was sent.
valid-choice-unknown = { $field }: „{ $code }” nav starp izvēles iespējām; izvēlieties vienu no saraksta.

## EU Login account: username and names.

valid-username-empty = Lietotājvārds: ievadiet lietotājvārdu.
valid-username-first-not-letter = Lietotājvārds: sāciet ar burtu (a–z).
valid-username-bad-character = Lietotājvārds: izmantojiet tikai burtus a–z, ciparus, punktus, defises un pasvītras (bez atstarpēm un diakritiskajām zīmēm).
valid-first-name-empty = Vārds: ievadiet savu vārdu tāpat kā personu apliecinošā dokumentā.
valid-last-name-empty = Uzvārds: ievadiet savu uzvārdu tāpat kā personu apliecinošā dokumentā.
# $field: First name or Last name.
valid-person-name-bad-character = { $field }: izmantojiet tikai burtus, atstarpes, defises, apostrofus un punktus.
# $field: First name or Last name.
valid-person-name-no-letter = { $field }: jābūt vismaz vienam burtam.
# $field: First name or Last name; $word: the word of the name that looks like a company's.
valid-name-looks-like-organisation = { $field }: „{ $word }” izskatās pēc organizācijas nosaukuma daļas. Jūsu EU Login kontam jābūt reālas personas vārdā: vārds un uzvārds ir redzami sertifikātos, ko jūs parakstāt.

## E-mail addresses.

# $field: the field's label (E-mail, New e-mail).
valid-email-empty = { $field }: ievadiet savu darba e-pasta adresi.
# $field: the field's label (E-mail, New e-mail).
valid-email-shape = { $field }: ievadiet adresi, piemēram, name@example.org, ar vienu @ un bez atstarpēm.
# $field: the field's label (E-mail, New e-mail).
valid-email-domain = { $field }: daļai pēc @ jābūt domēnam, piemēram, example.org.
valid-email-mismatch = Apstiprināt e-pastu: ierakstiet to pašu adresi, kas laukā „E-pasts”.
valid-email-confirm-empty = Apstiprināt e-pastu: ierakstiet savu e-pasta adresi vēlreiz.

## Passwords.

valid-password-empty = Parole: ievadiet paroli.
# $min: the least number of characters.
valid-password-too-short = Parole: izmantojiet vismaz { $min } { $min ->
        [one] rakstzīmi
        [zero] rakstzīmes
       *[other] rakstzīmes
    } (labu paroli veido daži vārdi).
valid-password-weak = Parole: šo paroli ir pārāk viegli uzminēt. Izmēģiniet garāku frāzi no savstarpēji nesaistītiem vārdiem.
# $hint: why, in the words of the strength checker: one sentence of the catalogs (error-password-…).
valid-password-weak-hint = Parole: šo paroli ir pārāk viegli uzminēt. { $hint } Izmēģiniet garāku frāzi no savstarpēji nesaistītiem vārdiem.
valid-password-mismatch = Apstiprināt paroli: ierakstiet to pašu paroli abos laukos.
valid-password-wrong-current = Pašreizējā parole: parole nav pareiza.

## The rest of the sign-up form.

valid-email-language-missing = E-pasta valoda: izvēlieties valodu, kurā saņemsiet e-pasta vēstules.
valid-captcha-empty = Kods: ierakstiet attēlā redzamās rakstzīmes.
valid-captcha-too-long = Kods: attēlā redzamais kods ir īsāks; ierakstiet tikai tā rakstzīmes.
valid-privacy-not-accepted = Paziņojums par privātumu: atzīmējiet izvēles rūtiņu, lai apstiprinātu, ka paziņojums ir izlasīts.

## Languages and instances named in a link or a form.

# $code: the language code that was sent.
valid-language-unknown = „{ $code }” nav neviena no 24 ES oficiālajām valodām: izvēlieties valodu no saraksta.
# $field: the field's label (E-mail language); $code: the language code that was sent.
valid-language-unknown-for = { $field }: „{ $code }” nav neviena no 24 ES oficiālajām valodām: izvēlieties valodu no saraksta.
# $slug: the part of the address that should name the instance. “production” and “training”
# are parts of addresses: keep them as they are.
valid-instance-unknown = „{ $slug }” nav TRACES NT vide: izmantojiet „production” vai „training”.

## Rejecting an authorisation request.

valid-reason-missing = Iemesls: noraidījumam jānorāda iemesls; pieprasītājs to izlasīs, tāpēc norādiet, kas ir nepareizi un kas jādara.
# $min: the least number of characters.
valid-reason-too-short = Iemesls: uzrakstiet vismaz { $min } { $min ->
        [one] rakstzīmi
        [zero] rakstzīmes
       *[other] rakstzīmes
    }, lai pieprasītājs zinātu, kas jādara.
# $max: the most characters a reason takes; $count: how many were written.
valid-reason-too-long = Iemesls: ne vairāk kā { $max } { $max ->
        [one] rakstzīme
        [zero] rakstzīmes
       *[other] rakstzīmes
    } (jūs uzrakstījāt { $count }).
valid-reason-control-characters = Iemesls: izņemiet vadības rakstzīmes (atļautas tikai rindiņu pārejas).

## Role kinds: each person takes one kind of role per instance.

# $existing: the kind of role the person has (Operator, Organic Control Body, Authority);
# $requested: the kind just requested.
valid-role-kind-other = Loma: jums šajā vidē jau ir lomas veids „{ $existing }”, un katra persona var ieņemt tikai viena veida lomu. Jūs nevarat pieprasīt lomu „{ $requested }”; varat pieprasīt vēl citus amatus ar lomu „{ $existing }”.

## EORI numbers and control body codes. DE, FR, XI, AT-BIO-301, BIO, ECO, EKO, OKO (ÖKO) and
## ORG are codes: keep them as they are.

valid-eori-empty = EORI numurs: ievadiet EORI numuru.
valid-eori-required-for-importers = EORI numurs: ievadiet EORI numuru; bioloģisko produktu importētājiem tas ir obligāts.
valid-eori-too-long = EORI numurs: ne vairāk kā 17 rakstzīmes: divu burtu valsts kods un līdz 15 burtiem vai cipariem.
valid-eori-bad-character = EORI numurs: izmantojiet tikai burtus A–Z un ciparus (atstarpes netiek ņemtas vērā).
valid-eori-no-country = EORI numurs: sāciet ar tās valsts divu burtu kodu, kas numuru izdevusi, piemēram, DE vai FR (Ziemeļīrijai – XI).
# $code: the two letters typed, which are not a country code.
valid-eori-unknown-country = EORI numurs: „{ $code }” nav valsts kods; sāciet ar tās valsts kodu, kas numuru izdevusi, piemēram, DE vai FR (Ziemeļīrijai – XI).
valid-eori-no-number = EORI numurs: pēc valsts koda pievienojiet numura 1 līdz 15 burtus vai ciparus.
valid-control-body-code-empty = Kontroles institūcijas kods: ievadiet kodu, piemēram, AT-BIO-301.
valid-control-body-code-shape = Kontroles institūcijas kods: rakstiet to formā valsts-termins-numurs, piemēram, AT-BIO-301: divi burti, trīs burti un līdz trim cipariem, atdalīti ar defisēm.
# $code: the first part typed, which is not a country code.
valid-control-body-code-country = Kontroles institūcijas kods: „{ $code }” nav ISO 3166-1 valsts kods; sāciet ar tās valsts kodu, kurā notiek kontrole.
# $term: the middle part typed, which is not an organic term.
valid-control-body-code-term = Kontroles institūcijas kods: „{ $term }” nav kontroles institūciju kodos lietots bioloģiskās ražošanas termins; izmantojiet BIO, ECO, EKO, OKO (ÖKO) vai ORG.
valid-control-body-code-number = Kontroles institūcijas kods: beigās norādiet atsauces numuru ar vienu līdz trim cipariem, piemēram, 301.

## Text fields of the operator form (name, address, city, postcode).

# $field: the field's label; $hint: what to enter (label-…-empty-hint).
valid-text-empty = { $field }: { $hint }.
# $field: the field's label; $hint: the characters the field takes (label-…-allowed-hint).
valid-text-bad-character = { $field }: { $hint } (bez < >, vadības vai neredzamām rakstzīmēm).
# $field: the field's label.
valid-text-no-letter-or-digit = { $field }: jābūt vismaz vienam burtam vai ciparam.

## Contact details: phone, fax, website.

# $field: the field's label (Phone, Fax).
valid-phone-no-plus = { $field }: rakstiet numuru starptautiskā formātā, sākot ar + un valsts kodu, piemēram, +32 2 299 11 11.
# $field: the field's label (Phone, Fax).
valid-phone-bad-character = { $field }: pēc + izmantojiet tikai ciparus, atstarpes, defises un iekavas.
# $field: the field's label (Phone, Fax); $min, $max: the least and most digits.
valid-phone-digits = { $field }: numurā jābūt { $min }–{ $max } cipariem, ieskaitot valsts kodu.
valid-website-scheme = Tīmekļvietne: tiek pieņemtas tikai http:// un https:// adreses.
valid-website-non-ascii = Tīmekļvietne: rakstiet adresi ar burtiem a–z, cipariem un - . / ; domēnam ar diakritiskajām zīmēm izmantojiet xn-- formu, ko rāda jūsu pārlūkprogramma.
valid-website-shape = Tīmekļvietne: ievadiet adresi, piemēram, www.example.org vai https://www.example.org/page.
valid-contact-missing = Kontaktinformācija: norādiet vismaz vienu no šiem: tālrunis, fakss, e-pasts vai tīmekļvietne.
