## Step 3 of the letter: the queue of requests to decide, one request's page, the
## notifications. Request numbers ($id) are identifiers: shown as they are, never grouped.

# $id: the request's number.
queue-request = Richiesta { $id }
# $id: the request's number.
queue-decided-accepted = Richiesta { $id } accettata.
# $id: the request's number.
queue-decided-rejected = Richiesta { $id } respinta.
# $count: how many requests (2 or more); $shown: the same number as written for the reader;
# $ids: their numbers, separated by commas.
queue-bulk-accepted = { $count ->
    [one] { $shown } richiesta accettata: { $ids }.
    [many] { $shown } richieste accettate: { $ids }.
   *[other] { $shown } richieste accettate: { $ids }.
}
# $count: how many requests (2 or more); $shown: the same number as written for the reader;
# $ids: their numbers, separated by commas.
queue-bulk-rejected = { $count ->
    [one] { $shown } richiesta respinta: { $ids }.
    [many] { $shown } richieste respinte: { $ids }.
   *[other] { $shown } richieste respinte: { $ids }.
}
# $id: the request's number.
queue-accept-request = Accettare la richiesta { $id }
# $id: the request's number.
queue-reject-request = Respingere la richiesta { $id }
# $id: the request's number.
queue-confirm-rejection = Confermare il rigetto della richiesta { $id }

## The reason of a rejection.

queue-reason-label = Motivo del rigetto
queue-reason-hint = Necessario per respingere. Il richiedente lo legge nel profilo e nell’e-mail: indichi che cosa non va e che cosa fare.
queue-reason-cancel = Non respingere

## Someone who decides nothing opens the queue (the words of the letter).

queue-no-scope = Non ha richieste da decidere in questo ambiente.
queue-no-scope-who-decides = Le richieste sono decise dall’autorità nazionale (autorità competente centrale) del paese, dagli amministratori dell’organizzazione e dalla Commissione.
queue-no-scope-letter = Se è un operatore o un organismo/un’autorità di controllo, la Sua autorità nazionale o un amministratore della Sua organizzazione gestirà (accetterà/respingerà) la Sua richiesta. Se è un’autorità nazionale, la Commissione o un amministratore della Sua organizzazione gestirà (accetterà/respingerà) la Sua richiesta.

## The queue page.

queue-title = Richieste da decidere
queue-lead-pending = Le richieste di Sua competenza in attesa di una decisione. Ne apra una per vedere la persona, l’organizzazione e la relativa cronologia, oppure accetti e respinga direttamente qui.
queue-lead-decided = La cronologia delle decisioni: le richieste di Sua competenza che sono state accettate, respinte, annullate o revocate.
queue-tabs-label = Quali richieste
queue-tab-pending = Richieste in attesa
queue-tab-decided = Cronologia delle decisioni
queue-export-list = Esportare questo elenco (CSV)
queue-export-decisions = Esportare la cronologia delle decisioni (CSV)
queue-loading = Caricamento delle richieste…
queue-none-pending = Con questi filtri nessuna richiesta attende la Sua decisione.
queue-none-decided = Nessuna richiesta decisa corrisponde a questi filtri.
# $count: how many requests (1 or more); $shown: the same number as written for the reader.
queue-on-this-page = { $count ->
    [one] { $shown } richiesta in questa pagina.
    [many] { $shown } richieste in questa pagina.
   *[other] { $shown } richieste in questa pagina.
}

## The filters of the queue.

queue-filter-form-label = Filtrare le richieste
queue-filter-role = Ruolo
queue-filter-any-role = Tutti i ruoli
queue-filter-country = Paese
queue-filter-organisation = Organizzazione
queue-filter-organisation-hint = Basta una parte del nome; maiuscole e accenti non contano.
queue-filter-age = Anzianità della richiesta
queue-filter-any-age = Qualsiasi anzianità
# $days: at least how many days old.
queue-filter-age-at-least = { $days ->
    [one] Da almeno { $days } giorno
    [many] Da almeno { $days } giorni
   *[other] Da almeno { $days } giorni
}
queue-filter-order = Ordine
queue-filter-newest-first = Prima le più recenti
queue-filter-oldest-first = Prima le meno recenti
queue-filter-apply = Applicare i filtri
queue-filter-clear = Cancellare i filtri

## Deciding the ticked requests at once.

queue-bulk-label = Richieste selezionate
queue-bulk-accept = Accettare le selezionate
queue-bulk-reject = Respingere le selezionate
queue-bulk-none-selected = Selezioni delle richieste per accettarne o respingerne più di una alla volta.
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-selected = { $count ->
    [one] { $shown } richiesta selezionata.
    [many] { $shown } richieste selezionate.
   *[other] { $shown } richieste selezionate.
}
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-confirm-rejection = { $count ->
    [one] Confermare il rigetto della richiesta selezionata
    [many] Confermare il rigetto delle { $shown } richieste selezionate
   *[other] Confermare il rigetto delle { $shown } richieste selezionate
}
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-reason-label = { $count ->
    [one] Motivo del rigetto della richiesta selezionata
    [many] Motivo del rigetto delle { $shown } richieste selezionate
   *[other] Motivo del rigetto delle { $shown } richieste selezionate
}

## The table of the queue.

queue-table-pending = Richieste in attesa di Sua competenza
queue-table-decided = Richieste decise di Sua competenza
queue-select-all = Selezionare tutte le richieste di questa pagina
# $id: the request's number.
queue-select-request = Selezionare la richiesta { $id }
queue-column-request = Richiesta
queue-column-person = Persona
queue-column-organisation = Organizzazione
queue-column-role = Ruolo
queue-column-country = Paese
queue-column-sent = Inviata
queue-column-status = Stato
queue-column-decision = Decisione
queue-accept = Accettare
queue-reject = Respingere
# The badge of an operator created by the requester and not yet checked.
queue-new-operator = Nuovo
queue-new-operator-title = L’accettazione convalida anche l’operatore
queue-first-page = Prima pagina
queue-next-page = Pagina successiva

## The keyboard shortcuts: the keys (j, k, o, x, a, r, Enter, the arrows) stay as they are.

queue-shortcuts-title = Scorciatoie da tastiera
queue-shortcuts-hint = Funzionano quando il cursore non si trova in un campo di testo.
queue-shortcut-next-keys = j oppure ↓
queue-shortcut-next = Richiesta successiva
queue-shortcut-previous-keys = k oppure ↑
queue-shortcut-previous = Richiesta precedente
queue-shortcut-open-keys = Invio oppure o
queue-shortcut-open = Aprire la richiesta
queue-shortcut-tick-keys = x
queue-shortcut-tick = Selezionare o deselezionare la richiesta
queue-shortcut-accept-keys = a
queue-shortcut-accept = Accettare la richiesta
queue-shortcut-reject-keys = r
queue-shortcut-reject = Respingere la richiesta (apre il campo del motivo)

## One request's page.

queue-detail-back = Tornare alle richieste da decidere
queue-detail-loading = Caricamento della richiesta…
queue-detail-status = Stato:
# Followed by the moment of the decision. $person: who decided (name and e-mail).
queue-detail-decided-by-on = da { $person } il
# Followed by the moment of the decision.
queue-detail-decided-on = il
queue-detail-rejection-reason = Motivo del rigetto
queue-detail-person-title = La persona
queue-detail-person-name = Nome (EU Login)
queue-detail-person-email = E-mail (EU Login)
queue-detail-post-title = La posizione richiesta
queue-detail-role = Ruolo
queue-detail-scope = Ambito (paese)
queue-detail-sent = Inviata
queue-detail-organisation-title = L’organizzazione
queue-detail-new-operator = Questo operatore ha lo stato «Nuovo».
queue-detail-new-operator-explained = Il richiedente lo ha creato e nessuno lo ha ancora verificato. Accettare questa richiesta convalida anche l’operatore (il suo stato diventa «Valido»); respingerla comporta il rigetto dell’operatore se nessun altro chiede di farne parte.
queue-detail-organisation-name = Nome
queue-detail-organisation-kind = Tipo
queue-detail-organisation-status = Stato
queue-detail-organisation-country = Paese
queue-detail-authority-role = Ruolo dell’autorità
queue-detail-control-body-code = Codice dell’organismo di controllo
queue-detail-section = Sezione
queue-detail-activity = Tipo di attività
queue-detail-address = Indirizzo
queue-detail-eori = Numero EORI
queue-detail-phone = Telefono
queue-detail-fax = Fax
queue-detail-email = E-mail
queue-detail-website = Sito web
queue-detail-request-title = Dalla richiesta
queue-detail-additional-info = Informazioni supplementari
queue-detail-contact-email = E-mail di contatto
queue-detail-contact-phone = Telefono di contatto
queue-detail-none-given = Non indicato
queue-organisation-status-new = Nuovo (creato dal richiedente, non ancora verificato)
queue-organisation-status-valid = Valido
queue-organisation-status-rejected = Respinto
queue-organisation-status-inactive = Inattivo
queue-detail-decide-title = La Sua decisione
queue-detail-sending = Invio in corso…
queue-detail-admin-title = Amministratore
queue-detail-admin-label = Amministratore dell’organizzazione
# $organisation: the organisation's name.
queue-detail-admin-hint = Un amministratore di { $organisation } accetta o respinge le richieste di farne parte.
# $person: the requester's name; $organisation: the organisation's name.
queue-detail-admin-granted = { $person } è ora amministratore di { $organisation }.
# $person: the requester's name; $organisation: the organisation's name.
queue-detail-admin-removed = { $person } non è più amministratore di { $organisation }.

## The history of a request (also the "action" column of the decision history's CSV file).

queue-history-title = Cronologia della richiesta
# $id: the request's number.
queue-history-caption = Cronologia della richiesta { $id }
queue-history-when = Quando
queue-history-who = Chi
queue-history-what = Che cosa
queue-history-change = Modifica
queue-history-reason = Motivo o nota
queue-audit-request-created = Richiesta inviata
queue-audit-request-cancelled = Richiesta annullata dal richiedente
queue-audit-request-accepted = Richiesta accettata
queue-audit-request-rejected = Richiesta respinta
queue-audit-admin-granted = Diritti di amministratore concessi
queue-audit-admin-removed = Diritti di amministratore revocati
queue-audit-operator-validated = Operatore convalidato (Nuovo → Valido)
queue-audit-operator-rejected = Operatore respinto (Nuovo → Respinto)
queue-audit-commission-granted = Utente della Commissione creato

## The links of the CSV exports.


## The notifications page.

queue-notifications-title = Notifiche
queue-notifications-mark-all-read = Segnare tutte come lette
queue-notifications-all-read = Tutte le notifiche sono segnate come lette.
queue-notifications-none = Non ha ancora notifiche in questo ambiente.
queue-notifications-loading = Caricamento delle Sue notifiche…
queue-notifications-unread-none = Nessuna notifica da leggere.
# $count: how many notifications are unread (1 or more); $shown: the same number as written for the reader.
queue-notifications-unread = { $count ->
    [one] { $shown } notifica da leggere.
    [many] { $shown } notifiche da leggere.
   *[other] { $shown } notifiche da leggere.
}
queue-notification-unread = Da leggere
# $id: the request's number.
queue-notification-open-request = Aprire la richiesta { $id }
# $id: the request's number.
queue-notification-see-in-profile = Vedere la richiesta { $id } nel mio profilo
queue-history-system = Sistema
