## The shell of every page: top bar, language chooser, footer.

language-chooser-label = Kieli
# $problem: why the server did not take the choice.
language-not-remembered = Valintaasi ei tallennettu: { $problem }

## The tab title, the skip link, the top bar and the footer.

common-title = TRACES NT
common-title-training = KOULUTUS – TRACES NT
common-skip-link = Siirry sisältöön
# The short mark before the name, as on the Commission's sites.
common-brand-mark = EU
common-brand-name = TRACES NT
common-instance-production = Tuotanto
common-instance-training = Koulutus
common-training-banner-mark = KOULUTUS
common-training-banner = – tämä on TRACES NT:n koulutusympäristö. Mikään täällä tehty ei ole todellista eikä päädy tuotantoympäristöön.
common-top-bar-nav-label = Tili ja kieli
common-my-profile = Oma TRACES-profiilini
common-my-account = Oma tilini
common-log-out = Kirjaudu ulos
# $problem: why logging out did not work.
common-log-out-failed = Olet yhä kirjautuneena: { $problem }
# The links of the top bar with their counts. Screen readers hear the hidden name, speech input
# users say the visible words: each name starts with the words of its link.
common-nav-queue = Päätettävät pyynnöt
common-nav-queue-none = Päätettävät pyynnöt: ei käsiteltäviä
# $count: how many requests wait (1 or more) and chooses the plural form; $shown: the same
# number as the badge shows it ("12", "10,000+").
common-nav-queue-pending =
    { $count ->
        [one] Päätettävät pyynnöt: { $shown } käsiteltävänä
       *[other] Päätettävät pyynnöt: { $shown } käsiteltävänä
    }
common-nav-notifications = Ilmoitukset
common-nav-notifications-none = Ilmoitukset: ei lukemattomia
# $count: how many notifications are unread (1 or more) and chooses the plural form; $shown:
# the same number as the badge shows it ("12", "10,000+").
common-nav-notifications-unread =
    { $count ->
        [one] Ilmoitukset: { $shown } lukematon
       *[other] Ilmoitukset: { $shown } lukematonta
    }
# $traces, $organic: the two helpdesk addresses, as links.
common-footer-helpdesk = Kysyttävää? Kirjoita käyttäjätukeen: { $traces } ja { $organic }
# $version: the app's version; $schema: the number of the database's latest migration.
common-footer-version = Versio { $version } · skeema { $schema }
# $version: the app's version; $schema: the number of the database's latest migration.
common-footer-version-test-mode = Versio { $version } · skeema { $schema } · TESTITILA
# $time: a date and time (2026-11-23 16:05) in UTC.
common-time-in-utc = { $time } (UTC)

## The page for an unknown address.

common-not-found-title = Sivua ei löytynyt
common-not-found-text = Tämä osoite ei johda millekään TRACES NT:n sivulle. Tarkista linkki tai aloita uudelleen etusivulta.
common-not-found-home = Siirry etusivulle

## The guided demo of the training instance: the steps of the helpdesk letter. The names in
## quotes are the names of buttons and links: use the same words as those.

common-guide-show = Opastettu esittely
common-guide-hide = Piilota opastettu esittely
common-guide-title = Opastettu esittely
common-guide-hint = Käyttäjätuen kirjeen vaiheet; korostettu vaihe on tämä sivu.
common-guide-part-eulogin = 1. EU Login
common-guide-part-traces = 2. TRACES NT
common-guide-part-decision = 3. Päätös
common-guide-step-sign-up = Napsauta koulutusympäristön aloitussivulla linkkiä ”rekisteröidy TRACES-järjestelmään”.
common-guide-step-create-account = Täytä lomake (demoverkkotunnuksen sähköpostiosoite, esim. trainee@demo.traces-training.example) ja kuvan koodi, ja napsauta sitten ”Luo tili”.
common-guide-step-mailbox = Avaa sisäänrakennettu postilaatikko ja seuraa sähköpostissa olevaa linkkiä.
common-guide-step-password = Valitse salasana.
common-guide-step-log-in = Napsauta ”Kirjaudu TRACES-järjestelmään” ja kirjaudu sisään sähköpostiosoitteella ja salasanalla.
common-guide-step-role-kind = Valitse roolityyppi: toimija, luonnonmukaisen tuotannon valvontaelin tai viranomainen.
common-guide-step-search = Hae (maa, nimi…), rastita yksi tai useampi rivi ja napsauta sitten ”Pyydä valtuutusta”; tai napsauta haun jälkeen ”Luo uusi toimija”.
common-guide-step-popup = Tarkista ponnahdusikkunassa sähköpostiosoite ja puhelinnumero ja napsauta sitten ”Lähetä valtuutuspyyntö”: näkyviin tulee vihreä ilmoitus.
common-guide-step-profile-pending = Profiilissa pyynnön tilana on Käsiteltävänä.
common-guide-step-queue = Kirjaudu sisään personana ”Toimivaltaisen keskusviranomaisen virkailija” (koulutusympäristön aloitussivulla) ja avaa ”Päätettävät pyynnöt”.
common-guide-step-decide = Avaa pyyntö: henkilö, organisaatio, historia; hyväksy se tai hylkää se ja kerro syy.
common-guide-step-profile-decided = Kirjaudu uudelleen sisään pyynnön esittäjänä: profiilissa näkyy Voimassa (tai Hylätty ja syy).
