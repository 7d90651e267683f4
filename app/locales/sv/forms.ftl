## What every form shares (components/form.rs): the error summary and the field messages.

# The heading of the box that lists a form's problems after a submit.
form-error-summary-title = Det finns ett problem
# Read out by screen readers before a field's message (hidden on screen).
form-error-prefix = Fel:

## The "Code" field (components/captcha.rs): characters in a picture that a person types.

captcha-label = Kod
captcha-hint = Skriv tecknen du ser på bilden. Det spelar ingen roll om du använder stora eller små bokstäver.
# The picture's text for screen readers.
captcha-picture = Kod att skriva: tecken på en bild
captcha-loading = Bilden läses in…
# $problem: why (an error message).
captcha-not-loaded = Bilden kunde inte läsas in: { $problem }
captcha-different = Visa en annan kod
# Read out by screen readers after "Show a different code".
captcha-renewed = En annan kod visas.
# Next to the field, when it is empty on submit ("Code" is the field's label).
captcha-missing = Kod: skriv tecknen du ser på bilden.

## The strength meter under a new password (components/password_strength.rs).

# The meter's name for screen readers.
strength-meter = Lösenordets styrka
strength-very-weak = Mycket svagt
strength-weak = Svagt
strength-fair = Godtagbart
strength-good = Bra
strength-strong = Starkt
# $label: one of the five words above.
strength-score = Styrka: { $label }
# After “Strength: …”: whether the password is accepted.
strength-enough = (tillräckligt starkt).
strength-not-enough = (inte tillräckligt starkt ännu).
# $problem: why (an error message).
strength-not-checked = Styrkan kunde inte kontrolleras: { $problem }

## "Send the e-mail again": a new link to set the password (components/resend_form.rs).

resend-email = E-post
resend-submit = Skicka e-postmeddelandet igen
resend-sent = Om adressen är registrerad är ett nytt e-postmeddelande på väg. Bara den senaste länken fungerar.
