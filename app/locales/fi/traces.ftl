## TRACES NT: the landing page, the welcome page of an instance, the role choice, the searches
## for a post with the request popup, "Create new Operator", and the profile with its
## preferences. Button and link names quoted in the helpdesk letter (“Login into TRACES”,
## “sign up for TRACES”, “Request Authorisation”, “Create new Operator”, “send authorisation
## request”) are the ones users are told to click: translate them the way the letter is
## translated.

## The landing page: production or training.

traces-landing-title = TRACES NT – luonnonmukaisesti tuotettujen tuotteiden tarkastustodistukset
traces-landing-lead = TRACES NT:n tuotanto- ja koulutussivustot ovat käytettävissä. Ennen kuin voit käyttää niitä, rekisteröidy EU Login -palveluun ja pyydä sitten roolisi TRACES NT:ssä. Toisella sivustolla pyydettyjä rooleja ei siirretä toiselle.
traces-landing-production = TRACES NT – tuotanto
traces-landing-production-text = Todellisille todistuksille ja todellisille pyynnöille.
traces-landing-training = TRACES NT – koulutus
traces-landing-training-text = Rekisteröitymisen opetteluun ja esittelyyn ilman seurauksia.

## The welcome page of an instance.

traces-welcome-title = Tervetuloa TRACES NT:hen
traces-welcome-title-training = Tervetuloa TRACES NT:n koulutusympäristöön
traces-welcome-lead = Luonnonmukaisesti tuotettujen tuotteiden tarkastustodistus on tällä sivustolla. Jotta pääset käyttämään sitä, sinun on kirjauduttava sisään ja rekisteröidyttävä käyttäjäksi.
traces-welcome-log-in = Kirjaudu TRACES-järjestelmään
# Followed by the link “sign up for TRACES”.
traces-welcome-no-account = Eikö sinulla ole vielä EU Login -tiliä?
traces-welcome-sign-up = rekisteröidy TRACES-järjestelmään
traces-welcome-step-1 = Rekisteröidy EU Login -palveluun.
traces-welcome-step-1-text = Jos sinulla on jo EU Login (ECAS) -tili, siirry suoraan vaiheeseen 2.
traces-welcome-step-2 = Rekisteröidy TRACES NT:hen.
traces-welcome-step-2-text = Kirjaudu sisään, valitse roolisi (toimija, luonnonmukaisen tuotannon valvontaelin tai viranomainen) ja lähetä valtuutuspyyntö.
# $name: the first and last name of the person, in bold.
traces-welcome-logged-in = Olet kirjautunut sisään käyttäjänä { $name }.
# $change: a link, traces-welcome-change-credentials; $reset: a link, traces-welcome-reset-password.
traces-welcome-credentials = EU Login -palvelussa voit tarvittaessa { $change } tai { $reset }.
traces-welcome-change-credentials = vaihtaa EU Login -kirjautumistietosi
traces-welcome-reset-password = nollata salasanasi

## A page of an instance opened before logging in.

traces-log-in-title = Kirjaudu sisään
traces-log-in-needed = Jotta voit rekisteröityä TRACES NT:hen, sinun on kirjauduttava sisään EU Login -tililläsi.
traces-log-in-button = Kirjaudu TRACES-järjestelmään

## "Select your role in TRACES" on the welcome page.

traces-role-title = Valitse roolisi TRACES-järjestelmässä
traces-role-loading = Rooliasi ladataan…
traces-role-link-operator = Toimija (tuoja, ensimmäinen vastaanottaja)
traces-role-link-control-body = Luonnonmukaisen tuotannon valvontaelin (tai valvontaviranomainen)
traces-role-link-authority = Viranomainen (rajatarkastusasema tai toimivaltainen keskusviranomainen)
# $kind: the person's role kind (Operator, Organic Control Body, Authority), in bold.
traces-role-already = Sinulla on tässä ympäristössä jo roolityyppi { $kind }. Kullakin henkilöllä voi olla vain yksi roolityyppi; sen puitteissa voit pyytää lisää tehtäviä.
traces-role-see-requests = Katso pyyntösi profiilissasi
traces-role-one-kind = Huomaa, että kullakin henkilöllä voi olla vain yksi roolityyppi. Roolisi puitteissa voit hoitaa useita tehtäviä: voit esimerkiksi työskennellä kahdelle tai useammalle toimijalle tai valvontaelimessä valvoa useita maita.

## The searches for an operator, an authority or a control body.

traces-search-title-operator = Pyydä valtuutusta: toimija
traces-search-title-authority = Pyydä valtuutusta: viranomainen
traces-search-title-control-body = Pyydä valtuutusta: luonnonmukaisen tuotannon valvontaelin
traces-search-back = Takaisin roolin valintaan
traces-search-country = Maa
traces-search-any-country = Kaikki maat
traces-search-section = Osio
traces-search-any-section = Kaikki osiot
traces-search-activity = Toiminnan laji
traces-search-any-activity = Kaikki toiminnan lajit
traces-search-role = Rooli
traces-search-any-role = Kaikki roolit
traces-search-name = Nimi
traces-search-name-hint = Osa nimestä riittää; isoilla kirjaimilla ja tarkkeilla ei ole merkitystä.
traces-search-button = Hae
traces-operator-lead = Hae toimija, jolle työskentelet, rastita sen perässä oleva ruutu ja napsauta ”Pyydä valtuutusta”. Voit rastita useita toimijoita, myös useilla sivuilla.
traces-operator-create-new-hint = Kun olet varma, ettet löydä toimijaa, jolle työskentelet, voit luoda sen.
traces-operator-create-new = Luo uusi toimija
traces-authority-lead = Hae viranomaisesi, rastita sen perässä oleva ruutu ja napsauta ”Pyydä valtuutusta”.
traces-control-body-lead = Hae valvontaelimesi. Jos sertifioit vain yhdessä maassa, rastita kyseisen maan ruutu; jos sertifioit kaikissa maissa, joissa valvontaelimesi sertifioi, rastita sen maaluettelon yläpuolella oleva ”Kaikki maat”. Napsauta sitten ”Pyydä valtuutusta”.
traces-control-body-country-hint = Maa, jossa valvontaelin sertifioi.
traces-control-body-name-hint = Osa nimestä tai koodista riittää.

## The results of a search, "Request Authorisation" and the popup.

traces-posts-request = Pyydä valtuutusta
traces-posts-none-selected = Rastita ensin tehtäväsi ruutu hakutuloksista.
# $count: how many posts are ticked (1 or more).
traces-posts-selected =
    { $count ->
        [one] { $count } tehtävä valittu.
       *[other] { $count } tehtävää valittu.
    }
traces-posts-searching = Haetaan…
traces-posts-no-results = Hakuasi vastaavia organisaatioita ei löytynyt.
# $count: how many organisations this page of results shows (1 or more).
traces-posts-results =
    { $count ->
        [one] { $count } tulos tällä sivulla.
       *[other] { $count } tulosta tällä sivulla.
    }
traces-posts-first-page = Ensimmäinen sivu
traces-posts-next-page = Seuraava sivu
traces-posts-caption = Hakutulokset
traces-posts-column-name = Nimi
traces-posts-column-country = Maa
traces-posts-column-city = Paikkakunta
traces-posts-column-activity = Toiminnan laji
traces-posts-column-eori = EORI-numero
traces-posts-column-select = Valitse
traces-posts-column-role = Rooli
traces-posts-column-code = Koodi
traces-posts-column-certified = Sertifioidut maat (valitse)
# $code: the role's code (BCP, CCA); $name: its name; $acts: what it acts as.
traces-posts-authority-role = { $code } ({ $name }, toimii roolissa { $acts })
traces-posts-all-countries = Kaikki maat
# The name of a tick box. $organisation: the control body's name.
traces-posts-all-countries-of = { $organisation }: kaikki maat
# $count: how many requests were sent (1 or more). Followed by the link “Open my profile”.
traces-posts-sent =
    { $count ->
        [one] Valtuutuspyyntösi on lähetetty. Voit seurata sitä profiilissasi.
       *[other] { $count } valtuutuspyyntöäsi on lähetetty. Voit seurata niitä profiilissasi.
    }
traces-open-profile = Avaa profiilini
traces-popup-asking-for = Pyydät valtuutusta seuraaviin tehtäviin:
traces-request-additional-info = Lisätietoja (valinnainen)
traces-request-additional-info-hint = Kaikki, mikä auttaa pyyntösi tarkistavaa henkilöä.
traces-popup-email = Sähköposti
traces-popup-phone = Puhelin (valinnainen)
traces-popup-send = Lähetä valtuutuspyyntö
traces-popup-cancel = Peruuta
traces-popup-sending = Lähetetään…

## "Create new Operator".

traces-new-operator-back = Takaisin toimijahakuun
traces-new-operator-title = Luo uusi toimija
# $operator: the name of the operator just created.
traces-new-operator-created = Toimija { $operator } on luotu, ja pyyntösi liittyä siihen on kirjattu.
traces-new-operator-duplicates-title = Onko se jokin näistä?
traces-new-operator-duplicates-text = Nämä toimijat muistuttavat luomaasi toimijaa. Jos työskentelet jollekin niistä, rastita se ja napsauta sen sijaan ”Pyydä valtuutusta”. Jos mikään niistä ei ole sinun, napsauta uudelleen ”Luo uusi toimija”.
traces-new-operator-lead = Tähdellä * merkityt kentät ovat pakollisia. EORI-numero on pakollinen luomutuotteiden tuojille.
traces-new-operator-create = Luo uusi toimija
traces-new-operator-checking = Tarkistetaan…
traces-new-operator-operator = Toimija
traces-new-operator-name = Nimi
traces-new-operator-country = Maa
traces-new-operator-choose-country = Valitse maa
traces-new-operator-address = Osoite
traces-new-operator-city = Paikkakunta
traces-new-operator-postcode = Postinumero
traces-new-operator-section = Osio
traces-new-operator-activity = Toiminnan laji
traces-new-operator-choose-activity = Valitse toiminnan laji
traces-new-operator-eori = EORI-numero
traces-new-operator-eori-hint = Kaksikirjaiminen maatunnus ja sen jälkeen enintään 15 kirjainta tai numeroa (DE1234567890). Pakollinen tuojille.
traces-new-operator-eori-mandatory = Tuojalle EORI-numero on pakollinen.
traces-new-operator-contact = Toimijan yhteystiedot
traces-new-operator-contact-rule = Pakollinen: anna vähintään yksi seuraavista: puhelin, faksi, sähköposti tai verkkosivusto.
traces-new-operator-phone = Puhelin
traces-new-operator-fax = Faksi
traces-new-operator-email = Sähköposti
traces-new-operator-website = Verkkosivusto
traces-new-operator-request = Pyyntösi liittyä tähän toimijaan
traces-new-operator-request-hint = Pyyntösi tarkistava henkilö näkee nämä tiedot ja ottaa niiden avulla sinuun yhteyttä.
traces-new-operator-your-email = Sähköpostiosoitteesi
traces-new-operator-your-email-hint = EU Login -tililtäsi; voit antaa tätä pyyntöä varten toisen osoitteen.
traces-new-operator-your-phone = Puhelinnumerosi (valinnainen)

## "My TRACES profile".

traces-profile-title = Oma TRACES-profiilini
traces-profile-requests = Omat pyyntöni
traces-profile-loading = Pyyntöjäsi ladataan…
traces-profile-no-requests = Et ole vielä pyytänyt yhtään roolia tässä ympäristössä.
traces-profile-column-organisation = Organisaatio
traces-profile-column-role = Rooli
traces-profile-column-scope = Alue
traces-profile-column-requested = Pyydetty
traces-profile-column-decided = Päätetty
traces-profile-column-status = Tila
traces-profile-column-reason = Syy
traces-profile-column-action = Toiminto
traces-profile-cancel = Peru
# The name of the “Cancel” button of one request. $organisation: the organisation's name.
traces-profile-cancel-label = Peru organisaatiota ”{ $organisation }” koskeva pyyntö
# $organisation: the organisation's name.
traces-profile-cancelled = Organisaatiota ”{ $organisation }” koskeva pyyntösi on peruttu.
# $zone: an IANA time zone name, like Europe/Brussels.
traces-profile-time-zone = Päivämäärät ja kellonajat näytetään aikavyöhykkeelläsi { $zone }. Voit vaihtaa sen kohdassa Asetukset.
traces-profile-new-role = Pyydä uutta roolia
# $problem: why, as the server says it.
traces-profile-preferences-failed = Asetuksiasi ei voida näyttää: { $problem }

## The preferences of the profile page.

traces-preferences-title = Asetukset
traces-preferences-notifications-title = Aikavyöhyke ja ilmoitukset
# $instance: production or training (only chooses the text).
traces-preferences-instance-only =
    { $instance ->
        [training] Nämä asetukset koskevat vain koulutusympäristöä.
       *[production] Nämä asetukset koskevat vain tuotantoympäristöä.
    }
traces-preferences-time-zone = Aikavyöhyke
traces-preferences-time-zone-hint = Pyyntöjesi päivämäärät ja kellonajat näytetään tällä aikavyöhykkeellä.
traces-preferences-zone-utc = UTC (koordinoitu yleisaika)
traces-preferences-zones-eu = Euroopan unioni
traces-preferences-zones-other = Muut maat
# A time zone in the list. $country: the country's name; $zone: the IANA name (Europe/Vienna).
traces-preferences-zone = { $country } ({ $zone })
# $country: the country's name; $place: a region of it (Azores); $zone: the IANA name.
traces-preferences-zone-region = { $country }, { $place } ({ $zone })
# $country: the country's name; $place: a city of it (Chicago); $zone: the IANA name.
traces-preferences-zone-city = { $country } ({ $place }) ({ $zone })
traces-preferences-place-azores = Azorit
traces-preferences-place-madeira = Madeira
traces-preferences-place-canary-islands = Kanariansaaret
traces-preferences-place-sydney = Sydney
traces-preferences-place-sao-paulo = São Paulo
traces-preferences-place-toronto = Toronto
traces-preferences-place-chicago = Chicago
traces-preferences-place-los-angeles = Los Angeles
traces-preferences-place-new-york = New York
# $browser: the browser's time zone; $saved: the saved one (IANA names, like Europe/Brussels).
traces-preferences-browser-zone = Selaimesi aikavyöhyke on { $browser }, joten se on valittu tässä. Tallennettu aikavyöhykkeesi on { $saved }, kunnes napsautat ”Tallenna asetukset”.
traces-preferences-events = Ilmoita minulle
traces-preferences-notify-decisions = Pyyntöjäni koskevista päätöksistä (hyväksytty, hylätty, mitätöity)
traces-preferences-notify-new-requests = Uusista päätöstäni odottavista pyynnöistä (jos päätät pyynnöistä: viranomaiset ja organisaatioiden pääkäyttäjät)
traces-preferences-channels = Miten minulle ilmoitetaan
traces-preferences-notify-in-app = Sovelluksessa
traces-preferences-notify-email = Sähköpostitse (EU Login -tilisi osoitteeseen)
traces-preferences-no-channel = Jos kumpaakaan vaihtoehdoista ”Sovelluksessa” ja ”Sähköpostitse” ei ole rastitettu, sinulle ei ilmoiteta mistään.
traces-preferences-save = Tallenna asetukset
traces-preferences-saving = Tallennetaan…
# $zone: the time zone just saved (an IANA name, like America/New_York).
traces-preferences-saved = Asetuksesi on tallennettu. Päivämäärät ja kellonajat näytetään nyt aikavyöhykkeellä { $zone }.
traces-preferences-language-title = Kieli
# $account: a link, traces-preferences-my-account.
traces-preferences-language-text = Kielesi kuuluvat EU Login -tiliisi: ne ovat samat tuotanto- ja koulutusympäristössä. Voit muuttaa niitä nimiesi ohella myös sivulla { $account }.
traces-preferences-my-account = Oma tilini
traces-preferences-interface-language = Käyttöliittymän kieli
traces-preferences-interface-language-hint = Näiden sivujen kieli aina, kun olet kirjautuneena.
traces-preferences-email-language = Sähköpostien kieli
traces-preferences-email-language-hint = Saamiesi sähköpostien kieli, ilmoitukset mukaan lukien.
traces-preferences-save-languages = Tallenna kielet
traces-preferences-languages-saved = Kielesi on tallennettu.

## Statuses, as the profile, the search results and the queue show them.

traces-status-pending = Käsiteltävänä
traces-status-valid = Voimassa
traces-status-rejected = Hylätty
traces-status-cancelled = Peruttu
traces-status-revoked = Mitätöity
traces-status-organisation-new = Uusi
traces-status-organisation-valid = Voimassa
traces-status-organisation-rejected = Hylätty
traces-status-organisation-inactive = Passiivinen
