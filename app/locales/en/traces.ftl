## TRACES NT: the landing page, the welcome page of an instance, the role choice, the searches
## for a post with the request popup, "Create new Operator", and the profile with its
## preferences. Button and link names quoted in the helpdesk letter (“Login into TRACES”,
## “sign up for TRACES”, “Request Authorisation”, “Create new Operator”, “send authorisation
## request”) are the ones users are told to click: translate them the way the letter is
## translated.

## The landing page: production or training.

traces-landing-title = TRACES NT – Certificates of Inspection for organic products
traces-landing-lead = The production and training websites of TRACES NT are available. Before you can use them you register yourself on EU Login, then request your role in TRACES NT. Roles requested on one website are not transferred to the other.
traces-landing-production = TRACES NT Production
traces-landing-production-text = For real certificates and real requests.
traces-landing-training = TRACES NT Training
traces-landing-training-text = To learn and demonstrate the registration without consequences.

## The welcome page of an instance.

traces-welcome-title = Welcome to TRACES NT
traces-welcome-title-training = Welcome to TRACES NT Training
traces-welcome-lead = The Certificate of Inspection for products of organic origin is on this website. Before you can access it, you need to log in and register as a user.
traces-welcome-log-in = Login into TRACES
# Followed by the link “sign up for TRACES”.
traces-welcome-no-account = No EU Login account yet?
traces-welcome-sign-up = sign up for TRACES
traces-welcome-step-1 = Register yourself on EU Login.
traces-welcome-step-1-text = If you already have an EU Login (ECAS) account, go directly to step 2.
traces-welcome-step-2 = Register in TRACES NT.
traces-welcome-step-2-text = Log in, choose your role (Operator, Organic Control Body or Authority) and send an authorisation request.
# $name: the first and last name of the person, in bold.
traces-welcome-logged-in = You are logged in as { $name }.
# $change: a link, traces-welcome-change-credentials; $reset: a link, traces-welcome-reset-password.
traces-welcome-credentials = On EU Login you can { $change } if need be, or { $reset }.
traces-welcome-change-credentials = change your EU Login credentials
traces-welcome-reset-password = reset your password

## A page of an instance opened before logging in.

traces-log-in-title = Please log in
traces-log-in-needed = You need to log in with your EU Login account to register in TRACES NT.
traces-log-in-button = Login into TRACES

## "Select your role in TRACES" on the welcome page.

traces-role-title = Select your role in TRACES
traces-role-loading = Loading your role…
traces-role-link-operator = Operator (Importer, first consignee)
traces-role-link-control-body = Organic Control Body (or Control Authority)
traces-role-link-authority = Authority (Border Control Post or Central Competent Authority)
# $kind: the person's role kind (Operator, Organic Control Body, Authority), in bold.
traces-role-already = You already have the role kind { $kind } on this instance. Each individual can only take one kind of role; within it you can request more posts.
traces-role-see-requests = See your requests in your profile
traces-role-one-kind = Please note that each individual can only take one kind of role. Within your role, you can take several posts: for example work for two or more operators, or as a control body control several countries.

## The searches for an operator, an authority or a control body.

traces-search-title-operator = Request authorisation: Operator
traces-search-title-authority = Request authorisation: Authority
traces-search-title-control-body = Request authorisation: Organic Control Body
traces-search-back = Back to the role choice
traces-search-country = Country
traces-search-any-country = Any country
traces-search-section = Section
traces-search-any-section = Any section
traces-search-activity = Activity type
traces-search-any-activity = Any activity type
traces-search-role = Role
traces-search-any-role = Any role
traces-search-name = Name
traces-search-name-hint = Part of the name is enough; capitals and accents do not matter.
traces-search-button = Search
traces-operator-lead = Search for the operator you work for, tick the box behind it and click “Request Authorisation”. You can tick several operators, also on several pages.
traces-operator-create-new-hint = When you are sure that you cannot find the operator you work for, you can create it.
traces-operator-create-new = Create new Operator
traces-authority-lead = Search for your authority, tick the box behind it and click “Request Authorisation”.
traces-control-body-lead = Search for your control body. If you certify for a single country, tick the box of that country; if you certify for all the countries your control body certifies in, tick “All countries” on top of its list. Then click “Request Authorisation”.
traces-control-body-country-hint = A country the control body certifies in.
traces-control-body-name-hint = Part of the name or the code is enough.

## The results of a search, "Request Authorisation" and the popup.

traces-posts-request = Request Authorisation
traces-posts-none-selected = Tick the box of your post in the results first.
# $count: how many posts are ticked (1 or more).
traces-posts-selected =
    { $count ->
        [one] { $count } post selected.
       *[other] { $count } posts selected.
    }
traces-posts-searching = Searching…
traces-posts-no-results = No organisation matches your search.
# $count: how many organisations this page of results shows (1 or more).
traces-posts-results =
    { $count ->
        [one] { $count } result on this page.
       *[other] { $count } results on this page.
    }
traces-posts-first-page = First page
traces-posts-next-page = Next page
traces-posts-caption = Search results
traces-posts-column-name = Name
traces-posts-column-country = Country
traces-posts-column-city = City
traces-posts-column-activity = Activity type
traces-posts-column-eori = EORI number
traces-posts-column-select = Select
traces-posts-column-role = Role
traces-posts-column-code = Code
traces-posts-column-certified = Certified countries (select)
# $code: the role's code (BCP, CCA); $name: its name; $acts: what it acts as.
traces-posts-authority-role = { $code } ({ $name }, acts as { $acts })
traces-posts-all-countries = All countries
# The name of a tick box. $organisation: the control body's name.
traces-posts-all-countries-of = { $organisation }: all countries
# $count: how many requests were sent (1 or more). Followed by the link “Open my profile”.
traces-posts-sent =
    { $count ->
        [one] Your authorisation request has been sent. You can follow it in your profile.
       *[other] Your { $count } authorisation requests have been sent. You can follow them in your profile.
    }
traces-open-profile = Open my profile
traces-popup-asking-for = You are asking to be authorised for:
traces-request-additional-info = Additional information (optional)
traces-request-additional-info-hint = Anything that helps the person who checks your request.
traces-popup-email = E-mail
traces-popup-phone = Phone (optional)
traces-popup-send = send authorisation request
traces-popup-cancel = Cancel
traces-popup-sending = Sending…

## "Create new Operator".

traces-new-operator-back = Back to the operator search
traces-new-operator-title = Create new Operator
# $operator: the name of the operator just created.
traces-new-operator-created = The operator { $operator } has been created and your request to join it has been registered.
traces-new-operator-duplicates-title = Is it one of these?
traces-new-operator-duplicates-text = These operators look like the one you are creating. If you work for one of them, tick it and click “Request Authorisation” instead. If none of them is yours, click “create a new operator” again.
traces-new-operator-lead = Fields marked * are mandatory. The EORI number is mandatory for organic importers.
traces-new-operator-create = create a new operator
traces-new-operator-checking = Checking…
traces-new-operator-operator = The operator
traces-new-operator-name = Name
traces-new-operator-country = Country
traces-new-operator-choose-country = Choose a country
traces-new-operator-address = Address
traces-new-operator-city = City
traces-new-operator-postcode = Postcode
traces-new-operator-section = Section
traces-new-operator-activity = Activity type
traces-new-operator-choose-activity = Choose an activity type
traces-new-operator-eori = EORI number
traces-new-operator-eori-hint = The two-letter country code, then up to 15 letters or digits (DE1234567890). Mandatory for importers.
traces-new-operator-eori-mandatory = For an importer the EORI number is mandatory.
traces-new-operator-contact = Contact of the operator
traces-new-operator-contact-rule = Mandatory: give at least one of phone, fax, e-mail or website.
traces-new-operator-phone = Phone
traces-new-operator-fax = Fax
traces-new-operator-email = E-mail
traces-new-operator-website = Website
traces-new-operator-request = Your request to join this operator
traces-new-operator-request-hint = The person who checks your request sees this and uses it to contact you.
traces-new-operator-your-email = Your e-mail
traces-new-operator-your-email-hint = From your EU Login account; you can give another one for this request.
traces-new-operator-your-phone = Your phone (optional)

## "My TRACES profile".

traces-profile-title = My TRACES profile
traces-profile-requests = My requests
traces-profile-loading = Loading your requests…
traces-profile-no-requests = You have not requested any role on this instance yet.
traces-profile-column-organisation = Organisation
traces-profile-column-role = Role
traces-profile-column-scope = Scope
traces-profile-column-requested = Requested on
traces-profile-column-decided = Decided on
traces-profile-column-status = Status
traces-profile-column-reason = Reason
traces-profile-column-action = Action
traces-profile-cancel = Cancel
# The name of the “Cancel” button of one request. $organisation: the organisation's name.
traces-profile-cancel-label = Cancel the request for { $organisation }
# $organisation: the organisation's name.
traces-profile-cancelled = Your request for { $organisation } has been cancelled.
# $zone: an IANA time zone name, like Europe/Brussels.
traces-profile-time-zone = Dates and times are shown in your time zone, { $zone }. You can change it under Preferences.
traces-profile-new-role = Request a new role
# $problem: why, as the server says it.
traces-profile-preferences-failed = Your preferences cannot be shown: { $problem }

## The preferences of the profile page.

traces-preferences-title = Preferences
traces-preferences-notifications-title = Time zone and notifications
# $instance: production or training (only chooses the text).
traces-preferences-instance-only =
    { $instance ->
        [training] These preferences are for the training instance only.
       *[production] These preferences are for the production instance only.
    }
traces-preferences-time-zone = Time zone
traces-preferences-time-zone-hint = The dates and times of your requests are shown in this time zone.
traces-preferences-zone-utc = UTC (Coordinated Universal Time)
traces-preferences-zones-eu = European Union
traces-preferences-zones-other = Other countries
# A time zone in the list. $country: the country's name; $zone: the IANA name (Europe/Vienna).
traces-preferences-zone = { $country } ({ $zone })
# $country: the country's name; $place: a region of it (Azores); $zone: the IANA name.
traces-preferences-zone-region = { $country }, { $place } ({ $zone })
# $country: the country's name; $place: a city of it (Chicago); $zone: the IANA name.
traces-preferences-zone-city = { $country } ({ $place }) ({ $zone })
traces-preferences-place-azores = Azores
traces-preferences-place-madeira = Madeira
traces-preferences-place-canary-islands = Canary Islands
traces-preferences-place-sydney = Sydney
traces-preferences-place-sao-paulo = São Paulo
traces-preferences-place-toronto = Toronto
traces-preferences-place-chicago = Chicago
traces-preferences-place-los-angeles = Los Angeles
traces-preferences-place-new-york = New York
# $browser: the browser's time zone; $saved: the saved one (IANA names, like Europe/Brussels).
traces-preferences-browser-zone = Your browser is set to { $browser }, so it is chosen here. Your saved time zone stays { $saved } until you click “Save preferences”.
traces-preferences-events = Tell me about
traces-preferences-notify-decisions = Decisions on my requests (accepted, rejected, revoked)
traces-preferences-notify-new-requests = New requests waiting for my decision (if you decide requests: authorities and administrators of an organisation)
traces-preferences-channels = How to tell me
traces-preferences-notify-in-app = In the app
traces-preferences-notify-email = By e-mail (to the address of your EU Login account)
traces-preferences-no-channel = With neither “In the app” nor “By e-mail” ticked, you will not be notified of anything.
traces-preferences-save = Save preferences
traces-preferences-saving = Saving…
# $zone: the time zone just saved (an IANA name, like America/New_York).
traces-preferences-saved = Your preferences are saved. Dates and times are now shown in { $zone }.
traces-preferences-language-title = Language
# $account: a link, traces-preferences-my-account.
traces-preferences-language-text = Your languages belong to your EU Login account: they are the same on production and training. You can also change them, with your names, on { $account }.
traces-preferences-my-account = My account
traces-preferences-interface-language = Interface language
traces-preferences-interface-language-hint = The language of these pages whenever you are logged in.
traces-preferences-email-language = E-mail language
traces-preferences-email-language-hint = The language of the e-mails you receive, notifications included.
traces-preferences-save-languages = Save languages
traces-preferences-languages-saved = Your languages are saved.

## Statuses, as the profile, the search results and the queue show them.

traces-status-pending = Pending
traces-status-valid = Valid
traces-status-rejected = Rejected
traces-status-cancelled = Cancelled
traces-status-revoked = Revoked
traces-status-organisation-new = New
traces-status-organisation-valid = Valid
traces-status-organisation-rejected = Rejected
traces-status-organisation-inactive = Inactive
