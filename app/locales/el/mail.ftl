### E-mails: what each message is, and its variables, is written above it in en/mail.ftl.

mail-greeting = Αγαπητέ/ή { $first_name },
mail-link-validity = Ο σύνδεσμος λειτουργεί μόνο μία φορά και λήγει { $minutes ->
        [one] { $minutes } λεπτό
       *[other] { $minutes } λεπτά
    } μετά την αποστολή αυτού του μηνύματος.
mail-not-asked = Αν δεν το ζητήσατε εσείς, αγνοήστε αυτό το μήνυμα.

mail-set-password-subject = EU Login: ορίστε τον κωδικό πρόσβασής σας
mail-set-password-intro = Δημιουργήθηκε για εσάς λογαριασμός EU Login με όνομα χρήστη { $username }. Για να τον ενεργοποιήσετε, ορίστε τον κωδικό πρόσβασής σας μέσω αυτού του συνδέσμου:
mail-set-password-expired = Αν ο σύνδεσμος έχει λήξει, ζητήστε νέο μήνυμα από τη σελίδα εγγραφής ή από τη σελίδα «Ξεχάσατε τον κωδικό πρόσβασης;».

mail-reset-password-subject = EU Login: επιλέξτε νέο κωδικό πρόσβασης
mail-reset-password-intro = Ζητήσατε επαναφορά του κωδικού πρόσβασής σας στο EU Login. Επιλέξτε νέο κωδικό πρόσβασης μέσω αυτού του συνδέσμου:
mail-reset-password-expired = Αν ο σύνδεσμος έχει λήξει, ζητήστε νέο μήνυμα από τη σελίδα «Ξεχάσατε τον κωδικό πρόσβασης;».

mail-confirm-new-email-subject = EU Login: επιβεβαιώστε τη νέα σας διεύθυνση ηλεκτρονικού ταχυδρομείου
mail-confirm-new-email-intro = Ζητήσατε να χρησιμοποιείται αυτή η διεύθυνση για τον λογαριασμό σας στο EU Login. Για να την επιβεβαιώσετε, ανοίξτε αυτόν τον σύνδεσμο:
mail-confirm-new-email-expired = Αν ο σύνδεσμος έχει λήξει, ζητήστε νέο μήνυμα από τη σελίδα του λογαριασμού σας.

mail-email-changed-subject = EU Login: η διεύθυνση ηλεκτρονικού ταχυδρομείου σας άλλαξε
mail-email-changed = Η διεύθυνση ηλεκτρονικού ταχυδρομείου του λογαριασμού σας στο EU Login άλλαξε σε { $new_email }.
mail-email-changed-not-you = Αν δεν κάνατε εσείς αυτή την αλλαγή, επικοινωνήστε αμέσως με την υπηρεσία υποστήριξης: { $helpdesk }. Οι σύνδεσμοι επαναφοράς του κωδικού πρόσβασης αποστέλλονται πλέον στη νέα διεύθυνση.

mail-password-changed-subject = EU Login: ο κωδικός πρόσβασής σας άλλαξε
mail-password-changed = Ο κωδικός πρόσβασης του λογαριασμού σας στο EU Login άλλαξε.
mail-password-changed-not-you = Αν δεν κάνατε εσείς αυτή την αλλαγή, επαναφέρετε αμέσως τον κωδικό πρόσβασής σας από τη σελίδα «Ξεχάσατε τον κωδικό πρόσβασης;» και επικοινωνήστε με την υπηρεσία υποστήριξης: { $helpdesk }.

mail-new-request-subject = TRACES NT: νέο αίτημα εξουσιοδότησης προς απόφαση
mail-new-request = { $requester } ζητά ρόλο στον οργανισμό «{ $organisation }» ({ $country }) ως { $role }.
mail-new-request-open = Ανοίξτε το αίτημα στην ουρά εγκρίσεών σας για να το αποδεχθείτε ή να το απορρίψετε:
mail-new-request-why = Λαμβάνετε αυτό το μήνυμα επειδή αποφασίζετε για τέτοια αιτήματα. Μπορείτε να απενεργοποιήσετε αυτά τα μηνύματα στη σελίδα του προφίλ σας, στην ενότητα «Προτιμήσεις».
mail-decided-accepted-subject = TRACES NT: το αίτημα εξουσιοδότησής σας έγινε δεκτό
mail-decided-accepted = Το αίτημά σας για ρόλο στον οργανισμό «{ $organisation }» ({ $country }) έγινε δεκτό. Μπορείτε πλέον να εργάζεστε για αυτόν τον οργανισμό στο TRACES NT.
mail-decided-rejected-subject = TRACES NT: το αίτημα εξουσιοδότησής σας απορρίφθηκε
mail-decided-rejected = Το αίτημά σας για ρόλο στον οργανισμό «{ $organisation }» ({ $country }) απορρίφθηκε για τον εξής λόγο:
mail-decided-no-reason = δεν δόθηκε αιτιολογία
mail-decided-rejected-next = Μπορείτε να υποβάλετε νέο αίτημα μόλις αντιμετωπιστεί ο λόγος της απόρριψης.
mail-decided-profile = Τα αιτήματά σας και η κατάστασή τους εμφανίζονται στη σελίδα του προφίλ σας:
