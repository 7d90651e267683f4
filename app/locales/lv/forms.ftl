## What every form shares (components/form.rs): the error summary and the field messages.

# The heading of the box that lists a form's problems after a submit.
form-error-summary-title = Radās problēma
# Read out by screen readers before a field's message (hidden on screen).
form-error-prefix = Kļūda:

## The "Code" field (components/captcha.rs): characters in a picture that a person types.

captcha-label = Kods
captcha-hint = Ierakstiet attēlā redzamās rakstzīmes. Lielajiem vai mazajiem burtiem nav nozīmes.
# The picture's text for screen readers.
captcha-picture = Ievadāmais kods: rakstzīmes attēlā
captcha-loading = Notiek attēla ielāde…
# $problem: why (an error message).
captcha-not-loaded = Attēlu nevarēja ielādēt: { $problem }
captcha-different = Rādīt citu kodu
# Read out by screen readers after "Show a different code".
captcha-renewed = Tiek rādīts cits kods.
# Next to the field, when it is empty on submit ("Code" is the field's label).
captcha-missing = Kods: ierakstiet attēlā redzamās rakstzīmes.

## The strength meter under a new password (components/password_strength.rs).

# The meter's name for screen readers.
strength-meter = Paroles stiprums
strength-very-weak = Ļoti vāja
strength-weak = Vāja
strength-fair = Vidēja
strength-good = Laba
strength-strong = Stipra
# $label: one of the five words above.
strength-score = Stiprums: { $label }
# After “Strength: …”: whether the password is accepted.
strength-enough = (pietiekami stipra).
strength-not-enough = (vēl nav pietiekami stipra).
# $problem: why (an error message).
strength-not-checked = Stiprumu nevarēja pārbaudīt: { $problem }

## "Send the e-mail again": a new link to set the password (components/resend_form.rs).

resend-email = E-pasts
resend-submit = Sūtīt e-pastu vēlreiz
resend-sent = Ja šī adrese ir reģistrēta, jauns e-pasts jau ir ceļā. Darbojas tikai jaunākā saite.
