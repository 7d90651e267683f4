## The shared validators (app/src/domain): the browser shows these messages as the user types,
## the server answers with the same ones. A message starts with the label of its field, so the
## reader knows which field it is about; labels are messages of their own (label-…), passed
## in as $field.

## Labels of fields and lists

label-username = Nazwa użytkownika
label-first-name = Imię
label-last-name = Nazwisko
label-email = Adres e-mail
label-new-email = Nowy adres e-mail
label-your-email = Twój adres e-mail
label-email-language = Język wiadomości e-mail
label-interface-language = Język interfejsu
label-password = Hasło
label-phone = Telefon
label-your-phone = Twój telefon
label-fax = Faks
label-website = Strona internetowa
label-name = Nazwa
label-address = Adres
label-city = Miejscowość
label-postcode = Kod pocztowy
label-role = Rola
label-authority-role = Rola organu
label-section = Sekcja
label-activity-type = Rodzaj działalności

## What to enter in an empty field of the operator form, after “{ $field }: ” (valid-text-empty).

label-name-empty-hint = wpisz zarejestrowaną nazwę podmiotu
label-address-empty-hint = wpisz ulicę i numer
label-city-empty-hint = wpisz miejscowość
label-postcode-empty-hint = wpisz kod pocztowy

## The characters a field of the operator form takes, after “{ $field }: ”
## (valid-text-bad-character). Keep the punctuation marks as they are: they are what the field takes.

label-name-allowed-hint = używaj wyłącznie liter, cyfr, spacji oraz znaków . , - ' & ( ) / + : ; " !
label-address-allowed-hint = używaj wyłącznie liter, cyfr, spacji oraz znaków . , - ' & ( ) / + : ; " # °
label-city-allowed-hint = używaj wyłącznie liter, cyfr, spacji oraz znaków . , - ' ( ) /
label-postcode-allowed-hint = używaj wyłącznie liter A–Z, cyfr, spacji i łączników

## Kinds of role, as the helpdesk letter names them, and what each covers.

label-role-kind-operator = Podmiot
label-role-kind-control-body = Jednostka certyfikująca w rolnictwie ekologicznym
label-role-kind-authority = Organ
label-role-kind-operator-description = Importer, pierwszy odbiorca
label-role-kind-control-body-description = Jednostka certyfikująca lub organ kontrolny w rolnictwie ekologicznym
label-role-kind-authority-description = Punkt kontroli granicznej lub centralny właściwy organ

## Authority roles and the organic roles they act as. EAOC, OPL, CAFOP and CAOPL are the
## abbreviations of TRACES NT: they stay as they are.

label-authority-role-bcp = Punkt kontroli granicznej
label-authority-role-cca = Centralny właściwy organ
label-authority-role-bcp-acts-as = Organ zatwierdzający w certyfikacji ekologicznej
label-authority-role-cca-acts-as = Produkcja ekologiczna i znakowanie
# $role: the authority role (Border Control Post); $acts_as_name: the organic role it acts as
# (Endorsing Authority for Organic Certification); $acts_as: its abbreviation (EAOC);
# $formerly: the earlier abbreviation in TRACES NT (CAFOP).
label-authority-role-description = { $role }: pełni rolę „{ $acts_as_name }” ({ $acts_as } – dawniej { $formerly } w TRACES NT)

## Sections of the operator register and activity types of operators.

label-section-organic-operator = Podmiot ekologiczny
label-activity-importer = Importer
label-activity-first-consignee = Pierwszy odbiorca
label-activity-exporter = Eksporter
label-activity-producer = Producent
label-activity-processor = Przetwórca

## Messages shared by several fields.

# $field: the field's label; $min: the least number of characters.
valid-too-short = { $field }: wpisz co najmniej { $min ->
        [one] { $min } znak
        [few] { $min } znaki
        [many] { $min } znaków
       *[other] { $min } znaku
    }.
# $field: the field's label; $max: the most characters the field takes.
valid-too-long = { $field }: wpisz maksymalnie { $max ->
        [one] { $max } znak
        [few] { $max } znaki
        [many] { $max } znaków
       *[other] { $max } znaku
    }.
# $field: the label of the list.
valid-choice-missing = { $field }: wybierz pozycję z listy.
# $field: the label of the list; $code: the value that was sent, as it was sent.
valid-choice-unknown = { $field }: „{ $code }” nie jest jedną z dostępnych opcji; wybierz pozycję z listy.

## EU Login account: username and names.

valid-username-empty = Nazwa użytkownika: wpisz nazwę użytkownika.
valid-username-first-not-letter = Nazwa użytkownika: zacznij od litery (a–z).
valid-username-bad-character = Nazwa użytkownika: używaj wyłącznie liter a–z, cyfr, kropek, łączników i podkreśleń (bez spacji i znaków diakrytycznych).
valid-first-name-empty = Imię: wpisz swoje imię zgodnie z dokumentem tożsamości.
valid-last-name-empty = Nazwisko: wpisz swoje nazwisko zgodnie z dokumentem tożsamości.
# $field: First name or Last name.
valid-person-name-bad-character = { $field }: używaj wyłącznie liter, spacji, łączników, apostrofów i kropek.
# $field: First name or Last name.
valid-person-name-no-letter = { $field }: musi zawierać co najmniej jedną literę.
# $field: First name or Last name; $word: the word of the name that looks like a company's.
valid-name-looks-like-organisation = { $field }: „{ $word }” wygląda na część nazwy organizacji. Konto EU Login musi być założone na rzeczywistą osobę: imię i nazwisko pojawiają się na podpisywanych przez Ciebie świadectwach.

## E-mail addresses.

# $field: the field's label (E-mail, New e-mail).
valid-email-empty = { $field }: wpisz swój służbowy adres e-mail.
# $field: the field's label (E-mail, New e-mail).
valid-email-shape = { $field }: wpisz adres w postaci name@example.org, z jednym znakiem @ i bez spacji.
# $field: the field's label (E-mail, New e-mail).
valid-email-domain = { $field }: część po znaku @ musi być domeną, np. example.org.
valid-email-mismatch = Potwierdź adres e-mail: wpisz ten sam adres co w polu „Adres e-mail”.
valid-email-confirm-empty = Potwierdź adres e-mail: wpisz ponownie swój adres e-mail.

## Passwords.

valid-password-empty = Hasło: wpisz hasło.
# $min: the least number of characters.
valid-password-too-short = Hasło: wpisz co najmniej { $min ->
        [one] { $min } znak
        [few] { $min } znaki
        [many] { $min } znaków
       *[other] { $min } znaku
    } (dobre hasło to kilka słów).
valid-password-weak = Hasło: to hasło jest zbyt łatwe do odgadnięcia. Spróbuj dłuższej frazy złożonej z niepowiązanych ze sobą słów.
# $hint: why, in the words of the strength checker: one sentence of the catalogs (error-password-…).
valid-password-weak-hint = Hasło: to hasło jest zbyt łatwe do odgadnięcia. { $hint } Spróbuj dłuższej frazy złożonej z niepowiązanych ze sobą słów.
valid-password-mismatch = Potwierdź hasło: wpisz dwa razy to samo hasło.
valid-password-wrong-current = Obecne hasło: hasło jest nieprawidłowe.

## The rest of the sign-up form.

valid-email-language-missing = Język wiadomości e-mail: wybierz język, w którym będziesz otrzymywać wiadomości e-mail.
valid-captcha-empty = Kod: wpisz znaki widoczne na obrazku.
valid-captcha-too-long = Kod: kod na obrazku jest krótszy; wpisz tylko jego znaki.
valid-privacy-not-accepted = Oświadczenie o ochronie prywatności: zaznacz pole, aby potwierdzić zapoznanie się z nim.

## Languages and instances named in a link or a form.

# $code: the language code that was sent.
valid-language-unknown = „{ $code }” nie jest jednym z 24 języków urzędowych UE: wybierz język z listy.
# $field: the field's label (E-mail language); $code: the language code that was sent.
valid-language-unknown-for = { $field }: „{ $code }” nie jest jednym z 24 języków urzędowych UE: wybierz język z listy.
# $slug: the part of the address that should name the instance. “production” and “training”
# are parts of addresses: keep them as they are.
valid-instance-unknown = „{ $slug }” nie jest instancją TRACES NT: użyj „production” lub „training”.

## Rejecting an authorisation request.

valid-reason-missing = Uzasadnienie: odrzucenie wymaga uzasadnienia; wnioskodawca je przeczyta, więc napisz, co jest nie tak i co należy zrobić.
# $min: the least number of characters.
valid-reason-too-short = Uzasadnienie: napisz co najmniej { $min ->
        [one] { $min } znak
        [few] { $min } znaki
        [many] { $min } znaków
       *[other] { $min } znaku
    }, aby wnioskodawca wiedział, co zrobić.
# $max: the most characters a reason takes; $count: how many were written.
valid-reason-too-long = Uzasadnienie: maksymalnie { $max ->
        [one] { $max } znak
        [few] { $max } znaki
        [many] { $max } znaków
       *[other] { $max } znaku
    } (wpisano { $count }).
valid-reason-control-characters = Uzasadnienie: usuń znaki sterujące (dozwolone są tylko podziały wierszy).

## Role kinds: each person takes one kind of role per instance.

# $existing: the kind of role the person has (Operator, Organic Control Body, Authority);
# $requested: the kind just requested.
valid-role-kind-other = Rola: masz już w tej instancji rolę typu „{ $existing }”, a każda osoba może mieć tylko jeden typ roli. Nie możesz złożyć wniosku o rolę typu „{ $requested }”; możesz natomiast wnioskować o kolejne stanowiska typu „{ $existing }”.

## EORI numbers and control body codes. DE, FR, XI, AT-BIO-301, BIO, ECO, EKO, OKO (ÖKO) and
## ORG are codes: keep them as they are.

valid-eori-empty = Numer EORI: wpisz numer EORI.
valid-eori-required-for-importers = Numer EORI: wpisz numer EORI; jest on obowiązkowy dla importerów produktów ekologicznych.
valid-eori-too-long = Numer EORI: wpisz maksymalnie 17 znaków: dwuliterowy kod kraju i do 15 liter lub cyfr.
valid-eori-bad-character = Numer EORI: używaj wyłącznie liter A–Z i cyfr (spacje są pomijane).
valid-eori-no-country = Numer EORI: zacznij od dwuliterowego kodu kraju, który wydał numer, np. DE lub FR (XI dla Irlandii Północnej).
# $code: the two letters typed, which are not a country code.
valid-eori-unknown-country = Numer EORI: „{ $code }” nie jest kodem kraju; zacznij od kodu kraju, który wydał numer, np. DE lub FR (XI dla Irlandii Północnej).
valid-eori-no-number = Numer EORI: po kodzie kraju dodaj numer składający się z 1–15 liter lub cyfr.
valid-control-body-code-empty = Kod jednostki certyfikującej: wpisz kod, np. AT-BIO-301.
valid-control-body-code-shape = Kod jednostki certyfikującej: zapisz go w postaci kraj-termin-numer, np. AT-BIO-301: dwie litery, trzy litery i maksymalnie trzy cyfry, oddzielone łącznikami.
# $code: the first part typed, which is not a country code.
valid-control-body-code-country = Kod jednostki certyfikującej: „{ $code }” nie jest kodem kraju według ISO 3166-1; zacznij od kodu kraju, w którym prowadzone są kontrole.
# $term: the middle part typed, which is not an organic term.
valid-control-body-code-term = Kod jednostki certyfikującej: „{ $term }” nie jest terminem ekologicznym stosowanym w kodach jednostek certyfikujących; użyj BIO, ECO, EKO, OKO (ÖKO) lub ORG.
valid-control-body-code-number = Kod jednostki certyfikującej: zakończ numerem referencyjnym złożonym z jednej do trzech cyfr, np. 301.

## Text fields of the operator form (name, address, city, postcode).

# $field: the field's label; $hint: what to enter (label-…-empty-hint).
valid-text-empty = { $field }: { $hint }.
# $field: the field's label; $hint: the characters the field takes (label-…-allowed-hint).
valid-text-bad-character = { $field }: { $hint } (bez znaków < >, sterujących ani niewidocznych).
# $field: the field's label.
valid-text-no-letter-or-digit = { $field }: musi zawierać co najmniej jedną literę lub cyfrę.

## Contact details: phone, fax, website.

# $field: the field's label (Phone, Fax).
valid-phone-no-plus = { $field }: wpisz numer w formacie międzynarodowym, zaczynając od + i kodu kraju, np. +32 2 299 11 11.
# $field: the field's label (Phone, Fax).
valid-phone-bad-character = { $field }: po znaku + używaj wyłącznie cyfr, spacji, łączników i nawiasów.
# $field: the field's label (Phone, Fax); $min, $max: the least and most digits.
valid-phone-digits = { $field }: podaj od { $min } do { $max } cyfr, łącznie z kodem kraju.
valid-website-scheme = Strona internetowa: akceptowane są wyłącznie adresy http:// i https://.
valid-website-non-ascii = Strona internetowa: zapisz adres literami a–z, cyframi oraz znakami - . / ; w przypadku domeny ze znakami diakrytycznymi użyj formy xn--, którą pokazuje przeglądarka.
valid-website-shape = Strona internetowa: wpisz adres w postaci www.example.org lub https://www.example.org/page.
valid-contact-missing = Kontakt: podaj co najmniej jedną z tych danych: telefon, faks, adres e-mail lub stronę internetową.
