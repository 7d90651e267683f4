## TRACES NT: the landing page, the welcome page of an instance, the role choice, the searches
## for a post with the request popup, "Create new Operator", and the profile with its
## preferences. Button and link names quoted in the helpdesk letter (“Login into TRACES”,
## “sign up for TRACES”, “Request Authorisation”, “Create new Operator”, “send authorisation
## request”) are the ones users are told to click: translate them the way the letter is
## translated.

## The landing page: production or training.

traces-landing-title = TRACES NT – osvedčenia o kontrole pre ekologické produkty
traces-landing-lead = K dispozícii sú produkčná a školiaca stránka TRACES NT. Skôr ako ich budete môcť používať, zaregistrujte sa v EU Login a potom požiadajte o svoju rolu v TRACES NT. Roly, o ktoré požiadate na jednej stránke, sa na druhú neprenášajú.
traces-landing-production = TRACES NT – Produkcia
traces-landing-production-text = Pre skutočné osvedčenia a skutočné žiadosti.
traces-landing-training = TRACES NT – Školenie
traces-landing-training-text = Na učenie sa a predvádzanie registrácie bez akýchkoľvek následkov.

## The welcome page of an instance.

traces-welcome-title = Vitajte v TRACES NT
traces-welcome-title-training = Vitajte v TRACES NT – Školenie
traces-welcome-lead = Na tejto stránke sa nachádza osvedčenie o kontrole pre produkty ekologického pôvodu. Aby ste k nemu získali prístup, musíte sa prihlásiť a zaregistrovať ako používateľ.
traces-welcome-log-in = Prihlásiť sa do TRACES
# Followed by the link “sign up for TRACES”.
traces-welcome-no-account = Ešte nemáte účet EU Login?
traces-welcome-sign-up = zaregistrovať sa do TRACES
traces-welcome-step-1 = Zaregistrujte sa v EU Login.
traces-welcome-step-1-text = Ak už máte účet EU Login (ECAS), prejdite priamo na krok 2.
traces-welcome-step-2 = Zaregistrujte sa v TRACES NT.
traces-welcome-step-2-text = Prihláste sa, zvoľte svoju rolu (Prevádzkovateľ, Kontrolný subjekt pre ekologickú výrobu alebo Orgán) a odošlite žiadosť o autorizáciu.
# $name: the first and last name of the person, in bold.
traces-welcome-logged-in = Prihlásený používateľ: { $name }.
# $change: a link, traces-welcome-change-credentials; $reset: a link, traces-welcome-reset-password.
traces-welcome-credentials = V EU Login môžete v prípade potreby { $change } alebo { $reset }.
traces-welcome-change-credentials = zmeniť svoje prihlasovacie údaje EU Login
traces-welcome-reset-password = obnoviť heslo

## A page of an instance opened before logging in.

traces-log-in-title = Prihláste sa
traces-log-in-needed = Na registráciu v TRACES NT sa musíte prihlásiť svojím účtom EU Login.
traces-log-in-button = Prihlásiť sa do TRACES

## "Select your role in TRACES" on the welcome page.

traces-role-title = Zvoľte svoju rolu v TRACES
traces-role-loading = Načítava sa Vaša rola…
traces-role-link-operator = Prevádzkovateľ (dovozca, prvý príjemca)
traces-role-link-control-body = Kontrolný subjekt pre ekologickú výrobu (alebo kontrolný orgán)
traces-role-link-authority = Orgán (stanovište hraničnej kontroly alebo ústredný príslušný orgán)
# $kind: the person's role kind (Operator, Organic Control Body, Authority), in bold.
traces-role-already = V tejto inštancii už máte druh roly { $kind }. Každá osoba môže mať iba jeden druh roly; v jeho rámci môžete požiadať o ďalšie pozície.
traces-role-see-requests = Zobraziť svoje žiadosti v profile
traces-role-one-kind = Upozorňujeme, že každá osoba môže mať iba jeden druh roly. V rámci svojej roly môžete zastávať niekoľko pozícií: napríklad pracovať pre dvoch alebo viacerých prevádzkovateľov alebo ako kontrolný subjekt vykonávať kontroly v niekoľkých krajinách.

## The searches for an operator, an authority or a control body.

traces-search-title-operator = Žiadosť o autorizáciu: Prevádzkovateľ
traces-search-title-authority = Žiadosť o autorizáciu: Orgán
traces-search-title-control-body = Žiadosť o autorizáciu: Kontrolný subjekt pre ekologickú výrobu
traces-search-back = Späť na výber roly
traces-search-country = Krajina
traces-search-any-country = Akákoľvek krajina
traces-search-section = Sekcia
traces-search-any-section = Akákoľvek sekcia
traces-search-activity = Druh činnosti
traces-search-any-activity = Akýkoľvek druh činnosti
traces-search-role = Rola
traces-search-any-role = Akákoľvek rola
traces-search-name = Názov
traces-search-name-hint = Stačí časť názvu; na veľkých písmenách a diakritike nezáleží.
traces-search-button = Hľadať
traces-operator-lead = Vyhľadajte prevádzkovateľa, pre ktorého pracujete, začiarknite políčko pri ňom a kliknite na „Požiadať o autorizáciu“. Môžete začiarknuť viacerých prevádzkovateľov, aj na viacerých stránkach.
traces-operator-create-new-hint = Ak ste si istí, že prevádzkovateľa, pre ktorého pracujete, nemôžete nájsť, môžete ho vytvoriť.
traces-operator-create-new = Vytvoriť nového prevádzkovateľa
traces-authority-lead = Vyhľadajte svoj orgán, začiarknite políčko pri ňom a kliknite na „Požiadať o autorizáciu“.
traces-control-body-lead = Vyhľadajte svoj kontrolný subjekt. Ak certifikujete pre jednu krajinu, začiarknite políčko tejto krajiny; ak certifikujete pre všetky krajiny, v ktorých Váš kontrolný subjekt certifikuje, začiarknite „Všetky krajiny“ v hornej časti jeho zoznamu. Potom kliknite na „Požiadať o autorizáciu“.
traces-control-body-country-hint = Krajina, v ktorej kontrolný subjekt certifikuje.
traces-control-body-name-hint = Stačí časť názvu alebo kódu.

## The results of a search, "Request Authorisation" and the popup.

traces-posts-request = Požiadať o autorizáciu
traces-posts-none-selected = Najprv vo výsledkoch začiarknite políčko svojej pozície.
# $count: how many posts are ticked (1 or more).
traces-posts-selected =
    { $count ->
        [one] Vybratá { $count } pozícia.
        [few] Vybraté { $count } pozície.
        [many] Vybratých { $count } pozície.
       *[other] Vybratých { $count } pozícií.
    }
traces-posts-searching = Vyhľadáva sa…
traces-posts-no-results = Vášmu hľadaniu nezodpovedá žiadna organizácia.
# $count: how many organisations this page of results shows (1 or more).
traces-posts-results =
    { $count ->
        [one] { $count } výsledok na tejto stránke.
        [few] { $count } výsledky na tejto stránke.
        [many] { $count } výsledku na tejto stránke.
       *[other] { $count } výsledkov na tejto stránke.
    }
traces-posts-first-page = Prvá stránka
traces-posts-next-page = Ďalšia stránka
traces-posts-caption = Výsledky vyhľadávania
traces-posts-column-name = Názov
traces-posts-column-country = Krajina
traces-posts-column-city = Mesto
traces-posts-column-activity = Druh činnosti
traces-posts-column-eori = Číslo EORI
traces-posts-column-select = Vybrať
traces-posts-column-role = Rola
traces-posts-column-code = Kód
traces-posts-column-certified = Certifikované krajiny (vyberte)
# $code: the role's code (BCP, CCA); $name: its name; $acts: what it acts as.
traces-posts-authority-role = { $code } ({ $name }, pôsobí ako { $acts })
traces-posts-all-countries = Všetky krajiny
# The name of a tick box. $organisation: the control body's name.
traces-posts-all-countries-of = { $organisation }: všetky krajiny
# $count: how many requests were sent (1 or more). Followed by the link “Open my profile”.
traces-posts-sent =
    { $count ->
        [one] Vaša žiadosť o autorizáciu bola odoslaná. Môžete ju sledovať vo svojom profile.
        [few] Vaše { $count } žiadosti o autorizáciu boli odoslané. Môžete ich sledovať vo svojom profile.
        [many] Odoslaných { $count } žiadosti o autorizáciu. Môžete ich sledovať vo svojom profile.
       *[other] Odoslaných bolo { $count } Vašich žiadostí o autorizáciu. Môžete ich sledovať vo svojom profile.
    }
traces-open-profile = Otvoriť môj profil
traces-popup-asking-for = Žiadate o autorizáciu pre:
traces-request-additional-info = Doplňujúce informácie (nepovinné)
traces-request-additional-info-hint = Čokoľvek, čo pomôže osobe, ktorá posudzuje Vašu žiadosť.
traces-popup-email = E-mail
traces-popup-phone = Telefón (nepovinné)
traces-popup-send = odoslať žiadosť o autorizáciu
traces-popup-cancel = Zrušiť
traces-popup-sending = Odosiela sa…

## "Create new Operator".

traces-new-operator-back = Späť na vyhľadávanie prevádzkovateľov
traces-new-operator-title = Vytvoriť nového prevádzkovateľa
# $operator: the name of the operator just created.
traces-new-operator-created = Prevádzkovateľ { $operator } bol vytvorený a Vaša žiadosť o pripojenie k nemu bola zaregistrovaná.
traces-new-operator-duplicates-title = Je to jeden z týchto?
traces-new-operator-duplicates-text = Títo prevádzkovatelia sa podobajú tomu, ktorého vytvárate. Ak pracujete pre niektorého z nich, začiarknite ho a namiesto toho kliknite na „Požiadať o autorizáciu“. Ak žiadny z nich nie je Váš, kliknite znova na „vytvoriť nového prevádzkovateľa“.
traces-new-operator-lead = Polia označené * sú povinné. Číslo EORI je povinné pre dovozcov ekologických produktov.
traces-new-operator-create = vytvoriť nového prevádzkovateľa
traces-new-operator-checking = Kontroluje sa…
traces-new-operator-operator = Prevádzkovateľ
traces-new-operator-name = Názov
traces-new-operator-country = Krajina
traces-new-operator-choose-country = Vyberte krajinu
traces-new-operator-address = Adresa
traces-new-operator-city = Mesto
traces-new-operator-postcode = PSČ
traces-new-operator-section = Sekcia
traces-new-operator-activity = Druh činnosti
traces-new-operator-choose-activity = Vyberte druh činnosti
traces-new-operator-eori = Číslo EORI
traces-new-operator-eori-hint = Dvojpísmenový kód krajiny, za ním najviac 15 písmen alebo číslic (DE1234567890). Povinné pre dovozcov.
traces-new-operator-eori-mandatory = Pri dovozcovi je číslo EORI povinné.
traces-new-operator-contact = Kontakt prevádzkovateľa
traces-new-operator-contact-rule = Povinné: uveďte aspoň jeden z údajov telefón, fax, e-mail alebo webová stránka.
traces-new-operator-phone = Telefón
traces-new-operator-fax = Fax
traces-new-operator-email = E-mail
traces-new-operator-website = Webová stránka
traces-new-operator-request = Vaša žiadosť o pripojenie k tomuto prevádzkovateľovi
traces-new-operator-request-hint = Osoba, ktorá posudzuje Vašu žiadosť, tieto údaje uvidí a použije ich, aby Vás kontaktovala.
traces-new-operator-your-email = Váš e-mail
traces-new-operator-your-email-hint = Z Vášho účtu EU Login; pre túto žiadosť môžete uviesť iný.
traces-new-operator-your-phone = Váš telefón (nepovinné)

## "My TRACES profile".

traces-profile-title = Môj profil TRACES
traces-profile-requests = Moje žiadosti
traces-profile-loading = Načítavajú sa Vaše žiadosti…
traces-profile-no-requests = V tejto inštancii ste zatiaľ nepožiadali o žiadnu rolu.
traces-profile-column-organisation = Organizácia
traces-profile-column-role = Rola
traces-profile-column-scope = Rozsah
traces-profile-column-requested = Dátum žiadosti
traces-profile-column-decided = Dátum rozhodnutia
traces-profile-column-status = Stav
traces-profile-column-reason = Dôvod
traces-profile-column-action = Akcia
traces-profile-cancel = Zrušiť
# The name of the “Cancel” button of one request. $organisation: the organisation's name.
traces-profile-cancel-label = Zrušiť žiadosť pre organizáciu { $organisation }
# $organisation: the organisation's name.
traces-profile-cancelled = Vaša žiadosť pre organizáciu { $organisation } bola zrušená.
# $zone: an IANA time zone name, like Europe/Brussels.
traces-profile-time-zone = Dátumy a časy sa zobrazujú vo Vašom časovom pásme { $zone }. Môžete ho zmeniť v časti Predvoľby.
traces-profile-new-role = Požiadať o novú rolu
# $problem: why, as the server says it.
traces-profile-preferences-failed = Vaše predvoľby nemožno zobraziť: { $problem }

## The preferences of the profile page.

traces-preferences-title = Predvoľby
traces-preferences-notifications-title = Časové pásmo a oznámenia
# $instance: production or training (only chooses the text).
traces-preferences-instance-only =
    { $instance ->
        [training] Tieto predvoľby platia iba pre školiacu inštanciu.
       *[production] Tieto predvoľby platia iba pre produkčnú inštanciu.
    }
traces-preferences-time-zone = Časové pásmo
traces-preferences-time-zone-hint = Dátumy a časy Vašich žiadostí sa zobrazujú v tomto časovom pásme.
traces-preferences-zone-utc = UTC (koordinovaný svetový čas)
traces-preferences-zones-eu = Európska únia
traces-preferences-zones-other = Ostatné krajiny
# A time zone in the list. $country: the country's name; $zone: the IANA name (Europe/Vienna).
traces-preferences-zone = { $country } ({ $zone })
# $country: the country's name; $place: a region of it (Azores); $zone: the IANA name.
traces-preferences-zone-region = { $country }, { $place } ({ $zone })
# $country: the country's name; $place: a city of it (Chicago); $zone: the IANA name.
traces-preferences-zone-city = { $country } ({ $place }) ({ $zone })
traces-preferences-place-azores = Azory
traces-preferences-place-madeira = Madeira
traces-preferences-place-canary-islands = Kanárske ostrovy
traces-preferences-place-sydney = Sydney
traces-preferences-place-sao-paulo = São Paulo
traces-preferences-place-toronto = Toronto
traces-preferences-place-chicago = Chicago
traces-preferences-place-los-angeles = Los Angeles
traces-preferences-place-new-york = New York
# $browser: the browser's time zone; $saved: the saved one (IANA names, like Europe/Brussels).
traces-preferences-browser-zone = Váš prehliadač je nastavený na { $browser }, preto je tu vybraté toto pásmo. Vaše uložené časové pásmo zostáva { $saved }, kým nekliknete na „Uložiť predvoľby“.
traces-preferences-events = Informovať ma o
traces-preferences-notify-decisions = Rozhodnutiach o mojich žiadostiach (prijatie, zamietnutie, odvolanie)
traces-preferences-notify-new-requests = Nových žiadostiach čakajúcich na moje rozhodnutie (ak rozhodujete o žiadostiach: orgány a administrátori organizácie)
traces-preferences-channels = Ako ma informovať
traces-preferences-notify-in-app = V aplikácii
traces-preferences-notify-email = E-mailom (na adresu Vášho účtu EU Login)
traces-preferences-no-channel = Ak nezačiarknete „V aplikácii“ ani „E-mailom“, nedostanete žiadne oznámenia.
traces-preferences-save = Uložiť predvoľby
traces-preferences-saving = Ukladá sa…
# $zone: the time zone just saved (an IANA name, like America/New_York).
traces-preferences-saved = Vaše predvoľby sú uložené. Dátumy a časy sa teraz zobrazujú v časovom pásme { $zone }.
traces-preferences-language-title = Jazyk
# $account: a link, traces-preferences-my-account.
traces-preferences-language-text = Vaše jazyky patria k Vášmu účtu EU Login: v produkčnej aj školiacej inštancii sú rovnaké. Môžete ich tiež zmeniť spolu so svojím menom na stránke { $account }.
traces-preferences-my-account = Môj účet
traces-preferences-interface-language = Jazyk rozhrania
traces-preferences-interface-language-hint = Jazyk týchto stránok po prihlásení.
traces-preferences-email-language = Jazyk e-mailov
traces-preferences-email-language-hint = Jazyk e-mailov, ktoré dostávate, vrátane oznámení.
traces-preferences-save-languages = Uložiť jazyky
traces-preferences-languages-saved = Vaše jazyky sú uložené.

## Statuses, as the profile, the search results and the queue show them.

traces-status-pending = Čaká na vybavenie
traces-status-valid = Platná
traces-status-rejected = Zamietnutá
traces-status-cancelled = Zrušená
traces-status-revoked = Odvolaná
traces-status-organisation-new = Nová
traces-status-organisation-valid = Platná
traces-status-organisation-rejected = Zamietnutá
traces-status-organisation-inactive = Neaktívna
