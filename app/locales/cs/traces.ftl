## TRACES NT: the landing page, the welcome page of an instance, the role choice, the searches
## for a post with the request popup, "Create new Operator", and the profile with its
## preferences. Button and link names quoted in the helpdesk letter (“Login into TRACES”,
## “sign up for TRACES”, “Request Authorisation”, “Create new Operator”, “send authorisation
## request”) are the ones users are told to click: translate them the way the letter is
## translated.

## The landing page: production or training.

traces-landing-title = TRACES NT – osvědčení o kontrole pro ekologické produkty
traces-landing-lead = K dispozici jsou produkční a školicí stránky TRACES NT. Než je budete moci používat, zaregistrujte se v EU Login a poté požádejte o svou roli v TRACES NT. Role, o které požádáte na jedné stránce, se na druhou nepřenášejí.
traces-landing-production = TRACES NT – Produkce
traces-landing-production-text = Pro skutečná osvědčení a skutečné žádosti.
traces-landing-training = TRACES NT – Školení
traces-landing-training-text = K výuce a předvedení registrace bez jakýchkoli následků.

## The welcome page of an instance.

traces-welcome-title = Vítejte v TRACES NT
traces-welcome-title-training = Vítejte v TRACES NT – Školení
traces-welcome-lead = Na těchto stránkách se nachází osvědčení o kontrole pro produkty ekologického původu. Abyste k němu získali přístup, musíte se přihlásit a zaregistrovat jako uživatel.
traces-welcome-log-in = Přihlásit se do TRACES
# Followed by the link “sign up for TRACES”.
traces-welcome-no-account = Ještě nemáte účet EU Login?
traces-welcome-sign-up = zaregistrovat se do TRACES
traces-welcome-step-1 = Zaregistrujte se v EU Login.
traces-welcome-step-1-text = Pokud již máte účet EU Login (ECAS), přejděte rovnou ke kroku 2.
traces-welcome-step-2 = Zaregistrujte se v TRACES NT.
traces-welcome-step-2-text = Přihlaste se, zvolte svou roli (Provozovatel, Kontrolní subjekt pro ekologickou produkci nebo Orgán) a odešlete žádost o autorizaci.
# $name: the first and last name of the person, in bold.
traces-welcome-logged-in = Přihlášený uživatel: { $name }.
# $change: a link, traces-welcome-change-credentials; $reset: a link, traces-welcome-reset-password.
traces-welcome-credentials = V EU Login můžete v případě potřeby { $change } nebo { $reset }.
traces-welcome-change-credentials = změnit své přihlašovací údaje EU Login
traces-welcome-reset-password = obnovit heslo

## A page of an instance opened before logging in.

traces-log-in-title = Přihlaste se
traces-log-in-needed = K registraci v TRACES NT se musíte přihlásit svým účtem EU Login.
traces-log-in-button = Přihlásit se do TRACES

## "Select your role in TRACES" on the welcome page.

traces-role-title = Zvolte svou roli v TRACES
traces-role-loading = Načítání Vaší role…
traces-role-link-operator = Provozovatel (dovozce, první příjemce)
traces-role-link-control-body = Kontrolní subjekt pro ekologickou produkci (nebo kontrolní orgán)
traces-role-link-authority = Orgán (stanoviště hraniční kontroly nebo ústřední příslušný orgán)
# $kind: the person's role kind (Operator, Organic Control Body, Authority), in bold.
traces-role-already = V této instanci již máte druh role { $kind }. Každá osoba může mít pouze jeden druh role; v jeho rámci můžete požádat o další pozice.
traces-role-see-requests = Zobrazit své žádosti v profilu
traces-role-one-kind = Upozorňujeme, že každá osoba může mít pouze jeden druh role. V rámci své role můžete zastávat několik pozic: například pracovat pro dva nebo více provozovatelů nebo jako kontrolní subjekt provádět kontroly v několika zemích.

## The searches for an operator, an authority or a control body.

traces-search-title-operator = Žádost o autorizaci: Provozovatel
traces-search-title-authority = Žádost o autorizaci: Orgán
traces-search-title-control-body = Žádost o autorizaci: Kontrolní subjekt pro ekologickou produkci
traces-search-back = Zpět na výběr role
traces-search-country = Země
traces-search-any-country = Jakákoli země
traces-search-section = Sekce
traces-search-any-section = Jakákoli sekce
traces-search-activity = Druh činnosti
traces-search-any-activity = Jakýkoli druh činnosti
traces-search-role = Role
traces-search-any-role = Jakákoli role
traces-search-name = Název
traces-search-name-hint = Stačí část názvu; na velkých písmenech a diakritice nezáleží.
traces-search-button = Hledat
traces-operator-lead = Vyhledejte provozovatele, pro kterého pracujete, zaškrtněte políčko u něj a klikněte na „Požádat o autorizaci“. Můžete zaškrtnout několik provozovatelů, i na několika stránkách.
traces-operator-create-new-hint = Pokud jste si jisti, že provozovatele, pro kterého pracujete, nemůžete najít, můžete ho vytvořit.
traces-operator-create-new = Vytvořit nového provozovatele
traces-authority-lead = Vyhledejte svůj orgán, zaškrtněte políčko u něj a klikněte na „Požádat o autorizaci“.
traces-control-body-lead = Vyhledejte svůj kontrolní subjekt. Pokud certifikujete pro jednu zemi, zaškrtněte políčko této země; pokud certifikujete pro všechny země, ve kterých Váš kontrolní subjekt certifikuje, zaškrtněte „Všechny země“ v horní části jeho seznamu. Poté klikněte na „Požádat o autorizaci“.
traces-control-body-country-hint = Země, ve které kontrolní subjekt certifikuje.
traces-control-body-name-hint = Stačí část názvu nebo kódu.

## The results of a search, "Request Authorisation" and the popup.

traces-posts-request = Požádat o autorizaci
traces-posts-none-selected = Nejprve ve výsledcích zaškrtněte políčko své pozice.
# $count: how many posts are ticked (1 or more).
traces-posts-selected =
    { $count ->
        [one] Vybrána { $count } pozice.
        [few] Vybrány { $count } pozice.
        [many] Vybráno { $count } pozice.
       *[other] Vybráno { $count } pozic.
    }
traces-posts-searching = Vyhledávání…
traces-posts-no-results = Vašemu hledání neodpovídá žádná organizace.
# $count: how many organisations this page of results shows (1 or more).
traces-posts-results =
    { $count ->
        [one] { $count } výsledek na této stránce.
        [few] { $count } výsledky na této stránce.
        [many] { $count } výsledku na této stránce.
       *[other] { $count } výsledků na této stránce.
    }
traces-posts-first-page = První stránka
traces-posts-next-page = Další stránka
traces-posts-caption = Výsledky hledání
traces-posts-column-name = Název
traces-posts-column-country = Země
traces-posts-column-city = Město
traces-posts-column-activity = Druh činnosti
traces-posts-column-eori = Číslo EORI
traces-posts-column-select = Vybrat
traces-posts-column-role = Role
traces-posts-column-code = Kód
traces-posts-column-certified = Certifikované země (vyberte)
# $code: the role's code (BCP, CCA); $name: its name; $acts: what it acts as.
traces-posts-authority-role = { $code } ({ $name }, působí jako { $acts })
traces-posts-all-countries = Všechny země
# The name of a tick box. $organisation: the control body's name.
traces-posts-all-countries-of = { $organisation }: všechny země
# $count: how many requests were sent (1 or more). Followed by the link “Open my profile”.
traces-posts-sent =
    { $count ->
        [one] Vaše žádost o autorizaci byla odeslána. Můžete ji sledovat ve svém profilu.
        [few] Vaše { $count } žádosti o autorizaci byly odeslány. Můžete je sledovat ve svém profilu.
        [many] Odesláno { $count } žádosti o autorizaci. Můžete je sledovat ve svém profilu.
       *[other] Odesláno { $count } Vašich žádostí o autorizaci. Můžete je sledovat ve svém profilu.
    }
traces-open-profile = Otevřít můj profil
traces-popup-asking-for = Žádáte o autorizaci pro:
traces-request-additional-info = Doplňující informace (nepovinné)
traces-request-additional-info-hint = Cokoli, co pomůže osobě, která Vaši žádost posuzuje.
traces-popup-email = E-mail
traces-popup-phone = Telefon (nepovinné)
traces-popup-send = odeslat žádost o autorizaci
traces-popup-cancel = Zrušit
traces-popup-sending = Odesílání…

## "Create new Operator".

traces-new-operator-back = Zpět na vyhledávání provozovatelů
traces-new-operator-title = Vytvořit nového provozovatele
# $operator: the name of the operator just created.
traces-new-operator-created = Provozovatel { $operator } byl vytvořen a Vaše žádost o připojení k němu byla zaregistrována.
traces-new-operator-duplicates-title = Je to jeden z těchto?
traces-new-operator-duplicates-text = Tito provozovatelé se podobají tomu, kterého vytváříte. Pokud pracujete pro některého z nich, zaškrtněte ho a klikněte místo toho na „Požádat o autorizaci“. Pokud žádný z nich není Váš, klikněte znovu na „vytvořit nového provozovatele“.
traces-new-operator-lead = Pole označená * jsou povinná. Číslo EORI je povinné pro dovozce ekologických produktů.
traces-new-operator-create = vytvořit nového provozovatele
traces-new-operator-checking = Kontrola…
traces-new-operator-operator = Provozovatel
traces-new-operator-name = Název
traces-new-operator-country = Země
traces-new-operator-choose-country = Vyberte zemi
traces-new-operator-address = Adresa
traces-new-operator-city = Město
traces-new-operator-postcode = PSČ
traces-new-operator-section = Sekce
traces-new-operator-activity = Druh činnosti
traces-new-operator-choose-activity = Vyberte druh činnosti
traces-new-operator-eori = Číslo EORI
traces-new-operator-eori-hint = Dvoupísmenný kód země, za ním až 15 písmen nebo číslic (DE1234567890). Povinné pro dovozce.
traces-new-operator-eori-mandatory = U dovozce je číslo EORI povinné.
traces-new-operator-contact = Kontakt provozovatele
traces-new-operator-contact-rule = Povinné: uveďte alespoň jeden z údajů telefon, fax, e-mail nebo webové stránky.
traces-new-operator-phone = Telefon
traces-new-operator-fax = Fax
traces-new-operator-email = E-mail
traces-new-operator-website = Webové stránky
traces-new-operator-request = Vaše žádost o připojení k tomuto provozovateli
traces-new-operator-request-hint = Osoba, která Vaši žádost posuzuje, tyto údaje uvidí a použije je, aby Vás kontaktovala.
traces-new-operator-your-email = Váš e-mail
traces-new-operator-your-email-hint = Z Vašeho účtu EU Login; pro tuto žádost můžete uvést jiný.
traces-new-operator-your-phone = Váš telefon (nepovinné)

## "My TRACES profile".

traces-profile-title = Můj profil TRACES
traces-profile-requests = Moje žádosti
traces-profile-loading = Načítání Vašich žádostí…
traces-profile-no-requests = V této instanci jste zatím nepožádali o žádnou roli.
traces-profile-column-organisation = Organizace
traces-profile-column-role = Role
traces-profile-column-scope = Rozsah
traces-profile-column-requested = Datum žádosti
traces-profile-column-decided = Datum rozhodnutí
traces-profile-column-status = Stav
traces-profile-column-reason = Důvod
traces-profile-column-action = Akce
traces-profile-cancel = Zrušit
# The name of the “Cancel” button of one request. $organisation: the organisation's name.
traces-profile-cancel-label = Zrušit žádost pro organizaci { $organisation }
# $organisation: the organisation's name.
traces-profile-cancelled = Vaše žádost pro organizaci { $organisation } byla zrušena.
# $zone: an IANA time zone name, like Europe/Brussels.
traces-profile-time-zone = Data a časy se zobrazují ve Vašem časovém pásmu { $zone }. Můžete ho změnit v části Předvolby.
traces-profile-new-role = Požádat o novou roli
# $problem: why, as the server says it.
traces-profile-preferences-failed = Vaše předvolby nelze zobrazit: { $problem }

## The preferences of the profile page.

traces-preferences-title = Předvolby
traces-preferences-notifications-title = Časové pásmo a oznámení
# $instance: production or training (only chooses the text).
traces-preferences-instance-only =
    { $instance ->
        [training] Tyto předvolby platí pouze pro školicí instanci.
       *[production] Tyto předvolby platí pouze pro produkční instanci.
    }
traces-preferences-time-zone = Časové pásmo
traces-preferences-time-zone-hint = Data a časy Vašich žádostí se zobrazují v tomto časovém pásmu.
traces-preferences-zone-utc = UTC (koordinovaný světový čas)
traces-preferences-zones-eu = Evropská unie
traces-preferences-zones-other = Ostatní země
# A time zone in the list. $country: the country's name; $zone: the IANA name (Europe/Vienna).
traces-preferences-zone = { $country } ({ $zone })
# $country: the country's name; $place: a region of it (Azores); $zone: the IANA name.
traces-preferences-zone-region = { $country }, { $place } ({ $zone })
# $country: the country's name; $place: a city of it (Chicago); $zone: the IANA name.
traces-preferences-zone-city = { $country } ({ $place }) ({ $zone })
traces-preferences-place-azores = Azory
traces-preferences-place-madeira = Madeira
traces-preferences-place-canary-islands = Kanárské ostrovy
traces-preferences-place-sydney = Sydney
traces-preferences-place-sao-paulo = São Paulo
traces-preferences-place-toronto = Toronto
traces-preferences-place-chicago = Chicago
traces-preferences-place-los-angeles = Los Angeles
traces-preferences-place-new-york = New York
# $browser: the browser's time zone; $saved: the saved one (IANA names, like Europe/Brussels).
traces-preferences-browser-zone = Váš prohlížeč je nastaven na { $browser }, proto je zde vybráno toto pásmo. Vaše uložené časové pásmo zůstává { $saved }, dokud nekliknete na „Uložit předvolby“.
traces-preferences-events = Informovat mě o
traces-preferences-notify-decisions = Rozhodnutích o mých žádostech (přijetí, zamítnutí, odvolání)
traces-preferences-notify-new-requests = Nových žádostech čekajících na mé rozhodnutí (pokud o žádostech rozhodujete: orgány a administrátoři organizace)
traces-preferences-channels = Jak mě informovat
traces-preferences-notify-in-app = V aplikaci
traces-preferences-notify-email = E-mailem (na adresu Vašeho účtu EU Login)
traces-preferences-no-channel = Pokud nezaškrtnete „V aplikaci“ ani „E-mailem“, nedostanete žádná oznámení.
traces-preferences-save = Uložit předvolby
traces-preferences-saving = Ukládání…
# $zone: the time zone just saved (an IANA name, like America/New_York).
traces-preferences-saved = Vaše předvolby jsou uloženy. Data a časy se nyní zobrazují v časovém pásmu { $zone }.
traces-preferences-language-title = Jazyk
# $account: a link, traces-preferences-my-account.
traces-preferences-language-text = Vaše jazyky patří k Vašemu účtu EU Login: v produkční i školicí instanci jsou stejné. Můžete je také změnit spolu se svým jménem na stránce { $account }.
traces-preferences-my-account = Můj účet
traces-preferences-interface-language = Jazyk rozhraní
traces-preferences-interface-language-hint = Jazyk těchto stránek po přihlášení.
traces-preferences-email-language = Jazyk e-mailů
traces-preferences-email-language-hint = Jazyk e-mailů, které dostáváte, včetně oznámení.
traces-preferences-save-languages = Uložit jazyky
traces-preferences-languages-saved = Vaše jazyky jsou uloženy.

## Statuses, as the profile, the search results and the queue show them.

traces-status-pending = Čeká na vyřízení
traces-status-valid = Platná
traces-status-rejected = Zamítnutá
traces-status-cancelled = Zrušená
traces-status-revoked = Odvolaná
traces-status-organisation-new = Nová
traces-status-organisation-valid = Platná
traces-status-organisation-rejected = Zamítnutá
traces-status-organisation-inactive = Neaktivní
