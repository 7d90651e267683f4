### E-mails: what each message is, and its variables, is written above it in en/mail.ftl.

mail-greeting = Gentile { $first_name },
mail-link-validity = Il link funziona una sola volta e scade { $minutes ->
        [one] { $minutes } minuto
        [many] { $minutes } minuti
       *[other] { $minutes } minuti
    } dopo l’invio di questa e-mail.
mail-not-asked = Se non ha fatto questa richiesta, ignori questa e-mail.

mail-set-password-subject = EU Login: imposti la Sua password
mail-set-password-intro = È stato creato per Lei un account EU Login con il nome utente { $username }. Per attivarlo, imposti la password tramite questo link:
mail-set-password-expired = Se è scaduto, richieda una nuova e-mail nella pagina di registrazione o nella pagina «Password dimenticata?».

mail-reset-password-subject = EU Login: scelga una nuova password
mail-reset-password-intro = Ha chiesto di reimpostare la Sua password di EU Login. Scelga una nuova password tramite questo link:
mail-reset-password-expired = Se è scaduto, richieda una nuova e-mail nella pagina «Password dimenticata?».

mail-confirm-new-email-subject = EU Login: confermi il Suo nuovo indirizzo e-mail
mail-confirm-new-email-intro = Ha chiesto di utilizzare questo indirizzo per il Suo account EU Login. Per confermarlo, apra questo link:
mail-confirm-new-email-expired = Se è scaduto, richieda una nuova e-mail nella pagina del Suo account.

mail-email-changed-subject = EU Login: il Suo indirizzo e-mail è stato modificato
mail-email-changed = L’indirizzo e-mail del Suo account EU Login è stato modificato in { $new_email }.
mail-email-changed-not-you = Se questa modifica non è stata effettuata da Lei, contatti immediatamente l’helpdesk: { $helpdesk }. I link per reimpostare la password vengono ora inviati al nuovo indirizzo.

mail-password-changed-subject = EU Login: la Sua password è stata modificata
mail-password-changed = La password del Suo account EU Login è stata modificata.
mail-password-changed-not-you = Se questa modifica non è stata effettuata da Lei, reimposti subito la password nella pagina «Password dimenticata?» e contatti l’helpdesk: { $helpdesk }.

mail-new-request-subject = TRACES NT: nuova richiesta di autorizzazione da decidere
mail-new-request = { $requester } chiede un ruolo presso «{ $organisation }» ({ $country }) come { $role }.
mail-new-request-open = Apra la richiesta nella Sua coda di approvazione per accettarla o respingerla:
mail-new-request-why = Riceve questo messaggio perché decide su tali richieste. Può disattivare questi messaggi nella pagina del Suo profilo, alla voce Preferenze.
mail-decided-accepted-subject = TRACES NT: la Sua richiesta di autorizzazione è stata accettata
mail-decided-accepted = La Sua richiesta di un ruolo presso «{ $organisation }» ({ $country }) è stata accettata. Ora può lavorare per questa organizzazione in TRACES NT.
mail-decided-rejected-subject = TRACES NT: la Sua richiesta di autorizzazione è stata respinta
mail-decided-rejected = La Sua richiesta di un ruolo presso «{ $organisation }» ({ $country }) è stata respinta per il seguente motivo:
mail-decided-no-reason = nessun motivo indicato
mail-decided-rejected-next = Potrà inviare una nuova richiesta una volta risolto il motivo.
mail-decided-profile = Le Sue richieste e il loro stato sono nella pagina del Suo profilo:
