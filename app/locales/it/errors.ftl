## Errors any server function can answer with (api::ApiError).

# $count: how many fields have a problem (2 or more).
error-fields-need-attention = { $count } campi richiedono la Sua attenzione.
error-unauthenticated = Effettui prima l’accesso.
error-forbidden = Non è autorizzato a eseguire questa operazione.
error-login-failed = Accesso non riuscito: l’indirizzo e-mail o la password non sono corretti, oppure l’account è bloccato per 15 minuti dopo troppi tentativi. Controlli entrambi e riprovi, oppure usi «Password dimenticata?».
error-cross-site = Questa richiesta proveniva da un altro sito web ed è stata rifiutata.
# $seconds: how long to wait.
error-rate-limited = Troppi tentativi. Attenda { $seconds ->
        [one] { $seconds } secondo
       *[other] { $seconds } secondi
    } e riprovi.
error-too-large = La richiesta è troppo grande: nessun campo di questo modulo accetta più di qualche migliaio di caratteri. Accorci il testo inserito e riprovi.
error-storage-unavailable = Il server non può salvare nulla in questo momento perché il suo spazio di archiviazione è pieno o di sola lettura. Nulla di ciò che ha inserito è stato salvato. Riprovi più tardi; se il problema persiste, avvisi l’helpdesk.
error-internal = Si è verificato un errore da parte nostra. Riprovi tra qualche istante.
error-unavailable = Impossibile raggiungere il server. Controlli la connessione e riprovi.
# $detail: the decoder's words, in English.
error-unreadable-request = Impossibile leggere la richiesta: { $detail }

## EU Login: sign-up, the e-mailed links, login and the account page.

# $minutes: how long a link works after its e-mail is sent.
error-link-expired = Questo link è scaduto: i link funzionano per { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuti
    } dopo l’invio dell’e-mail. Richieda una nuova e-mail qui sotto.
error-link-not-valid = Questo link non è valido. Copi l’intero link dall’e-mail nella barra degli indirizzi, oppure richieda una nuova e-mail qui sotto.
error-link-used = Questo link è già stato usato: ogni link funziona una sola volta. Se deve impostare di nuovo la password, richieda una nuova e-mail qui sotto.
error-link-superseded = Dopo questa e-mail ne è stata inviata una più recente: funziona solo il link dell’e-mail più recente. Usi quello, oppure richieda una nuova e-mail qui sotto.
error-link-not-for-password = Questo link serve a confermare un indirizzo e-mail, non a impostare una password.
error-link-not-for-email = Questo link serve a impostare una password, non a confermare un indirizzo e-mail.
error-link-used-meanwhile = Questo link è stato usato o sostituito poco fa. Ne richieda uno nuovo nella pagina del Suo account.
error-email-now-taken = Questo indirizzo è ora usato da un altro account EU Login, quindi non può diventare il Suo. Scelga un altro indirizzo nella pagina del Suo account.
# $username: the username the person chose.
error-username-taken = Nome utente: «{ $username }» è già in uso. Ne scelga un altro.
error-login-password-empty = Password: inserisca la Sua password.
error-new-email-confirmation = Conferma nuova e-mail: digiti lo stesso indirizzo inserito in «Nuova e-mail».
error-new-email-unchanged = Nuova e-mail: questo è già l’indirizzo del Suo account.
# $domain: the training demo's mail domain (demo.traces-training.example).
error-new-email-demo-address = Nuova e-mail: gli indirizzi di { $domain } sono riservati all’ambiente di formazione: chiunque può leggerne la posta nella casella di posta dimostrativa e impadronirsi del Suo ruolo o delle Sue richieste in attesa in produzione. Mantenga un indirizzo Suo.

## The “Code” field of the sign-up and lost-password forms (the captcha).

error-captcha-empty = Codice: digiti i caratteri che vede nell’immagine.
error-captcha-expired = Codice: questa immagine è scaduta. Digiti i caratteri della nuova immagine.
error-captcha-used = Codice: questa immagine è già stata usata. Digiti i caratteri della nuova immagine.
error-captcha-wrong = Codice: i caratteri non corrispondono all’immagine. Digiti i caratteri della nuova immagine.

## Hints of the password strength meter: the length rule, then zxcvbn's warnings and suggestions.

# $min: the fewest characters a password may have.
error-password-too-short-hint = Usi almeno { $min } caratteri.
error-password-straight-rows = Le file di tasti consecutivi sono facili da indovinare.
error-password-short-keyboard-patterns = Le brevi sequenze di tastiera sono facili da indovinare.
error-password-repeats-aaa = Le ripetizioni come «aaa» sono facili da indovinare.
error-password-repeats-abcabc = Le ripetizioni come «abcabcabc» sono solo leggermente più difficili da indovinare di «abc».
error-password-top-10 = Questa è una delle 10 password più comuni.
error-password-top-100 = Questa è una delle 100 password più comuni.
error-password-common = Questa è una password molto comune.
error-password-similar-to-common = Questa password è simile a una password di uso comune.
error-password-sequences = Le sequenze come abc o 6543 sono facili da indovinare.
error-password-recent-years = Gli anni recenti sono facili da indovinare.
error-password-single-word = Una parola da sola è facile da indovinare.
error-password-dates = Le date sono spesso facili da indovinare.
error-password-names-by-themselves = Nomi e cognomi da soli sono facili da indovinare.
error-password-common-names = Nomi e cognomi comuni sono facili da indovinare.
error-password-use-a-few-words = Usi alcune parole ed eviti le frasi comuni.
error-password-no-need-for-symbols = Non servono simboli, cifre o lettere maiuscole.
error-password-add-a-word = Aggiunga un’altra parola o due. Le parole poco comuni sono migliori.
error-password-capitalization = Le maiuscole non aiutano molto.
error-password-all-uppercase = Tutto maiuscolo è facile da indovinare quasi quanto tutto minuscolo.
error-password-reversed-words = Le parole scritte al contrario non sono molto più difficili da indovinare.
error-password-substitutions = Sostituzioni prevedibili come «@» al posto di «a» non aiutano molto.
error-password-longer-keyboard-pattern = Usi una sequenza di tastiera più lunga, con più cambi di direzione.
error-password-avoid-repeats = Eviti parole e caratteri ripetuti.
error-password-avoid-sequences = Eviti le sequenze.
error-password-avoid-recent-years = Eviti gli anni recenti.
error-password-avoid-your-years = Eviti gli anni legati alla Sua persona.
error-password-avoid-your-dates = Eviti date e anni legati alla Sua persona.

## The training instance.

error-persona-unknown = Questa persona fittizia non esiste. Ne scelga una dall’elenco nella pagina di benvenuto dell’istanza di formazione.

## Addresses under /api that name nothing.

error-api-function-unknown = Questa funzione API non esiste.
error-export-unknown = Questa esportazione non esiste: usi queue.csv o decisions.csv.

## The approval queue: filters, page links, export links.

error-queue-page-link = Il link alla pagina non è più valido. Torni alla prima pagina della coda di approvazione.
error-queue-organisation-too-long = Organizzazione: digiti al massimo 100 caratteri del nome.
# $max: the largest age accepted, in days.
error-queue-age-too-high = Anzianità: al massimo { $max } giorni.
error-queue-age-not-a-number = Anzianità: indichi un numero intero di giorni, ad esempio 7.
# $value: what the link has instead of an instance (production or training).
error-export-link-instance = Il link di esportazione non è valido: «{ $value }» non è un’istanza di TRACES NT: usi «production» o «training».
error-export-link-no-instance = Il link di esportazione non è valido: non indica alcuna istanza.
# $key, $value: the setting of the link that is not one of the queue's.
error-export-link-setting = Il link di esportazione non è valido: «{ $key }={ $value }» non è una delle sue impostazioni. Usi il pulsante di esportazione della pagina della coda di approvazione.

## Deciding requests, one or many, and the Administrator flag.

# $id: the request's number.
error-decide-not-found = Non esiste alcuna richiesta numero { $id } su cui Lei possa decidere in questa istanza. Potrebbe appartenere a un altro paese o a un’altra organizzazione; la apra dalla Sua coda di approvazione.
# $name: the organisation; $status: its status (a stored code, chooses the words).
error-decide-organisation-closed = L’organizzazione «{ $name }» { $status ->
        [rejected] è stata respinta
        [inactive] è inattiva
       *[other] ha lo stato { $status }
    }, quindi nessuno può entrarvi. Respinga invece la richiesta indicando un motivo.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-accepted = La richiesta { $id } è già stata accettata da { $who }, data: { $when }. Non è stato modificato nulla.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-rejected = La richiesta { $id } è già stata respinta da { $who }, data: { $when }. Non è stato modificato nulla.
# $id: the request's number; $when: the date and time (UTC) or “earlier”.
error-decide-already-cancelled = La richiesta { $id } è già stata annullata dal richiedente, data: { $when }. Non è stato modificato nulla.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-revoked = La richiesta { $id } è già stata revocata da { $who }, data: { $when }. Non è stato modificato nulla.
# $id: the request's number; $status: its status, a code the schema does not know (in English); $when: the date and time (UTC) or “earlier”.
error-decide-already-other = La richiesta { $id } ha già lo stato «{ $status }», data: { $when }. Non è stato modificato nulla.
# Stands for the person who decided, when the account is gone.
error-decide-by-unknown = qualcuno
# Stands for the time of a decision, when it was not recorded.
error-decide-at-unknown = non registrata
# $id: the request's number.
error-decide-meanwhile = Nel frattempo è stata presa una decisione sulla richiesta { $id }; non è stato modificato nulla. La ricarichi per vedere la decisione.
error-decide-none-selected = Selezioni almeno una richiesta nella coda, quindi accetti o respinga.
# $max: how many requests can be decided at once; $count: how many were selected.
error-decide-too-many = Selezioni al massimo { $max } richieste alla volta; ne ha selezionate { $count }.
# $id: the request's number.
error-decide-selected-twice = La richiesta { $id } è selezionata due volte; selezioni ogni richiesta una sola volta.
# $failed: how many of the selected requests cannot be decided; $count: how many were selected.
error-decide-nothing-decided = Non è stato deciso nulla: su { $failed } delle { $count } richieste selezionate non è possibile decidere. Le deselezioni e riprovi.
# $id: the request's number; $status: its status (a stored code, chooses the words).
error-admin-not-valid = La richiesta { $id } non è un ruolo valido (è { $status ->
        [pending] in sospeso
        [rejected] respinta
        [cancelled] annullata
        [revoked] revocata
       *[other] nello stato { $status }
    }): solo il titolare di un ruolo valido può essere amministratore.
# $id: the request's number.
error-admin-changed-meanwhile = Nel frattempo la richiesta { $id } è stata modificata; la ricarichi.

## Notifications in the app (not errors, but sentences the server composes too).

# $first, $last: the requester's names; $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-new-request = { $first } { $last } chiede un ruolo presso «{ $organisation }» ({ $country }).
# $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-accepted = La Sua richiesta di un ruolo presso «{ $organisation }» ({ $country }) è stata accettata
# $organisation: the organisation's name; $country: the ISO code of the post's country; $reason: the decider's words.
error-notification-rejected = La Sua richiesta di un ruolo presso «{ $organisation }» ({ $country }) è stata respinta: { $reason }
# $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-rejected-no-reason = La Sua richiesta di un ruolo presso «{ $organisation }» ({ $country }) è stata respinta: nessun motivo indicato
# $organisation: the organisation's name; $country: the ISO code of the post's country; $status: the request's status (a stored code, chooses the words).
error-notification-other = La Sua richiesta di un ruolo presso «{ $organisation }» ({ $country }) è ora { $status ->
        [pending] in sospeso
        [cancelled] annullata
        [revoked] revocata
       *[other] nello stato { $status }
    }

## TRACES: the directory search and authorisation requests.

error-search-page-link = Pagina: questo link alla pagina non è più valido; ripeta la ricerca dalla prima pagina.
error-search-name-too-long = Nome: per la ricerca usi al massimo 120 caratteri del nome.
# $max: the most characters allowed.
error-additional-info-too-long = Informazioni aggiuntive: usi al massimo { $max } caratteri.
error-submission-key = Chiave di invio: invii da 8 a 64 lettere, cifre, - o _ (la pagina ne crea una; la ricarichi e riprovi).
error-submission-other-instance = Questa richiesta è già stata inviata nell’altra istanza. Ricarichi la pagina e la invii di nuovo.
# $domain: the training demo's mail domain (demo.traces-training.example).
error-demo-address-production = Gli indirizzi di { $domain } sono riservati all’ambiente di formazione: chiunque può leggerne la posta nella casella di posta dimostrativa e impadronirsi dell’account. Per richiedere l’autorizzazione in produzione, cambi prima l’indirizzo e-mail del Suo account con un indirizzo Suo.
error-posts-none = Ruoli: spunti almeno un’organizzazione nell’elenco, quindi invii la richiesta.
# $max: how many posts one request can have.
error-posts-too-many = Ruoli: ne spunti al massimo { $max } alla volta; invii gli altri in una seconda richiesta.
error-posts-twice = Ruoli: lo stesso ruolo è spuntato due volte; spunti ogni ruolo una sola volta.
error-posts-one-kind = Ruoli: spunti solo organizzazioni di un unico tipo di ruolo (operatori, organismi di controllo o autorità).
# $name: the control body; $country: the country's name; $code: its ISO code.
error-posts-not-certified = Ruoli: «{ $name }» non certifica nel paese seguente: { $country } ({ $code }); spunti uno dei paesi elencati per questo organismo.
# $name: the organisation; $country: the name of its country.
error-posts-other-country = Ruoli: «{ $name }» si trova nel paese seguente: { $country }; il ruolo presso questa organizzazione copre solo quel paese.
# $id: the number that was sent.
error-organisation-not-found = L’organizzazione con il numero { $id } non esiste in questa istanza. Ripeta la ricerca e la spunti nell’elenco.
# $name: the organisation; $status: its status (a stored code, chooses the words).
error-organisation-closed = L’organizzazione «{ $name }» { $status ->
        [rejected] è stata respinta
        [inactive] è inattiva
       *[other] ha lo stato { $status }
    } e non accetta nuove richieste. Ripeta la ricerca e spunti un’altra organizzazione.
# $name: the control body.
error-no-certified-countries = «{ $name }» non ha ancora paesi certificati, quindi non vi si può richiedere alcun ruolo.
# $name: the organisation; $country: the name of the post's country.
error-post-already-held = «{ $name }» ({ $country }): ricopre già questo ruolo. Tolga la spunta e invii di nuovo la richiesta; le Sue richieste sono nella pagina del Suo profilo.
# $name: the organisation; $country: the name of the post's country.
error-post-already-pending = «{ $name }» ({ $country }): la Sua richiesta per questo ruolo è già in sospeso. Tolga la spunta e invii di nuovo la richiesta; le Sue richieste sono nella pagina del Suo profilo.
error-own-request-not-found = Questa richiesta non è tra le Sue. Ricarichi la pagina del Suo profilo.
# $organisation: the organisation's name; $status: the request's status (a stored code, chooses the words).
error-cancel-not-pending = La Sua richiesta per «{ $organisation }» è { $status ->
        [pending] in sospeso
        [valid] valida
        [rejected] respinta
        [cancelled] annullata
        [revoked] revocata
       *[other] nello stato { $status }
    } e non può più essere annullata; possono esserlo solo le richieste in sospeso.
error-time-zone = Fuso orario: scelga un fuso come Europe/Brussels (Area/Città, al massimo 64 caratteri), oppure UTC.

## New organisations: the directory import and "create a new operator".

error-import-status = Stato: usi valid, new, rejected o inactive (vuoto significa valid).
error-import-kind = Tipo: usi operator, control_body o authority.
error-certified-countries-empty = Paesi certificati: Paese: scelga un paese dall’elenco.
# $code: what was given instead of a country code.
error-certified-countries-shape = Paesi certificati: Paese: «{ $code }» non è un codice di paese; usi le due lettere della norma ISO 3166-1 (DE, FR, US) o scelga un paese dall’elenco.
# $code: what was given instead of a country code.
error-certified-countries-unknown = Paesi certificati: Paese: «{ $code }» non è un codice di paese ISO 3166-1 assegnato; scelga un paese dall’elenco.
# $alias: the code EU documents use (EL, UK); $iso: the ISO 3166-1 code; $name: the country's name.
error-certified-countries-eu-alias = Paesi certificati: Paese: i documenti dell’UE scrivono { $alias }, ma la norma ISO 3166-1 e TRACES usano { $iso }; scelga { $iso } ({ $name }).
# $code: the control body code; $other: the organisation that has it.
error-control-body-code-taken = Codice dell’organismo di controllo: { $code } è già il codice di «{ $other }».
# $eori: the EORI number; $other: the operator that has it.
error-eori-taken = Numero EORI: { $eori } è già registrato per l’operatore «{ $other }»; lo cerchi e richieda l’autorizzazione invece di crearlo di nuovo.
error-demo-person-shared = Questa è una persona della dimostrazione di formazione, condivisa da tutti i presenti in sala: nome, e-mail e password non possono essere modificati. Per provare, registri un account proprio.
