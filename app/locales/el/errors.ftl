## Errors any server function can answer with (api::ApiError).

# $count: how many fields have a problem (2 or more).
error-fields-need-attention = { $count ->
        [one] { $count } πεδίο χρειάζεται την προσοχή σας.
       *[other] { $count } πεδία χρειάζονται την προσοχή σας.
    }
error-unauthenticated = Συνδεθείτε πρώτα.
error-forbidden = Δεν έχετε δικαίωμα να το κάνετε αυτό.
error-login-failed = Η σύνδεση απέτυχε: η διεύθυνση ηλεκτρονικού ταχυδρομείου ή ο κωδικός πρόσβασης δεν είναι σωστά ή ο λογαριασμός έχει κλειδωθεί για 15 λεπτά μετά από υπερβολικά πολλές προσπάθειες. Ελέγξτε τα και δοκιμάστε ξανά ή χρησιμοποιήστε την επιλογή «Ξεχάσατε τον κωδικό πρόσβασης;».
error-cross-site = Αυτό το αίτημα προήλθε από άλλον ιστότοπο και απορρίφθηκε.
# $seconds: how long to wait.
error-rate-limited = Υπερβολικά πολλές προσπάθειες. Περιμένετε { $seconds ->
        [one] { $seconds } δευτερόλεπτο
       *[other] { $seconds } δευτερόλεπτα
    } και δοκιμάστε ξανά.
error-too-large = Το αίτημα είναι πολύ μεγάλο: κανένα πεδίο αυτής της φόρμας δεν δέχεται περισσότερους από μερικές χιλιάδες χαρακτήρες. Συντομεύστε ό,τι εισαγάγατε και δοκιμάστε ξανά.
error-storage-unavailable = Ο διακομιστής δεν μπορεί να αποθηκεύσει τίποτα αυτή τη στιγμή, επειδή ο χώρος αποθήκευσής του είναι πλήρης ή μόνο για ανάγνωση. Τίποτα από όσα καταχωρίσατε δεν αποθηκεύτηκε. Δοκιμάστε ξανά αργότερα· αν το πρόβλημα συνεχιστεί, ενημερώστε την υπηρεσία υποστήριξης.
error-internal = Κάτι πήγε στραβά από την πλευρά μας. Δοκιμάστε ξανά σε λίγο.
error-unavailable = Δεν ήταν δυνατή η επικοινωνία με τον διακομιστή. Ελέγξτε τη σύνδεσή σας και δοκιμάστε ξανά.
# $detail: the decoder's words, in English.
error-unreadable-request = Δεν ήταν δυνατή η ανάγνωση του αιτήματος: { $detail }

## EU Login: sign-up, the e-mailed links, login and the account page.

# $minutes: how long a link works after its e-mail is sent.
error-link-expired = Αυτός ο σύνδεσμος έχει λήξει: οι σύνδεσμοι λειτουργούν για { $minutes ->
        [one] { $minutes } λεπτό
       *[other] { $minutes } λεπτά
    } μετά την αποστολή του μηνύματος. Ζητήστε νέο μήνυμα παρακάτω.
error-link-not-valid = Αυτός ο σύνδεσμος δεν είναι έγκυρος. Αντιγράψτε ολόκληρο τον σύνδεσμο από το μήνυμα στη γραμμή διευθύνσεων ή ζητήστε νέο μήνυμα παρακάτω.
error-link-used = Αυτός ο σύνδεσμος έχει ήδη χρησιμοποιηθεί: κάθε σύνδεσμος λειτουργεί μόνο μία φορά. Αν πρέπει να ορίσετε ξανά τον κωδικό πρόσβασής σας, ζητήστε νέο μήνυμα παρακάτω.
error-link-superseded = Μετά από αυτό το μήνυμα στάλθηκε νεότερο: λειτουργεί μόνο ο σύνδεσμος του πιο πρόσφατου μηνύματος. Χρησιμοποιήστε εκείνον ή ζητήστε νέο μήνυμα παρακάτω.
error-link-not-for-password = Αυτός ο σύνδεσμος προορίζεται για την επιβεβαίωση διεύθυνσης ηλεκτρονικού ταχυδρομείου, όχι για κωδικό πρόσβασης.
error-link-not-for-email = Αυτός ο σύνδεσμος προορίζεται για τον ορισμό κωδικού πρόσβασης, όχι για την επιβεβαίωση διεύθυνσης ηλεκτρονικού ταχυδρομείου.
error-link-used-meanwhile = Αυτός ο σύνδεσμος χρησιμοποιήθηκε ή αντικαταστάθηκε πριν από λίγο. Ζητήστε νέο από τη σελίδα του λογαριασμού σας.
error-email-now-taken = Η διεύθυνση αυτή χρησιμοποιείται πλέον από άλλον λογαριασμό EU Login, οπότε δεν μπορεί να γίνει δική σας. Επιλέξτε άλλη διεύθυνση στη σελίδα του λογαριασμού σας.
# $username: the username the person chose.
error-username-taken = Όνομα χρήστη: το «{ $username }» χρησιμοποιείται ήδη. Επιλέξτε άλλο.
error-login-password-empty = Κωδικός πρόσβασης: εισαγάγετε τον κωδικό πρόσβασής σας.
error-new-email-confirmation = Επιβεβαίωση νέας διεύθυνσης: πληκτρολογήστε την ίδια διεύθυνση με το πεδίο «Νέα διεύθυνση ηλ. ταχυδρομείου».
error-new-email-unchanged = Νέα διεύθυνση ηλ. ταχυδρομείου: αυτή είναι ήδη η διεύθυνση του λογαριασμού σας.
# $domain: the training demo's mail domain (demo.traces-training.example).
error-new-email-demo-address = Νέα διεύθυνση ηλ. ταχυδρομείου: οι διευθύνσεις στο { $domain } προορίζονται μόνο για το περιβάλλον εκπαίδευσης: οποιοσδήποτε μπορεί να διαβάσει την αλληλογραφία τους στο γραμματοκιβώτιο επίδειξης και να αναλάβει τον ρόλο σας ή τα εκκρεμή αιτήματά σας στο περιβάλλον παραγωγής. Κρατήστε μια δική σας διεύθυνση.

## The “Code” field of the sign-up and lost-password forms (the captcha).

error-captcha-empty = Κωδικός επαλήθευσης: πληκτρολογήστε τους χαρακτήρες που βλέπετε στην εικόνα.
error-captcha-expired = Κωδικός επαλήθευσης: αυτή η εικόνα έχει λήξει. Πληκτρολογήστε τους χαρακτήρες της νέας εικόνας.
error-captcha-used = Κωδικός επαλήθευσης: αυτή η εικόνα έχει ήδη χρησιμοποιηθεί. Πληκτρολογήστε τους χαρακτήρες της νέας εικόνας.
error-captcha-wrong = Κωδικός επαλήθευσης: οι χαρακτήρες δεν αντιστοιχούν στην εικόνα. Πληκτρολογήστε τους χαρακτήρες της νέας εικόνας.

## Hints of the password strength meter: the length rule, then zxcvbn's warnings and suggestions.

# $min: the fewest characters a password may have.
error-password-too-short-hint = Χρησιμοποιήστε τουλάχιστον { $min } χαρακτήρες.
error-password-straight-rows = Οι συνεχόμενες σειρές πλήκτρων μαντεύονται εύκολα.
error-password-short-keyboard-patterns = Τα σύντομα μοτίβα πληκτρολογίου μαντεύονται εύκολα.
error-password-repeats-aaa = Οι επαναλήψεις όπως «aaa» μαντεύονται εύκολα.
error-password-repeats-abcabc = Οι επαναλήψεις όπως «abcabcabc» μαντεύονται μόνο λίγο δυσκολότερα από το «abc».
error-password-top-10 = Αυτός είναι ένας από τους 10 πιο συνηθισμένους κωδικούς πρόσβασης.
error-password-top-100 = Αυτός είναι ένας από τους 100 πιο συνηθισμένους κωδικούς πρόσβασης.
error-password-common = Αυτός είναι ένας πολύ συνηθισμένος κωδικός πρόσβασης.
error-password-similar-to-common = Αυτός μοιάζει με έναν συχνά χρησιμοποιούμενο κωδικό πρόσβασης.
error-password-sequences = Οι ακολουθίες όπως abc ή 6543 μαντεύονται εύκολα.
error-password-recent-years = Τα πρόσφατα έτη μαντεύονται εύκολα.
error-password-single-word = Μια λέξη μόνη της μαντεύεται εύκολα.
error-password-dates = Οι ημερομηνίες συχνά μαντεύονται εύκολα.
error-password-names-by-themselves = Τα ονόματα και τα επώνυμα μόνα τους μαντεύονται εύκολα.
error-password-common-names = Τα συνηθισμένα ονόματα και επώνυμα μαντεύονται εύκολα.
error-password-use-a-few-words = Χρησιμοποιήστε μερικές λέξεις και αποφύγετε τις συνηθισμένες φράσεις.
error-password-no-need-for-symbols = Δεν χρειάζονται σύμβολα, ψηφία ή κεφαλαία γράμματα.
error-password-add-a-word = Προσθέστε μία ή δύο ακόμη λέξεις. Οι ασυνήθιστες λέξεις είναι καλύτερες.
error-password-capitalization = Τα κεφαλαία γράμματα δεν βοηθούν ιδιαίτερα.
error-password-all-uppercase = Ένας κωδικός μόνο με κεφαλαία μαντεύεται σχεδόν το ίδιο εύκολα με έναν κωδικό μόνο με πεζά.
error-password-reversed-words = Οι λέξεις γραμμένες ανάποδα δεν μαντεύονται πολύ δυσκολότερα.
error-password-substitutions = Οι προβλέψιμες αντικαταστάσεις, όπως «@» αντί για «a», δεν βοηθούν ιδιαίτερα.
error-password-longer-keyboard-pattern = Χρησιμοποιήστε μεγαλύτερο μοτίβο πληκτρολογίου με περισσότερες αλλαγές κατεύθυνσης.
error-password-avoid-repeats = Αποφύγετε τις επαναλαμβανόμενες λέξεις και τους επαναλαμβανόμενους χαρακτήρες.
error-password-avoid-sequences = Αποφύγετε τις ακολουθίες.
error-password-avoid-recent-years = Αποφύγετε τα πρόσφατα έτη.
error-password-avoid-your-years = Αποφύγετε έτη που συνδέονται με εσάς.
error-password-avoid-your-dates = Αποφύγετε ημερομηνίες και έτη που συνδέονται με εσάς.

## The training instance.

error-persona-unknown = Δεν υπάρχει τέτοιο πρόσωπο επίδειξης. Επιλέξτε ένα από τον κατάλογο στη σελίδα υποδοχής του περιβάλλοντος εκπαίδευσης.

## Addresses under /api that name nothing.

error-api-function-unknown = Δεν υπάρχει τέτοια συνάρτηση API.
error-export-unknown = Δεν υπάρχει τέτοιο αρχείο εξαγωγής: χρησιμοποιήστε queue.csv ή decisions.csv.

## The approval queue: filters, page links, export links.

error-queue-page-link = Ο σύνδεσμος της σελίδας δεν είναι πλέον έγκυρος. Επιστρέψτε στην πρώτη σελίδα της ουράς.
error-queue-organisation-too-long = Οργανισμός: πληκτρολογήστε το πολύ 100 χαρακτήρες της επωνυμίας.
# $max: the largest age accepted, in days.
error-queue-age-too-high = Παλαιότητα: το πολύ { $max } ημέρες.
error-queue-age-not-a-number = Παλαιότητα: δώστε έναν ακέραιο αριθμό ημερών, π.χ. 7.
# $value: what the link has instead of an instance (production or training).
error-export-link-instance = Ο σύνδεσμος εξαγωγής δεν είναι έγκυρος: το «{ $value }» δεν είναι περιβάλλον του TRACES NT: χρησιμοποιήστε «production» ή «training».
error-export-link-no-instance = Ο σύνδεσμος εξαγωγής δεν είναι έγκυρος: δεν ορίζει περιβάλλον.
# $key, $value: the setting of the link that is not one of the queue's.
error-export-link-setting = Ο σύνδεσμος εξαγωγής δεν είναι έγκυρος: το «{ $key }={ $value }» δεν είναι μία από τις ρυθμίσεις του. Χρησιμοποιήστε το κουμπί εξαγωγής της σελίδας της ουράς.

## Deciding requests, one or many, and the Administrator flag.

# $id: the request's number.
error-decide-not-found = Δεν υπάρχει αίτημα με αριθμό { $id } για το οποίο μπορείτε να αποφασίσετε σε αυτό το περιβάλλον. Μπορεί να ανήκει σε άλλη χώρα ή άλλον οργανισμό· ανοίξτε το από την ουρά σας.
# $name: the organisation; $status: its status (a stored code, chooses the words).
error-decide-organisation-closed = Ο οργανισμός «{ $name }» { $status ->
        [rejected] έχει απορριφθεί
        [inactive] είναι ανενεργός
       *[other] βρίσκεται σε κατάσταση «{ $status }»
    }, οπότε κανείς δεν μπορεί να ενταχθεί σε αυτόν. Απορρίψτε το αίτημα αναφέροντας αιτιολογία.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-accepted = Το αίτημα { $id } έχει ήδη γίνει δεκτό από { $who } ({ $when })· δεν άλλαξε τίποτα.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-rejected = Το αίτημα { $id } έχει ήδη απορριφθεί από { $who } ({ $when })· δεν άλλαξε τίποτα.
# $id: the request's number; $when: the date and time (UTC) or “earlier”.
error-decide-already-cancelled = Το αίτημα { $id } έχει ήδη ακυρωθεί από τον αιτούντα ({ $when })· δεν άλλαξε τίποτα.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-revoked = Το αίτημα { $id } έχει ήδη ανακληθεί από { $who } ({ $when })· δεν άλλαξε τίποτα.
# $id: the request's number; $status: its status, a code the schema does not know (in English); $when: the date and time (UTC) or “earlier”.
error-decide-already-other = Το αίτημα { $id } βρίσκεται ήδη σε κατάσταση «{ $status }» ({ $when })· δεν άλλαξε τίποτα.
# Stands for the person who decided, when the account is gone.
error-decide-by-unknown = άγνωστο χρήστη
# Stands for the time of a decision, when it was not recorded.
error-decide-at-unknown = νωρίτερα
# $id: the request's number.
error-decide-meanwhile = Στο μεταξύ ελήφθη απόφαση για το αίτημα { $id }· δεν άλλαξε τίποτα. Φορτώστε το ξανά για να δείτε την απόφαση.
error-decide-none-selected = Επιλέξτε τουλάχιστον ένα αίτημα στην ουρά και, στη συνέχεια, αποδεχθείτε ή απορρίψτε.
# $max: how many requests can be decided at once; $count: how many were selected.
error-decide-too-many = Επιλέξτε το πολύ { $max } αιτήματα ταυτόχρονα· επιλέξατε { $count }.
# $id: the request's number.
error-decide-selected-twice = Το αίτημα { $id } έχει επιλεγεί δύο φορές· επιλέξτε κάθε αίτημα μία φορά.
# $failed: how many of the selected requests cannot be decided; $count: how many were selected.
error-decide-nothing-decided = Δεν ελήφθη καμία απόφαση: για { $failed } από τα { $count } επιλεγμένα αιτήματα δεν μπορεί να ληφθεί απόφαση. Αποεπιλέξτε τα και δοκιμάστε ξανά.
# $id: the request's number; $status: its status (a stored code, chooses the words).
error-admin-not-valid = Το αίτημα { $id } δεν είναι έγκυρη θέση (είναι { $status ->
        [pending] σε εκκρεμότητα
        [rejected] απορριφθέν
        [cancelled] ακυρωμένο
        [revoked] ανακληθέν
       *[other] σε κατάσταση «{ $status }»
    }): μόνο ο κάτοχος έγκυρης θέσης μπορεί να είναι διαχειριστής.
# $id: the request's number.
error-admin-changed-meanwhile = Το αίτημα { $id } άλλαξε στο μεταξύ· φορτώστε το ξανά.

## Notifications in the app (not errors, but sentences the server composes too).

# $first, $last: the requester's names; $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-new-request = { $first } { $last }: αίτημα ένταξης στον οργανισμό «{ $organisation }» ({ $country }).
# $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-accepted = Το αίτημά σας για ένταξη στον οργανισμό «{ $organisation }» ({ $country }) έγινε δεκτό
# $organisation: the organisation's name; $country: the ISO code of the post's country; $reason: the decider's words.
error-notification-rejected = Το αίτημά σας για ένταξη στον οργανισμό «{ $organisation }» ({ $country }) απορρίφθηκε: { $reason }
# $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-rejected-no-reason = Το αίτημά σας για ένταξη στον οργανισμό «{ $organisation }» ({ $country }) απορρίφθηκε χωρίς αιτιολογία
# $organisation: the organisation's name; $country: the ISO code of the post's country; $status: the request's status (a stored code, chooses the words).
error-notification-other = Το αίτημά σας για ένταξη στον οργανισμό «{ $organisation }» ({ $country }) είναι πλέον { $status ->
        [pending] σε εκκρεμότητα
        [cancelled] ακυρωμένο
        [revoked] ανακληθέν
       *[other] σε κατάσταση «{ $status }»
    }

## TRACES: the directory search and authorisation requests.

error-search-page-link = Σελίδα: αυτός ο σύνδεσμος σελίδας δεν είναι πλέον έγκυρος· αναζητήστε ξανά από την πρώτη σελίδα.
error-search-name-too-long = Επωνυμία: αναζητήστε με το πολύ 120 χαρακτήρες της επωνυμίας.
# $max: the most characters allowed.
error-additional-info-too-long = Πρόσθετες πληροφορίες: χρησιμοποιήστε το πολύ { $max } χαρακτήρες.
error-submission-key = Κλειδί υποβολής: στείλτε 8 έως 64 γράμματα, ψηφία, - ή _ (η σελίδα δημιουργεί ένα· φορτώστε την ξανά και δοκιμάστε πάλι).
error-submission-other-instance = Αυτό το αίτημα έχει ήδη σταλεί στο άλλο περιβάλλον. Φορτώστε ξανά τη σελίδα και στείλτε το πάλι.
# $domain: the training demo's mail domain (demo.traces-training.example).
error-demo-address-production = Οι διευθύνσεις στο { $domain } προορίζονται μόνο για το περιβάλλον εκπαίδευσης: οποιοσδήποτε μπορεί να διαβάσει την αλληλογραφία τους στο γραμματοκιβώτιο επίδειξης και να αναλάβει τον λογαριασμό. Για να ζητήσετε εξουσιοδότηση στο περιβάλλον παραγωγής, αλλάξτε πρώτα τη διεύθυνση ηλ. ταχυδρομείου του λογαριασμού σας στη δική σας διεύθυνση.
error-posts-none = Θέσεις: επιλέξτε τουλάχιστον έναν οργανισμό στον κατάλογο και, στη συνέχεια, στείλτε το αίτημα.
# $max: how many posts one request can have.
error-posts-too-many = Θέσεις: επιλέξτε το πολύ { $max } ταυτόχρονα· στείλτε τις υπόλοιπες με δεύτερο αίτημα.
error-posts-twice = Θέσεις: η ίδια θέση έχει επιλεγεί δύο φορές· επιλέξτε κάθε θέση μία φορά.
error-posts-one-kind = Θέσεις: επιλέξτε οργανισμούς ενός μόνο είδους ρόλου (επιχειρηματίες, φορείς ελέγχου ή αρχές).
# $name: the control body; $country: the country's name; $code: its ISO code.
error-posts-not-certified = Θέσεις: ο φορέας «{ $name }» δεν πιστοποιεί στη χώρα { $country } ({ $code })· επιλέξτε μία από τις χώρες που αναφέρονται για αυτόν.
# $name: the organisation; $country: the name of its country.
error-posts-other-country = Θέσεις: ο οργανισμός «{ $name }» βρίσκεται στη χώρα { $country }· η θέση σε αυτόν καλύπτει μόνο αυτή τη χώρα.
# $id: the number that was sent.
error-organisation-not-found = Ο οργανισμός με αριθμό { $id } δεν υπάρχει σε αυτό το περιβάλλον. Αναζητήστε ξανά και επιλέξτε τον από τον κατάλογο.
# $name: the organisation; $status: its status (a stored code, chooses the words).
error-organisation-closed = Ο οργανισμός «{ $name }» { $status ->
        [rejected] έχει απορριφθεί
        [inactive] είναι ανενεργός
       *[other] βρίσκεται σε κατάσταση «{ $status }»
    } και δεν δέχεται νέα αιτήματα. Αναζητήστε ξανά και επιλέξτε άλλον οργανισμό.
# $name: the control body.
error-no-certified-countries = Ο φορέας ελέγχου «{ $name }» δεν έχει ακόμη χώρες πιστοποίησης, οπότε δεν μπορεί να ζητηθεί θέση σε αυτόν.
# $name: the organisation; $country: the name of the post's country.
error-post-already-held = «{ $name }» ({ $country }): κατέχετε ήδη αυτή τη θέση. Αποεπιλέξτε την και στείλτε ξανά το αίτημα· τα αιτήματά σας βρίσκονται στη σελίδα του προφίλ σας.
# $name: the organisation; $country: the name of the post's country.
error-post-already-pending = «{ $name }» ({ $country }): το αίτημά σας για αυτή τη θέση εκκρεμεί ήδη. Αποεπιλέξτε την και στείλτε ξανά το αίτημα· τα αιτήματά σας βρίσκονται στη σελίδα του προφίλ σας.
error-own-request-not-found = Δεν υπάρχει τέτοιο αίτημα μεταξύ των δικών σας. Φορτώστε ξανά τη σελίδα του προφίλ σας.
# $organisation: the organisation's name; $status: the request's status (a stored code, chooses the words).
error-cancel-not-pending = Το αίτημά σας για τον οργανισμό «{ $organisation }» είναι { $status ->
        [pending] σε εκκρεμότητα
        [valid] έγκυρο
        [rejected] απορριφθέν
        [cancelled] ακυρωμένο
        [revoked] ανακληθέν
       *[other] σε κατάσταση «{ $status }»
    } και δεν μπορεί πλέον να ακυρωθεί· μόνο τα εκκρεμή αιτήματα μπορούν να ακυρωθούν.
error-time-zone = Ζώνη ώρας: επιλέξτε μια ζώνη όπως Europe/Brussels (Περιοχή/Πόλη, το πολύ 64 χαρακτήρες) ή UTC.

## New organisations: the directory import and "create a new operator".

error-import-status = Κατάσταση: χρησιμοποιήστε valid, new, rejected ή inactive (το κενό σημαίνει valid).
error-import-kind = Είδος: χρησιμοποιήστε operator, control_body ή authority.
error-certified-countries-empty = Χώρες πιστοποίησης: Χώρα: επιλέξτε μια χώρα από τον κατάλογο.
# $code: what was given instead of a country code.
error-certified-countries-shape = Χώρες πιστοποίησης: Χώρα: το «{ $code }» δεν είναι κωδικός χώρας· χρησιμοποιήστε τα δύο γράμματα του ISO 3166-1 (DE, FR, US) ή επιλέξτε μια χώρα από τον κατάλογο.
# $code: what was given instead of a country code.
error-certified-countries-unknown = Χώρες πιστοποίησης: Χώρα: το «{ $code }» δεν είναι εκχωρημένος κωδικός χώρας ISO 3166-1· επιλέξτε μια χώρα από τον κατάλογο.
# $alias: the code EU documents use (EL, UK); $iso: the ISO 3166-1 code; $name: the country's name.
error-certified-countries-eu-alias = Χώρες πιστοποίησης: Χώρα: τα έγγραφα της ΕΕ γράφουν { $alias }, αλλά το ISO 3166-1 και το TRACES χρησιμοποιούν { $iso }· επιλέξτε { $iso } ({ $name }).
# $code: the control body code; $other: the organisation that has it.
error-control-body-code-taken = Κωδικός φορέα ελέγχου: ο κωδικός { $code } ανήκει ήδη στον οργανισμό «{ $other }».
# $eori: the EORI number; $other: the operator that has it.
error-eori-taken = Αριθμός EORI: ο αριθμός { $eori } είναι ήδη καταχωρισμένος για τον επιχειρηματία «{ $other }»· αναζητήστε τον και ζητήστε εξουσιοδότηση αντί να τον δημιουργήσετε ξανά.
error-demo-person-shared = Αυτό είναι ένα πρόσωπο της επίδειξης εκπαίδευσης, κοινό για όλους στην αίθουσα: το όνομα, το ηλεκτρονικό ταχυδρομείο και ο κωδικός πρόσβασής του δεν μπορούν να αλλάξουν. Εγγραφείτε με δικό σας λογαριασμό για να το δοκιμάσετε.
