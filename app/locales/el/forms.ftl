## What every form shares (components/form.rs): the error summary and the field messages.

# The heading of the box that lists a form's problems after a submit.
form-error-summary-title = Υπάρχει πρόβλημα
# Read out by screen readers before a field's message (hidden on screen).
form-error-prefix = Σφάλμα:

## The "Code" field (components/captcha.rs): characters in a picture that a person types.

captcha-label = Κωδικός επαλήθευσης
captcha-hint = Πληκτρολογήστε τους χαρακτήρες που βλέπετε στην εικόνα. Δεν έχει σημασία αν είναι κεφαλαία ή πεζά.
# The picture's text for screen readers.
captcha-picture = Κωδικός προς πληκτρολόγηση: χαρακτήρες σε εικόνα
captcha-loading = Φόρτωση της εικόνας…
# $problem: why (an error message).
captcha-not-loaded = Δεν ήταν δυνατή η φόρτωση της εικόνας: { $problem }
captcha-different = Εμφάνιση άλλου κωδικού
# Read out by screen readers after "Show a different code".
captcha-renewed = Εμφανίζεται άλλος κωδικός.
# Next to the field, when it is empty on submit ("Code" is the field's label).
captcha-missing = Κωδικός επαλήθευσης: πληκτρολογήστε τους χαρακτήρες που βλέπετε στην εικόνα.

## The strength meter under a new password (components/password_strength.rs).

# The meter's name for screen readers.
strength-meter = Ισχύς κωδικού πρόσβασης
strength-very-weak = Πολύ αδύναμος
strength-weak = Αδύναμος
strength-fair = Μέτριος
strength-good = Καλός
strength-strong = Ισχυρός
# $label: one of the five words above.
strength-score = Ισχύς: { $label }
# After “Strength: …”: whether the password is accepted.
strength-enough = (αρκετά ισχυρός).
strength-not-enough = (όχι ακόμη αρκετά ισχυρός).
# $problem: why (an error message).
strength-not-checked = Δεν ήταν δυνατός ο έλεγχος της ισχύος: { $problem }

## "Send the e-mail again": a new link to set the password (components/resend_form.rs).

resend-email = Ηλ. ταχυδρομείο
resend-submit = Νέα αποστολή του μηνύματος
resend-sent = Αν η διεύθυνση αυτή είναι καταχωρισμένη, ένα νέο μήνυμα είναι καθ’ οδόν. Λειτουργεί μόνο ο σύνδεσμος του πιο πρόσφατου μηνύματος.
