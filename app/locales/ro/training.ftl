## The trainer's tools on the training welcome page: the personas and the reset.

training-personas-title = Persoane de test pentru instruire
# Followed by the personas' password (Training-Demo-2026), then training-personas-intro-end.
training-personas-intro = Conturi EU Login gata pregătite din lumea demonstrativă. Ele există numai pentru instruire: mediul de producție nu le afișează niciodată și le tratează ca neautentificate. Fiecare persoană de test se poate autentifica și pe pagina EU Login, cu adresa sa de e-mail și parola
# What follows the password: the end of the sentence.
training-personas-intro-end = .
# $problem: why.
training-personas-not-loaded = Persoanele de test nu au putut fi încărcate: { $problem }
training-column-persona = Persoană de test
training-column-role = Rol în demonstrație
training-column-log-in = Autentificare
# $name: the persona's name.
training-log-in-as = Autentificare ca { $name }
# $name: the persona's name; $problem: why.
training-log-in-as-failed = Autentificarea ca { $name } nu a reușit: { $problem }
# $time: when, in UTC.
training-last-reset = Lumea demonstrativă a fost încărcată ultima dată la { $time }.
training-never-reset = Lumea demonstrativă nu a fost încă încărcată.

## The personas: what each does in the demo (names of organisations stay as they are).

training-persona-importer-role = Importator (operator)
training-persona-importer-description = Niciun post încă: arată pasul 2 din scrisoare de la început (Operator, căutare, bifare, „Solicitați autorizarea”, „trimiteți cererea de autorizare”).
training-persona-inspector-role = Inspector al unui organism de control
training-persona-inspector-description = Post valabil la „Fiktiv Kontrollstelle Öko” (DE-OKO-901) pentru Germania; poate solicita și alte țări ale acestui organism de control.
training-persona-bcp-role = Funcționar al unui punct de control la frontieră
training-persona-bcp-description = Post valabil la punctul de control la frontieră „PCF Fittizio Genova Porto” (Italia), care îndeplinește rolul EAOC.
training-persona-cca-role = Funcționar al autorității competente centrale – soluționează cereri
training-persona-cca-description = Administrator al autorității competente centrale a Germaniei: soluționează toate cererile pentru operatorii, organismele de control și punctele de control la frontieră din Germania.
training-persona-admin-role = Administrator al unui operator
training-persona-admin-description = Administrator al operatorului „Fiktiv Grünwaren KG” (Germania): soluționează cererile de alăturare la acesta.
training-persona-commission-role = Utilizator al Comisiei și formator
training-persona-commission-description = Comisia (unitatea fictivă „DG SANTE G.5 training”): soluționează orice cerere, inclusiv pe cele ale autorităților competente centrale; poate reseta mediul de instruire.

## Resetting the training instance (trainers only).

training-reset-title = Resetați mediul de instruire
training-reset-explained = Înlocuiește, într-un singur pas, toate datele de instruire (organizații, cereri, decizii, notificări, e-mailurile demonstrației) cu lumea demonstrativă.
training-reset-accounts-kept = Conturile EU Login create în timpul sesiunii se păstrează, deoarece sunt folosite și de mediul de producție; cererile lor din mediul de instruire sunt șterse. Mediul de producție nu este afectat.
training-reset-button = Resetați instruirea…
training-reset-confirm-question = Resetați acum mediul de instruire?
training-reset-confirm-explained = Tot ce s-a făcut în mediul de instruire de la ultima resetare este înlocuit.
training-reset-confirm = Da, resetați instruirea
training-resetting = Se resetează…
training-reset-cancel = Anulare
# $took: milliseconds (as written for the reader); $organisations, $requests, $accounts:
# counts that choose the plural forms; $organisations_shown, $requests_shown,
# $accounts_shown: the same counts as written for the reader.
training-reset-done = Instruirea a fost resetată în { $took } ms: { $organisations ->
        [one] { $organisations_shown } organizație
        [few] { $organisations_shown } organizații
       *[other] { $organisations_shown } de organizații
    } și { $requests ->
        [one] { $requests_shown } cerere
        [few] { $requests_shown } cereri
       *[other] { $requests_shown } de cereri
    } din lumea demonstrativă; { $accounts ->
        [one] s-a păstrat { $accounts_shown } cont EU Login al participanților
        [few] s-au păstrat { $accounts_shown } conturi EU Login ale participanților
       *[other] s-au păstrat { $accounts_shown } de conturi EU Login ale participanților
    }.
# $problem: why.
training-reset-failed = Resetarea nu a avut loc: { $problem }
