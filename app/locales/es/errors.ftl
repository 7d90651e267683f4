## Errors any server function can answer with (api::ApiError).

# $count: how many fields have a problem (2 or more).
error-fields-need-attention = { $count } campos requieren su atención.
error-unauthenticated = Inicie sesión primero.
error-forbidden = No tiene permiso para realizar esta acción.
error-login-failed = No se ha podido iniciar sesión: la dirección de correo electrónico o la contraseña no son correctas, o la cuenta está bloqueada durante 15 minutos tras demasiados intentos. Compruebe ambas e inténtelo de nuevo, o utilice «¿Ha olvidado su contraseña?».
error-cross-site = Esta petición procedía de otro sitio web y ha sido rechazada.
# $seconds: how long to wait.
error-rate-limited = Demasiados intentos. Espere { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    } e inténtelo de nuevo.
error-too-large = La petición es demasiado grande: ningún campo de este formulario admite más de unos pocos miles de caracteres. Acorte lo que ha introducido e inténtelo de nuevo.
error-storage-unavailable = El servidor no puede guardar nada en este momento porque su almacenamiento está lleno o es de solo lectura. No se ha guardado nada de lo que ha introducido. Inténtelo de nuevo más tarde; si el problema persiste, avise al servicio de asistencia.
error-internal = Algo ha fallado por nuestra parte. Inténtelo de nuevo dentro de un momento.
error-unavailable = No se ha podido conectar con el servidor. Compruebe su conexión e inténtelo de nuevo.
# $detail: the decoder's words, in English.
error-unreadable-request = No se ha podido leer la petición: { $detail }

## EU Login: sign-up, the e-mailed links, login and the account page.

# $minutes: how long a link works after its e-mail is sent.
error-link-expired = Este enlace ha caducado: los enlaces funcionan durante { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } después del envío del correo electrónico. Solicite un nuevo correo electrónico a continuación.
error-link-not-valid = Este enlace no es válido. Copie el enlace completo del correo electrónico en la barra de direcciones, o solicite un nuevo correo electrónico a continuación.
error-link-used = Este enlace ya se ha utilizado: cada enlace funciona una sola vez. Si necesita establecer de nuevo su contraseña, solicite un nuevo correo electrónico a continuación.
error-link-superseded = Después de este correo electrónico se envió otro más reciente: solo funciona el enlace del correo más reciente. Utilice ese, o solicite un nuevo correo electrónico a continuación.
error-link-not-for-password = Este enlace sirve para confirmar una dirección de correo electrónico, no para una contraseña.
error-link-not-for-email = Este enlace sirve para establecer una contraseña, no para confirmar una dirección de correo electrónico.
error-link-used-meanwhile = Este enlace se ha utilizado o sustituido hace un momento. Solicite uno nuevo en la página de su cuenta.
error-email-now-taken = Esta dirección la utiliza ahora otra cuenta de EU Login, por lo que no puede pasar a ser suya. Elija otra dirección en la página de su cuenta.
# $username: the username the person chose.
error-username-taken = Nombre de usuario: «{ $username }» ya está en uso. Elija otro.
error-login-password-empty = Contraseña: introduzca su contraseña.
error-new-email-confirmation = Confirmar nuevo correo electrónico: escriba la misma dirección que en «Nuevo correo electrónico».
error-new-email-unchanged = Nuevo correo electrónico: esta ya es la dirección de su cuenta.
# $domain: the training demo's mail domain (demo.traces-training.example).
error-new-email-demo-address = Nuevo correo electrónico: las direcciones de { $domain } son solo para el entorno de formación: cualquiera puede leer el correo que reciben en el buzón de demostración y hacerse con su función o sus solicitudes pendientes en producción. Conserve una dirección propia.

## The “Code” field of the sign-up and lost-password forms (the captcha).

error-captcha-empty = Código: escriba los caracteres que ve en la imagen.
error-captcha-expired = Código: esta imagen ha caducado. Escriba los caracteres de la nueva imagen.
error-captcha-used = Código: esta imagen ya se ha utilizado. Escriba los caracteres de la nueva imagen.
error-captcha-wrong = Código: los caracteres no coinciden con la imagen. Escriba los caracteres de la nueva imagen.

## Hints of the password strength meter: the length rule, then zxcvbn's warnings and suggestions.

# $min: the fewest characters a password may have.
error-password-too-short-hint = Utilice al menos { $min } caracteres.
error-password-straight-rows = Las filas rectas de teclas son fáciles de adivinar.
error-password-short-keyboard-patterns = Los patrones de teclado cortos son fáciles de adivinar.
error-password-repeats-aaa = Las repeticiones como «aaa» son fáciles de adivinar.
error-password-repeats-abcabc = Las repeticiones como «abcabcabc» son solo un poco más difíciles de adivinar que «abc».
error-password-top-10 = Esta es una de las 10 contraseñas más comunes.
error-password-top-100 = Esta es una de las 100 contraseñas más comunes.
error-password-common = Esta es una contraseña muy común.
error-password-similar-to-common = Esta contraseña se parece a una contraseña de uso común.
error-password-sequences = Las secuencias como abc o 6543 son fáciles de adivinar.
error-password-recent-years = Los años recientes son fáciles de adivinar.
error-password-single-word = Una palabra sola es fácil de adivinar.
error-password-dates = Las fechas suelen ser fáciles de adivinar.
error-password-names-by-themselves = Los nombres y apellidos por sí solos son fáciles de adivinar.
error-password-common-names = Los nombres y apellidos comunes son fáciles de adivinar.
error-password-use-a-few-words = Utilice varias palabras y evite las frases habituales.
error-password-no-need-for-symbols = No hacen falta símbolos, cifras ni mayúsculas.
error-password-add-a-word = Añada una o dos palabras más. Las palabras poco comunes son mejores.
error-password-capitalization = Las mayúsculas no ayudan mucho.
error-password-all-uppercase = Todo en mayúsculas es casi tan fácil de adivinar como todo en minúsculas.
error-password-reversed-words = Las palabras escritas al revés no son mucho más difíciles de adivinar.
error-password-substitutions = Las sustituciones previsibles, como «@» en lugar de «a», no ayudan mucho.
error-password-longer-keyboard-pattern = Utilice un patrón de teclado más largo y con más cambios de dirección.
error-password-avoid-repeats = Evite las palabras y los caracteres repetidos.
error-password-avoid-sequences = Evite las secuencias.
error-password-avoid-recent-years = Evite los años recientes.
error-password-avoid-your-years = Evite los años relacionados con usted.
error-password-avoid-your-dates = Evite las fechas y los años relacionados con usted.

## The training instance.

error-persona-unknown = Esa persona ficticia no existe. Elija una de la lista de la página de bienvenida de la instancia de formación.

## Addresses under /api that name nothing.

error-api-function-unknown = No existe esa función de la API.
error-export-unknown = No existe esa exportación: utilice queue.csv o decisions.csv.

## The approval queue: filters, page links, export links.

error-queue-page-link = El enlace de página ya no es válido. Vuelva a la primera página de la cola de aprobación.
error-queue-organisation-too-long = Organización: escriba como máximo 100 caracteres del nombre.
# $max: the largest age accepted, in days.
error-queue-age-too-high = Antigüedad: como máximo { $max } días.
error-queue-age-not-a-number = Antigüedad: indique un número entero de días, por ejemplo 7.
# $value: what the link has instead of an instance (production or training).
error-export-link-instance = El enlace de exportación no es válido: «{ $value }» no es una instancia de TRACES NT: utilice «production» o «training».
error-export-link-no-instance = El enlace de exportación no es válido: no indica ninguna instancia.
# $key, $value: the setting of the link that is not one of the queue's.
error-export-link-setting = El enlace de exportación no es válido: «{ $key }={ $value }» no es uno de sus parámetros. Utilice el botón de exportación de la página de la cola de aprobación.

## Deciding requests, one or many, and the Administrator flag.

# $id: the request's number.
error-decide-not-found = No hay ninguna solicitud número { $id } sobre la que usted pueda decidir en esta instancia. Puede que pertenezca a otro país o a otra organización; ábrala desde su cola de aprobación.
# $name: the organisation; $status: its status (a stored code, chooses the words).
error-decide-organisation-closed = La organización «{ $name }» { $status ->
        [rejected] ha sido rechazada
        [inactive] está inactiva
       *[other] tiene el estado { $status }
    }, por lo que nadie puede unirse a ella. Rechace la solicitud indicando un motivo.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-accepted = La solicitud { $id } ya fue aceptada por { $who }, fecha: { $when }. No se ha modificado nada.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-rejected = La solicitud { $id } ya fue rechazada por { $who }, fecha: { $when }. No se ha modificado nada.
# $id: the request's number; $when: the date and time (UTC) or “earlier”.
error-decide-already-cancelled = La solicitud { $id } ya fue cancelada por el solicitante, fecha: { $when }. No se ha modificado nada.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-revoked = La solicitud { $id } ya fue revocada por { $who }, fecha: { $when }. No se ha modificado nada.
# $id: the request's number; $status: its status, a code the schema does not know (in English); $when: the date and time (UTC) or “earlier”.
error-decide-already-other = La solicitud { $id } ya tiene el estado «{ $status }», fecha: { $when }. No se ha modificado nada.
# Stands for the person who decided, when the account is gone.
error-decide-by-unknown = alguien
# Stands for the time of a decision, when it was not recorded.
error-decide-at-unknown = no registrada
# $id: the request's number.
error-decide-meanwhile = Entretanto se ha decidido sobre la solicitud { $id }; no se ha modificado nada. Vuelva a cargarla para ver la decisión.
error-decide-none-selected = Seleccione al menos una solicitud en la cola y, a continuación, acepte o rechace.
# $max: how many requests can be decided at once; $count: how many were selected.
error-decide-too-many = Seleccione como máximo { $max } solicitudes a la vez; ha seleccionado { $count }.
# $id: the request's number.
error-decide-selected-twice = La solicitud { $id } está seleccionada dos veces; seleccione cada solicitud una sola vez.
# $failed: how many of the selected requests cannot be decided; $count: how many were selected.
error-decide-nothing-decided = No se ha decidido nada: no se puede decidir sobre { $failed } de las { $count } solicitudes seleccionadas. Anule su selección e inténtelo de nuevo.
# $id: the request's number; $status: its status (a stored code, chooses the words).
error-admin-not-valid = La solicitud { $id } no es un puesto válido (estado: { $status ->
        [pending] pendiente
        [rejected] rechazada
        [cancelled] cancelada
        [revoked] revocada
       *[other] { $status }
    }): solo el titular de un puesto válido puede ser administrador.
# $id: the request's number.
error-admin-changed-meanwhile = La solicitud { $id } ha cambiado entretanto; vuelva a cargarla.

## Notifications in the app (not errors, but sentences the server composes too).

# $first, $last: the requester's names; $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-new-request = { $first } { $last } solicita un puesto en «{ $organisation }» ({ $country }).
# $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-accepted = Su solicitud de un puesto en «{ $organisation }» ({ $country }) ha sido aceptada
# $organisation: the organisation's name; $country: the ISO code of the post's country; $reason: the decider's words.
error-notification-rejected = Su solicitud de un puesto en «{ $organisation }» ({ $country }) ha sido rechazada: { $reason }
# $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-rejected-no-reason = Su solicitud de un puesto en «{ $organisation }» ({ $country }) ha sido rechazada: no se ha indicado ningún motivo
# $organisation: the organisation's name; $country: the ISO code of the post's country; $status: the request's status (a stored code, chooses the words).
error-notification-other = Su solicitud de un puesto en «{ $organisation }» ({ $country }) { $status ->
        [pending] está ahora pendiente
        [cancelled] ha sido cancelada
        [revoked] ha sido revocada
       *[other] tiene ahora el estado { $status }
    }

## TRACES: the directory search and authorisation requests.

error-search-page-link = Página: este enlace de página ya no es válido; busque de nuevo desde la primera página.
error-search-name-too-long = Nombre: busque con un máximo de 120 caracteres del nombre.
# $max: the most characters allowed.
error-additional-info-too-long = Información adicional: utilice como máximo { $max } caracteres.
error-submission-key = Clave de envío: envíe entre 8 y 64 letras, cifras, - o _ (la página genera una; vuelva a cargarla e inténtelo de nuevo).
error-submission-other-instance = Esta solicitud ya se envió en la otra instancia. Vuelva a cargar la página y envíela de nuevo.
# $domain: the training demo's mail domain (demo.traces-training.example).
error-demo-address-production = Las direcciones de { $domain } son solo para el entorno de formación: cualquiera puede leer el correo que reciben en el buzón de demostración y hacerse con la cuenta. Para solicitar autorización en producción, cambie primero el correo electrónico de su cuenta por su propia dirección.
error-posts-none = Puestos: marque al menos una organización de la lista y, a continuación, envíe la solicitud.
# $max: how many posts one request can have.
error-posts-too-many = Puestos: marque como máximo { $max } a la vez; envíe los demás en una segunda solicitud.
error-posts-twice = Puestos: el mismo puesto está marcado dos veces; marque cada puesto una sola vez.
error-posts-one-kind = Puestos: marque solo organizaciones de un único tipo de rol (operadores, organismos de control o autoridades).
# $name: the control body; $country: the country's name; $code: its ISO code.
error-posts-not-certified = Puestos: «{ $name }» no certifica en { $country } ({ $code }); marque uno de los países indicados para este organismo.
# $name: the organisation; $country: the name of its country.
error-posts-other-country = Puestos: «{ $name }» está en { $country }; su puesto abarca solo ese país.
# $id: the number that was sent.
error-organisation-not-found = La organización con el número { $id } no existe en esta instancia. Busque de nuevo y márquela en la lista.
# $name: the organisation; $status: its status (a stored code, chooses the words).
error-organisation-closed = La organización «{ $name }» { $status ->
        [rejected] ha sido rechazada
        [inactive] está inactiva
       *[other] tiene el estado { $status }
    } y no admite nuevas solicitudes. Busque de nuevo y marque otra organización.
# $name: the control body.
error-no-certified-countries = «{ $name }» aún no tiene países certificados, por lo que no se puede solicitar ningún puesto en él.
# $name: the organisation; $country: the name of the post's country.
error-post-already-held = «{ $name }» ({ $country }): ya ocupa este puesto. Desmárquelo y envíe de nuevo la solicitud; sus solicitudes figuran en la página de su perfil.
# $name: the organisation; $country: the name of the post's country.
error-post-already-pending = «{ $name }» ({ $country }): su solicitud para este puesto ya está pendiente. Desmárquelo y envíe de nuevo la solicitud; sus solicitudes figuran en la página de su perfil.
error-own-request-not-found = No existe esa solicitud entre las suyas. Vuelva a cargar la página de su perfil.
# $organisation: the organisation's name; $status: the request's status (a stored code, chooses the words).
error-cancel-not-pending = Su solicitud para «{ $organisation }» { $status ->
        [pending] está pendiente
        [valid] es válida
        [rejected] ha sido rechazada
        [cancelled] ha sido cancelada
        [revoked] ha sido revocada
       *[other] tiene el estado { $status }
    } y ya no puede cancelarse; solo pueden cancelarse las solicitudes pendientes.
error-time-zone = Zona horaria: elija una zona como Europe/Brussels (Área/Ciudad, como máximo 64 caracteres), o UTC.

## New organisations: the directory import and "create a new operator".

error-import-status = Estado: utilice valid, new, rejected o inactive (vacío significa valid).
error-import-kind = Tipo: utilice operator, control_body o authority.
error-certified-countries-empty = Países certificados: País: elija un país de la lista.
# $code: what was given instead of a country code.
error-certified-countries-shape = Países certificados: País: «{ $code }» no es un código de país; utilice las dos letras de la norma ISO 3166-1 (DE, FR, US) o elija un país de la lista.
# $code: what was given instead of a country code.
error-certified-countries-unknown = Países certificados: País: «{ $code }» no es un código de país ISO 3166-1 asignado; elija un país de la lista.
# $alias: the code EU documents use (EL, UK); $iso: the ISO 3166-1 code; $name: the country's name.
error-certified-countries-eu-alias = Países certificados: País: los documentos de la UE escriben { $alias }, pero la norma ISO 3166-1 y TRACES utilizan { $iso }; elija { $iso } ({ $name }).
# $code: the control body code; $other: the organisation that has it.
error-control-body-code-taken = Código del organismo de control: { $code } ya es el código de «{ $other }».
# $eori: the EORI number; $other: the operator that has it.
error-eori-taken = Número EORI: { $eori } ya está registrado para el operador «{ $other }»; búsquelo y solicite la autorización en lugar de crearlo de nuevo.
error-demo-person-shared = Esta es una persona de la demostración de formación, compartida por todos en la sala: su nombre, correo electrónico y contraseña no se pueden cambiar. Regístrese con una cuenta propia para probarlo.
