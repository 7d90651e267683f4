## The trainer's tools on the training welcome page: the personas and the reset.

training-personas-title = Personajes de formación
# Followed by the personas' password (Training-Demo-2026), then training-personas-intro-end.
training-personas-intro = Cuentas de EU Login ya preparadas del mundo de demostración. Solo existen para la formación: producción nunca las muestra y las trata como si no hubieran iniciado sesión. Cada una también puede iniciar sesión en la página de EU Login con su correo electrónico y la contraseña
# What follows the password: the end of the sentence.
training-personas-intro-end = .
# $problem: why.
training-personas-not-loaded = No se han podido cargar los personajes: { $problem }
training-column-persona = Personaje
training-column-role = Función en la demostración
training-column-log-in = Iniciar sesión
# $name: the persona's name.
training-log-in-as = Iniciar sesión como { $name }
# $name: the persona's name; $problem: why.
training-log-in-as-failed = No se ha podido iniciar sesión como { $name }: { $problem }
# $time: when, in UTC.
training-last-reset = Mundo de demostración cargado por última vez el { $time }.
training-never-reset = El mundo de demostración aún no se ha cargado.

## The personas: what each does in the demo (names of organisations stay as they are).

training-persona-importer-role = Importador (operador)
training-persona-importer-description = Todavía sin puesto: muestra el paso 2 de la carta desde el principio (Operador, búsqueda, marcar la casilla, «Solicitar autorización», «enviar solicitud de autorización»).
training-persona-inspector-role = Inspector de un organismo de control
training-persona-inspector-description = Puesto válido en «Fiktiv Kontrollstelle Öko» (DE-OKO-901) para Alemania; puede solicitar más países de este organismo.
training-persona-bcp-role = Agente de un puesto de control fronterizo
training-persona-bcp-description = Puesto válido en el puesto de control fronterizo «PCF Fittizio Genova Porto» (Italia), que actúa como EAOC.
training-persona-cca-role = Agente de la autoridad competente central – decide solicitudes
training-persona-cca-description = Administrador de la autoridad competente central de Alemania: decide todas las solicitudes de operadores, organismos de control y puestos de control fronterizo alemanes.
training-persona-admin-role = Administrador de un operador
training-persona-admin-description = Administrador del operador «Fiktiv Grünwaren KG» (Alemania): decide las solicitudes para unirse a él.
training-persona-commission-role = Usuario de la Comisión y formador
training-persona-commission-description = Comisión (unidad ficticia «DG SANTE G.5 training»): decide todas las solicitudes, incluidas las de las autoridades competentes centrales; puede restablecer el entorno de formación.

## Resetting the training instance (trainers only).

training-reset-title = Restablecer el entorno de formación
training-reset-explained = Sustituye todos los datos de formación (organizaciones, solicitudes, decisiones, notificaciones, correos electrónicos de la demostración) por el mundo de demostración, en un solo paso.
training-reset-accounts-kept = Las cuentas de EU Login creadas durante la sesión se conservan, porque producción también las utiliza; se eliminan sus solicitudes de formación. Producción no se modifica.
training-reset-button = Restablecer la formación…
training-reset-confirm-question = ¿Restablecer ahora el entorno de formación?
training-reset-confirm-explained = Se sustituye todo lo realizado en formación desde el último restablecimiento.
training-reset-confirm = Sí, restablecer la formación
training-resetting = Restableciendo…
training-reset-cancel = Cancelar
# $took: milliseconds (as written for the reader); $organisations, $requests, $accounts:
# counts that choose the plural forms; $organisations_shown, $requests_shown,
# $accounts_shown: the same counts as written for the reader.
training-reset-done = Formación restablecida en { $took } ms: { $organisations ->
        [one] { $organisations_shown } organización
        [many] { $organisations_shown } organizaciones
       *[other] { $organisations_shown } organizaciones
    } y { $requests ->
        [one] { $requests_shown } solicitud
        [many] { $requests_shown } solicitudes
       *[other] { $requests_shown } solicitudes
    } del mundo de demostración; se { $accounts ->
        [one] conserva { $accounts_shown } cuenta de EU Login
        [many] conservan { $accounts_shown } cuentas de EU Login
       *[other] conservan { $accounts_shown } cuentas de EU Login
    } de participantes.
# $problem: why.
training-reset-failed = El restablecimiento no se ha realizado: { $problem }
