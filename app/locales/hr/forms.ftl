## What every form shares (components/form.rs): the error summary and the field messages.

# The heading of the box that lists a form's problems after a submit.
form-error-summary-title = Postoji problem
# Read out by screen readers before a field's message (hidden on screen).
form-error-prefix = Pogreška:

## The "Code" field (components/captcha.rs): characters in a picture that a person types.

captcha-label = Kôd
captcha-hint = Upišite znakove koje vidite na slici. Velika ili mala slova nisu važna.
# The picture's text for screen readers.
captcha-picture = Kôd za upisivanje: znakovi na slici
captcha-loading = Učitavanje slike…
# $problem: why (an error message).
captcha-not-loaded = Slika se nije mogla učitati: { $problem }
captcha-different = Prikaži drugi kôd
# Read out by screen readers after "Show a different code".
captcha-renewed = Prikazan je drugi kôd.
# Next to the field, when it is empty on submit ("Code" is the field's label).
captcha-missing = Kôd: upišite znakove koje vidite na slici.

## The strength meter under a new password (components/password_strength.rs).

# The meter's name for screen readers.
strength-meter = Jačina lozinke
strength-very-weak = Vrlo slaba
strength-weak = Slaba
strength-fair = Osrednja
strength-good = Dobra
strength-strong = Jaka
# $label: one of the five words above.
strength-score = Jačina: { $label }
# After “Strength: …”: whether the password is accepted.
strength-enough = (dovoljno jaka).
strength-not-enough = (još nije dovoljno jaka).
# $problem: why (an error message).
strength-not-checked = Jačina lozinke nije se mogla provjeriti: { $problem }

## "Send the e-mail again": a new link to set the password (components/resend_form.rs).

resend-email = Adresa e-pošte
resend-submit = Ponovno pošalji poruku e-pošte
resend-sent = Ako je ta adresa registrirana, nova poruka e-pošte je na putu. Funkcionira samo najnovija poveznica.
