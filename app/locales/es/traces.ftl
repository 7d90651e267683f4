## TRACES NT: the landing page, the welcome page of an instance, the role choice, the searches
## for a post with the request popup, "Create new Operator", and the profile with its
## preferences. Button and link names quoted in the helpdesk letter (“Login into TRACES”,
## “sign up for TRACES”, “Request Authorisation”, “Create new Operator”, “send authorisation
## request”) are the ones users are told to click: translate them the way the letter is
## translated.

## The landing page: production or training.

traces-landing-title = TRACES NT – Certificados de inspección para productos ecológicos
traces-landing-lead = Los sitios web de producción y de formación de TRACES NT están disponibles. Antes de utilizarlos, debe registrarse en EU Login y, a continuación, solicitar su función en TRACES NT. Las funciones solicitadas en un sitio web no se transfieren al otro.
traces-landing-production = TRACES NT Producción
traces-landing-production-text = Para certificados reales y solicitudes reales.
traces-landing-training = TRACES NT Formación
traces-landing-training-text = Para aprender y mostrar el registro sin consecuencias.

## The welcome page of an instance.

traces-welcome-title = Bienvenido/a a TRACES NT
traces-welcome-title-training = Bienvenido/a a TRACES NT Formación
traces-welcome-lead = El certificado de inspección para productos de origen ecológico se encuentra en este sitio web. Para acceder a él, debe iniciar sesión y registrarse como usuario.
traces-welcome-log-in = Iniciar sesión en TRACES
# Followed by the link “sign up for TRACES”.
traces-welcome-no-account = ¿Aún no tiene una cuenta de EU Login?
traces-welcome-sign-up = registrarse en TRACES
traces-welcome-step-1 = Regístrese en EU Login.
traces-welcome-step-1-text = Si ya tiene una cuenta de EU Login (ECAS), pase directamente al paso 2.
traces-welcome-step-2 = Regístrese en TRACES NT.
traces-welcome-step-2-text = Inicie sesión, elija su función (Operador, Organismo de control ecológico o Autoridad) y envíe una solicitud de autorización.
# $name: the first and last name of the person, in bold.
traces-welcome-logged-in = Ha iniciado sesión como { $name }.
# $change: a link, traces-welcome-change-credentials; $reset: a link, traces-welcome-reset-password.
traces-welcome-credentials = En EU Login puede { $change } si es necesario, o { $reset }.
traces-welcome-change-credentials = cambiar sus credenciales de EU Login
traces-welcome-reset-password = restablecer su contraseña

## A page of an instance opened before logging in.

traces-log-in-title = Inicie sesión
traces-log-in-needed = Para registrarse en TRACES NT, debe iniciar sesión con su cuenta de EU Login.
traces-log-in-button = Iniciar sesión en TRACES

## "Select your role in TRACES" on the welcome page.

traces-role-title = Seleccione su función en TRACES
traces-role-loading = Cargando su función…
traces-role-link-operator = Operador (importador, primer destinatario)
traces-role-link-control-body = Organismo de control ecológico (o autoridad de control)
traces-role-link-authority = Autoridad (puesto de control fronterizo o autoridad competente central)
# $kind: the person's role kind (Operator, Organic Control Body, Authority), in bold.
traces-role-already = Ya tiene el tipo de función { $kind } en este entorno. Cada persona solo puede tener un tipo de función; dentro de él puede solicitar más puestos.
traces-role-see-requests = Ver sus solicitudes en su perfil
traces-role-one-kind = Tenga en cuenta que cada persona solo puede tener un tipo de función. Dentro de su función, puede ocupar varios puestos: por ejemplo, trabajar para dos o más operadores o, como organismo de control, controlar varios países.

## The searches for an operator, an authority or a control body.

traces-search-title-operator = Solicitar autorización: Operador
traces-search-title-authority = Solicitar autorización: Autoridad
traces-search-title-control-body = Solicitar autorización: Organismo de control ecológico
traces-search-back = Volver a la elección de función
traces-search-country = País
traces-search-any-country = Cualquier país
traces-search-section = Sección
traces-search-any-section = Cualquier sección
traces-search-activity = Tipo de actividad
traces-search-any-activity = Cualquier tipo de actividad
traces-search-role = Función
traces-search-any-role = Cualquier función
traces-search-name = Nombre
traces-search-name-hint = Basta con una parte del nombre; no importan las mayúsculas ni los acentos.
traces-search-button = Buscar
traces-operator-lead = Busque el operador para el que trabaja, marque la casilla que aparece junto a él y haga clic en «Solicitar autorización». Puede marcar varios operadores, también en varias páginas.
traces-operator-create-new-hint = Si está seguro de que no encuentra el operador para el que trabaja, puede crearlo.
traces-operator-create-new = Crear nuevo operador
traces-authority-lead = Busque su autoridad, marque la casilla que aparece junto a ella y haga clic en «Solicitar autorización».
traces-control-body-lead = Busque su organismo de control. Si certifica para un solo país, marque la casilla de ese país; si certifica para todos los países en los que certifica su organismo de control, marque «Todos los países» en la parte superior de su lista. A continuación, haga clic en «Solicitar autorización».
traces-control-body-country-hint = Un país en el que certifica el organismo de control.
traces-control-body-name-hint = Basta con una parte del nombre o del código.

## The results of a search, "Request Authorisation" and the popup.

traces-posts-request = Solicitar autorización
traces-posts-none-selected = Primero marque la casilla de su puesto en los resultados.
# $count: how many posts are ticked (1 or more).
traces-posts-selected =
    { $count ->
        [one] { $count } puesto seleccionado.
        [many] { $count } puestos seleccionados.
       *[other] { $count } puestos seleccionados.
    }
traces-posts-searching = Buscando…
traces-posts-no-results = Ninguna organización coincide con su búsqueda.
# $count: how many organisations this page of results shows (1 or more).
traces-posts-results =
    { $count ->
        [one] { $count } resultado en esta página.
        [many] { $count } resultados en esta página.
       *[other] { $count } resultados en esta página.
    }
traces-posts-first-page = Primera página
traces-posts-next-page = Página siguiente
traces-posts-caption = Resultados de la búsqueda
traces-posts-column-name = Nombre
traces-posts-column-country = País
traces-posts-column-city = Ciudad
traces-posts-column-activity = Tipo de actividad
traces-posts-column-eori = Número EORI
traces-posts-column-select = Seleccionar
traces-posts-column-role = Función
traces-posts-column-code = Código
traces-posts-column-certified = Países certificados (seleccionar)
# $code: the role's code (BCP, CCA); $name: its name; $acts: what it acts as.
traces-posts-authority-role = { $code } ({ $name }, actúa como { $acts })
traces-posts-all-countries = Todos los países
# The name of a tick box. $organisation: the control body's name.
traces-posts-all-countries-of = { $organisation }: todos los países
# $count: how many requests were sent (1 or more). Followed by the link “Open my profile”.
traces-posts-sent =
    { $count ->
        [one] Se ha enviado su solicitud de autorización. Puede seguirla en su perfil.
        [many] Se han enviado sus { $count } solicitudes de autorización. Puede seguirlas en su perfil.
       *[other] Se han enviado sus { $count } solicitudes de autorización. Puede seguirlas en su perfil.
    }
traces-open-profile = Abrir mi perfil
traces-popup-asking-for = Solicita autorización para:
traces-request-additional-info = Información adicional (opcional)
traces-request-additional-info-hint = Cualquier dato que ayude a la persona que revisa su solicitud.
traces-popup-email = Correo electrónico
traces-popup-phone = Teléfono (opcional)
traces-popup-send = enviar solicitud de autorización
traces-popup-cancel = Cancelar
traces-popup-sending = Enviando…

## "Create new Operator".

traces-new-operator-back = Volver a la búsqueda de operadores
traces-new-operator-title = Crear nuevo operador
# $operator: the name of the operator just created.
traces-new-operator-created = Se ha creado el operador { $operator } y se ha registrado su solicitud para unirse a él.
traces-new-operator-duplicates-title = ¿Es uno de estos?
traces-new-operator-duplicates-text = Estos operadores se parecen al que está creando. Si trabaja para uno de ellos, márquelo y haga clic en «Solicitar autorización». Si ninguno es el suyo, vuelva a hacer clic en «crear un nuevo operador».
traces-new-operator-lead = Los campos marcados con * son obligatorios. El número EORI es obligatorio para los importadores de productos ecológicos.
traces-new-operator-create = crear un nuevo operador
traces-new-operator-checking = Comprobando…
traces-new-operator-operator = El operador
traces-new-operator-name = Nombre
traces-new-operator-country = País
traces-new-operator-choose-country = Elija un país
traces-new-operator-address = Dirección
traces-new-operator-city = Ciudad
traces-new-operator-postcode = Código postal
traces-new-operator-section = Sección
traces-new-operator-activity = Tipo de actividad
traces-new-operator-choose-activity = Elija un tipo de actividad
traces-new-operator-eori = Número EORI
traces-new-operator-eori-hint = El código de país de dos letras y, a continuación, hasta 15 letras o cifras (DE1234567890). Obligatorio para los importadores.
traces-new-operator-eori-mandatory = Para un importador, el número EORI es obligatorio.
traces-new-operator-contact = Contacto del operador
traces-new-operator-contact-rule = Obligatorio: indique al menos un teléfono, un fax, un correo electrónico o un sitio web.
traces-new-operator-phone = Teléfono
traces-new-operator-fax = Fax
traces-new-operator-email = Correo electrónico
traces-new-operator-website = Sitio web
traces-new-operator-request = Su solicitud para unirse a este operador
traces-new-operator-request-hint = La persona que revisa su solicitud ve estos datos y los utiliza para ponerse en contacto con usted.
traces-new-operator-your-email = Su correo electrónico
traces-new-operator-your-email-hint = Procede de su cuenta de EU Login; puede indicar otro para esta solicitud.
traces-new-operator-your-phone = Su teléfono (opcional)

## "My TRACES profile".

traces-profile-title = Mi perfil de TRACES
traces-profile-requests = Mis solicitudes
traces-profile-loading = Cargando sus solicitudes…
traces-profile-no-requests = Todavía no ha solicitado ninguna función en este entorno.
traces-profile-column-organisation = Organización
traces-profile-column-role = Función
traces-profile-column-scope = Ámbito
traces-profile-column-requested = Fecha de solicitud
traces-profile-column-decided = Fecha de decisión
traces-profile-column-status = Estado
traces-profile-column-reason = Motivo
traces-profile-column-action = Acción
traces-profile-cancel = Cancelar
# The name of the “Cancel” button of one request. $organisation: the organisation's name.
traces-profile-cancel-label = Cancelar la solicitud para { $organisation }
# $organisation: the organisation's name.
traces-profile-cancelled = Se ha cancelado su solicitud para { $organisation }.
# $zone: an IANA time zone name, like Europe/Brussels.
traces-profile-time-zone = Las fechas y horas se muestran en su zona horaria, { $zone }. Puede cambiarla en Preferencias.
traces-profile-new-role = Solicitar una nueva función
# $problem: why, as the server says it.
traces-profile-preferences-failed = No se pueden mostrar sus preferencias: { $problem }

## The preferences of the profile page.

traces-preferences-title = Preferencias
traces-preferences-notifications-title = Zona horaria y notificaciones
# $instance: production or training (only chooses the text).
traces-preferences-instance-only =
    { $instance ->
        [training] Estas preferencias solo se aplican al entorno de formación.
       *[production] Estas preferencias solo se aplican al entorno de producción.
    }
traces-preferences-time-zone = Zona horaria
traces-preferences-time-zone-hint = Las fechas y horas de sus solicitudes se muestran en esta zona horaria.
traces-preferences-zone-utc = UTC (tiempo universal coordinado)
traces-preferences-zones-eu = Unión Europea
traces-preferences-zones-other = Otros países
# A time zone in the list. $country: the country's name; $zone: the IANA name (Europe/Vienna).
traces-preferences-zone = { $country } ({ $zone })
# $country: the country's name; $place: a region of it (Azores); $zone: the IANA name.
traces-preferences-zone-region = { $country }, { $place } ({ $zone })
# $country: the country's name; $place: a city of it (Chicago); $zone: the IANA name.
traces-preferences-zone-city = { $country } ({ $place }) ({ $zone })
traces-preferences-place-azores = Azores
traces-preferences-place-madeira = Madeira
traces-preferences-place-canary-islands = Canarias
traces-preferences-place-sydney = Sídney
traces-preferences-place-sao-paulo = São Paulo
traces-preferences-place-toronto = Toronto
traces-preferences-place-chicago = Chicago
traces-preferences-place-los-angeles = Los Ángeles
traces-preferences-place-new-york = Nueva York
# $browser: the browser's time zone; $saved: the saved one (IANA names, like Europe/Brussels).
traces-preferences-browser-zone = Su navegador está configurado en { $browser }, por lo que aquí aparece seleccionada esa zona. Su zona horaria guardada sigue siendo { $saved } hasta que haga clic en «Guardar preferencias».
traces-preferences-events = Avisarme de
traces-preferences-notify-decisions = Decisiones sobre mis solicitudes (aceptadas, rechazadas, revocadas)
traces-preferences-notify-new-requests = Nuevas solicitudes pendientes de mi decisión (si usted decide sobre solicitudes: autoridades y administradores de una organización)
traces-preferences-channels = Cómo avisarme
traces-preferences-notify-in-app = En la aplicación
traces-preferences-notify-email = Por correo electrónico (a la dirección de su cuenta de EU Login)
traces-preferences-no-channel = Si no marca ni «En la aplicación» ni «Por correo electrónico», no recibirá ningún aviso.
traces-preferences-save = Guardar preferencias
traces-preferences-saving = Guardando…
# $zone: the time zone just saved (an IANA name, like America/New_York).
traces-preferences-saved = Se han guardado sus preferencias. Las fechas y horas se muestran ahora en { $zone }.
traces-preferences-language-title = Idioma
# $account: a link, traces-preferences-my-account.
traces-preferences-language-text = Sus idiomas pertenecen a su cuenta de EU Login: son los mismos en producción y en formación. También puede cambiarlos, junto con sus nombres, en { $account }.
traces-preferences-my-account = Mi cuenta
traces-preferences-interface-language = Idioma de la interfaz
traces-preferences-interface-language-hint = El idioma de estas páginas siempre que haya iniciado sesión.
traces-preferences-email-language = Idioma de los correos electrónicos
traces-preferences-email-language-hint = El idioma de los correos electrónicos que recibe, incluidas las notificaciones.
traces-preferences-save-languages = Guardar idiomas
traces-preferences-languages-saved = Se han guardado sus idiomas.

## Statuses, as the profile, the search results and the queue show them.

traces-status-pending = Pendiente
traces-status-valid = Válida
traces-status-rejected = Rechazada
traces-status-cancelled = Cancelada
traces-status-revoked = Revocada
traces-status-organisation-new = Nuevo
traces-status-organisation-valid = Válido
traces-status-organisation-rejected = Rechazado
traces-status-organisation-inactive = Inactivo
