## TRACES NT: the landing page, the welcome page of an instance, the role choice, the searches
## for a post with the request popup, "Create new Operator", and the profile with its
## preferences. Button and link names quoted in the helpdesk letter (“Login into TRACES”,
## “sign up for TRACES”, “Request Authorisation”, “Create new Operator”, “send authorisation
## request”) are the ones users are told to click: translate them the way the letter is
## translated.

## The landing page: production or training.

traces-landing-title = TRACES NT – Az ökológiai termékek ellenőrzési tanúsítványai
traces-landing-lead = A TRACES NT éles és képzési webhelye is elérhető. Használatuk előtt regisztráljon az EU Loginban, majd igényelje szerepkörét a TRACES NT-ben. Az egyik webhelyen igényelt szerepkörök nem kerülnek át a másikra.
traces-landing-production = TRACES NT – éles környezet
traces-landing-production-text = Valódi tanúsítványokhoz és valódi kérelmekhez.
traces-landing-training = TRACES NT – képzési környezet
traces-landing-training-text = A regisztráció megtanulásához és bemutatásához, következmények nélkül.

## The welcome page of an instance.

traces-welcome-title = Üdvözöljük a TRACES NT-ben
traces-welcome-title-training = Üdvözöljük a TRACES NT képzési környezetében
traces-welcome-lead = Ezen a webhelyen érhető el az ökológiai eredetű termékek ellenőrzési tanúsítványa. Használatához be kell jelentkeznie, és felhasználóként regisztrálnia kell.
traces-welcome-log-in = Bejelentkezés a TRACES-be
# Followed by the link “sign up for TRACES”.
traces-welcome-no-account = Még nincs EU Login-fiókja?
traces-welcome-sign-up = regisztráció a TRACES-be
traces-welcome-step-1 = Regisztráljon az EU Loginban.
traces-welcome-step-1-text = Ha már van EU Login-fiókja (ECAS), lépjen közvetlenül a 2. lépésre.
traces-welcome-step-2 = Regisztráljon a TRACES NT-ben.
traces-welcome-step-2-text = Jelentkezzen be, válassza ki szerepkörét (vállalkozó, ökológiai ellenőrző szerv vagy hatóság), és küldjön engedélyezési kérelmet.
# $name: the first and last name of the person, in bold.
traces-welcome-logged-in = Bejelentkezve: { $name }.
# $change: a link, traces-welcome-change-credentials; $reset: a link, traces-welcome-reset-password.
traces-welcome-credentials = Az EU Loginban szükség esetén { $change }, vagy { $reset }.
traces-welcome-change-credentials = módosíthatja EU Login-hozzáférési adatait
traces-welcome-reset-password = visszaállíthatja jelszavát

## A page of an instance opened before logging in.

traces-log-in-title = Kérjük, jelentkezzen be
traces-log-in-needed = A TRACES NT-ben való regisztrációhoz be kell jelentkeznie EU Login-fiókjával.
traces-log-in-button = Bejelentkezés a TRACES-be

## "Select your role in TRACES" on the welcome page.

traces-role-title = Válassza ki szerepkörét a TRACES-ben
traces-role-loading = Szerepkörének betöltése…
traces-role-link-operator = Vállalkozó (importőr, első címzett)
traces-role-link-control-body = Ökológiai ellenőrző szerv (vagy ellenőrző hatóság)
traces-role-link-authority = Hatóság (határállomás vagy központi illetékes hatóság)
# $kind: the person's role kind (Operator, Organic Control Body, Authority), in bold.
traces-role-already = Ebben a környezetben már { $kind } típusú szerepköre van. Mindenki csak egyféle szerepkört tölthet be; ezen belül további pozíciókat igényelhet.
traces-role-see-requests = Kérelmei megtekintése a profiljában
traces-role-one-kind = Felhívjuk figyelmét, hogy mindenki csak egyféle szerepkört tölthet be. Szerepkörén belül több pozíciót is betölthet: például dolgozhat két vagy több vállalkozónak, vagy ellenőrző szervként több országban is végezhet ellenőrzést.

## The searches for an operator, an authority or a control body.

traces-search-title-operator = Engedélyezés kérése: Vállalkozó
traces-search-title-authority = Engedélyezés kérése: Hatóság
traces-search-title-control-body = Engedélyezés kérése: Ökológiai ellenőrző szerv
traces-search-back = Vissza a szerepkör kiválasztásához
traces-search-country = Ország
traces-search-any-country = Bármely ország
traces-search-section = Szakasz
traces-search-any-section = Bármely szakasz
traces-search-activity = Tevékenységtípus
traces-search-any-activity = Bármely tevékenységtípus
traces-search-role = Szerepkör
traces-search-any-role = Bármely szerepkör
traces-search-name = Név
traces-search-name-hint = Elég a név egy része; a kis- és nagybetűk, valamint az ékezetek nem számítanak.
traces-search-button = Keresés
traces-operator-lead = Keresse meg a vállalkozót, amelynek dolgozik, jelölje be a mögötte lévő négyzetet, és kattintson az „Engedélyezés kérése” gombra. Több vállalkozót is bejelölhet, akár több oldalon is.
traces-operator-create-new-hint = Ha biztos abban, hogy nem találja a vállalkozót, amelynek dolgozik, létrehozhatja.
traces-operator-create-new = Új vállalkozó létrehozása
traces-authority-lead = Keresse meg hatóságát, jelölje be a mögötte lévő négyzetet, és kattintson az „Engedélyezés kérése” gombra.
traces-control-body-lead = Keresse meg ellenőrző szervét. Ha egyetlen országra vonatkozóan végez tanúsítást, jelölje be annak az országnak a négyzetét; ha ellenőrző szerve összes tanúsítási országára vonatkozóan végez tanúsítást, jelölje be a lista tetején az „Összes ország” négyzetet. Ezután kattintson az „Engedélyezés kérése” gombra.
traces-control-body-country-hint = Olyan ország, amelyben az ellenőrző szerv tanúsítást végez.
traces-control-body-name-hint = Elég a név vagy a kód egy része.

## The results of a search, "Request Authorisation" and the popup.

traces-posts-request = Engedélyezés kérése
traces-posts-none-selected = Előbb jelölje be pozíciójának négyzetét a találatok között.
# $count: how many posts are ticked (1 or more).
traces-posts-selected =
    { $count ->
        [one] { $count } pozíció kijelölve.
       *[other] { $count } pozíció kijelölve.
    }
traces-posts-searching = Keresés…
traces-posts-no-results = Egyetlen szervezet sem felel meg a keresésnek.
# $count: how many organisations this page of results shows (1 or more).
traces-posts-results =
    { $count ->
        [one] { $count } találat ezen az oldalon.
       *[other] { $count } találat ezen az oldalon.
    }
traces-posts-first-page = Első oldal
traces-posts-next-page = Következő oldal
traces-posts-caption = Keresési találatok
traces-posts-column-name = Név
traces-posts-column-country = Ország
traces-posts-column-city = Település
traces-posts-column-activity = Tevékenységtípus
traces-posts-column-eori = EORI-szám
traces-posts-column-select = Kijelölés
traces-posts-column-role = Szerepkör
traces-posts-column-code = Kód
traces-posts-column-certified = Tanúsított országok (kijelölés)
# $code: the role's code (BCP, CCA); $name: its name; $acts: what it acts as.
traces-posts-authority-role = { $code } ({ $name }, ebben a szerepkörben jár el: { $acts })
traces-posts-all-countries = Összes ország
# The name of a tick box. $organisation: the control body's name.
traces-posts-all-countries-of = { $organisation }: összes ország
# $count: how many requests were sent (1 or more). Followed by the link “Open my profile”.
traces-posts-sent =
    { $count ->
        [one] Engedélyezési kérelmét elküldtük. A profiljában nyomon követheti.
       *[other] { $count } engedélyezési kérelmét elküldtük. A profiljában nyomon követheti őket.
    }
traces-open-profile = Profilom megnyitása
traces-popup-asking-for = A következőkre kér engedélyezést:
traces-request-additional-info = További információk (nem kötelező)
traces-request-additional-info-hint = Bármi, ami segíti a kérelmét ellenőrző személyt.
traces-popup-email = E-mail-cím
traces-popup-phone = Telefon (nem kötelező)
traces-popup-send = engedélyezési kérelem elküldése
traces-popup-cancel = Mégse
traces-popup-sending = Küldés…

## "Create new Operator".

traces-new-operator-back = Vissza a vállalkozó kereséséhez
traces-new-operator-title = Új vállalkozó létrehozása
# $operator: the name of the operator just created.
traces-new-operator-created = A(z) { $operator } vállalkozó létrejött, és a hozzá való csatlakozásra irányuló kérelmét rögzítettük.
traces-new-operator-duplicates-title = Ezek egyikéről van szó?
traces-new-operator-duplicates-text = Ezek a vállalkozók hasonlítanak ahhoz, amelyet létrehoz. Ha ezek egyikének dolgozik, jelölje be, és inkább az „Engedélyezés kérése” gombra kattintson. Ha egyik sem az Öné, kattintson ismét az „új vállalkozó létrehozása” gombra.
traces-new-operator-lead = A csillaggal (*) jelölt mezők kitöltése kötelező. Az EORI-szám megadása az ökológiai termékek importőrei számára kötelező.
traces-new-operator-create = új vállalkozó létrehozása
traces-new-operator-checking = Ellenőrzés…
traces-new-operator-operator = A vállalkozó
traces-new-operator-name = Név
traces-new-operator-country = Ország
traces-new-operator-choose-country = Válasszon országot
traces-new-operator-address = Cím
traces-new-operator-city = Település
traces-new-operator-postcode = Irányítószám
traces-new-operator-section = Szakasz
traces-new-operator-activity = Tevékenységtípus
traces-new-operator-choose-activity = Válasszon tevékenységtípust
traces-new-operator-eori = EORI-szám
traces-new-operator-eori-hint = A kétbetűs országkód, majd legfeljebb 15 betű vagy számjegy (DE1234567890). Importőrök számára kötelező.
traces-new-operator-eori-mandatory = Importőr esetében az EORI-szám megadása kötelező.
traces-new-operator-contact = A vállalkozó elérhetőségei
traces-new-operator-contact-rule = Kötelező: adjon meg legalább egyet a következők közül: telefon, fax, e-mail-cím vagy weboldal.
traces-new-operator-phone = Telefon
traces-new-operator-fax = Fax
traces-new-operator-email = E-mail-cím
traces-new-operator-website = Weboldal
traces-new-operator-request = Az Ön kérelme a vállalkozóhoz való csatlakozásra
traces-new-operator-request-hint = A kérelmét ellenőrző személy ezt látja, és ennek alapján veszi fel Önnel a kapcsolatot.
traces-new-operator-your-email = Az Ön e-mail-címe
traces-new-operator-your-email-hint = EU Login-fiókjából; ehhez a kérelemhez másik címet is megadhat.
traces-new-operator-your-phone = Az Ön telefonszáma (nem kötelező)

## "My TRACES profile".

traces-profile-title = TRACES-profilom
traces-profile-requests = Kérelmeim
traces-profile-loading = Kérelmeinek betöltése…
traces-profile-no-requests = Ebben a környezetben még nem igényelt szerepkört.
traces-profile-column-organisation = Szervezet
traces-profile-column-role = Szerepkör
traces-profile-column-scope = Hatókör
traces-profile-column-requested = Kérelem dátuma
traces-profile-column-decided = Döntés dátuma
traces-profile-column-status = Állapot
traces-profile-column-reason = Indoklás
traces-profile-column-action = Művelet
traces-profile-cancel = Törlés
# The name of the “Cancel” button of one request. $organisation: the organisation's name.
traces-profile-cancel-label = Kérelem törlése: { $organisation }
# $organisation: the organisation's name.
traces-profile-cancelled = Kérelmét („{ $organisation }”) töröltük.
# $zone: an IANA time zone name, like Europe/Brussels.
traces-profile-time-zone = A dátumok és időpontok az Ön időzónájában ({ $zone }) jelennek meg. Ezt a Beállítások részben módosíthatja.
traces-profile-new-role = Új szerepkör igénylése
# $problem: why, as the server says it.
traces-profile-preferences-failed = Beállításai nem jeleníthetők meg: { $problem }

## The preferences of the profile page.

traces-preferences-title = Beállítások
traces-preferences-notifications-title = Időzóna és értesítések
# $instance: production or training (only chooses the text).
traces-preferences-instance-only =
    { $instance ->
        [training] Ezek a beállítások csak a képzési környezetre vonatkoznak.
       *[production] Ezek a beállítások csak az éles környezetre vonatkoznak.
    }
traces-preferences-time-zone = Időzóna
traces-preferences-time-zone-hint = Kérelmeinek dátumai és időpontjai ebben az időzónában jelennek meg.
traces-preferences-zone-utc = UTC (egyezményes koordinált világidő)
traces-preferences-zones-eu = Európai Unió
traces-preferences-zones-other = Egyéb országok
# A time zone in the list. $country: the country's name; $zone: the IANA name (Europe/Vienna).
traces-preferences-zone = { $country } ({ $zone })
# $country: the country's name; $place: a region of it (Azores); $zone: the IANA name.
traces-preferences-zone-region = { $country }, { $place } ({ $zone })
# $country: the country's name; $place: a city of it (Chicago); $zone: the IANA name.
traces-preferences-zone-city = { $country } ({ $place }) ({ $zone })
traces-preferences-place-azores = Azori-szigetek
traces-preferences-place-madeira = Madeira
traces-preferences-place-canary-islands = Kanári-szigetek
traces-preferences-place-sydney = Sydney
traces-preferences-place-sao-paulo = São Paulo
traces-preferences-place-toronto = Toronto
traces-preferences-place-chicago = Chicago
traces-preferences-place-los-angeles = Los Angeles
traces-preferences-place-new-york = New York
# $browser: the browser's time zone; $saved: the saved one (IANA names, like Europe/Brussels).
traces-preferences-browser-zone = Böngészője a(z) { $browser } időzónára van beállítva, ezért itt az van kiválasztva. Mentett időzónája továbbra is { $saved }, amíg nem kattint a „Beállítások mentése” gombra.
traces-preferences-events = Értesítsen a következőkről
traces-preferences-notify-decisions = Kérelmeimmel kapcsolatos döntések (elfogadás, elutasítás, visszavonás)
traces-preferences-notify-new-requests = Döntésemre váró új kérelmek (ha Ön dönt kérelmekről: hatóságok és szervezetek adminisztrátorai)
traces-preferences-channels = Az értesítés módja
traces-preferences-notify-in-app = Az alkalmazásban
traces-preferences-notify-email = E-mailben (EU Login-fiókja címére)
traces-preferences-no-channel = Ha sem „Az alkalmazásban”, sem az „E-mailben” lehetőség nincs bejelölve, semmiről sem kap értesítést.
traces-preferences-save = Beállítások mentése
traces-preferences-saving = Mentés…
# $zone: the time zone just saved (an IANA name, like America/New_York).
traces-preferences-saved = Beállításait mentettük. A dátumok és időpontok mostantól a következő időzónában jelennek meg: { $zone }.
traces-preferences-language-title = Nyelv
# $account: a link, traces-preferences-my-account.
traces-preferences-language-text = Nyelvi beállításai EU Login-fiókjához tartoznak: az éles és a képzési környezetben ugyanazok. Nevével együtt itt is módosíthatja őket: { $account }.
traces-preferences-my-account = Fiókom
traces-preferences-interface-language = A felület nyelve
traces-preferences-interface-language-hint = Ezeknek az oldalaknak a nyelve, amikor be van jelentkezve.
traces-preferences-email-language = Az e-mailek nyelve
traces-preferences-email-language-hint = Az Önnek küldött e-mailek nyelve, az értesítéseket is beleértve.
traces-preferences-save-languages = Nyelvek mentése
traces-preferences-languages-saved = Nyelvi beállításait mentettük.

## Statuses, as the profile, the search results and the queue show them.

traces-status-pending = Függőben
traces-status-valid = Érvényes
traces-status-rejected = Elutasítva
traces-status-cancelled = Törölve
traces-status-revoked = Visszavonva
traces-status-organisation-new = Új
traces-status-organisation-valid = Érvényes
traces-status-organisation-rejected = Elutasított
traces-status-organisation-inactive = Inaktív
