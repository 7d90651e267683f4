## What every form shares (components/form.rs): the error summary and the field messages.

# The heading of the box that lists a form's problems after a submit.
form-error-summary-title = Prišlo je do težave
# Read out by screen readers before a field's message (hidden on screen).
form-error-prefix = Napaka:

## The "Code" field (components/captcha.rs): characters in a picture that a person types.

captcha-label = Koda
captcha-hint = Vnesite znake, ki jih vidite na sliki. Velike ali male črke niso pomembne.
# The picture's text for screen readers.
captcha-picture = Koda za vnos: znaki na sliki
captcha-loading = Nalaganje slike …
# $problem: why (an error message).
captcha-not-loaded = Slike ni bilo mogoče naložiti: { $problem }
captcha-different = Prikaži drugo kodo
# Read out by screen readers after "Show a different code".
captcha-renewed = Prikazana je druga koda.
# Next to the field, when it is empty on submit ("Code" is the field's label).
captcha-missing = Koda: vnesite znake, ki jih vidite na sliki.

## The strength meter under a new password (components/password_strength.rs).

# The meter's name for screen readers.
strength-meter = Moč gesla
strength-very-weak = Zelo šibko
strength-weak = Šibko
strength-fair = Zadovoljivo
strength-good = Dobro
strength-strong = Močno
# $label: one of the five words above.
strength-score = Moč: { $label }
# After “Strength: …”: whether the password is accepted.
strength-enough = (dovolj močno).
strength-not-enough = (še ni dovolj močno).
# $problem: why (an error message).
strength-not-checked = Moči gesla ni bilo mogoče preveriti: { $problem }

## "Send the e-mail again": a new link to set the password (components/resend_form.rs).

resend-email = E-poštni naslov
resend-submit = Znova pošlji e-poštno sporočilo
resend-sent = Če je ta naslov registriran, je novo e-poštno sporočilo na poti. Deluje samo najnovejša povezava.
