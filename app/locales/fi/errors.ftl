## Errors any server function can answer with (api::ApiError).

# $count: how many fields have a problem (2 or more).
error-fields-need-attention = { $count } kenttää vaatii huomiotasi.
error-unauthenticated = Kirjaudu ensin sisään.
error-forbidden = Sinulla ei ole oikeutta tehdä tätä.
error-login-failed = Kirjautuminen epäonnistui: sähköpostiosoite tai salasana on väärä, tai tili on lukittu 15 minuutiksi liian monen yrityksen jälkeen. Tarkista molemmat ja yritä uudelleen, tai käytä toimintoa ”Unohtuiko salasana?”.
error-cross-site = Tämä pyyntö tuli toiselta verkkosivustolta, ja se hylättiin.
# $seconds: how long to wait.
error-rate-limited = Liian monta yritystä. Odota { $seconds } sekuntia ja yritä uudelleen.
error-too-large = Pyyntö on liian suuri: tämän lomakkeen kenttiin mahtuu enintään muutama tuhat merkkiä. Lyhennä syöttämääsi tekstiä ja yritä uudelleen.
error-storage-unavailable = Palvelin ei voi tallentaa mitään juuri nyt, koska sen tallennustila on täynnä tai vain luku -tilassa. Mitään syöttämistäsi tiedoista ei tallennettu. Yritä myöhemmin uudelleen; jos ongelma jatkuu, ilmoita käyttäjätukeen.
error-internal = Meillä tapahtui virhe. Yritä hetken kuluttua uudelleen.
error-unavailable = Palvelimeen ei saatu yhteyttä. Tarkista yhteytesi ja yritä uudelleen.
# $detail: the decoder's words, in English.
error-unreadable-request = Pyyntöä ei voitu lukea: { $detail }

## EU Login: sign-up, the e-mailed links, login and the account page.

# $minutes: how long a link works after its e-mail is sent.
error-link-expired = Tämä linkki on vanhentunut: linkit toimivat { $minutes } minuuttia sähköpostin lähettämisen jälkeen. Pyydä uusi sähköposti alta.
error-link-not-valid = Tämä linkki ei ole kelvollinen. Kopioi koko linkki sähköpostista selaimen osoiteriville tai pyydä uusi sähköposti alta.
error-link-used = Tätä linkkiä on jo käytetty: kukin linkki toimii vain kerran. Jos sinun on asetettava salasanasi uudelleen, pyydä uusi sähköposti alta.
error-link-superseded = Tämän jälkeen on lähetetty uudempi sähköposti: vain uusimman sähköpostin linkki toimii. Käytä sitä tai pyydä uusi sähköposti alta.
error-link-not-for-password = Tämä linkki on tarkoitettu sähköpostiosoitteen vahvistamiseen, ei salasanan asettamiseen.
error-link-not-for-email = Tämä linkki on tarkoitettu salasanan asettamiseen, ei sähköpostiosoitteen vahvistamiseen.
error-link-used-meanwhile = Tätä linkkiä käytettiin tai se korvattiin hetki sitten. Pyydä uusi tilisivultasi.
error-email-now-taken = Tämä osoite on nyt toisen EU Login -tilin käytössä, joten et voi ottaa sitä käyttöösi. Valitse toinen osoite tilisivullasi.
# $username: the username the person chose.
error-username-taken = Käyttäjätunnus: ”{ $username }” on jo käytössä. Valitse toinen.
error-login-password-empty = Salasana: kirjoita salasanasi.
error-new-email-confirmation = Vahvista uusi sähköpostiosoite: kirjoita sama osoite kuin kenttään Uusi sähköpostiosoite.
error-new-email-unchanged = Uusi sähköpostiosoite: tämä on jo tilisi osoite.
# $domain: the training demo's mail domain (demo.traces-training.example).
error-new-email-demo-address = Uusi sähköpostiosoite: verkkotunnuksen { $domain } osoitteet ovat vain koulutusympäristöä varten: kuka tahansa voi lukea niiden postin esittelypostilaatikosta ja ottaa haltuunsa roolisi tai odottavat pyyntösi tuotantoympäristössä. Pidä oma osoitteesi.

## The “Code” field of the sign-up and lost-password forms (the captcha).

error-captcha-empty = Koodi: kirjoita kuvassa näkyvät merkit.
error-captcha-expired = Koodi: tämä kuva on vanhentunut. Kirjoita uuden kuvan merkit.
error-captcha-used = Koodi: tätä kuvaa on jo käytetty. Kirjoita uuden kuvan merkit.
error-captcha-wrong = Koodi: merkit eivät vastaa kuvaa. Kirjoita uuden kuvan merkit.

## Hints of the password strength meter: the length rule, then zxcvbn's warnings and suggestions.

# $min: the fewest characters a password may have.
error-password-too-short-hint = Käytä vähintään { $min } merkkiä.
error-password-straight-rows = Suorat näppäinrivit on helppo arvata.
error-password-short-keyboard-patterns = Lyhyet näppäimistökuviot on helppo arvata.
error-password-repeats-aaa = Toistot, kuten ”aaa”, on helppo arvata.
error-password-repeats-abcabc = Toistot, kuten ”abcabcabc”, ovat vain vähän vaikeampia arvata kuin ”abc”.
error-password-top-10 = Tämä on yksi 10 yleisimmästä salasanasta.
error-password-top-100 = Tämä on yksi 100 yleisimmästä salasanasta.
error-password-common = Tämä on hyvin yleinen salasana.
error-password-similar-to-common = Tämä muistuttaa yleisesti käytettyä salasanaa.
error-password-sequences = Sarjat, kuten abc tai 6543, on helppo arvata.
error-password-recent-years = Viime vuosien vuosiluvut on helppo arvata.
error-password-single-word = Yksittäinen sana on helppo arvata.
error-password-dates = Päivämäärät on usein helppo arvata.
error-password-names-by-themselves = Pelkät etu- ja sukunimet on helppo arvata.
error-password-common-names = Yleiset etu- ja sukunimet on helppo arvata.
error-password-use-a-few-words = Käytä muutamaa sanaa ja vältä yleisiä sanontoja.
error-password-no-need-for-symbols = Erikoismerkkejä, numeroita tai isoja kirjaimia ei tarvita.
error-password-add-a-word = Lisää sana tai kaksi. Harvinaiset sanat ovat parempia.
error-password-capitalization = Iso alkukirjain ei juuri auta.
error-password-all-uppercase = Pelkät isot kirjaimet on lähes yhtä helppo arvata kuin pelkät pienet.
error-password-reversed-words = Takaperin kirjoitetut sanat eivät ole paljon vaikeampia arvata.
error-password-substitutions = Ennalta arvattavat korvaukset, kuten ”@” kirjaimen ”a” tilalla, eivät juuri auta.
error-password-longer-keyboard-pattern = Käytä pidempää näppäimistökuviota, jossa on enemmän suunnanmuutoksia.
error-password-avoid-repeats = Vältä toistuvia sanoja ja merkkejä.
error-password-avoid-sequences = Vältä sarjoja.
error-password-avoid-recent-years = Vältä viime vuosien vuosilukuja.
error-password-avoid-your-years = Vältä vuosilukuja, jotka liittyvät sinuun.
error-password-avoid-your-dates = Vältä päivämääriä ja vuosilukuja, jotka liittyvät sinuun.

## The training instance.

error-persona-unknown = Tällaista personaa ei ole. Valitse jokin koulutusympäristön aloitussivun luettelosta.

## Addresses under /api that name nothing.

error-api-function-unknown = Tällaista API-funktiota ei ole.
error-export-unknown = Tällaista vientiä ei ole: käytä tiedostoa queue.csv tai decisions.csv.

## The approval queue: filters, page links, export links.

error-queue-page-link = Sivulinkki ei ole enää voimassa. Palaa jonon ensimmäiselle sivulle.
error-queue-organisation-too-long = Organisaatio: kirjoita nimestä enintään 100 merkkiä.
# $max: the largest age accepted, in days.
error-queue-age-too-high = Ikä: enintään { $max } päivää.
error-queue-age-not-a-number = Ikä: anna päivien määrä kokonaislukuna, esimerkiksi 7.
# $value: what the link has instead of an instance (production or training).
error-export-link-instance = Vientilinkki ei ole kelvollinen: ”{ $value }” ei ole TRACES NT -ympäristö: käytä arvoa ”production” tai ”training”.
error-export-link-no-instance = Vientilinkki ei ole kelvollinen: siinä ei mainita ympäristöä.
# $key, $value: the setting of the link that is not one of the queue's.
error-export-link-setting = Vientilinkki ei ole kelvollinen: ”{ $key }={ $value }” ei ole mikään sen asetuksista. Käytä jonosivun vientipainiketta.

## Deciding requests, one or many, and the Administrator flag.

# $id: the request's number.
error-decide-not-found = Tässä ympäristössä ei ole pyyntöä numero { $id }, josta voisit päättää. Se voi kuulua toiselle maalle tai organisaatiolle; avaa se jonostasi.
# $name: the organisation; $status: its status (a stored code, chooses the words).
error-decide-organisation-closed = ”{ $name }” on { $status ->
        [rejected] hylätty
        [inactive] passiivinen
       *[other] { $status }
    }, joten kukaan ei voi liittyä siihen. Hylkää pyyntö sen sijaan ja kerro syy.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-accepted = Pyynnön { $id } on jo hyväksynyt { $who } ({ $when }); mitään ei muutettu.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-rejected = Pyynnön { $id } on jo hylännyt { $who } ({ $when }); mitään ei muutettu.
# $id: the request's number; $when: the date and time (UTC) or “earlier”.
error-decide-already-cancelled = Pyynnön esittäjä on jo perunut pyynnön { $id } ({ $when }); mitään ei muutettu.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-revoked = Pyynnön { $id } on jo mitätöinyt { $who } ({ $when }); mitään ei muutettu.
# $id: the request's number; $status: its status, a code the schema does not know (in English); $when: the date and time (UTC) or “earlier”.
error-decide-already-other = Pyynnön { $id } tila on jo { $status } ({ $when }); mitään ei muutettu.
# Stands for the person who decided, when the account is gone.
error-decide-by-unknown = joku
# Stands for the time of a decision, when it was not recorded.
error-decide-at-unknown = aiemmin
# $id: the request's number.
error-decide-meanwhile = Pyynnöstä { $id } on sillä välin tehty päätös; mitään ei muutettu. Lataa se uudelleen nähdäksesi päätöksen.
error-decide-none-selected = Valitse jonosta vähintään yksi pyyntö ja hyväksy tai hylkää sitten.
# $max: how many requests can be decided at once; $count: how many were selected.
error-decide-too-many = Valitse kerralla enintään { $max } pyyntöä; valitsit { $count }.
# $id: the request's number.
error-decide-selected-twice = Pyyntö { $id } on valittu kahdesti; valitse kukin pyyntö vain kerran.
# $failed: how many of the selected requests cannot be decided; $count: how many were selected.
error-decide-nothing-decided = Mitään ei päätetty: valituista { $count } pyynnöstä { $failed } ei voida päättää. Poista niiden valinta ja yritä uudelleen.
# $id: the request's number; $status: its status (a stored code, chooses the words).
error-admin-not-valid = Pyyntö { $id } ei ole voimassa oleva tehtävä (se on { $status ->
        [pending] käsiteltävänä
        [rejected] hylätty
        [cancelled] peruttu
        [revoked] mitätöity
       *[other] { $status }
    }): vain voimassa olevan tehtävän haltija voi olla pääkäyttäjä.
# $id: the request's number.
error-admin-changed-meanwhile = Pyyntö { $id } on muuttunut sillä välin; lataa se uudelleen.

## Notifications in the app (not errors, but sentences the server composes too).

# $first, $last: the requester's names; $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-new-request = { $first } { $last } pyytää saada liittyä organisaatioon ”{ $organisation }” ({ $country }).
# $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-accepted = Pyyntösi liittyä organisaatioon ”{ $organisation }” ({ $country }) hyväksyttiin
# $organisation: the organisation's name; $country: the ISO code of the post's country; $reason: the decider's words.
error-notification-rejected = Pyyntösi liittyä organisaatioon ”{ $organisation }” ({ $country }) hylättiin: { $reason }
# $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-rejected-no-reason = Pyyntösi liittyä organisaatioon ”{ $organisation }” ({ $country }) hylättiin: syytä ei annettu
# $organisation: the organisation's name; $country: the ISO code of the post's country; $status: the request's status (a stored code, chooses the words).
error-notification-other = Pyyntösi liittyä organisaatioon ”{ $organisation }” ({ $country }) on nyt { $status ->
        [pending] käsiteltävänä
        [cancelled] peruttu
        [revoked] mitätöity
       *[other] { $status }
    }

## TRACES: the directory search and authorisation requests.

error-search-page-link = Sivu: tämä sivulinkki ei ole enää voimassa; hae uudelleen ensimmäiseltä sivulta.
error-search-name-too-long = Nimi: käytä haussa enintään 120 merkkiä nimestä.
# $max: the most characters allowed.
error-additional-info-too-long = Lisätietoja: käytä enintään { $max } merkkiä.
error-submission-key = Lähetysavain: lähetä 8–64 kirjainta, numeroa, - tai _ (sivu luo avaimen; lataa sivu uudelleen ja yritä uudelleen).
error-submission-other-instance = Tämä pyyntö on jo lähetetty toisessa ympäristössä. Lataa sivu uudelleen ja lähetä pyyntö uudelleen.
# $domain: the training demo's mail domain (demo.traces-training.example).
error-demo-address-production = Verkkotunnuksen { $domain } osoitteet ovat vain koulutusympäristöä varten: kuka tahansa voi lukea niiden postin esittelypostilaatikosta ja ottaa tilin haltuunsa. Jos haluat pyytää valtuutusta tuotantoympäristössä, vaihda ensin tilisi sähköpostiosoitteeksi oma osoitteesi.
error-posts-none = Tehtävät: valitse luettelosta vähintään yksi organisaatio ja lähetä sitten pyyntö.
# $max: how many posts one request can have.
error-posts-too-many = Tehtävät: valitse kerralla enintään { $max }; lähetä loput toisella pyynnöllä.
error-posts-twice = Tehtävät: sama tehtävä on valittu kahdesti; valitse kukin tehtävä vain kerran.
error-posts-one-kind = Tehtävät: valitse vain yhden roolityypin organisaatioita (toimijoita, valvontaelimiä tai viranomaisia).
# $name: the control body; $country: the country's name; $code: its ISO code.
error-posts-not-certified = Tehtävät: ”{ $name }” ei sertifioi maassa { $country } ({ $code }); valitse jokin sille luetelluista maista.
# $name: the organisation; $country: the name of its country.
error-posts-other-country = Tehtävät: ”{ $name }” sijaitsee maassa { $country }; sen tehtävä kattaa vain kyseisen maan.
# $id: the number that was sent.
error-organisation-not-found = Organisaatiota numero { $id } ei ole tässä ympäristössä. Hae uudelleen ja valitse se luettelosta.
# $name: the organisation; $status: its status (a stored code, chooses the words).
error-organisation-closed = ”{ $name }” on { $status ->
        [rejected] hylätty
        [inactive] passiivinen
       *[other] { $status }
    } eikä ota vastaan uusia pyyntöjä. Hae uudelleen ja valitse toinen organisaatio.
# $name: the control body.
error-no-certified-countries = Valvontaelimellä ”{ $name }” ei ole vielä sertifioituja maita, joten siihen ei voi pyytää tehtävää.
# $name: the organisation; $country: the name of the post's country.
error-post-already-held = ”{ $name }” ({ $country }): sinulla on jo tämä tehtävä. Poista valinta ja lähetä pyyntö uudelleen; pyyntösi näkyvät profiilisivullasi.
# $name: the organisation; $country: the name of the post's country.
error-post-already-pending = ”{ $name }” ({ $country }): pyyntösi tähän tehtävään on jo käsiteltävänä. Poista valinta ja lähetä pyyntö uudelleen; pyyntösi näkyvät profiilisivullasi.
error-own-request-not-found = Pyyntöjesi joukossa ei ole tällaista pyyntöä. Lataa profiilisivusi uudelleen.
# $organisation: the organisation's name; $status: the request's status (a stored code, chooses the words).
error-cancel-not-pending = Pyyntösi, joka koskee organisaatiota ”{ $organisation }”, on { $status ->
        [pending] käsiteltävänä
        [valid] voimassa
        [rejected] hylätty
        [cancelled] peruttu
        [revoked] mitätöity
       *[other] { $status }
    }, eikä sitä voi enää perua; vain käsiteltävänä olevat pyynnöt voi perua.
error-time-zone = Aikavyöhyke: valitse vyöhyke, kuten Europe/Brussels (Alue/Kaupunki, enintään 64 merkkiä), tai UTC.

## New organisations: the directory import and "create a new operator".

error-import-status = Tila: käytä arvoa valid, new, rejected tai inactive (tyhjä tarkoittaa arvoa valid).
error-import-kind = Laji: käytä arvoa operator, control_body tai authority.
error-certified-countries-empty = Sertifioidut maat: Maa: valitse maa luettelosta.
# $code: what was given instead of a country code.
error-certified-countries-shape = Sertifioidut maat: Maa: ”{ $code }” ei ole maatunnus; käytä ISO 3166-1 -standardin mukaista kaksikirjaimista tunnusta (DE, FR, US) tai valitse maa luettelosta.
# $code: what was given instead of a country code.
error-certified-countries-unknown = Sertifioidut maat: Maa: ”{ $code }” ei ole käytössä oleva ISO 3166-1 -maatunnus; valitse maa luettelosta.
# $alias: the code EU documents use (EL, UK); $iso: the ISO 3166-1 code; $name: the country's name.
error-certified-countries-eu-alias = Sertifioidut maat: Maa: EU:n asiakirjoissa käytetään tunnusta { $alias }, mutta ISO 3166-1 ja TRACES käyttävät tunnusta { $iso }; valitse { $iso } ({ $name }).
# $code: the control body code; $other: the organisation that has it.
error-control-body-code-taken = Valvontaelimen koodi: { $code } on jo organisaation ”{ $other }” koodi.
# $eori: the EORI number; $other: the operator that has it.
error-eori-taken = EORI-numero: { $eori } on jo rekisteröity toimijalle ”{ $other }”; hae toimija ja pyydä valtuutusta sen sijaan, että loisit sen uudelleen.
error-demo-person-shared = Tämä on koulutusdemon henkilö, jota kaikki huoneessa olevat käyttävät yhdessä: hänen nimeään, sähköpostiosoitettaan ja salasanaansa ei voi muuttaa. Rekisteröi oma tili kokeillaksesi tätä.
