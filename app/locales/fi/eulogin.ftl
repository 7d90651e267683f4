## EU Login, the identity service (pages/eulogin): sign-up, the e-mailed links, login, the
## account page, help and privacy. "EU Login", "TRACES NT" and "ECAS" are names.

# The mark above each EU Login page's heading.
eulogin-brand = EU Login
# Heading, button and link of the sign-up form (the helpdesk letter names it).
eulogin-create-account = Luo tili
# Links and buttons that lead to logging in.
eulogin-log-in = Kirjaudu sisään
# Heading of its page and the link to it.
eulogin-lost-password = Unohtuiko salasana?
eulogin-help-link = Ohje: sähköposti ei tullut perille
eulogin-send-again = Lähetä sähköposti uudelleen
eulogin-nothing-arrived = Eikö mitään tullut?
# The text of a link, inside sentences.
eulogin-account-page-link = EU Login -tilisivullasi
# After a link that opens in a new tab, for screen readers.
eulogin-opens-in-new-tab = (avautuu uuteen välilehteen)
# Heading of a page whose e-mailed link is expired, used, replaced or unknown.
eulogin-link-broken = Tämä linkki ei toimi
eulogin-link-checking = Linkkiäsi tarkistetaan…
eulogin-link-no-code = Tässä osoitteessa ei ole linkkikoodia. Avaa linkki sähköpostista uudelleen tai kopioi koko linkki osoiteriville.

## Field labels and hints.

eulogin-field-username = Käyttäjätunnus
eulogin-field-first-name = Etunimi
eulogin-field-last-name = Sukunimi
eulogin-field-email = Sähköposti
eulogin-field-email-confirm = Vahvista sähköposti
eulogin-field-email-language = Sähköpostien kieli
eulogin-field-interface-language = Käyttöliittymän kieli
eulogin-field-password = Salasana
eulogin-field-current-password = Nykyinen salasana
eulogin-field-new-password = Uusi salasana
eulogin-field-confirm-password = Vahvista salasana
eulogin-field-new-email = Uusi sähköpostiosoite
eulogin-field-confirm-new-email = Vahvista uusi sähköpostiosoite
eulogin-name-hint = Samassa muodossa kuin henkilöllisyystodistuksessasi.
eulogin-email-language-hint = Kieli, jolla EU Login lähettää sinulle sähköpostit.
eulogin-interface-language-hint = Näiden sivujen kieli aina, kun olet kirjautuneena.
eulogin-password-rule = Vähintään 12 ja enintään 128 merkkiä. Merkkityypeille ei ole sääntöjä: usean toisiinsa liittymättömän sanan lause on vahva ja helppo muistaa.

## Create an account (/eulogin/signup).

eulogin-signup-own-name = Avaa tili omalla nimelläsi.
# $person: "REAL PERSON" (eulogin-signup-real-person), in bold.
eulogin-signup-own-name-why = Tähän syöttämäsi tiedot näkyvät TRACES NT:ssä allekirjoittamissasi todistuksissa, joilla on oikeudellista merkitystä. Avaa EU Login -tili { $person } nimissä, EI rajatarkastusasemasi, toimijasi tai valvontaelimesi nimissä.
eulogin-signup-real-person = TODELLISEN HENKILÖN
eulogin-signup-own-address = Käytä henkilökohtaista työsähköpostiosoitettasi.
eulogin-signup-own-address-why = Kirjaudut sillä osoitteella TRACES NT:hen.
# Followed by the link "Log in".
eulogin-signup-already = Onko sinulla jo EU Login -tili?
eulogin-signup-all-required = Kaikki kentät ovat pakollisia.
eulogin-signup-username-hint = 4–32 merkkiä: kirjaimet a–z, numerot, pisteet, yhdysmerkit ja alaviivat; ensimmäisen merkin on oltava kirjain.
eulogin-signup-email-hint = Henkilökohtainen työsähköpostiosoitteesi: kirjaudut sillä.
eulogin-signup-email-confirm-hint = Kirjoita sama osoite uudelleen.
eulogin-signup-privacy-accept = Olen lukenut tietosuojaselosteen ja hyväksyn sen
eulogin-signup-privacy-read = Lue tietosuojaseloste
eulogin-signup-progress = Tiliäsi luodaan…

## Check your e-mail (/eulogin/signup/sent), after "Create an account".

eulogin-sent-title = Tarkista sähköpostisi
# Instead of the address, when the page does not know it.
eulogin-sent-unknown-address = antamasi osoite
# $address: the e-mail address, in bold.
eulogin-sent-lead = Lähetimme sähköpostin, jossa on linkki salasanasi asettamiseen. Vastaanottaja: { $address }.
# $minutes: how long the link works.
eulogin-sent-link-valid = Linkki toimii { $minutes ->
        [one] { $minutes } minuutin
       *[other] { $minutes } minuuttia
    } sähköpostin lähettämisen jälkeen ja vain kerran. Kun salasanasi on asetettu, palaa TRACES NT:hen ja kirjaudu sisään tällä sähköpostiosoitteella.
eulogin-sent-advice-wait = Odota muutama minuutti: sähköpostin saapuminen voi kestää hetken.
eulogin-sent-advice-spam = Katso roskapostikansiosta.
eulogin-sent-advice-it = Pyydä IT-osastoasi sallimaan EU Login -palvelun sähköpostit (lisäämään lähettäjä sallittujen lähettäjien luetteloon, ”whitelisting”).
eulogin-sent-advice-address = Tarkista yllä oleva osoite. Jos se on väärä, luo tili uudelleen oikealla osoitteella.
eulogin-sent-replaces = Uusi sähköposti korvaa edellisen: vain uusimman sähköpostin linkki toimii.

## Help with EU Login (/eulogin/help), where the helpdesk letter points when the e-mail does not arrive.

eulogin-help-title = EU Login -ohje
eulogin-help-no-email = Salasanan asettamista koskeva sähköposti ei tullut perille
eulogin-help-no-email-intro = Kun olet valinnut ”Luo tili”, EU Login lähettää sinulle sähköpostin, jossa on linkki salasanasi asettamiseen. Jos sitä ei ole saapuneissa viesteissäsi:
# Each piece of advice: a short instruction in bold, then why.
eulogin-help-wait = Odota muutama minuutti.
eulogin-help-wait-why = Postipalvelimet pidättävät joskus uuden lähettäjän viestejä jonkin aikaa ennen kuin toimittavat ne.
eulogin-help-spam = Katso roskapostikansiosta.
eulogin-help-spam-why = Jos löydät sähköpostin sieltä, merkitse se ”ei roskapostia” -viestiksi, jotta seuraavat viestit tulevat saapuneisiin viesteihin.
eulogin-help-it = Pyydä IT-osastoasi sallimaan sähköpostimme.
eulogin-help-it-why = Organisaatiot suodattavat usein ulkopuolelta tulevaa sähköpostia. Pyydä IT-osastoa lisäämään EU Login -palvelun lähettäjä sallittujen lähettäjien luetteloon (”whitelisting”).
eulogin-help-address = Tarkista osoite.
# $link: a link to the sign-up form, "create the account again" (eulogin-help-address-link).
eulogin-help-address-why = Kirjoitusvirheen vuoksi sähköposti menee muualle. Jos osoite oli väärä, { $link } oikealla osoitteella.
eulogin-help-address-link = luo tili uudelleen
# $action: "Send the e-mail again" (eulogin-help-again-action), in bold.
eulogin-help-again = { $action } alla olevalla lomakkeella.
eulogin-help-again-action = Lähetä sähköposti uudelleen
eulogin-help-link-broken = Linkki ei toimi
# $minutes: how long a link works.
eulogin-help-link-broken-why = Linkki toimii { $minutes ->
        [one] { $minutes } minuutin
       *[other] { $minutes } minuuttia
    } sähköpostin lähettämisen jälkeen ja vain kerran. Kun uusi sähköposti lähetetään, aiempien viestien linkit lakkaavat toimimasta: käytä aina uusinta sähköpostia. Jos sähköpostiohjelmasi katkaisee linkin kahtia, kopioi koko linkki selaimesi osoiteriville.
eulogin-help-send-again-intro = Kirjoita EU Login -tilisi sähköpostiosoite. Jos se on rekisteröity, lähetämme uuden linkin salasanasi asettamiseen.
eulogin-help-have-account = Onko sinulla jo tili?
# $login: a link, "log in" (eulogin-help-have-account-log-in); $lost: a link, "Lost your password?" (eulogin-lost-password).
eulogin-help-have-account-why = Jos sinulla on jo EU Login (ECAS) -tili, et tarvitse uutta: { $login }. Jos olet unohtanut salasanasi, käytä toimintoa { $lost }
eulogin-help-have-account-log-in = kirjaudu sisään
eulogin-help-contact = Ota yhteyttä käyttäjätukeen
eulogin-help-contact-intro = Jos mikään näistä ei auta tai jos sinulla on kysyttävää TRACES NT:stä ja tarkastustodistuksesta, kirjoita osoitteeseen:
# $address: the helpdesk's e-mail address, a link.
eulogin-help-contact-traces = { $address } (TRACES NT ja EU Login)
# $address: the e-mail address of the organic products helpdesk, a link.
eulogin-help-contact-organic = { $address } (luonnonmukaisesti tuotettujen tuotteiden tarkastustodistus)
eulogin-help-contact-advice = Kerro, mitä sähköpostiosoitetta käytit, äläkä koskaan lähetä salasanaasi.

## Privacy statement (/eulogin/privacy).

eulogin-privacy-title = Tietosuojaseloste
eulogin-privacy-lead = EU Login -palvelun avulla todistat TRACES NT:lle, kuka olet. Tällä sivulla kerrotaan, mitä tietoja sinusta säilytämme, miksi ja mitä voit asialle tehdä.
eulogin-privacy-stored = Mitä tallennamme
eulogin-privacy-stored-names = Käyttäjätunnuksesi, etunimesi ja sukunimesi.
eulogin-privacy-stored-email = Sähköpostiosoitteesi, jolla myös kirjaudut sisään.
eulogin-privacy-stored-languages = Kielen, jolla lähetämme sinulle sähköpostit, ja käyttöliittymän kielen.
eulogin-privacy-stored-password = Salasanasi vain tiivisteenä: yksisuuntaisena muunnoksena, josta salasanaa ei voi palauttaa. Kukaan, ei myöskään käyttäjätuki, ei näe salasanaasi.
eulogin-privacy-stored-session = Kirjautumisen ajan istuntoevästeen ja viimeisimmän toimintasi ajankohdan, jotta istunto päättyy, kun lopetat käytön tai kirjaudut ulos.
eulogin-privacy-why = Miksi
eulogin-privacy-why-identify = Jotta voimme tunnistaa sinut, kun kirjaudut TRACES NT:hen, ja lähettää sinulle palvelun edellyttämät sähköpostit (linkin salasanasi asettamiseen, uuden osoitteen vahvistuksen).
eulogin-privacy-why-certificates = Etu- ja sukunimesi näkyvät TRACES NT:ssä allekirjoittamissasi todistuksissa. Todistuksilla on oikeudellista merkitystä, joten tilin on oltava sen todellisen henkilön nimissä, joka allekirjoittaa.
eulogin-privacy-no-other-use = Emme käytä tietojasi mihinkään muuhun emmekä myy tai luovuta niitä markkinointiin.
eulogin-privacy-rights = Oikeutesi
# $link: a link, "your EU Login account page" (eulogin-account-page-link).
eulogin-privacy-rights-text = Kun olet kirjautunut sisään, voit milloin tahansa tarkastella ja korjata nimiäsi, kieliäsi, sähköpostiosoitettasi ja salasanaasi { $link }. Jos haluat kopion tiedoistasi tai haluat, että tilisi poistetaan, kirjoita käyttäjätukeen.
eulogin-privacy-contact = Yhteystiedot
# $address: the helpdesk's e-mail address, a link.
eulogin-privacy-helpdesk = Käyttäjätuki: { $address }

## Log in (/eulogin/login), where "Login into TRACES" leads.

eulogin-login-title = Kirjaudu sisään
eulogin-login-lead = Kirjaudu sisään EU Login -tilisi sähköpostiosoitteella.
# Next to the password field when it is empty ("Password" is the field's label).
eulogin-login-password-missing = Salasana: kirjoita salasanasi.
# Followed by the link "Create an account".
eulogin-login-no-account = Eikö sinulla ole vielä tiliä?

## Lost your password? (/eulogin/lost-password)

eulogin-lost-lead = Kirjoita EU Login -tilisi sähköpostiosoite. Jos se on rekisteröity, lähetämme sinulle sähköpostin, jossa on linkki uuden salasanan asettamiseen.
# $minutes: how long the link works.
eulogin-lost-link-valid = Linkki toimii { $minutes ->
        [one] { $minutes } minuutin
       *[other] { $minutes } minuuttia
    } ja vain kerran. Nykyinen salasanasi toimii, kunnes asetat uuden.
eulogin-lost-submit = Lähetä minulle linkki
eulogin-lost-back = Takaisin kohtaan ”Kirjaudu sisään”

## Set your password (/eulogin/password), from the e-mailed link.

eulogin-password-title = Aseta salasanasi
# $name: the person's first name; $username: their username, in bold.
eulogin-password-lead = Hei { $name }, valitse salasana EU Login -tilille { $username }.
eulogin-password-submit = Aseta salasanani
eulogin-password-set = Salasanasi on asetettu
eulogin-password-set-next = Voit nyt kirjautua sisään sähköpostiosoitteellasi ja uudella salasanallasi.
eulogin-password-new-email = Pyydä uusi sähköposti
eulogin-password-new-email-intro = Kirjoita EU Login -tilisi sähköpostiosoite, niin saat uuden linkin salasanasi asettamiseen.

## Confirm your new e-mail address (/eulogin/email), from the e-mailed link.

eulogin-email-title = Vahvista uusi sähköpostiosoitteesi
# $name: the person's first name; $username: their username, in bold; $email: the new address, in bold.
eulogin-email-lead = Hei { $name }. Jatkossa kirjaudut EU Login -tilille { $username } osoitteella { $email }.
eulogin-email-old-stops = Heti kun vahvistat, et voi enää kirjautua vanhalla osoitteellasi.
eulogin-email-submit = Vahvista uusi sähköpostiosoitteeni
eulogin-email-changed = Sähköpostiosoitteesi on vaihdettu
# $email: the new address, in bold.
eulogin-email-changed-next = Kirjaudu tästä lähtien osoitteella { $email }.
eulogin-email-back-to-account = Takaisin tililleni
# $link: a link, "your EU Login account page" (eulogin-account-page-link).
eulogin-email-link-broken-next = Sähköpostiosoitettasi ei ole vaihdettu. Saat uuden vahvistuslinkin, kun kirjaudut sisään ja pyydät sitä uudelleen { $link }.

## My EU Login account (/eulogin/account).

eulogin-account-title = Oma EU Login -tilini
eulogin-account-loading = Tiliäsi ladataan…
eulogin-account-back = Takaisin TRACES NT:hen
eulogin-account-log-in-first = Kirjaudu sisään, niin voit tarkastella ja muuttaa EU Login -tiliäsi.
# $name: first and last name; $username; $email: the login address. All three in bold.
eulogin-account-who = Kirjautuneena: { $name } (käyttäjätunnus { $username }, sähköposti { $email }).
eulogin-account-details = Tietosi
eulogin-account-details-intro = Nimesi näkyvät TRACES NT:ssä allekirjoittamissasi todistuksissa: käytä oikeita nimiäsi samassa muodossa kuin henkilöllisyystodistuksessasi.
eulogin-account-details-submit = Tallenna tietoni
eulogin-account-details-saved = Tietosi on tallennettu.
eulogin-account-password = Vaihda salasana
# Next to the field when it is empty ("Current password" is the field's label).
eulogin-account-current-password-missing = Nykyinen salasana: kirjoita salasana, jota käytät nyt.
eulogin-account-password-submit = Vaihda salasanani
eulogin-account-password-changed = Salasanasi on vaihdettu. Kaikki muut tilillesi kirjautuneet istunnot (toisessa selaimessa tai tietokoneessa) on kirjattu ulos.
eulogin-account-email = Vaihda sähköpostiosoite
eulogin-account-email-intro = Kirjaudut sisään sähköpostiosoitteellasi. Lähetämme linkin uuteen osoitteeseen varmistaaksemme, että se on sinun.
# Next to "Confirm new e-mail" ("Confirm new e-mail" and "New e-mail" are the fields' labels).
eulogin-account-email-confirm-differs = Vahvista uusi sähköpostiosoite: kirjoita sama osoite kuin kenttään Uusi sähköpostiosoite.
eulogin-account-email-confirm-missing = Vahvista uusi sähköpostiosoite: kirjoita uusi osoite uudelleen.
eulogin-account-email-submit = Lähetä vahvistuslinkki
# $address: the new address, in bold; $minutes: how long the link works; $current: the present login address.
eulogin-account-email-sent = Lähetimme linkin osoitteeseen { $address }. Avaa se { $minutes ->
        [one] { $minutes } minuutin
       *[other] { $minutes } minuutin
    } kuluessa. Kirjaudut uudella osoitteella vasta, kun olet avannut linkin; siihen asti kirjaudu osoitteella { $current }.
