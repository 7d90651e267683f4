## What every form shares (components/form.rs): the error summary and the field messages.

# The heading of the box that lists a form's problems after a submit.
form-error-summary-title = Hemm problema
# Read out by screen readers before a field's message (hidden on screen).
form-error-prefix = Żball:

## The "Code" field (components/captcha.rs): characters in a picture that a person types.

captcha-label = Kodiċi
captcha-hint = Ikteb il-karattri li tara fl-istampa. Ma jimpurtax jekk tużax ittri kbar jew żgħar.
# The picture's text for screen readers.
captcha-picture = Kodiċi li trid tikteb: karattri fi stampa
captcha-loading = Qed titella' l-istampa…
# $problem: why (an error message).
captcha-not-loaded = L-istampa ma setgħetx titella': { $problem }
captcha-different = Uri kodiċi ieħor
# Read out by screen readers after "Show a different code".
captcha-renewed = Qed jintwera kodiċi ieħor.
# Next to the field, when it is empty on submit ("Code" is the field's label).
captcha-missing = Kodiċi: ikteb il-karattri li tara fl-istampa.

## The strength meter under a new password (components/password_strength.rs).

# The meter's name for screen readers.
strength-meter = Saħħa tal-password
strength-very-weak = Dgħajfa ħafna
strength-weak = Dgħajfa
strength-fair = Medja
strength-good = Tajba
strength-strong = B'saħħitha
# $label: one of the five words above.
strength-score = Saħħa: { $label }
# After “Strength: …”: whether the password is accepted.
strength-enough = (b'saħħitha biżżejjed).
strength-not-enough = (għadha mhijiex b'saħħitha biżżejjed).
# $problem: why (an error message).
strength-not-checked = Is-saħħa ma setgħetx tiġi ċċekkjata: { $problem }

## "Send the e-mail again": a new link to set the password (components/resend_form.rs).

resend-email = Email
resend-submit = Ibgħat l-email mill-ġdid
resend-sent = Jekk dan l-indirizz huwa rreġistrat, email ġdida qiegħda fi triqitha. Taħdem biss l-aħħar link.
