## The built-in mailbox of demo and test servers.

mailbox-title = Γραμματοκιβώτιο
mailbox-lead = Σε αυτόν τον διακομιστή τα μηνύματα δεν αποστέλλονται σε πραγματικά γραμματοκιβώτια: κάθε μήνυμα φυλάσσεται εδώ.
mailbox-lead-open = Ανοίξτε ένα μήνυμα για να το διαβάσετε και να ακολουθήσετε τους συνδέσμους του.
mailbox-recipient = Παραλήπτης
mailbox-show-recipient = Εμφάνιση των μηνυμάτων του
mailbox-show-all = Εμφάνιση όλων των μηνυμάτων
mailbox-check = Έλεγχος για νέα μηνύματα
mailbox-loading = Φόρτωση του γραμματοκιβωτίου…
mailbox-empty = Δεν υπάρχουν ακόμη μηνύματα.
# Before the recipient's address.
mailbox-to = Προς
