## What every form shares (components/form.rs): the error summary and the field messages.

# The heading of the box that lists a form's problems after a submit.
form-error-summary-title = Vyskytol sa problém
# Read out by screen readers before a field's message (hidden on screen).
form-error-prefix = Chyba:

## The "Code" field (components/captcha.rs): characters in a picture that a person types.

captcha-label = Kód
captcha-hint = Opíšte znaky, ktoré vidíte na obrázku. Na veľkosti písmen nezáleží.
# The picture's text for screen readers.
captcha-picture = Kód na opísanie: znaky na obrázku
captcha-loading = Načítava sa obrázok…
# $problem: why (an error message).
captcha-not-loaded = Obrázok sa nepodarilo načítať: { $problem }
captcha-different = Zobraziť iný kód
# Read out by screen readers after "Show a different code".
captcha-renewed = Zobrazuje sa iný kód.
# Next to the field, when it is empty on submit ("Code" is the field's label).
captcha-missing = Kód: opíšte znaky, ktoré vidíte na obrázku.

## The strength meter under a new password (components/password_strength.rs).

# The meter's name for screen readers.
strength-meter = Sila hesla
strength-very-weak = Veľmi slabé
strength-weak = Slabé
strength-fair = Priemerné
strength-good = Dobré
strength-strong = Silné
# $label: one of the five words above.
strength-score = Sila: { $label }
# After “Strength: …”: whether the password is accepted.
strength-enough = (dostatočne silné).
strength-not-enough = (zatiaľ nie je dostatočne silné).
# $problem: why (an error message).
strength-not-checked = Silu hesla sa nepodarilo overiť: { $problem }

## "Send the e-mail again": a new link to set the password (components/resend_form.rs).

resend-email = E-mailová adresa
resend-submit = Odoslať e-mail znova
resend-sent = Ak je táto adresa zaregistrovaná, nový e-mail je na ceste. Funguje iba najnovší odkaz.
