## TRACES NT: the landing page, the welcome page of an instance, the role choice, the searches
## for a post with the request popup, "Create new Operator", and the profile with its
## preferences. Button and link names quoted in the helpdesk letter (“Login into TRACES”,
## “sign up for TRACES”, “Request Authorisation”, “Create new Operator”, “send authorisation
## request”) are the ones users are told to click: translate them the way the letter is
## translated.

## The landing page: production or training.

traces-landing-title = TRACES NT – Πιστοποιητικά ελέγχου για βιολογικά προϊόντα
traces-landing-lead = Διατίθενται οι ιστότοποι παραγωγής και εκπαίδευσης του TRACES NT. Για να τους χρησιμοποιήσετε, πρέπει πρώτα να εγγραφείτε στο EU Login και, στη συνέχεια, να ζητήσετε τον ρόλο σας στο TRACES NT. Οι ρόλοι που ζητούνται σε έναν ιστότοπο δεν μεταφέρονται στον άλλο.
traces-landing-production = TRACES NT – Παραγωγή
traces-landing-production-text = Για πραγματικά πιστοποιητικά και πραγματικά αιτήματα.
traces-landing-training = TRACES NT – Εκπαίδευση
traces-landing-training-text = Για εκμάθηση και επίδειξη της εγγραφής χωρίς συνέπειες.

## The welcome page of an instance.

traces-welcome-title = Καλώς ήρθατε στο TRACES NT
traces-welcome-title-training = Καλώς ήρθατε στο περιβάλλον εκπαίδευσης του TRACES NT
traces-welcome-lead = Το πιστοποιητικό ελέγχου για προϊόντα βιολογικής προέλευσης βρίσκεται σε αυτόν τον ιστότοπο. Για να αποκτήσετε πρόσβαση, πρέπει να συνδεθείτε και να εγγραφείτε ως χρήστης.
traces-welcome-log-in = Σύνδεση στο TRACES
# Followed by the link “sign up for TRACES”.
traces-welcome-no-account = Δεν έχετε ακόμη λογαριασμό EU Login;
traces-welcome-sign-up = Εγγραφή στο TRACES
traces-welcome-step-1 = Εγγραφείτε στο EU Login.
traces-welcome-step-1-text = Αν έχετε ήδη λογαριασμό EU Login (ECAS), προχωρήστε απευθείας στο βήμα 2.
traces-welcome-step-2 = Εγγραφείτε στο TRACES NT.
traces-welcome-step-2-text = Συνδεθείτε, επιλέξτε τον ρόλο σας (επιχειρηματίας, φορέας ελέγχου βιολογικής παραγωγής ή αρχή) και στείλτε αίτημα εξουσιοδότησης.
# $name: the first and last name of the person, in bold.
traces-welcome-logged-in = Είστε συνδεδεμένοι ως { $name }.
# $change: a link, traces-welcome-change-credentials; $reset: a link, traces-welcome-reset-password.
traces-welcome-credentials = Στο EU Login μπορείτε, αν χρειαστεί, να { $change } ή να { $reset }.
traces-welcome-change-credentials = αλλάξετε τα διαπιστευτήρια EU Login
traces-welcome-reset-password = επαναφέρετε τον κωδικό πρόσβασής σας

## A page of an instance opened before logging in.

traces-log-in-title = Συνδεθείτε
traces-log-in-needed = Για να εγγραφείτε στο TRACES NT, πρέπει να συνδεθείτε με τον λογαριασμό σας EU Login.
traces-log-in-button = Σύνδεση στο TRACES

## "Select your role in TRACES" on the welcome page.

traces-role-title = Επιλέξτε τον ρόλο σας στο TRACES
traces-role-loading = Φόρτωση του ρόλου σας…
traces-role-link-operator = Επιχειρηματίας (εισαγωγέας, πρώτος παραλήπτης)
traces-role-link-control-body = Φορέας ελέγχου βιολογικής παραγωγής (ή αρχή ελέγχου)
traces-role-link-authority = Αρχή (συνοριακός σταθμός ελέγχου ή κεντρική αρμόδια αρχή)
# $kind: the person's role kind (Operator, Organic Control Body, Authority), in bold.
traces-role-already = Έχετε ήδη το είδος ρόλου { $kind } σε αυτό το περιβάλλον. Κάθε πρόσωπο μπορεί να έχει μόνο ένα είδος ρόλου· στο πλαίσιό του μπορείτε να ζητήσετε περισσότερες θέσεις.
traces-role-see-requests = Δείτε τα αιτήματά σας στο προφίλ σας
traces-role-one-kind = Σημειώστε ότι κάθε πρόσωπο μπορεί να έχει μόνο ένα είδος ρόλου. Στο πλαίσιο του ρόλου σας μπορείτε να κατέχετε περισσότερες θέσεις: για παράδειγμα, να εργάζεστε για δύο ή περισσότερους επιχειρηματίες ή, ως φορέας ελέγχου, να διενεργείτε ελέγχους σε περισσότερες χώρες.

## The searches for an operator, an authority or a control body.

traces-search-title-operator = Αίτηση εξουσιοδότησης: Επιχειρηματίας
traces-search-title-authority = Αίτηση εξουσιοδότησης: Αρχή
traces-search-title-control-body = Αίτηση εξουσιοδότησης: Φορέας ελέγχου βιολογικής παραγωγής
traces-search-back = Επιστροφή στην επιλογή ρόλου
traces-search-country = Χώρα
traces-search-any-country = Όλες οι χώρες
traces-search-section = Ενότητα
traces-search-any-section = Όλες οι ενότητες
traces-search-activity = Είδος δραστηριότητας
traces-search-any-activity = Όλα τα είδη δραστηριότητας
traces-search-role = Ρόλος
traces-search-any-role = Όλοι οι ρόλοι
traces-search-name = Επωνυμία
traces-search-name-hint = Αρκεί μέρος της επωνυμίας· τα κεφαλαία και οι τόνοι δεν έχουν σημασία.
traces-search-button = Αναζήτηση
traces-operator-lead = Αναζητήστε τον επιχειρηματία για τον οποίο εργάζεστε, επιλέξτε το πλαίσιο δίπλα του και κάντε κλικ στο «Αίτηση εξουσιοδότησης». Μπορείτε να επιλέξετε περισσότερους επιχειρηματίες, ακόμη και σε διαφορετικές σελίδες.
traces-operator-create-new-hint = Αν είστε βέβαιοι ότι δεν μπορείτε να βρείτε τον επιχειρηματία για τον οποίο εργάζεστε, μπορείτε να τον δημιουργήσετε.
traces-operator-create-new = Δημιουργία νέου επιχειρηματία
traces-authority-lead = Αναζητήστε την αρχή σας, επιλέξτε το πλαίσιο δίπλα της και κάντε κλικ στο «Αίτηση εξουσιοδότησης».
traces-control-body-lead = Αναζητήστε τον φορέα ελέγχου σας. Αν πιστοποιείτε για μία μόνο χώρα, επιλέξτε το πλαίσιο αυτής της χώρας· αν πιστοποιείτε για όλες τις χώρες στις οποίες πιστοποιεί ο φορέας ελέγχου σας, επιλέξτε «Όλες οι χώρες» στην αρχή του καταλόγου του. Στη συνέχεια, κάντε κλικ στο «Αίτηση εξουσιοδότησης».
traces-control-body-country-hint = Χώρα στην οποία πιστοποιεί ο φορέας ελέγχου.
traces-control-body-name-hint = Αρκεί μέρος της επωνυμίας ή του κωδικού.

## The results of a search, "Request Authorisation" and the popup.

traces-posts-request = Αίτηση εξουσιοδότησης
traces-posts-none-selected = Επιλέξτε πρώτα το πλαίσιο της θέσης σας στα αποτελέσματα.
# $count: how many posts are ticked (1 or more).
traces-posts-selected =
    { $count ->
        [one] Επιλέχθηκε { $count } θέση.
       *[other] Επιλέχθηκαν { $count } θέσεις.
    }
traces-posts-searching = Αναζήτηση…
traces-posts-no-results = Κανένας οργανισμός δεν αντιστοιχεί στην αναζήτησή σας.
# $count: how many organisations this page of results shows (1 or more).
traces-posts-results =
    { $count ->
        [one] { $count } αποτέλεσμα σε αυτή τη σελίδα.
       *[other] { $count } αποτελέσματα σε αυτή τη σελίδα.
    }
traces-posts-first-page = Πρώτη σελίδα
traces-posts-next-page = Επόμενη σελίδα
traces-posts-caption = Αποτελέσματα αναζήτησης
traces-posts-column-name = Επωνυμία
traces-posts-column-country = Χώρα
traces-posts-column-city = Πόλη
traces-posts-column-activity = Είδος δραστηριότητας
traces-posts-column-eori = Αριθμός EORI
traces-posts-column-select = Επιλογή
traces-posts-column-role = Ρόλος
traces-posts-column-code = Κωδικός
traces-posts-column-certified = Χώρες πιστοποίησης (επιλογή)
# $code: the role's code (BCP, CCA); $name: its name; $acts: what it acts as.
traces-posts-authority-role = { $code } ({ $name }, ενεργεί ως { $acts })
traces-posts-all-countries = Όλες οι χώρες
# The name of a tick box. $organisation: the control body's name.
traces-posts-all-countries-of = { $organisation }: όλες οι χώρες
# $count: how many requests were sent (1 or more). Followed by the link “Open my profile”.
traces-posts-sent =
    { $count ->
        [one] Το αίτημα εξουσιοδότησής σας στάλθηκε. Μπορείτε να το παρακολουθείτε στο προφίλ σας.
       *[other] Τα { $count } αιτήματα εξουσιοδότησής σας στάλθηκαν. Μπορείτε να τα παρακολουθείτε στο προφίλ σας.
    }
traces-open-profile = Άνοιγμα του προφίλ μου
traces-popup-asking-for = Ζητάτε εξουσιοδότηση για:
traces-request-additional-info = Πρόσθετες πληροφορίες (προαιρετικά)
traces-request-additional-info-hint = Οτιδήποτε βοηθά το πρόσωπο που ελέγχει το αίτημά σας.
traces-popup-email = Ηλ. ταχυδρομείο
traces-popup-phone = Τηλέφωνο (προαιρετικά)
traces-popup-send = Αποστολή αιτήματος εξουσιοδότησης
traces-popup-cancel = Ακύρωση
traces-popup-sending = Αποστολή…

## "Create new Operator".

traces-new-operator-back = Επιστροφή στην αναζήτηση επιχειρηματία
traces-new-operator-title = Δημιουργία νέου επιχειρηματία
# $operator: the name of the operator just created.
traces-new-operator-created = Ο επιχειρηματίας { $operator } δημιουργήθηκε και το αίτημά σας για ένταξη σε αυτόν καταχωρίστηκε.
traces-new-operator-duplicates-title = Μήπως είναι ένας από αυτούς;
traces-new-operator-duplicates-text = Αυτοί οι επιχειρηματίες μοιάζουν με αυτόν που δημιουργείτε. Αν εργάζεστε για έναν από αυτούς, επιλέξτε τον και κάντε κλικ στο «Αίτηση εξουσιοδότησης». Αν κανένας από αυτούς δεν είναι ο δικός σας, κάντε ξανά κλικ στο «Δημιουργία νέου επιχειρηματία».
traces-new-operator-lead = Τα πεδία με * είναι υποχρεωτικά. Ο αριθμός EORI είναι υποχρεωτικός για τους εισαγωγείς βιολογικών προϊόντων.
traces-new-operator-create = Δημιουργία νέου επιχειρηματία
traces-new-operator-checking = Έλεγχος…
traces-new-operator-operator = Ο επιχειρηματίας
traces-new-operator-name = Επωνυμία
traces-new-operator-country = Χώρα
traces-new-operator-choose-country = Επιλέξτε χώρα
traces-new-operator-address = Διεύθυνση
traces-new-operator-city = Πόλη
traces-new-operator-postcode = Ταχυδρομικός κώδικας
traces-new-operator-section = Ενότητα
traces-new-operator-activity = Είδος δραστηριότητας
traces-new-operator-choose-activity = Επιλέξτε είδος δραστηριότητας
traces-new-operator-eori = Αριθμός EORI
traces-new-operator-eori-hint = Ο διψήφιος κωδικός χώρας και έως 15 γράμματα ή ψηφία (DE1234567890). Υποχρεωτικός για τους εισαγωγείς.
traces-new-operator-eori-mandatory = Για τους εισαγωγείς ο αριθμός EORI είναι υποχρεωτικός.
traces-new-operator-contact = Στοιχεία επικοινωνίας του επιχειρηματία
traces-new-operator-contact-rule = Υποχρεωτικό: δώστε τουλάχιστον ένα από τα εξής: τηλέφωνο, φαξ, ηλ. ταχυδρομείο ή ιστότοπο.
traces-new-operator-phone = Τηλέφωνο
traces-new-operator-fax = Φαξ
traces-new-operator-email = Ηλ. ταχυδρομείο
traces-new-operator-website = Ιστότοπος
traces-new-operator-request = Το αίτημά σας για ένταξη σε αυτόν τον επιχειρηματία
traces-new-operator-request-hint = Το πρόσωπο που ελέγχει το αίτημά σας βλέπει αυτά τα στοιχεία και τα χρησιμοποιεί για να επικοινωνήσει μαζί σας.
traces-new-operator-your-email = Το ηλ. ταχυδρομείο σας
traces-new-operator-your-email-hint = Από τον λογαριασμό σας EU Login· μπορείτε να δώσετε άλλη διεύθυνση για αυτό το αίτημα.
traces-new-operator-your-phone = Το τηλέφωνό σας (προαιρετικά)

## "My TRACES profile".

traces-profile-title = Το προφίλ μου στο TRACES
traces-profile-requests = Τα αιτήματά μου
traces-profile-loading = Φόρτωση των αιτημάτων σας…
traces-profile-no-requests = Δεν έχετε ζητήσει ακόμη κανέναν ρόλο σε αυτό το περιβάλλον.
traces-profile-column-organisation = Οργανισμός
traces-profile-column-role = Ρόλος
traces-profile-column-scope = Πεδίο εφαρμογής
traces-profile-column-requested = Ημερομηνία αιτήματος
traces-profile-column-decided = Ημερομηνία απόφασης
traces-profile-column-status = Κατάσταση
traces-profile-column-reason = Αιτιολογία
traces-profile-column-action = Ενέργεια
traces-profile-cancel = Ακύρωση
# The name of the “Cancel” button of one request. $organisation: the organisation's name.
traces-profile-cancel-label = Ακύρωση του αιτήματος για τον οργανισμό { $organisation }
# $organisation: the organisation's name.
traces-profile-cancelled = Το αίτημά σας για τον οργανισμό { $organisation } ακυρώθηκε.
# $zone: an IANA time zone name, like Europe/Brussels.
traces-profile-time-zone = Οι ημερομηνίες και οι ώρες εμφανίζονται στη ζώνη ώρας σας, { $zone }. Μπορείτε να την αλλάξετε στις «Προτιμήσεις».
traces-profile-new-role = Αίτηση για νέο ρόλο
# $problem: why, as the server says it.
traces-profile-preferences-failed = Δεν είναι δυνατή η εμφάνιση των προτιμήσεών σας: { $problem }

## The preferences of the profile page.

traces-preferences-title = Προτιμήσεις
traces-preferences-notifications-title = Ζώνη ώρας και ειδοποιήσεις
# $instance: production or training (only chooses the text).
traces-preferences-instance-only =
    { $instance ->
        [training] Αυτές οι προτιμήσεις ισχύουν μόνο για το περιβάλλον εκπαίδευσης.
       *[production] Αυτές οι προτιμήσεις ισχύουν μόνο για το περιβάλλον παραγωγής.
    }
traces-preferences-time-zone = Ζώνη ώρας
traces-preferences-time-zone-hint = Οι ημερομηνίες και οι ώρες των αιτημάτων σας εμφανίζονται σε αυτή τη ζώνη ώρας.
traces-preferences-zone-utc = UTC (Συντονισμένη Παγκόσμια Ώρα)
traces-preferences-zones-eu = Ευρωπαϊκή Ένωση
traces-preferences-zones-other = Άλλες χώρες
# A time zone in the list. $country: the country's name; $zone: the IANA name (Europe/Vienna).
traces-preferences-zone = { $country } ({ $zone })
# $country: the country's name; $place: a region of it (Azores); $zone: the IANA name.
traces-preferences-zone-region = { $country }, { $place } ({ $zone })
# $country: the country's name; $place: a city of it (Chicago); $zone: the IANA name.
traces-preferences-zone-city = { $country } ({ $place }) ({ $zone })
traces-preferences-place-azores = Αζόρες
traces-preferences-place-madeira = Μαδέρα
traces-preferences-place-canary-islands = Κανάριοι Νήσοι
traces-preferences-place-sydney = Σίδνεϊ
traces-preferences-place-sao-paulo = Σάο Πάολο
traces-preferences-place-toronto = Τορόντο
traces-preferences-place-chicago = Σικάγο
traces-preferences-place-los-angeles = Λος Άντζελες
traces-preferences-place-new-york = Νέα Υόρκη
# $browser: the browser's time zone; $saved: the saved one (IANA names, like Europe/Brussels).
traces-preferences-browser-zone = Το πρόγραμμα περιήγησής σας είναι ρυθμισμένο στη ζώνη { $browser }, γι’ αυτό επιλέγεται εδώ. Η αποθηκευμένη ζώνη ώρας σας παραμένει { $saved } μέχρι να κάνετε κλικ στο «Αποθήκευση προτιμήσεων».
traces-preferences-events = Ενημερώστε με για
traces-preferences-notify-decisions = Αποφάσεις για τα αιτήματά μου (αποδοχή, απόρριψη, ανάκληση)
traces-preferences-notify-new-requests = Νέα αιτήματα που περιμένουν την απόφασή μου (αν αποφασίζετε για αιτήματα: αρχές και διαχειριστές οργανισμού)
traces-preferences-channels = Τρόπος ενημέρωσης
traces-preferences-notify-in-app = Στην εφαρμογή
traces-preferences-notify-email = Με ηλεκτρονικό ταχυδρομείο (στη διεύθυνση του λογαριασμού σας EU Login)
traces-preferences-no-channel = Αν δεν είναι επιλεγμένο ούτε το «Στην εφαρμογή» ούτε το «Με ηλεκτρονικό ταχυδρομείο», δεν θα λαμβάνετε καμία ειδοποίηση.
traces-preferences-save = Αποθήκευση προτιμήσεων
traces-preferences-saving = Αποθήκευση…
# $zone: the time zone just saved (an IANA name, like America/New_York).
traces-preferences-saved = Οι προτιμήσεις σας αποθηκεύτηκαν. Οι ημερομηνίες και οι ώρες εμφανίζονται πλέον στη ζώνη { $zone }.
traces-preferences-language-title = Γλώσσα
# $account: a link, traces-preferences-my-account.
traces-preferences-language-text = Οι γλώσσες σας ανήκουν στον λογαριασμό σας EU Login: είναι ίδιες στο περιβάλλον παραγωγής και στο περιβάλλον εκπαίδευσης. Μπορείτε επίσης να τις αλλάξετε, μαζί με τα ονόματά σας, στη σελίδα { $account }.
traces-preferences-my-account = Ο λογαριασμός μου
traces-preferences-interface-language = Γλώσσα διεπαφής
traces-preferences-interface-language-hint = Η γλώσσα αυτών των σελίδων όποτε είστε συνδεδεμένοι.
traces-preferences-email-language = Γλώσσα μηνυμάτων ηλ. ταχυδρομείου
traces-preferences-email-language-hint = Η γλώσσα των μηνυμάτων ηλ. ταχυδρομείου που λαμβάνετε, συμπεριλαμβανομένων των ειδοποιήσεων.
traces-preferences-save-languages = Αποθήκευση γλωσσών
traces-preferences-languages-saved = Οι γλώσσες σας αποθηκεύτηκαν.

## Statuses, as the profile, the search results and the queue show them.

traces-status-pending = Σε εκκρεμότητα
traces-status-valid = Έγκυρο
traces-status-rejected = Απορρίφθηκε
traces-status-cancelled = Ακυρώθηκε
traces-status-revoked = Ανακλήθηκε
traces-status-organisation-new = Νέος
traces-status-organisation-valid = Έγκυρος
traces-status-organisation-rejected = Απορρίφθηκε
traces-status-organisation-inactive = Ανενεργός
