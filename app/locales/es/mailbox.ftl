## The built-in mailbox of demo and test servers.

mailbox-title = Buzón
mailbox-lead = En este servidor, el correo no se envía a buzones reales: todos los mensajes se guardan aquí.
mailbox-lead-open = Abra un mensaje para leerlo y seguir sus enlaces.
mailbox-recipient = Destinatario
mailbox-show-recipient = Mostrar sus mensajes
mailbox-show-all = Mostrar todos los mensajes
mailbox-check = Comprobar si hay mensajes nuevos
mailbox-loading = Cargando el buzón…
mailbox-empty = Todavía no hay mensajes.
# Before the recipient's address.
mailbox-to = Para
