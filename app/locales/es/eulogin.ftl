## EU Login, the identity service (pages/eulogin): sign-up, the e-mailed links, login, the
## account page, help and privacy. "EU Login", "TRACES NT" and "ECAS" are names.

# The mark above each EU Login page's heading.
eulogin-brand = EU Login
# Heading, button and link of the sign-up form (the helpdesk letter names it).
eulogin-create-account = Crear una cuenta
# Links and buttons that lead to logging in.
eulogin-log-in = Iniciar sesión
# Heading of its page and the link to it.
eulogin-lost-password = ¿Ha olvidado su contraseña?
eulogin-help-link = Ayuda: no ha llegado el correo electrónico
eulogin-send-again = Enviar de nuevo el correo electrónico
eulogin-nothing-arrived = ¿No ha recibido nada?
# The text of a link, inside sentences.
eulogin-account-page-link = la página de su cuenta de EU Login
# After a link that opens in a new tab, for screen readers.
eulogin-opens-in-new-tab = (se abre en una pestaña nueva)
# Heading of a page whose e-mailed link is expired, used, replaced or unknown.
eulogin-link-broken = Este enlace no funciona
eulogin-link-checking = Comprobando su enlace…
eulogin-link-no-code = Esta dirección no contiene ningún código de enlace. Vuelva a abrir el enlace desde el correo electrónico, o copie el enlace completo en la barra de direcciones.

## Field labels and hints.

eulogin-field-username = Nombre de usuario
eulogin-field-first-name = Nombre
eulogin-field-last-name = Apellidos
eulogin-field-email = Correo electrónico
eulogin-field-email-confirm = Confirmar correo electrónico
eulogin-field-email-language = Idioma de los correos electrónicos
eulogin-field-interface-language = Idioma de la interfaz
eulogin-field-password = Contraseña
eulogin-field-current-password = Contraseña actual
eulogin-field-new-password = Nueva contraseña
eulogin-field-confirm-password = Confirmar contraseña
eulogin-field-new-email = Nuevo correo electrónico
eulogin-field-confirm-new-email = Confirmar nuevo correo electrónico
eulogin-name-hint = Tal como figura en su documento de identidad.
eulogin-email-language-hint = El idioma de los correos electrónicos que le envía EU Login.
eulogin-interface-language-hint = El idioma de estas páginas siempre que haya iniciado sesión.
eulogin-password-rule = Al menos 12 caracteres y como máximo 128. Sin reglas sobre tipos de caracteres: una frase de varias palabras sin relación entre sí es segura y fácil de recordar.

## Create an account (/eulogin/signup).

eulogin-signup-own-name = Abra la cuenta a su propio nombre.
# $person: "REAL PERSON" (eulogin-signup-real-person), in bold.
eulogin-signup-own-name-why = Los datos que introduzca aquí aparecerán en los certificados que firme en TRACES NT, que tienen valor jurídico. Abra la cuenta de EU Login a nombre de una { $person }, NO de su puesto de control fronterizo, su operador o su organismo de control.
eulogin-signup-real-person = PERSONA FÍSICA
eulogin-signup-own-address = Utilice su dirección de correo electrónico profesional individual.
eulogin-signup-own-address-why = Es la dirección con la que iniciará sesión en TRACES NT.
# Followed by the link "Log in".
eulogin-signup-already = ¿Ya tiene una cuenta de EU Login?
eulogin-signup-all-required = Todos los campos son obligatorios.
eulogin-signup-username-hint = De 4 a 32 caracteres: letras a–z, cifras, puntos, guiones y guiones bajos, empezando por una letra.
eulogin-signup-email-hint = Su dirección profesional individual: iniciará sesión con ella.
eulogin-signup-email-confirm-hint = Escriba de nuevo la misma dirección.
eulogin-signup-privacy-accept = He leído y acepto la declaración de privacidad
eulogin-signup-privacy-read = Leer la declaración de privacidad
eulogin-signup-progress = Creando su cuenta…

## Check your e-mail (/eulogin/signup/sent), after "Create an account".

eulogin-sent-title = Consulte su correo electrónico
# Instead of the address, when the page does not know it.
eulogin-sent-unknown-address = la dirección que ha introducido
# $address: the e-mail address, in bold.
eulogin-sent-lead = Hemos enviado un correo electrónico a { $address } con un enlace para establecer su contraseña.
# $minutes: how long the link works.
eulogin-sent-link-valid = El enlace funciona durante { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } después del envío del correo electrónico, y una sola vez. Una vez establecida su contraseña, vuelva a TRACES NT e inicie sesión con esta dirección de correo electrónico.
eulogin-sent-advice-wait = Espere unos minutos: los correos electrónicos pueden tardar un poco.
eulogin-sent-advice-spam = Busque en su carpeta de correo no deseado (spam).
eulogin-sent-advice-it = Pida a su departamento de informática que permita los correos electrónicos de EU Login (que incluya al remitente en la lista de remitentes autorizados, la llamada «lista blanca»).
eulogin-sent-advice-address = Compruebe la dirección indicada arriba. Si es incorrecta, vuelva a crear la cuenta con la dirección correcta.
eulogin-sent-replaces = Un nuevo correo electrónico sustituye al anterior: solo funciona el enlace del correo más reciente.

## Help with EU Login (/eulogin/help), where the helpdesk letter points when the e-mail does not arrive.

eulogin-help-title = Ayuda sobre EU Login
eulogin-help-no-email = No ha llegado el correo electrónico para establecer su contraseña
eulogin-help-no-email-intro = Tras «Crear una cuenta», EU Login le envía un correo electrónico con un enlace para establecer su contraseña. Si no está en su bandeja de entrada:
# Each piece of advice: a short instruction in bold, then why.
eulogin-help-wait = Espere unos minutos.
eulogin-help-wait-why = A veces los servidores de correo retienen durante un tiempo los mensajes de un remitente nuevo antes de entregarlos.
eulogin-help-spam = Busque en su carpeta de correo no deseado (spam).
eulogin-help-spam-why = Si encuentra allí el correo electrónico, márquelo como «no es spam» para que los siguientes lleguen a su bandeja de entrada.
eulogin-help-it = Pida a su departamento de informática que permita nuestros correos electrónicos.
eulogin-help-it-why = Las organizaciones suelen filtrar el correo procedente del exterior. Pídales que incluyan al remitente de EU Login en la lista de remitentes autorizados («lista blanca»).
eulogin-help-address = Compruebe la dirección.
# $link: a link to the sign-up form, "create the account again" (eulogin-help-address-link).
eulogin-help-address-why = Un error tipográfico envía el correo electrónico a otro destino. Si la dirección era incorrecta, { $link } con la dirección correcta.
eulogin-help-address-link = vuelva a crear la cuenta
# $action: "Send the e-mail again" (eulogin-help-again-action), in bold.
eulogin-help-again = { $action } con el formulario que figura a continuación.
eulogin-help-again-action = Enviar de nuevo el correo electrónico
eulogin-help-link-broken = El enlace no funciona
# $minutes: how long a link works.
eulogin-help-link-broken-why = Un enlace funciona durante { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } después del envío del correo electrónico, y una sola vez. Cuando se envía un nuevo correo, los enlaces de los anteriores dejan de funcionar: utilice siempre el correo más reciente. Si su programa de correo parte el enlace en dos, copie el enlace completo en la barra de direcciones de su navegador.
eulogin-help-send-again-intro = Introduzca la dirección de correo electrónico de su cuenta de EU Login. Si está registrada, le enviaremos un nuevo enlace para establecer su contraseña.
eulogin-help-have-account = ¿Ya tiene una cuenta?
# $login: a link, "log in" (eulogin-help-have-account-log-in); $lost: a link, "Lost your password?" (eulogin-lost-password).
eulogin-help-have-account-why = Si ya tiene una cuenta de EU Login (ECAS), no necesita una nueva: { $login }. Si ha olvidado su contraseña, utilice «{ $lost }».
eulogin-help-have-account-log-in = inicie sesión
eulogin-help-contact = Contactar con el servicio de asistencia
eulogin-help-contact-intro = Si nada de esto le ayuda, o para cualquier pregunta sobre TRACES NT y el certificado de inspección, escriba a:
# $address: the helpdesk's e-mail address, a link.
eulogin-help-contact-traces = { $address } (TRACES NT y EU Login)
# $address: the e-mail address of the organic products helpdesk, a link.
eulogin-help-contact-organic = { $address } (el certificado de inspección para productos ecológicos)
eulogin-help-contact-advice = Indique qué dirección de correo electrónico utilizó y no envíe nunca su contraseña.

## Privacy statement (/eulogin/privacy).

eulogin-privacy-title = Declaración de privacidad
eulogin-privacy-lead = EU Login es la forma de demostrar a TRACES NT quién es usted. Esta página explica qué datos conservamos sobre usted, por qué y qué puede hacer al respecto.
eulogin-privacy-stored = Qué conservamos
eulogin-privacy-stored-names = Su nombre de usuario, su nombre y sus apellidos.
eulogin-privacy-stored-email = Su dirección de correo electrónico, que es también su identificador para iniciar sesión.
eulogin-privacy-stored-languages = El idioma de los correos electrónicos que le enviamos y el idioma de la interfaz.
eulogin-privacy-stored-password = Su contraseña, únicamente en forma de hash: una transformación unidireccional a partir de la cual no se puede recuperar la contraseña. Nadie, ni siquiera el servicio de asistencia, puede ver su contraseña.
eulogin-privacy-stored-session = Mientras tiene la sesión iniciada, una cookie de sesión y la hora de su última actividad, para que la sesión termine cuando deje de utilizarla o la cierre.
eulogin-privacy-why = Por qué
eulogin-privacy-why-identify = Para identificarle cuando inicia sesión en TRACES NT y enviarle los correos electrónicos que necesita el servicio (el enlace para establecer su contraseña, la confirmación de una nueva dirección).
eulogin-privacy-why-certificates = Su nombre y apellidos aparecen en los certificados que firma en TRACES NT. Los certificados tienen valor jurídico, por lo que la cuenta debe estar a nombre de la persona física que firma.
eulogin-privacy-no-other-use = No utilizamos sus datos para ningún otro fin y no los vendemos ni los compartimos con fines de marketing.
eulogin-privacy-rights = Sus derechos
# $link: a link, "your EU Login account page" (eulogin-account-page-link).
eulogin-privacy-rights-text = Una vez iniciada la sesión, puede consultar y corregir en cualquier momento sus nombres, sus idiomas, su dirección de correo electrónico y su contraseña en { $link }. Para solicitar una copia de sus datos o la supresión de su cuenta, escriba al servicio de asistencia.
eulogin-privacy-contact = Contacto
# $address: the helpdesk's e-mail address, a link.
eulogin-privacy-helpdesk = Servicio de asistencia: { $address }

## Log in (/eulogin/login), where "Login into TRACES" leads.

eulogin-login-title = Iniciar sesión
eulogin-login-lead = Inicie sesión con la dirección de correo electrónico de su cuenta de EU Login.
# Next to the password field when it is empty ("Password" is the field's label).
eulogin-login-password-missing = Contraseña: introduzca su contraseña.
# Followed by the link "Create an account".
eulogin-login-no-account = ¿Todavía no tiene una cuenta?

## Lost your password? (/eulogin/lost-password)

eulogin-lost-lead = Introduzca la dirección de correo electrónico de su cuenta de EU Login. Si está registrada, le enviaremos un correo electrónico con un enlace para establecer una nueva contraseña.
# $minutes: how long the link works.
eulogin-lost-link-valid = El enlace funciona durante { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } y una sola vez. Su contraseña actual sigue funcionando hasta que establezca la nueva.
eulogin-lost-submit = Enviarme un enlace
eulogin-lost-back = Volver a «Iniciar sesión»

## Set your password (/eulogin/password), from the e-mailed link.

eulogin-password-title = Establezca su contraseña
# $name: the person's first name; $username: their username, in bold.
eulogin-password-lead = Hola, { $name }: elija la contraseña de la cuenta de EU Login { $username }.
eulogin-password-submit = Establecer mi contraseña
eulogin-password-set = Su contraseña se ha establecido
eulogin-password-set-next = Ya puede iniciar sesión con su dirección de correo electrónico y su nueva contraseña.
eulogin-password-new-email = Recibir un nuevo correo electrónico
eulogin-password-new-email-intro = Introduzca la dirección de correo electrónico de su cuenta de EU Login para recibir un nuevo enlace con el que establecer su contraseña.

## Confirm your new e-mail address (/eulogin/email), from the e-mailed link.

eulogin-email-title = Confirme su nueva dirección de correo electrónico
# $name: the person's first name; $username: their username, in bold; $email: the new address, in bold.
eulogin-email-lead = Hola, { $name }. El identificador para iniciar sesión de la cuenta de EU Login { $username } pasará a ser { $email }.
eulogin-email-old-stops = Su antigua dirección dejará de servir para iniciar sesión en cuanto confirme.
eulogin-email-submit = Confirmar mi nueva dirección de correo electrónico
eulogin-email-changed = Se ha cambiado su dirección de correo electrónico
# $email: the new address, in bold.
eulogin-email-changed-next = A partir de ahora, inicie sesión con { $email }.
eulogin-email-back-to-account = Volver a mi cuenta
# $link: a link, "your EU Login account page" (eulogin-account-page-link).
eulogin-email-link-broken-next = Su dirección de correo electrónico no ha cambiado. Para obtener un nuevo enlace de confirmación, inicie sesión y solicítelo de nuevo en { $link }.

## My EU Login account (/eulogin/account).

eulogin-account-title = Mi cuenta de EU Login
eulogin-account-loading = Cargando su cuenta…
eulogin-account-back = Volver a TRACES NT
eulogin-account-log-in-first = Inicie sesión para ver y modificar su cuenta de EU Login.
# $name: first and last name; $username; $email: the login address. All three in bold.
eulogin-account-who = Sesión iniciada como { $name } (nombre de usuario { $username }, correo electrónico { $email }).
eulogin-account-details = Sus datos
eulogin-account-details-intro = Sus nombres aparecen en los certificados que firma en TRACES NT: utilice sus nombres reales, tal como figuran en su documento de identidad.
eulogin-account-details-submit = Guardar mis datos
eulogin-account-details-saved = Sus datos se han guardado.
eulogin-account-password = Cambiar la contraseña
# Next to the field when it is empty ("Current password" is the field's label).
eulogin-account-current-password-missing = Contraseña actual: introduzca la contraseña que utiliza ahora.
eulogin-account-password-submit = Cambiar mi contraseña
eulogin-account-password-changed = Se ha cambiado su contraseña. Se han cerrado todas las demás sesiones iniciadas en su cuenta (en otro navegador u otro ordenador).
eulogin-account-email = Cambiar el correo electrónico
eulogin-account-email-intro = Su dirección de correo electrónico es su identificador para iniciar sesión. Enviamos un enlace a la nueva dirección para asegurarnos de que es suya.
# Next to "Confirm new e-mail" ("Confirm new e-mail" and "New e-mail" are the fields' labels).
eulogin-account-email-confirm-differs = Confirmar nuevo correo electrónico: escriba la misma dirección que en «Nuevo correo electrónico».
eulogin-account-email-confirm-missing = Confirmar nuevo correo electrónico: escriba de nuevo la nueva dirección.
eulogin-account-email-submit = Enviar el enlace de confirmación
# $address: the new address, in bold; $minutes: how long the link works; $current: the present login address.
eulogin-account-email-sent = Hemos enviado un enlace a { $address }. Ábralo en un plazo de { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }. Su identificador para iniciar sesión solo cambiará cuando abra el enlace; hasta entonces, siga iniciando sesión con { $current }.
