## TRACES NT: the landing page, the welcome page of an instance, the role choice, the searches
## for a post with the request popup, "Create new Operator", and the profile with its
## preferences. Button and link names quoted in the helpdesk letter (“Login into TRACES”,
## “sign up for TRACES”, “Request Authorisation”, “Create new Operator”, “send authorisation
## request”) are the ones users are told to click: translate them the way the letter is
## translated.

## The landing page: production or training.

traces-landing-title = TRACES NT – potvrde o inspekciji za ekološke proizvode
traces-landing-lead = Dostupna su produkcijsko mrežno mjesto sustava TRACES NT i mrežno mjesto za osposobljavanje. Prije nego što ih možete upotrebljavati, registrirajte se u sustavu EU Login, a zatim zatražite svoju ulogu u sustavu TRACES NT. Uloge zatražene na jednom mrežnom mjestu ne prenose se na drugo.
traces-landing-production = TRACES NT – produkcija
traces-landing-production-text = Za stvarne potvrde i stvarne zahtjeve.
traces-landing-training = TRACES NT – osposobljavanje
traces-landing-training-text = Za učenje i demonstraciju registracije bez posljedica.

## The welcome page of an instance.

traces-welcome-title = Dobro došli u TRACES NT
traces-welcome-title-training = Dobro došli u instancu sustava TRACES NT za osposobljavanje
traces-welcome-lead = Potvrda o inspekciji za proizvode ekološkog podrijetla nalazi se na ovom mrežnom mjestu. Da biste joj pristupili, morate se prijaviti i registrirati kao korisnik.
traces-welcome-log-in = Prijava u TRACES
# Followed by the link “sign up for TRACES”.
traces-welcome-no-account = Još nemate račun EU Login?
traces-welcome-sign-up = Registrirajte se u TRACES
traces-welcome-step-1 = Registrirajte se u sustavu EU Login.
traces-welcome-step-1-text = Ako već imate račun EU Login (ECAS), prijeđite izravno na 2. korak.
traces-welcome-step-2 = Registrirajte se u sustavu TRACES NT.
traces-welcome-step-2-text = Prijavite se, odaberite svoju ulogu (Subjekt, Kontrolno tijelo za ekološku proizvodnju ili Tijelo) i pošaljite zahtjev za autorizaciju.
# $name: the first and last name of the person, in bold.
traces-welcome-logged-in = Prijavljeni ste kao { $name }.
# $change: a link, traces-welcome-change-credentials; $reset: a link, traces-welcome-reset-password.
traces-welcome-credentials = U sustavu EU Login možete po potrebi { $change } ili { $reset }.
traces-welcome-change-credentials = promijeniti svoje vjerodajnice za EU Login
traces-welcome-reset-password = ponovno postaviti lozinku

## A page of an instance opened before logging in.

traces-log-in-title = Prijavite se
traces-log-in-needed = Za registraciju u sustavu TRACES NT morate se prijaviti svojim računom EU Login.
traces-log-in-button = Prijava u TRACES

## "Select your role in TRACES" on the welcome page.

traces-role-title = Odaberite svoju ulogu u sustavu TRACES
traces-role-loading = Učitavanje vaše uloge…
traces-role-link-operator = Subjekt (uvoznik, prvi primatelj)
traces-role-link-control-body = Kontrolno tijelo za ekološku proizvodnju (ili tijelo za kontrolu)
traces-role-link-authority = Tijelo (granična kontrolna postaja ili središnje nadležno tijelo)
# $kind: the person's role kind (Operator, Organic Control Body, Authority), in bold.
traces-role-already = U ovoj instanci već imate vrstu uloge { $kind }. Svaka osoba može imati samo jednu vrstu uloge; unutar nje možete zatražiti dodatne položaje.
traces-role-see-requests = Pogledajte svoje zahtjeve u profilu
traces-role-one-kind = Imajte na umu da svaka osoba može imati samo jednu vrstu uloge. Unutar svoje uloge možete imati više položaja: na primjer raditi za dva ili više subjekata ili kao kontrolno tijelo provoditi kontrolu u više zemalja.

## The searches for an operator, an authority or a control body.

traces-search-title-operator = Zahtjev za autorizaciju: subjekt
traces-search-title-authority = Zahtjev za autorizaciju: tijelo
traces-search-title-control-body = Zahtjev za autorizaciju: kontrolno tijelo za ekološku proizvodnju
traces-search-back = Natrag na odabir uloge
traces-search-country = Zemlja
traces-search-any-country = Bilo koja zemlja
traces-search-section = Odjeljak
traces-search-any-section = Bilo koji odjeljak
traces-search-activity = Vrsta djelatnosti
traces-search-any-activity = Bilo koja vrsta djelatnosti
traces-search-role = Uloga
traces-search-any-role = Bilo koja uloga
traces-search-name = Naziv
traces-search-name-hint = Dovoljan je dio naziva; velika slova i dijakritički znakovi nisu važni.
traces-search-button = Pretraži
traces-operator-lead = Potražite subjekt za koji radite, označite okvir pokraj njega i kliknite „Zatraži autorizaciju“. Možete označiti više subjekata, i na više stranica.
traces-operator-create-new-hint = Ako ste sigurni da ne možete pronaći subjekt za koji radite, možete ga izraditi.
traces-operator-create-new = Izradi novi subjekt
traces-authority-lead = Potražite svoje tijelo, označite okvir pokraj njega i kliknite „Zatraži autorizaciju“.
traces-control-body-lead = Potražite svoje kontrolno tijelo. Ako provodite certifikaciju za samo jednu zemlju, označite okvir te zemlje; ako provodite certifikaciju za sve zemlje u kojima vaše kontrolno tijelo provodi certifikaciju, označite „Sve zemlje“ na vrhu njegova popisa. Zatim kliknite „Zatraži autorizaciju“.
traces-control-body-country-hint = Zemlja u kojoj kontrolno tijelo provodi certifikaciju.
traces-control-body-name-hint = Dovoljan je dio naziva ili šifre.

## The results of a search, "Request Authorisation" and the popup.

traces-posts-request = Zatraži autorizaciju
traces-posts-none-selected = Najprije u rezultatima označite okvir svojeg položaja.
# $count: how many posts are ticked (1 or more).
traces-posts-selected =
    { $count ->
        [one] Odabran je { $count } položaj.
        [few] Odabrana su { $count } položaja.
       *[other] Odabrano je { $count } položaja.
    }
traces-posts-searching = Pretraživanje…
traces-posts-no-results = Nijedna organizacija ne odgovara vašem pretraživanju.
# $count: how many organisations this page of results shows (1 or more).
traces-posts-results =
    { $count ->
        [one] { $count } rezultat na ovoj stranici.
        [few] { $count } rezultata na ovoj stranici.
       *[other] { $count } rezultata na ovoj stranici.
    }
traces-posts-first-page = Prva stranica
traces-posts-next-page = Sljedeća stranica
traces-posts-caption = Rezultati pretraživanja
traces-posts-column-name = Naziv
traces-posts-column-country = Zemlja
traces-posts-column-city = Mjesto
traces-posts-column-activity = Vrsta djelatnosti
traces-posts-column-eori = Broj EORI
traces-posts-column-select = Odabir
traces-posts-column-role = Uloga
traces-posts-column-code = Šifra
traces-posts-column-certified = Zemlje certifikacije (odaberite)
# $code: the role's code (BCP, CCA); $name: its name; $acts: what it acts as.
traces-posts-authority-role = { $code } ({ $name }, djeluje kao { $acts })
traces-posts-all-countries = Sve zemlje
# The name of a tick box. $organisation: the control body's name.
traces-posts-all-countries-of = { $organisation }: sve zemlje
# $count: how many requests were sent (1 or more). Followed by the link “Open my profile”.
traces-posts-sent =
    { $count ->
        [one] Vaš zahtjev za autorizaciju je poslan. Možete ga pratiti u svojem profilu.
        [few] Vaša { $count } zahtjeva za autorizaciju su poslana. Možete ih pratiti u svojem profilu.
       *[other] Poslano je { $count } vaših zahtjeva za autorizaciju. Možete ih pratiti u svojem profilu.
    }
traces-open-profile = Otvori moj profil
traces-popup-asking-for = Tražite autorizaciju za:
traces-request-additional-info = Dodatne informacije (neobvezno)
traces-request-additional-info-hint = Sve što pomaže osobi koja provjerava vaš zahtjev.
traces-popup-email = Adresa e-pošte
traces-popup-phone = Telefon (neobvezno)
traces-popup-send = pošalji zahtjev za autorizaciju
traces-popup-cancel = Odustani
traces-popup-sending = Slanje…

## "Create new Operator".

traces-new-operator-back = Natrag na pretraživanje subjekata
traces-new-operator-title = Izradi novi subjekt
# $operator: the name of the operator just created.
traces-new-operator-created = Subjekt { $operator } je izrađen, a vaš je zahtjev za pridruživanje tom subjektu registriran.
traces-new-operator-duplicates-title = Je li to jedan od ovih?
traces-new-operator-duplicates-text = Ovi subjekti nalikuju onome koji izrađujete. Ako radite za jedan od njih, označite ga i umjesto toga kliknite „Zatraži autorizaciju“. Ako nijedan od njih nije vaš, ponovno kliknite „izradi novi subjekt“.
traces-new-operator-lead = Polja označena znakom * obvezna su. Broj EORI obvezan je za uvoznike ekoloških proizvoda.
traces-new-operator-create = izradi novi subjekt
traces-new-operator-checking = Provjera…
traces-new-operator-operator = Subjekt
traces-new-operator-name = Naziv
traces-new-operator-country = Zemlja
traces-new-operator-choose-country = Odaberite zemlju
traces-new-operator-address = Adresa
traces-new-operator-city = Mjesto
traces-new-operator-postcode = Poštanski broj
traces-new-operator-section = Odjeljak
traces-new-operator-activity = Vrsta djelatnosti
traces-new-operator-choose-activity = Odaberite vrstu djelatnosti
traces-new-operator-eori = Broj EORI
traces-new-operator-eori-hint = Dvoslovna oznaka zemlje, a zatim do 15 slova ili znamenaka (DE1234567890). Obvezan za uvoznike.
traces-new-operator-eori-mandatory = Za uvoznika je broj EORI obvezan.
traces-new-operator-contact = Kontakt subjekta
traces-new-operator-contact-rule = Obvezno: navedite barem jedan od podataka: telefon, telefaks, adresu e-pošte ili mrežno mjesto.
traces-new-operator-phone = Telefon
traces-new-operator-fax = Telefaks
traces-new-operator-email = Adresa e-pošte
traces-new-operator-website = Mrežno mjesto
traces-new-operator-request = Vaš zahtjev za pridruživanje ovom subjektu
traces-new-operator-request-hint = Osoba koja provjerava vaš zahtjev vidi ove podatke i upotrebljava ih kako bi vas kontaktirala.
traces-new-operator-your-email = Vaša adresa e-pošte
traces-new-operator-your-email-hint = Iz vašeg računa EU Login; za ovaj zahtjev možete navesti drugu adresu.
traces-new-operator-your-phone = Vaš telefon (neobvezno)

## "My TRACES profile".

traces-profile-title = Moj profil u sustavu TRACES
traces-profile-requests = Moji zahtjevi
traces-profile-loading = Učitavanje vaših zahtjeva…
traces-profile-no-requests = U ovoj instanci još niste zatražili nijednu ulogu.
traces-profile-column-organisation = Organizacija
traces-profile-column-role = Uloga
traces-profile-column-scope = Opseg
traces-profile-column-requested = Zatraženo
traces-profile-column-decided = Odlučeno
traces-profile-column-status = Status
traces-profile-column-reason = Razlog
traces-profile-column-action = Radnja
traces-profile-cancel = Otkaži
# The name of the “Cancel” button of one request. $organisation: the organisation's name.
traces-profile-cancel-label = Otkaži zahtjev za { $organisation }
# $organisation: the organisation's name.
traces-profile-cancelled = Vaš zahtjev za { $organisation } otkazan je.
# $zone: an IANA time zone name, like Europe/Brussels.
traces-profile-time-zone = Datumi i vremena prikazuju se u vašoj vremenskoj zoni, { $zone }. Možete je promijeniti u odjeljku Postavke.
traces-profile-new-role = Zatraži novu ulogu
# $problem: why, as the server says it.
traces-profile-preferences-failed = Vaše postavke ne mogu se prikazati: { $problem }

## The preferences of the profile page.

traces-preferences-title = Postavke
traces-preferences-notifications-title = Vremenska zona i obavijesti
# $instance: production or training (only chooses the text).
traces-preferences-instance-only =
    { $instance ->
        [training] Ove postavke vrijede samo za instancu za osposobljavanje.
       *[production] Ove postavke vrijede samo za produkcijsku instancu.
    }
traces-preferences-time-zone = Vremenska zona
traces-preferences-time-zone-hint = Datumi i vremena vaših zahtjeva prikazuju se u ovoj vremenskoj zoni.
traces-preferences-zone-utc = UTC (koordinirano svjetsko vrijeme)
traces-preferences-zones-eu = Europska unija
traces-preferences-zones-other = Ostale zemlje
# A time zone in the list. $country: the country's name; $zone: the IANA name (Europe/Vienna).
traces-preferences-zone = { $country } ({ $zone })
# $country: the country's name; $place: a region of it (Azores); $zone: the IANA name.
traces-preferences-zone-region = { $country }, { $place } ({ $zone })
# $country: the country's name; $place: a city of it (Chicago); $zone: the IANA name.
traces-preferences-zone-city = { $country } ({ $place }) ({ $zone })
traces-preferences-place-azores = Azori
traces-preferences-place-madeira = Madeira
traces-preferences-place-canary-islands = Kanarski otoci
traces-preferences-place-sydney = Sydney
traces-preferences-place-sao-paulo = São Paulo
traces-preferences-place-toronto = Toronto
traces-preferences-place-chicago = Chicago
traces-preferences-place-los-angeles = Los Angeles
traces-preferences-place-new-york = New York
# $browser: the browser's time zone; $saved: the saved one (IANA names, like Europe/Brussels).
traces-preferences-browser-zone = Vaš je preglednik postavljen na { $browser }, pa je ta zona ovdje odabrana. Spremljena vremenska zona ostaje { $saved } dok ne kliknete „Spremi postavke“.
traces-preferences-events = Događaji o kojima želim primati obavijesti
traces-preferences-notify-decisions = Odluke o mojim zahtjevima (odobreni, odbijeni, opozvani)
traces-preferences-notify-new-requests = Novi zahtjevi koji čekaju moju odluku (ako odlučujete o zahtjevima: tijela i administratori organizacije)
traces-preferences-channels = Način obavješćivanja
traces-preferences-notify-in-app = U aplikaciji
traces-preferences-notify-email = E-poštom (na adresu vašeg računa EU Login)
traces-preferences-no-channel = Ako nije označeno ni „U aplikaciji“ ni „E-poštom“, nećete primati nikakve obavijesti.
traces-preferences-save = Spremi postavke
traces-preferences-saving = Spremanje…
# $zone: the time zone just saved (an IANA name, like America/New_York).
traces-preferences-saved = Vaše su postavke spremljene. Datumi i vremena sada se prikazuju u vremenskoj zoni { $zone }.
traces-preferences-language-title = Jezik
# $account: a link, traces-preferences-my-account.
traces-preferences-language-text = Vaši jezici pripadaju vašem računu EU Login: isti su u produkciji i u instanci za osposobljavanje. Možete ih promijeniti, zajedno sa svojim imenom i prezimenom, i na stranici { $account }.
traces-preferences-my-account = Moj račun
traces-preferences-interface-language = Jezik sučelja
traces-preferences-interface-language-hint = Jezik ovih stranica kad god ste prijavljeni.
traces-preferences-email-language = Jezik poruka e-pošte
traces-preferences-email-language-hint = Jezik poruka e-pošte koje primate, uključujući obavijesti.
traces-preferences-save-languages = Spremi jezike
traces-preferences-languages-saved = Vaši su jezici spremljeni.

## Statuses, as the profile, the search results and the queue show them.

traces-status-pending = Na čekanju
traces-status-valid = Valjan
traces-status-rejected = Odbijen
traces-status-cancelled = Otkazan
traces-status-revoked = Opozvan
traces-status-organisation-new = Nova
traces-status-organisation-valid = Valjana
traces-status-organisation-rejected = Odbijena
traces-status-organisation-inactive = Neaktivna
