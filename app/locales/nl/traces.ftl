## TRACES NT: the landing page, the welcome page of an instance, the role choice, the searches
## for a post with the request popup, "Create new Operator", and the profile with its
## preferences. Button and link names quoted in the helpdesk letter (“Login into TRACES”,
## “sign up for TRACES”, “Request Authorisation”, “Create new Operator”, “send authorisation
## request”) are the ones users are told to click: translate them the way the letter is
## translated.

## The landing page: production or training.

traces-landing-title = TRACES NT – Controlecertificaten voor biologische producten
traces-landing-lead = De productie- en de trainingswebsite van TRACES NT zijn beschikbaar. Voordat u ze kunt gebruiken, registreert u zich bij EU Login en vraagt u vervolgens uw rol in TRACES NT aan. Rollen die op de ene website zijn aangevraagd, worden niet overgezet naar de andere.
traces-landing-production = TRACES NT Productie
traces-landing-production-text = Voor echte certificaten en echte verzoeken.
traces-landing-training = TRACES NT Training
traces-landing-training-text = Om de registratie zonder gevolgen te leren en te demonstreren.

## The welcome page of an instance.

traces-welcome-title = Welkom bij TRACES NT
traces-welcome-title-training = Welkom bij TRACES NT Training
traces-welcome-lead = Het controlecertificaat voor producten van biologische oorsprong staat op deze website. Om toegang te krijgen, moet u inloggen en zich als gebruiker registreren.
traces-welcome-log-in = Inloggen bij TRACES
# Followed by the link “sign up for TRACES”.
traces-welcome-no-account = Nog geen account bij EU Login?
traces-welcome-sign-up = registreren voor TRACES
traces-welcome-step-1 = Registreer u bij EU Login.
traces-welcome-step-1-text = Als u al een account bij EU Login (ECAS) hebt, gaat u direct naar stap 2.
traces-welcome-step-2 = Registreer u in TRACES NT.
traces-welcome-step-2-text = Log in, kies uw rol (Marktdeelnemer, Biologisch controleorgaan of Autoriteit) en verzend een autorisatieverzoek.
# $name: the first and last name of the person, in bold.
traces-welcome-logged-in = U bent ingelogd als { $name }.
# $change: a link, traces-welcome-change-credentials; $reset: a link, traces-welcome-reset-password.
traces-welcome-credentials = Bij EU Login kunt u zo nodig { $change } of { $reset }.
traces-welcome-change-credentials = uw inloggegevens voor EU Login wijzigen
traces-welcome-reset-password = uw wachtwoord opnieuw instellen

## A page of an instance opened before logging in.

traces-log-in-title = Log in
traces-log-in-needed = Om u in TRACES NT te registreren, moet u inloggen met uw account bij EU Login.
traces-log-in-button = Inloggen bij TRACES

## "Select your role in TRACES" on the welcome page.

traces-role-title = Kies uw rol in TRACES
traces-role-loading = Uw rol wordt geladen…
traces-role-link-operator = Marktdeelnemer (importeur, eerste geadresseerde)
traces-role-link-control-body = Biologisch controleorgaan (of controleautoriteit)
traces-role-link-authority = Autoriteit (grenscontrolepost of centrale bevoegde autoriteit)
# $kind: the person's role kind (Operator, Organic Control Body, Authority), in bold.
traces-role-already = U hebt in deze omgeving al het roltype { $kind }. Iedere persoon kan maar één soort rol hebben; binnen die rol kunt u meer functies aanvragen.
traces-role-see-requests = Bekijk uw verzoeken in uw profiel
traces-role-one-kind = Let op: iedere persoon kan maar één soort rol hebben. Binnen uw rol kunt u meerdere functies hebben: bijvoorbeeld voor twee of meer marktdeelnemers werken, of als controleorgaan meerdere landen controleren.

## The searches for an operator, an authority or a control body.

traces-search-title-operator = Autorisatie aanvragen: Marktdeelnemer
traces-search-title-authority = Autorisatie aanvragen: Autoriteit
traces-search-title-control-body = Autorisatie aanvragen: Biologisch controleorgaan
traces-search-back = Terug naar de keuze van de rol
traces-search-country = Land
traces-search-any-country = Elk land
traces-search-section = Sectie
traces-search-any-section = Elke sectie
traces-search-activity = Soort activiteit
traces-search-any-activity = Elke soort activiteit
traces-search-role = Rol
traces-search-any-role = Elke rol
traces-search-name = Naam
traces-search-name-hint = Een deel van de naam volstaat; hoofdletters en accenten maken niet uit.
traces-search-button = Zoeken
traces-operator-lead = Zoek de marktdeelnemer waarvoor u werkt, vink het vakje erachter aan en klik op ‘Autorisatie aanvragen’. U kunt meerdere marktdeelnemers aanvinken, ook op meerdere pagina’s.
traces-operator-create-new-hint = Als u zeker weet dat u de marktdeelnemer waarvoor u werkt niet kunt vinden, kunt u deze aanmaken.
traces-operator-create-new = Nieuwe marktdeelnemer aanmaken
traces-authority-lead = Zoek uw autoriteit, vink het vakje erachter aan en klik op ‘Autorisatie aanvragen’.
traces-control-body-lead = Zoek uw controleorgaan. Als u voor één land certificeert, vinkt u het vakje van dat land aan; als u certificeert voor alle landen waarin uw controleorgaan certificeert, vinkt u ‘Alle landen’ boven aan de lijst aan. Klik daarna op ‘Autorisatie aanvragen’.
traces-control-body-country-hint = Een land waarin het controleorgaan certificeert.
traces-control-body-name-hint = Een deel van de naam of de code volstaat.

## The results of a search, "Request Authorisation" and the popup.

traces-posts-request = Autorisatie aanvragen
traces-posts-none-selected = Vink eerst het vakje van uw functie in de resultaten aan.
# $count: how many posts are ticked (1 or more).
traces-posts-selected =
    { $count ->
        [one] { $count } functie geselecteerd.
       *[other] { $count } functies geselecteerd.
    }
traces-posts-searching = Bezig met zoeken…
traces-posts-no-results = Geen enkele organisatie voldoet aan uw zoekopdracht.
# $count: how many organisations this page of results shows (1 or more).
traces-posts-results =
    { $count ->
        [one] { $count } resultaat op deze pagina.
       *[other] { $count } resultaten op deze pagina.
    }
traces-posts-first-page = Eerste pagina
traces-posts-next-page = Volgende pagina
traces-posts-caption = Zoekresultaten
traces-posts-column-name = Naam
traces-posts-column-country = Land
traces-posts-column-city = Plaats
traces-posts-column-activity = Soort activiteit
traces-posts-column-eori = EORI-nummer
traces-posts-column-select = Selecteren
traces-posts-column-role = Rol
traces-posts-column-code = Code
traces-posts-column-certified = Gecertificeerde landen (selecteren)
# $code: the role's code (BCP, CCA); $name: its name; $acts: what it acts as.
traces-posts-authority-role = { $code } ({ $name }, treedt op als { $acts })
traces-posts-all-countries = Alle landen
# The name of a tick box. $organisation: the control body's name.
traces-posts-all-countries-of = { $organisation }: alle landen
# $count: how many requests were sent (1 or more). Followed by the link “Open my profile”.
traces-posts-sent =
    { $count ->
        [one] Uw autorisatieverzoek is verzonden. U kunt het volgen in uw profiel.
       *[other] Uw { $count } autorisatieverzoeken zijn verzonden. U kunt ze volgen in uw profiel.
    }
traces-open-profile = Mijn profiel openen
traces-popup-asking-for = U vraagt autorisatie aan voor:
traces-request-additional-info = Aanvullende informatie (optioneel)
traces-request-additional-info-hint = Alles wat de persoon die uw verzoek beoordeelt, kan helpen.
traces-popup-email = E-mail
traces-popup-phone = Telefoon (optioneel)
traces-popup-send = autorisatieverzoek verzenden
traces-popup-cancel = Annuleren
traces-popup-sending = Bezig met verzenden…

## "Create new Operator".

traces-new-operator-back = Terug naar het zoeken naar marktdeelnemers
traces-new-operator-title = Nieuwe marktdeelnemer aanmaken
# $operator: the name of the operator just created.
traces-new-operator-created = De marktdeelnemer { $operator } is aangemaakt en uw verzoek om u erbij aan te sluiten is geregistreerd.
traces-new-operator-duplicates-title = Is het een van deze?
traces-new-operator-duplicates-text = Deze marktdeelnemers lijken op de marktdeelnemer die u aanmaakt. Als u voor een van hen werkt, vink die dan aan en klik in plaats daarvan op ‘Autorisatie aanvragen’. Is geen van hen de uwe, klik dan nogmaals op ‘een nieuwe marktdeelnemer aanmaken’.
traces-new-operator-lead = Velden met * zijn verplicht. Het EORI-nummer is verplicht voor importeurs van biologische producten.
traces-new-operator-create = een nieuwe marktdeelnemer aanmaken
traces-new-operator-checking = Bezig met controleren…
traces-new-operator-operator = De marktdeelnemer
traces-new-operator-name = Naam
traces-new-operator-country = Land
traces-new-operator-choose-country = Kies een land
traces-new-operator-address = Adres
traces-new-operator-city = Plaats
traces-new-operator-postcode = Postcode
traces-new-operator-section = Sectie
traces-new-operator-activity = Soort activiteit
traces-new-operator-choose-activity = Kies een soort activiteit
traces-new-operator-eori = EORI-nummer
traces-new-operator-eori-hint = De landcode van twee letters, gevolgd door maximaal 15 letters of cijfers (DE1234567890). Verplicht voor importeurs.
traces-new-operator-eori-mandatory = Voor een importeur is het EORI-nummer verplicht.
traces-new-operator-contact = Contactgegevens van de marktdeelnemer
traces-new-operator-contact-rule = Verplicht: vul ten minste een telefoonnummer, faxnummer, e-mailadres of website in.
traces-new-operator-phone = Telefoon
traces-new-operator-fax = Fax
traces-new-operator-email = E-mail
traces-new-operator-website = Website
traces-new-operator-request = Uw verzoek om u bij deze marktdeelnemer aan te sluiten
traces-new-operator-request-hint = De persoon die uw verzoek beoordeelt, ziet deze gegevens en gebruikt ze om contact met u op te nemen.
traces-new-operator-your-email = Uw e-mailadres
traces-new-operator-your-email-hint = Uit uw account bij EU Login; u kunt voor dit verzoek een ander adres opgeven.
traces-new-operator-your-phone = Uw telefoonnummer (optioneel)

## "My TRACES profile".

traces-profile-title = Mijn TRACES-profiel
traces-profile-requests = Mijn verzoeken
traces-profile-loading = Uw verzoeken worden geladen…
traces-profile-no-requests = U hebt in deze omgeving nog geen rol aangevraagd.
traces-profile-column-organisation = Organisatie
traces-profile-column-role = Rol
traces-profile-column-scope = Bereik
traces-profile-column-requested = Aangevraagd op
traces-profile-column-decided = Beslist op
traces-profile-column-status = Status
traces-profile-column-reason = Reden
traces-profile-column-action = Actie
traces-profile-cancel = Annuleren
# The name of the “Cancel” button of one request. $organisation: the organisation's name.
traces-profile-cancel-label = Het verzoek voor { $organisation } annuleren
# $organisation: the organisation's name.
traces-profile-cancelled = Uw verzoek voor { $organisation } is geannuleerd.
# $zone: an IANA time zone name, like Europe/Brussels.
traces-profile-time-zone = Datums en tijden worden weergegeven in uw tijdzone, { $zone }. U kunt deze wijzigen onder Voorkeuren.
traces-profile-new-role = Een nieuwe rol aanvragen
# $problem: why, as the server says it.
traces-profile-preferences-failed = Uw voorkeuren kunnen niet worden weergegeven: { $problem }

## The preferences of the profile page.

traces-preferences-title = Voorkeuren
traces-preferences-notifications-title = Tijdzone en meldingen
# $instance: production or training (only chooses the text).
traces-preferences-instance-only =
    { $instance ->
        [training] Deze voorkeuren gelden alleen voor de trainingsomgeving.
       *[production] Deze voorkeuren gelden alleen voor de productieomgeving.
    }
traces-preferences-time-zone = Tijdzone
traces-preferences-time-zone-hint = De datums en tijden van uw verzoeken worden in deze tijdzone weergegeven.
traces-preferences-zone-utc = UTC (gecoördineerde wereldtijd)
traces-preferences-zones-eu = Europese Unie
traces-preferences-zones-other = Andere landen
# A time zone in the list. $country: the country's name; $zone: the IANA name (Europe/Vienna).
traces-preferences-zone = { $country } ({ $zone })
# $country: the country's name; $place: a region of it (Azores); $zone: the IANA name.
traces-preferences-zone-region = { $country }, { $place } ({ $zone })
# $country: the country's name; $place: a city of it (Chicago); $zone: the IANA name.
traces-preferences-zone-city = { $country } ({ $place }) ({ $zone })
traces-preferences-place-azores = Azoren
traces-preferences-place-madeira = Madeira
traces-preferences-place-canary-islands = Canarische Eilanden
traces-preferences-place-sydney = Sydney
traces-preferences-place-sao-paulo = São Paulo
traces-preferences-place-toronto = Toronto
traces-preferences-place-chicago = Chicago
traces-preferences-place-los-angeles = Los Angeles
traces-preferences-place-new-york = New York
# $browser: the browser's time zone; $saved: the saved one (IANA names, like Europe/Brussels).
traces-preferences-browser-zone = Uw browser staat ingesteld op { $browser }, daarom is die hier gekozen. Uw opgeslagen tijdzone blijft { $saved } totdat u op ‘Voorkeuren opslaan’ klikt.
traces-preferences-events = Houd me op de hoogte van
traces-preferences-notify-decisions = Beslissingen over mijn verzoeken (aanvaard, afgewezen, ingetrokken)
traces-preferences-notify-new-requests = Nieuwe verzoeken die op mijn beslissing wachten (als u over verzoeken beslist: autoriteiten en beheerders van een organisatie)
traces-preferences-channels = Hoe ik op de hoogte word gehouden
traces-preferences-notify-in-app = In de applicatie
traces-preferences-notify-email = Per e-mail (naar het adres van uw account bij EU Login)
traces-preferences-no-channel = Als ‘In de applicatie’ en ‘Per e-mail’ allebei niet zijn aangevinkt, ontvangt u geen enkele melding.
traces-preferences-save = Voorkeuren opslaan
traces-preferences-saving = Bezig met opslaan…
# $zone: the time zone just saved (an IANA name, like America/New_York).
traces-preferences-saved = Uw voorkeuren zijn opgeslagen. Datums en tijden worden nu weergegeven in { $zone }.
traces-preferences-language-title = Taal
# $account: a link, traces-preferences-my-account.
traces-preferences-language-text = Uw talen horen bij uw account bij EU Login: ze zijn hetzelfde in productie en training. U kunt ze ook, samen met uw namen, wijzigen onder { $account }.
traces-preferences-my-account = Mijn account
traces-preferences-interface-language = Interfacetaal
traces-preferences-interface-language-hint = De taal van deze pagina’s wanneer u bent ingelogd.
traces-preferences-email-language = Taal van e-mails
traces-preferences-email-language-hint = De taal van de e-mails die u ontvangt, meldingen inbegrepen.
traces-preferences-save-languages = Talen opslaan
traces-preferences-languages-saved = Uw talen zijn opgeslagen.

## Statuses, as the profile, the search results and the queue show them.

traces-status-pending = In behandeling
traces-status-valid = Geldig
traces-status-rejected = Afgewezen
traces-status-cancelled = Geannuleerd
traces-status-revoked = Ingetrokken
traces-status-organisation-new = Nieuw
traces-status-organisation-valid = Geldig
traces-status-organisation-rejected = Afgewezen
traces-status-organisation-inactive = Inactief
