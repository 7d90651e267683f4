## EU Login, the identity service (pages/eulogin): sign-up, the e-mailed links, login, the
## account page, help and privacy. "EU Login", "TRACES NT" and "ECAS" are names.

# The mark above each EU Login page's heading.
eulogin-brand = EU Login
# Heading, button and link of the sign-up form (the helpdesk letter names it).
eulogin-create-account = Create an account
# Links and buttons that lead to logging in.
eulogin-log-in = Log in
# Heading of its page and the link to it.
eulogin-lost-password = Lost your password?
eulogin-help-link = Help: the e-mail did not arrive
eulogin-send-again = Send the e-mail again
eulogin-nothing-arrived = Nothing arrived?
# The text of a link, inside sentences.
eulogin-account-page-link = your EU Login account page
# After a link that opens in a new tab, for screen readers.
eulogin-opens-in-new-tab = (opens in a new tab)
# Heading of a page whose e-mailed link is expired, used, replaced or unknown.
eulogin-link-broken = This link does not work
eulogin-link-checking = Checking your link…
eulogin-link-no-code = This address has no link code. Open the link from the e-mail again, or copy the whole link into the address bar.

## Field labels and hints.

eulogin-field-username = Username
eulogin-field-first-name = First name
eulogin-field-last-name = Last name
eulogin-field-email = E-mail
eulogin-field-email-confirm = Confirm e-mail
eulogin-field-email-language = E-mail language
eulogin-field-interface-language = Interface language
eulogin-field-password = Password
eulogin-field-current-password = Current password
eulogin-field-new-password = New password
eulogin-field-confirm-password = Confirm password
eulogin-field-new-email = New e-mail
eulogin-field-confirm-new-email = Confirm new e-mail
eulogin-name-hint = As in your identity document.
eulogin-email-language-hint = The language of the e-mails EU Login sends you.
eulogin-interface-language-hint = The language of these pages whenever you are logged in.
eulogin-password-rule = At least 12 characters, at most 128. No rules about character types: a phrase of several unrelated words is strong and easy to remember.

## Create an account (/eulogin/signup).

eulogin-signup-own-name = Open the account in your own name.
# $person: "REAL PERSON" (eulogin-signup-real-person), in bold.
eulogin-signup-own-name-why = The data you enter here will appear on the certificates you sign in TRACES NT, which have legal value. Open the EU Login account in the name of a { $person }, NOT your border control post, operator or control body.
eulogin-signup-real-person = REAL PERSON
eulogin-signup-own-address = Use your individual professional e-mail address.
eulogin-signup-own-address-why = It is the address you will log in to TRACES NT with.
# Followed by the link "Log in".
eulogin-signup-already = Already have an EU Login account?
eulogin-signup-all-required = All fields are required.
eulogin-signup-username-hint = 4 to 32 characters: letters a–z, digits, dots, hyphens and underscores, starting with a letter.
eulogin-signup-email-hint = Your individual professional address: you will log in with it.
eulogin-signup-email-confirm-hint = Type the same address again.
eulogin-signup-privacy-accept = I have read and accept the privacy statement
eulogin-signup-privacy-read = Read the privacy statement
eulogin-signup-progress = Creating your account…

## Check your e-mail (/eulogin/signup/sent), after "Create an account".

eulogin-sent-title = Check your e-mail
# Instead of the address, when the page does not know it.
eulogin-sent-unknown-address = the address you entered
# $address: the e-mail address, in bold.
eulogin-sent-lead = We sent an e-mail to { $address } with a link to set your password.
# $minutes: how long the link works.
eulogin-sent-link-valid = The link works for { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } after the e-mail is sent, and only once. Once your password is set, return to TRACES NT and log in with this e-mail address.
eulogin-sent-advice-wait = Wait a few minutes: e-mails can take a while.
eulogin-sent-advice-spam = Look in your spam or junk folder.
eulogin-sent-advice-it = Ask your IT department to allow e-mail from EU Login (to put the sender on the list of allowed senders, “whitelisting”).
eulogin-sent-advice-address = Check the address above. If it is wrong, create the account again with the right one.
eulogin-sent-replaces = A new e-mail replaces the previous one: only the link in the newest e-mail works.

## Help with EU Login (/eulogin/help), where the helpdesk letter points when the e-mail does not arrive.

eulogin-help-title = Help with EU Login
eulogin-help-no-email = The e-mail to set your password did not arrive
eulogin-help-no-email-intro = After “Create an account”, EU Login sends you an e-mail with a link to set your password. If it is not in your inbox:
# Each piece of advice: a short instruction in bold, then why.
eulogin-help-wait = Wait a few minutes.
eulogin-help-wait-why = Mail servers sometimes hold messages from a new sender for a while before delivering them.
eulogin-help-spam = Look in your spam or junk folder.
eulogin-help-spam-why = If you find the e-mail there, mark it as “not spam” so that the next ones arrive in your inbox.
eulogin-help-it = Ask your IT department to allow our e-mails.
eulogin-help-it-why = Organisations often filter e-mail from outside. Ask them to put the EU Login sender on the list of allowed senders (“whitelisting”).
eulogin-help-address = Check the address.
# $link: a link to the sign-up form, "create the account again" (eulogin-help-address-link).
eulogin-help-address-why = A typing mistake sends the e-mail elsewhere. If the address was wrong, { $link } with the right one.
eulogin-help-address-link = create the account again
# $action: "Send the e-mail again" (eulogin-help-again-action), in bold.
eulogin-help-again = { $action } with the form below.
eulogin-help-again-action = Send the e-mail again
eulogin-help-link-broken = The link does not work
# $minutes: how long a link works.
eulogin-help-link-broken-why = A link works for { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } after the e-mail is sent, and only once. When a new e-mail is sent, the links in the earlier ones stop working: always use the newest e-mail. If your e-mail program cuts the link in two, copy the whole link into the address bar of your browser.
eulogin-help-send-again-intro = Enter the e-mail address of your EU Login account. If it is registered, we send a new link to set your password.
eulogin-help-have-account = Already have an account?
# $login: a link, "log in" (eulogin-help-have-account-log-in); $lost: a link, "Lost your password?" (eulogin-lost-password).
eulogin-help-have-account-why = If you already have an EU Login (ECAS) account you do not need a new one: { $login }. If you forgot your password, use { $lost }.
eulogin-help-have-account-log-in = log in
eulogin-help-contact = Contact the helpdesk
eulogin-help-contact-intro = If none of this helps, or for any question about TRACES NT and the Certificate of Inspection, write to:
# $address: the helpdesk's e-mail address, a link.
eulogin-help-contact-traces = { $address } (TRACES NT and EU Login)
# $address: the e-mail address of the organic products helpdesk, a link.
eulogin-help-contact-organic = { $address } (the Certificate of Inspection for organic products)
eulogin-help-contact-advice = Say which e-mail address you used, and never send your password.

## Privacy statement (/eulogin/privacy).

eulogin-privacy-title = Privacy statement
eulogin-privacy-lead = EU Login is how you prove who you are to TRACES NT. This page says what we keep about you, why, and what you can do about it.
eulogin-privacy-stored = What we store
eulogin-privacy-stored-names = Your username, first name and last name.
eulogin-privacy-stored-email = Your e-mail address, which is also your login.
eulogin-privacy-stored-languages = The language of the e-mails we send you and the language of the interface.
eulogin-privacy-stored-password = Your password, only in a hashed form: a one-way transformation from which the password cannot be read back. Nobody, including the helpdesk, can see your password.
eulogin-privacy-stored-session = While you are logged in, a session cookie and the time of your last activity, so that the session ends when you stop using it or log out.
eulogin-privacy-why = Why
eulogin-privacy-why-identify = To identify you when you log in to TRACES NT and to send you the e-mails the service needs (the link to set your password, the confirmation of a new address).
eulogin-privacy-why-certificates = Your first and last name appear on the certificates you sign in TRACES NT. Certificates have legal value, so the account must be in the name of the real person who signs.
eulogin-privacy-no-other-use = We use your data for nothing else and do not sell or share it for marketing.
eulogin-privacy-rights = Your rights
# $link: a link, "your EU Login account page" (eulogin-account-page-link).
eulogin-privacy-rights-text = You can see and correct your names, your languages, your e-mail address and your password at any time on { $link } once you are logged in. To ask for a copy of your data or for your account to be deleted, write to the helpdesk.
eulogin-privacy-contact = Contact
# $address: the helpdesk's e-mail address, a link.
eulogin-privacy-helpdesk = Helpdesk: { $address }

## Log in (/eulogin/login), where "Login into TRACES" leads.

eulogin-login-title = Log in
eulogin-login-lead = Log in with the e-mail address of your EU Login account.
# Next to the password field when it is empty ("Password" is the field's label).
eulogin-login-password-missing = Password: enter your password.
# Followed by the link "Create an account".
eulogin-login-no-account = No account yet?

## Lost your password? (/eulogin/lost-password)

eulogin-lost-lead = Enter the e-mail address of your EU Login account. If it is registered, we send you an e-mail with a link to set a new password.
# $minutes: how long the link works.
eulogin-lost-link-valid = The link works for { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } and only once. Your current password keeps working until you set the new one.
eulogin-lost-submit = Send me a link
eulogin-lost-back = Back to “Log in”

## Set your password (/eulogin/password), from the e-mailed link.

eulogin-password-title = Set your password
# $name: the person's first name; $username: their username, in bold.
eulogin-password-lead = Hello { $name }, choose the password of the EU Login account { $username }.
eulogin-password-submit = Set my password
eulogin-password-set = Your password is set
eulogin-password-set-next = You can now log in with your e-mail address and your new password.
eulogin-password-new-email = Get a new e-mail
eulogin-password-new-email-intro = Enter the e-mail address of your EU Login account to receive a new link to set your password.

## Confirm your new e-mail address (/eulogin/email), from the e-mailed link.

eulogin-email-title = Confirm your new e-mail address
# $name: the person's first name; $username: their username, in bold; $email: the new address, in bold.
eulogin-email-lead = Hello { $name }. The login of the EU Login account { $username } will become { $email }.
eulogin-email-old-stops = Your old address stops working for logging in as soon as you confirm.
eulogin-email-submit = Confirm my new e-mail address
eulogin-email-changed = Your e-mail address is changed
# $email: the new address, in bold.
eulogin-email-changed-next = From now on, log in with { $email }.
eulogin-email-back-to-account = Back to my account
# $link: a link, "your EU Login account page" (eulogin-account-page-link).
eulogin-email-link-broken-next = Your e-mail address has not changed. To get a new confirmation link, log in and ask for it again on { $link }.

## My EU Login account (/eulogin/account).

eulogin-account-title = My EU Login account
eulogin-account-loading = Loading your account…
eulogin-account-back = Back to TRACES NT
eulogin-account-log-in-first = Please log in to see and change your EU Login account.
# $name: first and last name; $username; $email: the login address. All three in bold.
eulogin-account-who = Logged in as { $name } (username { $username }, e-mail { $email }).
eulogin-account-details = Your details
eulogin-account-details-intro = Your names appear on the certificates you sign in TRACES NT: use your real names, as in your identity document.
eulogin-account-details-submit = Save my details
eulogin-account-details-saved = Your details are saved.
eulogin-account-password = Change password
# Next to the field when it is empty ("Current password" is the field's label).
eulogin-account-current-password-missing = Current password: enter the password you use now.
eulogin-account-password-submit = Change my password
eulogin-account-password-changed = Your password is changed. Every other session logged in to your account (another browser or computer) was logged out.
eulogin-account-email = Change e-mail
eulogin-account-email-intro = Your e-mail address is your login. We send a link to the new address to make sure it is yours.
# Next to "Confirm new e-mail" ("Confirm new e-mail" and "New e-mail" are the fields' labels).
eulogin-account-email-confirm-differs = Confirm new e-mail: type the same address as in New e-mail.
eulogin-account-email-confirm-missing = Confirm new e-mail: type the new address again.
eulogin-account-email-submit = Send the confirmation link
# $address: the new address, in bold; $minutes: how long the link works; $current: the present login address.
eulogin-account-email-sent = We sent a link to { $address }. Follow it within { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }. Your login changes only once you follow the link; until then, keep logging in with { $current }.
