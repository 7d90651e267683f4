## Step 3 of the letter: the queue of requests to decide, one request's page, the
## notifications. Request numbers ($id) are identifiers: shown as they are, never grouped.

# $id: the request's number.
queue-request = Demande { $id }
# $id: the request's number.
queue-decided-accepted = Demande { $id } acceptée.
# $id: the request's number.
queue-decided-rejected = Demande { $id } refusée.
# $count: how many requests (2 or more); $shown: the same number as written for the reader;
# $ids: their numbers, separated by commas.
queue-bulk-accepted = { $count ->
    [one] { $shown } demande acceptée : { $ids }.
    [many] { $shown } demandes acceptées : { $ids }.
   *[other] { $shown } demandes acceptées : { $ids }.
}
# $count: how many requests (2 or more); $shown: the same number as written for the reader;
# $ids: their numbers, separated by commas.
queue-bulk-rejected = { $count ->
    [one] { $shown } demande refusée : { $ids }.
    [many] { $shown } demandes refusées : { $ids }.
   *[other] { $shown } demandes refusées : { $ids }.
}
# $id: the request's number.
queue-accept-request = Accepter la demande { $id }
# $id: the request's number.
queue-reject-request = Refuser la demande { $id }
# $id: the request's number.
queue-confirm-rejection = Confirmer le refus de la demande { $id }

## The reason of a rejection.

queue-reason-label = Motif du refus
queue-reason-hint = Obligatoire pour refuser. Le demandeur le lit dans son profil et dans le courriel : indiquez ce qui ne va pas et ce qu’il faut faire.
queue-reason-cancel = Ne pas refuser

## Someone who decides nothing opens the queue (the words of the letter).

queue-no-scope = Vous n’avez aucune demande à traiter dans cet environnement.
queue-no-scope-who-decides = Les demandes sont traitées par l’autorité nationale (autorité compétente centrale) du pays, par les administrateurs de l’organisation et par la Commission.
queue-no-scope-letter = Si vous êtes un opérateur ou un organisme/une autorité de contrôle, votre autorité nationale ou un administrateur de votre organisation traitera (acceptera/refusera) votre demande. Si vous êtes une autorité nationale, la Commission ou un administrateur de votre organisation traitera (acceptera/refusera) votre demande.

## The queue page.

queue-title = Demandes à traiter
queue-lead-pending = Les demandes relevant de votre compétence qui attendent une décision. Ouvrez-en une pour voir la personne, l’organisation et son historique, ou acceptez et refusez directement ici.
queue-lead-decided = L’historique des décisions : les demandes relevant de votre compétence qui ont été acceptées, refusées, annulées ou révoquées.
queue-tabs-label = Quelles demandes
queue-tab-pending = Demandes en attente
queue-tab-decided = Historique des décisions
queue-export-list = Exporter cette liste (CSV)
queue-export-decisions = Exporter l’historique des décisions (CSV)
queue-loading = Chargement des demandes…
queue-none-pending = Aucune demande n’attend votre décision avec ces filtres.
queue-none-decided = Aucune demande traitée ne correspond à ces filtres.
# $count: how many requests (1 or more); $shown: the same number as written for the reader.
queue-on-this-page = { $count ->
    [one] { $shown } demande sur cette page.
    [many] { $shown } demandes sur cette page.
   *[other] { $shown } demandes sur cette page.
}

## The filters of the queue.

queue-filter-form-label = Filtrer les demandes
queue-filter-role = Rôle
queue-filter-any-role = Tous les rôles
queue-filter-country = Pays
queue-filter-organisation = Organisation
queue-filter-organisation-hint = Une partie du nom suffit ; les majuscules et les accents n’ont pas d’importance.
queue-filter-age = Ancienneté de la demande
queue-filter-any-age = Toute ancienneté
# $days: at least how many days old.
queue-filter-age-at-least = { $days ->
    [one] Depuis au moins { $days } jour
    [many] Depuis au moins { $days } jours
   *[other] Depuis au moins { $days } jours
}
queue-filter-order = Ordre
queue-filter-newest-first = Les plus récentes d’abord
queue-filter-oldest-first = Les plus anciennes d’abord
queue-filter-apply = Appliquer les filtres
queue-filter-clear = Effacer les filtres

## Deciding the ticked requests at once.

queue-bulk-label = Demandes sélectionnées
queue-bulk-accept = Accepter la sélection
queue-bulk-reject = Refuser la sélection
queue-bulk-none-selected = Cochez des demandes pour en accepter ou en refuser plusieurs à la fois.
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-selected = { $count ->
    [one] { $shown } demande sélectionnée.
    [many] { $shown } demandes sélectionnées.
   *[other] { $shown } demandes sélectionnées.
}
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-confirm-rejection = { $count ->
    [one] Confirmer le refus de la demande sélectionnée
    [many] Confirmer le refus des { $shown } demandes sélectionnées
   *[other] Confirmer le refus des { $shown } demandes sélectionnées
}
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-reason-label = { $count ->
    [one] Motif du refus de la demande sélectionnée
    [many] Motif du refus des { $shown } demandes sélectionnées
   *[other] Motif du refus des { $shown } demandes sélectionnées
}

## The table of the queue.

queue-table-pending = Demandes en attente relevant de votre compétence
queue-table-decided = Demandes traitées relevant de votre compétence
queue-select-all = Sélectionner toutes les demandes de cette page
# $id: the request's number.
queue-select-request = Sélectionner la demande { $id }
queue-column-request = Demande
queue-column-person = Personne
queue-column-organisation = Organisation
queue-column-role = Rôle
queue-column-country = Pays
queue-column-sent = Envoyée le
queue-column-status = Statut
queue-column-decision = Décision
queue-accept = Accepter
queue-reject = Refuser
# The badge of an operator created by the requester and not yet checked.
queue-new-operator = Nouveau
queue-new-operator-title = L’acceptation valide aussi l’opérateur
queue-first-page = Première page
queue-next-page = Page suivante

## The keyboard shortcuts: the keys (j, k, o, x, a, r, Enter, the arrows) stay as they are.

queue-shortcuts-title = Raccourcis clavier
queue-shortcuts-hint = Ils fonctionnent lorsque le curseur ne se trouve pas dans un champ de texte.
queue-shortcut-next-keys = j ou ↓
queue-shortcut-next = Demande suivante
queue-shortcut-previous-keys = k ou ↑
queue-shortcut-previous = Demande précédente
queue-shortcut-open-keys = Entrée ou o
queue-shortcut-open = Ouvrir la demande
queue-shortcut-tick-keys = x
queue-shortcut-tick = Cocher ou décocher la demande
queue-shortcut-accept-keys = a
queue-shortcut-accept = Accepter la demande
queue-shortcut-reject-keys = r
queue-shortcut-reject = Refuser la demande (ouvre le champ du motif)

## One request's page.

queue-detail-back = Retour aux demandes à traiter
queue-detail-loading = Chargement de la demande…
queue-detail-status = Statut :
# Followed by the moment of the decision. $person: who decided (name and e-mail).
queue-detail-decided-by-on = par { $person } le
# Followed by the moment of the decision.
queue-detail-decided-on = le
queue-detail-rejection-reason = Motif du refus
queue-detail-person-title = La personne
queue-detail-person-name = Nom (EU Login)
queue-detail-person-email = Adresse électronique (EU Login)
queue-detail-post-title = Le poste demandé
queue-detail-role = Rôle
queue-detail-scope = Périmètre (pays)
queue-detail-sent = Envoyée le
queue-detail-organisation-title = L’organisation
queue-detail-new-operator = Cet opérateur a le statut « Nouveau ».
queue-detail-new-operator-explained = Le demandeur l’a créé et personne ne l’a encore vérifié. Accepter cette demande valide aussi l’opérateur (son statut devient « Valide ») ; la refuser entraîne le refus de l’opérateur si personne d’autre ne demande à le rejoindre.
queue-detail-organisation-name = Nom
queue-detail-organisation-kind = Type
queue-detail-organisation-status = Statut
queue-detail-organisation-country = Pays
queue-detail-authority-role = Rôle de l’autorité
queue-detail-control-body-code = Code de l’organisme de contrôle
queue-detail-section = Section
queue-detail-activity = Type d’activité
queue-detail-address = Adresse
queue-detail-eori = Numéro EORI
queue-detail-phone = Téléphone
queue-detail-fax = Fax
queue-detail-email = Adresse électronique
queue-detail-website = Site web
queue-detail-request-title = Extrait de la demande
queue-detail-additional-info = Informations complémentaires
queue-detail-contact-email = Adresse électronique de contact
queue-detail-contact-phone = Téléphone de contact
queue-detail-none-given = Non renseigné
queue-organisation-status-new = Nouveau (créé par le demandeur, pas encore vérifié)
queue-organisation-status-valid = Valide
queue-organisation-status-rejected = Refusé
queue-organisation-status-inactive = Inactif
queue-detail-decide-title = Votre décision
queue-detail-sending = Envoi en cours…
queue-detail-admin-title = Administrateur
queue-detail-admin-label = Administrateur de l’organisation
# $organisation: the organisation's name.
queue-detail-admin-hint = Un administrateur de { $organisation } accepte ou refuse les demandes pour la rejoindre.
# $person: the requester's name; $organisation: the organisation's name.
queue-detail-admin-granted = { $person } est désormais administrateur de { $organisation }.
# $person: the requester's name; $organisation: the organisation's name.
queue-detail-admin-removed = { $person } n’est plus administrateur de { $organisation }.

## The history of a request (also the "action" column of the decision history's CSV file).

queue-history-title = Historique de la demande
# $id: the request's number.
queue-history-caption = Historique de la demande { $id }
queue-history-when = Quand
queue-history-who = Qui
queue-history-what = Quoi
queue-history-change = Modification
queue-history-reason = Motif ou remarque
queue-audit-request-created = Demande envoyée
queue-audit-request-cancelled = Demande annulée par le demandeur
queue-audit-request-accepted = Demande acceptée
queue-audit-request-rejected = Demande refusée
queue-audit-admin-granted = Droit d’administrateur accordé
queue-audit-admin-removed = Droit d’administrateur retiré
queue-audit-operator-validated = Opérateur validé (Nouveau → Valide)
queue-audit-operator-rejected = Opérateur refusé (Nouveau → Refusé)
queue-audit-commission-granted = Utilisateur de la Commission créé

## The links of the CSV exports.


## The notifications page.

queue-notifications-title = Notifications
queue-notifications-mark-all-read = Tout marquer comme lu
queue-notifications-all-read = Toutes les notifications sont marquées comme lues.
queue-notifications-none = Vous n’avez encore aucune notification dans cet environnement.
queue-notifications-loading = Chargement de vos notifications…
queue-notifications-unread-none = Aucune notification non lue.
# $count: how many notifications are unread (1 or more); $shown: the same number as written for the reader.
queue-notifications-unread = { $count ->
    [one] { $shown } notification non lue.
    [many] { $shown } notifications non lues.
   *[other] { $shown } notifications non lues.
}
queue-notification-unread = Non lue
# $id: the request's number.
queue-notification-open-request = Ouvrir la demande { $id }
# $id: the request's number.
queue-notification-see-in-profile = Voir la demande { $id } dans mon profil
queue-history-system = Système
