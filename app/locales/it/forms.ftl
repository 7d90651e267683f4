## What every form shares (components/form.rs): the error summary and the field messages.

# The heading of the box that lists a form's problems after a submit.
form-error-summary-title = Si è verificato un problema
# Read out by screen readers before a field's message (hidden on screen).
form-error-prefix = Errore:

## The "Code" field (components/captcha.rs): characters in a picture that a person types.

captcha-label = Codice
captcha-hint = Digiti i caratteri che vede nell’immagine. Maiuscole e minuscole sono indifferenti.
# The picture's text for screen readers.
captcha-picture = Codice da digitare: caratteri in un’immagine
captcha-loading = Caricamento dell’immagine…
# $problem: why (an error message).
captcha-not-loaded = Impossibile caricare l’immagine: { $problem }
captcha-different = Mostra un altro codice
# Read out by screen readers after "Show a different code".
captcha-renewed = Viene mostrato un altro codice.
# Next to the field, when it is empty on submit ("Code" is the field's label).
captcha-missing = Codice: digiti i caratteri che vede nell’immagine.

## The strength meter under a new password (components/password_strength.rs).

# The meter's name for screen readers.
strength-meter = Sicurezza della password
strength-very-weak = Molto debole
strength-weak = Debole
strength-fair = Discreta
strength-good = Buona
strength-strong = Forte
# $label: one of the five words above.
strength-score = Sicurezza: { $label }
# After “Strength: …”: whether the password is accepted.
strength-enough = (sufficientemente sicura).
strength-not-enough = (non ancora abbastanza sicura).
# $problem: why (an error message).
strength-not-checked = Impossibile verificare la sicurezza: { $problem }

## "Send the e-mail again": a new link to set the password (components/resend_form.rs).

resend-email = E-mail
resend-submit = Invia di nuovo l’e-mail
resend-sent = Se questo indirizzo è registrato, è in arrivo una nuova e-mail. Funziona solo il link più recente.
