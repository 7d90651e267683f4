## TRACES NT: the landing page, the welcome page of an instance, the role choice, the searches
## for a post with the request popup, "Create new Operator", and the profile with its
## preferences. Button and link names quoted in the helpdesk letter (“Login into TRACES”,
## “sign up for TRACES”, “Request Authorisation”, “Create new Operator”, “send authorisation
## request”) are the ones users are told to click: translate them the way the letter is
## translated.

## The landing page: production or training.

traces-landing-title = TRACES NT – kontrollintyg för ekologiska produkter
traces-landing-lead = TRACES NT finns både som produktionswebbplats och som utbildningswebbplats. Innan du kan använda dem registrerar du dig i EU Login och ansöker sedan om din roll i TRACES NT. Roller som du har ansökt om på den ena webbplatsen överförs inte till den andra.
traces-landing-production = TRACES NT Produktion
traces-landing-production-text = För verkliga intyg och verkliga ansökningar.
traces-landing-training = TRACES NT Utbildning
traces-landing-training-text = För att lära sig och demonstrera registreringen utan konsekvenser.

## The welcome page of an instance.

traces-welcome-title = Välkommen till TRACES NT
traces-welcome-title-training = Välkommen till TRACES NT Utbildning
traces-welcome-lead = Kontrollintyget för produkter av ekologiskt ursprung finns på den här webbplatsen. Innan du kan komma åt det måste du logga in och registrera dig som användare.
traces-welcome-log-in = Logga in i TRACES
# Followed by the link “sign up for TRACES”.
traces-welcome-no-account = Har du inget EU Login-konto ännu?
traces-welcome-sign-up = registrera dig för TRACES
traces-welcome-step-1 = Registrera dig i EU Login.
traces-welcome-step-1-text = Om du redan har ett EU Login-konto (ECAS) kan du gå direkt till steg 2.
traces-welcome-step-2 = Registrera dig i TRACES NT.
traces-welcome-step-2-text = Logga in, välj din roll (Aktör, Ekologiskt kontrollorgan eller Myndighet) och skicka en ansökan om behörighet.
# $name: the first and last name of the person, in bold.
traces-welcome-logged-in = Du är inloggad som { $name }.
# $change: a link, traces-welcome-change-credentials; $reset: a link, traces-welcome-reset-password.
traces-welcome-credentials = I EU Login kan du vid behov { $change } eller { $reset }.
traces-welcome-change-credentials = ändra dina inloggningsuppgifter för EU Login
traces-welcome-reset-password = återställa ditt lösenord

## A page of an instance opened before logging in.

traces-log-in-title = Logga in
traces-log-in-needed = Du måste logga in med ditt EU Login-konto för att registrera dig i TRACES NT.
traces-log-in-button = Logga in i TRACES

## "Select your role in TRACES" on the welcome page.

traces-role-title = Välj din roll i TRACES
traces-role-loading = Din roll läses in…
traces-role-link-operator = Aktör (importör, första mottagare)
traces-role-link-control-body = Ekologiskt kontrollorgan (eller kontrollmyndighet)
traces-role-link-authority = Myndighet (gränskontrollstation eller central behörig myndighet)
# $kind: the person's role kind (Operator, Organic Control Body, Authority), in bold.
traces-role-already = Du har redan rolltypen { $kind } i den här miljön. Varje person kan bara ha en typ av roll; inom den kan du ansöka om fler befattningar.
traces-role-see-requests = Se dina ansökningar i din profil
traces-role-one-kind = Observera att varje person bara kan ha en typ av roll. Inom din roll kan du ha flera befattningar: till exempel arbeta för två eller fler aktörer, eller som kontrollorgan utföra kontroller i flera länder.

## The searches for an operator, an authority or a control body.

traces-search-title-operator = Ansök om behörighet: Aktör
traces-search-title-authority = Ansök om behörighet: Myndighet
traces-search-title-control-body = Ansök om behörighet: Ekologiskt kontrollorgan
traces-search-back = Tillbaka till val av roll
traces-search-country = Land
traces-search-any-country = Alla länder
traces-search-section = Sektion
traces-search-any-section = Alla sektioner
traces-search-activity = Typ av verksamhet
traces-search-any-activity = Alla typer av verksamhet
traces-search-role = Roll
traces-search-any-role = Alla roller
traces-search-name = Namn
traces-search-name-hint = Det räcker med en del av namnet; versaler och accenter spelar ingen roll.
traces-search-button = Sök
traces-operator-lead = Sök efter den aktör du arbetar för, kryssa i rutan bredvid den och klicka på ”Ansök om behörighet”. Du kan kryssa för flera aktörer, även på flera sidor.
traces-operator-create-new-hint = När du är säker på att du inte kan hitta den aktör du arbetar för kan du skapa den.
traces-operator-create-new = Skapa ny aktör
traces-authority-lead = Sök efter din myndighet, kryssa i rutan bredvid den och klicka på ”Ansök om behörighet”.
traces-control-body-lead = Sök efter ditt kontrollorgan. Om du certifierar för ett enda land, kryssa i rutan för det landet; om du certifierar för alla länder som ditt kontrollorgan certifierar i, kryssa för ”Alla länder” överst i dess lista. Klicka sedan på ”Ansök om behörighet”.
traces-control-body-country-hint = Ett land som kontrollorganet certifierar i.
traces-control-body-name-hint = Det räcker med en del av namnet eller koden.

## The results of a search, "Request Authorisation" and the popup.

traces-posts-request = Ansök om behörighet
traces-posts-none-selected = Kryssa först i rutan för din befattning i resultaten.
# $count: how many posts are ticked (1 or more).
traces-posts-selected =
    { $count ->
        [one] { $count } befattning markerad.
       *[other] { $count } befattningar markerade.
    }
traces-posts-searching = Söker…
traces-posts-no-results = Ingen organisation matchar din sökning.
# $count: how many organisations this page of results shows (1 or more).
traces-posts-results =
    { $count ->
        [one] { $count } resultat på den här sidan.
       *[other] { $count } resultat på den här sidan.
    }
traces-posts-first-page = Första sidan
traces-posts-next-page = Nästa sida
traces-posts-caption = Sökresultat
traces-posts-column-name = Namn
traces-posts-column-country = Land
traces-posts-column-city = Ort
traces-posts-column-activity = Typ av verksamhet
traces-posts-column-eori = EORI-nummer
traces-posts-column-select = Välj
traces-posts-column-role = Roll
traces-posts-column-code = Kod
traces-posts-column-certified = Certifierade länder (välj)
# $code: the role's code (BCP, CCA); $name: its name; $acts: what it acts as.
traces-posts-authority-role = { $code } ({ $name }, har rollen som { $acts })
traces-posts-all-countries = Alla länder
# The name of a tick box. $organisation: the control body's name.
traces-posts-all-countries-of = { $organisation }: alla länder
# $count: how many requests were sent (1 or more). Followed by the link “Open my profile”.
traces-posts-sent =
    { $count ->
        [one] Din ansökan om behörighet har skickats. Du kan följa den i din profil.
       *[other] Dina { $count } ansökningar om behörighet har skickats. Du kan följa dem i din profil.
    }
traces-open-profile = Öppna min profil
traces-popup-asking-for = Du ansöker om behörighet för:
traces-request-additional-info = Ytterligare information (valfritt)
traces-request-additional-info-hint = Allt som kan hjälpa den som granskar din ansökan.
traces-popup-email = E-post
traces-popup-phone = Telefon (valfritt)
traces-popup-send = skicka ansökan om behörighet
traces-popup-cancel = Avbryt
traces-popup-sending = Skickar…

## "Create new Operator".

traces-new-operator-back = Tillbaka till sökningen efter aktörer
traces-new-operator-title = Skapa ny aktör
# $operator: the name of the operator just created.
traces-new-operator-created = Aktören { $operator } har skapats och din ansökan om att ansluta dig till den har registrerats.
traces-new-operator-duplicates-title = Är det någon av dessa?
traces-new-operator-duplicates-text = De här aktörerna liknar den du håller på att skapa. Om du arbetar för någon av dem, kryssa för den och klicka i stället på ”Ansök om behörighet”. Om ingen av dem är din, klicka på ”skapa en ny aktör” igen.
traces-new-operator-lead = Fält markerade med * är obligatoriska. EORI-numret är obligatoriskt för importörer av ekologiska produkter.
traces-new-operator-create = skapa en ny aktör
traces-new-operator-checking = Kontrollerar…
traces-new-operator-operator = Aktören
traces-new-operator-name = Namn
traces-new-operator-country = Land
traces-new-operator-choose-country = Välj ett land
traces-new-operator-address = Adress
traces-new-operator-city = Ort
traces-new-operator-postcode = Postnummer
traces-new-operator-section = Sektion
traces-new-operator-activity = Typ av verksamhet
traces-new-operator-choose-activity = Välj en typ av verksamhet
traces-new-operator-eori = EORI-nummer
traces-new-operator-eori-hint = Landskoden med två bokstäver och sedan upp till 15 bokstäver eller siffror (DE1234567890). Obligatoriskt för importörer.
traces-new-operator-eori-mandatory = För en importör är EORI-numret obligatoriskt.
traces-new-operator-contact = Aktörens kontaktuppgifter
traces-new-operator-contact-rule = Obligatoriskt: ange minst ett av följande: telefon, fax, e-post eller webbplats.
traces-new-operator-phone = Telefon
traces-new-operator-fax = Fax
traces-new-operator-email = E-post
traces-new-operator-website = Webbplats
traces-new-operator-request = Din ansökan om att ansluta dig till den här aktören
traces-new-operator-request-hint = Den som granskar din ansökan ser detta och använder det för att kontakta dig.
traces-new-operator-your-email = Din e-postadress
traces-new-operator-your-email-hint = Från ditt EU Login-konto; du kan ange en annan för den här ansökan.
traces-new-operator-your-phone = Ditt telefonnummer (valfritt)

## "My TRACES profile".

traces-profile-title = Min TRACES-profil
traces-profile-requests = Mina ansökningar
traces-profile-loading = Dina ansökningar läses in…
traces-profile-no-requests = Du har ännu inte ansökt om någon roll i den här miljön.
traces-profile-column-organisation = Organisation
traces-profile-column-role = Roll
traces-profile-column-scope = Omfattning
traces-profile-column-requested = Ansökt den
traces-profile-column-decided = Beslutad den
traces-profile-column-status = Status
traces-profile-column-reason = Skäl
traces-profile-column-action = Åtgärd
traces-profile-cancel = Dra tillbaka
# The name of the “Cancel” button of one request. $organisation: the organisation's name.
traces-profile-cancel-label = Dra tillbaka ansökan för { $organisation }
# $organisation: the organisation's name.
traces-profile-cancelled = Din ansökan för { $organisation } har dragits tillbaka.
# $zone: an IANA time zone name, like Europe/Brussels.
traces-profile-time-zone = Datum och tider visas i din tidszon, { $zone }. Du kan ändra den under Inställningar.
traces-profile-new-role = Ansök om en ny roll
# $problem: why, as the server says it.
traces-profile-preferences-failed = Dina inställningar kan inte visas: { $problem }

## The preferences of the profile page.

traces-preferences-title = Inställningar
traces-preferences-notifications-title = Tidszon och aviseringar
# $instance: production or training (only chooses the text).
traces-preferences-instance-only =
    { $instance ->
        [training] De här inställningarna gäller bara utbildningsmiljön.
       *[production] De här inställningarna gäller bara produktionsmiljön.
    }
traces-preferences-time-zone = Tidszon
traces-preferences-time-zone-hint = Datum och tider för dina ansökningar visas i den här tidszonen.
traces-preferences-zone-utc = UTC (koordinerad universell tid)
traces-preferences-zones-eu = Europeiska unionen
traces-preferences-zones-other = Andra länder
# A time zone in the list. $country: the country's name; $zone: the IANA name (Europe/Vienna).
traces-preferences-zone = { $country } ({ $zone })
# $country: the country's name; $place: a region of it (Azores); $zone: the IANA name.
traces-preferences-zone-region = { $country }, { $place } ({ $zone })
# $country: the country's name; $place: a city of it (Chicago); $zone: the IANA name.
traces-preferences-zone-city = { $country } ({ $place }) ({ $zone })
traces-preferences-place-azores = Azorerna
traces-preferences-place-madeira = Madeira
traces-preferences-place-canary-islands = Kanarieöarna
traces-preferences-place-sydney = Sydney
traces-preferences-place-sao-paulo = São Paulo
traces-preferences-place-toronto = Toronto
traces-preferences-place-chicago = Chicago
traces-preferences-place-los-angeles = Los Angeles
traces-preferences-place-new-york = New York
# $browser: the browser's time zone; $saved: the saved one (IANA names, like Europe/Brussels).
traces-preferences-browser-zone = Din webbläsare är inställd på { $browser }, så den är vald här. Din sparade tidszon förblir { $saved } tills du klickar på ”Spara inställningar”.
traces-preferences-events = Meddela mig om
traces-preferences-notify-decisions = Beslut om mina ansökningar (godkända, avslagna, återkallade)
traces-preferences-notify-new-requests = Nya ansökningar som väntar på mitt beslut (om du beslutar om ansökningar: myndigheter och administratörer för en organisation)
traces-preferences-channels = Hur jag ska meddelas
traces-preferences-notify-in-app = I appen
traces-preferences-notify-email = Via e-post (till adressen för ditt EU Login-konto)
traces-preferences-no-channel = Om varken ”I appen” eller ”Via e-post” är ikryssat får du inga aviseringar alls.
traces-preferences-save = Spara inställningar
traces-preferences-saving = Sparar…
# $zone: the time zone just saved (an IANA name, like America/New_York).
traces-preferences-saved = Dina inställningar har sparats. Datum och tider visas nu i { $zone }.
traces-preferences-language-title = Språk
# $account: a link, traces-preferences-my-account.
traces-preferences-language-text = Dina språk hör till ditt EU Login-konto: de är desamma i produktions- och utbildningsmiljön. Du kan också ändra dem, tillsammans med dina namn, på { $account }.
traces-preferences-my-account = Mitt konto
traces-preferences-interface-language = Gränssnittsspråk
traces-preferences-interface-language-hint = Språket på de här sidorna när du är inloggad.
traces-preferences-email-language = Språk för e-post
traces-preferences-email-language-hint = Språket i de e-postmeddelanden du får, inklusive aviseringar.
traces-preferences-save-languages = Spara språk
traces-preferences-languages-saved = Dina språk har sparats.

## Statuses, as the profile, the search results and the queue show them.

traces-status-pending = Under behandling
traces-status-valid = Giltig
traces-status-rejected = Avslagen
traces-status-cancelled = Tillbakadragen
traces-status-revoked = Återkallad
traces-status-organisation-new = Ny
traces-status-organisation-valid = Giltig
traces-status-organisation-rejected = Avslagen
traces-status-organisation-inactive = Inaktiv
