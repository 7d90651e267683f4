## Errors any server function can answer with (api::ApiError).

# $count: how many fields have a problem (2 or more).
error-fields-need-attention = { $count } felter kræver din opmærksomhed.
error-unauthenticated = Log ind først.
error-forbidden = Du har ikke tilladelse til at gøre dette.
error-login-failed = Login mislykkedes: e-mailadressen eller adgangskoden er forkert, eller kontoen er spærret i 15 minutter efter for mange forsøg. Kontrollér begge dele, og prøv igen, eller brug »Glemt adgangskode?«.
error-cross-site = Denne anmodning kom fra et andet websted og blev afvist.
# $seconds: how long to wait.
error-rate-limited = For mange forsøg. Vent { $seconds } sekunder, og prøv igen.
error-too-large = Anmodningen er for stor: intet felt i denne formular rummer mere end et par tusind tegn. Forkort det, du har indtastet, og prøv igen.
error-storage-unavailable = Serveren kan ikke gemme noget lige nu, fordi dens lager er fuldt eller skrivebeskyttet. Intet af det, du har indtastet, er gemt. Prøv igen senere; hvis problemet fortsætter, så kontakt helpdesken.
error-internal = Der gik noget galt hos os. Prøv igen om lidt.
error-unavailable = Serveren kunne ikke nås. Kontrollér din forbindelse, og prøv igen.
# $detail: the decoder's words, in English.
error-unreadable-request = Anmodningen kunne ikke læses: { $detail }

## EU Login: sign-up, the e-mailed links, login and the account page.

# $minutes: how long a link works after its e-mail is sent.
error-link-expired = Dette link er udløbet: links virker i { $minutes } minutter, efter at e-mailen er sendt. Bed om en ny e-mail nedenfor.
error-link-not-valid = Dette link er ikke gyldigt. Kopiér hele linket fra e-mailen ind i adresselinjen, eller bed om en ny e-mail nedenfor.
error-link-used = Dette link er allerede brugt: hvert link virker kun én gang. Hvis du skal angive din adgangskode igen, så bed om en ny e-mail nedenfor.
error-link-superseded = Der er sendt en nyere e-mail efter denne: kun linket i den nyeste e-mail virker. Brug det, eller bed om en ny e-mail nedenfor.
error-link-not-for-password = Dette link er til at bekræfte en e-mailadresse, ikke til en adgangskode.
error-link-not-for-email = Dette link er til at angive en adgangskode, ikke til at bekræfte en e-mailadresse.
error-link-used-meanwhile = Dette link blev brugt eller erstattet for et øjeblik siden. Bed om et nyt på din kontoside.
error-email-now-taken = Denne adresse bruges nu af en anden EU Login-konto og kan derfor ikke blive din. Vælg en anden adresse på din kontoside.
# $username: the username the person chose.
error-username-taken = Brugernavn: »{ $username }« er allerede i brug. Vælg et andet.
error-login-password-empty = Adgangskode: indtast din adgangskode.
error-new-email-confirmation = Bekræft ny e-mail: skriv den samme adresse som i Ny e-mail.
error-new-email-unchanged = Ny e-mail: dette er allerede din kontos adresse.
# $domain: the training demo's mail domain (demo.traces-training.example).
error-new-email-demo-address = Ny e-mail: adresser under { $domain } er kun til træningsmiljøet: alle kan læse mails til dem i demopostkassen og overtage din rolle eller dine ventende anmodninger i produktionsmiljøet. Behold en adresse, der er din egen.

## The “Code” field of the sign-up and lost-password forms (the captcha).

error-captcha-empty = Kode: skriv de tegn, du ser på billedet.
error-captcha-expired = Kode: dette billede er udløbet. Skriv tegnene fra det nye billede.
error-captcha-used = Kode: dette billede er allerede brugt. Skriv tegnene fra det nye billede.
error-captcha-wrong = Kode: tegnene passer ikke til billedet. Skriv tegnene fra det nye billede.

## Hints of the password strength meter: the length rule, then zxcvbn's warnings and suggestions.

# $min: the fewest characters a password may have.
error-password-too-short-hint = Brug mindst { $min } tegn.
error-password-straight-rows = Lige rækker af taster er lette at gætte.
error-password-short-keyboard-patterns = Korte tastaturmønstre er lette at gætte.
error-password-repeats-aaa = Gentagelser som »aaa« er lette at gætte.
error-password-repeats-abcabc = Gentagelser som »abcabcabc« er kun lidt sværere at gætte end »abc«.
error-password-top-10 = Dette er en af de 10 mest almindelige adgangskoder.
error-password-top-100 = Dette er en af de 100 mest almindelige adgangskoder.
error-password-common = Dette er en meget almindelig adgangskode.
error-password-similar-to-common = Denne ligner en almindeligt brugt adgangskode.
error-password-sequences = Sekvenser som abc eller 6543 er lette at gætte.
error-password-recent-years = De seneste årstal er lette at gætte.
error-password-single-word = Et ord alene er let at gætte.
error-password-dates = Datoer er ofte lette at gætte.
error-password-names-by-themselves = Fornavne og efternavne alene er lette at gætte.
error-password-common-names = Almindelige fornavne og efternavne er lette at gætte.
error-password-use-a-few-words = Brug nogle få ord, og undgå almindelige vendinger.
error-password-no-need-for-symbols = Symboler, cifre eller store bogstaver er ikke nødvendige.
error-password-add-a-word = Tilføj et ord eller to mere. Usædvanlige ord er bedre.
error-password-capitalization = Store forbogstaver hjælper ikke ret meget.
error-password-all-uppercase = Kun store bogstaver er næsten lige så let at gætte som kun små bogstaver.
error-password-reversed-words = Ord stavet baglæns er ikke meget sværere at gætte.
error-password-substitutions = Forudsigelige erstatninger som »@« i stedet for »a« hjælper ikke ret meget.
error-password-longer-keyboard-pattern = Brug et længere tastaturmønster med flere retningsskift.
error-password-avoid-repeats = Undgå gentagne ord og tegn.
error-password-avoid-sequences = Undgå sekvenser.
error-password-avoid-recent-years = Undgå de seneste årstal.
error-password-avoid-your-years = Undgå årstal, der har forbindelse til dig.
error-password-avoid-your-dates = Undgå datoer og årstal, der har forbindelse til dig.

## The training instance.

error-persona-unknown = Denne persona findes ikke. Vælg en fra listen på træningsmiljøets velkomstside.

## Addresses under /api that name nothing.

error-api-function-unknown = Denne API-funktion findes ikke.
error-export-unknown = Denne eksport findes ikke: brug queue.csv eller decisions.csv.

## The approval queue: filters, page links, export links.

error-queue-page-link = Sidelinket er ikke længere gyldigt. Gå tilbage til køens første side.
error-queue-organisation-too-long = Organisation: skriv højst 100 tegn af navnet.
# $max: the largest age accepted, in days.
error-queue-age-too-high = Alder: højst { $max } dage.
error-queue-age-not-a-number = Alder: angiv et helt antal dage, f.eks. 7.
# $value: what the link has instead of an instance (production or training).
error-export-link-instance = Eksportlinket er ikke gyldigt: »{ $value }« er ikke et TRACES NT-miljø: brug »production« eller »training«.
error-export-link-no-instance = Eksportlinket er ikke gyldigt: det angiver intet miljø.
# $key, $value: the setting of the link that is not one of the queue's.
error-export-link-setting = Eksportlinket er ikke gyldigt: »{ $key }={ $value }« er ikke en af dets indstillinger. Brug eksportknappen på køsiden.

## Deciding requests, one or many, and the Administrator flag.

# $id: the request's number.
error-decide-not-found = Der er ingen anmodning nummer { $id }, som du kan træffe afgørelse om i dette miljø. Den kan høre til et andet land eller en anden organisation; åbn den fra din kø.
# $name: the organisation; $status: its status (a stored code, chooses the words).
error-decide-organisation-closed = »{ $name }« er { $status ->
        [rejected] afvist
        [inactive] inaktiv
       *[other] { $status }
    }, så ingen kan blive tilknyttet den. Afvis i stedet anmodningen med en begrundelse.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-accepted = Anmodning { $id } er allerede godkendt af { $who } ({ $when }); intet er ændret.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-rejected = Anmodning { $id } er allerede afvist af { $who } ({ $when }); intet er ændret.
# $id: the request's number; $when: the date and time (UTC) or “earlier”.
error-decide-already-cancelled = Anmodning { $id } er allerede annulleret af ansøgeren ({ $when }); intet er ændret.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-revoked = Anmodning { $id } er allerede tilbagekaldt af { $who } ({ $when }); intet er ændret.
# $id: the request's number; $status: its status, a code the schema does not know (in English); $when: the date and time (UTC) or “earlier”.
error-decide-already-other = Anmodning { $id } har allerede status { $status } ({ $when }); intet er ændret.
# Stands for the person who decided, when the account is gone.
error-decide-by-unknown = nogen
# Stands for the time of a decision, when it was not recorded.
error-decide-at-unknown = tidligere
# $id: the request's number.
error-decide-meanwhile = Der er i mellemtiden truffet afgørelse om anmodning { $id }; intet er ændret. Genindlæs den for at se afgørelsen.
error-decide-none-selected = Vælg mindst én anmodning i køen, og godkend eller afvis derefter.
# $max: how many requests can be decided at once; $count: how many were selected.
error-decide-too-many = Vælg højst { $max } anmodninger ad gangen; du har valgt { $count }.
# $id: the request's number.
error-decide-selected-twice = Anmodning { $id } er valgt to gange; vælg hver anmodning én gang.
# $failed: how many of the selected requests cannot be decided; $count: how many were selected.
error-decide-nothing-decided = Der blev ikke truffet nogen afgørelse: { $failed } af de { $count } valgte anmodninger kan ikke afgøres. Fravælg dem, og prøv igen.
# $id: the request's number; $status: its status (a stored code, chooses the words).
error-admin-not-valid = Anmodning { $id } er ikke en gyldig stilling (den er { $status ->
        [pending] under behandling
        [rejected] afvist
        [cancelled] annulleret
        [revoked] tilbagekaldt
       *[other] { $status }
    }): kun den, der har en gyldig stilling, kan være administrator.
# $id: the request's number.
error-admin-changed-meanwhile = Anmodning { $id } er ændret i mellemtiden; genindlæs den.

## Notifications in the app (not errors, but sentences the server composes too).

# $first, $last: the requester's names; $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-new-request = { $first } { $last } anmoder om at blive tilknyttet »{ $organisation }« ({ $country }).
# $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-accepted = Din anmodning om at blive tilknyttet »{ $organisation }« ({ $country }) er godkendt
# $organisation: the organisation's name; $country: the ISO code of the post's country; $reason: the decider's words.
error-notification-rejected = Din anmodning om at blive tilknyttet »{ $organisation }« ({ $country }) er afvist: { $reason }
# $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-rejected-no-reason = Din anmodning om at blive tilknyttet »{ $organisation }« ({ $country }) er afvist: ingen begrundelse angivet
# $organisation: the organisation's name; $country: the ISO code of the post's country; $status: the request's status (a stored code, chooses the words).
error-notification-other = Din anmodning om at blive tilknyttet »{ $organisation }« ({ $country }) er nu { $status ->
        [pending] under behandling
        [cancelled] annulleret
        [revoked] tilbagekaldt
       *[other] { $status }
    }

## TRACES: the directory search and authorisation requests.

error-search-page-link = Side: dette sidelink er ikke længere gyldigt; søg igen fra første side.
error-search-name-too-long = Navn: søg med højst 120 tegn af navnet.
# $max: the most characters allowed.
error-additional-info-too-long = Yderligere oplysninger: brug højst { $max } tegn.
error-submission-key = Indsendelsesnøgle: send 8 til 64 bogstaver, cifre, - eller _ (siden danner en; genindlæs siden, og prøv igen).
error-submission-other-instance = Denne anmodning er allerede sendt i det andet miljø. Genindlæs siden, og send den igen.
# $domain: the training demo's mail domain (demo.traces-training.example).
error-demo-address-production = Adresser under { $domain } er kun til træningsmiljøet: alle kan læse mails til dem i demopostkassen og overtage kontoen. Hvis du vil anmode om autorisation i produktionsmiljøet, skal du først ændre din kontos e-mail til din egen adresse.
error-posts-none = Stillinger: sæt kryds ved mindst én organisation på listen, og send derefter anmodningen.
# $max: how many posts one request can have.
error-posts-too-many = Stillinger: sæt kryds ved højst { $max } ad gangen; send de øvrige i en ny anmodning.
error-posts-twice = Stillinger: den samme stilling er afkrydset to gange; sæt kun kryds ved hver stilling én gang.
error-posts-one-kind = Stillinger: sæt kun kryds ved organisationer med samme type rolle (aktører, kontrolorganer eller myndigheder).
# $name: the control body; $country: the country's name; $code: its ISO code.
error-posts-not-certified = Stillinger: »{ $name }« certificerer ikke i { $country } ({ $code }); sæt kryds ved et af de lande, der er angivet for det.
# $name: the organisation; $country: the name of its country.
error-posts-other-country = Stillinger: »{ $name }« ligger i { $country }; stillingen dækker kun dette land.
# $id: the number that was sent.
error-organisation-not-found = Organisationen med nummer { $id } findes ikke i dette miljø. Søg igen, og sæt kryds ved den på listen.
# $name: the organisation; $status: its status (a stored code, chooses the words).
error-organisation-closed = »{ $name }« er { $status ->
        [rejected] afvist
        [inactive] inaktiv
       *[other] { $status }
    } og modtager ingen nye anmodninger. Søg igen, og sæt kryds ved en anden organisation.
# $name: the control body.
error-no-certified-countries = »{ $name }« har endnu ingen certificerede lande, så der kan ikke anmodes om en stilling hos det.
# $name: the organisation; $country: the name of the post's country.
error-post-already-held = »{ $name }« ({ $country }): du har allerede denne stilling. Fjern krydset, og send anmodningen igen; dine anmodninger står på din profilside.
# $name: the organisation; $country: the name of the post's country.
error-post-already-pending = »{ $name }« ({ $country }): din anmodning om den er allerede under behandling. Fjern krydset, og send anmodningen igen; dine anmodninger står på din profilside.
error-own-request-not-found = Der er ingen sådan anmodning blandt dine. Genindlæs din profilside.
# $organisation: the organisation's name; $status: the request's status (a stored code, chooses the words).
error-cancel-not-pending = Din anmodning vedrørende »{ $organisation }« er { $status ->
        [pending] under behandling
        [valid] gyldig
        [rejected] afvist
        [cancelled] annulleret
        [revoked] tilbagekaldt
       *[other] { $status }
    } og kan ikke længere annulleres; det kan kun anmodninger under behandling.
error-time-zone = Tidszone: vælg en zone som Europe/Brussels (Område/By, højst 64 tegn) eller UTC.

## New organisations: the directory import and "create a new operator".

error-import-status = Status: brug valid, new, rejected eller inactive (tomt betyder valid).
error-import-kind = Type: brug operator, control_body eller authority.
error-certified-countries-empty = Certificerede lande: Land: vælg et land på listen.
# $code: what was given instead of a country code.
error-certified-countries-shape = Certificerede lande: Land: »{ $code }« er ikke en landekode; brug de to bogstaver fra ISO 3166-1 (DE, FR, US), eller vælg et land på listen.
# $code: what was given instead of a country code.
error-certified-countries-unknown = Certificerede lande: Land: »{ $code }« er ikke en tildelt landekode efter ISO 3166-1; vælg et land på listen.
# $alias: the code EU documents use (EL, UK); $iso: the ISO 3166-1 code; $name: the country's name.
error-certified-countries-eu-alias = Certificerede lande: Land: I EU-dokumenter skrives { $alias }, men ISO 3166-1 og TRACES bruger { $iso }; vælg { $iso } ({ $name }).
# $code: the control body code; $other: the organisation that has it.
error-control-body-code-taken = Kontrolorganets kode: { $code } er allerede koden for »{ $other }«.
# $eori: the EORI number; $other: the operator that has it.
error-eori-taken = EORI-nummer: { $eori } er allerede registreret for aktøren »{ $other }«; søg efter den, og anmod om autorisation i stedet for at oprette den igen.
error-demo-person-shared = Dette er en person fra træningsdemoen, som alle i lokalet deler: navn, e-mail og adgangskode kan ikke ændres. Opret din egen konto for at prøve dette.
