## What every form shares (components/form.rs): the error summary and the field messages.

# The heading of the box that lists a form's problems after a submit.
form-error-summary-title = Der er et problem
# Read out by screen readers before a field's message (hidden on screen).
form-error-prefix = Fejl:

## The "Code" field (components/captcha.rs): characters in a picture that a person types.

captcha-label = Kode
captcha-hint = Skriv de tegn, du ser på billedet. Det er ligegyldigt, om du bruger store eller små bogstaver.
# The picture's text for screen readers.
captcha-picture = Kode, der skal skrives: tegn på et billede
captcha-loading = Billedet indlæses…
# $problem: why (an error message).
captcha-not-loaded = Billedet kunne ikke indlæses: { $problem }
captcha-different = Vis en anden kode
# Read out by screen readers after "Show a different code".
captcha-renewed = Der vises en anden kode.
# Next to the field, when it is empty on submit ("Code" is the field's label).
captcha-missing = Kode: skriv de tegn, du ser på billedet.

## The strength meter under a new password (components/password_strength.rs).

# The meter's name for screen readers.
strength-meter = Adgangskodens styrke
strength-very-weak = Meget svag
strength-weak = Svag
strength-fair = Rimelig
strength-good = God
strength-strong = Stærk
# $label: one of the five words above.
strength-score = Styrke: { $label }
# After “Strength: …”: whether the password is accepted.
strength-enough = (stærk nok).
strength-not-enough = (endnu ikke stærk nok).
# $problem: why (an error message).
strength-not-checked = Styrken kunne ikke kontrolleres: { $problem }

## "Send the e-mail again": a new link to set the password (components/resend_form.rs).

resend-email = E-mail
resend-submit = Send e-mailen igen
resend-sent = Hvis denne adresse er registreret, er en ny e-mail på vej. Kun det nyeste link virker.
