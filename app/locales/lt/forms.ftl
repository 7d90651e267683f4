## What every form shares (components/form.rs): the error summary and the field messages.

# The heading of the box that lists a form's problems after a submit.
form-error-summary-title = Kilo problema
# Read out by screen readers before a field's message (hidden on screen).
form-error-prefix = Klaida:

## The "Code" field (components/captcha.rs): characters in a picture that a person types.

captcha-label = Kodas
captcha-hint = Įrašykite paveikslėlyje matomus simbolius. Didžiosios ar mažosios raidės – nesvarbu.
# The picture's text for screen readers.
captcha-picture = Kodas, kurį reikia įrašyti: simboliai paveikslėlyje
captcha-loading = Įkeliamas paveikslėlis…
# $problem: why (an error message).
captcha-not-loaded = Nepavyko įkelti paveikslėlio: { $problem }
captcha-different = Rodyti kitą kodą
# Read out by screen readers after "Show a different code".
captcha-renewed = Rodomas kitas kodas.
# Next to the field, when it is empty on submit ("Code" is the field's label).
captcha-missing = Kodas: įrašykite paveikslėlyje matomus simbolius.

## The strength meter under a new password (components/password_strength.rs).

# The meter's name for screen readers.
strength-meter = Slaptažodžio stiprumas
strength-very-weak = Labai silpnas
strength-weak = Silpnas
strength-fair = Vidutinis
strength-good = Geras
strength-strong = Stiprus
# $label: one of the five words above.
strength-score = Stiprumas: { $label }
# After “Strength: …”: whether the password is accepted.
strength-enough = (pakankamai stiprus).
strength-not-enough = (dar nepakankamai stiprus).
# $problem: why (an error message).
strength-not-checked = Nepavyko patikrinti stiprumo: { $problem }

## "Send the e-mail again": a new link to set the password (components/resend_form.rs).

resend-email = El. paštas
resend-submit = Siųsti el. laišką dar kartą
resend-sent = Jei šis adresas užregistruotas, naujas el. laiškas jau siunčiamas. Veikia tik naujausia nuoroda.
