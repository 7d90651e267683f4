## Step 3 of the letter: the queue of requests to decide, one request's page, the
## notifications. Request numbers ($id) are identifiers: shown as they are, never grouped.

# $id: the request's number.
queue-request = Ansökan { $id }
# $id: the request's number.
queue-decided-accepted = Ansökan { $id } har godkänts.
# $id: the request's number.
queue-decided-rejected = Ansökan { $id } har avslagits.
# $count: how many requests (2 or more); $shown: the same number as written for the reader;
# $ids: their numbers, separated by commas.
queue-bulk-accepted = { $count ->
    [one] { $shown } ansökan godkänd: { $ids }.
   *[other] { $shown } ansökningar godkända: { $ids }.
}
# $count: how many requests (2 or more); $shown: the same number as written for the reader;
# $ids: their numbers, separated by commas.
queue-bulk-rejected = { $count ->
    [one] { $shown } ansökan avslagen: { $ids }.
   *[other] { $shown } ansökningar avslagna: { $ids }.
}
# $id: the request's number.
queue-accept-request = Godkänn ansökan { $id }
# $id: the request's number.
queue-reject-request = Avslå ansökan { $id }
# $id: the request's number.
queue-confirm-rejection = Bekräfta avslaget på ansökan { $id }

## The reason of a rejection.

queue-reason-label = Skäl för avslaget
queue-reason-hint = Krävs för att avslå. Sökanden läser det i profilen och i e-postmeddelandet: skriv vad som är fel och vad som ska göras.
queue-reason-cancel = Avslå inte

## Someone who decides nothing opens the queue (the words of the letter).

queue-no-scope = Du har inga ansökningar att besluta om i den här miljön.
queue-no-scope-who-decides = Ansökningar beslutas av landets nationella myndighet (den centrala behöriga myndigheten), av organisationens administratörer och av kommissionen.
queue-no-scope-letter = Om du är aktör eller kontrollorgan/kontrollmyndighet kommer din nationella myndighet eller en administratör inom din organisation att hantera (godkänna/avslå) din ansökan. Om du är en nationell myndighet kommer kommissionen eller en administratör inom din organisation att hantera (godkänna/avslå) din ansökan.

## The queue page.

queue-title = Ansökningar att besluta om
queue-lead-pending = Ansökningarna inom ditt ansvarsområde som väntar på beslut. Öppna en för att se personen, organisationen och dess historik, eller godkänn och avslå här.
queue-lead-decided = Beslutshistoriken: ansökningarna inom ditt ansvarsområde som har godkänts, avslagits, dragits tillbaka eller återkallats.
queue-tabs-label = Vilka ansökningar
queue-tab-pending = Väntande ansökningar
queue-tab-decided = Beslutshistorik
queue-export-list = Exportera den här listan (CSV)
queue-export-decisions = Exportera beslutshistoriken (CSV)
queue-loading = Ansökningarna läses in…
queue-none-pending = Ingen ansökan väntar på ditt beslut med de här filtren.
queue-none-decided = Ingen beslutad ansökan matchar de här filtren.
# $count: how many requests (1 or more); $shown: the same number as written for the reader.
queue-on-this-page = { $count ->
    [one] { $shown } ansökan på den här sidan.
   *[other] { $shown } ansökningar på den här sidan.
}

## The filters of the queue.

queue-filter-form-label = Filtrera ansökningarna
queue-filter-role = Roll
queue-filter-any-role = Alla roller
queue-filter-country = Land
queue-filter-organisation = Organisation
queue-filter-organisation-hint = Det räcker med en del av namnet; versaler och accenter spelar ingen roll.
queue-filter-age = Ansökans ålder
queue-filter-any-age = Alla åldrar
# $days: at least how many days old.
queue-filter-age-at-least = { $days ->
    [one] Minst { $days } dag gammal
   *[other] Minst { $days } dagar gammal
}
queue-filter-order = Ordning
queue-filter-newest-first = Nyaste först
queue-filter-oldest-first = Äldsta först
queue-filter-apply = Använd filter
queue-filter-clear = Rensa filtren

## Deciding the ticked requests at once.

queue-bulk-label = Markerade ansökningar
queue-bulk-accept = Godkänn markerade
queue-bulk-reject = Avslå markerade
queue-bulk-none-selected = Markera ansökningar för att godkänna eller avslå flera på en gång.
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-selected = { $count ->
    [one] { $shown } ansökan markerad.
   *[other] { $shown } ansökningar markerade.
}
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-confirm-rejection = { $count ->
    [one] Bekräfta avslaget på den markerade ansökan
   *[other] Bekräfta avslaget på de { $shown } markerade ansökningarna
}
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-reason-label = { $count ->
    [one] Skäl för att avslå den markerade ansökan
   *[other] Skäl för att avslå de { $shown } markerade ansökningarna
}

## The table of the queue.

queue-table-pending = Väntande ansökningar inom ditt ansvarsområde
queue-table-decided = Beslutade ansökningar inom ditt ansvarsområde
queue-select-all = Markera alla ansökningar på den här sidan
# $id: the request's number.
queue-select-request = Markera ansökan { $id }
queue-column-request = Ansökan
queue-column-person = Person
queue-column-organisation = Organisation
queue-column-role = Roll
queue-column-country = Land
queue-column-sent = Skickad
queue-column-status = Status
queue-column-decision = Beslut
queue-accept = Godkänn
queue-reject = Avslå
# The badge of an operator created by the requester and not yet checked.
queue-new-operator = Ny
queue-new-operator-title = Ett godkännande validerar även aktören
queue-first-page = Första sidan
queue-next-page = Nästa sida

## The keyboard shortcuts: the keys (j, k, o, x, a, r, Enter, the arrows) stay as they are.

queue-shortcuts-title = Kortkommandon
queue-shortcuts-hint = De fungerar när markören inte står i ett textfält.
queue-shortcut-next-keys = j eller ↓
queue-shortcut-next = Nästa ansökan
queue-shortcut-previous-keys = k eller ↑
queue-shortcut-previous = Föregående ansökan
queue-shortcut-open-keys = Enter eller o
queue-shortcut-open = Öppna ansökan
queue-shortcut-tick-keys = x
queue-shortcut-tick = Markera eller avmarkera ansökan
queue-shortcut-accept-keys = a
queue-shortcut-accept = Godkänn ansökan
queue-shortcut-reject-keys = r
queue-shortcut-reject = Avslå ansökan (öppnar fältet för skäl)

## One request's page.

queue-detail-back = Tillbaka till kön
queue-detail-loading = Ansökan läses in…
queue-detail-status = Status:
# Followed by the moment of the decision. $person: who decided (name and e-mail).
queue-detail-decided-by-on = – beslutad av { $person } den
# Followed by the moment of the decision.
queue-detail-decided-on = – beslutad den
queue-detail-rejection-reason = Skäl för avslaget
queue-detail-person-title = Personen
queue-detail-person-name = Namn (EU Login)
queue-detail-person-email = E-post (EU Login)
queue-detail-post-title = Befattningen som ansökan gäller
queue-detail-role = Roll
queue-detail-scope = Omfattning (land)
queue-detail-sent = Skickad
queue-detail-organisation-title = Organisationen
queue-detail-new-operator = Den här aktören är Ny.
queue-detail-new-operator-explained = Sökanden har skapat den och ingen har granskat den ännu. Om ansökan godkänns valideras även aktören (dess status blir Giltig); om den avslås avslås även aktören, om ingen annan ansöker om att ansluta sig till den.
queue-detail-organisation-name = Namn
queue-detail-organisation-kind = Typ
queue-detail-organisation-status = Status
queue-detail-organisation-country = Land
queue-detail-authority-role = Myndighetsroll
queue-detail-control-body-code = Kontrollorganets kod
queue-detail-section = Sektion
queue-detail-activity = Typ av verksamhet
queue-detail-address = Adress
queue-detail-eori = EORI-nummer
queue-detail-phone = Telefon
queue-detail-fax = Fax
queue-detail-email = E-post
queue-detail-website = Webbplats
queue-detail-request-title = Från ansökan
queue-detail-additional-info = Ytterligare information
queue-detail-contact-email = E-postadress för kontakt
queue-detail-contact-phone = Telefonnummer för kontakt
queue-detail-none-given = Inget angivet
queue-organisation-status-new = Ny (skapad av sökanden, ännu inte granskad)
queue-organisation-status-valid = Giltig
queue-organisation-status-rejected = Avslagen
queue-organisation-status-inactive = Inaktiv
queue-detail-decide-title = Ditt beslut
queue-detail-sending = Skickar…
queue-detail-admin-title = Administratör
queue-detail-admin-label = Administratör för organisationen
# $organisation: the organisation's name.
queue-detail-admin-hint = En administratör för { $organisation } godkänner eller avslår ansökningarna om att ansluta sig till den.
# $person: the requester's name; $organisation: the organisation's name.
queue-detail-admin-granted = { $person } är nu administratör för { $organisation }.
# $person: the requester's name; $organisation: the organisation's name.
queue-detail-admin-removed = { $person } är inte längre administratör för { $organisation }.

## The history of a request (also the "action" column of the decision history's CSV file).

queue-history-title = Ansökans historik
# $id: the request's number.
queue-history-caption = Historik för ansökan { $id }
queue-history-when = När
queue-history-who = Vem
queue-history-what = Vad
queue-history-change = Ändring
queue-history-reason = Skäl eller anteckning
queue-audit-request-created = Ansökan skickad
queue-audit-request-cancelled = Ansökan tillbakadragen av sökanden
queue-audit-request-accepted = Ansökan godkänd
queue-audit-request-rejected = Ansökan avslagen
queue-audit-admin-granted = Administratörsbehörighet beviljad
queue-audit-admin-removed = Administratörsbehörighet borttagen
queue-audit-operator-validated = Aktör validerad (Ny → Giltig)
queue-audit-operator-rejected = Aktör avslagen (Ny → Avslagen)
queue-audit-commission-granted = Kommissionsanvändare skapad

## The links of the CSV exports.


## The notifications page.

queue-notifications-title = Aviseringar
queue-notifications-mark-all-read = Markera alla som lästa
queue-notifications-all-read = Alla aviseringar är markerade som lästa.
queue-notifications-none = Du har inga aviseringar i den här miljön ännu.
queue-notifications-loading = Dina aviseringar läses in…
queue-notifications-unread-none = Inga olästa aviseringar.
# $count: how many notifications are unread (1 or more); $shown: the same number as written for the reader.
queue-notifications-unread = { $count ->
    [one] { $shown } oläst avisering.
   *[other] { $shown } olästa aviseringar.
}
queue-notification-unread = Oläst
# $id: the request's number.
queue-notification-open-request = Öppna ansökan { $id }
# $id: the request's number.
queue-notification-see-in-profile = Se ansökan { $id } i min profil
queue-history-system = System
