## The shell of every page: top bar, language chooser, footer.

language-chooser-label = Lingua
# $problem: why the server did not take the choice.
language-not-remembered = La Sua scelta non è stata memorizzata: { $problem }

## The tab title, the skip link, the top bar and the footer.

common-title = TRACES NT
common-title-training = FORMAZIONE – TRACES NT
common-skip-link = Passare al contenuto
# The short mark before the name, as on the Commission's sites.
common-brand-mark = UE
common-brand-name = TRACES NT
common-instance-production = Produzione
common-instance-training = Formazione
common-training-banner-mark = FORMAZIONE
common-training-banner = – questo è l’ambiente di formazione di TRACES NT. Nulla di ciò che viene fatto qui è reale o raggiunge l’ambiente di produzione.
common-top-bar-nav-label = Account e lingua
common-my-profile = Il mio profilo TRACES
common-my-account = Il mio account
common-log-out = Disconnettersi
# $problem: why logging out did not work.
common-log-out-failed = È ancora connesso: { $problem }
# The links of the top bar with their counts. Screen readers hear the hidden name, speech input
# users say the visible words: each name starts with the words of its link.
common-nav-queue = Richieste da decidere
common-nav-queue-none = Richieste da decidere: nessuna in attesa
# $count: how many requests wait (1 or more) and chooses the plural form; $shown: the same
# number as the badge shows it ("12", "10,000+").
common-nav-queue-pending = { $count ->
    [one] Richieste da decidere: { $shown } in attesa
    [many] Richieste da decidere: { $shown } in attesa
   *[other] Richieste da decidere: { $shown } in attesa
}
common-nav-notifications = Notifiche
common-nav-notifications-none = Notifiche: nessuna da leggere
# $count: how many notifications are unread (1 or more) and chooses the plural form; $shown:
# the same number as the badge shows it ("12", "10,000+").
common-nav-notifications-unread = { $count ->
    [one] Notifiche: { $shown } da leggere
    [many] Notifiche: { $shown } da leggere
   *[other] Notifiche: { $shown } da leggere
}
# $traces, $organic: the two helpdesk addresses, as links.
common-footer-helpdesk = Domande? Scriva all’helpdesk: { $traces } e { $organic }
# $version: the app's version; $schema: the number of the database's latest migration.
common-footer-version = Versione { $version } · schema { $schema }
# $version: the app's version; $schema: the number of the database's latest migration.
common-footer-version-test-mode = Versione { $version } · schema { $schema } · MODALITÀ DI PROVA
# $time: a date and time (2026-11-23 16:05) in UTC.
common-time-in-utc = { $time } (UTC)

## The page for an unknown address.

common-not-found-title = Pagina non trovata
common-not-found-text = Questo indirizzo non porta a nessuna pagina di TRACES NT. Controlli il link o ricominci dalla pagina iniziale.
common-not-found-home = Andare alla pagina iniziale

## The guided demo of the training instance: the steps of the helpdesk letter. The names in
## quotes are the names of buttons and links: use the same words as those.

common-guide-show = Demo guidata
common-guide-hide = Nascondere la demo guidata
common-guide-title = Demo guidata
common-guide-hint = I passaggi della lettera dell’helpdesk; quello evidenziato è questa pagina.
common-guide-part-eulogin = 1. EU Login
common-guide-part-traces = 2. TRACES NT
common-guide-part-decision = 3. La decisione
common-guide-step-sign-up = Nella pagina di benvenuto dell’ambiente di formazione, clicchi su «registrarsi a TRACES».
common-guide-step-create-account = Compili il modulo (e-mail del dominio demo, ad es. trainee@demo.traces-training.example), inserisca il codice dell’immagine, quindi clicchi su «Crea un account».
common-guide-step-mailbox = Apra la casella di posta integrata e segua il link dell’e-mail.
common-guide-step-password = Scelga una password.
common-guide-step-log-in = Clicchi su «Accedere a TRACES» ed effettui l’accesso con l’e-mail e la password.
common-guide-step-role-kind = Scelga il tipo di ruolo: Operatore, Organismo di controllo biologico o Autorità.
common-guide-step-search = Effettui una ricerca (paese, nome…), selezioni una o più righe, quindi clicchi su «Richiedere l’autorizzazione»; oppure, dopo una ricerca, su «Creare un nuovo operatore».
common-guide-step-popup = Nella finestra di dialogo, controlli e-mail e telefono, quindi clicchi su «inviare la richiesta di autorizzazione»: compare un messaggio verde.
common-guide-step-profile-pending = Il profilo elenca la richiesta come «In attesa».
common-guide-step-queue = Acceda come utente fittizio «Funzionario dell’autorità competente centrale» (pagina di benvenuto dell’ambiente di formazione) e apra «Richieste da decidere».
common-guide-step-decide = Apra la richiesta: la persona, l’organizzazione, la cronologia; la accetti oppure la respinga indicando un motivo.
common-guide-step-profile-decided = Acceda di nuovo come richiedente: il profilo mostra «Valida» (oppure «Respinta» con il motivo).
