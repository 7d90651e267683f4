## The shared validators (app/src/domain): the browser shows these messages as the user types,
## the server answers with the same ones. A message starts with the label of its field, so the
## reader knows which field it is about; labels are messages of their own (label-…), passed
## in as $field.

## Labels of fields and lists

label-username = Felhasználónév
label-first-name = Utónév
label-last-name = Vezetéknév
label-email = E-mail-cím
label-new-email = Új e-mail-cím
label-your-email = Az Ön e-mail-címe
label-email-language = Az e-mailek nyelve
label-interface-language = A felület nyelve
label-password = Jelszó
label-phone = Telefon
label-your-phone = Az Ön telefonszáma
label-fax = Fax
label-website = Weboldal
label-name = Név
label-address = Cím
label-city = Település
label-postcode = Irányítószám
label-role = Szerepkör
label-authority-role = Hatósági szerepkör
label-section = Szakasz
label-activity-type = Tevékenységtípus

## What to enter in an empty field of the operator form, after “{ $field }: ” (valid-text-empty).

label-name-empty-hint = adja meg a vállalkozó nyilvántartásba vett nevét
label-address-empty-hint = adja meg az utcát és a házszámot
label-city-empty-hint = adja meg a települést
label-postcode-empty-hint = adja meg az irányítószámot

## The characters a field of the operator form takes, after “{ $field }: ”
## (valid-text-bad-character). Keep the punctuation marks as they are: they are what the field takes.

label-name-allowed-hint = csak betűket, számjegyeket, szóközt és a következő jeleket használja: . , - ' & ( ) / + : ; " !
label-address-allowed-hint = csak betűket, számjegyeket, szóközt és a következő jeleket használja: . , - ' & ( ) / + : ; " # °
label-city-allowed-hint = csak betűket, számjegyeket, szóközt és a következő jeleket használja: . , - ' ( ) /
label-postcode-allowed-hint = csak A–Z betűket, számjegyeket, szóközt és kötőjelet használjon

## Kinds of role, as the helpdesk letter names them, and what each covers.

label-role-kind-operator = Vállalkozó
label-role-kind-control-body = Ökológiai ellenőrző szerv
label-role-kind-authority = Hatóság
label-role-kind-operator-description = Importőr, első címzett
label-role-kind-control-body-description = Ökológiai ellenőrző szerv vagy ellenőrző hatóság
label-role-kind-authority-description = Határállomás vagy központi illetékes hatóság

## Authority roles and the organic roles they act as. EAOC, OPL, CAFOP and CAOPL are the
## abbreviations of TRACES NT: they stay as they are.

label-authority-role-bcp = Határállomás
label-authority-role-cca = Központi illetékes hatóság
label-authority-role-bcp-acts-as = Az ökológiai tanúsítványokat záradékoló hatóság
label-authority-role-cca-acts-as = Ökológiai termelés és címkézés
# $role: the authority role (Border Control Post); $acts_as_name: the organic role it acts as
# (Endorsing Authority for Organic Certification); $acts_as: its abbreviation (EAOC);
# $formerly: the earlier abbreviation in TRACES NT (CAFOP).
label-authority-role-description = { $role }: ebben a szerepkörben jár el: „{ $acts_as_name }” ({ $acts_as } – a TRACES NT-ben korábban { $formerly })

## Sections of the operator register and activity types of operators.

label-section-organic-operator = Ökológiai vállalkozó
label-activity-importer = Importőr
label-activity-first-consignee = Első címzett
label-activity-exporter = Exportőr
label-activity-producer = Termelő
label-activity-processor = Feldolgozó

## Messages shared by several fields.

# $field: the field's label; $min: the least number of characters.
valid-too-short = { $field }: legalább { $min } karaktert használjon.
# $field: the field's label; $max: the most characters the field takes.
valid-too-long = { $field }: legfeljebb { $max } karaktert használjon.
# $field: the label of the list.
valid-choice-missing = { $field }: válasszon a listából.
# $field: the label of the list; $code: the value that was sent, as it was sent.
valid-choice-unknown = { $field }: „{ $code }” nem szerepel a választható lehetőségek között; válasszon a listából.

## EU Login account: username and names.

valid-username-empty = Felhasználónév: adjon meg egy felhasználónevet.
valid-username-first-not-letter = Felhasználónév: betűvel (a–z) kezdje.
valid-username-bad-character = Felhasználónév: csak a–z betűket, számjegyeket, pontot, kötőjelet és aláhúzásjelet használjon (szóköz és ékezetes betű nélkül).
valid-first-name-empty = Utónév: adja meg az utónevét úgy, ahogyan a személyazonosító okmányában szerepel.
valid-last-name-empty = Vezetéknév: adja meg a vezetéknevét úgy, ahogyan a személyazonosító okmányában szerepel.
# $field: First name or Last name.
valid-person-name-bad-character = { $field }: csak betűket, szóközt, kötőjelet, aposztrófot és pontot használjon.
# $field: First name or Last name.
valid-person-name-no-letter = { $field }: legalább egy betűt tartalmaznia kell.
# $field: First name or Last name; $word: the word of the name that looks like a company's.
valid-name-looks-like-organisation = { $field }: „{ $word }” egy szervezet nevének részére hasonlít. EU Login-fiókjának valódi természetes személy nevére kell szólnia: a nevek megjelennek az Ön által aláírt tanúsítványokon.

## E-mail addresses.

# $field: the field's label (E-mail, New e-mail).
valid-email-empty = { $field }: adja meg munkahelyi e-mail-címét.
# $field: the field's label (E-mail, New e-mail).
valid-email-shape = { $field }: name@example.org formájú címet adjon meg, egyetlen @ jellel és szóköz nélkül.
# $field: the field's label (E-mail, New e-mail).
valid-email-domain = { $field }: a @ jel utáni résznek domainnek kell lennie, például example.org.
valid-email-mismatch = E-mail-cím megerősítése: ugyanazt a címet írja be, mint az „E-mail-cím” mezőben.
valid-email-confirm-empty = E-mail-cím megerősítése: írja be újra az e-mail-címét.

## Passwords.

valid-password-empty = Jelszó: adjon meg egy jelszót.
# $min: the least number of characters.
valid-password-too-short = Jelszó: legalább { $min } karaktert használjon (néhány szóból jó jelszó lesz).
valid-password-weak = Jelszó: ezt a jelszót túl könnyű kitalálni. Próbálkozzon egy hosszabb, egymással össze nem függő szavakból álló kifejezéssel.
# $hint: why, in the words of the strength checker: one sentence of the catalogs (error-password-…).
valid-password-weak-hint = Jelszó: ezt a jelszót túl könnyű kitalálni. { $hint } Próbálkozzon egy hosszabb, egymással össze nem függő szavakból álló kifejezéssel.
valid-password-mismatch = Jelszó megerősítése: kétszer ugyanazt a jelszót írja be.
valid-password-wrong-current = Jelenlegi jelszó: a jelszó nem helyes.

## The rest of the sign-up form.

valid-email-language-missing = Az e-mailek nyelve: válassza ki, milyen nyelven szeretné megkapni az e-maileket.
valid-captcha-empty = Kód: írja be a képen látható karaktereket.
valid-captcha-too-long = Kód: a képen látható kód rövidebb; csak annak karaktereit írja be.
valid-privacy-not-accepted = Adatvédelmi nyilatkozat: jelölje be a négyzetet annak megerősítésére, hogy elolvasta.

## Languages and instances named in a link or a form.

# $code: the language code that was sent.
valid-language-unknown = „{ $code }” nem tartozik az EU 24 hivatalos nyelve közé: válasszon a listából.
# $field: the field's label (E-mail language); $code: the language code that was sent.
valid-language-unknown-for = { $field }: „{ $code }” nem tartozik az EU 24 hivatalos nyelve közé: válasszon a listából.
# $slug: the part of the address that should name the instance. “production” and “training”
# are parts of addresses: keep them as they are.
valid-instance-unknown = „{ $slug }” nem TRACES NT-környezet: a „production” vagy a „training” értéket használja.

## Rejecting an authorisation request.

valid-reason-missing = Indoklás: az elutasításhoz indoklás szükséges; a kérelmező elolvassa, ezért írja le, mi a probléma, és mit kell tennie.
# $min: the least number of characters.
valid-reason-too-short = Indoklás: legalább { $min } karaktert írjon, hogy a kérelmező tudja, mit kell tennie.
# $max: the most characters a reason takes; $count: how many were written.
valid-reason-too-long = Indoklás: legfeljebb { $max } karakter (Ön { $count } karaktert írt).
valid-reason-control-characters = Indoklás: távolítsa el a vezérlőkaraktereket (csak sortörés megengedett).

## Role kinds: each person takes one kind of role per instance.

# $existing: the kind of role the person has (Operator, Organic Control Body, Authority);
# $requested: the kind just requested.
valid-role-kind-other = Szerepkör: Önnek ebben a környezetben már „{ $existing }” típusú szerepköre van, és mindenki csak egyféle szerepkört tölthet be. „{ $requested }” típusú szerepkört nem igényelhet; további „{ $existing }” típusú pozíciókat igényelhet.

## EORI numbers and control body codes. DE, FR, XI, AT-BIO-301, BIO, ECO, EKO, OKO (ÖKO) and
## ORG are codes: keep them as they are.

valid-eori-empty = EORI-szám: adja meg az EORI-számot.
valid-eori-required-for-importers = EORI-szám: adja meg az EORI-számot; ez az ökológiai termékek importőrei számára kötelező.
valid-eori-too-long = EORI-szám: legfeljebb 17 karaktert használjon: a kétbetűs országkódot és legfeljebb 15 betűt vagy számjegyet.
valid-eori-bad-character = EORI-szám: csak A–Z betűket és számjegyeket használjon (a szóközöket a rendszer figyelmen kívül hagyja).
valid-eori-no-country = EORI-szám: a kiállító ország kétbetűs kódjával kezdje, például DE vagy FR (Észak-Írország esetében XI).
# $code: the two letters typed, which are not a country code.
valid-eori-unknown-country = EORI-szám: „{ $code }” nem országkód; a számot kiállító ország kódjával kezdje, például DE vagy FR (Észak-Írország esetében XI).
valid-eori-no-number = EORI-szám: az országkód után adja meg a szám 1–15 betűjét vagy számjegyét.
valid-control-body-code-empty = Ellenőrző szerv kódja: adja meg a kódot, például AT-BIO-301.
valid-control-body-code-shape = Ellenőrző szerv kódja: ország-kifejezés-szám formában írja, például AT-BIO-301: két betű, három betű és legfeljebb három számjegy, kötőjellel elválasztva.
# $code: the first part typed, which is not a country code.
valid-control-body-code-country = Ellenőrző szerv kódja: „{ $code }” nem ISO 3166-1 szerinti országkód; annak az országnak a kódjával kezdje, ahol az ellenőrzések folynak.
# $term: the middle part typed, which is not an organic term.
valid-control-body-code-term = Ellenőrző szerv kódja: „{ $term }” nem az ellenőrző szervek kódjaiban használt ökológiai kifejezés; a BIO, ECO, EKO, OKO (ÖKO) vagy ORG kifejezést használja.
valid-control-body-code-number = Ellenőrző szerv kódja: egy-, két- vagy háromjegyű hivatkozási számmal fejezze be, például 301.

## Text fields of the operator form (name, address, city, postcode).

# $field: the field's label; $hint: what to enter (label-…-empty-hint).
valid-text-empty = { $field }: { $hint }.
# $field: the field's label; $hint: the characters the field takes (label-…-allowed-hint).
valid-text-bad-character = { $field }: { $hint } (< >, vezérlő- és láthatatlan karakterek nélkül).
# $field: the field's label.
valid-text-no-letter-or-digit = { $field }: legalább egy betűt vagy számjegyet tartalmaznia kell.

## Contact details: phone, fax, website.

# $field: the field's label (Phone, Fax).
valid-phone-no-plus = { $field }: nemzetközi formátumban írja a számot, + jellel és az országhívószámmal kezdve, például +32 2 299 11 11.
# $field: the field's label (Phone, Fax).
valid-phone-bad-character = { $field }: a + jel után csak számjegyeket, szóközt, kötőjelet és zárójelet használjon.
# $field: the field's label (Phone, Fax); $min, $max: the least and most digits.
valid-phone-digits = { $field }: { $min }–{ $max } számjegyet adjon meg, az országhívószámmal együtt.
valid-website-scheme = Weboldal: csak http:// és https:// kezdetű címek fogadhatók el.
valid-website-non-ascii = Weboldal: a címet csak a–z betűkkel, számjegyekkel és a - . / jelekkel írja; ékezetes domain esetén a böngészője által mutatott xn-- kezdetű formát használja.
valid-website-shape = Weboldal: www.example.org vagy https://www.example.org/page formájú címet adjon meg.
valid-contact-missing = Elérhetőség: adjon meg legalább egyet a következők közül: telefon, fax, e-mail-cím vagy weboldal.
