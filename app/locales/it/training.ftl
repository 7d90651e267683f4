## The trainer's tools on the training welcome page: the personas and the reset.

training-personas-title = Utenti fittizi per la formazione
# Followed by the personas' password (Training-Demo-2026), then training-personas-intro-end.
training-personas-intro = Account EU Login pronti del mondo demo. Esistono solo per la formazione: l’ambiente di produzione non li elenca mai e li tratta come non connessi. Ciascuno può anche accedere dalla pagina di EU Login con la propria e-mail e la password
# What follows the password: the end of the sentence.
training-personas-intro-end = .
# $problem: why.
training-personas-not-loaded = Non è stato possibile caricare gli utenti fittizi: { $problem }
training-column-persona = Utente fittizio
training-column-role = Ruolo nella demo
training-column-log-in = Accesso
# $name: the persona's name.
training-log-in-as = Accedere come { $name }
# $name: the persona's name; $problem: why.
training-log-in-as-failed = Impossibile accedere come { $name }: { $problem }
# $time: when, in UTC.
training-last-reset = Mondo demo caricato l’ultima volta il { $time }.
training-never-reset = Il mondo demo non è ancora stato caricato.

## The personas: what each does in the demo (names of organisations stay as they are).

training-persona-importer-role = Importatore (operatore)
training-persona-importer-description = Ancora nessuna posizione: mostra il punto 2 della lettera dall’inizio (Operatore, ricerca, selezione, «Richiedere l’autorizzazione», «inviare la richiesta di autorizzazione»).
training-persona-inspector-role = Ispettore di un organismo di controllo
training-persona-inspector-description = Posizione valida presso «Fiktiv Kontrollstelle Öko» (DE-OKO-901) per la Germania; può richiedere altri paesi di questo organismo.
training-persona-bcp-role = Funzionario di un posto di controllo frontaliero
training-persona-bcp-description = Posizione valida presso il posto di controllo frontaliero «PCF Fittizio Genova Porto» (Italia), con funzione di EAOC.
training-persona-cca-role = Funzionario dell’autorità competente centrale – decide le richieste
training-persona-cca-description = Amministratore dell’autorità competente centrale della Germania: decide ogni richiesta relativa a operatori, organismi di controllo e posti di controllo frontalieri tedeschi.
training-persona-admin-role = Amministratore di un operatore
training-persona-admin-description = Amministratore dell’operatore «Fiktiv Grünwaren KG» (Germania): decide le richieste di farne parte.
training-persona-commission-role = Utente della Commissione e formatore
training-persona-commission-description = Commissione (unità fittizia «DG SANTE G.5 training»): decide ogni richiesta, comprese quelle delle autorità competenti centrali; può reimpostare l’ambiente di formazione.

## Resetting the training instance (trainers only).

training-reset-title = Reimpostare l’ambiente di formazione
training-reset-explained = Sostituisce tutti i dati di formazione (organizzazioni, richieste, decisioni, notifiche, e-mail della demo) con il mondo demo, in un’unica operazione.
training-reset-accounts-kept = Gli account EU Login creati durante la sessione vengono mantenuti, perché li usa anche l’ambiente di produzione; le loro richieste di formazione vengono eliminate. L’ambiente di produzione non viene toccato.
training-reset-button = Reimpostare la formazione…
training-reset-confirm-question = Reimpostare ora l’ambiente di formazione?
training-reset-confirm-explained = Tutto ciò che è stato fatto in formazione dall’ultima reimpostazione viene sostituito.
training-reset-confirm = Sì, reimpostare la formazione
training-resetting = Reimpostazione in corso…
training-reset-cancel = Annullare
# $took: milliseconds (as written for the reader); $organisations, $requests, $accounts:
# counts that choose the plural forms; $organisations_shown, $requests_shown,
# $accounts_shown: the same counts as written for the reader.
training-reset-done = Formazione reimpostata in { $took } ms: { $organisations ->
        [one] { $organisations_shown } organizzazione
        [many] { $organisations_shown } organizzazioni
       *[other] { $organisations_shown } organizzazioni
    } e { $requests ->
        [one] { $requests_shown } richiesta
        [many] { $requests_shown } richieste
       *[other] { $requests_shown } richieste
    } del mondo demo; { $accounts ->
        [one] { $accounts_shown } account EU Login di partecipanti mantenuto
        [many] { $accounts_shown } account EU Login di partecipanti mantenuti
       *[other] { $accounts_shown } account EU Login di partecipanti mantenuti
    }.
# $problem: why.
training-reset-failed = La reimpostazione non è avvenuta: { $problem }
