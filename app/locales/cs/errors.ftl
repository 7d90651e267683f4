## Errors any server function can answer with (api::ApiError).

# $count: how many fields have a problem (2 or more).
error-fields-need-attention = { $count ->
        [one] { $count } pole vyžaduje vaši pozornost.
        [few] { $count } pole vyžadují vaši pozornost.
        [many] { $count } pole vyžaduje vaši pozornost.
       *[other] { $count } polí vyžaduje vaši pozornost.
    }
error-unauthenticated = Nejprve se přihlaste.
error-forbidden = K této akci nemáte oprávnění.
error-login-failed = Přihlášení se nezdařilo: e-mailová adresa nebo heslo nejsou správné, nebo je účet po příliš mnoha pokusech na 15 minut zablokován. Zkontrolujte oba údaje a zkuste to znovu, nebo použijte „Zapomněli jste heslo?“.
error-cross-site = Tento požadavek přišel z jiné webové stránky a byl odmítnut.
# $seconds: how long to wait.
error-rate-limited = Příliš mnoho pokusů. Počkejte prosím { $seconds ->
        [one] { $seconds } sekundu
        [few] { $seconds } sekundy
        [many] { $seconds } sekundy
       *[other] { $seconds } sekund
    } a zkuste to znovu.
error-too-large = Požadavek je příliš velký: žádné pole tohoto formuláře nepřijímá více než několik tisíc znaků. Zkraťte zadaný text a zkuste to znovu.
error-storage-unavailable = Server teď nemůže nic uložit, protože jeho úložiště je plné nebo jen pro čtení. Nic z toho, co jste zadali, nebylo uloženo. Zkuste to prosím později znovu; pokud potíže trvají, dejte vědět na helpdesk.
error-internal = Na naší straně se něco pokazilo. Zkuste to prosím za chvíli znovu.
error-unavailable = Nepodařilo se spojit se serverem. Zkontrolujte připojení a zkuste to znovu.
# $detail: the decoder's words, in English.
error-unreadable-request = Požadavek nelze přečíst: { $detail }

## EU Login: sign-up, the e-mailed links, login and the account page.

# $minutes: how long a link works after its e-mail is sent.
error-link-expired = Platnost tohoto odkazu vypršela: odkazy fungují { $minutes ->
        [one] { $minutes } minutu
        [few] { $minutes } minuty
        [many] { $minutes } minuty
       *[other] { $minutes } minut
    } od odeslání e-mailu. Níže si vyžádejte nový e-mail.
error-link-not-valid = Tento odkaz není platný. Zkopírujte celý odkaz z e-mailu do adresního řádku, nebo si níže vyžádejte nový e-mail.
error-link-used = Tento odkaz již byl použit: každý odkaz funguje jen jednou. Pokud potřebujete heslo nastavit znovu, vyžádejte si níže nový e-mail.
error-link-superseded = Po tomto e-mailu byl odeslán novější: funguje pouze odkaz v nejnovějším e-mailu. Použijte ten, nebo si níže vyžádejte nový e-mail.
error-link-not-for-password = Tento odkaz slouží k potvrzení e-mailové adresy, nikoli k nastavení hesla.
error-link-not-for-email = Tento odkaz slouží k nastavení hesla, nikoli k potvrzení e-mailové adresy.
error-link-used-meanwhile = Tento odkaz byl před chvílí použit nebo nahrazen. Vyžádejte si nový na stránce svého účtu.
error-email-now-taken = Tuto adresu nyní používá jiný účet EU Login, a nemůže proto být přiřazena vašemu účtu. Na stránce svého účtu zvolte jinou adresu.
# $username: the username the person chose.
error-username-taken = Uživatelské jméno: „{ $username }“ je již obsazeno. Zvolte jiné.
error-login-password-empty = Heslo: zadejte své heslo.
error-new-email-confirmation = Potvrzení nové e-mailové adresy: zadejte stejnou adresu jako v poli „Nová e-mailová adresa“.
error-new-email-unchanged = Nová e-mailová adresa: toto již je adresa vašeho účtu.
# $domain: the training demo's mail domain (demo.traces-training.example).
error-new-email-demo-address = Nová e-mailová adresa: adresy v doméně { $domain } jsou určeny pouze pro školicí instanci: poštu na ně si může kdokoli přečíst v ukázkové poštovní schránce a převzít tak vaši roli nebo čekající žádosti v produkci. Ponechte si vlastní adresu.

## The “Code” field of the sign-up and lost-password forms (the captcha).

error-captcha-empty = Kód: opište znaky, které vidíte na obrázku.
error-captcha-expired = Kód: platnost tohoto obrázku vypršela. Opište znaky z nového obrázku.
error-captcha-used = Kód: tento obrázek již byl použit. Opište znaky z nového obrázku.
error-captcha-wrong = Kód: znaky neodpovídají obrázku. Opište znaky z nového obrázku.

## Hints of the password strength meter: the length rule, then zxcvbn's warnings and suggestions.

# $min: the fewest characters a password may have.
error-password-too-short-hint = Použijte alespoň { $min ->
        [one] { $min } znak
        [few] { $min } znaky
        [many] { $min } znaku
       *[other] { $min } znaků
    }.
error-password-straight-rows = Souvislé řady kláves se snadno uhodnou.
error-password-short-keyboard-patterns = Krátké vzory na klávesnici se snadno uhodnou.
error-password-repeats-aaa = Opakování jako „aaa“ se snadno uhodnou.
error-password-repeats-abcabc = Opakování jako „abcabcabc“ se uhodnou jen o málo hůře než „abc“.
error-password-top-10 = Toto heslo patří mezi 10 nejpoužívanějších hesel.
error-password-top-100 = Toto heslo patří mezi 100 nejpoužívanějších hesel.
error-password-common = Toto je velmi často používané heslo.
error-password-similar-to-common = Toto heslo se podobá často používanému heslu.
error-password-sequences = Posloupnosti jako abc nebo 6543 se snadno uhodnou.
error-password-recent-years = Nedávné letopočty se snadno uhodnou.
error-password-single-word = Samotné slovo se snadno uhodne.
error-password-dates = Data se často snadno uhodnou.
error-password-names-by-themselves = Samotná jména a příjmení se snadno uhodnou.
error-password-common-names = Běžná jména a příjmení se snadno uhodnou.
error-password-use-a-few-words = Použijte několik slov a vyhněte se běžným frázím.
error-password-no-need-for-symbols = Symboly, číslice ani velká písmena nejsou potřeba.
error-password-add-a-word = Přidejte ještě jedno nebo dvě slova. Méně obvyklá slova jsou lepší.
error-password-capitalization = Velká písmena příliš nepomohou.
error-password-all-uppercase = Heslo psané jen velkými písmeny se uhodne téměř stejně snadno jako psané jen malými.
error-password-reversed-words = Pozpátku psaná slova se uhodnou jen o málo hůře.
error-password-substitutions = Předvídatelné záměny, jako „@“ místo „a“, příliš nepomohou.
error-password-longer-keyboard-pattern = Použijte delší vzor na klávesnici s více změnami směru.
error-password-avoid-repeats = Vyhněte se opakovaným slovům a znakům.
error-password-avoid-sequences = Vyhněte se posloupnostem.
error-password-avoid-recent-years = Vyhněte se nedávným letopočtům.
error-password-avoid-your-years = Vyhněte se letopočtům, které s vámi souvisejí.
error-password-avoid-your-dates = Vyhněte se datům a letopočtům, které s vámi souvisejí.

## The training instance.

error-persona-unknown = Taková persona neexistuje. Vyberte některou ze seznamu na uvítací stránce školicí instance.

## Addresses under /api that name nothing.

error-api-function-unknown = Taková funkce API neexistuje.
error-export-unknown = Takový export neexistuje: použijte queue.csv nebo decisions.csv.

## The approval queue: filters, page links, export links.

error-queue-page-link = Odkaz na stránku již není platný. Vraťte se na první stránku fronty.
error-queue-organisation-too-long = Organizace: zadejte nejvýše 100 znaků názvu.
# $max: the largest age accepted, in days.
error-queue-age-too-high = Stáří: nejvýše { $max ->
        [one] { $max } den
        [few] { $max } dny
        [many] { $max } dne
       *[other] { $max } dní
    }.
error-queue-age-not-a-number = Stáří: zadejte celý počet dní, například 7.
# $value: what the link has instead of an instance (production or training).
error-export-link-instance = Odkaz na export není platný: „{ $value }“ není instance TRACES NT: použijte „production“ nebo „training“.
error-export-link-no-instance = Odkaz na export není platný: neuvádí žádnou instanci.
# $key, $value: the setting of the link that is not one of the queue's.
error-export-link-setting = Odkaz na export není platný: „{ $key }={ $value }“ nepatří k jeho nastavením. Použijte tlačítko exportu na stránce fronty.

## Deciding requests, one or many, and the Administrator flag.

# $id: the request's number.
error-decide-not-found = V této instanci neexistuje žádost číslo { $id }, o které můžete rozhodnout. Může patřit jiné zemi nebo organizaci; otevřete ji ze své fronty.
# $name: the organisation; $status: its status (a stored code, chooses the words).
error-decide-organisation-closed = Organizace „{ $name }“ je { $status ->
        [rejected] zamítnutá
        [inactive] neaktivní
       *[other] { $status }
    }, takže se k ní nikdo nemůže připojit. Místo toho žádost zamítněte s odůvodněním.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-accepted = Žádost { $id } již schválil uživatel { $who } ({ $when }); nic nebylo změněno.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-rejected = Žádost { $id } již zamítl uživatel { $who } ({ $when }); nic nebylo změněno.
# $id: the request's number; $when: the date and time (UTC) or “earlier”.
error-decide-already-cancelled = Žádost { $id } již zrušil žadatel ({ $when }); nic nebylo změněno.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-revoked = Žádost { $id } již odvolal uživatel { $who } ({ $when }); nic nebylo změněno.
# $id: the request's number; $status: its status, a code the schema does not know (in English); $when: the date and time (UTC) or “earlier”.
error-decide-already-other = Žádost { $id } již má stav { $status } ({ $when }); nic nebylo změněno.
# Stands for the person who decided, when the account is gone.
error-decide-by-unknown = se zrušeným účtem
# Stands for the time of a decision, when it was not recorded.
error-decide-at-unknown = dříve
# $id: the request's number.
error-decide-meanwhile = O žádosti { $id } bylo mezitím rozhodnuto; nic nebylo změněno. Načtěte ji znovu, abyste rozhodnutí viděli.
error-decide-none-selected = Vyberte ve frontě alespoň jednu žádost a poté ji schvalte nebo zamítněte.
# $max: how many requests can be decided at once; $count: how many were selected.
error-decide-too-many = Vyberte najednou nejvýše { $max ->
        [one] { $max } žádost
        [few] { $max } žádosti
        [many] { $max } žádosti
       *[other] { $max } žádostí
    }; vybrali jste { $count }.
# $id: the request's number.
error-decide-selected-twice = Žádost { $id } je vybrána dvakrát; vyberte každou žádost jen jednou.
# $failed: how many of the selected requests cannot be decided; $count: how many were selected.
error-decide-nothing-decided = O ničem nebylo rozhodnuto: o { $failed } z { $count ->
        [one] { $count } vybrané žádosti
        [few] { $count } vybraných žádostí
       *[other] { $count } vybraných žádostí
    } nelze rozhodnout. Zrušte jejich výběr a zkuste to znovu.
# $id: the request's number; $status: its status (a stored code, chooses the words).
error-admin-not-valid = Žádost { $id } nepředstavuje platnou pozici (žádost je { $status ->
        [pending] čekající na vyřízení
        [rejected] zamítnutá
        [cancelled] zrušená
        [revoked] odvolaná
       *[other] { $status }
    }): administrátorem může být pouze držitel platné pozice.
# $id: the request's number.
error-admin-changed-meanwhile = Žádost { $id } se mezitím změnila; načtěte ji znovu.

## Notifications in the app (not errors, but sentences the server composes too).

# $first, $last: the requester's names; $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-new-request = { $first } { $last } žádá o připojení k organizaci „{ $organisation }“ ({ $country }).
# $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-accepted = Vaše žádost o připojení k organizaci „{ $organisation }“ ({ $country }) byla schválena
# $organisation: the organisation's name; $country: the ISO code of the post's country; $reason: the decider's words.
error-notification-rejected = Vaše žádost o připojení k organizaci „{ $organisation }“ ({ $country }) byla zamítnuta: { $reason }
# $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-rejected-no-reason = Vaše žádost o připojení k organizaci „{ $organisation }“ ({ $country }) byla zamítnuta bez uvedení důvodu
# $organisation: the organisation's name; $country: the ISO code of the post's country; $status: the request's status (a stored code, chooses the words).
error-notification-other = Vaše žádost o připojení k organizaci „{ $organisation }“ ({ $country }) je nyní { $status ->
        [pending] čekající na vyřízení
        [cancelled] zrušená
        [revoked] odvolaná
       *[other] { $status }
    }

## TRACES: the directory search and authorisation requests.

error-search-page-link = Stránka: tento odkaz na stránku již není platný; vyhledávejte znovu od první stránky.
error-search-name-too-long = Název: pro vyhledávání použijte nejvýše 120 znaků názvu.
# $max: the most characters allowed.
error-additional-info-too-long = Doplňující informace: použijte nejvýše { $max ->
        [one] { $max } znak
        [few] { $max } znaky
        [many] { $max } znaku
       *[other] { $max } znaků
    }.
error-submission-key = Klíč podání: odešlete 8 až 64 písmen, číslic, znaků - nebo _ (stránka jej vytváří sama; načtěte ji znovu a zkuste to znovu).
error-submission-other-instance = Tato žádost již byla odeslána v druhé instanci. Načtěte stránku znovu a odešlete ji znovu.
# $domain: the training demo's mail domain (demo.traces-training.example).
error-demo-address-production = Adresy v doméně { $domain } jsou určeny pouze pro školicí instanci: poštu na ně si může kdokoli přečíst v ukázkové poštovní schránce a převzít tak účet. Chcete-li požádat o autorizaci v produkci, nejprve změňte e-mail svého účtu na svou vlastní adresu.
error-posts-none = Pozice: zaškrtněte v seznamu alespoň jednu organizaci a poté žádost odešlete.
# $max: how many posts one request can have.
error-posts-too-many = Pozice: zaškrtněte najednou nejvýše { $max }; ostatní odešlete v další žádosti.
error-posts-twice = Pozice: stejná pozice je zaškrtnuta dvakrát; zaškrtněte každou pozici jen jednou.
error-posts-one-kind = Pozice: zaškrtněte organizace pouze jednoho druhu role (provozovatele, kontrolní subjekty nebo orgány).
# $name: the control body; $country: the country's name; $code: its ISO code.
error-posts-not-certified = Pozice: „{ $name }“ neprovádí certifikaci v zemi { $country } ({ $code }); zaškrtněte jednu ze zemí, které jsou u něj uvedeny.
# $name: the organisation; $country: the name of its country.
error-posts-other-country = Pozice: „{ $name }“ sídlí v zemi { $country }; pozice u této organizace se vztahuje pouze na tuto zemi.
# $id: the number that was sent.
error-organisation-not-found = Organizace s číslem { $id } v této instanci neexistuje. Vyhledejte ji znovu a zaškrtněte ji v seznamu.
# $name: the organisation; $status: its status (a stored code, chooses the words).
error-organisation-closed = Organizace „{ $name }“ je { $status ->
        [rejected] zamítnutá
        [inactive] neaktivní
       *[other] { $status }
    } a nepřijímá nové žádosti. Vyhledávejte znovu a zaškrtněte jinou organizaci.
# $name: the control body.
error-no-certified-countries = Kontrolní subjekt „{ $name }“ zatím nemá žádné země certifikace, takže u něj nelze o pozici žádat.
# $name: the organisation; $country: the name of the post's country.
error-post-already-held = „{ $name }“ ({ $country }): tuto pozici již zastáváte. Zrušte její zaškrtnutí a odešlete žádost znovu; své žádosti najdete na stránce svého profilu.
# $name: the organisation; $country: the name of the post's country.
error-post-already-pending = „{ $name }“ ({ $country }): vaše žádost o tuto pozici již čeká na vyřízení. Zrušte její zaškrtnutí a odešlete žádost znovu; své žádosti najdete na stránce svého profilu.
error-own-request-not-found = Mezi vašimi žádostmi taková žádost není. Načtěte znovu stránku svého profilu.
# $organisation: the organisation's name; $status: the request's status (a stored code, chooses the words).
error-cancel-not-pending = Vaše žádost týkající se organizace „{ $organisation }“ je { $status ->
        [pending] čekající na vyřízení
        [valid] platná
        [rejected] zamítnutá
        [cancelled] zrušená
        [revoked] odvolaná
       *[other] { $status }
    } a již ji nelze zrušit; zrušit lze pouze žádosti čekající na vyřízení.
error-time-zone = Časové pásmo: vyberte pásmo ve tvaru Europe/Brussels (Oblast/Město, nejvýše 64 znaků), nebo UTC.

## New organisations: the directory import and "create a new operator".

error-import-status = Stav: použijte valid, new, rejected nebo inactive (prázdná hodnota znamená valid).
error-import-kind = Druh: použijte operator, control_body nebo authority.
error-certified-countries-empty = Země certifikace: Země: vyberte zemi ze seznamu.
# $code: what was given instead of a country code.
error-certified-countries-shape = Země certifikace: Země: „{ $code }“ není kód země; použijte dvoupísmenný kód podle ISO 3166-1 (DE, FR, US) nebo vyberte zemi ze seznamu.
# $code: what was given instead of a country code.
error-certified-countries-unknown = Země certifikace: Země: „{ $code }“ není přidělený kód země podle ISO 3166-1; vyberte zemi ze seznamu.
# $alias: the code EU documents use (EL, UK); $iso: the ISO 3166-1 code; $name: the country's name.
error-certified-countries-eu-alias = Země certifikace: Země: dokumenty EU používají kód { $alias }, ale ISO 3166-1 a TRACES používají kód { $iso }; vyberte { $iso } ({ $name }).
# $code: the control body code; $other: the organisation that has it.
error-control-body-code-taken = Kód kontrolního subjektu: { $code } je již kódem subjektu „{ $other }“.
# $eori: the EORI number; $other: the operator that has it.
error-eori-taken = Číslo EORI: { $eori } je již registrováno pro provozovatele „{ $other }“; vyhledejte jej a požádejte o autorizaci, místo abyste jej vytvářeli znovu.
error-demo-person-shared = Toto je osoba ze školicí ukázky, kterou sdílejí všichni v místnosti: její jméno, e-mail ani heslo nelze změnit. Chcete-li to vyzkoušet, zaregistrujte si vlastní účet.
