## What every form shares (components/form.rs): the error summary and the field messages.

# The heading of the box that lists a form's problems after a submit.
form-error-summary-title = Er is een probleem
# Read out by screen readers before a field's message (hidden on screen).
form-error-prefix = Fout:

## The "Code" field (components/captcha.rs): characters in a picture that a person types.

captcha-label = Code
captcha-hint = Typ de tekens die u in de afbeelding ziet. Hoofdletters of kleine letters maken niet uit.
# The picture's text for screen readers.
captcha-picture = Te typen code: tekens in een afbeelding
captcha-loading = De afbeelding wordt geladen…
# $problem: why (an error message).
captcha-not-loaded = De afbeelding kon niet worden geladen: { $problem }
captcha-different = Een andere code tonen
# Read out by screen readers after "Show a different code".
captcha-renewed = Er wordt een andere code getoond.
# Next to the field, when it is empty on submit ("Code" is the field's label).
captcha-missing = Code: typ de tekens die u in de afbeelding ziet.

## The strength meter under a new password (components/password_strength.rs).

# The meter's name for screen readers.
strength-meter = Wachtwoordsterkte
strength-very-weak = Zeer zwak
strength-weak = Zwak
strength-fair = Redelijk
strength-good = Goed
strength-strong = Sterk
# $label: one of the five words above.
strength-score = Sterkte: { $label }
# After “Strength: …”: whether the password is accepted.
strength-enough = (sterk genoeg).
strength-not-enough = (nog niet sterk genoeg).
# $problem: why (an error message).
strength-not-checked = De sterkte kon niet worden gecontroleerd: { $problem }

## "Send the e-mail again": a new link to set the password (components/resend_form.rs).

resend-email = E-mail
resend-submit = E-mail opnieuw verzenden
resend-sent = Als dit adres geregistreerd is, is er een nieuwe e-mail onderweg. Alleen de nieuwste link werkt.
