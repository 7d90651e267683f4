## The shared validators (app/src/domain): the browser shows these messages as the user types,
## the server answers with the same ones. A message starts with the label of its field, so the
## reader knows which field it is about; labels are messages of their own (label-…), passed
## in as $field.

## Labels of fields and lists

label-username = Nombre de usuario
label-first-name = Nombre
label-last-name = Apellidos
label-email = Correo electrónico
label-new-email = Nuevo correo electrónico
label-your-email = Su correo electrónico
label-email-language = Idioma de los correos electrónicos
label-interface-language = Idioma de la interfaz
label-password = Contraseña
label-phone = Teléfono
label-your-phone = Su teléfono
label-fax = Fax
label-website = Sitio web
label-name = Nombre
label-address = Dirección
label-city = Ciudad
label-postcode = Código postal
label-role = Rol
label-authority-role = Rol de la autoridad
label-section = Sección
label-activity-type = Tipo de actividad

## What to enter in an empty field of the operator form, after “{ $field }: ” (valid-text-empty).

label-name-empty-hint = introduzca el nombre del operador tal como está registrado
label-address-empty-hint = introduzca la calle y el número
label-city-empty-hint = introduzca la ciudad
label-postcode-empty-hint = introduzca el código postal

## The characters a field of the operator form takes, after “{ $field }: ”
## (valid-text-bad-character). Keep the punctuation marks as they are: they are what the field takes.

label-name-allowed-hint = utilice solo letras, cifras, espacios y . , - ' & ( ) / + : ; " !
label-address-allowed-hint = utilice solo letras, cifras, espacios y . , - ' & ( ) / + : ; " # °
label-city-allowed-hint = utilice solo letras, cifras, espacios y . , - ' ( ) /
label-postcode-allowed-hint = utilice solo letras A–Z, cifras, espacios y guiones

## Kinds of role, as the helpdesk letter names them, and what each covers.

label-role-kind-operator = Operador
label-role-kind-control-body = Organismo de control ecológico
label-role-kind-authority = Autoridad
label-role-kind-operator-description = Importador, primer destinatario
label-role-kind-control-body-description = Organismo de control ecológico o autoridad de control
label-role-kind-authority-description = Puesto de control fronterizo o autoridad competente central

## Authority roles and the organic roles they act as. EAOC, OPL, CAFOP and CAOPL are the
## abbreviations of TRACES NT: they stay as they are.

label-authority-role-bcp = Puesto de control fronterizo
label-authority-role-cca = Autoridad competente central
label-authority-role-bcp-acts-as = Autoridad de refrendo de la certificación ecológica
label-authority-role-cca-acts-as = Producción ecológica y etiquetado
# $role: the authority role (Border Control Post); $acts_as_name: the organic role it acts as
# (Endorsing Authority for Organic Certification); $acts_as: its abbreviation (EAOC);
# $formerly: the earlier abbreviation in TRACES NT (CAFOP).
label-authority-role-description = { $role }: asume el rol de «{ $acts_as_name }» ({ $acts_as }; antes { $formerly } en TRACES NT)

## Sections of the operator register and activity types of operators.

label-section-organic-operator = Operador ecológico
label-activity-importer = Importador
label-activity-first-consignee = Primer destinatario
label-activity-exporter = Exportador
label-activity-producer = Productor
label-activity-processor = Transformador

## Messages shared by several fields.

# $field: the field's label; $min: the least number of characters.
valid-too-short = { $field }: utilice al menos { $min } caracteres.
# $field: the field's label; $max: the most characters the field takes.
valid-too-long = { $field }: utilice como máximo { $max } caracteres.
# $field: the label of the list.
valid-choice-missing = { $field }: elija una opción de la lista.
# $field: the label of the list; $code: the value that was sent, as it was sent.
valid-choice-unknown = { $field }: «{ $code }» no es una de las opciones; elija una opción de la lista.

## EU Login account: username and names.

valid-username-empty = Nombre de usuario: introduzca un nombre de usuario.
valid-username-first-not-letter = Nombre de usuario: empiece por una letra (a–z).
valid-username-bad-character = Nombre de usuario: utilice solo letras a–z, cifras, puntos, guiones y guiones bajos (sin espacios ni tildes).
valid-first-name-empty = Nombre: introduzca su nombre tal como figura en su documento de identidad.
valid-last-name-empty = Apellidos: introduzca sus apellidos tal como figuran en su documento de identidad.
# $field: First name or Last name.
valid-person-name-bad-character = { $field }: utilice solo letras, espacios, guiones, apóstrofos y puntos.
# $field: First name or Last name.
valid-person-name-no-letter = { $field }: debe contener al menos una letra.
# $field: First name or Last name; $word: the word of the name that looks like a company's.
valid-name-looks-like-organisation = { $field }: «{ $word }» parece parte del nombre de una organización. Su cuenta de EU Login debe estar a nombre de una persona física: los nombres aparecen en los certificados que usted firma.

## E-mail addresses.

# $field: the field's label (E-mail, New e-mail).
valid-email-empty = { $field }: introduzca su dirección de correo electrónico profesional.
# $field: the field's label (E-mail, New e-mail).
valid-email-shape = { $field }: introduzca una dirección como name@example.org, con una sola @ y sin espacios.
# $field: the field's label (E-mail, New e-mail).
valid-email-domain = { $field }: la parte que sigue a la @ debe ser un dominio como example.org.
valid-email-mismatch = Confirmar correo electrónico: escriba la misma dirección que en «Correo electrónico».
valid-email-confirm-empty = Confirmar correo electrónico: escriba de nuevo su dirección de correo electrónico.

## Passwords.

valid-password-empty = Contraseña: introduzca una contraseña.
# $min: the least number of characters.
valid-password-too-short = Contraseña: utilice al menos { $min } caracteres (unas cuantas palabras forman una buena contraseña).
valid-password-weak = Contraseña: esta contraseña es demasiado fácil de adivinar. Pruebe con una frase más larga, formada por palabras sin relación entre sí.
# $hint: why, in the words of the strength checker: one sentence of the catalogs (error-password-…).
valid-password-weak-hint = Contraseña: esta contraseña es demasiado fácil de adivinar. { $hint } Pruebe con una frase más larga, formada por palabras sin relación entre sí.
valid-password-mismatch = Confirmar contraseña: escriba la misma contraseña dos veces.
valid-password-wrong-current = Contraseña actual: la contraseña no es correcta.

## The rest of the sign-up form.

valid-email-language-missing = Idioma de los correos electrónicos: elija el idioma de los correos que recibirá.
valid-captcha-empty = Código: escriba los caracteres que ve en la imagen.
valid-captcha-too-long = Código: el código de la imagen es más corto; escriba solo sus caracteres.
valid-privacy-not-accepted = Declaración de privacidad: marque la casilla para confirmar que la ha leído.

## Languages and instances named in a link or a form.

# $code: the language code that was sent.
valid-language-unknown = «{ $code }» no es una de las 24 lenguas oficiales de la UE: elija una de la lista.
# $field: the field's label (E-mail language); $code: the language code that was sent.
valid-language-unknown-for = { $field }: «{ $code }» no es una de las 24 lenguas oficiales de la UE: elija una de la lista.
# $slug: the part of the address that should name the instance. “production” and “training”
# are parts of addresses: keep them as they are.
valid-instance-unknown = «{ $slug }» no es una instancia de TRACES NT: utilice «production» o «training».

## Rejecting an authorisation request.

valid-reason-missing = Motivo: un rechazo necesita un motivo; el solicitante lo leerá, así que indique qué está mal y qué debe hacer.
# $min: the least number of characters.
valid-reason-too-short = Motivo: escriba al menos { $min } caracteres, para que el solicitante sepa qué hacer.
# $max: the most characters a reason takes; $count: how many were written.
valid-reason-too-long = Motivo: como máximo { $max } caracteres (ha escrito { $count }).
valid-reason-control-characters = Motivo: elimine los caracteres de control (solo se permiten saltos de línea).

## Role kinds: each person takes one kind of role per instance.

# $existing: the kind of role the person has (Operator, Organic Control Body, Authority);
# $requested: the kind just requested.
valid-role-kind-other = Rol: ya tiene el tipo de rol «{ $existing }» en esta instancia, y cada persona solo puede tener un tipo de rol. No puede solicitar un rol de tipo «{ $requested }»; puede solicitar más puestos de tipo «{ $existing }».

## EORI numbers and control body codes. DE, FR, XI, AT-BIO-301, BIO, ECO, EKO, OKO (ÖKO) and
## ORG are codes: keep them as they are.

valid-eori-empty = Número EORI: introduzca el número EORI.
valid-eori-required-for-importers = Número EORI: introduzca el número EORI; es obligatorio para los importadores de productos ecológicos.
valid-eori-too-long = Número EORI: utilice como máximo 17 caracteres: el código de país de dos letras y hasta 15 letras o cifras.
valid-eori-bad-character = Número EORI: utilice solo letras A–Z y cifras (los espacios no se tienen en cuenta).
valid-eori-no-country = Número EORI: empiece por el código de dos letras del país que lo expidió, como DE o FR (XI para Irlanda del Norte).
# $code: the two letters typed, which are not a country code.
valid-eori-unknown-country = Número EORI: «{ $code }» no es un código de país; empiece por el código del país que expidió el número, como DE o FR (XI para Irlanda del Norte).
valid-eori-no-number = Número EORI: después del código de país, añada las letras o cifras del número (de 1 a 15).
valid-control-body-code-empty = Código del organismo de control: introduzca el código, por ejemplo AT-BIO-301.
valid-control-body-code-shape = Código del organismo de control: escríbalo con la forma país-término-número, por ejemplo AT-BIO-301: dos letras, tres letras y hasta tres cifras, separadas por guiones.
# $code: the first part typed, which is not a country code.
valid-control-body-code-country = Código del organismo de control: «{ $code }» no es un código de país ISO 3166-1; empiece por el código del país donde se realizan los controles.
# $term: the middle part typed, which is not an organic term.
valid-control-body-code-term = Código del organismo de control: «{ $term }» no es un término ecológico de los códigos de organismos de control; utilice BIO, ECO, EKO, OKO (ÖKO) u ORG.
valid-control-body-code-number = Código del organismo de control: termine con el número de referencia, de una a tres cifras, por ejemplo 301.

## Text fields of the operator form (name, address, city, postcode).

# $field: the field's label; $hint: what to enter (label-…-empty-hint).
valid-text-empty = { $field }: { $hint }.
# $field: the field's label; $hint: the characters the field takes (label-…-allowed-hint).
valid-text-bad-character = { $field }: { $hint } (sin < >, caracteres de control ni caracteres invisibles).
# $field: the field's label.
valid-text-no-letter-or-digit = { $field }: debe contener al menos una letra o una cifra.

## Contact details: phone, fax, website.

# $field: the field's label (Phone, Fax).
valid-phone-no-plus = { $field }: escriba el número en formato internacional, empezando por + y el prefijo del país, por ejemplo +32 2 299 11 11.
# $field: the field's label (Phone, Fax).
valid-phone-bad-character = { $field }: después del +, utilice solo cifras, espacios, guiones y paréntesis.
# $field: the field's label (Phone, Fax); $min, $max: the least and most digits.
valid-phone-digits = { $field }: indique entre { $min } y { $max } cifras, prefijo del país incluido.
valid-website-scheme = Sitio web: solo se aceptan direcciones http:// y https://.
valid-website-non-ascii = Sitio web: escriba la dirección solo con letras a–z, cifras y los signos - . /. Para un dominio con tildes, utilice la forma xn-- que muestra su navegador.
valid-website-shape = Sitio web: introduzca una dirección como www.example.org o https://www.example.org/page.
valid-contact-missing = Contacto: indique al menos uno de estos datos: teléfono, fax, correo electrónico o sitio web.
