## TRACES NT: the landing page, the welcome page of an instance, the role choice, the searches
## for a post with the request popup, "Create new Operator", and the profile with its
## preferences. Button and link names quoted in the helpdesk letter (“Login into TRACES”,
## “sign up for TRACES”, “Request Authorisation”, “Create new Operator”, “send authorisation
## request”) are the ones users are told to click: translate them the way the letter is
## translated.

## The landing page: production or training.

traces-landing-title = TRACES NT – Certificati di ispezione per i prodotti biologici
traces-landing-lead = Sono disponibili i siti di produzione e di formazione di TRACES NT. Prima di poterli utilizzare deve registrarsi su EU Login e poi richiedere il Suo ruolo in TRACES NT. I ruoli richiesti su un sito non vengono trasferiti all’altro.
traces-landing-production = TRACES NT Produzione
traces-landing-production-text = Per certificati reali e richieste reali.
traces-landing-training = TRACES NT Formazione
traces-landing-training-text = Per imparare e mostrare la registrazione senza conseguenze.

## The welcome page of an instance.

traces-welcome-title = Benvenuti in TRACES NT
traces-welcome-title-training = Benvenuti in TRACES NT Formazione
traces-welcome-lead = Il certificato di ispezione per i prodotti di origine biologica si trova su questo sito. Per accedervi, deve effettuare l’accesso e registrarsi come utente.
traces-welcome-log-in = Accedere a TRACES
# Followed by the link “sign up for TRACES”.
traces-welcome-no-account = Non ha ancora un account EU Login?
traces-welcome-sign-up = registrarsi a TRACES
traces-welcome-step-1 = Si registri su EU Login.
traces-welcome-step-1-text = Se ha già un account EU Login (ECAS), passi direttamente al punto 2.
traces-welcome-step-2 = Si registri in TRACES NT.
traces-welcome-step-2-text = Acceda, scelga il Suo ruolo (Operatore, Organismo di controllo biologico o Autorità) e invii una richiesta di autorizzazione.
# $name: the first and last name of the person, in bold.
traces-welcome-logged-in = Ha effettuato l’accesso come { $name }.
# $change: a link, traces-welcome-change-credentials; $reset: a link, traces-welcome-reset-password.
traces-welcome-credentials = Su EU Login può { $change } se necessario, oppure { $reset }.
traces-welcome-change-credentials = modificare le Sue credenziali EU Login
traces-welcome-reset-password = reimpostare la Sua password

## A page of an instance opened before logging in.

traces-log-in-title = Effettui l’accesso
traces-log-in-needed = Per registrarsi in TRACES NT deve accedere con il Suo account EU Login.
traces-log-in-button = Accedere a TRACES

## "Select your role in TRACES" on the welcome page.

traces-role-title = Selezioni il Suo ruolo in TRACES
traces-role-loading = Caricamento del Suo ruolo…
traces-role-link-operator = Operatore (importatore, primo destinatario)
traces-role-link-control-body = Organismo di controllo biologico (o autorità di controllo)
traces-role-link-authority = Autorità (posto di controllo frontaliero o autorità competente centrale)
# $kind: the person's role kind (Operator, Organic Control Body, Authority), in bold.
traces-role-already = Ha già il tipo di ruolo { $kind } in questo ambiente. Ogni persona può avere un solo tipo di ruolo; al suo interno può richiedere altre posizioni.
traces-role-see-requests = Vedere le Sue richieste nel Suo profilo
traces-role-one-kind = Si noti che ogni persona può avere un solo tipo di ruolo. Nell’ambito del Suo ruolo può occupare più posizioni: ad esempio lavorare per due o più operatori oppure, come organismo di controllo, controllare più paesi.

## The searches for an operator, an authority or a control body.

traces-search-title-operator = Richiedere l’autorizzazione: Operatore
traces-search-title-authority = Richiedere l’autorizzazione: Autorità
traces-search-title-control-body = Richiedere l’autorizzazione: Organismo di controllo biologico
traces-search-back = Tornare alla scelta del ruolo
traces-search-country = Paese
traces-search-any-country = Tutti i paesi
traces-search-section = Sezione
traces-search-any-section = Tutte le sezioni
traces-search-activity = Tipo di attività
traces-search-any-activity = Tutti i tipi di attività
traces-search-role = Ruolo
traces-search-any-role = Tutti i ruoli
traces-search-name = Nome
traces-search-name-hint = Basta una parte del nome; maiuscole e accenti non contano.
traces-search-button = Cercare
traces-operator-lead = Cerchi l’operatore per cui lavora, selezioni la casella accanto e clicchi su «Richiedere l’autorizzazione». Può selezionare più operatori, anche su più pagine.
traces-operator-create-new-hint = Se è sicuro di non riuscire a trovare l’operatore per cui lavora, può crearlo.
traces-operator-create-new = Creare un nuovo operatore
traces-authority-lead = Cerchi la Sua autorità, selezioni la casella accanto e clicchi su «Richiedere l’autorizzazione».
traces-control-body-lead = Cerchi il Suo organismo di controllo. Se certifica per un solo paese, selezioni la casella di quel paese; se certifica per tutti i paesi in cui certifica il Suo organismo di controllo, selezioni «Tutti i paesi» in cima al suo elenco. Quindi clicchi su «Richiedere l’autorizzazione».
traces-control-body-country-hint = Un paese in cui l’organismo di controllo certifica.
traces-control-body-name-hint = Basta una parte del nome o il codice.

## The results of a search, "Request Authorisation" and the popup.

traces-posts-request = Richiedere l’autorizzazione
traces-posts-none-selected = Selezioni prima la casella della Sua posizione nei risultati.
# $count: how many posts are ticked (1 or more).
traces-posts-selected =
    { $count ->
        [one] { $count } posizione selezionata.
        [many] { $count } posizioni selezionate.
       *[other] { $count } posizioni selezionate.
    }
traces-posts-searching = Ricerca in corso…
traces-posts-no-results = Nessuna organizzazione corrisponde alla Sua ricerca.
# $count: how many organisations this page of results shows (1 or more).
traces-posts-results =
    { $count ->
        [one] { $count } risultato in questa pagina.
        [many] { $count } risultati in questa pagina.
       *[other] { $count } risultati in questa pagina.
    }
traces-posts-first-page = Prima pagina
traces-posts-next-page = Pagina successiva
traces-posts-caption = Risultati della ricerca
traces-posts-column-name = Nome
traces-posts-column-country = Paese
traces-posts-column-city = Città
traces-posts-column-activity = Tipo di attività
traces-posts-column-eori = Numero EORI
traces-posts-column-select = Selezionare
traces-posts-column-role = Ruolo
traces-posts-column-code = Codice
traces-posts-column-certified = Paesi certificati (selezionare)
# $code: the role's code (BCP, CCA); $name: its name; $acts: what it acts as.
traces-posts-authority-role = { $code } ({ $name }, agisce come { $acts })
traces-posts-all-countries = Tutti i paesi
# The name of a tick box. $organisation: the control body's name.
traces-posts-all-countries-of = { $organisation }: tutti i paesi
# $count: how many requests were sent (1 or more). Followed by the link “Open my profile”.
traces-posts-sent =
    { $count ->
        [one] La Sua richiesta di autorizzazione è stata inviata. Può seguirla nel Suo profilo.
        [many] Le Sue { $count } richieste di autorizzazione sono state inviate. Può seguirle nel Suo profilo.
       *[other] Le Sue { $count } richieste di autorizzazione sono state inviate. Può seguirle nel Suo profilo.
    }
traces-open-profile = Aprire il mio profilo
traces-popup-asking-for = Chiede di essere autorizzato per:
traces-request-additional-info = Informazioni supplementari (facoltative)
traces-request-additional-info-hint = Tutto ciò che può aiutare la persona che esamina la Sua richiesta.
traces-popup-email = E-mail
traces-popup-phone = Telefono (facoltativo)
traces-popup-send = inviare la richiesta di autorizzazione
traces-popup-cancel = Annullare
traces-popup-sending = Invio in corso…

## "Create new Operator".

traces-new-operator-back = Tornare alla ricerca degli operatori
traces-new-operator-title = Creare un nuovo operatore
# $operator: the name of the operator just created.
traces-new-operator-created = L’operatore { $operator } è stato creato e la Sua richiesta di farne parte è stata registrata.
traces-new-operator-duplicates-title = Si tratta di uno di questi?
traces-new-operator-duplicates-text = Questi operatori somigliano a quello che sta creando. Se lavora per uno di essi, lo selezioni e clicchi invece su «Richiedere l’autorizzazione». Se nessuno di essi è il Suo, clicchi di nuovo su «creare un nuovo operatore».
traces-new-operator-lead = I campi contrassegnati da * sono obbligatori. Il numero EORI è obbligatorio per gli importatori di prodotti biologici.
traces-new-operator-create = creare un nuovo operatore
traces-new-operator-checking = Verifica in corso…
traces-new-operator-operator = L’operatore
traces-new-operator-name = Nome
traces-new-operator-country = Paese
traces-new-operator-choose-country = Scegliere un paese
traces-new-operator-address = Indirizzo
traces-new-operator-city = Città
traces-new-operator-postcode = Codice postale
traces-new-operator-section = Sezione
traces-new-operator-activity = Tipo di attività
traces-new-operator-choose-activity = Scegliere un tipo di attività
traces-new-operator-eori = Numero EORI
traces-new-operator-eori-hint = Il codice del paese di due lettere, seguito da un massimo di 15 lettere o cifre (DE1234567890). Obbligatorio per gli importatori.
traces-new-operator-eori-mandatory = Per un importatore il numero EORI è obbligatorio.
traces-new-operator-contact = Recapiti dell’operatore
traces-new-operator-contact-rule = Obbligatorio: indichi almeno uno tra telefono, fax, e-mail o sito web.
traces-new-operator-phone = Telefono
traces-new-operator-fax = Fax
traces-new-operator-email = E-mail
traces-new-operator-website = Sito web
traces-new-operator-request = La Sua richiesta di far parte di questo operatore
traces-new-operator-request-hint = La persona che esamina la Sua richiesta vede questi dati e li usa per contattarLa.
traces-new-operator-your-email = La Sua e-mail
traces-new-operator-your-email-hint = Dal Suo account EU Login; per questa richiesta può indicarne un’altra.
traces-new-operator-your-phone = Il Suo telefono (facoltativo)

## "My TRACES profile".

traces-profile-title = Il mio profilo TRACES
traces-profile-requests = Le mie richieste
traces-profile-loading = Caricamento delle Sue richieste…
traces-profile-no-requests = Non ha ancora richiesto alcun ruolo in questo ambiente.
traces-profile-column-organisation = Organizzazione
traces-profile-column-role = Ruolo
traces-profile-column-scope = Ambito
traces-profile-column-requested = Richiesta il
traces-profile-column-decided = Decisa il
traces-profile-column-status = Stato
traces-profile-column-reason = Motivo
traces-profile-column-action = Azione
traces-profile-cancel = Annullare
# The name of the “Cancel” button of one request. $organisation: the organisation's name.
traces-profile-cancel-label = Annullare la richiesta per { $organisation }
# $organisation: the organisation's name.
traces-profile-cancelled = La Sua richiesta per { $organisation } è stata annullata.
# $zone: an IANA time zone name, like Europe/Brussels.
traces-profile-time-zone = Date e ore sono indicate nel Suo fuso orario, { $zone }. Può modificarlo alla voce Preferenze.
traces-profile-new-role = Richiedere un nuovo ruolo
# $problem: why, as the server says it.
traces-profile-preferences-failed = Non è possibile mostrare le Sue preferenze: { $problem }

## The preferences of the profile page.

traces-preferences-title = Preferenze
traces-preferences-notifications-title = Fuso orario e notifiche
# $instance: production or training (only chooses the text).
traces-preferences-instance-only =
    { $instance ->
        [training] Queste preferenze valgono solo per l’ambiente di formazione.
       *[production] Queste preferenze valgono solo per l’ambiente di produzione.
    }
traces-preferences-time-zone = Fuso orario
traces-preferences-time-zone-hint = Date e ore delle Sue richieste sono indicate in questo fuso orario.
traces-preferences-zone-utc = UTC (tempo coordinato universale)
traces-preferences-zones-eu = Unione europea
traces-preferences-zones-other = Altri paesi
# A time zone in the list. $country: the country's name; $zone: the IANA name (Europe/Vienna).
traces-preferences-zone = { $country } ({ $zone })
# $country: the country's name; $place: a region of it (Azores); $zone: the IANA name.
traces-preferences-zone-region = { $country }, { $place } ({ $zone })
# $country: the country's name; $place: a city of it (Chicago); $zone: the IANA name.
traces-preferences-zone-city = { $country } ({ $place }) ({ $zone })
traces-preferences-place-azores = Azzorre
traces-preferences-place-madeira = Madera
traces-preferences-place-canary-islands = Isole Canarie
traces-preferences-place-sydney = Sydney
traces-preferences-place-sao-paulo = San Paolo
traces-preferences-place-toronto = Toronto
traces-preferences-place-chicago = Chicago
traces-preferences-place-los-angeles = Los Angeles
traces-preferences-place-new-york = New York
# $browser: the browser's time zone; $saved: the saved one (IANA names, like Europe/Brussels).
traces-preferences-browser-zone = Il Suo browser è impostato su { $browser }, quindi qui è selezionato questo fuso. Il fuso orario salvato resta { $saved } finché non clicca su «Salvare le preferenze».
traces-preferences-events = Notifiche su
traces-preferences-notify-decisions = Decisioni sulle mie richieste (accettate, respinte, revocate)
traces-preferences-notify-new-requests = Nuove richieste in attesa della mia decisione (se decide sulle richieste: autorità e amministratori di un’organizzazione)
traces-preferences-channels = Canali di notifica
traces-preferences-notify-in-app = Nell’applicazione
traces-preferences-notify-email = Per e-mail (all’indirizzo del Suo account EU Login)
traces-preferences-no-channel = Se non sono selezionati né «Nell’applicazione» né «Per e-mail», non riceverà alcuna notifica.
traces-preferences-save = Salvare le preferenze
traces-preferences-saving = Salvataggio in corso…
# $zone: the time zone just saved (an IANA name, like America/New_York).
traces-preferences-saved = Le Sue preferenze sono state salvate. Date e ore sono ora indicate nel fuso { $zone }.
traces-preferences-language-title = Lingua
# $account: a link, traces-preferences-my-account.
traces-preferences-language-text = Le Sue lingue fanno parte del Suo account EU Login: sono le stesse in produzione e in formazione. Può anche modificarle, insieme ai Suoi nomi, in { $account }.
traces-preferences-my-account = Il mio account
traces-preferences-interface-language = Lingua dell’interfaccia
traces-preferences-interface-language-hint = La lingua di queste pagine ogni volta che ha effettuato l’accesso.
traces-preferences-email-language = Lingua delle e-mail
traces-preferences-email-language-hint = La lingua delle e-mail che riceve, notifiche comprese.
traces-preferences-save-languages = Salvare le lingue
traces-preferences-languages-saved = Le Sue lingue sono state salvate.

## Statuses, as the profile, the search results and the queue show them.

traces-status-pending = In attesa
traces-status-valid = Valida
traces-status-rejected = Respinta
traces-status-cancelled = Annullata
traces-status-revoked = Revocata
traces-status-organisation-new = Nuovo
traces-status-organisation-valid = Valido
traces-status-organisation-rejected = Respinto
traces-status-organisation-inactive = Inattivo
