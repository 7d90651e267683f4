## The shell of every page: top bar, language chooser, footer.

language-chooser-label = Limbă
# $problem: why the server did not take the choice.
language-not-remembered = Alegerea dvs. nu a fost reținută: { $problem }

## The tab title, the skip link, the top bar and the footer.

common-title = TRACES NT
common-title-training = INSTRUIRE – TRACES NT
common-skip-link = Salt la conținut
# The short mark before the name, as on the Commission's sites.
common-brand-mark = UE
common-brand-name = TRACES NT
common-instance-production = Producție
common-instance-training = Instruire
common-training-banner-mark = INSTRUIRE
common-training-banner = – acesta este mediul de instruire al TRACES NT. Nimic din ce se face aici nu este real și nu ajunge în mediul de producție.
common-top-bar-nav-label = Cont și limbă
common-my-profile = Profilul meu TRACES
common-my-account = Contul meu
common-log-out = Deconectare
# $problem: why logging out did not work.
common-log-out-failed = Sunteți în continuare autentificat: { $problem }
# The links of the top bar with their counts. Screen readers hear the hidden name, speech input
# users say the visible words: each name starts with the words of its link.
common-nav-queue = Cereri de soluționat
common-nav-queue-none = Cereri de soluționat: niciuna în așteptare
# $count: how many requests wait (1 or more) and chooses the plural form; $shown: the same
# number as the badge shows it ("12", "10,000+").
common-nav-queue-pending = { $count ->
        [one] Cereri de soluționat: { $shown } în așteptare
        [few] Cereri de soluționat: { $shown } în așteptare
       *[other] Cereri de soluționat: { $shown } în așteptare
    }
common-nav-notifications = Notificări
common-nav-notifications-none = Notificări: niciuna necitită
# $count: how many notifications are unread (1 or more) and chooses the plural form; $shown:
# the same number as the badge shows it ("12", "10,000+").
common-nav-notifications-unread = { $count ->
        [one] Notificări: { $shown } necitită
        [few] Notificări: { $shown } necitite
       *[other] Notificări: { $shown } necitite
    }
# $traces, $organic: the two helpdesk addresses, as links.
common-footer-helpdesk = Întrebări? Scrieți serviciului de asistență: { $traces } și { $organic }
# $version: the app's version; $schema: the number of the database's latest migration.
common-footer-version = Versiunea { $version } · schema { $schema }
# $version: the app's version; $schema: the number of the database's latest migration.
common-footer-version-test-mode = Versiunea { $version } · schema { $schema } · MOD DE TEST
# $time: a date and time (2026-11-23 16:05) in UTC.
common-time-in-utc = { $time } (UTC)

## The page for an unknown address.

common-not-found-title = Pagina nu a fost găsită
common-not-found-text = Această adresă nu duce la o pagină din TRACES NT. Verificați linkul sau începeți din nou de la pagina principală.
common-not-found-home = Mergeți la pagina principală

## The guided demo of the training instance: the steps of the helpdesk letter. The names in
## quotes are the names of buttons and links: use the same words as those.

common-guide-show = Demonstrație ghidată
common-guide-hide = Ascundeți demonstrația ghidată
common-guide-title = Demonstrație ghidată
common-guide-hint = Pașii din scrisoarea serviciului de asistență; pasul evidențiat corespunde acestei pagini.
common-guide-part-eulogin = 1. EU Login
common-guide-part-traces = 2. TRACES NT
common-guide-part-decision = 3. Decizia
common-guide-step-sign-up = Pe pagina de bun venit a mediului de instruire, faceți clic pe „înregistrați-vă în TRACES”.
common-guide-step-create-account = Completați formularul (o adresă de e-mail din domeniul demonstrativ, de ex. trainee@demo.traces-training.example) și codul din imagine, apoi faceți clic pe „Creați un cont”.
common-guide-step-mailbox = Deschideți căsuța poștală integrată și accesați linkul din e-mail.
common-guide-step-password = Alegeți o parolă.
common-guide-step-log-in = Faceți clic pe „Autentificare în TRACES” și autentificați-vă cu adresa de e-mail și parola.
common-guide-step-role-kind = Alegeți tipul de rol: Operator, Organism de control pentru producția ecologică sau Autoritate.
common-guide-step-search = Căutați (țară, denumire…), bifați unul sau mai multe rânduri, apoi faceți clic pe „Solicitați autorizarea”; sau, după o căutare, pe „Creați un operator nou”.
common-guide-step-popup = În fereastra pop-up, verificați adresa de e-mail și telefonul, apoi faceți clic pe „trimiteți cererea de autorizare”: apare un mesaj verde.
common-guide-step-profile-pending = Profilul afișează cererea cu starea „În așteptare”.
common-guide-step-queue = Autentificați-vă ca persoana de test „Funcționar al autorității competente centrale” (pagina de bun venit a mediului de instruire) și deschideți „Cereri de soluționat”.
common-guide-step-decide = Deschideți cererea: persoana, organizația, istoricul; acceptați-o sau respingeți-o, indicând un motiv.
common-guide-step-profile-decided = Autentificați-vă din nou ca solicitant: profilul afișează „Valabilă” (sau „Respinsă”, cu motivul).
