## What every form shares (components/form.rs): the error summary and the field messages.

# The heading of the box that lists a form's problems after a submit.
form-error-summary-title = Wystąpił problem
# Read out by screen readers before a field's message (hidden on screen).
form-error-prefix = Błąd:

## The "Code" field (components/captcha.rs): characters in a picture that a person types.

captcha-label = Kod
captcha-hint = Wpisz znaki widoczne na obrazku. Wielkość liter nie ma znaczenia.
# The picture's text for screen readers.
captcha-picture = Kod do wpisania: znaki na obrazku
captcha-loading = Wczytywanie obrazka…
# $problem: why (an error message).
captcha-not-loaded = Nie udało się wczytać obrazka: { $problem }
captcha-different = Pokaż inny kod
# Read out by screen readers after "Show a different code".
captcha-renewed = Wyświetlono inny kod.
# Next to the field, when it is empty on submit ("Code" is the field's label).
captcha-missing = Kod: wpisz znaki widoczne na obrazku.

## The strength meter under a new password (components/password_strength.rs).

# The meter's name for screen readers.
strength-meter = Siła hasła
strength-very-weak = Bardzo słabe
strength-weak = Słabe
strength-fair = Średnie
strength-good = Dobre
strength-strong = Silne
# $label: one of the five words above.
strength-score = Siła: { $label }
# After “Strength: …”: whether the password is accepted.
strength-enough = (wystarczająco silne).
strength-not-enough = (jeszcze za słabe).
# $problem: why (an error message).
strength-not-checked = Nie udało się sprawdzić siły hasła: { $problem }

## "Send the e-mail again": a new link to set the password (components/resend_form.rs).

resend-email = Adres e-mail
resend-submit = Wyślij wiadomość ponownie
resend-sent = Jeśli ten adres jest zarejestrowany, nowa wiadomość e-mail jest już w drodze. Działa tylko najnowszy link.
