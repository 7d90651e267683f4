## What every form shares (components/form.rs): the error summary and the field messages.

# The heading of the box that lists a form's problems after a submit.
form-error-summary-title = Има проблем
# Read out by screen readers before a field's message (hidden on screen).
form-error-prefix = Грешка:

## The "Code" field (components/captcha.rs): characters in a picture that a person types.

captcha-label = Код
captcha-hint = Въведете знаците, които виждате на изображението. Главните и малките букви нямат значение.
# The picture's text for screen readers.
captcha-picture = Код за въвеждане: знаци на изображение
captcha-loading = Изображението се зарежда…
# $problem: why (an error message).
captcha-not-loaded = Изображението не можа да се зареди: { $problem }
captcha-different = Показване на друг код
# Read out by screen readers after "Show a different code".
captcha-renewed = Показан е друг код.
# Next to the field, when it is empty on submit ("Code" is the field's label).
captcha-missing = Код: въведете знаците, които виждате на изображението.

## The strength meter under a new password (components/password_strength.rs).

# The meter's name for screen readers.
strength-meter = Сила на паролата
strength-very-weak = Много слаба
strength-weak = Слаба
strength-fair = Приемлива
strength-good = Добра
strength-strong = Силна
# $label: one of the five words above.
strength-score = Сила: { $label }
# After “Strength: …”: whether the password is accepted.
strength-enough = (достатъчно силна).
strength-not-enough = (все още не е достатъчно силна).
# $problem: why (an error message).
strength-not-checked = Силата не можа да бъде проверена: { $problem }

## "Send the e-mail again": a new link to set the password (components/resend_form.rs).

resend-email = Имейл
resend-submit = Изпратете имейла отново
resend-sent = Ако този адрес е регистриран, към него вече е изпратен нов имейл. Работи само връзката в най-новия имейл.
