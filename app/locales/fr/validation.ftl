## The shared validators (app/src/domain): the browser shows these messages as the user types,
## the server answers with the same ones. A message starts with the label of its field, so the
## reader knows which field it is about; labels are messages of their own (label-…), passed
## in as $field.

## Labels of fields and lists

label-username = Nom d’utilisateur
label-first-name = Prénom
label-last-name = Nom de famille
label-email = Adresse électronique
label-new-email = Nouvelle adresse électronique
label-your-email = Votre adresse électronique
label-email-language = Langue des courriels
label-interface-language = Langue de l’interface
label-password = Mot de passe
label-phone = Téléphone
label-your-phone = Votre téléphone
label-fax = Fax
label-website = Site web
label-name = Nom
label-address = Adresse
label-city = Ville
label-postcode = Code postal
label-role = Rôle
label-authority-role = Rôle de l’autorité
label-section = Section
label-activity-type = Type d’activité

## What to enter in an empty field of the operator form, after “{ $field }: ” (valid-text-empty).

label-name-empty-hint = saisissez le nom de l’opérateur tel qu’il est enregistré
label-address-empty-hint = saisissez la rue et le numéro
label-city-empty-hint = saisissez la ville
label-postcode-empty-hint = saisissez le code postal

## The characters a field of the operator form takes, after “{ $field }: ”
## (valid-text-bad-character). Keep the punctuation marks as they are: they are what the field takes.

label-name-allowed-hint = utilisez uniquement des lettres, des chiffres, des espaces et . , - ' & ( ) / + : ; " !
label-address-allowed-hint = utilisez uniquement des lettres, des chiffres, des espaces et . , - ' & ( ) / + : ; " # °
label-city-allowed-hint = utilisez uniquement des lettres, des chiffres, des espaces et . , - ' ( ) /
label-postcode-allowed-hint = utilisez uniquement des lettres A–Z, des chiffres, des espaces et des traits d’union

## Kinds of role, as the helpdesk letter names them, and what each covers.

label-role-kind-operator = Opérateur
label-role-kind-control-body = Organisme de contrôle biologique
label-role-kind-authority = Autorité
label-role-kind-operator-description = Importateur, premier destinataire
label-role-kind-control-body-description = Organisme de contrôle biologique ou autorité de contrôle
label-role-kind-authority-description = Poste de contrôle frontalier ou autorité compétente centrale

## Authority roles and the organic roles they act as. EAOC, OPL, CAFOP and CAOPL are the
## abbreviations of TRACES NT: they stay as they are.

label-authority-role-bcp = Poste de contrôle frontalier
label-authority-role-cca = Autorité compétente centrale
label-authority-role-bcp-acts-as = Autorité de visa pour la certification biologique
label-authority-role-cca-acts-as = Production biologique et étiquetage
# $role: the authority role (Border Control Post); $acts_as_name: the organic role it acts as
# (Endorsing Authority for Organic Certification); $acts_as: its abbreviation (EAOC);
# $formerly: the earlier abbreviation in TRACES NT (CAFOP).
label-authority-role-description = { $role } : assume le rôle « { $acts_as_name } » ({ $acts_as } – anciennement { $formerly } dans TRACES NT)

## Sections of the operator register and activity types of operators.

label-section-organic-operator = Opérateur biologique
label-activity-importer = Importateur
label-activity-first-consignee = Premier destinataire
label-activity-exporter = Exportateur
label-activity-producer = Producteur
label-activity-processor = Transformateur

## Messages shared by several fields.

# $field: the field's label; $min: the least number of characters.
valid-too-short = { $field } : utilisez au moins { $min } caractères.
# $field: the field's label; $max: the most characters the field takes.
valid-too-long = { $field } : utilisez au plus { $max } caractères.
# $field: the label of the list.
valid-choice-missing = { $field } : choisissez une option dans la liste.
# $field: the label of the list; $code: the value that was sent, as it was sent.
valid-choice-unknown = { $field } : « { $code } » ne fait pas partie des choix possibles ; choisissez une option dans la liste.

## EU Login account: username and names.

valid-username-empty = Nom d’utilisateur : saisissez un nom d’utilisateur.
valid-username-first-not-letter = Nom d’utilisateur : commencez par une lettre (a–z).
valid-username-bad-character = Nom d’utilisateur : utilisez uniquement des lettres a–z, des chiffres, des points, des traits d’union et des traits de soulignement (ni espaces ni accents).
valid-first-name-empty = Prénom : saisissez votre prénom tel qu’il figure sur votre pièce d’identité.
valid-last-name-empty = Nom de famille : saisissez votre nom de famille tel qu’il figure sur votre pièce d’identité.
# $field: First name or Last name.
valid-person-name-bad-character = { $field } : utilisez uniquement des lettres, des espaces, des traits d’union, des apostrophes et des points.
# $field: First name or Last name.
valid-person-name-no-letter = { $field } : doit contenir au moins une lettre.
# $field: First name or Last name; $word: the word of the name that looks like a company's.
valid-name-looks-like-organisation = { $field } : « { $word } » ressemble à une partie du nom d’une organisation. Votre compte EU Login doit être au nom d’une personne physique : les noms figurent sur les certificats que vous signez.

## E-mail addresses.

# $field: the field's label (E-mail, New e-mail).
valid-email-empty = { $field } : saisissez votre adresse électronique professionnelle.
# $field: the field's label (E-mail, New e-mail).
valid-email-shape = { $field } : saisissez une adresse comme name@example.org, avec un seul @ et sans espaces.
# $field: the field's label (E-mail, New e-mail).
valid-email-domain = { $field } : la partie après le @ doit être un domaine comme example.org.
valid-email-mismatch = Confirmer l’adresse électronique : saisissez la même adresse que dans « Adresse électronique ».
valid-email-confirm-empty = Confirmer l’adresse électronique : saisissez à nouveau votre adresse électronique.

## Passwords.

valid-password-empty = Mot de passe : saisissez un mot de passe.
# $min: the least number of characters.
valid-password-too-short = Mot de passe : utilisez au moins { $min } caractères (quelques mots font un bon mot de passe).
valid-password-weak = Mot de passe : ce mot de passe est trop facile à deviner. Essayez une phrase plus longue, composée de mots sans rapport entre eux.
# $hint: why, in the words of the strength checker: one sentence of the catalogs (error-password-…).
valid-password-weak-hint = Mot de passe : ce mot de passe est trop facile à deviner. { $hint } Essayez une phrase plus longue, composée de mots sans rapport entre eux.
valid-password-mismatch = Confirmer le mot de passe : saisissez deux fois le même mot de passe.
valid-password-wrong-current = Mot de passe actuel : le mot de passe n’est pas correct.

## The rest of the sign-up form.

valid-email-language-missing = Langue des courriels : choisissez la langue des courriels que vous recevrez.
valid-captcha-empty = Code : saisissez les caractères que vous voyez dans l’image.
valid-captcha-too-long = Code : le code de l’image est plus court ; saisissez uniquement ses caractères.
valid-privacy-not-accepted = Déclaration de confidentialité : cochez la case pour confirmer que vous l’avez lue.

## Languages and instances named in a link or a form.

# $code: the language code that was sent.
valid-language-unknown = « { $code } » n’est pas l’une des 24 langues officielles de l’UE : choisissez-en une dans la liste.
# $field: the field's label (E-mail language); $code: the language code that was sent.
valid-language-unknown-for = { $field } : « { $code } » n’est pas l’une des 24 langues officielles de l’UE : choisissez-en une dans la liste.
# $slug: the part of the address that should name the instance. “production” and “training”
# are parts of addresses: keep them as they are.
valid-instance-unknown = « { $slug } » n’est pas une instance de TRACES NT : utilisez « production » ou « training ».

## Rejecting an authorisation request.

valid-reason-missing = Motif : un refus doit être motivé ; le demandeur lira le motif, indiquez donc ce qui ne va pas et ce qu’il faut faire.
# $min: the least number of characters.
valid-reason-too-short = Motif : écrivez au moins { $min } caractères, afin que le demandeur sache quoi faire.
# $max: the most characters a reason takes; $count: how many were written.
valid-reason-too-long = Motif : { $max } caractères au plus (vous en avez écrit { $count }).
valid-reason-control-characters = Motif : supprimez les caractères de contrôle (seuls les sauts de ligne sont autorisés).

## Role kinds: each person takes one kind of role per instance.

# $existing: the kind of role the person has (Operator, Organic Control Body, Authority);
# $requested: the kind just requested.
valid-role-kind-other = Rôle : vous avez déjà un rôle de type « { $existing } » sur cette instance, et chaque personne ne peut avoir qu’un seul type de rôle. Vous ne pouvez pas demander un rôle de type « { $requested } » ; vous pouvez demander d’autres postes de type « { $existing } ».

## EORI numbers and control body codes. DE, FR, XI, AT-BIO-301, BIO, ECO, EKO, OKO (ÖKO) and
## ORG are codes: keep them as they are.

valid-eori-empty = Numéro EORI : saisissez le numéro EORI.
valid-eori-required-for-importers = Numéro EORI : saisissez le numéro EORI ; il est obligatoire pour les importateurs de produits biologiques.
valid-eori-too-long = Numéro EORI : utilisez au plus 17 caractères : le code pays à deux lettres et jusqu’à 15 lettres ou chiffres.
valid-eori-bad-character = Numéro EORI : utilisez uniquement des lettres A–Z et des chiffres (les espaces sont ignorés).
valid-eori-no-country = Numéro EORI : commencez par le code à deux lettres du pays qui l’a attribué, comme DE ou FR (XI pour l’Irlande du Nord).
# $code: the two letters typed, which are not a country code.
valid-eori-unknown-country = Numéro EORI : « { $code } » n’est pas un code pays ; commencez par le code du pays qui a attribué le numéro, comme DE ou FR (XI pour l’Irlande du Nord).
valid-eori-no-number = Numéro EORI : après le code pays, ajoutez les 1 à 15 lettres ou chiffres du numéro.
valid-control-body-code-empty = Code de l’organisme de contrôle : saisissez le code, par exemple AT-BIO-301.
valid-control-body-code-shape = Code de l’organisme de contrôle : écrivez-le sous la forme pays-terme-numéro, par exemple AT-BIO-301 : deux lettres, trois lettres et jusqu’à trois chiffres, séparés par des traits d’union.
# $code: the first part typed, which is not a country code.
valid-control-body-code-country = Code de l’organisme de contrôle : « { $code } » n’est pas un code pays ISO 3166-1 ; commencez par le code du pays où les contrôles ont lieu.
# $term: the middle part typed, which is not an organic term.
valid-control-body-code-term = Code de l’organisme de contrôle : « { $term } » n’est pas un terme biologique utilisé dans les codes des organismes de contrôle ; utilisez BIO, ECO, EKO, OKO (ÖKO) ou ORG.
valid-control-body-code-number = Code de l’organisme de contrôle : terminez par le numéro de référence d’un à trois chiffres, par exemple 301.

## Text fields of the operator form (name, address, city, postcode).

# $field: the field's label; $hint: what to enter (label-…-empty-hint).
valid-text-empty = { $field } : { $hint }.
# $field: the field's label; $hint: the characters the field takes (label-…-allowed-hint).
valid-text-bad-character = { $field } : { $hint } (pas de < >, ni de caractères de contrôle ou invisibles).
# $field: the field's label.
valid-text-no-letter-or-digit = { $field } : doit contenir au moins une lettre ou un chiffre.

## Contact details: phone, fax, website.

# $field: the field's label (Phone, Fax).
valid-phone-no-plus = { $field } : écrivez le numéro au format international, en commençant par + et l’indicatif du pays, par exemple +32 2 299 11 11.
# $field: the field's label (Phone, Fax).
valid-phone-bad-character = { $field } : après le +, utilisez uniquement des chiffres, des espaces, des traits d’union et des parenthèses.
# $field: the field's label (Phone, Fax); $min, $max: the least and most digits.
valid-phone-digits = { $field } : indiquez de { $min } à { $max } chiffres, indicatif du pays compris.
valid-website-scheme = Site web : seules les adresses http:// et https:// sont acceptées.
valid-website-non-ascii = Site web : n’utilisez dans l’adresse que des lettres a–z, des chiffres et les signes - . /. Pour un domaine avec des accents, utilisez la forme xn-- qu’affiche votre navigateur.
valid-website-shape = Site web : saisissez une adresse comme www.example.org ou https://www.example.org/page.
valid-contact-missing = Contact : indiquez au moins un moyen de contact : téléphone, fax, adresse électronique ou site web.
