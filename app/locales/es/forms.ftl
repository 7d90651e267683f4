## What every form shares (components/form.rs): the error summary and the field messages.

# The heading of the box that lists a form's problems after a submit.
form-error-summary-title = Hay un problema
# Read out by screen readers before a field's message (hidden on screen).
form-error-prefix = Error:

## The "Code" field (components/captcha.rs): characters in a picture that a person types.

captcha-label = Código
captcha-hint = Escriba los caracteres que ve en la imagen. No importa si son mayúsculas o minúsculas.
# The picture's text for screen readers.
captcha-picture = Código que debe escribir: caracteres en una imagen
captcha-loading = Cargando la imagen…
# $problem: why (an error message).
captcha-not-loaded = No se ha podido cargar la imagen: { $problem }
captcha-different = Mostrar otro código
# Read out by screen readers after "Show a different code".
captcha-renewed = Se muestra otro código.
# Next to the field, when it is empty on submit ("Code" is the field's label).
captcha-missing = Código: escriba los caracteres que ve en la imagen.

## The strength meter under a new password (components/password_strength.rs).

# The meter's name for screen readers.
strength-meter = Seguridad de la contraseña
strength-very-weak = Muy débil
strength-weak = Débil
strength-fair = Aceptable
strength-good = Buena
strength-strong = Fuerte
# $label: one of the five words above.
strength-score = Seguridad: { $label }
# After “Strength: …”: whether the password is accepted.
strength-enough = (suficientemente segura).
strength-not-enough = (todavía no es suficientemente segura).
# $problem: why (an error message).
strength-not-checked = No se ha podido comprobar la seguridad: { $problem }

## "Send the e-mail again": a new link to set the password (components/resend_form.rs).

resend-email = Correo electrónico
resend-submit = Enviar de nuevo el correo electrónico
resend-sent = Si esta dirección está registrada, le llegará un nuevo correo electrónico. Solo funciona el enlace más reciente.
