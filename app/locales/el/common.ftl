## The shell of every page: top bar, language chooser, footer.

language-chooser-label = Γλώσσα
# $problem: why the server did not take the choice.
language-not-remembered = Η επιλογή σας δεν αποθηκεύτηκε: { $problem }

## The tab title, the skip link, the top bar and the footer.

common-title = TRACES NT
common-title-training = ΕΚΠΑΙΔΕΥΣΗ – TRACES NT
common-skip-link = Μετάβαση στο περιεχόμενο
# The short mark before the name, as on the Commission's sites.
common-brand-mark = ΕΕ
common-brand-name = TRACES NT
common-instance-production = Παραγωγή
common-instance-training = Εκπαίδευση
common-training-banner-mark = ΕΚΠΑΙΔΕΥΣΗ
common-training-banner = – αυτό είναι το περιβάλλον εκπαίδευσης του TRACES NT. Τίποτα από όσα γίνονται εδώ δεν είναι πραγματικό ούτε φτάνει στο περιβάλλον παραγωγής.
common-top-bar-nav-label = Λογαριασμός και γλώσσα
common-my-profile = Το προφίλ μου στο TRACES
common-my-account = Ο λογαριασμός μου
common-log-out = Αποσύνδεση
# $problem: why logging out did not work.
common-log-out-failed = Είστε ακόμη συνδεδεμένοι: { $problem }
# The links of the top bar with their counts. Screen readers hear the hidden name, speech input
# users say the visible words: each name starts with the words of its link.
common-nav-queue = Αιτήματα προς απόφαση
common-nav-queue-none = Αιτήματα προς απόφαση: κανένα σε εκκρεμότητα
# $count: how many requests wait (1 or more) and chooses the plural form; $shown: the same
# number as the badge shows it ("12", "10,000+").
common-nav-queue-pending = { $count ->
    [one] Αιτήματα προς απόφαση: { $shown } εκκρεμές
   *[other] Αιτήματα προς απόφαση: { $shown } εκκρεμή
}
common-nav-notifications = Ειδοποιήσεις
common-nav-notifications-none = Ειδοποιήσεις: καμία μη αναγνωσμένη
# $count: how many notifications are unread (1 or more) and chooses the plural form; $shown:
# the same number as the badge shows it ("12", "10,000+").
common-nav-notifications-unread = { $count ->
    [one] Ειδοποιήσεις: { $shown } μη αναγνωσμένη
   *[other] Ειδοποιήσεις: { $shown } μη αναγνωσμένες
}
# $traces, $organic: the two helpdesk addresses, as links.
common-footer-helpdesk = Ερωτήσεις; Γράψτε στην υπηρεσία υποστήριξης: { $traces } και { $organic }
# $version: the app's version; $schema: the number of the database's latest migration.
common-footer-version = Έκδοση { $version } · σχήμα { $schema }
# $version: the app's version; $schema: the number of the database's latest migration.
common-footer-version-test-mode = Έκδοση { $version } · σχήμα { $schema } · ΛΕΙΤΟΥΡΓΙΑ ΔΟΚΙΜΗΣ
# $time: a date and time (2026-11-23 16:05) in UTC.
common-time-in-utc = { $time } (UTC)

## The page for an unknown address.

common-not-found-title = Η σελίδα δεν βρέθηκε
common-not-found-text = Αυτή η διεύθυνση δεν οδηγεί σε σελίδα του TRACES NT. Ελέγξτε τον σύνδεσμο ή ξεκινήστε ξανά από την αρχική σελίδα.
common-not-found-home = Μετάβαση στην αρχική σελίδα

## The guided demo of the training instance: the steps of the helpdesk letter. The names in
## quotes are the names of buttons and links: use the same words as those.

common-guide-show = Καθοδηγούμενη επίδειξη
common-guide-hide = Απόκρυψη της καθοδηγούμενης επίδειξης
common-guide-title = Καθοδηγούμενη επίδειξη
common-guide-hint = Τα βήματα της επιστολής της υπηρεσίας υποστήριξης· το επισημασμένο βήμα είναι αυτή η σελίδα.
common-guide-part-eulogin = 1. EU Login
common-guide-part-traces = 2. TRACES NT
common-guide-part-decision = 3. Η απόφαση
common-guide-step-sign-up = Στη σελίδα υποδοχής του περιβάλλοντος εκπαίδευσης, κάντε κλικ στο «Εγγραφή στο TRACES».
common-guide-step-create-account = Συμπληρώστε τη φόρμα (διεύθυνση ηλ. ταχυδρομείου του τομέα επίδειξης, π.χ. trainee@demo.traces-training.example) και τον κωδικό επαλήθευσης και, στη συνέχεια, κάντε κλικ στο «Δημιουργία λογαριασμού».
common-guide-step-mailbox = Ανοίξτε το ενσωματωμένο γραμματοκιβώτιο και ακολουθήστε τον σύνδεσμο του μηνύματος.
common-guide-step-password = Επιλέξτε κωδικό πρόσβασης.
common-guide-step-log-in = Κάντε κλικ στο «Σύνδεση στο TRACES» και συνδεθείτε με τη διεύθυνση ηλ. ταχυδρομείου και τον κωδικό πρόσβασης.
common-guide-step-role-kind = Επιλέξτε το είδος ρόλου: Επιχειρηματίας, Φορέας ελέγχου βιολογικής παραγωγής ή Αρχή.
common-guide-step-search = Κάντε αναζήτηση (χώρα, επωνυμία…), επιλέξτε μία ή περισσότερες γραμμές και, στη συνέχεια, κάντε κλικ στο «Αίτηση εξουσιοδότησης»· ή, μετά από αναζήτηση, στο «Δημιουργία νέου επιχειρηματία».
common-guide-step-popup = Στο αναδυόμενο παράθυρο, ελέγξτε τη διεύθυνση ηλ. ταχυδρομείου και το τηλέφωνο και, στη συνέχεια, κάντε κλικ στο «Αποστολή αιτήματος εξουσιοδότησης»: εμφανίζεται ένα πράσινο μήνυμα.
common-guide-step-profile-pending = Το προφίλ εμφανίζει το αίτημα ως «Σε εκκρεμότητα».
common-guide-step-queue = Συνδεθείτε ως το πρόσωπο επίδειξης «Υπάλληλος της κεντρικής αρμόδιας αρχής» (σελίδα υποδοχής του περιβάλλοντος εκπαίδευσης) και ανοίξτε τα «Αιτήματα προς απόφαση».
common-guide-step-decide = Ανοίξτε το αίτημα: το πρόσωπο, ο οργανισμός, το ιστορικό· αποδεχθείτε το ή απορρίψτε το αναφέροντας αιτιολογία.
common-guide-step-profile-decided = Συνδεθείτε ξανά ως ο αιτών: το προφίλ εμφανίζει «Έγκυρο» (ή «Απορρίφθηκε» μαζί με την αιτιολογία).
