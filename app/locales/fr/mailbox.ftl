## The built-in mailbox of demo and test servers.

mailbox-title = Boîte aux lettres
mailbox-lead = Sur ce serveur, les courriels ne sont pas envoyés à de vraies boîtes de réception : chaque message est conservé ici.
mailbox-lead-open = Ouvrez un message pour le lire et suivre ses liens.
mailbox-recipient = Destinataire
mailbox-show-recipient = Afficher ses messages
mailbox-show-all = Afficher tous les messages
mailbox-check = Vérifier les nouveaux messages
mailbox-loading = Chargement de la boîte aux lettres…
mailbox-empty = Aucun message pour l’instant.
# Before the recipient's address.
mailbox-to = À
