## The shared validators (app/src/domain): the browser shows these messages as the user types,
## the server answers with the same ones. A message starts with the label of its field, so the
## reader knows which field it is about; labels are messages of their own (label-…), passed
## in as $field.

## Labels of fields and lists

label-username = Benutzername
label-first-name = Vorname
label-last-name = Nachname
label-email = E-Mail
label-new-email = Neue E-Mail
label-your-email = Ihre E-Mail
label-email-language = E-Mail-Sprache
label-interface-language = Sprache der Benutzeroberfläche
label-password = Passwort
label-phone = Telefon
label-your-phone = Ihr Telefon
label-fax = Fax
label-website = Website
label-name = Name
label-address = Anschrift
label-city = Ort
label-postcode = Postleitzahl
label-role = Rolle
label-authority-role = Rolle der Behörde
label-section = Abschnitt
label-activity-type = Tätigkeitsart

## What to enter in an empty field of the operator form, after “{ $field }: ” (valid-text-empty).

label-name-empty-hint = Geben Sie den Namen des Unternehmers so ein, wie er registriert ist
label-address-empty-hint = Geben Sie Straße und Hausnummer ein
label-city-empty-hint = Geben Sie den Ort ein
label-postcode-empty-hint = Geben Sie die Postleitzahl ein

## The characters a field of the operator form takes, after “{ $field }: ”
## (valid-text-bad-character). Keep the punctuation marks as they are: they are what the field takes.

label-name-allowed-hint = Verwenden Sie nur Buchstaben, Ziffern, Leerzeichen und . , - ' & ( ) / + : ; " !
label-address-allowed-hint = Verwenden Sie nur Buchstaben, Ziffern, Leerzeichen und . , - ' & ( ) / + : ; " # °
label-city-allowed-hint = Verwenden Sie nur Buchstaben, Ziffern, Leerzeichen und . , - ' ( ) /
label-postcode-allowed-hint = Verwenden Sie nur Buchstaben A–Z, Ziffern, Leerzeichen und Bindestriche

## Kinds of role, as the helpdesk letter names them, and what each covers.

label-role-kind-operator = Unternehmer
label-role-kind-control-body = Öko-Kontrollstelle
label-role-kind-authority = Behörde
label-role-kind-operator-description = Einführer, erster Empfänger
label-role-kind-control-body-description = Öko-Kontrollstelle oder Kontrollbehörde
label-role-kind-authority-description = Grenzkontrollstelle oder zentrale zuständige Behörde

## Authority roles and the organic roles they act as. EAOC, OPL, CAFOP and CAOPL are the
## abbreviations of TRACES NT: they stay as they are.

label-authority-role-bcp = Grenzkontrollstelle
label-authority-role-cca = Zentrale zuständige Behörde
label-authority-role-bcp-acts-as = Sichtvermerksbehörde für die ökologische Zertifizierung
label-authority-role-cca-acts-as = Ökologische Produktion und Kennzeichnung
# $role: the authority role (Border Control Post); $acts_as_name: the organic role it acts as
# (Endorsing Authority for Organic Certification); $acts_as: its abbreviation (EAOC);
# $formerly: the earlier abbreviation in TRACES NT (CAFOP).
label-authority-role-description = { $role }: übernimmt die Rolle „{ $acts_as_name }“ ({ $acts_as } – in TRACES NT früher { $formerly })

## Sections of the operator register and activity types of operators.

label-section-organic-operator = Öko-Unternehmer
label-activity-importer = Einführer
label-activity-first-consignee = Erster Empfänger
label-activity-exporter = Ausführer
label-activity-producer = Erzeuger
label-activity-processor = Verarbeiter

## Messages shared by several fields.

# $field: the field's label; $min: the least number of characters.
valid-too-short = { $field }: Verwenden Sie mindestens { $min } Zeichen.
# $field: the field's label; $max: the most characters the field takes.
valid-too-long = { $field }: Verwenden Sie höchstens { $max } Zeichen.
# $field: the label of the list.
valid-choice-missing = { $field }: Wählen Sie einen Eintrag aus der Liste.
# $field: the label of the list; $code: the value that was sent, as it was sent.
valid-choice-unknown = { $field }: „{ $code }“ ist keine der Auswahlmöglichkeiten; wählen Sie einen Eintrag aus der Liste.

## EU Login account: username and names.

valid-username-empty = Benutzername: Geben Sie einen Benutzernamen ein.
valid-username-first-not-letter = Benutzername: Beginnen Sie mit einem Buchstaben (a–z).
valid-username-bad-character = Benutzername: Verwenden Sie nur Buchstaben a–z, Ziffern, Punkte, Bindestriche und Unterstriche (keine Leerzeichen oder Akzente).
valid-first-name-empty = Vorname: Geben Sie Ihren Vornamen so ein, wie er in Ihrem Ausweisdokument steht.
valid-last-name-empty = Nachname: Geben Sie Ihren Nachnamen so ein, wie er in Ihrem Ausweisdokument steht.
# $field: First name or Last name.
valid-person-name-bad-character = { $field }: Verwenden Sie nur Buchstaben, Leerzeichen, Bindestriche, Apostrophe und Punkte.
# $field: First name or Last name.
valid-person-name-no-letter = { $field }: Muss mindestens einen Buchstaben enthalten.
# $field: First name or Last name; $word: the word of the name that looks like a company's.
valid-name-looks-like-organisation = { $field }: „{ $word }“ sieht wie ein Teil des Namens einer Organisation aus. Ihr Konto bei EU Login muss auf den Namen einer natürlichen Person lauten: Die Namen erscheinen auf den Bescheinigungen, die Sie unterzeichnen.

## E-mail addresses.

# $field: the field's label (E-mail, New e-mail).
valid-email-empty = { $field }: Geben Sie Ihre berufliche E-Mail-Adresse ein.
# $field: the field's label (E-mail, New e-mail).
valid-email-shape = { $field }: Geben Sie eine Adresse wie name@example.org ein, mit genau einem @ und ohne Leerzeichen.
# $field: the field's label (E-mail, New e-mail).
valid-email-domain = { $field }: Der Teil nach dem @ muss eine Domain wie example.org sein.
valid-email-mismatch = E-Mail bestätigen: Geben Sie dieselbe Adresse wie unter „E-Mail“ ein.
valid-email-confirm-empty = E-Mail bestätigen: Geben Sie Ihre E-Mail-Adresse noch einmal ein.

## Passwords.

valid-password-empty = Passwort: Geben Sie ein Passwort ein.
# $min: the least number of characters.
valid-password-too-short = Passwort: Verwenden Sie mindestens { $min } Zeichen (einige Wörter ergeben ein gutes Passwort).
valid-password-weak = Passwort: Dieses Passwort ist zu leicht zu erraten. Versuchen Sie es mit einer längeren Folge von Wörtern, die nichts miteinander zu tun haben.
# $hint: why, in the words of the strength checker: one sentence of the catalogs (error-password-…).
valid-password-weak-hint = Passwort: Dieses Passwort ist zu leicht zu erraten. { $hint } Versuchen Sie es mit einer längeren Folge von Wörtern, die nichts miteinander zu tun haben.
valid-password-mismatch = Passwort bestätigen: Geben Sie zweimal dasselbe Passwort ein.
valid-password-wrong-current = Aktuelles Passwort: Das Passwort ist nicht korrekt.

## The rest of the sign-up form.

valid-email-language-missing = E-Mail-Sprache: Wählen Sie die Sprache der E-Mails, die Sie erhalten werden.
valid-captcha-empty = Code: Geben Sie die Zeichen ein, die Sie im Bild sehen.
valid-captcha-too-long = Code: Der Code im Bild ist kürzer; geben Sie nur seine Zeichen ein.
valid-privacy-not-accepted = Datenschutzerklärung: Kreuzen Sie das Kästchen an, um zu bestätigen, dass Sie sie gelesen haben.

## Languages and instances named in a link or a form.

# $code: the language code that was sent.
valid-language-unknown = „{ $code }“ ist keine der 24 Amtssprachen der EU: Wählen Sie eine aus der Liste.
# $field: the field's label (E-mail language); $code: the language code that was sent.
valid-language-unknown-for = { $field }: „{ $code }“ ist keine der 24 Amtssprachen der EU: Wählen Sie eine aus der Liste.
# $slug: the part of the address that should name the instance. “production” and “training”
# are parts of addresses: keep them as they are.
valid-instance-unknown = „{ $slug }“ ist keine Instanz von TRACES NT: Verwenden Sie „production“ oder „training“.

## Rejecting an authorisation request.

valid-reason-missing = Begründung: Eine Ablehnung braucht eine Begründung. Der Antragsteller liest sie; schreiben Sie also, was falsch ist und was zu tun ist.
# $min: the least number of characters.
valid-reason-too-short = Begründung: Schreiben Sie mindestens { $min } Zeichen, damit der Antragsteller weiß, was zu tun ist.
# $max: the most characters a reason takes; $count: how many were written.
valid-reason-too-long = Begründung: höchstens { $max } Zeichen (Sie haben { $count } geschrieben).
valid-reason-control-characters = Begründung: Entfernen Sie die Steuerzeichen (nur Zeilenumbrüche sind erlaubt).

## Role kinds: each person takes one kind of role per instance.

# $existing: the kind of role the person has (Operator, Organic Control Body, Authority);
# $requested: the kind just requested.
valid-role-kind-other = Rolle: Sie haben auf dieser Instanz bereits eine Rolle der Art „{ $existing }“, und jede Person kann nur eine Art von Rolle übernehmen. Sie können keine Rolle der Art „{ $requested }“ beantragen, wohl aber weitere Rollen der Art „{ $existing }“.

## EORI numbers and control body codes. DE, FR, XI, AT-BIO-301, BIO, ECO, EKO, OKO (ÖKO) and
## ORG are codes: keep them as they are.

valid-eori-empty = EORI-Nummer: Geben Sie die EORI-Nummer ein.
valid-eori-required-for-importers = EORI-Nummer: Geben Sie die EORI-Nummer ein; sie ist für Öko-Einführer verpflichtend.
valid-eori-too-long = EORI-Nummer: Verwenden Sie höchstens 17 Zeichen: den zweistelligen Ländercode und bis zu 15 Buchstaben oder Ziffern.
valid-eori-bad-character = EORI-Nummer: Verwenden Sie nur Buchstaben A–Z und Ziffern (Leerzeichen werden ignoriert).
valid-eori-no-country = EORI-Nummer: Beginnen Sie mit dem zweistelligen Code des Landes, das sie vergeben hat, etwa DE oder FR (XI für Nordirland).
# $code: the two letters typed, which are not a country code.
valid-eori-unknown-country = EORI-Nummer: „{ $code }“ ist kein Ländercode; beginnen Sie mit dem Code des Landes, das die Nummer vergeben hat, etwa DE oder FR (XI für Nordirland).
valid-eori-no-number = EORI-Nummer: Fügen Sie nach dem Ländercode die 1 bis 15 Buchstaben oder Ziffern der Nummer hinzu.
valid-control-body-code-empty = Code der Kontrollstelle: Geben Sie den Code ein, etwa AT-BIO-301.
valid-control-body-code-shape = Code der Kontrollstelle: Schreiben Sie ihn in der Form Land-Begriff-Nummer, etwa AT-BIO-301: zwei Buchstaben, drei Buchstaben und bis zu drei Ziffern, durch Bindestriche getrennt.
# $code: the first part typed, which is not a country code.
valid-control-body-code-country = Code der Kontrollstelle: „{ $code }“ ist kein Ländercode nach ISO 3166-1; beginnen Sie mit dem Code des Landes, in dem die Kontrollen stattfinden.
# $term: the middle part typed, which is not an organic term.
valid-control-body-code-term = Code der Kontrollstelle: „{ $term }“ ist kein Öko-Begriff in Codes von Kontrollstellen; verwenden Sie BIO, ECO, EKO, OKO (ÖKO) oder ORG.
valid-control-body-code-number = Code der Kontrollstelle: Schließen Sie mit der ein- bis dreistelligen Kennnummer ab, etwa 301.

## Text fields of the operator form (name, address, city, postcode).

# $field: the field's label; $hint: what to enter (label-…-empty-hint).
valid-text-empty = { $field }: { $hint }.
# $field: the field's label; $hint: the characters the field takes (label-…-allowed-hint).
valid-text-bad-character = { $field }: { $hint } (keine < >, Steuerzeichen oder unsichtbaren Zeichen).
# $field: the field's label.
valid-text-no-letter-or-digit = { $field }: Muss mindestens einen Buchstaben oder eine Ziffer enthalten.

## Contact details: phone, fax, website.

# $field: the field's label (Phone, Fax).
valid-phone-no-plus = { $field }: Schreiben Sie die Nummer im internationalen Format, beginnend mit + und der Ländervorwahl, etwa +32 2 299 11 11.
# $field: the field's label (Phone, Fax).
valid-phone-bad-character = { $field }: Verwenden Sie nach dem + nur Ziffern, Leerzeichen, Bindestriche und Klammern.
# $field: the field's label (Phone, Fax); $min, $max: the least and most digits.
valid-phone-digits = { $field }: Geben Sie { $min } bis { $max } Ziffern an, einschließlich der Ländervorwahl.
valid-website-scheme = Website: Nur Adressen mit http:// und https:// werden akzeptiert.
valid-website-non-ascii = Website: Verwenden Sie in der Adresse nur Buchstaben a–z, Ziffern und die Zeichen - . /. Für eine Domain mit Akzenten verwenden Sie die Form mit xn--, die Ihr Browser anzeigt.
valid-website-shape = Website: Geben Sie eine Adresse wie www.example.org oder https://www.example.org/page ein.
valid-contact-missing = Kontakt: Geben Sie mindestens eines davon an: Telefon, Fax, E-Mail oder Website.
