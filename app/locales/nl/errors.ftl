## Errors any server function can answer with (api::ApiError).

# $count: how many fields have a problem (2 or more).
error-fields-need-attention = { $count } velden vragen uw aandacht.
error-unauthenticated = Log eerst in.
error-forbidden = U hebt geen toestemming om dit te doen.
error-login-failed = Inloggen mislukt: het e-mailadres of het wachtwoord is niet juist, of het account is na te veel pogingen 15 minuten geblokkeerd. Controleer beide en probeer het opnieuw, of gebruik “Wachtwoord vergeten?”.
error-cross-site = Dit verzoek kwam van een andere website en is geweigerd.
# $seconds: how long to wait.
error-rate-limited = Te veel pogingen. Wacht { $seconds } seconden en probeer het opnieuw.
error-too-large = Het verzoek is te groot: geen enkel veld van dit formulier bevat meer dan een paar duizend tekens. Kort in wat u hebt ingevoerd en probeer het opnieuw.
error-storage-unavailable = De server kan op dit moment niets opslaan, omdat zijn opslag vol of alleen-lezen is. Niets van wat u hebt ingevoerd, is opgeslagen. Probeer het later opnieuw; als het probleem blijft, meld het dan aan de helpdesk.
error-internal = Er is bij ons iets misgegaan. Probeer het over een ogenblik opnieuw.
error-unavailable = De server kon niet worden bereikt. Controleer uw verbinding en probeer het opnieuw.
# $detail: the decoder's words, in English.
error-unreadable-request = Het verzoek kon niet worden gelezen: { $detail }

## EU Login: sign-up, the e-mailed links, login and the account page.

# $minutes: how long a link works after its e-mail is sent.
error-link-expired = Deze link is verlopen: links werken { $minutes } minuten nadat de e-mail is verzonden. Vraag hieronder een nieuwe e-mail aan.
error-link-not-valid = Deze link is niet geldig. Kopieer de volledige link uit de e-mail naar de adresbalk, of vraag hieronder een nieuwe e-mail aan.
error-link-used = Deze link is al gebruikt: elke link werkt maar één keer. Als u uw wachtwoord opnieuw moet instellen, vraag dan hieronder een nieuwe e-mail aan.
error-link-superseded = Na deze e-mail is er een nieuwere verzonden: alleen de link in de nieuwste e-mail werkt. Gebruik die, of vraag hieronder een nieuwe e-mail aan.
error-link-not-for-password = Deze link is bedoeld om een e-mailadres te bevestigen, niet voor een wachtwoord.
error-link-not-for-email = Deze link is bedoeld om een wachtwoord in te stellen, niet om een e-mailadres te bevestigen.
error-link-used-meanwhile = Deze link is zojuist gebruikt of vervangen. Vraag een nieuwe aan op uw accountpagina.
error-email-now-taken = Dit adres wordt nu gebruikt door een ander EU Login-account en kan dus niet het uwe worden. Kies een ander adres op uw accountpagina.
# $username: the username the person chose.
error-username-taken = Gebruikersnaam: “{ $username }” is al in gebruik. Kies een andere.
error-login-password-empty = Wachtwoord: voer uw wachtwoord in.
error-new-email-confirmation = Nieuw e-mailadres bevestigen: typ hetzelfde adres als bij Nieuw e-mailadres.
error-new-email-unchanged = Nieuw e-mailadres: dit is al het adres van uw account.
# $domain: the training demo's mail domain (demo.traces-training.example).
error-new-email-demo-address = Nieuw e-mailadres: adressen op { $domain } zijn alleen voor de trainingsomgeving: iedereen kan de e-mail daarvoor lezen in het demopostvak en zo uw functie of uw openstaande aanvragen in de productieomgeving overnemen. Houd een eigen adres.

## The “Code” field of the sign-up and lost-password forms (the captcha).

error-captcha-empty = Code: typ de tekens die u in de afbeelding ziet.
error-captcha-expired = Code: deze afbeelding is verlopen. Typ de tekens van de nieuwe afbeelding.
error-captcha-used = Code: deze afbeelding is al gebruikt. Typ de tekens van de nieuwe afbeelding.
error-captcha-wrong = Code: de tekens komen niet overeen met de afbeelding. Typ de tekens van de nieuwe afbeelding.

## Hints of the password strength meter: the length rule, then zxcvbn's warnings and suggestions.

# $min: the fewest characters a password may have.
error-password-too-short-hint = Gebruik ten minste { $min } tekens.
error-password-straight-rows = Rechte rijen toetsen zijn gemakkelijk te raden.
error-password-short-keyboard-patterns = Korte toetsenbordpatronen zijn gemakkelijk te raden.
error-password-repeats-aaa = Herhalingen zoals “aaa” zijn gemakkelijk te raden.
error-password-repeats-abcabc = Herhalingen zoals “abcabcabc” zijn maar iets moeilijker te raden dan “abc”.
error-password-top-10 = Dit is een van de 10 meest gebruikte wachtwoorden.
error-password-top-100 = Dit is een van de 100 meest gebruikte wachtwoorden.
error-password-common = Dit is een zeer veelgebruikt wachtwoord.
error-password-similar-to-common = Dit lijkt op een veelgebruikt wachtwoord.
error-password-sequences = Reeksen zoals abc of 6543 zijn gemakkelijk te raden.
error-password-recent-years = Recente jaartallen zijn gemakkelijk te raden.
error-password-single-word = Een los woord is gemakkelijk te raden.
error-password-dates = Datums zijn vaak gemakkelijk te raden.
error-password-names-by-themselves = Losse voor- en achternamen zijn gemakkelijk te raden.
error-password-common-names = Veelvoorkomende voor- en achternamen zijn gemakkelijk te raden.
error-password-use-a-few-words = Gebruik een paar woorden en vermijd bekende uitdrukkingen.
error-password-no-need-for-symbols = Symbolen, cijfers of hoofdletters zijn niet nodig.
error-password-add-a-word = Voeg nog een of twee woorden toe. Ongebruikelijke woorden zijn beter.
error-password-capitalization = Hoofdletters helpen niet veel.
error-password-all-uppercase = Alleen hoofdletters is bijna even gemakkelijk te raden als alleen kleine letters.
error-password-reversed-words = Omgekeerde woorden zijn niet veel moeilijker te raden.
error-password-substitutions = Voorspelbare vervangingen zoals “@” in plaats van “a” helpen niet veel.
error-password-longer-keyboard-pattern = Gebruik een langer toetsenbordpatroon met meer wendingen.
error-password-avoid-repeats = Vermijd herhaalde woorden en tekens.
error-password-avoid-sequences = Vermijd reeksen.
error-password-avoid-recent-years = Vermijd recente jaartallen.
error-password-avoid-your-years = Vermijd jaartallen die met u te maken hebben.
error-password-avoid-your-dates = Vermijd datums en jaartallen die met u te maken hebben.

## The training instance.

error-persona-unknown = Deze persona bestaat niet. Kies er een uit de lijst op de welkomstpagina van de trainingsomgeving.

## Addresses under /api that name nothing.

error-api-function-unknown = Deze API-functie bestaat niet.
error-export-unknown = Deze export bestaat niet: gebruik queue.csv of decisions.csv.

## The approval queue: filters, page links, export links.

error-queue-page-link = De paginalink is niet meer geldig. Ga terug naar de eerste pagina van de wachtrij.
error-queue-organisation-too-long = Organisatie: typ ten hoogste 100 tekens van de naam.
# $max: the largest age accepted, in days.
error-queue-age-too-high = Ouderdom: ten hoogste { $max } dagen.
error-queue-age-not-a-number = Ouderdom: geef een geheel aantal dagen op, zoals 7.
# $value: what the link has instead of an instance (production or training).
error-export-link-instance = De exportlink is niet geldig: “{ $value }” is geen TRACES NT-omgeving: gebruik “production” of “training”.
error-export-link-no-instance = De exportlink is niet geldig: er wordt geen omgeving in genoemd.
# $key, $value: the setting of the link that is not one of the queue's.
error-export-link-setting = De exportlink is niet geldig: “{ $key }={ $value }” is geen van de instellingen ervan. Gebruik de exportknop op de pagina van de wachtrij.

## Deciding requests, one or many, and the Administrator flag.

# $id: the request's number.
error-decide-not-found = Er is geen aanvraag met nummer { $id } waarover u in deze omgeving kunt beslissen. Ze kan bij een ander land of een andere organisatie horen; open ze vanuit uw wachtrij.
# $name: the organisation; $status: its status (a stored code, chooses the words).
error-decide-organisation-closed = “{ $name }” is { $status ->
        [rejected] afgewezen
        [inactive] inactief
       *[other] { $status }
    }, dus niemand kan zich erbij aansluiten. Wijs de aanvraag in plaats daarvan af met een reden.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-accepted = Aanvraag { $id } is al goedgekeurd door { $who } op { $when }; er is niets gewijzigd.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-rejected = Aanvraag { $id } is al afgewezen door { $who } op { $when }; er is niets gewijzigd.
# $id: the request's number; $when: the date and time (UTC) or “earlier”.
error-decide-already-cancelled = Aanvraag { $id } is al geannuleerd door de aanvrager op { $when }; er is niets gewijzigd.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-revoked = Aanvraag { $id } is al ingetrokken door { $who } op { $when }; er is niets gewijzigd.
# $id: the request's number; $status: its status, a code the schema does not know (in English); $when: the date and time (UTC) or “earlier”.
error-decide-already-other = Aanvraag { $id } is al { $status } sinds { $when }; er is niets gewijzigd.
# Stands for the person who decided, when the account is gone.
error-decide-by-unknown = iemand
# Stands for the time of a decision, when it was not recorded.
error-decide-at-unknown = een eerder tijdstip
# $id: the request's number.
error-decide-meanwhile = Over aanvraag { $id } is intussen beslist; er is niets gewijzigd. Laad de aanvraag opnieuw om de beslissing te zien.
error-decide-none-selected = Selecteer ten minste één aanvraag in de wachtrij en keur vervolgens goed of wijs af.
# $max: how many requests can be decided at once; $count: how many were selected.
error-decide-too-many = Selecteer ten hoogste { $max } aanvragen tegelijk; u hebt er { $count } geselecteerd.
# $id: the request's number.
error-decide-selected-twice = Aanvraag { $id } is twee keer geselecteerd; selecteer elke aanvraag één keer.
# $failed: how many of the selected requests cannot be decided; $count: how many were selected.
error-decide-nothing-decided = Er is niets beslist: over { $failed } van de { $count } geselecteerde aanvragen kan niet worden beslist. Deselecteer die en probeer het opnieuw.
# $id: the request's number; $status: its status (a stored code, chooses the words).
error-admin-not-valid = Aanvraag { $id } is geen geldige functie (ze is { $status ->
        [pending] in behandeling
        [rejected] afgewezen
        [cancelled] geannuleerd
        [revoked] ingetrokken
       *[other] { $status }
    }): alleen wie een geldige functie bekleedt, kan beheerder zijn.
# $id: the request's number.
error-admin-changed-meanwhile = Aanvraag { $id } is intussen gewijzigd; laad ze opnieuw.

## Notifications in the app (not errors, but sentences the server composes too).

# $first, $last: the requester's names; $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-new-request = { $first } { $last } vraagt om zich aan te sluiten bij “{ $organisation }” ({ $country }).
# $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-accepted = Uw aanvraag om u aan te sluiten bij “{ $organisation }” ({ $country }) is goedgekeurd
# $organisation: the organisation's name; $country: the ISO code of the post's country; $reason: the decider's words.
error-notification-rejected = Uw aanvraag om u aan te sluiten bij “{ $organisation }” ({ $country }) is afgewezen: { $reason }
# $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-rejected-no-reason = Uw aanvraag om u aan te sluiten bij “{ $organisation }” ({ $country }) is afgewezen: geen reden opgegeven
# $organisation: the organisation's name; $country: the ISO code of the post's country; $status: the request's status (a stored code, chooses the words).
error-notification-other = Uw aanvraag om u aan te sluiten bij “{ $organisation }” ({ $country }) is nu { $status ->
        [pending] in behandeling
        [cancelled] geannuleerd
        [revoked] ingetrokken
       *[other] { $status }
    }

## TRACES: the directory search and authorisation requests.

error-search-page-link = Pagina: deze paginalink is niet meer geldig; zoek opnieuw vanaf de eerste pagina.
error-search-name-too-long = Naam: zoek met ten hoogste 120 tekens van de naam.
# $max: the most characters allowed.
error-additional-info-too-long = Aanvullende informatie: gebruik ten hoogste { $max } tekens.
error-submission-key = Verzendsleutel: stuur 8 tot 64 letters, cijfers, - of _ (de pagina maakt er een aan; laad de pagina opnieuw en probeer het nogmaals).
error-submission-other-instance = Deze aanvraag is al in de andere omgeving verzonden. Laad de pagina opnieuw en verzend de aanvraag nogmaals.
# $domain: the training demo's mail domain (demo.traces-training.example).
error-demo-address-production = Adressen op { $domain } zijn alleen voor de trainingsomgeving: iedereen kan de e-mail daarvoor lezen in het demopostvak en zo het account overnemen. Om autorisatie in de productieomgeving aan te vragen, wijzigt u eerst het e-mailadres van uw account in uw eigen adres.
error-posts-none = Functies: vink ten minste één organisatie in de lijst aan en verzend dan de aanvraag.
# $max: how many posts one request can have.
error-posts-too-many = Functies: vink er ten hoogste { $max } tegelijk aan; verzend de andere in een tweede aanvraag.
error-posts-twice = Functies: dezelfde functie is twee keer aangevinkt; vink elke functie één keer aan.
error-posts-one-kind = Functies: vink alleen organisaties van één soort rol aan (marktdeelnemers, controleorganen of autoriteiten).
# $name: the control body; $country: the country's name; $code: its ISO code.
error-posts-not-certified = Functies: “{ $name }” certificeert niet in { $country } ({ $code }); vink een van de landen aan die ervoor vermeld zijn.
# $name: the organisation; $country: the name of its country.
error-posts-other-country = Functies: “{ $name }” is gevestigd in { $country }; de functie geldt alleen voor dat land.
# $id: the number that was sent.
error-organisation-not-found = De organisatie met nummer { $id } bestaat niet in deze omgeving. Zoek opnieuw en vink ze aan in de lijst.
# $name: the organisation; $status: its status (a stored code, chooses the words).
error-organisation-closed = “{ $name }” is { $status ->
        [rejected] afgewezen
        [inactive] inactief
       *[other] { $status }
    } en neemt geen nieuwe aanvragen aan. Zoek opnieuw en vink een andere organisatie aan.
# $name: the control body.
error-no-certified-countries = “{ $name }” heeft nog geen gecertificeerde landen, dus er kan geen functie bij worden aangevraagd.
# $name: the organisation; $country: the name of the post's country.
error-post-already-held = “{ $name }” ({ $country }): u bekleedt deze functie al. Vink ze uit en verzend de aanvraag opnieuw; uw aanvragen staan op uw profielpagina.
# $name: the organisation; $country: the name of the post's country.
error-post-already-pending = “{ $name }” ({ $country }): uw aanvraag hiervoor is al in behandeling. Vink ze uit en verzend de aanvraag opnieuw; uw aanvragen staan op uw profielpagina.
error-own-request-not-found = Deze aanvraag staat niet tussen uw aanvragen. Laad uw profielpagina opnieuw.
# $organisation: the organisation's name; $status: the request's status (a stored code, chooses the words).
error-cancel-not-pending = Uw aanvraag voor “{ $organisation }” is { $status ->
        [pending] in behandeling
        [valid] geldig
        [rejected] afgewezen
        [cancelled] geannuleerd
        [revoked] ingetrokken
       *[other] { $status }
    } en kan niet meer worden geannuleerd; dat kan alleen bij aanvragen die in behandeling zijn.
error-time-zone = Tijdzone: kies een zone zoals Europe/Brussels (Gebied/Stad, ten hoogste 64 tekens), of UTC.

## New organisations: the directory import and "create a new operator".

error-import-status = Status: gebruik valid, new, rejected of inactive (leeg betekent valid).
error-import-kind = Soort: gebruik operator, control_body of authority.
error-certified-countries-empty = Gecertificeerde landen: Land: kies een land uit de lijst.
# $code: what was given instead of a country code.
error-certified-countries-shape = Gecertificeerde landen: Land: “{ $code }” is geen landcode; gebruik de twee letters van ISO 3166-1 (DE, FR, US) of kies een land uit de lijst.
# $code: what was given instead of a country code.
error-certified-countries-unknown = Gecertificeerde landen: Land: “{ $code }” is geen toegekende landcode volgens ISO 3166-1; kies een land uit de lijst.
# $alias: the code EU documents use (EL, UK); $iso: the ISO 3166-1 code; $name: the country's name.
error-certified-countries-eu-alias = Gecertificeerde landen: Land: EU-documenten schrijven { $alias }, maar ISO 3166-1 en TRACES gebruiken { $iso }; kies { $iso } ({ $name }).
# $code: the control body code; $other: the organisation that has it.
error-control-body-code-taken = Code van het controleorgaan: { $code } is al de code van “{ $other }”.
# $eori: the EORI number; $other: the operator that has it.
error-eori-taken = EORI-nummer: { $eori } is al geregistreerd voor de marktdeelnemer “{ $other }”; zoek deze op en vraag autorisatie aan in plaats van hem opnieuw aan te maken.
error-demo-person-shared = Dit is een persoon uit de trainingsdemo die iedereen in de zaal deelt: naam, e-mailadres en wachtwoord kunnen niet worden gewijzigd. Registreer een eigen account om dit te proberen.
