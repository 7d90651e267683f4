## The shell of every page: top bar, language chooser, footer.

language-chooser-label = Valoda
# $problem: why the server did not take the choice.
language-not-remembered = Jūsu izvēle netika saglabāta: { $problem }

## The tab title, the skip link, the top bar and the footer.

common-title = TRACES NT
common-title-training = APMĀCĪBAS – TRACES NT
common-skip-link = Pāriet uz saturu
# The short mark before the name, as on the Commission's sites.
common-brand-mark = ES
common-brand-name = TRACES NT
common-instance-production = Ražošanas vide
common-instance-training = Apmācību vide
common-training-banner-mark = APMĀCĪBAS
common-training-banner = – šī ir TRACES NT apmācību vide. Nekas, kas šeit tiek darīts, nav īsts un nenonāk ražošanas vidē.
common-top-bar-nav-label = Konts un valoda
common-my-profile = Mans TRACES profils
common-my-account = Mans konts
common-log-out = Izrakstīties
# $problem: why logging out did not work.
common-log-out-failed = Izrakstīšanās neizdevās, jūs joprojām esat sistēmā: { $problem }
# The links of the top bar with their counts. Screen readers hear the hidden name, speech input
# users say the visible words: each name starts with the words of its link.
common-nav-queue = Pieprasījumi izlemšanai
common-nav-queue-none = Pieprasījumi izlemšanai: nav neviena neizskatīta
# $count: how many requests wait (1 or more) and chooses the plural form; $shown: the same
# number as the badge shows it ("12", "10,000+").
common-nav-queue-pending = { $count ->
    [zero] Pieprasījumi izlemšanai: { $shown } neizskatīti
    [one] Pieprasījumi izlemšanai: { $shown } neizskatīts
   *[other] Pieprasījumi izlemšanai: { $shown } neizskatīti
}
common-nav-notifications = Paziņojumi
common-nav-notifications-none = Paziņojumi: nav nelasītu
# $count: how many notifications are unread (1 or more) and chooses the plural form; $shown:
# the same number as the badge shows it ("12", "10,000+").
common-nav-notifications-unread = { $count ->
    [zero] Paziņojumi: { $shown } nelasīti
    [one] Paziņojumi: { $shown } nelasīts
   *[other] Paziņojumi: { $shown } nelasīti
}
# $traces, $organic: the two helpdesk addresses, as links.
common-footer-helpdesk = Jautājumi? Rakstiet palīdzības dienestam: { $traces } un { $organic }
# $version: the app's version; $schema: the number of the database's latest migration.
common-footer-version = Versija { $version } · shēma { $schema }
# $version: the app's version; $schema: the number of the database's latest migration.
common-footer-version-test-mode = Versija { $version } · shēma { $schema } · TESTA REŽĪMS
# $time: a date and time (2026-11-23 16:05) in UTC.
common-time-in-utc = { $time } (UTC)

## The page for an unknown address.

common-not-found-title = Lapa nav atrasta
common-not-found-text = Šī adrese neved uz TRACES NT lapu. Pārbaudiet saiti vai sāciet no jauna sākumlapā.
common-not-found-home = Uz sākumlapu

## The guided demo of the training instance: the steps of the helpdesk letter. The names in
## quotes are the names of buttons and links: use the same words as those.

common-guide-show = Vadīta demonstrācija
common-guide-hide = Paslēpt vadīto demonstrāciju
common-guide-title = Vadīta demonstrācija
common-guide-hint = Palīdzības dienesta vēstules soļi; izceltais solis atbilst šai lapai.
common-guide-part-eulogin = 1. EU Login
common-guide-part-traces = 2. TRACES NT
common-guide-part-decision = 3. Lēmums
common-guide-step-sign-up = Apmācību vides sākumlapā noklikšķiniet uz „reģistrēties sistēmā TRACES”.
common-guide-step-create-account = Aizpildiet veidlapu (demonstrācijas domēna e-pasta adrese, piemēram, trainee@demo.traces-training.example), ierakstiet attēlā redzamo kodu un noklikšķiniet uz „Izveidot kontu”.
common-guide-step-mailbox = Atveriet iebūvēto pastkasti un atveriet e-pasta vēstulē esošo saiti.
common-guide-step-password = Izvēlieties paroli.
common-guide-step-log-in = Noklikšķiniet uz „Pieteikties sistēmā TRACES” un piesakieties ar e-pasta adresi un paroli.
common-guide-step-role-kind = Izvēlieties lomas veidu: Uzņēmējs, Bioloģiskās ražošanas kontroles institūcija vai Iestāde.
common-guide-step-search = Meklējiet (valsts, nosaukums…), atzīmējiet vienu vai vairākas rindas un noklikšķiniet uz „Pieprasīt autorizāciju”; vai arī pēc meklēšanas noklikšķiniet uz „Izveidot jaunu uzņēmēju”.
common-guide-step-popup = Uznirstošajā logā pārbaudiet e-pasta adresi un tālruni, tad noklikšķiniet uz „nosūtīt autorizācijas pieprasījumu”: parādās zaļš paziņojums.
common-guide-step-profile-pending = Profilā pieprasījumam ir statuss „Neizskatīts”.
common-guide-step-queue = Piesakieties kā persona „CCA amatpersona” (apmācību vides sākumlapā) un atveriet „Pieprasījumi izlemšanai”.
common-guide-step-decide = Atveriet pieprasījumu: redzams pieprasītājs, organizācija un vēsture; pieņemiet to vai noraidiet, norādot iemeslu.
common-guide-step-profile-decided = Vēlreiz piesakieties kā pieprasītājs: profilā redzams statuss „Derīgs” (vai „Noraidīts” ar iemeslu).
