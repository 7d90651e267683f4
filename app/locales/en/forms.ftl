## What every form shares (components/form.rs): the error summary and the field messages.

# The heading of the box that lists a form's problems after a submit.
form-error-summary-title = There is a problem
# Read out by screen readers before a field's message (hidden on screen).
form-error-prefix = Error:

## The "Code" field (components/captcha.rs): characters in a picture that a person types.

captcha-label = Code
captcha-hint = Type the characters you see in the picture. Upper or lower case does not matter.
# The picture's text for screen readers.
captcha-picture = Code to type: characters in a picture
captcha-loading = Loading the picture…
# $problem: why (an error message).
captcha-not-loaded = The picture could not be loaded: { $problem }
captcha-different = Show a different code
# Read out by screen readers after "Show a different code".
captcha-renewed = A different code is shown.
# Next to the field, when it is empty on submit ("Code" is the field's label).
captcha-missing = Code: type the characters you see in the picture.

## The strength meter under a new password (components/password_strength.rs).

# The meter's name for screen readers.
strength-meter = Password strength
strength-very-weak = Very weak
strength-weak = Weak
strength-fair = Fair
strength-good = Good
strength-strong = Strong
# $label: one of the five words above.
strength-score = Strength: { $label }
# After “Strength: …”: whether the password is accepted.
strength-enough = (strong enough).
strength-not-enough = (not strong enough yet).
# $problem: why (an error message).
strength-not-checked = The strength could not be checked: { $problem }

## "Send the e-mail again": a new link to set the password (components/resend_form.rs).

resend-email = E-mail
resend-submit = Send the e-mail again
resend-sent = If this address is registered, a new e-mail is on its way. Only the newest link works.
