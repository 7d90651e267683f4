## Step 3 of the letter: the queue of requests to decide, one request's page, the
## notifications. Request numbers ($id) are identifiers: shown as they are, never grouped.

# $id: the request's number.
queue-request = Prašymas { $id }
# $id: the request's number.
queue-decided-accepted = Prašymas { $id } priimtas.
# $id: the request's number.
queue-decided-rejected = Prašymas { $id } atmestas.
# $count: how many requests (2 or more); $shown: the same number as written for the reader;
# $ids: their numbers, separated by commas.
queue-bulk-accepted = { $count ->
    [one] Priimtas { $shown } prašymas: { $ids }.
    [few] Priimti { $shown } prašymai: { $ids }.
    [many] Priimta { $shown } prašymo: { $ids }.
   *[other] Priimta { $shown } prašymų: { $ids }.
}
# $count: how many requests (2 or more); $shown: the same number as written for the reader;
# $ids: their numbers, separated by commas.
queue-bulk-rejected = { $count ->
    [one] Atmestas { $shown } prašymas: { $ids }.
    [few] Atmesti { $shown } prašymai: { $ids }.
    [many] Atmesta { $shown } prašymo: { $ids }.
   *[other] Atmesta { $shown } prašymų: { $ids }.
}
# $id: the request's number.
queue-accept-request = Priimti prašymą { $id }
# $id: the request's number.
queue-reject-request = Atmesti prašymą { $id }
# $id: the request's number.
queue-confirm-rejection = Patvirtinti prašymo { $id } atmetimą

## The reason of a rejection.

queue-reason-label = Atmetimo priežastis
queue-reason-hint = Būtina norint atmesti. Prašymo teikėjas ją perskaitys profilyje ir el. laiške: nurodykite, kas negerai ir ką reikia daryti.
queue-reason-cancel = Neatmesti

## Someone who decides nothing opens the queue (the words of the letter).

queue-no-scope = Šioje aplinkoje neturite prašymų, dėl kurių turėtumėte priimti sprendimą.
queue-no-scope-who-decides = Dėl prašymų sprendžia šalies nacionalinė valdžios institucija (centrinė kompetentinga institucija), organizacijos administratoriai ir Komisija.
queue-no-scope-letter = Jei esate veiklos vykdytojas arba kontrolės institucija / valdžios institucija, jūsų prašymą tvarkys (priims / atmes) jūsų nacionalinė valdžios institucija arba jūsų organizacijos administratorius. Jei esate nacionalinė valdžios institucija, jūsų prašymą tvarkys (priims / atmes) Komisija arba jūsų organizacijos administratorius.

## The queue page.

queue-title = Prašymai sprendimui
queue-lead-pending = Jūsų kompetencijai priklausantys prašymai, laukiantys sprendimo. Atidarykite prašymą, kad pamatytumėte asmenį, organizaciją ir jos istoriją, arba priimkite ir atmeskite čia.
queue-lead-decided = Sprendimų istorija: jūsų kompetencijai priklausantys prašymai, kurie buvo priimti, atmesti, atšaukti arba panaikinti.
queue-tabs-label = Kurie prašymai
queue-tab-pending = Sprendimo laukiantys prašymai
queue-tab-decided = Sprendimų istorija
queue-export-list = Eksportuoti šį sąrašą (CSV)
queue-export-decisions = Eksportuoti sprendimų istoriją (CSV)
queue-loading = Įkeliami prašymai…
queue-none-pending = Pagal šiuos filtrus nėra prašymų, laukiančių jūsų sprendimo.
queue-none-decided = Šių filtrų neatitinka nė vienas išspręstas prašymas.
# $count: how many requests (1 or more); $shown: the same number as written for the reader.
queue-on-this-page = { $count ->
    [one] Šiame puslapyje { $shown } prašymas.
    [few] Šiame puslapyje { $shown } prašymai.
    [many] Šiame puslapyje { $shown } prašymo.
   *[other] Šiame puslapyje { $shown } prašymų.
}

## The filters of the queue.

queue-filter-form-label = Filtruoti prašymus
queue-filter-role = Vaidmuo
queue-filter-any-role = Bet kuris vaidmuo
queue-filter-country = Šalis
queue-filter-organisation = Organizacija
queue-filter-organisation-hint = Pakanka dalies pavadinimo; didžiosios raidės ir diakritiniai ženklai nesvarbūs.
queue-filter-age = Prašymo senumas
queue-filter-any-age = Bet koks senumas
# $days: at least how many days old.
queue-filter-age-at-least = { $days ->
    [one] Bent { $days } dienos senumo
    [few] Bent { $days } dienų senumo
    [many] Bent { $days } dienos senumo
   *[other] Bent { $days } dienų senumo
}
queue-filter-order = Tvarka
queue-filter-newest-first = Naujausi pirmiau
queue-filter-oldest-first = Seniausi pirmiau
queue-filter-apply = Taikyti filtrus
queue-filter-clear = Išvalyti filtrus

## Deciding the ticked requests at once.

queue-bulk-label = Pažymėti prašymai
queue-bulk-accept = Priimti pažymėtus
queue-bulk-reject = Atmesti pažymėtus
queue-bulk-none-selected = Pažymėkite prašymus, kad galėtumėte kelis iš karto priimti arba atmesti.
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-selected = { $count ->
    [one] Pažymėtas { $shown } prašymas.
    [few] Pažymėti { $shown } prašymai.
    [many] Pažymėta { $shown } prašymo.
   *[other] Pažymėta { $shown } prašymų.
}
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-confirm-rejection = { $count ->
    [1] Patvirtinti pažymėto prašymo atmetimą
    [one] Patvirtinti { $shown } pažymėto prašymo atmetimą
    [few] Patvirtinti { $shown } pažymėtų prašymų atmetimą
    [many] Patvirtinti { $shown } pažymėto prašymo atmetimą
   *[other] Patvirtinti { $shown } pažymėtų prašymų atmetimą
}
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-reason-label = { $count ->
    [1] Pažymėto prašymo atmetimo priežastis
    [one] { $shown } pažymėto prašymo atmetimo priežastis
    [few] { $shown } pažymėtų prašymų atmetimo priežastis
    [many] { $shown } pažymėto prašymo atmetimo priežastis
   *[other] { $shown } pažymėtų prašymų atmetimo priežastis
}

## The table of the queue.

queue-table-pending = Sprendimo laukiantys prašymai jūsų kompetencijos srityje
queue-table-decided = Išspręsti prašymai jūsų kompetencijos srityje
queue-select-all = Pažymėti visus šio puslapio prašymus
# $id: the request's number.
queue-select-request = Pažymėti prašymą { $id }
queue-column-request = Prašymas
queue-column-person = Asmuo
queue-column-organisation = Organizacija
queue-column-role = Vaidmuo
queue-column-country = Šalis
queue-column-sent = Išsiųsta
queue-column-status = Būsena
queue-column-decision = Sprendimas
queue-accept = Priimti
queue-reject = Atmesti
# The badge of an operator created by the requester and not yet checked.
queue-new-operator = Naujas
queue-new-operator-title = Priėmus prašymą, patvirtinamas ir veiklos vykdytojas
queue-first-page = Pirmas puslapis
queue-next-page = Kitas puslapis

## The keyboard shortcuts: the keys (j, k, o, x, a, r, Enter, the arrows) stay as they are.

queue-shortcuts-title = Spartieji klavišai
queue-shortcuts-hint = Jie veikia, kai žymeklis nėra teksto laukelyje.
queue-shortcut-next-keys = j arba ↓
queue-shortcut-next = Kitas prašymas
queue-shortcut-previous-keys = k arba ↑
queue-shortcut-previous = Ankstesnis prašymas
queue-shortcut-open-keys = Enter arba o
queue-shortcut-open = Atidaryti prašymą
queue-shortcut-tick-keys = x
queue-shortcut-tick = Pažymėti prašymą arba panaikinti jo žymėjimą
queue-shortcut-accept-keys = a
queue-shortcut-accept = Priimti prašymą
queue-shortcut-reject-keys = r
queue-shortcut-reject = Atmesti prašymą (atidaromas priežasties laukelis)

## One request's page.

queue-detail-back = Atgal į eilę
queue-detail-loading = Įkeliamas prašymas…
queue-detail-status = Būsena:
# Followed by the moment of the decision. $person: who decided (name and e-mail).
queue-detail-decided-by-on = – sprendimą priėmė { $person },
# Followed by the moment of the decision.
queue-detail-decided-on = – sprendimas priimtas
queue-detail-rejection-reason = Atmetimo priežastis
queue-detail-person-title = Asmuo
queue-detail-person-name = Vardas ir pavardė (EU Login)
queue-detail-person-email = El. paštas (EU Login)
queue-detail-post-title = Prašoma pareigybė
queue-detail-role = Vaidmuo
queue-detail-scope = Taikymo sritis (šalis)
queue-detail-sent = Išsiųsta
queue-detail-organisation-title = Organizacija
queue-detail-new-operator = Šio veiklos vykdytojo būsena – „Naujas“.
queue-detail-new-operator-explained = Jį sukūrė prašymo teikėjas ir niekas jo dar nepatikrino. Priėmus šį prašymą, patvirtinamas ir veiklos vykdytojas (jo būsena tampa „Galioja“); atmetus prašymą, atmetamas ir veiklos vykdytojas, jei niekas kitas neprašo prie jo prisijungti.
queue-detail-organisation-name = Pavadinimas
queue-detail-organisation-kind = Rūšis
queue-detail-organisation-status = Būsena
queue-detail-organisation-country = Šalis
queue-detail-authority-role = Institucijos vaidmuo
queue-detail-control-body-code = Kontrolės institucijos kodas
queue-detail-section = Skirsnis
queue-detail-activity = Veiklos rūšis
queue-detail-address = Adresas
queue-detail-eori = EORI numeris
queue-detail-phone = Telefonas
queue-detail-fax = Faksas
queue-detail-email = El. paštas
queue-detail-website = Svetainė
queue-detail-request-title = Iš prašymo
queue-detail-additional-info = Papildoma informacija
queue-detail-contact-email = Kontaktinis el. paštas
queue-detail-contact-phone = Kontaktinis telefonas
queue-detail-none-given = Nenurodyta
queue-organisation-status-new = Naujas (sukurtas prašymo teikėjo, dar nepatikrintas)
queue-organisation-status-valid = Galioja
queue-organisation-status-rejected = Atmestas
queue-organisation-status-inactive = Neaktyvus
queue-detail-decide-title = Jūsų sprendimas
queue-detail-sending = Siunčiama…
queue-detail-admin-title = Administratorius
queue-detail-admin-label = Organizacijos administratorius
# $organisation: the organisation's name.
queue-detail-admin-hint = Organizacijos { $organisation } administratorius priima arba atmeta prašymus prie jos prisijungti.
# $person: the requester's name; $organisation: the organisation's name.
queue-detail-admin-granted = { $person } dabar yra organizacijos { $organisation } administratorius.
# $person: the requester's name; $organisation: the organisation's name.
queue-detail-admin-removed = { $person } nebėra organizacijos { $organisation } administratorius.

## The history of a request (also the "action" column of the decision history's CSV file).

queue-history-title = Prašymo istorija
# $id: the request's number.
queue-history-caption = Prašymo { $id } istorija
queue-history-when = Kada
queue-history-who = Kas
queue-history-what = Veiksmas
queue-history-change = Pakeitimas
queue-history-reason = Priežastis arba pastaba
queue-audit-request-created = Prašymas išsiųstas
queue-audit-request-cancelled = Prašymo teikėjas atšaukė prašymą
queue-audit-request-accepted = Prašymas priimtas
queue-audit-request-rejected = Prašymas atmestas
queue-audit-admin-granted = Suteiktos administratoriaus teisės
queue-audit-admin-removed = Panaikintos administratoriaus teisės
queue-audit-operator-validated = Veiklos vykdytojas patvirtintas (Naujas → Galioja)
queue-audit-operator-rejected = Veiklos vykdytojas atmestas (Naujas → Atmestas)
queue-audit-commission-granted = Sukurtas Komisijos naudotojas

## The links of the CSV exports.


## The notifications page.

queue-notifications-title = Pranešimai
queue-notifications-mark-all-read = Pažymėti visus kaip perskaitytus
queue-notifications-all-read = Visi pranešimai pažymėti kaip perskaityti.
queue-notifications-none = Šioje aplinkoje dar neturite pranešimų.
queue-notifications-loading = Įkeliami jūsų pranešimai…
queue-notifications-unread-none = Neperskaitytų pranešimų nėra.
# $count: how many notifications are unread (1 or more); $shown: the same number as written for the reader.
queue-notifications-unread = { $count ->
    [one] { $shown } neperskaitytas pranešimas.
    [few] { $shown } neperskaityti pranešimai.
    [many] { $shown } neperskaityto pranešimo.
   *[other] { $shown } neperskaitytų pranešimų.
}
queue-notification-unread = Neperskaitytas
# $id: the request's number.
queue-notification-open-request = Atidaryti prašymą { $id }
# $id: the request's number.
queue-notification-see-in-profile = Žiūrėti prašymą { $id } mano profilyje
queue-history-system = Sistema
