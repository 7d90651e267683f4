## TRACES NT: the landing page, the welcome page of an instance, the role choice, the searches
## for a post with the request popup, "Create new Operator", and the profile with its
## preferences. Button and link names quoted in the helpdesk letter (“Login into TRACES”,
## “sign up for TRACES”, “Request Authorisation”, “Create new Operator”, “send authorisation
## request”) are the ones users are told to click: translate them the way the letter is
## translated.

## The landing page: production or training.

traces-landing-title = TRACES NT – kontrolcertifikater for økologiske produkter
traces-landing-lead = TRACES NT findes både som produktionswebsted og som træningswebsted. Før du kan bruge dem, skal du registrere dig i EU Login og derefter anmode om din rolle i TRACES NT. Roller, der er anmodet om på det ene websted, overføres ikke til det andet.
traces-landing-production = TRACES NT Produktion
traces-landing-production-text = Til rigtige certifikater og rigtige anmodninger.
traces-landing-training = TRACES NT Træning
traces-landing-training-text = Til at lære og demonstrere registreringen uden konsekvenser.

## The welcome page of an instance.

traces-welcome-title = Velkommen til TRACES NT
traces-welcome-title-training = Velkommen til TRACES NT Træning
traces-welcome-lead = Kontrolcertifikatet for produkter af økologisk oprindelse findes på dette websted. Før du kan få adgang til det, skal du logge ind og registrere dig som bruger.
traces-welcome-log-in = Log ind i TRACES
# Followed by the link “sign up for TRACES”.
traces-welcome-no-account = Har du endnu ingen EU Login-konto?
traces-welcome-sign-up = tilmeld dig TRACES
traces-welcome-step-1 = Registrér dig i EU Login.
traces-welcome-step-1-text = Hvis du allerede har en EU Login-konto (ECAS), kan du gå direkte til trin 2.
traces-welcome-step-2 = Registrér dig i TRACES NT.
traces-welcome-step-2-text = Log ind, vælg din rolle (Aktør, Økologisk kontrolorgan eller Myndighed), og send en autorisationsanmodning.
# $name: the first and last name of the person, in bold.
traces-welcome-logged-in = Du er logget ind som { $name }.
# $change: a link, traces-welcome-change-credentials; $reset: a link, traces-welcome-reset-password.
traces-welcome-credentials = I EU Login kan du om nødvendigt { $change } eller { $reset }.
traces-welcome-change-credentials = ændre dine loginoplysninger til EU Login
traces-welcome-reset-password = nulstille din adgangskode

## A page of an instance opened before logging in.

traces-log-in-title = Log venligst ind
traces-log-in-needed = Du skal logge ind med din EU Login-konto for at registrere dig i TRACES NT.
traces-log-in-button = Log ind i TRACES

## "Select your role in TRACES" on the welcome page.

traces-role-title = Vælg din rolle i TRACES
traces-role-loading = Din rolle indlæses…
traces-role-link-operator = Aktør (importør, første modtager)
traces-role-link-control-body = Økologisk kontrolorgan (eller kontrolmyndighed)
traces-role-link-authority = Myndighed (grænsekontrolsted eller central kompetent myndighed)
# $kind: the person's role kind (Operator, Organic Control Body, Authority), in bold.
traces-role-already = Du har allerede rolletypen { $kind } i dette miljø. Hver person kan kun have én type rolle; inden for den kan du anmode om flere stillinger.
traces-role-see-requests = Se dine anmodninger på din profil
traces-role-one-kind = Bemærk, at hver person kun kan have én type rolle. Inden for din rolle kan du have flere stillinger: for eksempel arbejde for to eller flere aktører eller som kontrolorgan kontrollere i flere lande.

## The searches for an operator, an authority or a control body.

traces-search-title-operator = Anmod om autorisation: Aktør
traces-search-title-authority = Anmod om autorisation: Myndighed
traces-search-title-control-body = Anmod om autorisation: Økologisk kontrolorgan
traces-search-back = Tilbage til valg af rolle
traces-search-country = Land
traces-search-any-country = Alle lande
traces-search-section = Sektion
traces-search-any-section = Alle sektioner
traces-search-activity = Aktivitetstype
traces-search-any-activity = Alle aktivitetstyper
traces-search-role = Rolle
traces-search-any-role = Alle roller
traces-search-name = Navn
traces-search-name-hint = En del af navnet er nok; store og små bogstaver og accenter er ligegyldige.
traces-search-button = Søg
traces-operator-lead = Søg efter den aktør, du arbejder for, sæt kryds i feltet ud for den, og klik på »Anmod om autorisation«. Du kan sætte kryds ved flere aktører, også på flere sider.
traces-operator-create-new-hint = Når du er sikker på, at du ikke kan finde den aktør, du arbejder for, kan du oprette den.
traces-operator-create-new = Opret ny aktør
traces-authority-lead = Søg efter din myndighed, sæt kryds i feltet ud for den, og klik på »Anmod om autorisation«.
traces-control-body-lead = Søg efter dit kontrolorgan. Hvis du certificerer for ét land, så sæt kryds i feltet for dette land; hvis du certificerer for alle de lande, dit kontrolorgan certificerer i, så sæt kryds ved »Alle lande« øverst i dets liste. Klik derefter på »Anmod om autorisation«.
traces-control-body-country-hint = Et land, som kontrolorganet certificerer i.
traces-control-body-name-hint = En del af navnet eller koden er nok.

## The results of a search, "Request Authorisation" and the popup.

traces-posts-request = Anmod om autorisation
traces-posts-none-selected = Sæt først kryds i feltet for din stilling i resultaterne.
# $count: how many posts are ticked (1 or more).
traces-posts-selected =
    { $count ->
        [one] { $count } stilling valgt.
       *[other] { $count } stillinger valgt.
    }
traces-posts-searching = Søger…
traces-posts-no-results = Ingen organisation svarer til din søgning.
# $count: how many organisations this page of results shows (1 or more).
traces-posts-results =
    { $count ->
        [one] { $count } resultat på denne side.
       *[other] { $count } resultater på denne side.
    }
traces-posts-first-page = Første side
traces-posts-next-page = Næste side
traces-posts-caption = Søgeresultater
traces-posts-column-name = Navn
traces-posts-column-country = Land
traces-posts-column-city = By
traces-posts-column-activity = Aktivitetstype
traces-posts-column-eori = EORI-nummer
traces-posts-column-select = Vælg
traces-posts-column-role = Rolle
traces-posts-column-code = Kode
traces-posts-column-certified = Certificerede lande (vælg)
# $code: the role's code (BCP, CCA); $name: its name; $acts: what it acts as.
traces-posts-authority-role = { $code } ({ $name }, varetager rollen som { $acts })
traces-posts-all-countries = Alle lande
# The name of a tick box. $organisation: the control body's name.
traces-posts-all-countries-of = { $organisation }: alle lande
# $count: how many requests were sent (1 or more). Followed by the link “Open my profile”.
traces-posts-sent =
    { $count ->
        [one] Din autorisationsanmodning er sendt. Du kan følge den på din profil.
       *[other] Dine { $count } autorisationsanmodninger er sendt. Du kan følge dem på din profil.
    }
traces-open-profile = Åbn min profil
traces-popup-asking-for = Du anmoder om autorisation til:
traces-request-additional-info = Yderligere oplysninger (valgfrit)
traces-request-additional-info-hint = Alt, hvad der kan hjælpe den person, der behandler din anmodning.
traces-popup-email = E-mail
traces-popup-phone = Telefon (valgfrit)
traces-popup-send = send autorisationsanmodning
traces-popup-cancel = Annuller
traces-popup-sending = Sender…

## "Create new Operator".

traces-new-operator-back = Tilbage til søgningen efter aktører
traces-new-operator-title = Opret ny aktør
# $operator: the name of the operator just created.
traces-new-operator-created = Aktøren { $operator } er oprettet, og din anmodning om at blive tilknyttet den er registreret.
traces-new-operator-duplicates-title = Er det en af disse?
traces-new-operator-duplicates-text = Disse aktører ligner den, du er ved at oprette. Hvis du arbejder for en af dem, så sæt kryds ved den, og klik i stedet på »Anmod om autorisation«. Hvis ingen af dem er din, så klik på »opret en ny aktør« igen.
traces-new-operator-lead = Felter markeret med * skal udfyldes. EORI-nummeret er obligatorisk for importører af økologiske produkter.
traces-new-operator-create = opret en ny aktør
traces-new-operator-checking = Kontrollerer…
traces-new-operator-operator = Aktøren
traces-new-operator-name = Navn
traces-new-operator-country = Land
traces-new-operator-choose-country = Vælg et land
traces-new-operator-address = Adresse
traces-new-operator-city = By
traces-new-operator-postcode = Postnummer
traces-new-operator-section = Sektion
traces-new-operator-activity = Aktivitetstype
traces-new-operator-choose-activity = Vælg en aktivitetstype
traces-new-operator-eori = EORI-nummer
traces-new-operator-eori-hint = Landekoden på to bogstaver efterfulgt af op til 15 bogstaver eller cifre (DE1234567890). Obligatorisk for importører.
traces-new-operator-eori-mandatory = For en importør er EORI-nummeret obligatorisk.
traces-new-operator-contact = Aktørens kontaktoplysninger
traces-new-operator-contact-rule = Obligatorisk: angiv mindst én af følgende: telefon, fax, e-mail eller websted.
traces-new-operator-phone = Telefon
traces-new-operator-fax = Fax
traces-new-operator-email = E-mail
traces-new-operator-website = Websted
traces-new-operator-request = Din anmodning om at blive tilknyttet denne aktør
traces-new-operator-request-hint = Den person, der behandler din anmodning, ser dette og bruger det til at kontakte dig.
traces-new-operator-your-email = Din e-mail
traces-new-operator-your-email-hint = Fra din EU Login-konto; du kan angive en anden til denne anmodning.
traces-new-operator-your-phone = Din telefon (valgfrit)

## "My TRACES profile".

traces-profile-title = Min TRACES-profil
traces-profile-requests = Mine anmodninger
traces-profile-loading = Dine anmodninger indlæses…
traces-profile-no-requests = Du har endnu ikke anmodet om nogen rolle i dette miljø.
traces-profile-column-organisation = Organisation
traces-profile-column-role = Rolle
traces-profile-column-scope = Omfang
traces-profile-column-requested = Anmodet den
traces-profile-column-decided = Afgjort den
traces-profile-column-status = Status
traces-profile-column-reason = Begrundelse
traces-profile-column-action = Handling
traces-profile-cancel = Annuller
# The name of the “Cancel” button of one request. $organisation: the organisation's name.
traces-profile-cancel-label = Annuller anmodningen vedrørende { $organisation }
# $organisation: the organisation's name.
traces-profile-cancelled = Din anmodning vedrørende { $organisation } er annulleret.
# $zone: an IANA time zone name, like Europe/Brussels.
traces-profile-time-zone = Datoer og klokkeslæt vises i din tidszone, { $zone }. Du kan ændre den under Indstillinger.
traces-profile-new-role = Anmod om en ny rolle
# $problem: why, as the server says it.
traces-profile-preferences-failed = Dine indstillinger kan ikke vises: { $problem }

## The preferences of the profile page.

traces-preferences-title = Indstillinger
traces-preferences-notifications-title = Tidszone og notifikationer
# $instance: production or training (only chooses the text).
traces-preferences-instance-only =
    { $instance ->
        [training] Disse indstillinger gælder kun for træningsmiljøet.
       *[production] Disse indstillinger gælder kun for produktionsmiljøet.
    }
traces-preferences-time-zone = Tidszone
traces-preferences-time-zone-hint = Datoer og klokkeslæt for dine anmodninger vises i denne tidszone.
traces-preferences-zone-utc = UTC (koordineret universaltid)
traces-preferences-zones-eu = Den Europæiske Union
traces-preferences-zones-other = Andre lande
# A time zone in the list. $country: the country's name; $zone: the IANA name (Europe/Vienna).
traces-preferences-zone = { $country } ({ $zone })
# $country: the country's name; $place: a region of it (Azores); $zone: the IANA name.
traces-preferences-zone-region = { $country }, { $place } ({ $zone })
# $country: the country's name; $place: a city of it (Chicago); $zone: the IANA name.
traces-preferences-zone-city = { $country } ({ $place }) ({ $zone })
traces-preferences-place-azores = Azorerne
traces-preferences-place-madeira = Madeira
traces-preferences-place-canary-islands = De Kanariske Øer
traces-preferences-place-sydney = Sydney
traces-preferences-place-sao-paulo = São Paulo
traces-preferences-place-toronto = Toronto
traces-preferences-place-chicago = Chicago
traces-preferences-place-los-angeles = Los Angeles
traces-preferences-place-new-york = New York
# $browser: the browser's time zone; $saved: the saved one (IANA names, like Europe/Brussels).
traces-preferences-browser-zone = Din browser er indstillet til { $browser }, så den er valgt her. Din gemte tidszone forbliver { $saved }, indtil du klikker på »Gem indstillinger«.
traces-preferences-events = Giv mig besked om
traces-preferences-notify-decisions = Afgørelser om mine anmodninger (godkendt, afvist, tilbagekaldt)
traces-preferences-notify-new-requests = Nye anmodninger, der venter på min afgørelse (hvis du træffer afgørelse om anmodninger: myndigheder og administratorer af en organisation)
traces-preferences-channels = Hvordan jeg skal have besked
traces-preferences-notify-in-app = I appen
traces-preferences-notify-email = Via e-mail (til adressen på din EU Login-konto)
traces-preferences-no-channel = Hvis hverken »I appen« eller »Via e-mail« er afkrydset, får du ikke besked om noget.
traces-preferences-save = Gem indstillinger
traces-preferences-saving = Gemmer…
# $zone: the time zone just saved (an IANA name, like America/New_York).
traces-preferences-saved = Dine indstillinger er gemt. Datoer og klokkeslæt vises nu i { $zone }.
traces-preferences-language-title = Sprog
# $account: a link, traces-preferences-my-account.
traces-preferences-language-text = Dine sprog hører til din EU Login-konto: de er de samme i produktions- og træningsmiljøet. Du kan også ændre dem sammen med dine navne på { $account }.
traces-preferences-my-account = Min konto
traces-preferences-interface-language = Sprog i brugerfladen
traces-preferences-interface-language-hint = Sproget på disse sider, når du er logget ind.
traces-preferences-email-language = Sprog i e-mails
traces-preferences-email-language-hint = Sproget i de e-mails, du modtager, herunder notifikationer.
traces-preferences-save-languages = Gem sprog
traces-preferences-languages-saved = Dine sprog er gemt.

## Statuses, as the profile, the search results and the queue show them.

traces-status-pending = Under behandling
traces-status-valid = Gyldig
traces-status-rejected = Afvist
traces-status-cancelled = Annulleret
traces-status-revoked = Tilbagekaldt
traces-status-organisation-new = Ny
traces-status-organisation-valid = Gyldig
traces-status-organisation-rejected = Afvist
traces-status-organisation-inactive = Inaktiv
