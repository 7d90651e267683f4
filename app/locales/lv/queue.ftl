## Step 3 of the letter: the queue of requests to decide, one request's page, the
## notifications. Request numbers ($id) are identifiers: shown as they are, never grouped.

# $id: the request's number.
queue-request = Pieprasījums { $id }
# $id: the request's number.
queue-decided-accepted = Pieprasījums { $id } pieņemts.
# $id: the request's number.
queue-decided-rejected = Pieprasījums { $id } noraidīts.
# $count: how many requests (2 or more); $shown: the same number as written for the reader;
# $ids: their numbers, separated by commas.
queue-bulk-accepted = { $count ->
    [zero] Pieņemti { $shown } pieprasījumi: { $ids }.
    [one] Pieņemts { $shown } pieprasījums: { $ids }.
   *[other] Pieņemti { $shown } pieprasījumi: { $ids }.
}
# $count: how many requests (2 or more); $shown: the same number as written for the reader;
# $ids: their numbers, separated by commas.
queue-bulk-rejected = { $count ->
    [zero] Noraidīti { $shown } pieprasījumi: { $ids }.
    [one] Noraidīts { $shown } pieprasījums: { $ids }.
   *[other] Noraidīti { $shown } pieprasījumi: { $ids }.
}
# $id: the request's number.
queue-accept-request = Pieņemt pieprasījumu { $id }
# $id: the request's number.
queue-reject-request = Noraidīt pieprasījumu { $id }
# $id: the request's number.
queue-confirm-rejection = Apstiprināt pieprasījuma { $id } noraidīšanu

## The reason of a rejection.

queue-reason-label = Noraidīšanas iemesls
queue-reason-hint = Nepieciešams, lai noraidītu. Pieprasītājs to izlasīs profilā un e-pasta vēstulē: norādiet, kas nav pareizi un kas jādara.
queue-reason-cancel = Nenoraidīt

## Someone who decides nothing opens the queue (the words of the letter).

queue-no-scope = Šajā vidē jums nav pieprasījumu, par kuriem jālemj.
queue-no-scope-who-decides = Par pieprasījumiem lemj valsts iestāde (attiecīgās valsts centrālā kompetentā iestāde), organizācijas administratori un Komisija.
queue-no-scope-letter = Ja esat uzņēmējs vai kontroles institūcija/iestāde, jūsu pieprasījumu pārvaldīs (pieņems/noraidīs) jūsu valsts iestāde vai jūsu organizācijas administrators. Ja esat valsts iestāde, jūsu pieprasījumu pārvaldīs (pieņems/noraidīs) Komisija vai jūsu organizācijas administrators.

## The queue page.

queue-title = Pieprasījumi izlemšanai
queue-lead-pending = Jūsu kompetencē esošie pieprasījumi, kas gaida lēmumu. Atveriet pieprasījumu, lai redzētu personu, organizāciju un tās vēsturi, vai pieņemiet un noraidiet tepat.
queue-lead-decided = Lēmumu vēsture: jūsu kompetencē esošie pieprasījumi, kas tika pieņemti, noraidīti, atcelti vai atsaukti.
queue-tabs-label = Kuri pieprasījumi
queue-tab-pending = Neizskatītie pieprasījumi
queue-tab-decided = Lēmumu vēsture
queue-export-list = Eksportēt šo sarakstu (CSV)
queue-export-decisions = Eksportēt lēmumu vēsturi (CSV)
queue-loading = Notiek pieprasījumu ielāde…
queue-none-pending = Ar šiem filtriem neviens pieprasījums negaida jūsu lēmumu.
queue-none-decided = Neviens izlemts pieprasījums neatbilst šiem filtriem.
# $count: how many requests (1 or more); $shown: the same number as written for the reader.
queue-on-this-page = { $count ->
    [zero] Šajā lapā ir { $shown } pieprasījumi.
    [one] Šajā lapā ir { $shown } pieprasījums.
   *[other] Šajā lapā ir { $shown } pieprasījumi.
}

## The filters of the queue.

queue-filter-form-label = Filtrēt pieprasījumus
queue-filter-role = Loma
queue-filter-any-role = Jebkura loma
queue-filter-country = Valsts
queue-filter-organisation = Organizācija
queue-filter-organisation-hint = Pietiek ar daļu no nosaukuma; lielajiem burtiem un diakritiskajām zīmēm nav nozīmes.
queue-filter-age = Pieprasījuma vecums
queue-filter-any-age = Jebkurš vecums
# $days: at least how many days old.
queue-filter-age-at-least = { $days ->
    [zero] Vismaz { $days } dienas
    [one] Vismaz { $days } diena
   *[other] Vismaz { $days } dienas
}
queue-filter-order = Secība
queue-filter-newest-first = Jaunākie vispirms
queue-filter-oldest-first = Vecākie vispirms
queue-filter-apply = Lietot filtrus
queue-filter-clear = Notīrīt filtrus

## Deciding the ticked requests at once.

queue-bulk-label = Atlasītie pieprasījumi
queue-bulk-accept = Pieņemt atlasītos
queue-bulk-reject = Noraidīt atlasītos
queue-bulk-none-selected = Atzīmējiet pieprasījumus, lai vairākus pieņemtu vai noraidītu uzreiz.
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-selected = { $count ->
    [zero] Atlasīti { $shown } pieprasījumi.
    [one] Atlasīts { $shown } pieprasījums.
   *[other] Atlasīti { $shown } pieprasījumi.
}
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-confirm-rejection = { $count ->
    [1] Apstiprināt atlasītā pieprasījuma noraidīšanu
    [zero] Apstiprināt { $shown } atlasīto pieprasījumu noraidīšanu
    [one] Apstiprināt { $shown } atlasītā pieprasījuma noraidīšanu
   *[other] Apstiprināt { $shown } atlasīto pieprasījumu noraidīšanu
}
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-reason-label = { $count ->
    [1] Atlasītā pieprasījuma noraidīšanas iemesls
    [zero] { $shown } atlasīto pieprasījumu noraidīšanas iemesls
    [one] { $shown } atlasītā pieprasījuma noraidīšanas iemesls
   *[other] { $shown } atlasīto pieprasījumu noraidīšanas iemesls
}

## The table of the queue.

queue-table-pending = Neizskatītie pieprasījumi jūsu kompetencē
queue-table-decided = Izlemtie pieprasījumi jūsu kompetencē
queue-select-all = Atlasīt visus šīs lapas pieprasījumus
# $id: the request's number.
queue-select-request = Atlasīt pieprasījumu { $id }
queue-column-request = Pieprasījums
queue-column-person = Persona
queue-column-organisation = Organizācija
queue-column-role = Loma
queue-column-country = Valsts
queue-column-sent = Nosūtīts
queue-column-status = Statuss
queue-column-decision = Lēmums
queue-accept = Pieņemt
queue-reject = Noraidīt
# The badge of an operator created by the requester and not yet checked.
queue-new-operator = Jauns
queue-new-operator-title = Pieņemot pieprasījumu, tiek validēts arī uzņēmējs
queue-first-page = Pirmā lapa
queue-next-page = Nākamā lapa

## The keyboard shortcuts: the keys (j, k, o, x, a, r, Enter, the arrows) stay as they are.

queue-shortcuts-title = Īsinājumtaustiņi
queue-shortcuts-hint = Tie darbojas, kamēr kursors neatrodas teksta laukā.
queue-shortcut-next-keys = j vai ↓
queue-shortcut-next = Nākamais pieprasījums
queue-shortcut-previous-keys = k vai ↑
queue-shortcut-previous = Iepriekšējais pieprasījums
queue-shortcut-open-keys = Enter vai o
queue-shortcut-open = Atvērt pieprasījumu
queue-shortcut-tick-keys = x
queue-shortcut-tick = Atzīmēt pieprasījumu vai noņemt atzīmi
queue-shortcut-accept-keys = a
queue-shortcut-accept = Pieņemt pieprasījumu
queue-shortcut-reject-keys = r
queue-shortcut-reject = Noraidīt pieprasījumu (atver iemesla lauku)

## One request's page.

queue-detail-back = Atpakaļ uz rindu
queue-detail-loading = Notiek pieprasījuma ielāde…
queue-detail-status = Statuss:
# Followed by the moment of the decision. $person: who decided (name and e-mail).
queue-detail-decided-by-on = – lēmumu pieņēma { $person },
# Followed by the moment of the decision.
queue-detail-decided-on = – lēmums pieņemts
queue-detail-rejection-reason = Noraidīšanas iemesls
queue-detail-person-title = Persona
queue-detail-person-name = Vārds un uzvārds (EU Login)
queue-detail-person-email = E-pasts (EU Login)
queue-detail-post-title = Pieprasītais amats
queue-detail-role = Loma
queue-detail-scope = Darbības joma (valsts)
queue-detail-sent = Nosūtīts
queue-detail-organisation-title = Organizācija
queue-detail-new-operator = Šim uzņēmējam ir statuss „Jauns”.
queue-detail-new-operator-explained = To izveidoja pieprasītājs, un neviens to vēl nav pārbaudījis. Pieņemot šo pieprasījumu, tiek validēts arī uzņēmējs (tā statuss kļūst „Derīgs”); noraidot pieprasījumu, tiek noraidīts arī uzņēmējs, ja neviens cits nelūdz tam pievienoties.
queue-detail-organisation-name = Nosaukums
queue-detail-organisation-kind = Veids
queue-detail-organisation-status = Statuss
queue-detail-organisation-country = Valsts
queue-detail-authority-role = Iestādes loma
queue-detail-control-body-code = Kontroles institūcijas kods
queue-detail-section = Sadaļa
queue-detail-activity = Darbības veids
queue-detail-address = Adrese
queue-detail-eori = EORI numurs
queue-detail-phone = Tālrunis
queue-detail-fax = Fakss
queue-detail-email = E-pasts
queue-detail-website = Tīmekļvietne
queue-detail-request-title = No pieprasījuma
queue-detail-additional-info = Papildu informācija
queue-detail-contact-email = Saziņas e-pasts
queue-detail-contact-phone = Saziņas tālrunis
queue-detail-none-given = Nav norādīts
queue-organisation-status-new = Jauns (izveidojis pieprasītājs, vēl nav pārbaudīts)
queue-organisation-status-valid = Derīgs
queue-organisation-status-rejected = Noraidīts
queue-organisation-status-inactive = Neaktīvs
queue-detail-decide-title = Jūsu lēmums
queue-detail-sending = Notiek nosūtīšana…
queue-detail-admin-title = Administrators
queue-detail-admin-label = Organizācijas administrators
# $organisation: the organisation's name.
queue-detail-admin-hint = Organizācijas { $organisation } administrators pieņem vai noraida pieprasījumus tai pievienoties.
# $person: the requester's name; $organisation: the organisation's name.
queue-detail-admin-granted = { $person } tagad ir organizācijas { $organisation } administrators.
# $person: the requester's name; $organisation: the organisation's name.
queue-detail-admin-removed = { $person } vairs nav organizācijas { $organisation } administrators.

## The history of a request (also the "action" column of the decision history's CSV file).

queue-history-title = Pieprasījuma vēsture
# $id: the request's number.
queue-history-caption = Pieprasījuma { $id } vēsture
queue-history-when = Kad
queue-history-who = Kas
queue-history-what = Darbība
queue-history-change = Izmaiņas
queue-history-reason = Iemesls vai piezīme
queue-audit-request-created = Pieprasījums nosūtīts
queue-audit-request-cancelled = Pieprasītājs atcēla pieprasījumu
queue-audit-request-accepted = Pieprasījums pieņemts
queue-audit-request-rejected = Pieprasījums noraidīts
queue-audit-admin-granted = Piešķirtas administratora tiesības
queue-audit-admin-removed = Atņemtas administratora tiesības
queue-audit-operator-validated = Uzņēmējs validēts (Jauns → Derīgs)
queue-audit-operator-rejected = Uzņēmējs noraidīts (Jauns → Noraidīts)
queue-audit-commission-granted = Izveidots Komisijas lietotājs

## The links of the CSV exports.


## The notifications page.

queue-notifications-title = Paziņojumi
queue-notifications-mark-all-read = Atzīmēt visus kā izlasītus
queue-notifications-all-read = Visi paziņojumi ir atzīmēti kā izlasīti.
queue-notifications-none = Šajā vidē jums vēl nav paziņojumu.
queue-notifications-loading = Notiek paziņojumu ielāde…
queue-notifications-unread-none = Nav nelasītu paziņojumu.
# $count: how many notifications are unread (1 or more); $shown: the same number as written for the reader.
queue-notifications-unread = { $count ->
    [zero] { $shown } nelasīti paziņojumi.
    [one] { $shown } nelasīts paziņojums.
   *[other] { $shown } nelasīti paziņojumi.
}
queue-notification-unread = Nelasīts
# $id: the request's number.
queue-notification-open-request = Atvērt pieprasījumu { $id }
# $id: the request's number.
queue-notification-see-in-profile = Skatīt pieprasījumu { $id } manā profilā
queue-history-system = Sistēma
