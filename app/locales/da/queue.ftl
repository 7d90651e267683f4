## Step 3 of the letter: the queue of requests to decide, one request's page, the
## notifications. Request numbers ($id) are identifiers: shown as they are, never grouped.

# $id: the request's number.
queue-request = Anmodning { $id }
# $id: the request's number.
queue-decided-accepted = Anmodning { $id } er godkendt.
# $id: the request's number.
queue-decided-rejected = Anmodning { $id } er afvist.
# $count: how many requests (2 or more); $shown: the same number as written for the reader;
# $ids: their numbers, separated by commas.
queue-bulk-accepted = { $count ->
    [one] { $shown } anmodning godkendt: { $ids }.
   *[other] { $shown } anmodninger godkendt: { $ids }.
}
# $count: how many requests (2 or more); $shown: the same number as written for the reader;
# $ids: their numbers, separated by commas.
queue-bulk-rejected = { $count ->
    [one] { $shown } anmodning afvist: { $ids }.
   *[other] { $shown } anmodninger afvist: { $ids }.
}
# $id: the request's number.
queue-accept-request = Godkend anmodning { $id }
# $id: the request's number.
queue-reject-request = Afvis anmodning { $id }
# $id: the request's number.
queue-confirm-rejection = Bekræft afvisningen af anmodning { $id }

## The reason of a rejection.

queue-reason-label = Begrundelse for afvisningen
queue-reason-hint = Påkrævet for at afvise. Ansøgeren læser den på sin profil og i e-mailen: skriv, hvad der er galt, og hvad der skal gøres.
queue-reason-cancel = Afvis ikke

## Someone who decides nothing opens the queue (the words of the letter).

queue-no-scope = Du har ingen anmodninger at træffe afgørelse om i dette miljø.
queue-no-scope-who-decides = Der træffes afgørelse om anmodninger af landets nationale myndighed (den centrale kompetente myndighed), af organisationens administratorer og af Kommissionen.
queue-no-scope-letter = Hvis du er aktør eller kontrolorgan/kontrolmyndighed, vil din nationale myndighed eller en administrator i din organisation behandle (godkende/afvise) din anmodning. Hvis du er en national myndighed, vil Kommissionen eller en administrator i din organisation behandle (godkende/afvise) din anmodning.

## The queue page.

queue-title = Anmodninger til afgørelse
queue-lead-pending = Anmodningerne inden for dit område, der venter på en afgørelse. Åbn en for at se personen, organisationen og dens historik, eller godkend og afvis her.
queue-lead-decided = Afgørelseshistorikken: anmodningerne inden for dit område, der er godkendt, afvist, annulleret eller tilbagekaldt.
queue-tabs-label = Hvilke anmodninger
queue-tab-pending = Anmodninger under behandling
queue-tab-decided = Afgørelseshistorik
queue-export-list = Eksportér denne liste (CSV)
queue-export-decisions = Eksportér afgørelseshistorikken (CSV)
queue-loading = Anmodningerne indlæses…
queue-none-pending = Ingen anmodning med disse filtre venter på din afgørelse.
queue-none-decided = Ingen afgjort anmodning svarer til disse filtre.
# $count: how many requests (1 or more); $shown: the same number as written for the reader.
queue-on-this-page = { $count ->
    [one] { $shown } anmodning på denne side.
   *[other] { $shown } anmodninger på denne side.
}

## The filters of the queue.

queue-filter-form-label = Filtrér anmodningerne
queue-filter-role = Rolle
queue-filter-any-role = Alle roller
queue-filter-country = Land
queue-filter-organisation = Organisation
queue-filter-organisation-hint = En del af navnet er nok; store og små bogstaver og accenter er ligegyldige.
queue-filter-age = Anmodningens alder
queue-filter-any-age = Alle aldre
# $days: at least how many days old.
queue-filter-age-at-least = { $days ->
    [one] Mindst { $days } dag gammel
   *[other] Mindst { $days } dage gammel
}
queue-filter-order = Rækkefølge
queue-filter-newest-first = Nyeste først
queue-filter-oldest-first = Ældste først
queue-filter-apply = Anvend filtre
queue-filter-clear = Ryd filtrene

## Deciding the ticked requests at once.

queue-bulk-label = Valgte anmodninger
queue-bulk-accept = Godkend valgte
queue-bulk-reject = Afvis valgte
queue-bulk-none-selected = Sæt kryds ved anmodninger for at godkende eller afvise flere på én gang.
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-selected = { $count ->
    [one] { $shown } anmodning valgt.
   *[other] { $shown } anmodninger valgt.
}
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-confirm-rejection = { $count ->
    [one] Bekræft afvisningen af den valgte anmodning
   *[other] Bekræft afvisningen af de { $shown } valgte anmodninger
}
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-reason-label = { $count ->
    [one] Begrundelse for at afvise den valgte anmodning
   *[other] Begrundelse for at afvise de { $shown } valgte anmodninger
}

## The table of the queue.

queue-table-pending = Anmodninger under behandling inden for dit område
queue-table-decided = Afgjorte anmodninger inden for dit område
queue-select-all = Vælg alle anmodninger på denne side
# $id: the request's number.
queue-select-request = Vælg anmodning { $id }
queue-column-request = Anmodning
queue-column-person = Person
queue-column-organisation = Organisation
queue-column-role = Rolle
queue-column-country = Land
queue-column-sent = Sendt
queue-column-status = Status
queue-column-decision = Afgørelse
queue-accept = Godkend
queue-reject = Afvis
# The badge of an operator created by the requester and not yet checked.
queue-new-operator = Ny
queue-new-operator-title = En godkendelse validerer også aktøren
queue-first-page = Første side
queue-next-page = Næste side

## The keyboard shortcuts: the keys (j, k, o, x, a, r, Enter, the arrows) stay as they are.

queue-shortcuts-title = Tastaturgenveje
queue-shortcuts-hint = De virker, når markøren ikke står i et tekstfelt.
queue-shortcut-next-keys = j eller ↓
queue-shortcut-next = Næste anmodning
queue-shortcut-previous-keys = k eller ↑
queue-shortcut-previous = Forrige anmodning
queue-shortcut-open-keys = Enter eller o
queue-shortcut-open = Åbn anmodningen
queue-shortcut-tick-keys = x
queue-shortcut-tick = Sæt eller fjern kryds ved anmodningen
queue-shortcut-accept-keys = a
queue-shortcut-accept = Godkend anmodningen
queue-shortcut-reject-keys = r
queue-shortcut-reject = Afvis anmodningen (åbner feltet til begrundelsen)

## One request's page.

queue-detail-back = Tilbage til køen
queue-detail-loading = Anmodningen indlæses…
queue-detail-status = Status:
# Followed by the moment of the decision. $person: who decided (name and e-mail).
queue-detail-decided-by-on = – afgjort af { $person } den
# Followed by the moment of the decision.
queue-detail-decided-on = – afgjort den
queue-detail-rejection-reason = Begrundelse for afvisningen
queue-detail-person-title = Personen
queue-detail-person-name = Navn (EU Login)
queue-detail-person-email = E-mail (EU Login)
queue-detail-post-title = Den ønskede stilling
queue-detail-role = Rolle
queue-detail-scope = Omfang (land)
queue-detail-sent = Sendt
queue-detail-organisation-title = Organisationen
queue-detail-new-operator = Denne aktør er Ny.
queue-detail-new-operator-explained = Ansøgeren har oprettet den, og ingen har kontrolleret den endnu. Hvis denne anmodning godkendes, valideres aktøren også (dens status bliver Gyldig); hvis den afvises, afvises aktøren også, når ingen andre anmoder om at blive tilknyttet den.
queue-detail-organisation-name = Navn
queue-detail-organisation-kind = Type
queue-detail-organisation-status = Status
queue-detail-organisation-country = Land
queue-detail-authority-role = Myndighedsrolle
queue-detail-control-body-code = Kontrolorganets kode
queue-detail-section = Sektion
queue-detail-activity = Aktivitetstype
queue-detail-address = Adresse
queue-detail-eori = EORI-nummer
queue-detail-phone = Telefon
queue-detail-fax = Fax
queue-detail-email = E-mail
queue-detail-website = Websted
queue-detail-request-title = Fra anmodningen
queue-detail-additional-info = Yderligere oplysninger
queue-detail-contact-email = Kontakt-e-mail
queue-detail-contact-phone = Kontakttelefon
queue-detail-none-given = Ikke angivet
queue-organisation-status-new = Ny (oprettet af ansøgeren, endnu ikke kontrolleret)
queue-organisation-status-valid = Gyldig
queue-organisation-status-rejected = Afvist
queue-organisation-status-inactive = Inaktiv
queue-detail-decide-title = Din afgørelse
queue-detail-sending = Sender…
queue-detail-admin-title = Administrator
queue-detail-admin-label = Administrator af organisationen
# $organisation: the organisation's name.
queue-detail-admin-hint = En administrator af { $organisation } godkender eller afviser anmodningerne om at blive tilknyttet den.
# $person: the requester's name; $organisation: the organisation's name.
queue-detail-admin-granted = { $person } er nu administrator af { $organisation }.
# $person: the requester's name; $organisation: the organisation's name.
queue-detail-admin-removed = { $person } er ikke længere administrator af { $organisation }.

## The history of a request (also the "action" column of the decision history's CSV file).

queue-history-title = Anmodningens historik
# $id: the request's number.
queue-history-caption = Historik for anmodning { $id }
queue-history-when = Hvornår
queue-history-who = Hvem
queue-history-what = Hvad
queue-history-change = Ændring
queue-history-reason = Begrundelse eller bemærkning
queue-audit-request-created = Anmodning sendt
queue-audit-request-cancelled = Anmodning annulleret af ansøgeren
queue-audit-request-accepted = Anmodning godkendt
queue-audit-request-rejected = Anmodning afvist
queue-audit-admin-granted = Administratorstatus tildelt
queue-audit-admin-removed = Administratorstatus fjernet
queue-audit-operator-validated = Aktør valideret (Ny → Gyldig)
queue-audit-operator-rejected = Aktør afvist (Ny → Afvist)
queue-audit-commission-granted = Kommissionsbruger oprettet

## The links of the CSV exports.


## The notifications page.

queue-notifications-title = Notifikationer
queue-notifications-mark-all-read = Markér alle som læst
queue-notifications-all-read = Alle notifikationer er markeret som læst.
queue-notifications-none = Du har endnu ingen notifikationer i dette miljø.
queue-notifications-loading = Dine notifikationer indlæses…
queue-notifications-unread-none = Ingen ulæste notifikationer.
# $count: how many notifications are unread (1 or more); $shown: the same number as written for the reader.
queue-notifications-unread = { $count ->
    [one] { $shown } ulæst notifikation.
   *[other] { $shown } ulæste notifikationer.
}
queue-notification-unread = Ulæst
# $id: the request's number.
queue-notification-open-request = Åbn anmodning { $id }
# $id: the request's number.
queue-notification-see-in-profile = Se anmodning { $id } på min profil
queue-history-system = System
