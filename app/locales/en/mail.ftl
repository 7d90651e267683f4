### The plain-text e-mails: EU Login's (set or reset the password, confirm a new address,
### notices of changes) and TRACES NT's (new authorisation requests, decisions). Each message
### is one line or sentence; the code lays them out, puts the link alone on its line and adds
### the signature. Subjects stay short (80 characters at most) and start with the product name.

## Shared by every mail.

# $first_name: the reader's first name, as typed (nominative): where the usual greeting needs
# another case, choose a greeting after which the nominative reads naturally.
mail-greeting = Dear { $first_name },
# Follows the link in every mail that carries one; counted from sending, which is what the server
# checks. $minutes: how long the link works (a number).
mail-link-validity = The link works only once and expires { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } after this e-mail was sent.
# Closes every mail that carries a link (before the signature).
mail-not-asked = If you did not ask for this, ignore this e-mail.

## After “Create an account”: the link to set the first password.

mail-set-password-subject = EU Login: set your password
# $username: the new account's username. Ends by introducing the link, on the next line.
mail-set-password-intro = An EU Login account was created for you with the username { $username }. To activate it, set your password with this link:
# Follows mail-link-validity, so “it” is the link.
mail-set-password-expired = If it has expired, ask for a new e-mail on the sign-up page or on the “Lost your password?” page.

## “Lost your password?”: the link to choose a new password.

mail-reset-password-subject = EU Login: choose a new password
mail-reset-password-intro = You asked to reset your EU Login password. Choose a new password with this link:
mail-reset-password-expired = If it has expired, ask for a new e-mail on the “Lost your password?” page.

## Sent to a NEW address to confirm an e-mail change.

mail-confirm-new-email-subject = EU Login: confirm your new e-mail address
mail-confirm-new-email-intro = You asked to use this address for your EU Login account. To confirm it, open this link:
# The change is asked for on the account page, so a new link is too.
mail-confirm-new-email-expired = If it has expired, ask for a new e-mail on your account page.

## Sent to the OLD address after the change was confirmed.

mail-email-changed-subject = EU Login: your e-mail address was changed
# $new_email: the new address.
mail-email-changed = The e-mail address of your EU Login account was changed to { $new_email }.
# $helpdesk: the helpdesk's address. Not “reset your password” as after a password change:
# reset links now go to the new address, so only the helpdesk can help.
mail-email-changed-not-you = If this was not you, contact the helpdesk at once: { $helpdesk }. Links to reset your password now go to the new address.

## Sent after the password was changed.

mail-password-changed-subject = EU Login: your password was changed
mail-password-changed = The password of your EU Login account was changed.
# $helpdesk: the helpdesk's address.
mail-password-changed-not-you = If this was not you, reset your password at once on the “Lost your password?” page and contact the helpdesk: { $helpdesk }.

## TRACES NT: to a decider, when someone asks for a post in their scope.

mail-new-request-subject = TRACES NT: a new authorisation request to decide
# $requester: the requester's full name; $organisation: the organisation's name; $country: its
# country code (PL); $role: the post asked for (Operator, Organic Control Body, Central Competent
# Authority…).
mail-new-request = { $requester } asks for a post in “{ $organisation }” ({ $country }) as { $role }.
# Introduces the link to the request, on the next line.
mail-new-request-open = Open the request in your approval queue to accept or reject it:
# “Preferences”: the section of the profile page with this choice.
mail-new-request-why = You receive this message because you decide such requests. You can turn these messages off on your profile page, under Preferences.

## TRACES NT: to a requester, when their request was decided.

mail-decided-accepted-subject = TRACES NT: your authorisation request was accepted
# Follows mail-greeting (in English after a comma, hence the small letter). $organisation: the
# organisation's name; $country: its country code (PL).
mail-decided-accepted = your request for a post in “{ $organisation }” ({ $country }) was accepted. You can now work for this organisation in TRACES NT.
mail-decided-rejected-subject = TRACES NT: your authorisation request was rejected
# Follows mail-greeting, as mail-decided-accepted; the reason follows, indented, after an empty line.
mail-decided-rejected = your request for a post in “{ $organisation }” ({ $country }) was rejected, for this reason:
# Shown as the reason when the decider gave none.
mail-decided-no-reason = no reason given
mail-decided-rejected-next = You can send a new request once the reason is dealt with.
# Introduces the link to the profile page, on the next line.
mail-decided-profile = Your requests and their status are on your profile page:
