## EU Login, the identity service (pages/eulogin): sign-up, the e-mailed links, login, the
## account page, help and privacy. "EU Login", "TRACES NT" and "ECAS" are names.

# The mark above each EU Login page's heading.
eulogin-brand = EU Login
# Heading, button and link of the sign-up form (the helpdesk letter names it).
eulogin-create-account = Crea un account
# Links and buttons that lead to logging in.
eulogin-log-in = Accedi
# Heading of its page and the link to it.
eulogin-lost-password = Password dimenticata?
eulogin-help-link = Aiuto: l’e-mail non è arrivata
eulogin-send-again = Invia di nuovo l’e-mail
eulogin-nothing-arrived = Non è arrivato nulla?
# The text of a link, inside sentences.
eulogin-account-page-link = pagina del Suo account EU Login
# After a link that opens in a new tab, for screen readers.
eulogin-opens-in-new-tab = (si apre in una nuova scheda)
# Heading of a page whose e-mailed link is expired, used, replaced or unknown.
eulogin-link-broken = Questo link non funziona
eulogin-link-checking = Verifica del link in corso…
eulogin-link-no-code = Questo indirizzo non contiene alcun codice del link. Apra di nuovo il link dall’e-mail, oppure copi l’intero link nella barra degli indirizzi.

## Field labels and hints.

eulogin-field-username = Nome utente
eulogin-field-first-name = Nome
eulogin-field-last-name = Cognome
eulogin-field-email = E-mail
eulogin-field-email-confirm = Conferma e-mail
eulogin-field-email-language = Lingua delle e-mail
eulogin-field-interface-language = Lingua dell’interfaccia
eulogin-field-password = Password
eulogin-field-current-password = Password attuale
eulogin-field-new-password = Nuova password
eulogin-field-confirm-password = Conferma password
eulogin-field-new-email = Nuova e-mail
eulogin-field-confirm-new-email = Conferma nuova e-mail
eulogin-name-hint = Come nel Suo documento d’identità.
eulogin-email-language-hint = La lingua delle e-mail che EU Login Le invia.
eulogin-interface-language-hint = La lingua di queste pagine ogni volta che ha effettuato l’accesso.
eulogin-password-rule = Almeno 12 caratteri, al massimo 128. Nessuna regola sui tipi di caratteri: una frase di più parole non correlate tra loro è sicura e facile da ricordare.

## Create an account (/eulogin/signup).

eulogin-signup-own-name = Apra l’account a Suo nome.
# $person: "REAL PERSON" (eulogin-signup-real-person), in bold.
eulogin-signup-own-name-why = I dati che inserisce qui compariranno sui certificati che firma in TRACES NT, che hanno valore legale. Apra l’account EU Login a nome di una { $person }, NON a nome del Suo posto di controllo frontaliero, del Suo operatore o del Suo organismo di controllo.
eulogin-signup-real-person = PERSONA FISICA
eulogin-signup-own-address = Usi il Suo indirizzo e-mail professionale individuale.
eulogin-signup-own-address-why = È l’indirizzo con cui accederà a TRACES NT.
# Followed by the link "Log in".
eulogin-signup-already = Ha già un account EU Login?
eulogin-signup-all-required = Tutti i campi sono obbligatori.
eulogin-signup-username-hint = Da 4 a 32 caratteri: lettere a–z, cifre, punti, trattini e trattini bassi, con una lettera all’inizio.
eulogin-signup-email-hint = Il Suo indirizzo professionale individuale: lo userà per accedere.
eulogin-signup-email-confirm-hint = Digiti di nuovo lo stesso indirizzo.
eulogin-signup-privacy-accept = Ho letto e accetto l’informativa sulla privacy
eulogin-signup-privacy-read = Leggi l’informativa sulla privacy
eulogin-signup-progress = Creazione dell’account in corso…

## Check your e-mail (/eulogin/signup/sent), after "Create an account".

eulogin-sent-title = Controlli la Sua e-mail
# Instead of the address, when the page does not know it.
eulogin-sent-unknown-address = l’indirizzo che ha inserito
# $address: the e-mail address, in bold.
eulogin-sent-lead = Abbiamo inviato un’e-mail a { $address } con un link per impostare la Sua password.
# $minutes: how long the link works.
eulogin-sent-link-valid = Il link funziona per { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuti
    } dopo l’invio dell’e-mail, e una sola volta. Dopo aver impostato la password, torni a TRACES NT e acceda con questo indirizzo e-mail.
eulogin-sent-advice-wait = Attenda qualche minuto: le e-mail possono impiegare un po' di tempo.
eulogin-sent-advice-spam = Controlli la cartella della posta indesiderata (spam).
eulogin-sent-advice-it = Chieda al Suo reparto informatico di consentire le e-mail di EU Login (inserendo il mittente nell’elenco dei mittenti consentiti, la cosiddetta «lista bianca»).
eulogin-sent-advice-address = Controlli l’indirizzo qui sopra. Se è sbagliato, crei di nuovo l’account con quello giusto.
eulogin-sent-replaces = Una nuova e-mail sostituisce la precedente: funziona solo il link dell’e-mail più recente.

## Help with EU Login (/eulogin/help), where the helpdesk letter points when the e-mail does not arrive.

eulogin-help-title = Aiuto per EU Login
eulogin-help-no-email = L’e-mail per impostare la password non è arrivata
eulogin-help-no-email-intro = Dopo «Crea un account», EU Login Le invia un’e-mail con un link per impostare la password. Se non è nella Sua posta in arrivo:
# Each piece of advice: a short instruction in bold, then why.
eulogin-help-wait = Attenda qualche minuto.
eulogin-help-wait-why = A volte i server di posta trattengono per un po' i messaggi di un nuovo mittente prima di recapitarli.
eulogin-help-spam = Controlli la cartella della posta indesiderata (spam).
eulogin-help-spam-why = Se vi trova l’e-mail, la contrassegni come «non spam», affinché le successive arrivino nella Sua posta in arrivo.
eulogin-help-it = Chieda al Suo reparto informatico di consentire le nostre e-mail.
eulogin-help-it-why = Le organizzazioni filtrano spesso le e-mail provenienti dall’esterno. Chieda di inserire il mittente di EU Login nell’elenco dei mittenti consentiti («lista bianca»).
eulogin-help-address = Controlli l’indirizzo.
# $link: a link to the sign-up form, "create the account again" (eulogin-help-address-link).
eulogin-help-address-why = Un errore di battitura invia l’e-mail altrove. Se l’indirizzo era sbagliato, { $link } con quello giusto.
eulogin-help-address-link = crei di nuovo l’account
# $action: "Send the e-mail again" (eulogin-help-again-action), in bold.
eulogin-help-again = { $action } con il modulo qui sotto.
eulogin-help-again-action = Invia di nuovo l’e-mail
eulogin-help-link-broken = Il link non funziona
# $minutes: how long a link works.
eulogin-help-link-broken-why = Un link funziona per { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuti
    } dopo l’invio dell’e-mail, e una sola volta. Quando viene inviata una nuova e-mail, i link di quelle precedenti smettono di funzionare: usi sempre l’e-mail più recente. Se il Suo programma di posta spezza il link in due, copi l’intero link nella barra degli indirizzi del browser.
eulogin-help-send-again-intro = Inserisca l’indirizzo e-mail del Suo account EU Login. Se è registrato, Le inviamo un nuovo link per impostare la password.
eulogin-help-have-account = Ha già un account?
# $login: a link, "log in" (eulogin-help-have-account-log-in); $lost: a link, "Lost your password?" (eulogin-lost-password).
eulogin-help-have-account-why = Se ha già un account EU Login (ECAS), non Le serve un account nuovo: { $login }. Se ha dimenticato la password, usi «{ $lost }».
eulogin-help-have-account-log-in = acceda
eulogin-help-contact = Contattare l’helpdesk
eulogin-help-contact-intro = Se nulla di tutto ciò è d’aiuto, o per qualsiasi domanda su TRACES NT e sul certificato di ispezione, scriva a:
# $address: the helpdesk's e-mail address, a link.
eulogin-help-contact-traces = { $address } (TRACES NT ed EU Login)
# $address: the e-mail address of the organic products helpdesk, a link.
eulogin-help-contact-organic = { $address } (il certificato di ispezione per i prodotti biologici)
eulogin-help-contact-advice = Indichi quale indirizzo e-mail ha usato e non invii mai la Sua password.

## Privacy statement (/eulogin/privacy).

eulogin-privacy-title = Informativa sulla privacy
eulogin-privacy-lead = Con EU Login dimostra a TRACES NT chi è. Questa pagina indica quali dati conserviamo su di Lei, perché e che cosa può fare al riguardo.
eulogin-privacy-stored = Che cosa conserviamo
eulogin-privacy-stored-names = Il Suo nome utente, il Suo nome e il Suo cognome.
eulogin-privacy-stored-email = Il Suo indirizzo e-mail, che è anche il Suo identificativo di accesso.
eulogin-privacy-stored-languages = La lingua delle e-mail che Le inviamo e la lingua dell’interfaccia.
eulogin-privacy-stored-password = La Sua password, solo in forma di hash: una trasformazione unidirezionale da cui non è possibile risalire alla password. Nessuno, nemmeno l’helpdesk, può vedere la Sua password.
eulogin-privacy-stored-session = Finché ha effettuato l’accesso, un cookie di sessione e l’ora della Sua ultima attività, affinché la sessione termini quando smette di usarla o si disconnette.
eulogin-privacy-why = Perché
eulogin-privacy-why-identify = Per identificarLa quando accede a TRACES NT e per inviarLe le e-mail necessarie al servizio (il link per impostare la password, la conferma di un nuovo indirizzo).
eulogin-privacy-why-certificates = Il Suo nome e cognome compaiono sui certificati che firma in TRACES NT. I certificati hanno valore legale, quindi l’account deve essere intestato alla persona fisica che firma.
eulogin-privacy-no-other-use = Non usiamo i Suoi dati per nessun altro scopo e non li vendiamo né li condividiamo a fini di marketing.
eulogin-privacy-rights = I Suoi diritti
# $link: a link, "your EU Login account page" (eulogin-account-page-link).
eulogin-privacy-rights-text = Dopo aver effettuato l’accesso, può consultare e correggere in qualsiasi momento i Suoi nomi, le Sue lingue, il Suo indirizzo e-mail e la Sua password nella { $link }. Per chiedere una copia dei Suoi dati o la cancellazione del Suo account, scriva all’helpdesk.
eulogin-privacy-contact = Contatti
# $address: the helpdesk's e-mail address, a link.
eulogin-privacy-helpdesk = Helpdesk: { $address }

## Log in (/eulogin/login), where "Login into TRACES" leads.

eulogin-login-title = Accedi
eulogin-login-lead = Acceda con l’indirizzo e-mail del Suo account EU Login.
# Next to the password field when it is empty ("Password" is the field's label).
eulogin-login-password-missing = Password: inserisca la Sua password.
# Followed by the link "Create an account".
eulogin-login-no-account = Non ha ancora un account?

## Lost your password? (/eulogin/lost-password)

eulogin-lost-lead = Inserisca l’indirizzo e-mail del Suo account EU Login. Se è registrato, Le inviamo un’e-mail con un link per impostare una nuova password.
# $minutes: how long the link works.
eulogin-lost-link-valid = Il link funziona per { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuti
    } e una sola volta. La Sua password attuale continua a funzionare finché non imposta quella nuova.
eulogin-lost-submit = Inviami un link
eulogin-lost-back = Torna ad «Accedi»

## Set your password (/eulogin/password), from the e-mailed link.

eulogin-password-title = Imposti la Sua password
# $name: the person's first name; $username: their username, in bold.
eulogin-password-lead = Gentile { $name }, scelga la password dell’account EU Login { $username }.
eulogin-password-submit = Imposta la mia password
eulogin-password-set = La Sua password è stata impostata
eulogin-password-set-next = Ora può accedere con il Suo indirizzo e-mail e la Sua nuova password.
eulogin-password-new-email = Ricevi una nuova e-mail
eulogin-password-new-email-intro = Inserisca l’indirizzo e-mail del Suo account EU Login per ricevere un nuovo link per impostare la password.

## Confirm your new e-mail address (/eulogin/email), from the e-mailed link.

eulogin-email-title = Confermi il Suo nuovo indirizzo e-mail
# $name: the person's first name; $username: their username, in bold; $email: the new address, in bold.
eulogin-email-lead = Gentile { $name }, l’identificativo di accesso dell’account EU Login { $username } diventerà { $email }.
eulogin-email-old-stops = Non appena avrà confermato, il Suo vecchio indirizzo non servirà più per accedere.
eulogin-email-submit = Conferma il mio nuovo indirizzo e-mail
eulogin-email-changed = Il Suo indirizzo e-mail è stato modificato
# $email: the new address, in bold.
eulogin-email-changed-next = D’ora in poi, acceda con { $email }.
eulogin-email-back-to-account = Torna al mio account
# $link: a link, "your EU Login account page" (eulogin-account-page-link).
eulogin-email-link-broken-next = Il Suo indirizzo e-mail non è stato modificato. Per ottenere un nuovo link di conferma, acceda e lo richieda di nuovo nella { $link }.

## My EU Login account (/eulogin/account).

eulogin-account-title = Il mio account EU Login
eulogin-account-loading = Caricamento del Suo account…
eulogin-account-back = Torna a TRACES NT
eulogin-account-log-in-first = Acceda per vedere e modificare il Suo account EU Login.
# $name: first and last name; $username; $email: the login address. All three in bold.
eulogin-account-who = Accesso effettuato come { $name } (nome utente { $username }, e-mail { $email }).
eulogin-account-details = I Suoi dati
eulogin-account-details-intro = I Suoi nomi compaiono sui certificati che firma in TRACES NT: usi i Suoi nomi reali, come nel Suo documento d’identità.
eulogin-account-details-submit = Salva i miei dati
eulogin-account-details-saved = I Suoi dati sono stati salvati.
eulogin-account-password = Modifica password
# Next to the field when it is empty ("Current password" is the field's label).
eulogin-account-current-password-missing = Password attuale: inserisca la password che usa attualmente.
eulogin-account-password-submit = Modifica la mia password
eulogin-account-password-changed = La Sua password è stata modificata. Tutte le altre sessioni aperte sul Suo account (in un altro browser o su un altro computer) sono state chiuse.
eulogin-account-email = Modifica e-mail
eulogin-account-email-intro = Il Suo indirizzo e-mail è il Suo identificativo di accesso. Inviamo un link al nuovo indirizzo per verificare che sia Suo.
# Next to "Confirm new e-mail" ("Confirm new e-mail" and "New e-mail" are the fields' labels).
eulogin-account-email-confirm-differs = Conferma nuova e-mail: digiti lo stesso indirizzo inserito in «Nuova e-mail».
eulogin-account-email-confirm-missing = Conferma nuova e-mail: digiti di nuovo il nuovo indirizzo.
eulogin-account-email-submit = Invia il link di conferma
# $address: the new address, in bold; $minutes: how long the link works; $current: the present login address.
eulogin-account-email-sent = Abbiamo inviato un link a { $address }. Lo apra entro { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuti
    }. Il Suo identificativo di accesso cambia solo quando apre il link; fino ad allora, continui ad accedere con { $current }.
