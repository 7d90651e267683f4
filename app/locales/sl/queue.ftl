## Step 3 of the letter: the queue of requests to decide, one request's page, the
## notifications. Request numbers ($id) are identifiers: shown as they are, never grouped.

# $id: the request's number.
queue-request = Zahteva { $id }
# $id: the request's number.
queue-decided-accepted = Zahteva { $id } je odobrena.
# $id: the request's number.
queue-decided-rejected = Zahteva { $id } je zavrnjena.
# $count: how many requests (2 or more); $shown: the same number as written for the reader;
# $ids: their numbers, separated by commas.
queue-bulk-accepted = { $count ->
    [one] Odobrena je { $shown } zahteva: { $ids }.
    [two] Odobreni sta { $shown } zahtevi: { $ids }.
    [few] Odobrene so { $shown } zahteve: { $ids }.
   *[other] Odobrenih je { $shown } zahtev: { $ids }.
}
# $count: how many requests (2 or more); $shown: the same number as written for the reader;
# $ids: their numbers, separated by commas.
queue-bulk-rejected = { $count ->
    [one] Zavrnjena je { $shown } zahteva: { $ids }.
    [two] Zavrnjeni sta { $shown } zahtevi: { $ids }.
    [few] Zavrnjene so { $shown } zahteve: { $ids }.
   *[other] Zavrnjenih je { $shown } zahtev: { $ids }.
}
# $id: the request's number.
queue-accept-request = Odobri zahtevo { $id }
# $id: the request's number.
queue-reject-request = Zavrni zahtevo { $id }
# $id: the request's number.
queue-confirm-rejection = Potrdi zavrnitev zahteve { $id }

## The reason of a rejection.

queue-reason-label = Razlog za zavrnitev
queue-reason-hint = Potreben za zavrnitev. Vložnik ga prebere v profilu in v e-poštnem sporočilu: navedite, kaj je narobe in kaj naj stori.
queue-reason-cancel = Ne zavrni

## Someone who decides nothing opens the queue (the words of the letter).

queue-no-scope = V tej instanci nimate zahtev, o katerih bi odločali.
queue-no-scope-who-decides = O zahtevah odločajo nacionalni organ (osrednji pristojni organ) države, skrbniki organizacije in Komisija.
queue-no-scope-letter = Če ste izvajalec dejavnosti ali izvajalec nadzora/organ nadzora, vašo zahtevo obravnava (odobri/zavrne) vaš nacionalni organ ali skrbnik v vaši organizaciji. Če ste nacionalni organ, vašo zahtevo obravnava (odobri/zavrne) Komisija ali skrbnik v vaši organizaciji.

## The queue page.

queue-title = Zahteve za odločitev
queue-lead-pending = Zahteve v vaši pristojnosti, ki čakajo na odločitev. Odprite zahtevo, da si ogledate osebo, organizacijo in njeno zgodovino, ali pa jo odobrite oziroma zavrnite kar tukaj.
queue-lead-decided = Zgodovina odločitev: zahteve v vaši pristojnosti, ki so bile odobrene, zavrnjene, preklicane ali razveljavljene.
queue-tabs-label = Katere zahteve
queue-tab-pending = Zahteve v obravnavi
queue-tab-decided = Zgodovina odločitev
queue-export-list = Izvozi ta seznam (CSV)
queue-export-decisions = Izvozi zgodovino odločitev (CSV)
queue-loading = Nalaganje zahtev …
queue-none-pending = S temi filtri nobena zahteva ne čaka na vašo odločitev.
queue-none-decided = Tem filtrom ne ustreza nobena zahteva, o kateri je bilo odločeno.
# $count: how many requests (1 or more); $shown: the same number as written for the reader.
queue-on-this-page = { $count ->
    [one] { $shown } zahteva na tej strani.
    [two] { $shown } zahtevi na tej strani.
    [few] { $shown } zahteve na tej strani.
   *[other] { $shown } zahtev na tej strani.
}

## The filters of the queue.

queue-filter-form-label = Filtriranje zahtev
queue-filter-role = Vloga
queue-filter-any-role = Katera koli vloga
queue-filter-country = Država
queue-filter-organisation = Organizacija
queue-filter-organisation-hint = Dovolj je del naziva; velike črke in strešice niso pomembne.
queue-filter-age = Starost zahteve
queue-filter-any-age = Katera koli starost
# $days: at least how many days old.
queue-filter-age-at-least = { $days ->
    [one] Stara vsaj { $days } dan
    [two] Stara vsaj { $days } dneva
    [few] Stara vsaj { $days } dni
   *[other] Stara vsaj { $days } dni
}
queue-filter-order = Vrstni red
queue-filter-newest-first = Najprej najnovejše
queue-filter-oldest-first = Najprej najstarejše
queue-filter-apply = Uporabi filtre
queue-filter-clear = Počisti filtre

## Deciding the ticked requests at once.

queue-bulk-label = Izbrane zahteve
queue-bulk-accept = Odobri izbrane
queue-bulk-reject = Zavrni izbrane
queue-bulk-none-selected = Označite zahteve, da jih več hkrati odobrite ali zavrnete.
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-selected = { $count ->
    [one] Izbrana je { $shown } zahteva.
    [two] Izbrani sta { $shown } zahtevi.
    [few] Izbrane so { $shown } zahteve.
   *[other] Izbranih je { $shown } zahtev.
}
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-confirm-rejection = { $count ->
    [one] Potrdi zavrnitev izbrane zahteve
    [two] Potrdi zavrnitev { $shown } izbranih zahtev
    [few] Potrdi zavrnitev { $shown } izbranih zahtev
   *[other] Potrdi zavrnitev { $shown } izbranih zahtev
}
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-reason-label = { $count ->
    [one] Razlog za zavrnitev izbrane zahteve
    [two] Razlog za zavrnitev { $shown } izbranih zahtev
    [few] Razlog za zavrnitev { $shown } izbranih zahtev
   *[other] Razlog za zavrnitev { $shown } izbranih zahtev
}

## The table of the queue.

queue-table-pending = Zahteve v obravnavi v vaši pristojnosti
queue-table-decided = Zahteve v vaši pristojnosti, o katerih je bilo odločeno
queue-select-all = Izberi vse zahteve na tej strani
# $id: the request's number.
queue-select-request = Izberi zahtevo { $id }
queue-column-request = Zahteva
queue-column-person = Oseba
queue-column-organisation = Organizacija
queue-column-role = Vloga
queue-column-country = Država
queue-column-sent = Poslano
queue-column-status = Status
queue-column-decision = Odločitev
queue-accept = Odobri
queue-reject = Zavrni
# The badge of an operator created by the requester and not yet checked.
queue-new-operator = Nov
queue-new-operator-title = Z odobritvijo se potrdi tudi izvajalec dejavnosti
queue-first-page = Prva stran
queue-next-page = Naslednja stran

## The keyboard shortcuts: the keys (j, k, o, x, a, r, Enter, the arrows) stay as they are.

queue-shortcuts-title = Bližnjice na tipkovnici
queue-shortcuts-hint = Delujejo, ko kazalka ni v besedilnem polju.
queue-shortcut-next-keys = j ali ↓
queue-shortcut-next = Naslednja zahteva
queue-shortcut-previous-keys = k ali ↑
queue-shortcut-previous = Prejšnja zahteva
queue-shortcut-open-keys = Enter ali o
queue-shortcut-open = Odpri zahtevo
queue-shortcut-tick-keys = x
queue-shortcut-tick = Označi zahtevo ali odstrani oznako
queue-shortcut-accept-keys = a
queue-shortcut-accept = Odobri zahtevo
queue-shortcut-reject-keys = r
queue-shortcut-reject = Zavrni zahtevo (odpre polje za razlog)

## One request's page.

queue-detail-back = Nazaj na čakalno vrsto
queue-detail-loading = Nalaganje zahteve …
queue-detail-status = Status:
# Followed by the moment of the decision. $person: who decided (name and e-mail).
queue-detail-decided-by-on = – odločil uporabnik { $person }, dne
# Followed by the moment of the decision.
queue-detail-decided-on = – odločeno dne
queue-detail-rejection-reason = Razlog za zavrnitev
queue-detail-person-title = Oseba
queue-detail-person-name = Ime in priimek (EU Login)
queue-detail-person-email = E-poštni naslov (EU Login)
queue-detail-post-title = Zahtevani položaj
queue-detail-role = Vloga
queue-detail-scope = Obseg (država)
queue-detail-sent = Poslano
queue-detail-organisation-title = Organizacija
queue-detail-new-operator = Ta izvajalec dejavnosti ima status „Nova“.
queue-detail-new-operator-explained = Ustvaril ga je vložnik in ga še nihče ni preveril. Z odobritvijo te zahteve se potrdi tudi izvajalec dejavnosti (njegov status postane „Veljavna“); z zavrnitvijo se izvajalec dejavnosti zavrne, če se mu ne želi pridružiti nihče drug.
queue-detail-organisation-name = Naziv
queue-detail-organisation-kind = Vrsta
queue-detail-organisation-status = Status
queue-detail-organisation-country = Država
queue-detail-authority-role = Vloga organa
queue-detail-control-body-code = Koda izvajalca nadzora
queue-detail-section = Oddelek
queue-detail-activity = Vrsta dejavnosti
queue-detail-address = Naslov
queue-detail-eori = Številka EORI
queue-detail-phone = Telefon
queue-detail-fax = Faks
queue-detail-email = E-poštni naslov
queue-detail-website = Spletno mesto
queue-detail-request-title = Iz zahteve
queue-detail-additional-info = Dodatne informacije
queue-detail-contact-email = Kontaktni e-poštni naslov
queue-detail-contact-phone = Kontaktni telefon
queue-detail-none-given = Ni navedeno
queue-organisation-status-new = Nova (ustvaril jo je vložnik, še ni preverjena)
queue-organisation-status-valid = Veljavna
queue-organisation-status-rejected = Zavrnjena
queue-organisation-status-inactive = Neaktivna
queue-detail-decide-title = Vaša odločitev
queue-detail-sending = Pošiljanje …
queue-detail-admin-title = Skrbnik
queue-detail-admin-label = Skrbnik organizacije
# $organisation: the organisation's name.
queue-detail-admin-hint = Skrbnik organizacije { $organisation } odobrava ali zavrača zahteve za pridružitev tej organizaciji.
# $person: the requester's name; $organisation: the organisation's name.
queue-detail-admin-granted = { $person } je zdaj skrbnik organizacije { $organisation }.
# $person: the requester's name; $organisation: the organisation's name.
queue-detail-admin-removed = { $person } ni več skrbnik organizacije { $organisation }.

## The history of a request (also the "action" column of the decision history's CSV file).

queue-history-title = Zgodovina zahteve
# $id: the request's number.
queue-history-caption = Zgodovina zahteve { $id }
queue-history-when = Kdaj
queue-history-who = Kdo
queue-history-what = Kaj
queue-history-change = Sprememba
queue-history-reason = Razlog ali opomba
queue-audit-request-created = Zahteva poslana
queue-audit-request-cancelled = Zahtevo je preklical vložnik
queue-audit-request-accepted = Zahteva odobrena
queue-audit-request-rejected = Zahteva zavrnjena
queue-audit-admin-granted = Dodeljena oznaka skrbnika
queue-audit-admin-removed = Odvzeta oznaka skrbnika
queue-audit-operator-validated = Izvajalec dejavnosti potrjen (Nova → Veljavna)
queue-audit-operator-rejected = Izvajalec dejavnosti zavrnjen (Nova → Zavrnjena)
queue-audit-commission-granted = Ustvarjen uporabnik Komisije

## The links of the CSV exports.


## The notifications page.

queue-notifications-title = Obvestila
queue-notifications-mark-all-read = Označi vse kot prebrano
queue-notifications-all-read = Vsa obvestila so označena kot prebrana.
queue-notifications-none = V tej instanci še nimate obvestil.
queue-notifications-loading = Nalaganje vaših obvestil …
queue-notifications-unread-none = Ni neprebranih obvestil.
# $count: how many notifications are unread (1 or more); $shown: the same number as written for the reader.
queue-notifications-unread = { $count ->
    [one] { $shown } neprebrano obvestilo.
    [two] { $shown } neprebrani obvestili.
    [few] { $shown } neprebrana obvestila.
   *[other] { $shown } neprebranih obvestil.
}
queue-notification-unread = Neprebrano
# $id: the request's number.
queue-notification-open-request = Odpri zahtevo { $id }
# $id: the request's number.
queue-notification-see-in-profile = Prikaži zahtevo { $id } v mojem profilu
queue-history-system = Sistem
