## The shared validators (app/src/domain): the browser shows these messages as the user types,
## the server answers with the same ones. A message starts with the label of its field, so the
## reader knows which field it is about; labels are messages of their own (label-…), passed
## in as $field.

## Labels of fields and lists

label-username = Käyttäjätunnus
label-first-name = Etunimi
label-last-name = Sukunimi
label-email = Sähköposti
label-new-email = Uusi sähköpostiosoite
label-your-email = Sähköpostiosoitteesi
label-email-language = Sähköpostien kieli
label-interface-language = Käyttöliittymän kieli
label-password = Salasana
label-phone = Puhelin
label-your-phone = Puhelinnumerosi
label-fax = Faksi
label-website = Verkkosivusto
label-name = Nimi
label-address = Osoite
label-city = Paikkakunta
label-postcode = Postinumero
label-role = Rooli
label-authority-role = Viranomaisen rooli
label-section = Osio
label-activity-type = Toiminnan laji

## What to enter in an empty field of the operator form, after “{ $field }: ” (valid-text-empty).

label-name-empty-hint = kirjoita toimijan nimi sellaisena kuin se on rekisteröity
label-address-empty-hint = kirjoita katuosoite ja numero
label-city-empty-hint = kirjoita paikkakunta
label-postcode-empty-hint = kirjoita postinumero

## The characters a field of the operator form takes, after “{ $field }: ”
## (valid-text-bad-character). Keep the punctuation marks as they are: they are what the field takes.

label-name-allowed-hint = käytä vain kirjaimia, numeroita, välilyöntejä ja merkkejä . , - ' & ( ) / + : ; " !
label-address-allowed-hint = käytä vain kirjaimia, numeroita, välilyöntejä ja merkkejä . , - ' & ( ) / + : ; " # °
label-city-allowed-hint = käytä vain kirjaimia, numeroita, välilyöntejä ja merkkejä . , - ' ( ) /
label-postcode-allowed-hint = käytä vain kirjaimia A–Z, numeroita, välilyöntejä ja yhdysmerkkejä

## Kinds of role, as the helpdesk letter names them, and what each covers.

label-role-kind-operator = Toimija
label-role-kind-control-body = Luonnonmukaisen tuotannon valvontaelin
label-role-kind-authority = Viranomainen
label-role-kind-operator-description = Tuoja, ensimmäinen vastaanottaja
label-role-kind-control-body-description = Luonnonmukaisen tuotannon valvontaelin tai valvontaviranomainen
label-role-kind-authority-description = Rajatarkastusasema tai toimivaltainen keskusviranomainen

## Authority roles and the organic roles they act as. EAOC, OPL, CAFOP and CAOPL are the
## abbreviations of TRACES NT: they stay as they are.

label-authority-role-bcp = Rajatarkastusasema
label-authority-role-cca = Toimivaltainen keskusviranomainen
label-authority-role-bcp-acts-as = Luonnonmukaisen tuotannon todistuksia vahvistava viranomainen
label-authority-role-cca-acts-as = Luonnonmukainen tuotanto ja merkinnät
# $role: the authority role (Border Control Post); $acts_as_name: the organic role it acts as
# (Endorsing Authority for Organic Certification); $acts_as: its abbreviation (EAOC);
# $formerly: the earlier abbreviation in TRACES NT (CAFOP).
label-authority-role-description = { $role }: toimii roolissa { $acts_as_name } ({ $acts_as } – aiemmin { $formerly } TRACES NT:ssä)

## Sections of the operator register and activity types of operators.

label-section-organic-operator = Luomutoimija
label-activity-importer = Tuoja
label-activity-first-consignee = Ensimmäinen vastaanottaja
label-activity-exporter = Viejä
label-activity-producer = Tuottaja
label-activity-processor = Jalostaja

## Messages shared by several fields.

# $field: the field's label; $min: the least number of characters.
valid-too-short = { $field }: käytä vähintään { $min } merkkiä.
# $field: the field's label; $max: the most characters the field takes.
valid-too-long = { $field }: käytä enintään { $max } merkkiä.
# $field: the label of the list.
valid-choice-missing = { $field }: valitse vaihtoehto luettelosta.
# $field: the label of the list; $code: the value that was sent, as it was sent.
valid-choice-unknown = { $field }: ”{ $code }” ei ole mikään vaihtoehdoista; valitse vaihtoehto luettelosta.

## EU Login account: username and names.

valid-username-empty = Käyttäjätunnus: kirjoita käyttäjätunnus.
valid-username-first-not-letter = Käyttäjätunnus: aloita kirjaimella (a–z).
valid-username-bad-character = Käyttäjätunnus: käytä vain kirjaimia a–z, numeroita, pisteitä, yhdysmerkkejä ja alaviivoja (ei välilyöntejä eikä tarkkeita).
valid-first-name-empty = Etunimi: kirjoita etunimesi samassa muodossa kuin henkilöllisyystodistuksessasi.
valid-last-name-empty = Sukunimi: kirjoita sukunimesi samassa muodossa kuin henkilöllisyystodistuksessasi.
# $field: First name or Last name.
valid-person-name-bad-character = { $field }: käytä vain kirjaimia, välilyöntejä, yhdysmerkkejä, heittomerkkejä ja pisteitä.
# $field: First name or Last name.
valid-person-name-no-letter = { $field }: kentässä on oltava vähintään yksi kirjain.
# $field: First name or Last name; $word: the word of the name that looks like a company's.
valid-name-looks-like-organisation = { $field }: ”{ $word }” näyttää olevan osa organisaation nimeä. EU Login -tilisi on oltava todellisen henkilön nimissä: nimet näkyvät allekirjoittamissasi todistuksissa.

## E-mail addresses.

# $field: the field's label (E-mail, New e-mail).
valid-email-empty = { $field }: kirjoita työsähköpostiosoitteesi.
# $field: the field's label (E-mail, New e-mail).
valid-email-shape = { $field }: kirjoita osoite muodossa name@example.org, jossa on yksi @-merkki eikä välilyöntejä.
# $field: the field's label (E-mail, New e-mail).
valid-email-domain = { $field }: @-merkin jälkeisen osan on oltava verkkotunnus, kuten example.org.
valid-email-mismatch = Vahvista sähköposti: kirjoita sama osoite kuin kenttään Sähköposti.
valid-email-confirm-empty = Vahvista sähköposti: kirjoita sähköpostiosoitteesi uudelleen.

## Passwords.

valid-password-empty = Salasana: kirjoita salasana.
# $min: the least number of characters.
valid-password-too-short = Salasana: käytä vähintään { $min } merkkiä (muutamasta sanasta saa hyvän salasanan).
valid-password-weak = Salasana: tämä salasana on liian helppo arvata. Kokeile pidempää lausetta, jonka sanat eivät liity toisiinsa.
# $hint: why, in the words of the strength checker: one sentence of the catalogs (error-password-…).
valid-password-weak-hint = Salasana: tämä salasana on liian helppo arvata. { $hint } Kokeile pidempää lausetta, jonka sanat eivät liity toisiinsa.
valid-password-mismatch = Vahvista salasana: kirjoita sama salasana kahdesti.
valid-password-wrong-current = Nykyinen salasana: salasana on väärä.

## The rest of the sign-up form.

valid-email-language-missing = Sähköpostien kieli: valitse kieli, jolla haluat saada sähköpostit.
valid-captcha-empty = Koodi: kirjoita kuvassa näkyvät merkit.
valid-captcha-too-long = Koodi: kuvan koodi on lyhyempi; kirjoita vain sen merkit.
valid-privacy-not-accepted = Tietosuojaseloste: rastita ruutu vahvistaaksesi, että olet lukenut sen.

## Languages and instances named in a link or a form.

# $code: the language code that was sent.
valid-language-unknown = ”{ $code }” ei ole mikään EU:n 24 virallisesta kielestä: valitse kieli luettelosta.
# $field: the field's label (E-mail language); $code: the language code that was sent.
valid-language-unknown-for = { $field }: ”{ $code }” ei ole mikään EU:n 24 virallisesta kielestä: valitse kieli luettelosta.
# $slug: the part of the address that should name the instance. “production” and “training”
# are parts of addresses: keep them as they are.
valid-instance-unknown = ”{ $slug }” ei ole TRACES NT -ympäristö: käytä arvoa ”production” tai ”training”.

## Rejecting an authorisation request.

valid-reason-missing = Syy: hylkäämiselle on annettava syy; pyynnön esittäjä lukee sen, joten kerro, mikä on vialla ja mitä on tehtävä.
# $min: the least number of characters.
valid-reason-too-short = Syy: kirjoita vähintään { $min } merkkiä, jotta pyynnön esittäjä tietää, mitä tehdä.
# $max: the most characters a reason takes; $count: how many were written.
valid-reason-too-long = Syy: enintään { $max } merkkiä (kirjoitit { $count }).
valid-reason-control-characters = Syy: poista ohjausmerkit (vain rivinvaihdot ovat sallittuja).

## Role kinds: each person takes one kind of role per instance.

# $existing: the kind of role the person has (Operator, Organic Control Body, Authority);
# $requested: the kind just requested.
valid-role-kind-other = Rooli: sinulla on tässä ympäristössä jo roolityyppi ”{ $existing }”, ja kullakin henkilöllä voi olla vain yksi roolityyppi. Et voi pyytää roolityypin ”{ $requested }” roolia; voit pyytää lisää roolityypin ”{ $existing }” tehtäviä.

## EORI numbers and control body codes. DE, FR, XI, AT-BIO-301, BIO, ECO, EKO, OKO (ÖKO) and
## ORG are codes: keep them as they are.

valid-eori-empty = EORI-numero: kirjoita EORI-numero.
valid-eori-required-for-importers = EORI-numero: kirjoita EORI-numero; se on pakollinen luomutuotteiden tuojille.
valid-eori-too-long = EORI-numero: käytä enintään 17 merkkiä: kaksikirjaiminen maatunnus ja enintään 15 kirjainta tai numeroa.
valid-eori-bad-character = EORI-numero: käytä vain kirjaimia A–Z ja numeroita (välilyöntejä ei oteta huomioon).
valid-eori-no-country = EORI-numero: aloita numeron myöntäneen maan kaksikirjaimisella tunnuksella, kuten DE tai FR (Pohjois-Irlanti: XI).
# $code: the two letters typed, which are not a country code.
valid-eori-unknown-country = EORI-numero: ”{ $code }” ei ole maatunnus; aloita numeron myöntäneen maan tunnuksella, kuten DE tai FR (Pohjois-Irlanti: XI).
valid-eori-no-number = EORI-numero: lisää maatunnuksen perään numeron 1–15 kirjainta tai numeroa.
valid-control-body-code-empty = Valvontaelimen koodi: kirjoita koodi, esimerkiksi AT-BIO-301.
valid-control-body-code-shape = Valvontaelimen koodi: kirjoita se muodossa maa-termi-numero, esimerkiksi AT-BIO-301: kaksi kirjainta, kolme kirjainta ja enintään kolme numeroa yhdysmerkeillä erotettuina.
# $code: the first part typed, which is not a country code.
valid-control-body-code-country = Valvontaelimen koodi: ”{ $code }” ei ole ISO 3166-1 -maatunnus; aloita sen maan tunnuksella, jossa valvonta tehdään.
# $term: the middle part typed, which is not an organic term.
valid-control-body-code-term = Valvontaelimen koodi: ”{ $term }” ei ole valvontaelinten koodeissa käytetty luomutermi; käytä termiä BIO, ECO, EKO, OKO (ÖKO) tai ORG.
valid-control-body-code-number = Valvontaelimen koodi: lopeta yhdestä kolmeen numeroa pitkällä viitenumerolla, esimerkiksi 301.

## Text fields of the operator form (name, address, city, postcode).

# $field: the field's label; $hint: what to enter (label-…-empty-hint).
valid-text-empty = { $field }: { $hint }.
# $field: the field's label; $hint: the characters the field takes (label-…-allowed-hint).
valid-text-bad-character = { $field }: { $hint } (ei merkkejä < >, ohjausmerkkejä eikä näkymättömiä merkkejä).
# $field: the field's label.
valid-text-no-letter-or-digit = { $field }: kentässä on oltava vähintään yksi kirjain tai numero.

## Contact details: phone, fax, website.

# $field: the field's label (Phone, Fax).
valid-phone-no-plus = { $field }: kirjoita numero kansainvälisessä muodossa, alkuun + ja maatunnus, esimerkiksi +32 2 299 11 11.
# $field: the field's label (Phone, Fax).
valid-phone-bad-character = { $field }: käytä +-merkin jälkeen vain numeroita, välilyöntejä, yhdysmerkkejä ja sulkeita.
# $field: the field's label (Phone, Fax); $min, $max: the least and most digits.
valid-phone-digits = { $field }: anna { $min }–{ $max } numeroa maatunnus mukaan lukien.
valid-website-scheme = Verkkosivusto: vain http://- ja https://-alkuiset osoitteet hyväksytään.
valid-website-non-ascii = Verkkosivusto: kirjoita osoite vain kirjaimilla a–z, numeroilla ja merkeillä - . /; jos verkkotunnuksessa on tarkkeita, käytä selaimesi näyttämää muotoa, joka alkaa xn--.
valid-website-shape = Verkkosivusto: kirjoita osoite muodossa www.example.org tai https://www.example.org/page.
valid-contact-missing = Yhteystiedot: anna vähintään yksi seuraavista: puhelin, faksi, sähköposti tai verkkosivusto.
