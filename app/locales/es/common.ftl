## The shell of every page: top bar, language chooser, footer.

language-chooser-label = Idioma
# $problem: why the server did not take the choice.
language-not-remembered = No se ha podido recordar su elección: { $problem }

## The tab title, the skip link, the top bar and the footer.

common-title = TRACES NT
common-title-training = FORMACIÓN – TRACES NT
common-skip-link = Ir al contenido
# The short mark before the name, as on the Commission's sites.
common-brand-mark = UE
common-brand-name = TRACES NT
common-instance-production = Producción
common-instance-training = Formación
common-training-banner-mark = FORMACIÓN
common-training-banner = – este es el entorno de formación de TRACES NT. Nada de lo que se hace aquí es real ni llega a producción.
common-top-bar-nav-label = Cuenta e idioma
common-my-profile = Mi perfil de TRACES
common-my-account = Mi cuenta
common-log-out = Cerrar sesión
# $problem: why logging out did not work.
common-log-out-failed = Sigue con la sesión iniciada: { $problem }
# The links of the top bar with their counts. Screen readers hear the hidden name, speech input
# users say the visible words: each name starts with the words of its link.
common-nav-queue = Solicitudes por decidir
common-nav-queue-none = Solicitudes por decidir: ninguna pendiente
# $count: how many requests wait (1 or more) and chooses the plural form; $shown: the same
# number as the badge shows it ("12", "10,000+").
common-nav-queue-pending = { $count ->
    [one] Solicitudes por decidir: { $shown } pendiente
    [many] Solicitudes por decidir: { $shown } pendientes
   *[other] Solicitudes por decidir: { $shown } pendientes
}
common-nav-notifications = Notificaciones
common-nav-notifications-none = Notificaciones: ninguna sin leer
# $count: how many notifications are unread (1 or more) and chooses the plural form; $shown:
# the same number as the badge shows it ("12", "10,000+").
common-nav-notifications-unread = { $count ->
    [one] Notificaciones: { $shown } sin leer
    [many] Notificaciones: { $shown } sin leer
   *[other] Notificaciones: { $shown } sin leer
}
# $traces, $organic: the two helpdesk addresses, as links.
common-footer-helpdesk = ¿Preguntas? Escriba al servicio de asistencia: { $traces } y { $organic }
# $version: the app's version; $schema: the number of the database's latest migration.
common-footer-version = Versión { $version } · esquema { $schema }
# $version: the app's version; $schema: the number of the database's latest migration.
common-footer-version-test-mode = Versión { $version } · esquema { $schema } · MODO DE PRUEBA
# $time: a date and time (2026-11-23 16:05) in UTC.
common-time-in-utc = { $time } (UTC)

## The page for an unknown address.

common-not-found-title = Página no encontrada
common-not-found-text = Esta dirección no lleva a ninguna página de TRACES NT. Compruebe el enlace o vuelva a empezar desde la página de inicio.
common-not-found-home = Ir a la página de inicio

## The guided demo of the training instance: the steps of the helpdesk letter. The names in
## quotes are the names of buttons and links: use the same words as those.

common-guide-show = Demostración guiada
common-guide-hide = Ocultar la demostración guiada
common-guide-title = Demostración guiada
common-guide-hint = Los pasos de la carta del servicio de asistencia; el resaltado corresponde a esta página.
common-guide-part-eulogin = 1. EU Login
common-guide-part-traces = 2. TRACES NT
common-guide-part-decision = 3. La decisión
common-guide-step-sign-up = En la página de bienvenida de formación, haga clic en «registrarse en TRACES».
common-guide-step-create-account = Rellene el formulario (correo electrónico del dominio de demostración, p. ej., trainee@demo.traces-training.example) y el captcha y, a continuación, haga clic en «Crear una cuenta».
common-guide-step-mailbox = Abra el buzón integrado y siga el enlace del correo electrónico.
common-guide-step-password = Elija una contraseña.
common-guide-step-log-in = Haga clic en «Iniciar sesión en TRACES» y entre con el correo electrónico y la contraseña.
common-guide-step-role-kind = Elija el tipo de función: Operador, Organismo de control ecológico o Autoridad.
common-guide-step-search = Busque (país, nombre…), marque una o varias filas y, a continuación, haga clic en «Solicitar autorización»; o bien, tras una búsqueda, en «Crear nuevo operador».
common-guide-step-popup = En la ventana emergente, compruebe el correo electrónico y el teléfono y, a continuación, haga clic en «enviar solicitud de autorización»: aparece un mensaje verde.
common-guide-step-profile-pending = El perfil muestra la solicitud como «Pendiente».
common-guide-step-queue = Inicie sesión con el personaje «Agente de la autoridad competente central» (página de bienvenida de formación) y abra «Solicitudes por decidir».
common-guide-step-decide = Abra la solicitud: la persona, la organización, el historial; acéptela o recházela indicando un motivo.
common-guide-step-profile-decided = Vuelva a iniciar sesión como solicitante: el perfil muestra «Válida» (o «Rechazada» con el motivo).
