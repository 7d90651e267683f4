## The shared validators (app/src/domain): the browser shows these messages as the user types,
## the server answers with the same ones. A message starts with the label of its field, so the
## reader knows which field it is about; labels are messages of their own (label-…), passed
## in as $field.

## Labels of fields and lists

label-username = Username
label-first-name = First name
label-last-name = Last name
label-email = E-mail
label-new-email = New e-mail
label-your-email = Your e-mail
label-email-language = E-mail language
label-interface-language = Interface language
label-password = Password
label-phone = Phone
label-your-phone = Your phone
label-fax = Fax
label-website = Website
label-name = Name
label-address = Address
label-city = City
label-postcode = Postcode
label-role = Role
label-authority-role = Authority role
label-section = Section
label-activity-type = Activity type

## What to enter in an empty field of the operator form, after “{ $field }: ” (valid-text-empty).

label-name-empty-hint = enter the name of the operator as registered
label-address-empty-hint = enter the street and number
label-city-empty-hint = enter the city
label-postcode-empty-hint = enter the postcode

## The characters a field of the operator form takes, after “{ $field }: ”
## (valid-text-bad-character). Keep the punctuation marks as they are: they are what the field takes.

label-name-allowed-hint = use letters, digits, spaces and . , - ' & ( ) / + : ; " ! only
label-address-allowed-hint = use letters, digits, spaces and . , - ' & ( ) / + : ; " # ° only
label-city-allowed-hint = use letters, digits, spaces and . , - ' ( ) / only
label-postcode-allowed-hint = use only letters A–Z, digits, spaces and hyphens

## Kinds of role, as the helpdesk letter names them, and what each covers.

label-role-kind-operator = Operator
label-role-kind-control-body = Organic Control Body
label-role-kind-authority = Authority
label-role-kind-operator-description = Importer, first consignee
label-role-kind-control-body-description = Organic Control Body or Control Authority
label-role-kind-authority-description = Border Control Post or Central Competent Authority

## Authority roles and the organic roles they act as. EAOC, OPL, CAFOP and CAOPL are the
## abbreviations of TRACES NT: they stay as they are.

label-authority-role-bcp = Border Control Post
label-authority-role-cca = Central Competent Authority
label-authority-role-bcp-acts-as = Endorsing Authority for Organic Certification
label-authority-role-cca-acts-as = Organic Production and Labelling
# $role: the authority role (Border Control Post); $acts_as_name: the organic role it acts as
# (Endorsing Authority for Organic Certification); $acts_as: its abbreviation (EAOC);
# $formerly: the earlier abbreviation in TRACES NT (CAFOP).
label-authority-role-description = { $role }: takes the role of { $acts_as_name } ({ $acts_as } – formerly { $formerly } in TRACES NT)

## Sections of the operator register and activity types of operators.

label-section-organic-operator = Organic operator
label-activity-importer = Importer
label-activity-first-consignee = First consignee
label-activity-exporter = Exporter
label-activity-producer = Producer
label-activity-processor = Processor

## Messages shared by several fields.

# $field: the field's label; $min: the least number of characters.
valid-too-short = { $field }: use at least { $min } characters.
# $field: the field's label; $max: the most characters the field takes.
valid-too-long = { $field }: use at most { $max } characters.
# $field: the label of the list.
valid-choice-missing = { $field }: choose one from the list.
# $field: the label of the list; $code: the value that was sent, as it was sent.
valid-choice-unknown = { $field }: “{ $code }” is not one of the choices; choose one from the list.

## EU Login account: username and names.

valid-username-empty = Username: enter a username.
valid-username-first-not-letter = Username: start with a letter (a–z).
valid-username-bad-character = Username: use only letters a–z, digits, dots, hyphens and underscores (no spaces or accents).
valid-first-name-empty = First name: enter your first name as in your identity document.
valid-last-name-empty = Last name: enter your last name as in your identity document.
# $field: First name or Last name.
valid-person-name-bad-character = { $field }: use letters, spaces, hyphens, apostrophes and dots only.
# $field: First name or Last name.
valid-person-name-no-letter = { $field }: must contain at least one letter.
# $field: First name or Last name; $word: the word of the name that looks like a company's.
valid-name-looks-like-organisation = { $field }: “{ $word }” looks like part of an organisation's name. Your EU Login account must be in the name of a real person: the names appear on certificates you sign.

## E-mail addresses.

# $field: the field's label (E-mail, New e-mail).
valid-email-empty = { $field }: enter your professional e-mail address.
# $field: the field's label (E-mail, New e-mail).
valid-email-shape = { $field }: enter an address like name@example.org, with one @ and no spaces.
# $field: the field's label (E-mail, New e-mail).
valid-email-domain = { $field }: the part after @ must be a domain like example.org.
valid-email-mismatch = Confirm e-mail: type the same address as in E-mail.
valid-email-confirm-empty = Confirm e-mail: type your e-mail address again.

## Passwords.

valid-password-empty = Password: enter a password.
# $min: the least number of characters.
valid-password-too-short = Password: use at least { $min } characters (a few words make a good one).
valid-password-weak = Password: this password is too easy to guess. Try a longer phrase of unrelated words.
# $hint: why, in the words of the strength checker: one sentence of the catalogs (error-password-…).
valid-password-weak-hint = Password: this password is too easy to guess. { $hint } Try a longer phrase of unrelated words.
valid-password-mismatch = Confirm password: type the same password twice.
valid-password-wrong-current = Current password: the password is not correct.

## The rest of the sign-up form.

valid-email-language-missing = E-mail language: choose the language of the e-mails you will receive.
valid-captcha-empty = Code: type the characters you see in the picture.
valid-captcha-too-long = Code: the code in the picture is shorter; type only its characters.
valid-privacy-not-accepted = Privacy statement: tick the box to confirm you have read it.

## Languages and instances named in a link or a form.

# $code: the language code that was sent.
valid-language-unknown = “{ $code }” is not one of the 24 official EU languages: choose one from the list.
# $field: the field's label (E-mail language); $code: the language code that was sent.
valid-language-unknown-for = { $field }: “{ $code }” is not one of the 24 official EU languages: choose one from the list.
# $slug: the part of the address that should name the instance. “production” and “training”
# are parts of addresses: keep them as they are.
valid-instance-unknown = “{ $slug }” is not a TRACES NT instance: use “production” or “training”.

## Rejecting an authorisation request.

valid-reason-missing = Reason: a rejection needs a reason; the requester reads it, so say what is wrong and what to do.
# $min: the least number of characters.
valid-reason-too-short = Reason: write at least { $min } characters, so the requester knows what to do.
# $max: the most characters a reason takes; $count: how many were written.
valid-reason-too-long = Reason: at most { $max } characters (you wrote { $count }).
valid-reason-control-characters = Reason: remove the control characters (only line breaks are allowed).

## Role kinds: each person takes one kind of role per instance.

# $existing: the kind of role the person has (Operator, Organic Control Body, Authority);
# $requested: the kind just requested.
valid-role-kind-other = Role: you already have the role kind “{ $existing }” on this instance, and each individual can only take one kind of role. You cannot request an “{ $requested }” role; you can request more “{ $existing }” posts.

## EORI numbers and control body codes. DE, FR, XI, AT-BIO-301, BIO, ECO, EKO, OKO (ÖKO) and
## ORG are codes: keep them as they are.

valid-eori-empty = EORI number: enter the EORI number.
valid-eori-required-for-importers = EORI number: enter the EORI number; it is mandatory for organic importers.
valid-eori-too-long = EORI number: use at most 17 characters: the two-letter country code and up to 15 letters or digits.
valid-eori-bad-character = EORI number: use only letters A–Z and digits (spaces are ignored).
valid-eori-no-country = EORI number: start with the two-letter code of the country that issued it, like DE or FR (XI for Northern Ireland).
# $code: the two letters typed, which are not a country code.
valid-eori-unknown-country = EORI number: “{ $code }” is not a country code; start with the code of the country that issued the number, like DE or FR (XI for Northern Ireland).
valid-eori-no-number = EORI number: after the country code, add the 1 to 15 letters or digits of the number.
valid-control-body-code-empty = Control body code: enter the code, like AT-BIO-301.
valid-control-body-code-shape = Control body code: write it as country-term-number, like AT-BIO-301: two letters, three letters and up to three digits, separated by hyphens.
# $code: the first part typed, which is not a country code.
valid-control-body-code-country = Control body code: “{ $code }” is not an ISO 3166-1 country code; start with the code of the country where the controls take place.
# $term: the middle part typed, which is not an organic term.
valid-control-body-code-term = Control body code: “{ $term }” is not an organic term of control body codes; use BIO, ECO, EKO, OKO (ÖKO) or ORG.
valid-control-body-code-number = Control body code: end with the reference number of one to three digits, like 301.

## Text fields of the operator form (name, address, city, postcode).

# $field: the field's label; $hint: what to enter (label-…-empty-hint).
valid-text-empty = { $field }: { $hint }.
# $field: the field's label; $hint: the characters the field takes (label-…-allowed-hint).
valid-text-bad-character = { $field }: { $hint } (no < >, control or invisible characters).
# $field: the field's label.
valid-text-no-letter-or-digit = { $field }: must contain at least one letter or digit.

## Contact details: phone, fax, website.

# $field: the field's label (Phone, Fax).
valid-phone-no-plus = { $field }: write the number in international format, starting with + and the country code, like +32 2 299 11 11.
# $field: the field's label (Phone, Fax).
valid-phone-bad-character = { $field }: after the +, use only digits, spaces, hyphens and parentheses.
# $field: the field's label (Phone, Fax); $min, $max: the least and most digits.
valid-phone-digits = { $field }: give { $min } to { $max } digits, country code included.
valid-website-scheme = Website: only http:// and https:// addresses are accepted.
valid-website-non-ascii = Website: write the address with letters a–z, digits and - . / only; for a domain with accents, use the xn-- form your browser shows.
valid-website-shape = Website: enter an address like www.example.org or https://www.example.org/page.
valid-contact-missing = Contact: give at least one of phone, fax, e-mail or website.
