## Errors any server function can answer with (api::ApiError).

# $count: how many fields have a problem (2 or more).
error-fields-need-attention = { $count } fields need your attention.
error-unauthenticated = Please log in first.
error-forbidden = You are not allowed to do this.
error-login-failed = Login failed: the e-mail address or the password is not correct, or the account is locked for 15 minutes after too many attempts. Check both and try again, or use “Lost your password?”.
error-cross-site = This request came from another website and was refused.
# $seconds: how long to wait.
error-rate-limited = Too many attempts. Please wait { $seconds } seconds and try again.
error-too-large = The request is too large: no field of this form takes more than a few thousand characters. Shorten what you entered and try again.
error-storage-unavailable = The server cannot save anything right now because its storage is full or read-only. Nothing of what you entered was saved. Please try again later; if this lasts, tell the helpdesk.
error-internal = Something went wrong on our side. Please try again in a moment.
error-unavailable = The server could not be reached. Check your connection and try again.
# $detail: the decoder's words, in English.
error-unreadable-request = The request could not be read: { $detail }

## EU Login: sign-up, the e-mailed links, login and the account page.

# $minutes: how long a link works after its e-mail is sent.
error-link-expired = This link has expired: links work for { $minutes } minutes after the e-mail is sent. Ask for a new e-mail below.
error-link-not-valid = This link is not valid. Copy the whole link from the e-mail into the address bar, or ask for a new e-mail below.
error-link-used = This link was already used: each link works once. If you need to set your password again, ask for a new e-mail below.
error-link-superseded = A newer e-mail was sent after this one: only the link in the newest e-mail works. Use that one, or ask for a new e-mail below.
error-link-not-for-password = This link is for confirming an e-mail address, not for a password.
error-link-not-for-email = This link is for setting a password, not for confirming an e-mail address.
error-link-used-meanwhile = This link was used or replaced a moment ago. Ask for a new one on your account page.
error-email-now-taken = This address is now used by another EU Login account, so it cannot become yours. Choose another address on your account page.
# $username: the username the person chose.
error-username-taken = Username: “{ $username }” is already taken. Choose another one.
error-login-password-empty = Password: enter your password.
error-new-email-confirmation = Confirm new e-mail: type the same address as in New e-mail.
error-new-email-unchanged = New e-mail: this is already the address of your account.
# $domain: the training demo's mail domain (demo.traces-training.example).
error-new-email-demo-address = New e-mail: addresses at { $domain } are for the training instance only: anyone can read their mail in the demo mailbox and could take over your role or pending requests on production. Keep an address of your own.

## The “Code” field of the sign-up and lost-password forms (the captcha).

error-captcha-empty = Code: type the characters you see in the picture.
error-captcha-expired = Code: this picture has expired. Type the characters of the new picture.
error-captcha-used = Code: this picture was already used. Type the characters of the new picture.
error-captcha-wrong = Code: the characters do not match the picture. Type the characters of the new picture.

## Hints of the password strength meter: the length rule, then zxcvbn's warnings and suggestions.

# $min: the fewest characters a password may have.
error-password-too-short-hint = Use at least { $min } characters.
error-password-straight-rows = Straight rows of keys are easy to guess.
error-password-short-keyboard-patterns = Short keyboard patterns are easy to guess.
error-password-repeats-aaa = Repeats like "aaa" are easy to guess.
error-password-repeats-abcabc = Repeats like "abcabcabc" are only slightly harder to guess than "abc".
error-password-top-10 = This is a top-10 common password.
error-password-top-100 = This is a top-100 common password.
error-password-common = This is a very common password.
error-password-similar-to-common = This is similar to a commonly used password.
error-password-sequences = Sequences like abc or 6543 are easy to guess.
error-password-recent-years = Recent years are easy to guess.
error-password-single-word = A word by itself is easy to guess.
error-password-dates = Dates are often easy to guess.
error-password-names-by-themselves = Names and surnames by themselves are easy to guess.
error-password-common-names = Common names and surnames are easy to guess.
error-password-use-a-few-words = Use a few words, avoid common phrases.
error-password-no-need-for-symbols = No need for symbols, digits, or uppercase letters.
error-password-add-a-word = Add another word or two. Uncommon words are better.
error-password-capitalization = Capitalization doesn't help very much.
error-password-all-uppercase = All-uppercase is almost as easy to guess as all-lowercase.
error-password-reversed-words = Reversed words aren't much harder to guess.
error-password-substitutions = Predictable substitutions like '@' instead of 'a' don't help very much.
error-password-longer-keyboard-pattern = Use a longer keyboard pattern with more turns.
error-password-avoid-repeats = Avoid repeated words and characters.
error-password-avoid-sequences = Avoid sequences.
error-password-avoid-recent-years = Avoid recent years.
error-password-avoid-your-years = Avoid years that are associated with you.
error-password-avoid-your-dates = Avoid dates and years that are associated with you.

## The training instance.

error-persona-unknown = There is no such persona. Choose one of the list on the training welcome page.

## Addresses under /api that name nothing.

error-api-function-unknown = There is no such API function.
error-export-unknown = There is no such export: use queue.csv or decisions.csv.

## The approval queue: filters, page links, export links.

error-queue-page-link = The page link is not valid any more. Go back to the first page of the queue.
error-queue-organisation-too-long = Organisation: type at most 100 characters of the name.
# $max: the largest age accepted, in days.
error-queue-age-too-high = Age: at most { $max } days.
error-queue-age-not-a-number = Age: give a whole number of days, like 7.
# $value: what the link has instead of an instance (production or training).
error-export-link-instance = The export link is not valid: “{ $value }” is not a TRACES NT instance: use “production” or “training”.
error-export-link-no-instance = The export link is not valid: it names no instance.
# $key, $value: the setting of the link that is not one of the queue's.
error-export-link-setting = The export link is not valid: “{ $key }={ $value }” is not one of its settings. Use the export button of the queue page.

## Deciding requests, one or many, and the Administrator flag.

# $id: the request's number.
error-decide-not-found = There is no request number { $id } that you can decide on this instance. It may belong to another country or organisation; open it from your queue.
# $name: the organisation; $status: its status (a stored code, chooses the words).
error-decide-organisation-closed = “{ $name }” is { $status ->
        [rejected] rejected
        [inactive] inactive
       *[other] { $status }
    }, so nobody can join it. Reject the request with a reason instead.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-accepted = Request { $id } was already accepted by { $who } on { $when }; nothing was changed.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-rejected = Request { $id } was already rejected by { $who } on { $when }; nothing was changed.
# $id: the request's number; $when: the date and time (UTC) or “earlier”.
error-decide-already-cancelled = Request { $id } was already cancelled by the requester on { $when }; nothing was changed.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-revoked = Request { $id } was already revoked by { $who } on { $when }; nothing was changed.
# $id: the request's number; $status: its status, a code the schema does not know (in English); $when: the date and time (UTC) or “earlier”.
error-decide-already-other = Request { $id } was already { $status } since { $when }; nothing was changed.
# Stands for the person who decided, when the account is gone.
error-decide-by-unknown = someone
# Stands for the time of a decision, when it was not recorded.
error-decide-at-unknown = earlier
# $id: the request's number.
error-decide-meanwhile = Request { $id } was decided meanwhile; nothing was changed. Reload it to see the decision.
error-decide-none-selected = Select at least one request in the queue, then accept or reject.
# $max: how many requests can be decided at once; $count: how many were selected.
error-decide-too-many = Select at most { $max } requests at once; you selected { $count }.
# $id: the request's number.
error-decide-selected-twice = Request { $id } is selected twice; select each request once.
# $failed: how many of the selected requests cannot be decided; $count: how many were selected.
error-decide-nothing-decided = Nothing was decided: { $failed } of the { $count } selected requests cannot be decided. Unselect them and try again.
# $id: the request's number; $status: its status (a stored code, chooses the words).
error-admin-not-valid = Request { $id } is not a valid post (it is { $status ->
        [pending] pending
        [rejected] rejected
        [cancelled] cancelled
        [revoked] revoked
       *[other] { $status }
    }): only the holder of a valid post can be an Administrator.
# $id: the request's number.
error-admin-changed-meanwhile = Request { $id } changed meanwhile; reload it.

## Notifications in the app (not errors, but sentences the server composes too).

# $first, $last: the requester's names; $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-new-request = { $first } { $last } asks to join “{ $organisation }” ({ $country }).
# $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-accepted = Your request to join “{ $organisation }” ({ $country }) was accepted
# $organisation: the organisation's name; $country: the ISO code of the post's country; $reason: the decider's words.
error-notification-rejected = Your request to join “{ $organisation }” ({ $country }) was rejected: { $reason }
# $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-rejected-no-reason = Your request to join “{ $organisation }” ({ $country }) was rejected: no reason given
# $organisation: the organisation's name; $country: the ISO code of the post's country; $status: the request's status (a stored code, chooses the words).
error-notification-other = Your request to join “{ $organisation }” ({ $country }) is now { $status ->
        [pending] pending
        [cancelled] cancelled
        [revoked] revoked
       *[other] { $status }
    }

## TRACES: the directory search and authorisation requests.

error-search-page-link = Page: this page link is no longer valid; search again from the first page.
error-search-name-too-long = Name: search with at most 120 characters of the name.
# $max: the most characters allowed.
error-additional-info-too-long = Additional information: use at most { $max } characters.
error-submission-key = Submission key: send 8 to 64 letters, digits, - or _ (the page makes one; reload it and try again).
error-submission-other-instance = This request was already sent on the other instance. Reload the page and send it again.
# $domain: the training demo's mail domain (demo.traces-training.example).
error-demo-address-production = Addresses at { $domain } are for the training instance only: anyone can read their mail in the demo mailbox and take over the account. To request authorisation on production, first change your account's e-mail to your own address.
error-posts-none = Posts: tick at least one organisation in the list, then send the request.
# $max: how many posts one request can have.
error-posts-too-many = Posts: tick at most { $max } at once; send the others in a second request.
error-posts-twice = Posts: the same post is ticked twice; tick each post once.
error-posts-one-kind = Posts: tick organisations of one kind of role only (operators, control bodies or authorities).
# $name: the control body; $country: the country's name; $code: its ISO code.
error-posts-not-certified = Posts: “{ $name }” does not certify in { $country } ({ $code }); tick one of the countries listed for it.
# $name: the organisation; $country: the name of its country.
error-posts-other-country = Posts: “{ $name }” is in { $country }; its post covers that country only.
# $id: the number that was sent.
error-organisation-not-found = The organisation with number { $id } does not exist on this instance. Search again and tick it from the list.
# $name: the organisation; $status: its status (a stored code, chooses the words).
error-organisation-closed = “{ $name }” is { $status ->
        [rejected] rejected
        [inactive] inactive
       *[other] { $status }
    } and takes no new requests. Search again and tick another organisation.
# $name: the control body.
error-no-certified-countries = “{ $name }” has no certified countries yet, so no post can be requested in it.
# $name: the organisation; $country: the name of the post's country.
error-post-already-held = “{ $name }” ({ $country }): you already hold this post. Untick it and send the request again; your requests are on your profile page.
# $name: the organisation; $country: the name of the post's country.
error-post-already-pending = “{ $name }” ({ $country }): your request for it is already pending. Untick it and send the request again; your requests are on your profile page.
error-own-request-not-found = There is no such request among yours. Reload your profile page.
# $organisation: the organisation's name; $status: the request's status (a stored code, chooses the words).
error-cancel-not-pending = Your request for “{ $organisation }” is { $status ->
        [pending] pending
        [valid] valid
        [rejected] rejected
        [cancelled] cancelled
        [revoked] revoked
       *[other] { $status }
    } and can no longer be cancelled; only pending requests can.
error-time-zone = Time zone: choose a zone like Europe/Brussels (Area/City, at most 64 characters), or UTC.

## New organisations: the directory import and "create a new operator".

error-import-status = Status: use valid, new, rejected or inactive (blank means valid).
error-import-kind = Kind: use operator, control_body or authority.
error-certified-countries-empty = Certified countries: Country: choose a country from the list.
# $code: what was given instead of a country code.
error-certified-countries-shape = Certified countries: Country: “{ $code }” is not a country code; use the two letters of ISO 3166-1 (DE, FR, US) or choose a country from the list.
# $code: what was given instead of a country code.
error-certified-countries-unknown = Certified countries: Country: “{ $code }” is not an assigned ISO 3166-1 country code; choose a country from the list.
# $alias: the code EU documents use (EL, UK); $iso: the ISO 3166-1 code; $name: the country's name.
error-certified-countries-eu-alias = Certified countries: Country: EU documents write { $alias }, but ISO 3166-1 and TRACES use { $iso }; choose { $iso } ({ $name }).
# $code: the control body code; $other: the organisation that has it.
error-control-body-code-taken = Control body code: { $code } is already the code of “{ $other }”.
# $eori: the EORI number; $other: the operator that has it.
error-eori-taken = EORI number: { $eori } is already registered for the operator “{ $other }”; search for it and request authorisation instead of creating it again.
error-demo-person-shared = This is a person of the training demo, shared by everyone in the room: their name, e-mail and password cannot be changed. Sign up with an account of your own to try this.
