## Step 3 of the letter: the queue of requests to decide, one request's page, the
## notifications. Request numbers ($id) are identifiers: shown as they are, never grouped.

# $id: the request's number.
queue-request = Antrag { $id }
# $id: the request's number.
queue-decided-accepted = Antrag { $id } angenommen.
# $id: the request's number.
queue-decided-rejected = Antrag { $id } abgelehnt.
# $count: how many requests (2 or more); $shown: the same number as written for the reader;
# $ids: their numbers, separated by commas.
queue-bulk-accepted = { $count ->
    [one] { $shown } Antrag angenommen: { $ids }.
   *[other] { $shown } Anträge angenommen: { $ids }.
}
# $count: how many requests (2 or more); $shown: the same number as written for the reader;
# $ids: their numbers, separated by commas.
queue-bulk-rejected = { $count ->
    [one] { $shown } Antrag abgelehnt: { $ids }.
   *[other] { $shown } Anträge abgelehnt: { $ids }.
}
# $id: the request's number.
queue-accept-request = Antrag { $id } annehmen
# $id: the request's number.
queue-reject-request = Antrag { $id } ablehnen
# $id: the request's number.
queue-confirm-rejection = Ablehnung von Antrag { $id } bestätigen

## The reason of a rejection.

queue-reason-label = Begründung der Ablehnung
queue-reason-hint = Für eine Ablehnung erforderlich. Die antragstellende Person liest sie im Profil und in der E-Mail: Geben Sie an, was falsch ist und was zu tun ist.
queue-reason-cancel = Nicht ablehnen

## Someone who decides nothing opens the queue (the words of the letter).

queue-no-scope = Sie haben in dieser Umgebung keine Anträge zu entscheiden.
queue-no-scope-who-decides = Über Anträge entscheiden die nationale Behörde (zentrale zuständige Behörde) des Landes, die Administratoren der Organisation und die Kommission.
queue-no-scope-letter = Wenn Sie Unternehmer oder Kontrollstelle/Kontrollbehörde sind, bearbeitet Ihre nationale Behörde oder ein Administrator Ihrer Organisation Ihren Antrag (Annahme/Ablehnung). Wenn Sie eine nationale Behörde sind, bearbeitet die Kommission oder ein Administrator Ihrer Organisation Ihren Antrag (Annahme/Ablehnung).

## The queue page.

queue-title = Zu entscheidende Anträge
queue-lead-pending = Die Anträge in Ihrem Zuständigkeitsbereich, die auf eine Entscheidung warten. Öffnen Sie einen, um die Person, die Organisation und den Verlauf zu sehen, oder nehmen Sie hier an und lehnen Sie hier ab.
queue-lead-decided = Der Entscheidungsverlauf: die Anträge in Ihrem Zuständigkeitsbereich, die angenommen, abgelehnt, zurückgezogen oder widerrufen wurden.
queue-tabs-label = Welche Anträge
queue-tab-pending = Ausstehende Anträge
queue-tab-decided = Entscheidungsverlauf
queue-export-list = Diese Liste exportieren (CSV)
queue-export-decisions = Entscheidungsverlauf exportieren (CSV)
queue-loading = Die Anträge werden geladen …
queue-none-pending = Mit diesen Filtern wartet kein Antrag auf Ihre Entscheidung.
queue-none-decided = Kein entschiedener Antrag entspricht diesen Filtern.
# $count: how many requests (1 or more); $shown: the same number as written for the reader.
queue-on-this-page = { $count ->
    [one] { $shown } Antrag auf dieser Seite.
   *[other] { $shown } Anträge auf dieser Seite.
}

## The filters of the queue.

queue-filter-form-label = Anträge filtern
queue-filter-role = Rolle
queue-filter-any-role = Alle Rollen
queue-filter-country = Land
queue-filter-organisation = Organisation
queue-filter-organisation-hint = Ein Teil des Namens genügt; Groß- und Kleinschreibung sowie Akzente spielen keine Rolle.
queue-filter-age = Alter des Antrags
queue-filter-any-age = Beliebiges Alter
# $days: at least how many days old.
queue-filter-age-at-least = { $days ->
    [one] Mindestens { $days } Tag alt
   *[other] Mindestens { $days } Tage alt
}
queue-filter-order = Reihenfolge
queue-filter-newest-first = Neueste zuerst
queue-filter-oldest-first = Älteste zuerst
queue-filter-apply = Filter anwenden
queue-filter-clear = Filter zurücksetzen

## Deciding the ticked requests at once.

queue-bulk-label = Ausgewählte Anträge
queue-bulk-accept = Ausgewählte annehmen
queue-bulk-reject = Ausgewählte ablehnen
queue-bulk-none-selected = Kreuzen Sie Anträge an, um mehrere auf einmal anzunehmen oder abzulehnen.
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-selected = { $count ->
    [one] { $shown } Antrag ausgewählt.
   *[other] { $shown } Anträge ausgewählt.
}
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-confirm-rejection = { $count ->
    [one] Ablehnung des ausgewählten Antrags bestätigen
   *[other] Ablehnung der { $shown } ausgewählten Anträge bestätigen
}
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-reason-label = { $count ->
    [one] Begründung für die Ablehnung des ausgewählten Antrags
   *[other] Begründung für die Ablehnung der { $shown } ausgewählten Anträge
}

## The table of the queue.

queue-table-pending = Ausstehende Anträge in Ihrem Zuständigkeitsbereich
queue-table-decided = Entschiedene Anträge in Ihrem Zuständigkeitsbereich
queue-select-all = Alle Anträge auf dieser Seite auswählen
# $id: the request's number.
queue-select-request = Antrag { $id } auswählen
queue-column-request = Antrag
queue-column-person = Person
queue-column-organisation = Organisation
queue-column-role = Rolle
queue-column-country = Land
queue-column-sent = Gesendet
queue-column-status = Status
queue-column-decision = Entscheidung
queue-accept = Annehmen
queue-reject = Ablehnen
# The badge of an operator created by the requester and not yet checked.
queue-new-operator = Neu
queue-new-operator-title = Die Annahme validiert auch den Unternehmer
queue-first-page = Erste Seite
queue-next-page = Nächste Seite

## The keyboard shortcuts: the keys (j, k, o, x, a, r, Enter, the arrows) stay as they are.

queue-shortcuts-title = Tastenkürzel
queue-shortcuts-hint = Sie funktionieren, solange sich der Cursor nicht in einem Textfeld befindet.
queue-shortcut-next-keys = j oder ↓
queue-shortcut-next = Nächster Antrag
queue-shortcut-previous-keys = k oder ↑
queue-shortcut-previous = Vorheriger Antrag
queue-shortcut-open-keys = Enter oder o
queue-shortcut-open = Antrag öffnen
queue-shortcut-tick-keys = x
queue-shortcut-tick = Antrag ankreuzen oder Kreuz entfernen
queue-shortcut-accept-keys = a
queue-shortcut-accept = Antrag annehmen
queue-shortcut-reject-keys = r
queue-shortcut-reject = Antrag ablehnen (öffnet das Feld für die Begründung)

## One request's page.

queue-detail-back = Zurück zur Antragsliste
queue-detail-loading = Der Antrag wird geladen …
queue-detail-status = Status:
# Followed by the moment of the decision. $person: who decided (name and e-mail).
queue-detail-decided-by-on = von { $person } am
# Followed by the moment of the decision.
queue-detail-decided-on = am
queue-detail-rejection-reason = Begründung der Ablehnung
queue-detail-person-title = Die Person
queue-detail-person-name = Name (EU Login)
queue-detail-person-email = E-Mail-Adresse (EU Login)
queue-detail-post-title = Der beantragte Posten
queue-detail-role = Rolle
queue-detail-scope = Geltungsbereich (Land)
queue-detail-sent = Gesendet
queue-detail-organisation-title = Die Organisation
queue-detail-new-operator = Dieser Unternehmer hat den Status „Neu“.
queue-detail-new-operator-explained = Die antragstellende Person hat ihn angelegt, und niemand hat ihn bisher geprüft. Die Annahme dieses Antrags validiert auch den Unternehmer (sein Status wird „Gültig“); die Ablehnung lehnt den Unternehmer ab, wenn niemand sonst beantragt, ihm beizutreten.
queue-detail-organisation-name = Name
queue-detail-organisation-kind = Art
queue-detail-organisation-status = Status
queue-detail-organisation-country = Land
queue-detail-authority-role = Rolle der Behörde
queue-detail-control-body-code = Code der Kontrollstelle
queue-detail-section = Bereich
queue-detail-activity = Tätigkeitsart
queue-detail-address = Anschrift
queue-detail-eori = EORI-Nummer
queue-detail-phone = Telefon
queue-detail-fax = Fax
queue-detail-email = E-Mail-Adresse
queue-detail-website = Website
queue-detail-request-title = Aus dem Antrag
queue-detail-additional-info = Zusätzliche Informationen
queue-detail-contact-email = Kontakt-E-Mail-Adresse
queue-detail-contact-phone = Kontakttelefon
queue-detail-none-given = Keine Angabe
queue-organisation-status-new = Neu (von der antragstellenden Person angelegt, noch nicht geprüft)
queue-organisation-status-valid = Gültig
queue-organisation-status-rejected = Abgelehnt
queue-organisation-status-inactive = Inaktiv
queue-detail-decide-title = Ihre Entscheidung
queue-detail-sending = Wird gesendet …
queue-detail-admin-title = Administrator
queue-detail-admin-label = Administrator der Organisation
# $organisation: the organisation's name.
queue-detail-admin-hint = Ein Administrator von { $organisation } nimmt Anträge auf Beitritt zu dieser Organisation an oder lehnt sie ab.
# $person: the requester's name; $organisation: the organisation's name.
queue-detail-admin-granted = { $person } ist jetzt Administrator von { $organisation }.
# $person: the requester's name; $organisation: the organisation's name.
queue-detail-admin-removed = { $person } ist nicht mehr Administrator von { $organisation }.

## The history of a request (also the "action" column of the decision history's CSV file).

queue-history-title = Verlauf des Antrags
# $id: the request's number.
queue-history-caption = Verlauf von Antrag { $id }
queue-history-when = Wann
queue-history-who = Wer
queue-history-what = Was
queue-history-change = Änderung
queue-history-reason = Begründung oder Anmerkung
queue-audit-request-created = Antrag gesendet
queue-audit-request-cancelled = Antrag von der antragstellenden Person zurückgezogen
queue-audit-request-accepted = Antrag angenommen
queue-audit-request-rejected = Antrag abgelehnt
queue-audit-admin-granted = Administratorrecht erteilt
queue-audit-admin-removed = Administratorrecht entzogen
queue-audit-operator-validated = Unternehmer validiert (Neu → Gültig)
queue-audit-operator-rejected = Unternehmer abgelehnt (Neu → Abgelehnt)
queue-audit-commission-granted = Kommissionsbenutzer angelegt

## The links of the CSV exports.


## The notifications page.

queue-notifications-title = Benachrichtigungen
queue-notifications-mark-all-read = Alle als gelesen markieren
queue-notifications-all-read = Alle Benachrichtigungen sind als gelesen markiert.
queue-notifications-none = Sie haben in dieser Umgebung noch keine Benachrichtigungen.
queue-notifications-loading = Ihre Benachrichtigungen werden geladen …
queue-notifications-unread-none = Keine ungelesene Benachrichtigung.
# $count: how many notifications are unread (1 or more); $shown: the same number as written for the reader.
queue-notifications-unread = { $count ->
    [one] { $shown } ungelesene Benachrichtigung.
   *[other] { $shown } ungelesene Benachrichtigungen.
}
queue-notification-unread = Ungelesen
# $id: the request's number.
queue-notification-open-request = Antrag { $id } öffnen
# $id: the request's number.
queue-notification-see-in-profile = Antrag { $id } in meinem Profil ansehen
queue-history-system = System
