## Step 3 of the letter: the queue of requests to decide, one request's page, the
## notifications. Request numbers ($id) are identifiers: shown as they are, never grouped.

# $id: the request's number.
queue-request = Verzoek { $id }
# $id: the request's number.
queue-decided-accepted = Verzoek { $id } aanvaard.
# $id: the request's number.
queue-decided-rejected = Verzoek { $id } afgewezen.
# $count: how many requests (2 or more); $shown: the same number as written for the reader;
# $ids: their numbers, separated by commas.
queue-bulk-accepted = { $count ->
    [one] { $shown } verzoek aanvaard: { $ids }.
   *[other] { $shown } verzoeken aanvaard: { $ids }.
}
# $count: how many requests (2 or more); $shown: the same number as written for the reader;
# $ids: their numbers, separated by commas.
queue-bulk-rejected = { $count ->
    [one] { $shown } verzoek afgewezen: { $ids }.
   *[other] { $shown } verzoeken afgewezen: { $ids }.
}
# $id: the request's number.
queue-accept-request = Verzoek { $id } aanvaarden
# $id: the request's number.
queue-reject-request = Verzoek { $id } afwijzen
# $id: the request's number.
queue-confirm-rejection = De afwijzing van verzoek { $id } bevestigen

## The reason of a rejection.

queue-reason-label = Reden van de afwijzing
queue-reason-hint = Nodig om af te wijzen. De aanvrager leest de reden in het profiel en in de e-mail: zeg wat er mis is en wat er moet gebeuren.
queue-reason-cancel = Niet afwijzen

## Someone who decides nothing opens the queue (the words of the letter).

queue-no-scope = U hebt in deze omgeving geen verzoeken om over te beslissen.
queue-no-scope-who-decides = Over verzoeken wordt beslist door de nationale autoriteit (centrale bevoegde autoriteit) van het land, door de beheerders van de organisatie en door de Commissie.
queue-no-scope-letter = Als u een marktdeelnemer of een controleorgaan/controleautoriteit bent, zal uw nationale autoriteit of een beheerder binnen uw organisatie uw verzoek behandelen (aanvaarden/afwijzen). Als u een nationale autoriteit bent, zal de Commissie of een beheerder binnen uw organisatie uw verzoek behandelen (aanvaarden/afwijzen).

## The queue page.

queue-title = Te beslissen verzoeken
queue-lead-pending = De verzoeken binnen uw bereik die op een beslissing wachten. Open een verzoek om de persoon, de organisatie en de geschiedenis te zien, of aanvaard en wijs hier af.
queue-lead-decided = De beslissingsgeschiedenis: de verzoeken binnen uw bereik die zijn aanvaard, afgewezen, geannuleerd of ingetrokken.
queue-tabs-label = Welke verzoeken
queue-tab-pending = Verzoeken in behandeling
queue-tab-decided = Beslissingsgeschiedenis
queue-export-list = Deze lijst exporteren (CSV)
queue-export-decisions = Beslissingsgeschiedenis exporteren (CSV)
queue-loading = De verzoeken worden geladen…
queue-none-pending = Met deze filters wacht geen enkel verzoek op uw beslissing.
queue-none-decided = Geen enkel beslist verzoek voldoet aan deze filters.
# $count: how many requests (1 or more); $shown: the same number as written for the reader.
queue-on-this-page = { $count ->
    [one] { $shown } verzoek op deze pagina.
   *[other] { $shown } verzoeken op deze pagina.
}

## The filters of the queue.

queue-filter-form-label = De verzoeken filteren
queue-filter-role = Rol
queue-filter-any-role = Elke rol
queue-filter-country = Land
queue-filter-organisation = Organisatie
queue-filter-organisation-hint = Een deel van de naam volstaat; hoofdletters en accenten maken niet uit.
queue-filter-age = Leeftijd van het verzoek
queue-filter-any-age = Elke leeftijd
# $days: at least how many days old.
queue-filter-age-at-least = { $days ->
    [one] Ten minste { $days } dag oud
   *[other] Ten minste { $days } dagen oud
}
queue-filter-order = Volgorde
queue-filter-newest-first = Nieuwste eerst
queue-filter-oldest-first = Oudste eerst
queue-filter-apply = Filters toepassen
queue-filter-clear = Filters wissen

## Deciding the ticked requests at once.

queue-bulk-label = Geselecteerde verzoeken
queue-bulk-accept = Selectie aanvaarden
queue-bulk-reject = Selectie afwijzen
queue-bulk-none-selected = Vink verzoeken aan om er meerdere tegelijk te aanvaarden of af te wijzen.
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-selected = { $count ->
    [one] { $shown } verzoek geselecteerd.
   *[other] { $shown } verzoeken geselecteerd.
}
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-confirm-rejection = { $count ->
    [one] De afwijzing van het geselecteerde verzoek bevestigen
   *[other] De afwijzing van de { $shown } geselecteerde verzoeken bevestigen
}
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-reason-label = { $count ->
    [one] Reden voor het afwijzen van het geselecteerde verzoek
   *[other] Reden voor het afwijzen van de { $shown } geselecteerde verzoeken
}

## The table of the queue.

queue-table-pending = Verzoeken in behandeling binnen uw bereik
queue-table-decided = Besliste verzoeken binnen uw bereik
queue-select-all = Alle verzoeken op deze pagina selecteren
# $id: the request's number.
queue-select-request = Verzoek { $id } selecteren
queue-column-request = Verzoek
queue-column-person = Persoon
queue-column-organisation = Organisatie
queue-column-role = Rol
queue-column-country = Land
queue-column-sent = Verzonden
queue-column-status = Status
queue-column-decision = Beslissing
queue-accept = Aanvaarden
queue-reject = Afwijzen
# The badge of an operator created by the requester and not yet checked.
queue-new-operator = Nieuw
queue-new-operator-title = Aanvaarden valideert ook de marktdeelnemer
queue-first-page = Eerste pagina
queue-next-page = Volgende pagina

## The keyboard shortcuts: the keys (j, k, o, x, a, r, Enter, the arrows) stay as they are.

queue-shortcuts-title = Sneltoetsen
queue-shortcuts-hint = Ze werken zolang de cursor niet in een tekstveld staat.
queue-shortcut-next-keys = j of ↓
queue-shortcut-next = Volgend verzoek
queue-shortcut-previous-keys = k of ↑
queue-shortcut-previous = Vorig verzoek
queue-shortcut-open-keys = Enter of o
queue-shortcut-open = Het verzoek openen
queue-shortcut-tick-keys = x
queue-shortcut-tick = Het verzoek aan- of uitvinken
queue-shortcut-accept-keys = a
queue-shortcut-accept = Het verzoek aanvaarden
queue-shortcut-reject-keys = r
queue-shortcut-reject = Het verzoek afwijzen (opent het veld voor de reden)

## One request's page.

queue-detail-back = Terug naar de wachtrij
queue-detail-loading = Het verzoek wordt geladen…
queue-detail-status = Status:
# Followed by the moment of the decision. $person: who decided (name and e-mail).
queue-detail-decided-by-on = door { $person } op
# Followed by the moment of the decision.
queue-detail-decided-on = op
queue-detail-rejection-reason = Reden van de afwijzing
queue-detail-person-title = De persoon
queue-detail-person-name = Naam (EU Login)
queue-detail-person-email = E-mail (EU Login)
queue-detail-post-title = De gevraagde functie
queue-detail-role = Rol
queue-detail-scope = Bereik (land)
queue-detail-sent = Verzonden
queue-detail-organisation-title = De organisatie
queue-detail-new-operator = Deze marktdeelnemer heeft de status Nieuw.
queue-detail-new-operator-explained = De aanvrager heeft deze marktdeelnemer aangemaakt en niemand heeft hem nog gecontroleerd. Door dit verzoek te aanvaarden, wordt ook de marktdeelnemer gevalideerd (de status wordt Geldig); door het af te wijzen, wordt de marktdeelnemer afgewezen als niemand anders vraagt om zich erbij aan te sluiten.
queue-detail-organisation-name = Naam
queue-detail-organisation-kind = Soort
queue-detail-organisation-status = Status
queue-detail-organisation-country = Land
queue-detail-authority-role = Rol van de autoriteit
queue-detail-control-body-code = Code van het controleorgaan
queue-detail-section = Sectie
queue-detail-activity = Soort activiteit
queue-detail-address = Adres
queue-detail-eori = EORI-nummer
queue-detail-phone = Telefoon
queue-detail-fax = Fax
queue-detail-email = E-mail
queue-detail-website = Website
queue-detail-request-title = Uit het verzoek
queue-detail-additional-info = Aanvullende informatie
queue-detail-contact-email = Contact-e-mailadres
queue-detail-contact-phone = Contacttelefoonnummer
queue-detail-none-given = Niet opgegeven
queue-organisation-status-new = Nieuw (aangemaakt door de aanvrager, nog niet gecontroleerd)
queue-organisation-status-valid = Geldig
queue-organisation-status-rejected = Afgewezen
queue-organisation-status-inactive = Inactief
queue-detail-decide-title = Uw beslissing
queue-detail-sending = Bezig met verzenden…
queue-detail-admin-title = Beheerder
queue-detail-admin-label = Beheerder van de organisatie
# $organisation: the organisation's name.
queue-detail-admin-hint = Een beheerder van { $organisation } aanvaardt verzoeken om zich bij de organisatie aan te sluiten of wijst ze af.
# $person: the requester's name; $organisation: the organisation's name.
queue-detail-admin-granted = { $person } is nu beheerder van { $organisation }.
# $person: the requester's name; $organisation: the organisation's name.
queue-detail-admin-removed = { $person } is geen beheerder van { $organisation } meer.

## The history of a request (also the "action" column of the decision history's CSV file).

queue-history-title = Geschiedenis van het verzoek
# $id: the request's number.
queue-history-caption = Geschiedenis van verzoek { $id }
queue-history-when = Wanneer
queue-history-who = Wie
queue-history-what = Wat
queue-history-change = Wijziging
queue-history-reason = Reden of opmerking
queue-audit-request-created = Verzoek verzonden
queue-audit-request-cancelled = Verzoek geannuleerd door de aanvrager
queue-audit-request-accepted = Verzoek aanvaard
queue-audit-request-rejected = Verzoek afgewezen
queue-audit-admin-granted = Beheerdersrechten toegekend
queue-audit-admin-removed = Beheerdersrechten ingetrokken
queue-audit-operator-validated = Marktdeelnemer gevalideerd (Nieuw → Geldig)
queue-audit-operator-rejected = Marktdeelnemer afgewezen (Nieuw → Afgewezen)
queue-audit-commission-granted = Gebruiker van de Commissie aangemaakt

## The links of the CSV exports.


## The notifications page.

queue-notifications-title = Meldingen
queue-notifications-mark-all-read = Alles als gelezen markeren
queue-notifications-all-read = Alle meldingen zijn als gelezen gemarkeerd.
queue-notifications-none = U hebt in deze omgeving nog geen meldingen.
queue-notifications-loading = Uw meldingen worden geladen…
queue-notifications-unread-none = Geen ongelezen meldingen.
# $count: how many notifications are unread (1 or more); $shown: the same number as written for the reader.
queue-notifications-unread = { $count ->
    [one] { $shown } ongelezen melding.
   *[other] { $shown } ongelezen meldingen.
}
queue-notification-unread = Ongelezen
# $id: the request's number.
queue-notification-open-request = Verzoek { $id } openen
# $id: the request's number.
queue-notification-see-in-profile = Verzoek { $id } in mijn profiel bekijken
queue-history-system = Systeem
