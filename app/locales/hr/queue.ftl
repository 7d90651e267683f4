## Step 3 of the letter: the queue of requests to decide, one request's page, the
## notifications. Request numbers ($id) are identifiers: shown as they are, never grouped.

# $id: the request's number.
queue-request = Zahtjev { $id }
# $id: the request's number.
queue-decided-accepted = Zahtjev { $id } je odobren.
# $id: the request's number.
queue-decided-rejected = Zahtjev { $id } je odbijen.
# $count: how many requests (2 or more); $shown: the same number as written for the reader;
# $ids: their numbers, separated by commas.
queue-bulk-accepted = { $count ->
    [one] Odobren je { $shown } zahtjev: { $ids }.
    [few] Odobrena su { $shown } zahtjeva: { $ids }.
   *[other] Odobreno je { $shown } zahtjeva: { $ids }.
}
# $count: how many requests (2 or more); $shown: the same number as written for the reader;
# $ids: their numbers, separated by commas.
queue-bulk-rejected = { $count ->
    [one] Odbijen je { $shown } zahtjev: { $ids }.
    [few] Odbijena su { $shown } zahtjeva: { $ids }.
   *[other] Odbijeno je { $shown } zahtjeva: { $ids }.
}
# $id: the request's number.
queue-accept-request = Odobri zahtjev { $id }
# $id: the request's number.
queue-reject-request = Odbij zahtjev { $id }
# $id: the request's number.
queue-confirm-rejection = Potvrdi odbijanje zahtjeva { $id }

## The reason of a rejection.

queue-reason-label = Razlog odbijanja
queue-reason-hint = Potreban za odbijanje. Podnositelj zahtjeva čita ga u profilu i u poruci e-pošte: navedite što nije u redu i što treba učiniti.
queue-reason-cancel = Nemoj odbiti

## Someone who decides nothing opens the queue (the words of the letter).

queue-no-scope = U ovoj instanci nemate zahtjeva o kojima trebate odlučiti.
queue-no-scope-who-decides = O zahtjevima odlučuju nacionalno tijelo (središnje nadležno tijelo) zemlje, administratori organizacije i Komisija.
queue-no-scope-letter = Ako ste subjekt ili kontrolno tijelo/tijelo za kontrolu, vašim će zahtjevom upravljati (odobriti ga/odbiti) vaše nacionalno tijelo ili administrator unutar vaše organizacije. Ako ste nacionalno tijelo, vašim će zahtjevom upravljati (odobriti ga/odbiti) Komisija ili administrator unutar vaše organizacije.

## The queue page.

queue-title = Zahtjevi za odlučivanje
queue-lead-pending = Zahtjevi iz vašeg djelokruga koji čekaju odluku. Otvorite zahtjev kako biste vidjeli osobu, organizaciju i povijest zahtjeva ili ga odobrite odnosno odbijte izravno ovdje.
queue-lead-decided = Povijest odluka: zahtjevi iz vašeg djelokruga koji su odobreni, odbijeni, otkazani ili opozvani.
queue-tabs-label = Koji zahtjevi
queue-tab-pending = Zahtjevi na čekanju
queue-tab-decided = Povijest odluka
queue-export-list = Izvezi ovaj popis (CSV)
queue-export-decisions = Izvezi povijest odluka (CSV)
queue-loading = Učitavanje zahtjeva…
queue-none-pending = Uz ove filtre nijedan zahtjev ne čeka vašu odluku.
queue-none-decided = Nijedan zahtjev o kojem je odlučeno ne odgovara ovim filtrima.
# $count: how many requests (1 or more); $shown: the same number as written for the reader.
queue-on-this-page = { $count ->
    [one] { $shown } zahtjev na ovoj stranici.
    [few] { $shown } zahtjeva na ovoj stranici.
   *[other] { $shown } zahtjeva na ovoj stranici.
}

## The filters of the queue.

queue-filter-form-label = Filtriranje zahtjeva
queue-filter-role = Uloga
queue-filter-any-role = Bilo koja uloga
queue-filter-country = Zemlja
queue-filter-organisation = Organizacija
queue-filter-organisation-hint = Dovoljan je dio naziva; velika slova i dijakritički znakovi nisu važni.
queue-filter-age = Starost zahtjeva
queue-filter-any-age = Bilo koja starost
# $days: at least how many days old.
queue-filter-age-at-least = { $days ->
    [one] Star najmanje { $days } dan
    [few] Star najmanje { $days } dana
   *[other] Star najmanje { $days } dana
}
queue-filter-order = Redoslijed
queue-filter-newest-first = Najprije najnoviji
queue-filter-oldest-first = Najprije najstariji
queue-filter-apply = Primijeni filtre
queue-filter-clear = Poništi filtre

## Deciding the ticked requests at once.

queue-bulk-label = Odabrani zahtjevi
queue-bulk-accept = Odobri odabrane
queue-bulk-reject = Odbij odabrane
queue-bulk-none-selected = Označite zahtjeve kako biste ih odobrili ili odbili nekoliko odjednom.
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-selected = { $count ->
    [one] Odabran je { $shown } zahtjev.
    [few] Odabrana su { $shown } zahtjeva.
   *[other] Odabrano je { $shown } zahtjeva.
}
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-confirm-rejection = { $count ->
    [one] Potvrdi odbijanje odabranog zahtjeva
    [few] Potvrdi odbijanje { $shown } odabranih zahtjeva
   *[other] Potvrdi odbijanje { $shown } odabranih zahtjeva
}
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-reason-label = { $count ->
    [one] Razlog odbijanja odabranog zahtjeva
    [few] Razlog odbijanja { $shown } odabranih zahtjeva
   *[other] Razlog odbijanja { $shown } odabranih zahtjeva
}

## The table of the queue.

queue-table-pending = Zahtjevi na čekanju iz vašeg djelokruga
queue-table-decided = Zahtjevi iz vašeg djelokruga o kojima je odlučeno
queue-select-all = Odaberi sve zahtjeve na ovoj stranici
# $id: the request's number.
queue-select-request = Odaberi zahtjev { $id }
queue-column-request = Zahtjev
queue-column-person = Osoba
queue-column-organisation = Organizacija
queue-column-role = Uloga
queue-column-country = Zemlja
queue-column-sent = Poslano
queue-column-status = Status
queue-column-decision = Odluka
queue-accept = Odobri
queue-reject = Odbij
# The badge of an operator created by the requester and not yet checked.
queue-new-operator = Novi
queue-new-operator-title = Odobravanjem se potvrđuje i subjekt
queue-first-page = Prva stranica
queue-next-page = Sljedeća stranica

## The keyboard shortcuts: the keys (j, k, o, x, a, r, Enter, the arrows) stay as they are.

queue-shortcuts-title = Tipkovnički prečaci
queue-shortcuts-hint = Funkcioniraju kad pokazivač nije u tekstnom polju.
queue-shortcut-next-keys = j ili ↓
queue-shortcut-next = Sljedeći zahtjev
queue-shortcut-previous-keys = k ili ↑
queue-shortcut-previous = Prethodni zahtjev
queue-shortcut-open-keys = Enter ili o
queue-shortcut-open = Otvori zahtjev
queue-shortcut-tick-keys = x
queue-shortcut-tick = Označi zahtjev ili ukloni oznaku
queue-shortcut-accept-keys = a
queue-shortcut-accept = Odobri zahtjev
queue-shortcut-reject-keys = r
queue-shortcut-reject = Odbij zahtjev (otvara polje za razlog)

## One request's page.

queue-detail-back = Natrag na red čekanja
queue-detail-loading = Učitavanje zahtjeva…
queue-detail-status = Status:
# Followed by the moment of the decision. $person: who decided (name and e-mail).
queue-detail-decided-by-on = – odlučio korisnik { $person }, dana
# Followed by the moment of the decision.
queue-detail-decided-on = – odlučeno dana
queue-detail-rejection-reason = Razlog odbijanja
queue-detail-person-title = Osoba
queue-detail-person-name = Ime i prezime (EU Login)
queue-detail-person-email = Adresa e-pošte (EU Login)
queue-detail-post-title = Zatraženi položaj
queue-detail-role = Uloga
queue-detail-scope = Opseg (zemlja)
queue-detail-sent = Poslano
queue-detail-organisation-title = Organizacija
queue-detail-new-operator = Ovaj subjekt ima status „Nova“.
queue-detail-new-operator-explained = Izradio ga je podnositelj zahtjeva i još ga nitko nije provjerio. Odobravanjem ovog zahtjeva potvrđuje se i subjekt (njegov status postaje „Valjana“); odbijanjem se subjekt odbija ako mu se nitko drugi ne želi pridružiti.
queue-detail-organisation-name = Naziv
queue-detail-organisation-kind = Vrsta
queue-detail-organisation-status = Status
queue-detail-organisation-country = Zemlja
queue-detail-authority-role = Uloga tijela
queue-detail-control-body-code = Šifra kontrolnog tijela
queue-detail-section = Odjeljak
queue-detail-activity = Vrsta djelatnosti
queue-detail-address = Adresa
queue-detail-eori = Broj EORI
queue-detail-phone = Telefon
queue-detail-fax = Telefaks
queue-detail-email = Adresa e-pošte
queue-detail-website = Mrežno mjesto
queue-detail-request-title = Iz zahtjeva
queue-detail-additional-info = Dodatne informacije
queue-detail-contact-email = Adresa e-pošte za kontakt
queue-detail-contact-phone = Telefon za kontakt
queue-detail-none-given = Nije navedeno
queue-organisation-status-new = Nova (izradio ju je podnositelj zahtjeva, još nije provjerena)
queue-organisation-status-valid = Valjana
queue-organisation-status-rejected = Odbijena
queue-organisation-status-inactive = Neaktivna
queue-detail-decide-title = Vaša odluka
queue-detail-sending = Slanje…
queue-detail-admin-title = Administrator
queue-detail-admin-label = Administrator organizacije
# $organisation: the organisation's name.
queue-detail-admin-hint = Administrator organizacije { $organisation } odobrava ili odbija zahtjeve za pridruživanje toj organizaciji.
# $person: the requester's name; $organisation: the organisation's name.
queue-detail-admin-granted = { $person } sada je administrator organizacije { $organisation }.
# $person: the requester's name; $organisation: the organisation's name.
queue-detail-admin-removed = { $person } više nije administrator organizacije { $organisation }.

## The history of a request (also the "action" column of the decision history's CSV file).

queue-history-title = Povijest zahtjeva
# $id: the request's number.
queue-history-caption = Povijest zahtjeva { $id }
queue-history-when = Kada
queue-history-who = Tko
queue-history-what = Što
queue-history-change = Promjena
queue-history-reason = Razlog ili napomena
queue-audit-request-created = Zahtjev poslan
queue-audit-request-cancelled = Podnositelj zahtjeva otkazao je zahtjev
queue-audit-request-accepted = Zahtjev odobren
queue-audit-request-rejected = Zahtjev odbijen
queue-audit-admin-granted = Dodijeljena oznaka administratora
queue-audit-admin-removed = Uklonjena oznaka administratora
queue-audit-operator-validated = Subjekt potvrđen (Nova → Valjana)
queue-audit-operator-rejected = Subjekt odbijen (Nova → Odbijena)
queue-audit-commission-granted = Izrađen korisnik Komisije

## The links of the CSV exports.


## The notifications page.

queue-notifications-title = Obavijesti
queue-notifications-mark-all-read = Označi sve kao pročitano
queue-notifications-all-read = Sve su obavijesti označene kao pročitane.
queue-notifications-none = U ovoj instanci još nemate obavijesti.
queue-notifications-loading = Učitavanje vaših obavijesti…
queue-notifications-unread-none = Nema nepročitanih obavijesti.
# $count: how many notifications are unread (1 or more); $shown: the same number as written for the reader.
queue-notifications-unread = { $count ->
    [one] { $shown } nepročitana obavijest.
    [few] { $shown } nepročitane obavijesti.
   *[other] { $shown } nepročitanih obavijesti.
}
queue-notification-unread = Nepročitano
# $id: the request's number.
queue-notification-open-request = Otvori zahtjev { $id }
# $id: the request's number.
queue-notification-see-in-profile = Prikaži zahtjev { $id } u mojem profilu
queue-history-system = Sustav
