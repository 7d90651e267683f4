## What every form shares (components/form.rs): the error summary and the field messages.

# The heading of the box that lists a form's problems after a submit.
form-error-summary-title = Il y a un problème
# Read out by screen readers before a field's message (hidden on screen).
form-error-prefix = Erreur :

## The "Code" field (components/captcha.rs): characters in a picture that a person types.

captcha-label = Code
captcha-hint = Saisissez les caractères que vous voyez dans l’image. Majuscules et minuscules sont indifférentes.
# The picture's text for screen readers.
captcha-picture = Code à saisir : caractères dans une image
captcha-loading = Chargement de l’image…
# $problem: why (an error message).
captcha-not-loaded = L’image n’a pas pu être chargée : { $problem }
captcha-different = Afficher un autre code
# Read out by screen readers after "Show a different code".
captcha-renewed = Un autre code est affiché.
# Next to the field, when it is empty on submit ("Code" is the field's label).
captcha-missing = Code : saisissez les caractères que vous voyez dans l’image.

## The strength meter under a new password (components/password_strength.rs).

# The meter's name for screen readers.
strength-meter = Robustesse du mot de passe
strength-very-weak = Très faible
strength-weak = Faible
strength-fair = Moyenne
strength-good = Bonne
strength-strong = Forte
# $label: one of the five words above.
strength-score = Robustesse : { $label }
# After “Strength: …”: whether the password is accepted.
strength-enough = (suffisamment robuste).
strength-not-enough = (pas encore assez robuste).
# $problem: why (an error message).
strength-not-checked = La robustesse n’a pas pu être vérifiée : { $problem }

## "Send the e-mail again": a new link to set the password (components/resend_form.rs).

resend-email = Adresse électronique
resend-submit = Renvoyer le courriel
resend-sent = Si cette adresse est enregistrée, un nouveau courriel est en route. Seul le lien le plus récent fonctionne.
