## What every form shares (components/form.rs): the error summary and the field messages.

# The heading of the box that lists a form's problems after a submit.
form-error-summary-title = Probléma merült fel
# Read out by screen readers before a field's message (hidden on screen).
form-error-prefix = Hiba:

## The "Code" field (components/captcha.rs): characters in a picture that a person types.

captcha-label = Kód
captcha-hint = Írja be a képen látható karaktereket. A kis- és nagybetűk között nincs különbség.
# The picture's text for screen readers.
captcha-picture = Beírandó kód: karakterek egy képen
captcha-loading = A kép betöltése…
# $problem: why (an error message).
captcha-not-loaded = A képet nem sikerült betölteni: { $problem }
captcha-different = Másik kód megjelenítése
# Read out by screen readers after "Show a different code".
captcha-renewed = Másik kód jelent meg.
# Next to the field, when it is empty on submit ("Code" is the field's label).
captcha-missing = Kód: írja be a képen látható karaktereket.

## The strength meter under a new password (components/password_strength.rs).

# The meter's name for screen readers.
strength-meter = Jelszó erőssége
strength-very-weak = Nagyon gyenge
strength-weak = Gyenge
strength-fair = Közepes
strength-good = Jó
strength-strong = Erős
# $label: one of the five words above.
strength-score = Erősség: { $label }
# After “Strength: …”: whether the password is accepted.
strength-enough = (elég erős).
strength-not-enough = (még nem elég erős).
# $problem: why (an error message).
strength-not-checked = Az erősséget nem sikerült ellenőrizni: { $problem }

## "Send the e-mail again": a new link to set the password (components/resend_form.rs).

resend-email = E-mail-cím
resend-submit = E-mail újraküldése
resend-sent = Ha ez a cím regisztrálva van, úton van egy új e-mail. Csak a legújabb e-mailben lévő hivatkozás működik.
