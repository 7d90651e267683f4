## What every form shares (components/form.rs): the error summary and the field messages.

# The heading of the box that lists a form's problems after a submit.
form-error-summary-title = Există o problemă
# Read out by screen readers before a field's message (hidden on screen).
form-error-prefix = Eroare:

## The "Code" field (components/captcha.rs): characters in a picture that a person types.

captcha-label = Cod
captcha-hint = Introduceți caracterele pe care le vedeți în imagine. Nu contează dacă sunt litere mari sau mici.
# The picture's text for screen readers.
captcha-picture = Cod de introdus: caractere într-o imagine
captcha-loading = Se încarcă imaginea…
# $problem: why (an error message).
captcha-not-loaded = Imaginea nu a putut fi încărcată: { $problem }
captcha-different = Afișați alt cod
# Read out by screen readers after "Show a different code".
captcha-renewed = Este afișat un alt cod.
# Next to the field, when it is empty on submit ("Code" is the field's label).
captcha-missing = Cod: introduceți caracterele pe care le vedeți în imagine.

## The strength meter under a new password (components/password_strength.rs).

# The meter's name for screen readers.
strength-meter = Puterea parolei
strength-very-weak = Foarte slabă
strength-weak = Slabă
strength-fair = Acceptabilă
strength-good = Bună
strength-strong = Puternică
# $label: one of the five words above.
strength-score = Putere: { $label }
# After “Strength: …”: whether the password is accepted.
strength-enough = (suficient de puternică).
strength-not-enough = (încă nu este suficient de puternică).
# $problem: why (an error message).
strength-not-checked = Puterea parolei nu a putut fi verificată: { $problem }

## "Send the e-mail again": a new link to set the password (components/resend_form.rs).

resend-email = Adresă de e-mail
resend-submit = Retrimiteți e-mailul
resend-sent = Dacă această adresă este înregistrată, un e-mail nou este pe drum. Funcționează doar linkul din cel mai recent e-mail.
