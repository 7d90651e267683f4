### E-mails: what each message is, and its variables, is written above it in en/mail.ftl.

mail-greeting = Estimado/a { $first_name }:
mail-link-validity = El enlace solo puede utilizarse una vez y caduca { $minutes ->
        [one] { $minutes } minuto
        [many] { $minutes } minutos
       *[other] { $minutes } minutos
    } después del envío de este correo electrónico.
mail-not-asked = Si no ha realizado esta solicitud, ignore este correo electrónico.

mail-set-password-subject = EU Login: establezca su contraseña
mail-set-password-intro = Se ha creado para usted una cuenta de EU Login con el nombre de usuario { $username }. Para activarla, establezca su contraseña mediante este enlace:
mail-set-password-expired = Si ha caducado, solicite un nuevo correo electrónico en la página de registro o en la página «¿Ha olvidado su contraseña?».

mail-reset-password-subject = EU Login: elija una nueva contraseña
mail-reset-password-intro = Ha solicitado restablecer su contraseña de EU Login. Elija una nueva contraseña mediante este enlace:
mail-reset-password-expired = Si ha caducado, solicite un nuevo correo electrónico en la página «¿Ha olvidado su contraseña?».

mail-confirm-new-email-subject = EU Login: confirme su nueva dirección de correo electrónico
mail-confirm-new-email-intro = Ha solicitado utilizar esta dirección para su cuenta de EU Login. Para confirmarla, abra este enlace:
mail-confirm-new-email-expired = Si ha caducado, solicite un nuevo correo electrónico en la página de su cuenta.

mail-email-changed-subject = EU Login: se ha cambiado su dirección de correo electrónico
mail-email-changed = La dirección de correo electrónico de su cuenta de EU Login se ha cambiado a { $new_email }.
mail-email-changed-not-you = Si no ha sido usted, póngase en contacto inmediatamente con el servicio de asistencia: { $helpdesk }. Los enlaces para restablecer su contraseña se envían ahora a la nueva dirección.

mail-password-changed-subject = EU Login: se ha cambiado su contraseña
mail-password-changed = Se ha cambiado la contraseña de su cuenta de EU Login.
mail-password-changed-not-you = Si no ha sido usted, restablezca inmediatamente su contraseña en la página «¿Ha olvidado su contraseña?» y póngase en contacto con el servicio de asistencia: { $helpdesk }.

mail-new-request-subject = TRACES NT: nueva solicitud de autorización pendiente de decisión
mail-new-request = { $requester } solicita un puesto en «{ $organisation }» ({ $country }) como { $role }.
mail-new-request-open = Abra la solicitud en su cola de aprobación para aceptarla o rechazarla:
mail-new-request-why = Recibe este mensaje porque decide sobre este tipo de solicitudes. Puede desactivar estos mensajes en la página de su perfil, en Preferencias.
mail-decided-accepted-subject = TRACES NT: su solicitud de autorización ha sido aceptada
mail-decided-accepted = Su solicitud de un puesto en «{ $organisation }» ({ $country }) ha sido aceptada. Ya puede trabajar para esta organización en TRACES NT.
mail-decided-rejected-subject = TRACES NT: su solicitud de autorización ha sido rechazada
mail-decided-rejected = Su solicitud de un puesto en «{ $organisation }» ({ $country }) ha sido rechazada por el siguiente motivo:
mail-decided-no-reason = no se ha indicado ningún motivo
mail-decided-rejected-next = Podrá enviar una nueva solicitud una vez resuelto el motivo.
mail-decided-profile = Sus solicitudes y su estado figuran en la página de su perfil:
