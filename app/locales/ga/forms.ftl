## What every form shares (components/form.rs): the error summary and the field messages.

# The heading of the box that lists a form's problems after a submit.
form-error-summary-title = Tá fadhb ann
# Read out by screen readers before a field's message (hidden on screen).
form-error-prefix = Earráid:

## The "Code" field (components/captcha.rs): characters in a picture that a person types.

captcha-label = Cód
captcha-hint = Clóscríobh na carachtair a fheiceann tú sa phictiúr. Is cuma an ceannlitreacha nó litreacha beaga iad.
# The picture's text for screen readers.
captcha-picture = Cód le clóscríobh: carachtair i bpictiúr
captcha-loading = An pictiúr á lódáil…
# $problem: why (an error message).
captcha-not-loaded = Níorbh fhéidir an pictiúr a lódáil: { $problem }
captcha-different = Taispeáin cód eile
# Read out by screen readers after "Show a different code".
captcha-renewed = Tá cód eile á thaispeáint.
# Next to the field, when it is empty on submit ("Code" is the field's label).
captcha-missing = Cód: clóscríobh na carachtair a fheiceann tú sa phictiúr.

## The strength meter under a new password (components/password_strength.rs).

# The meter's name for screen readers.
strength-meter = Láidreacht an phasfhocail
strength-very-weak = An-lag
strength-weak = Lag
strength-fair = Measartha
strength-good = Maith
strength-strong = Láidir
# $label: one of the five words above.
strength-score = Láidreacht: { $label }
# After “Strength: …”: whether the password is accepted.
strength-enough = (láidir go leor).
strength-not-enough = (níl sé láidir go leor fós).
# $problem: why (an error message).
strength-not-checked = Níorbh fhéidir an láidreacht a sheiceáil: { $problem }

## "Send the e-mail again": a new link to set the password (components/resend_form.rs).

resend-email = Ríomhphost
resend-submit = Seol an ríomhphost arís
resend-sent = Má tá an seoladh seo cláraithe, tá ríomhphost nua ar an mbealach. Ní oibríonn ach an nasc is nuaí.
