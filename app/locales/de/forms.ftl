## What every form shares (components/form.rs): the error summary and the field messages.

# The heading of the box that lists a form's problems after a submit.
form-error-summary-title = Es gibt ein Problem
# Read out by screen readers before a field's message (hidden on screen).
form-error-prefix = Fehler:

## The "Code" field (components/captcha.rs): characters in a picture that a person types.

captcha-label = Code
captcha-hint = Geben Sie die Zeichen ein, die Sie im Bild sehen. Groß- und Kleinschreibung spielt keine Rolle.
# The picture's text for screen readers.
captcha-picture = Einzugebender Code: Zeichen in einem Bild
captcha-loading = Das Bild wird geladen …
# $problem: why (an error message).
captcha-not-loaded = Das Bild konnte nicht geladen werden: { $problem }
captcha-different = Anderen Code anzeigen
# Read out by screen readers after "Show a different code".
captcha-renewed = Ein anderer Code wird angezeigt.
# Next to the field, when it is empty on submit ("Code" is the field's label).
captcha-missing = Code: Geben Sie die Zeichen ein, die Sie im Bild sehen.

## The strength meter under a new password (components/password_strength.rs).

# The meter's name for screen readers.
strength-meter = Passwortstärke
strength-very-weak = Sehr schwach
strength-weak = Schwach
strength-fair = Mittel
strength-good = Gut
strength-strong = Stark
# $label: one of the five words above.
strength-score = Stärke: { $label }
# After “Strength: …”: whether the password is accepted.
strength-enough = (stark genug).
strength-not-enough = (noch nicht stark genug).
# $problem: why (an error message).
strength-not-checked = Die Stärke konnte nicht geprüft werden: { $problem }

## "Send the e-mail again": a new link to set the password (components/resend_form.rs).

resend-email = E-Mail
resend-submit = E-Mail erneut senden
resend-sent = Wenn diese Adresse registriert ist, ist eine neue E-Mail unterwegs. Nur der neueste Link funktioniert.
