## What every form shares (components/form.rs): the error summary and the field messages.

# The heading of the box that lists a form's problems after a submit.
form-error-summary-title = Esines probleem
# Read out by screen readers before a field's message (hidden on screen).
form-error-prefix = Viga:

## The "Code" field (components/captcha.rs): characters in a picture that a person types.

captcha-label = Kood
captcha-hint = Sisestage pildil olevad märgid. Suur- ja väiketähtedel ei ole vahet.
# The picture's text for screen readers.
captcha-picture = Sisestatav kood: märgid pildil
captcha-loading = Pilti laaditakse…
# $problem: why (an error message).
captcha-not-loaded = Pilti ei õnnestunud laadida: { $problem }
captcha-different = Näidake teist koodi
# Read out by screen readers after "Show a different code".
captcha-renewed = Kuvatakse teine kood.
# Next to the field, when it is empty on submit ("Code" is the field's label).
captcha-missing = Kood: sisestage pildil olevad märgid.

## The strength meter under a new password (components/password_strength.rs).

# The meter's name for screen readers.
strength-meter = Parooli tugevus
strength-very-weak = Väga nõrk
strength-weak = Nõrk
strength-fair = Rahuldav
strength-good = Hea
strength-strong = Tugev
# $label: one of the five words above.
strength-score = Tugevus: { $label }
# After “Strength: …”: whether the password is accepted.
strength-enough = (piisavalt tugev).
strength-not-enough = (veel mitte piisavalt tugev).
# $problem: why (an error message).
strength-not-checked = Tugevust ei õnnestunud kontrollida: { $problem }

## "Send the e-mail again": a new link to set the password (components/resend_form.rs).

resend-email = E-post
resend-submit = Saatke e-kiri uuesti
resend-sent = Kui see aadress on registreeritud, on uus e-kiri teel. Töötab ainult uusim link.
