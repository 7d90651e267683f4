## Step 3 of the letter: the queue of requests to decide, one request's page, the
## notifications. Request numbers ($id) are identifiers: shown as they are, never grouped.

# $id: the request's number.
queue-request = Αίτημα { $id }
# $id: the request's number.
queue-decided-accepted = Το αίτημα { $id } έγινε δεκτό.
# $id: the request's number.
queue-decided-rejected = Το αίτημα { $id } απορρίφθηκε.
# $count: how many requests (2 or more); $shown: the same number as written for the reader;
# $ids: their numbers, separated by commas.
queue-bulk-accepted = { $count ->
    [one] { $shown } αίτημα έγινε δεκτό: { $ids }.
   *[other] { $shown } αιτήματα έγιναν δεκτά: { $ids }.
}
# $count: how many requests (2 or more); $shown: the same number as written for the reader;
# $ids: their numbers, separated by commas.
queue-bulk-rejected = { $count ->
    [one] { $shown } αίτημα απορρίφθηκε: { $ids }.
   *[other] { $shown } αιτήματα απορρίφθηκαν: { $ids }.
}
# $id: the request's number.
queue-accept-request = Αποδοχή του αιτήματος { $id }
# $id: the request's number.
queue-reject-request = Απόρριψη του αιτήματος { $id }
# $id: the request's number.
queue-confirm-rejection = Επιβεβαίωση της απόρριψης του αιτήματος { $id }

## The reason of a rejection.

queue-reason-label = Αιτιολογία της απόρριψης
queue-reason-hint = Απαιτείται για την απόρριψη. Ο αιτών τη διαβάζει στο προφίλ του και στο μήνυμα ηλ. ταχυδρομείου: αναφέρετε τι δεν είναι σωστό και τι πρέπει να κάνει.
queue-reason-cancel = Να μην απορριφθεί

## Someone who decides nothing opens the queue (the words of the letter).

queue-no-scope = Δεν έχετε αιτήματα προς απόφαση σε αυτό το περιβάλλον.
queue-no-scope-who-decides = Για τα αιτήματα αποφασίζουν η εθνική αρχή (κεντρική αρμόδια αρχή) της χώρας, οι διαχειριστές του οργανισμού και η Επιτροπή.
queue-no-scope-letter = Αν είστε επιχειρηματίας ή φορέας ελέγχου/αρχή ελέγχου, η εθνική αρχή σας ή ένας διαχειριστής εντός του οργανισμού σας θα διαχειριστεί (θα αποδεχθεί/θα απορρίψει) το αίτημά σας. Αν είστε εθνική αρχή, η Επιτροπή ή ένας διαχειριστής εντός του οργανισμού σας θα διαχειριστεί (θα αποδεχθεί/θα απορρίψει) το αίτημά σας.

## The queue page.

queue-title = Αιτήματα προς απόφαση
queue-lead-pending = Τα αιτήματα του πεδίου αρμοδιότητάς σας που περιμένουν απόφαση. Ανοίξτε ένα για να δείτε το πρόσωπο, τον οργανισμό και το ιστορικό του ή αποδεχθείτε και απορρίψτε απευθείας εδώ.
queue-lead-decided = Το ιστορικό αποφάσεων: τα αιτήματα του πεδίου αρμοδιότητάς σας που έγιναν δεκτά, απορρίφθηκαν, ακυρώθηκαν ή ανακλήθηκαν.
queue-tabs-label = Ποια αιτήματα
queue-tab-pending = Εκκρεμή αιτήματα
queue-tab-decided = Ιστορικό αποφάσεων
queue-export-list = Εξαγωγή αυτού του καταλόγου (CSV)
queue-export-decisions = Εξαγωγή του ιστορικού αποφάσεων (CSV)
queue-loading = Φόρτωση των αιτημάτων…
queue-none-pending = Κανένα αίτημα δεν περιμένει την απόφασή σας με αυτά τα φίλτρα.
queue-none-decided = Κανένα αίτημα για το οποίο έχει ληφθεί απόφαση δεν αντιστοιχεί σε αυτά τα φίλτρα.
# $count: how many requests (1 or more); $shown: the same number as written for the reader.
queue-on-this-page = { $count ->
    [one] { $shown } αίτημα σε αυτή τη σελίδα.
   *[other] { $shown } αιτήματα σε αυτή τη σελίδα.
}

## The filters of the queue.

queue-filter-form-label = Φιλτράρισμα των αιτημάτων
queue-filter-role = Ρόλος
queue-filter-any-role = Όλοι οι ρόλοι
queue-filter-country = Χώρα
queue-filter-organisation = Οργανισμός
queue-filter-organisation-hint = Αρκεί μέρος της επωνυμίας· τα κεφαλαία και οι τόνοι δεν έχουν σημασία.
queue-filter-age = Παλαιότητα του αιτήματος
queue-filter-any-age = Οποιαδήποτε παλαιότητα
# $days: at least how many days old.
queue-filter-age-at-least = { $days ->
    [one] Τουλάχιστον { $days } ημέρας
   *[other] Τουλάχιστον { $days } ημερών
}
queue-filter-order = Σειρά
queue-filter-newest-first = Πρώτα τα νεότερα
queue-filter-oldest-first = Πρώτα τα παλαιότερα
queue-filter-apply = Εφαρμογή φίλτρων
queue-filter-clear = Κατάργηση φίλτρων

## Deciding the ticked requests at once.

queue-bulk-label = Επιλεγμένα αιτήματα
queue-bulk-accept = Αποδοχή επιλεγμένων
queue-bulk-reject = Απόρριψη επιλεγμένων
queue-bulk-none-selected = Επιλέξτε αιτήματα για να αποδεχθείτε ή να απορρίψετε πολλά μαζί.
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-selected = { $count ->
    [one] Επιλέχθηκε { $shown } αίτημα.
   *[other] Επιλέχθηκαν { $shown } αιτήματα.
}
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-confirm-rejection = { $count ->
    [one] Επιβεβαίωση της απόρριψης του επιλεγμένου αιτήματος
   *[other] Επιβεβαίωση της απόρριψης των { $shown } επιλεγμένων αιτημάτων
}
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-reason-label = { $count ->
    [one] Αιτιολογία της απόρριψης του επιλεγμένου αιτήματος
   *[other] Αιτιολογία της απόρριψης των { $shown } επιλεγμένων αιτημάτων
}

## The table of the queue.

queue-table-pending = Εκκρεμή αιτήματα του πεδίου αρμοδιότητάς σας
queue-table-decided = Αιτήματα του πεδίου αρμοδιότητάς σας για τα οποία έχει ληφθεί απόφαση
queue-select-all = Επιλογή όλων των αιτημάτων αυτής της σελίδας
# $id: the request's number.
queue-select-request = Επιλογή του αιτήματος { $id }
queue-column-request = Αίτημα
queue-column-person = Πρόσωπο
queue-column-organisation = Οργανισμός
queue-column-role = Ρόλος
queue-column-country = Χώρα
queue-column-sent = Ημερομηνία αποστολής
queue-column-status = Κατάσταση
queue-column-decision = Απόφαση
queue-accept = Αποδοχή
queue-reject = Απόρριψη
# The badge of an operator created by the requester and not yet checked.
queue-new-operator = Νέος
queue-new-operator-title = Η αποδοχή επικυρώνει και τον επιχειρηματία
queue-first-page = Πρώτη σελίδα
queue-next-page = Επόμενη σελίδα

## The keyboard shortcuts: the keys (j, k, o, x, a, r, Enter, the arrows) stay as they are.

queue-shortcuts-title = Συντομεύσεις πληκτρολογίου
queue-shortcuts-hint = Λειτουργούν όταν ο κέρσορας δεν βρίσκεται σε πεδίο κειμένου.
queue-shortcut-next-keys = j ή ↓
queue-shortcut-next = Επόμενο αίτημα
queue-shortcut-previous-keys = k ή ↑
queue-shortcut-previous = Προηγούμενο αίτημα
queue-shortcut-open-keys = Enter ή o
queue-shortcut-open = Άνοιγμα του αιτήματος
queue-shortcut-tick-keys = x
queue-shortcut-tick = Επιλογή ή αποεπιλογή του αιτήματος
queue-shortcut-accept-keys = a
queue-shortcut-accept = Αποδοχή του αιτήματος
queue-shortcut-reject-keys = r
queue-shortcut-reject = Απόρριψη του αιτήματος (ανοίγει το πεδίο αιτιολογίας)

## One request's page.

queue-detail-back = Επιστροφή στην ουρά
queue-detail-loading = Φόρτωση του αιτήματος…
queue-detail-status = Κατάσταση:
# Followed by the moment of the decision. $person: who decided (name and e-mail).
queue-detail-decided-by-on = από { $person } στις
# Followed by the moment of the decision.
queue-detail-decided-on = στις
queue-detail-rejection-reason = Αιτιολογία της απόρριψης
queue-detail-person-title = Το πρόσωπο
queue-detail-person-name = Ονοματεπώνυμο (EU Login)
queue-detail-person-email = Ηλ. ταχυδρομείο (EU Login)
queue-detail-post-title = Η θέση που ζητείται
queue-detail-role = Ρόλος
queue-detail-scope = Πεδίο εφαρμογής (χώρα)
queue-detail-sent = Ημερομηνία αποστολής
queue-detail-organisation-title = Ο οργανισμός
queue-detail-new-operator = Αυτός ο επιχειρηματίας είναι «Νέος».
queue-detail-new-operator-explained = Τον δημιούργησε ο αιτών και κανείς δεν τον έχει ελέγξει ακόμη. Η αποδοχή αυτού του αιτήματος επικυρώνει και τον επιχειρηματία (η κατάστασή του γίνεται «Έγκυρος»)· η απόρριψή του απορρίπτει τον επιχειρηματία, εφόσον κανείς άλλος δεν ζητά να ενταχθεί σε αυτόν.
queue-detail-organisation-name = Επωνυμία
queue-detail-organisation-kind = Είδος
queue-detail-organisation-status = Κατάσταση
queue-detail-organisation-country = Χώρα
queue-detail-authority-role = Ρόλος αρχής
queue-detail-control-body-code = Κωδικός φορέα ελέγχου
queue-detail-section = Ενότητα
queue-detail-activity = Είδος δραστηριότητας
queue-detail-address = Διεύθυνση
queue-detail-eori = Αριθμός EORI
queue-detail-phone = Τηλέφωνο
queue-detail-fax = Φαξ
queue-detail-email = Ηλ. ταχυδρομείο
queue-detail-website = Ιστότοπος
queue-detail-request-title = Από το αίτημα
queue-detail-additional-info = Πρόσθετες πληροφορίες
queue-detail-contact-email = Ηλ. ταχυδρομείο επικοινωνίας
queue-detail-contact-phone = Τηλέφωνο επικοινωνίας
queue-detail-none-given = Δεν δόθηκε
queue-organisation-status-new = Νέος (δημιουργήθηκε από τον αιτούντα, δεν έχει ελεγχθεί ακόμη)
queue-organisation-status-valid = Έγκυρος
queue-organisation-status-rejected = Απορρίφθηκε
queue-organisation-status-inactive = Ανενεργός
queue-detail-decide-title = Η απόφασή σας
queue-detail-sending = Αποστολή…
queue-detail-admin-title = Διαχειριστής
queue-detail-admin-label = Διαχειριστής του οργανισμού
# $organisation: the organisation's name.
queue-detail-admin-hint = Ένας διαχειριστής του οργανισμού { $organisation } αποδέχεται ή απορρίπτει τα αιτήματα ένταξης σε αυτόν.
# $person: the requester's name; $organisation: the organisation's name.
queue-detail-admin-granted = Ο χρήστης { $person } είναι πλέον διαχειριστής του οργανισμού { $organisation }.
# $person: the requester's name; $organisation: the organisation's name.
queue-detail-admin-removed = Ο χρήστης { $person } δεν είναι πλέον διαχειριστής του οργανισμού { $organisation }.

## The history of a request (also the "action" column of the decision history's CSV file).

queue-history-title = Ιστορικό του αιτήματος
# $id: the request's number.
queue-history-caption = Ιστορικό του αιτήματος { $id }
queue-history-when = Πότε
queue-history-who = Ποιος
queue-history-what = Τι
queue-history-change = Αλλαγή
queue-history-reason = Αιτιολογία ή σημείωση
queue-audit-request-created = Το αίτημα στάλθηκε
queue-audit-request-cancelled = Το αίτημα ακυρώθηκε από τον αιτούντα
queue-audit-request-accepted = Το αίτημα έγινε δεκτό
queue-audit-request-rejected = Το αίτημα απορρίφθηκε
queue-audit-admin-granted = Χορηγήθηκε η ιδιότητα του διαχειριστή
queue-audit-admin-removed = Αφαιρέθηκε η ιδιότητα του διαχειριστή
queue-audit-operator-validated = Ο επιχειρηματίας επικυρώθηκε (Νέος → Έγκυρος)
queue-audit-operator-rejected = Ο επιχειρηματίας απορρίφθηκε (Νέος → Απορρίφθηκε)
queue-audit-commission-granted = Δημιουργήθηκε χρήστης της Επιτροπής

## The links of the CSV exports.


## The notifications page.

queue-notifications-title = Ειδοποιήσεις
queue-notifications-mark-all-read = Σήμανση όλων ως αναγνωσμένων
queue-notifications-all-read = Όλες οι ειδοποιήσεις επισημάνθηκαν ως αναγνωσμένες.
queue-notifications-none = Δεν έχετε ακόμη ειδοποιήσεις σε αυτό το περιβάλλον.
queue-notifications-loading = Φόρτωση των ειδοποιήσεών σας…
queue-notifications-unread-none = Καμία μη αναγνωσμένη ειδοποίηση.
# $count: how many notifications are unread (1 or more); $shown: the same number as written for the reader.
queue-notifications-unread = { $count ->
    [one] { $shown } μη αναγνωσμένη ειδοποίηση.
   *[other] { $shown } μη αναγνωσμένες ειδοποιήσεις.
}
queue-notification-unread = Μη αναγνωσμένη
# $id: the request's number.
queue-notification-open-request = Άνοιγμα του αιτήματος { $id }
# $id: the request's number.
queue-notification-see-in-profile = Προβολή του αιτήματος { $id } στο προφίλ μου
queue-history-system = Σύστημα
