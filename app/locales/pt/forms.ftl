## What every form shares (components/form.rs): the error summary and the field messages.

# The heading of the box that lists a form's problems after a submit.
form-error-summary-title = Existe um problema
# Read out by screen readers before a field's message (hidden on screen).
form-error-prefix = Erro:

## The "Code" field (components/captcha.rs): characters in a picture that a person types.

captcha-label = Código
captcha-hint = Escreva os carateres que vê na imagem. Não importa se são maiúsculas ou minúsculas.
# The picture's text for screen readers.
captcha-picture = Código a escrever: carateres numa imagem
captcha-loading = A carregar a imagem…
# $problem: why (an error message).
captcha-not-loaded = Não foi possível carregar a imagem: { $problem }
captcha-different = Mostrar outro código
# Read out by screen readers after "Show a different code".
captcha-renewed = É apresentado outro código.
# Next to the field, when it is empty on submit ("Code" is the field's label).
captcha-missing = Código: escreva os carateres que vê na imagem.

## The strength meter under a new password (components/password_strength.rs).

# The meter's name for screen readers.
strength-meter = Força da palavra-passe
strength-very-weak = Muito fraca
strength-weak = Fraca
strength-fair = Razoável
strength-good = Boa
strength-strong = Forte
# $label: one of the five words above.
strength-score = Força: { $label }
# After “Strength: …”: whether the password is accepted.
strength-enough = (suficientemente forte).
strength-not-enough = (ainda não é suficientemente forte).
# $problem: why (an error message).
strength-not-checked = Não foi possível verificar a força: { $problem }

## "Send the e-mail again": a new link to set the password (components/resend_form.rs).

resend-email = Correio eletrónico
resend-submit = Enviar novamente a mensagem
resend-sent = Se este endereço estiver registado, está a caminho uma nova mensagem. Só funciona a ligação mais recente.
