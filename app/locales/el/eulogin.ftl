## EU Login, the identity service (pages/eulogin): sign-up, the e-mailed links, login, the
## account page, help and privacy. "EU Login", "TRACES NT" and "ECAS" are names.

# The mark above each EU Login page's heading.
eulogin-brand = EU Login
# Heading, button and link of the sign-up form (the helpdesk letter names it).
eulogin-create-account = Δημιουργία λογαριασμού
# Links and buttons that lead to logging in.
eulogin-log-in = Σύνδεση
# Heading of its page and the link to it.
eulogin-lost-password = Ξεχάσατε τον κωδικό πρόσβασης;
eulogin-help-link = Βοήθεια: το μήνυμα δεν έφτασε
eulogin-send-again = Νέα αποστολή του μηνύματος
eulogin-nothing-arrived = Δεν λάβατε τίποτα;
# The text of a link, inside sentences.
eulogin-account-page-link = τη σελίδα του λογαριασμού σας EU Login
# After a link that opens in a new tab, for screen readers.
eulogin-opens-in-new-tab = (ανοίγει σε νέα καρτέλα)
# Heading of a page whose e-mailed link is expired, used, replaced or unknown.
eulogin-link-broken = Αυτός ο σύνδεσμος δεν λειτουργεί
eulogin-link-checking = Έλεγχος του συνδέσμου σας…
eulogin-link-no-code = Αυτή η διεύθυνση δεν περιέχει κωδικό συνδέσμου. Ανοίξτε ξανά τον σύνδεσμο από το μήνυμα ή αντιγράψτε ολόκληρο τον σύνδεσμο στη γραμμή διευθύνσεων.

## Field labels and hints.

eulogin-field-username = Όνομα χρήστη
eulogin-field-first-name = Όνομα
eulogin-field-last-name = Επώνυμο
eulogin-field-email = Ηλ. ταχυδρομείο
eulogin-field-email-confirm = Επιβεβαίωση ηλ. ταχυδρομείου
eulogin-field-email-language = Γλώσσα μηνυμάτων ηλ. ταχυδρομείου
eulogin-field-interface-language = Γλώσσα διεπαφής
eulogin-field-password = Κωδικός πρόσβασης
eulogin-field-current-password = Τρέχων κωδικός πρόσβασης
eulogin-field-new-password = Νέος κωδικός πρόσβασης
eulogin-field-confirm-password = Επιβεβαίωση κωδικού πρόσβασης
eulogin-field-new-email = Νέα διεύθυνση ηλ. ταχυδρομείου
eulogin-field-confirm-new-email = Επιβεβαίωση νέας διεύθυνσης
eulogin-name-hint = Όπως αναγράφεται στο έγγραφο ταυτότητάς σας.
eulogin-email-language-hint = Η γλώσσα των μηνυμάτων που σας στέλνει το EU Login.
eulogin-interface-language-hint = Η γλώσσα αυτών των σελίδων όποτε είστε συνδεδεμένοι.
eulogin-password-rule = Τουλάχιστον 12 χαρακτήρες και το πολύ 128. Χωρίς κανόνες για τα είδη των χαρακτήρων: μια φράση από αρκετές άσχετες μεταξύ τους λέξεις είναι ισχυρή και εύκολη στην απομνημόνευση.

## Create an account (/eulogin/signup).

eulogin-signup-own-name = Ανοίξτε τον λογαριασμό στο δικό σας όνομα.
# $person: "REAL PERSON" (eulogin-signup-real-person), in bold.
eulogin-signup-own-name-why = Τα στοιχεία που εισάγετε εδώ θα εμφανίζονται στα πιστοποιητικά που υπογράφετε στο TRACES NT, τα οποία έχουν νομική ισχύ. Ανοίξτε τον λογαριασμό EU Login στο όνομα ενός { $person } και ΟΧΙ του συνοριακού σταθμού ελέγχου, του επιχειρηματία ή του φορέα ελέγχου σας.
eulogin-signup-real-person = ΠΡΑΓΜΑΤΙΚΟΥ ΦΥΣΙΚΟΥ ΠΡΟΣΩΠΟΥ
eulogin-signup-own-address = Χρησιμοποιήστε την ατομική επαγγελματική σας διεύθυνση ηλεκτρονικού ταχυδρομείου.
eulogin-signup-own-address-why = Με αυτή τη διεύθυνση θα συνδέεστε στο TRACES NT.
# Followed by the link "Log in".
eulogin-signup-already = Έχετε ήδη λογαριασμό EU Login;
eulogin-signup-all-required = Όλα τα πεδία είναι υποχρεωτικά.
eulogin-signup-username-hint = 4 έως 32 χαρακτήρες: γράμματα a–z, ψηφία, τελείες, ενωτικά και κάτω παύλες, με πρώτο χαρακτήρα γράμμα.
eulogin-signup-email-hint = Η ατομική επαγγελματική σας διεύθυνση: με αυτήν θα συνδέεστε.
eulogin-signup-email-confirm-hint = Πληκτρολογήστε ξανά την ίδια διεύθυνση.
eulogin-signup-privacy-accept = Έχω διαβάσει και αποδέχομαι τη δήλωση απορρήτου
eulogin-signup-privacy-read = Διαβάστε τη δήλωση απορρήτου
eulogin-signup-progress = Δημιουργία του λογαριασμού σας…

## Check your e-mail (/eulogin/signup/sent), after "Create an account".

eulogin-sent-title = Ελέγξτε το ηλεκτρονικό ταχυδρομείο σας
# Instead of the address, when the page does not know it.
eulogin-sent-unknown-address = η διεύθυνση που εισαγάγατε
# $address: the e-mail address, in bold.
eulogin-sent-lead = Σας στείλαμε ένα μήνυμα με σύνδεσμο για τον ορισμό του κωδικού πρόσβασής σας. Παραλήπτης: { $address }.
# $minutes: how long the link works.
eulogin-sent-link-valid = Ο σύνδεσμος λειτουργεί για { $minutes ->
        [one] { $minutes } λεπτό
       *[other] { $minutes } λεπτά
    } από την αποστολή του μηνύματος και μόνο μία φορά. Αφού ορίσετε τον κωδικό πρόσβασής σας, επιστρέψτε στο TRACES NT και συνδεθείτε με αυτή τη διεύθυνση ηλεκτρονικού ταχυδρομείου.
eulogin-sent-advice-wait = Περιμένετε λίγα λεπτά: τα μηνύματα μπορεί να καθυστερήσουν.
eulogin-sent-advice-spam = Ελέγξτε τον φάκελο ανεπιθύμητης αλληλογραφίας.
eulogin-sent-advice-it = Ζητήστε από το τμήμα πληροφορικής σας να επιτρέψει τα μηνύματα από το EU Login (να προσθέσει τον αποστολέα στον κατάλογο επιτρεπόμενων αποστολέων, τη λεγόμενη «λευκή λίστα»).
eulogin-sent-advice-address = Ελέγξτε την παραπάνω διεύθυνση. Αν είναι λάθος, δημιουργήστε ξανά τον λογαριασμό με τη σωστή.
eulogin-sent-replaces = Ένα νέο μήνυμα αντικαθιστά το προηγούμενο: λειτουργεί μόνο ο σύνδεσμος του πιο πρόσφατου μηνύματος.

## Help with EU Login (/eulogin/help), where the helpdesk letter points when the e-mail does not arrive.

eulogin-help-title = Βοήθεια για το EU Login
eulogin-help-no-email = Το μήνυμα για τον ορισμό του κωδικού πρόσβασης δεν έφτασε
eulogin-help-no-email-intro = Μετά τη «Δημιουργία λογαριασμού», το EU Login σας στέλνει ένα μήνυμα με σύνδεσμο για τον ορισμό του κωδικού πρόσβασής σας. Αν δεν βρίσκεται στα εισερχόμενά σας:
# Each piece of advice: a short instruction in bold, then why.
eulogin-help-wait = Περιμένετε λίγα λεπτά.
eulogin-help-wait-why = Οι διακομιστές αλληλογραφίας μερικές φορές κρατούν για λίγο τα μηνύματα από νέο αποστολέα πριν τα παραδώσουν.
eulogin-help-spam = Ελέγξτε τον φάκελο ανεπιθύμητης αλληλογραφίας.
eulogin-help-spam-why = Αν βρείτε το μήνυμα εκεί, επισημάνετέ το ως «μη ανεπιθύμητο», ώστε τα επόμενα να φτάνουν στα εισερχόμενά σας.
eulogin-help-it = Ζητήστε από το τμήμα πληροφορικής σας να επιτρέψει τα μηνύματά μας.
eulogin-help-it-why = Οι οργανισμοί συχνά φιλτράρουν τα μηνύματα που έρχονται απ’ έξω. Ζητήστε να προστεθεί ο αποστολέας του EU Login στον κατάλογο επιτρεπόμενων αποστολέων («λευκή λίστα»).
eulogin-help-address = Ελέγξτε τη διεύθυνση.
# $link: a link to the sign-up form, "create the account again" (eulogin-help-address-link).
eulogin-help-address-why = Ένα τυπογραφικό λάθος στέλνει το μήνυμα αλλού. Αν η διεύθυνση ήταν λάθος, { $link } με τη σωστή.
eulogin-help-address-link = δημιουργήστε ξανά τον λογαριασμό
# $action: "Send the e-mail again" (eulogin-help-again-action), in bold.
eulogin-help-again = { $action } με την παρακάτω φόρμα.
eulogin-help-again-action = Νέα αποστολή του μηνύματος
eulogin-help-link-broken = Ο σύνδεσμος δεν λειτουργεί
# $minutes: how long a link works.
eulogin-help-link-broken-why = Ένας σύνδεσμος λειτουργεί για { $minutes ->
        [one] { $minutes } λεπτό
       *[other] { $minutes } λεπτά
    } από την αποστολή του μηνύματος και μόνο μία φορά. Όταν αποστέλλεται νέο μήνυμα, οι σύνδεσμοι των προηγούμενων παύουν να λειτουργούν: χρησιμοποιείτε πάντα το πιο πρόσφατο μήνυμα. Αν το πρόγραμμα ηλεκτρονικού ταχυδρομείου σας κόβει τον σύνδεσμο στα δύο, αντιγράψτε ολόκληρο τον σύνδεσμο στη γραμμή διευθύνσεων του προγράμματος περιήγησής σας.
eulogin-help-send-again-intro = Εισαγάγετε τη διεύθυνση ηλεκτρονικού ταχυδρομείου του λογαριασμού σας EU Login. Αν είναι καταχωρισμένη, θα σας στείλουμε νέο σύνδεσμο για τον ορισμό του κωδικού πρόσβασής σας.
eulogin-help-have-account = Έχετε ήδη λογαριασμό;
# $login: a link, "log in" (eulogin-help-have-account-log-in); $lost: a link, "Lost your password?" (eulogin-lost-password).
eulogin-help-have-account-why = Αν έχετε ήδη λογαριασμό EU Login (ECAS), δεν χρειάζεστε νέο: { $login }. Αν ξεχάσατε τον κωδικό πρόσβασής σας, χρησιμοποιήστε την επιλογή { $lost }
eulogin-help-have-account-log-in = συνδεθείτε
eulogin-help-contact = Επικοινωνήστε με την υπηρεσία υποστήριξης
eulogin-help-contact-intro = Αν τίποτα από αυτά δεν βοηθά, ή για οποιαδήποτε ερώτηση σχετικά με το TRACES NT και το πιστοποιητικό ελέγχου, γράψτε στις εξής διευθύνσεις:
# $address: the helpdesk's e-mail address, a link.
eulogin-help-contact-traces = { $address } (TRACES NT και EU Login)
# $address: the e-mail address of the organic products helpdesk, a link.
eulogin-help-contact-organic = { $address } (πιστοποιητικό ελέγχου για βιολογικά προϊόντα)
eulogin-help-contact-advice = Αναφέρετε ποια διεύθυνση ηλεκτρονικού ταχυδρομείου χρησιμοποιήσατε και μη στέλνετε ποτέ τον κωδικό πρόσβασής σας.

## Privacy statement (/eulogin/privacy).

eulogin-privacy-title = Δήλωση απορρήτου
eulogin-privacy-lead = Μέσω του EU Login αποδεικνύετε την ταυτότητά σας στο TRACES NT. Αυτή η σελίδα εξηγεί ποια δεδομένα σας διατηρούμε, για ποιον λόγο και τι μπορείτε να κάνετε σχετικά.
eulogin-privacy-stored = Τι αποθηκεύουμε
eulogin-privacy-stored-names = Το όνομα χρήστη, το όνομα και το επώνυμό σας.
eulogin-privacy-stored-email = Η διεύθυνση ηλεκτρονικού ταχυδρομείου σας, η οποία είναι και το αναγνωριστικό σύνδεσής σας.
eulogin-privacy-stored-languages = Η γλώσσα των μηνυμάτων που σας στέλνουμε και η γλώσσα της διεπαφής.
eulogin-privacy-stored-password = Ο κωδικός πρόσβασής σας, μόνο σε κατακερματισμένη μορφή: ένας μονόδρομος μετασχηματισμός από τον οποίο ο κωδικός δεν μπορεί να ανακτηθεί. Κανείς, ούτε η υπηρεσία υποστήριξης, δεν μπορεί να δει τον κωδικό πρόσβασής σας.
eulogin-privacy-stored-session = Όσο είστε συνδεδεμένοι, ένα cookie συνεδρίας και η ώρα της τελευταίας δραστηριότητάς σας, ώστε η συνεδρία να λήγει όταν σταματήσετε να τη χρησιμοποιείτε ή όταν αποσυνδεθείτε.
eulogin-privacy-why = Για ποιον λόγο
eulogin-privacy-why-identify = Για να σας ταυτοποιούμε όταν συνδέεστε στο TRACES NT και για να σας στέλνουμε τα μηνύματα που χρειάζεται η υπηρεσία (τον σύνδεσμο για τον ορισμό του κωδικού πρόσβασης, την επιβεβαίωση μιας νέας διεύθυνσης).
eulogin-privacy-why-certificates = Το όνομα και το επώνυμό σας εμφανίζονται στα πιστοποιητικά που υπογράφετε στο TRACES NT. Τα πιστοποιητικά έχουν νομική ισχύ, επομένως ο λογαριασμός πρέπει να είναι στο όνομα του πραγματικού προσώπου που υπογράφει.
eulogin-privacy-no-other-use = Δεν χρησιμοποιούμε τα δεδομένα σας για κανέναν άλλο σκοπό και δεν τα πωλούμε ούτε τα κοινοποιούμε για σκοπούς εμπορικής προώθησης.
eulogin-privacy-rights = Τα δικαιώματά σας
# $link: a link, "your EU Login account page" (eulogin-account-page-link).
eulogin-privacy-rights-text = Αφού συνδεθείτε, μπορείτε ανά πάσα στιγμή να δείτε και να διορθώσετε τα ονόματα, τις γλώσσες, τη διεύθυνση ηλεκτρονικού ταχυδρομείου και τον κωδικό πρόσβασής σας από { $link }. Για να ζητήσετε αντίγραφο των δεδομένων σας ή τη διαγραφή του λογαριασμού σας, γράψτε στην υπηρεσία υποστήριξης.
eulogin-privacy-contact = Επικοινωνία
# $address: the helpdesk's e-mail address, a link.
eulogin-privacy-helpdesk = Υπηρεσία υποστήριξης: { $address }

## Log in (/eulogin/login), where "Login into TRACES" leads.

eulogin-login-title = Σύνδεση
eulogin-login-lead = Συνδεθείτε με τη διεύθυνση ηλεκτρονικού ταχυδρομείου του λογαριασμού σας EU Login.
# Next to the password field when it is empty ("Password" is the field's label).
eulogin-login-password-missing = Κωδικός πρόσβασης: εισαγάγετε τον κωδικό πρόσβασής σας.
# Followed by the link "Create an account".
eulogin-login-no-account = Δεν έχετε ακόμη λογαριασμό;

## Lost your password? (/eulogin/lost-password)

eulogin-lost-lead = Εισαγάγετε τη διεύθυνση ηλεκτρονικού ταχυδρομείου του λογαριασμού σας EU Login. Αν είναι καταχωρισμένη, θα σας στείλουμε ένα μήνυμα με σύνδεσμο για τον ορισμό νέου κωδικού πρόσβασης.
# $minutes: how long the link works.
eulogin-lost-link-valid = Ο σύνδεσμος λειτουργεί για { $minutes ->
        [one] { $minutes } λεπτό
       *[other] { $minutes } λεπτά
    } και μόνο μία φορά. Ο τρέχων κωδικός πρόσβασής σας εξακολουθεί να λειτουργεί μέχρι να ορίσετε τον νέο.
eulogin-lost-submit = Στείλτε μου σύνδεσμο
eulogin-lost-back = Επιστροφή στη «Σύνδεση»

## Set your password (/eulogin/password), from the e-mailed link.

eulogin-password-title = Ορίστε τον κωδικό πρόσβασής σας
# $name: the person's first name; $username: their username, in bold.
eulogin-password-lead = Γεια σας, { $name }. Επιλέξτε τον κωδικό πρόσβασης του λογαριασμού EU Login { $username }.
eulogin-password-submit = Ορισμός του κωδικού πρόσβασής μου
eulogin-password-set = Ο κωδικός πρόσβασής σας ορίστηκε
eulogin-password-set-next = Μπορείτε τώρα να συνδεθείτε με τη διεύθυνση ηλεκτρονικού ταχυδρομείου σας και τον νέο κωδικό πρόσβασής σας.
eulogin-password-new-email = Λήψη νέου μηνύματος
eulogin-password-new-email-intro = Εισαγάγετε τη διεύθυνση ηλεκτρονικού ταχυδρομείου του λογαριασμού σας EU Login για να λάβετε νέο σύνδεσμο για τον ορισμό του κωδικού πρόσβασής σας.

## Confirm your new e-mail address (/eulogin/email), from the e-mailed link.

eulogin-email-title = Επιβεβαιώστε τη νέα διεύθυνση ηλεκτρονικού ταχυδρομείου σας
# $name: the person's first name; $username: their username, in bold; $email: the new address, in bold.
eulogin-email-lead = Γεια σας, { $name }. Το αναγνωριστικό σύνδεσης του λογαριασμού EU Login { $username } θα γίνει { $email }.
eulogin-email-old-stops = Η παλιά σας διεύθυνση παύει να λειτουργεί για τη σύνδεση μόλις επιβεβαιώσετε.
eulogin-email-submit = Επιβεβαίωση της νέας διεύθυνσής μου
eulogin-email-changed = Η διεύθυνση ηλεκτρονικού ταχυδρομείου σας άλλαξε
# $email: the new address, in bold.
eulogin-email-changed-next = Από εδώ και πέρα, συνδέεστε με { $email }.
eulogin-email-back-to-account = Επιστροφή στον λογαριασμό μου
# $link: a link, "your EU Login account page" (eulogin-account-page-link).
eulogin-email-link-broken-next = Η διεύθυνση ηλεκτρονικού ταχυδρομείου σας δεν άλλαξε. Για να λάβετε νέο σύνδεσμο επιβεβαίωσης, συνδεθείτε και ζητήστε τον ξανά από { $link }.

## My EU Login account (/eulogin/account).

eulogin-account-title = Ο λογαριασμός μου EU Login
eulogin-account-loading = Φόρτωση του λογαριασμού σας…
eulogin-account-back = Επιστροφή στο TRACES NT
eulogin-account-log-in-first = Συνδεθείτε για να δείτε και να αλλάξετε τον λογαριασμό σας EU Login.
# $name: first and last name; $username; $email: the login address. All three in bold.
eulogin-account-who = Έχετε συνδεθεί ως { $name } (όνομα χρήστη { $username }, ηλ. ταχυδρομείο { $email }).
eulogin-account-details = Τα στοιχεία σας
eulogin-account-details-intro = Τα ονόματά σας εμφανίζονται στα πιστοποιητικά που υπογράφετε στο TRACES NT: χρησιμοποιήστε τα πραγματικά σας ονόματα, όπως αναγράφονται στο έγγραφο ταυτότητάς σας.
eulogin-account-details-submit = Αποθήκευση των στοιχείων μου
eulogin-account-details-saved = Τα στοιχεία σας αποθηκεύτηκαν.
eulogin-account-password = Αλλαγή κωδικού πρόσβασης
# Next to the field when it is empty ("Current password" is the field's label).
eulogin-account-current-password-missing = Τρέχων κωδικός πρόσβασης: εισαγάγετε τον κωδικό που χρησιμοποιείτε τώρα.
eulogin-account-password-submit = Αλλαγή του κωδικού πρόσβασής μου
eulogin-account-password-changed = Ο κωδικός πρόσβασής σας άλλαξε. Όλες οι άλλες συνεδρίες που ήταν συνδεδεμένες στον λογαριασμό σας (σε άλλο πρόγραμμα περιήγησης ή υπολογιστή) αποσυνδέθηκαν.
eulogin-account-email = Αλλαγή διεύθυνσης ηλεκτρονικού ταχυδρομείου
eulogin-account-email-intro = Η διεύθυνση ηλεκτρονικού ταχυδρομείου σας είναι το αναγνωριστικό σύνδεσής σας. Στέλνουμε σύνδεσμο στη νέα διεύθυνση για να βεβαιωθούμε ότι είναι δική σας.
# Next to "Confirm new e-mail" ("Confirm new e-mail" and "New e-mail" are the fields' labels).
eulogin-account-email-confirm-differs = Επιβεβαίωση νέας διεύθυνσης: πληκτρολογήστε την ίδια διεύθυνση με το πεδίο «Νέα διεύθυνση ηλ. ταχυδρομείου».
eulogin-account-email-confirm-missing = Επιβεβαίωση νέας διεύθυνσης: πληκτρολογήστε ξανά τη νέα διεύθυνση.
eulogin-account-email-submit = Αποστολή του συνδέσμου επιβεβαίωσης
# $address: the new address, in bold; $minutes: how long the link works; $current: the present login address.
eulogin-account-email-sent = Στείλαμε σύνδεσμο στη διεύθυνση { $address }. Ακολουθήστε τον μέσα σε { $minutes ->
        [one] { $minutes } λεπτό
       *[other] { $minutes } λεπτά
    }. Το αναγνωριστικό σύνδεσής σας αλλάζει μόνο όταν ακολουθήσετε τον σύνδεσμο· μέχρι τότε, συνεχίστε να συνδέεστε με { $current }.
