## Step 3 of the letter: the queue of requests to decide, one request's page, the
## notifications. Request numbers ($id) are identifiers: shown as they are, never grouped.

# $id: the request's number.
queue-request = Solicitud { $id }
# $id: the request's number.
queue-decided-accepted = Solicitud { $id } aceptada.
# $id: the request's number.
queue-decided-rejected = Solicitud { $id } rechazada.
# $count: how many requests (2 or more); $shown: the same number as written for the reader;
# $ids: their numbers, separated by commas.
queue-bulk-accepted = { $count ->
    [one] { $shown } solicitud aceptada: { $ids }.
    [many] { $shown } solicitudes aceptadas: { $ids }.
   *[other] { $shown } solicitudes aceptadas: { $ids }.
}
# $count: how many requests (2 or more); $shown: the same number as written for the reader;
# $ids: their numbers, separated by commas.
queue-bulk-rejected = { $count ->
    [one] { $shown } solicitud rechazada: { $ids }.
    [many] { $shown } solicitudes rechazadas: { $ids }.
   *[other] { $shown } solicitudes rechazadas: { $ids }.
}
# $id: the request's number.
queue-accept-request = Aceptar la solicitud { $id }
# $id: the request's number.
queue-reject-request = Rechazar la solicitud { $id }
# $id: the request's number.
queue-confirm-rejection = Confirmar el rechazo de la solicitud { $id }

## The reason of a rejection.

queue-reason-label = Motivo del rechazo
queue-reason-hint = Necesario para rechazar. El solicitante lo lee en su perfil y en el correo electrónico: indique qué falla y qué debe hacer.
queue-reason-cancel = No rechazar

## Someone who decides nothing opens the queue (the words of the letter).

queue-no-scope = No tiene solicitudes que decidir en este entorno.
queue-no-scope-who-decides = Las solicitudes las deciden la autoridad nacional (autoridad competente central) del país, los administradores de la organización y la Comisión.
queue-no-scope-letter = Si es usted un operador o un organismo o autoridad de control, su autoridad nacional o un administrador de su organización gestionará (aceptará o rechazará) su solicitud. Si es usted una autoridad nacional, la Comisión o un administrador de su organización gestionará (aceptará o rechazará) su solicitud.

## The queue page.

queue-title = Solicitudes por decidir
queue-lead-pending = Las solicitudes de su ámbito que esperan una decisión. Abra una para ver la persona, la organización y su historial, o acéptelas y rechácelas aquí.
queue-lead-decided = El historial de decisiones: las solicitudes de su ámbito que se han aceptado, rechazado, cancelado o revocado.
queue-tabs-label = Qué solicitudes
queue-tab-pending = Solicitudes pendientes
queue-tab-decided = Historial de decisiones
queue-export-list = Exportar esta lista (CSV)
queue-export-decisions = Exportar el historial de decisiones (CSV)
queue-loading = Cargando las solicitudes…
queue-none-pending = Con estos filtros, ninguna solicitud espera su decisión.
queue-none-decided = Ninguna solicitud decidida coincide con estos filtros.
# $count: how many requests (1 or more); $shown: the same number as written for the reader.
queue-on-this-page = { $count ->
    [one] { $shown } solicitud en esta página.
    [many] { $shown } solicitudes en esta página.
   *[other] { $shown } solicitudes en esta página.
}

## The filters of the queue.

queue-filter-form-label = Filtrar las solicitudes
queue-filter-role = Función
queue-filter-any-role = Cualquier función
queue-filter-country = País
queue-filter-organisation = Organización
queue-filter-organisation-hint = Basta con una parte del nombre; no importan las mayúsculas ni los acentos.
queue-filter-age = Antigüedad de la solicitud
queue-filter-any-age = Cualquier antigüedad
# $days: at least how many days old.
queue-filter-age-at-least = { $days ->
    [one] Al menos { $days } día
    [many] Al menos { $days } días
   *[other] Al menos { $days } días
}
queue-filter-order = Orden
queue-filter-newest-first = Las más recientes primero
queue-filter-oldest-first = Las más antiguas primero
queue-filter-apply = Aplicar los filtros
queue-filter-clear = Borrar los filtros

## Deciding the ticked requests at once.

queue-bulk-label = Solicitudes seleccionadas
queue-bulk-accept = Aceptar las seleccionadas
queue-bulk-reject = Rechazar las seleccionadas
queue-bulk-none-selected = Marque solicitudes para aceptar o rechazar varias a la vez.
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-selected = { $count ->
    [one] { $shown } solicitud seleccionada.
    [many] { $shown } solicitudes seleccionadas.
   *[other] { $shown } solicitudes seleccionadas.
}
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-confirm-rejection = { $count ->
    [one] Confirmar el rechazo de la solicitud seleccionada
    [many] Confirmar el rechazo de las { $shown } solicitudes seleccionadas
   *[other] Confirmar el rechazo de las { $shown } solicitudes seleccionadas
}
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-reason-label = { $count ->
    [one] Motivo del rechazo de la solicitud seleccionada
    [many] Motivo del rechazo de las { $shown } solicitudes seleccionadas
   *[other] Motivo del rechazo de las { $shown } solicitudes seleccionadas
}

## The table of the queue.

queue-table-pending = Solicitudes pendientes de su ámbito
queue-table-decided = Solicitudes decididas de su ámbito
queue-select-all = Seleccionar todas las solicitudes de esta página
# $id: the request's number.
queue-select-request = Seleccionar la solicitud { $id }
queue-column-request = Solicitud
queue-column-person = Persona
queue-column-organisation = Organización
queue-column-role = Función
queue-column-country = País
queue-column-sent = Enviada
queue-column-status = Estado
queue-column-decision = Decisión
queue-accept = Aceptar
queue-reject = Rechazar
# The badge of an operator created by the requester and not yet checked.
queue-new-operator = Nuevo
queue-new-operator-title = Al aceptar, también se valida el operador
queue-first-page = Primera página
queue-next-page = Página siguiente

## The keyboard shortcuts: the keys (j, k, o, x, a, r, Enter, the arrows) stay as they are.

queue-shortcuts-title = Atajos de teclado
queue-shortcuts-hint = Funcionan cuando el cursor no está en un campo de texto.
queue-shortcut-next-keys = j o ↓
queue-shortcut-next = Solicitud siguiente
queue-shortcut-previous-keys = k o ↑
queue-shortcut-previous = Solicitud anterior
queue-shortcut-open-keys = Enter u o
queue-shortcut-open = Abrir la solicitud
queue-shortcut-tick-keys = x
queue-shortcut-tick = Marcar o desmarcar la solicitud
queue-shortcut-accept-keys = a
queue-shortcut-accept = Aceptar la solicitud
queue-shortcut-reject-keys = r
queue-shortcut-reject = Rechazar la solicitud (abre el campo del motivo)

## One request's page.

queue-detail-back = Volver a la cola
queue-detail-loading = Cargando la solicitud…
queue-detail-status = Estado:
# Followed by the moment of the decision. $person: who decided (name and e-mail).
queue-detail-decided-by-on = por { $person } el
# Followed by the moment of the decision.
queue-detail-decided-on = el
queue-detail-rejection-reason = Motivo del rechazo
queue-detail-person-title = La persona
queue-detail-person-name = Nombre (EU Login)
queue-detail-person-email = Correo electrónico (EU Login)
queue-detail-post-title = El puesto solicitado
queue-detail-role = Función
queue-detail-scope = Ámbito (país)
queue-detail-sent = Enviada
queue-detail-organisation-title = La organización
queue-detail-new-operator = Este operador tiene el estado «Nuevo».
queue-detail-new-operator-explained = Lo ha creado el solicitante y nadie lo ha comprobado todavía. Al aceptar esta solicitud, también se valida el operador (su estado pasa a ser «Válido»); al rechazarla, se rechaza el operador si nadie más solicita unirse a él.
queue-detail-organisation-name = Nombre
queue-detail-organisation-kind = Tipo
queue-detail-organisation-status = Estado
queue-detail-organisation-country = País
queue-detail-authority-role = Función de la autoridad
queue-detail-control-body-code = Código del organismo de control
queue-detail-section = Sección
queue-detail-activity = Tipo de actividad
queue-detail-address = Dirección
queue-detail-eori = Número EORI
queue-detail-phone = Teléfono
queue-detail-fax = Fax
queue-detail-email = Correo electrónico
queue-detail-website = Sitio web
queue-detail-request-title = Datos de la solicitud
queue-detail-additional-info = Información adicional
queue-detail-contact-email = Correo electrónico de contacto
queue-detail-contact-phone = Teléfono de contacto
queue-detail-none-given = No se ha indicado
queue-organisation-status-new = Nuevo (creado por el solicitante, aún no comprobado)
queue-organisation-status-valid = Válido
queue-organisation-status-rejected = Rechazado
queue-organisation-status-inactive = Inactivo
queue-detail-decide-title = Su decisión
queue-detail-sending = Enviando…
queue-detail-admin-title = Administrador
queue-detail-admin-label = Administrador de la organización
# $organisation: the organisation's name.
queue-detail-admin-hint = Un administrador de { $organisation } acepta o rechaza las solicitudes para unirse a ella.
# $person: the requester's name; $organisation: the organisation's name.
queue-detail-admin-granted = { $person } es ahora administrador de { $organisation }.
# $person: the requester's name; $organisation: the organisation's name.
queue-detail-admin-removed = { $person } ya no es administrador de { $organisation }.

## The history of a request (also the "action" column of the decision history's CSV file).

queue-history-title = Historial de la solicitud
# $id: the request's number.
queue-history-caption = Historial de la solicitud { $id }
queue-history-when = Cuándo
queue-history-who = Quién
queue-history-what = Qué
queue-history-change = Cambio
queue-history-reason = Motivo u observación
queue-audit-request-created = Solicitud enviada
queue-audit-request-cancelled = Solicitud cancelada por el solicitante
queue-audit-request-accepted = Solicitud aceptada
queue-audit-request-rejected = Solicitud rechazada
queue-audit-admin-granted = Condición de administrador concedida
queue-audit-admin-removed = Condición de administrador retirada
queue-audit-operator-validated = Operador validado (Nuevo → Válido)
queue-audit-operator-rejected = Operador rechazado (Nuevo → Rechazado)
queue-audit-commission-granted = Usuario de la Comisión creado

## The links of the CSV exports.


## The notifications page.

queue-notifications-title = Notificaciones
queue-notifications-mark-all-read = Marcar todas como leídas
queue-notifications-all-read = Todas las notificaciones están marcadas como leídas.
queue-notifications-none = Todavía no tiene notificaciones en este entorno.
queue-notifications-loading = Cargando sus notificaciones…
queue-notifications-unread-none = No hay notificaciones sin leer.
# $count: how many notifications are unread (1 or more); $shown: the same number as written for the reader.
queue-notifications-unread = { $count ->
    [one] { $shown } notificación sin leer.
    [many] { $shown } notificaciones sin leer.
   *[other] { $shown } notificaciones sin leer.
}
queue-notification-unread = Sin leer
# $id: the request's number.
queue-notification-open-request = Abrir la solicitud { $id }
# $id: the request's number.
queue-notification-see-in-profile = Ver la solicitud { $id } en mi perfil
queue-history-system = Sistema
