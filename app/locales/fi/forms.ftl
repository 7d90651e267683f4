## What every form shares (components/form.rs): the error summary and the field messages.

# The heading of the box that lists a form's problems after a submit.
form-error-summary-title = Lomakkeessa on ongelma
# Read out by screen readers before a field's message (hidden on screen).
form-error-prefix = Virhe:

## The "Code" field (components/captcha.rs): characters in a picture that a person types.

captcha-label = Koodi
captcha-hint = Kirjoita kuvassa näkyvät merkit. Isoilla ja pienillä kirjaimilla ei ole eroa.
# The picture's text for screen readers.
captcha-picture = Kirjoitettava koodi: kuvassa olevat merkit
captcha-loading = Kuvaa ladataan…
# $problem: why (an error message).
captcha-not-loaded = Kuvaa ei voitu ladata: { $problem }
captcha-different = Näytä toinen koodi
# Read out by screen readers after "Show a different code".
captcha-renewed = Näytetään toinen koodi.
# Next to the field, when it is empty on submit ("Code" is the field's label).
captcha-missing = Koodi: kirjoita kuvassa näkyvät merkit.

## The strength meter under a new password (components/password_strength.rs).

# The meter's name for screen readers.
strength-meter = Salasanan vahvuus
strength-very-weak = Erittäin heikko
strength-weak = Heikko
strength-fair = Kohtalainen
strength-good = Hyvä
strength-strong = Vahva
# $label: one of the five words above.
strength-score = Vahvuus: { $label }
# After “Strength: …”: whether the password is accepted.
strength-enough = (riittävän vahva).
strength-not-enough = (ei vielä riittävän vahva).
# $problem: why (an error message).
strength-not-checked = Vahvuutta ei voitu tarkistaa: { $problem }

## "Send the e-mail again": a new link to set the password (components/resend_form.rs).

resend-email = Sähköposti
resend-submit = Lähetä sähköposti uudelleen
resend-sent = Jos tämä osoite on rekisteröity, uusi sähköposti on matkalla. Vain uusin linkki toimii.
