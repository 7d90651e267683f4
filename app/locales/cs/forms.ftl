## What every form shares (components/form.rs): the error summary and the field messages.

# The heading of the box that lists a form's problems after a submit.
form-error-summary-title = Vyskytl se problém
# Read out by screen readers before a field's message (hidden on screen).
form-error-prefix = Chyba:

## The "Code" field (components/captcha.rs): characters in a picture that a person types.

captcha-label = Kód
captcha-hint = Opište znaky, které vidíte na obrázku. Na velikosti písmen nezáleží.
# The picture's text for screen readers.
captcha-picture = Kód k opsání: znaky na obrázku
captcha-loading = Načítání obrázku…
# $problem: why (an error message).
captcha-not-loaded = Obrázek se nepodařilo načíst: { $problem }
captcha-different = Zobrazit jiný kód
# Read out by screen readers after "Show a different code".
captcha-renewed = Zobrazuje se jiný kód.
# Next to the field, when it is empty on submit ("Code" is the field's label).
captcha-missing = Kód: opište znaky, které vidíte na obrázku.

## The strength meter under a new password (components/password_strength.rs).

# The meter's name for screen readers.
strength-meter = Síla hesla
strength-very-weak = Velmi slabé
strength-weak = Slabé
strength-fair = Průměrné
strength-good = Dobré
strength-strong = Silné
# $label: one of the five words above.
strength-score = Síla: { $label }
# After “Strength: …”: whether the password is accepted.
strength-enough = (dostatečně silné).
strength-not-enough = (zatím není dostatečně silné).
# $problem: why (an error message).
strength-not-checked = Sílu hesla se nepodařilo ověřit: { $problem }

## "Send the e-mail again": a new link to set the password (components/resend_form.rs).

resend-email = E-mailová adresa
resend-submit = Odeslat e-mail znovu
resend-sent = Pokud je tato adresa registrována, nový e-mail je na cestě. Funguje pouze nejnovější odkaz.
