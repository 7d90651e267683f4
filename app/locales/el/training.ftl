## The trainer's tools on the training welcome page: the personas and the reset.

training-personas-title = Πρόσωπα επίδειξης για την εκπαίδευση
# Followed by the personas' password (Training-Demo-2026), then training-personas-intro-end.
training-personas-intro = Έτοιμοι λογαριασμοί EU Login του κόσμου επίδειξης. Υπάρχουν μόνο για την εκπαίδευση: το περιβάλλον παραγωγής δεν τους εμφανίζει ποτέ και τους αντιμετωπίζει ως μη συνδεδεμένους. Καθένας μπορεί επίσης να συνδεθεί στη σελίδα του EU Login με τη διεύθυνση ηλ. ταχυδρομείου του και τον κωδικό πρόσβασης
# What follows the password: the end of the sentence.
training-personas-intro-end = .
# $problem: why.
training-personas-not-loaded = Δεν ήταν δυνατή η φόρτωση των προσώπων επίδειξης: { $problem }
training-column-persona = Πρόσωπο επίδειξης
training-column-role = Ρόλος στην επίδειξη
training-column-log-in = Σύνδεση
# $name: the persona's name.
training-log-in-as = Σύνδεση ως { $name }
# $name: the persona's name; $problem: why.
training-log-in-as-failed = Δεν ήταν δυνατή η σύνδεση ως { $name }: { $problem }
# $time: when, in UTC.
training-last-reset = Ο κόσμος επίδειξης φορτώθηκε τελευταία φορά στις { $time }.
training-never-reset = Ο κόσμος επίδειξης δεν έχει φορτωθεί ακόμη.

## The personas: what each does in the demo (names of organisations stay as they are).

training-persona-importer-role = Εισαγωγέας (επιχειρηματίας)
training-persona-importer-description = Δεν έχει ακόμη θέση: δείχνει το βήμα 2 της επιστολής από την αρχή (Επιχειρηματίας, αναζήτηση, επιλογή, «Αίτηση εξουσιοδότησης», «Αποστολή αιτήματος εξουσιοδότησης»).
training-persona-inspector-role = Επιθεωρητής φορέα ελέγχου
training-persona-inspector-description = Έγκυρη θέση στον φορέα «Fiktiv Kontrollstelle Öko» (DE-OKO-901) για τη Γερμανία· μπορεί να ζητήσει περισσότερες χώρες του φορέα.
training-persona-bcp-role = Υπάλληλος συνοριακού σταθμού ελέγχου
training-persona-bcp-description = Έγκυρη θέση στον συνοριακό σταθμό ελέγχου «PCF Fittizio Genova Porto» (Ιταλία), με τον ρόλο EAOC.
training-persona-cca-role = Υπάλληλος της κεντρικής αρμόδιας αρχής – αποφασίζει για αιτήματα
training-persona-cca-description = Διαχειριστής της κεντρικής αρμόδιας αρχής της Γερμανίας: αποφασίζει για κάθε αίτημα που αφορά γερμανικούς επιχειρηματίες, φορείς ελέγχου και συνοριακούς σταθμούς ελέγχου.
training-persona-admin-role = Διαχειριστής επιχειρηματία
training-persona-admin-description = Διαχειριστής του επιχειρηματία «Fiktiv Grünwaren KG» (Γερμανία): αποφασίζει για τα αιτήματα ένταξης σε αυτόν.
training-persona-commission-role = Χρήστης της Επιτροπής και εκπαιδευτής
training-persona-commission-description = Επιτροπή (φανταστική μονάδα «DG SANTE G.5 training»): αποφασίζει για κάθε αίτημα, συμπεριλαμβανομένων των κεντρικών αρμόδιων αρχών· μπορεί να επαναφέρει το περιβάλλον εκπαίδευσης.

## Resetting the training instance (trainers only).

training-reset-title = Επαναφορά του περιβάλλοντος εκπαίδευσης
training-reset-explained = Αντικαθιστά σε ένα βήμα όλα τα δεδομένα εκπαίδευσης (οργανισμούς, αιτήματα, αποφάσεις, ειδοποιήσεις, τα μηνύματα ηλ. ταχυδρομείου της επίδειξης) με τον κόσμο επίδειξης.
training-reset-accounts-kept = Οι λογαριασμοί EU Login που δημιουργήθηκαν κατά τη συνεδρία διατηρούνται, επειδή τους χρησιμοποιεί και το περιβάλλον παραγωγής· τα αιτήματά τους στο περιβάλλον εκπαίδευσης διαγράφονται. Το περιβάλλον παραγωγής δεν επηρεάζεται.
training-reset-button = Επαναφορά της εκπαίδευσης…
training-reset-confirm-question = Να γίνει τώρα επαναφορά του περιβάλλοντος εκπαίδευσης;
training-reset-confirm-explained = Ό,τι έγινε στο περιβάλλον εκπαίδευσης από την τελευταία επαναφορά αντικαθίσταται.
training-reset-confirm = Ναι, επαναφορά της εκπαίδευσης
training-resetting = Επαναφορά…
training-reset-cancel = Ακύρωση
# $took: milliseconds (as written for the reader); $organisations, $requests, $accounts:
# counts that choose the plural forms; $organisations_shown, $requests_shown,
# $accounts_shown: the same counts as written for the reader.
training-reset-done = Η επαναφορά της εκπαίδευσης ολοκληρώθηκε σε { $took } ms: { $organisations ->
        [one] { $organisations_shown } οργανισμός
       *[other] { $organisations_shown } οργανισμοί
    } και { $requests ->
        [one] { $requests_shown } αίτημα
       *[other] { $requests_shown } αιτήματα
    } του κόσμου επίδειξης· { $accounts ->
        [one] διατηρήθηκε { $accounts_shown } λογαριασμός EU Login συμμετέχοντα
       *[other] διατηρήθηκαν { $accounts_shown } λογαριασμοί EU Login συμμετεχόντων
    }.
# $problem: why.
training-reset-failed = Η επαναφορά δεν πραγματοποιήθηκε: { $problem }
