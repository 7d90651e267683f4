## The trainer's tools on the training welcome page: the personas and the reset.

training-personas-title = Koulutuspersonat
# Followed by the personas' password (Training-Demo-2026), then training-personas-intro-end.
training-personas-intro = Demomaailman valmiita EU Login -tilejä. Ne ovat olemassa vain koulutusta varten: tuotantoympäristö ei koskaan näytä niitä ja käsittelee niitä kirjautumattomina. Kullakin niistä voi myös kirjautua EU Login -sivulla sen sähköpostiosoitteella ja salasanalla
# What follows the password: the end of the sentence.
training-personas-intro-end = .
# $problem: why.
training-personas-not-loaded = Personat eivät latautuneet: { $problem }
training-column-persona = Persona
training-column-role = Rooli demossa
training-column-log-in = Kirjaudu sisään
# $name: the persona's name.
training-log-in-as = Kirjaudu käyttäjänä { $name }
# $name: the persona's name; $problem: why.
training-log-in-as-failed = Kirjautuminen käyttäjänä { $name } epäonnistui: { $problem }
# $time: when, in UTC.
training-last-reset = Demomaailma ladattu viimeksi { $time }.
training-never-reset = Demomaailmaa ei ole vielä ladattu.

## The personas: what each does in the demo (names of organisations stay as they are).

training-persona-importer-role = Tuoja (toimija)
training-persona-importer-description = Ei vielä tehtävää: näyttää kirjeen vaiheen 2 alusta alkaen (toimija, haku, rastitus, ”Pyydä valtuutusta”, ”Lähetä valtuutuspyyntö”).
training-persona-inspector-role = Valvontaelimen tarkastaja
training-persona-inspector-description = Voimassa oleva tehtävä valvontaelimessä ”Fiktiv Kontrollstelle Öko” (DE-OKO-901) Saksan osalta; voi pyytää valvontaelimen muita maita.
training-persona-bcp-role = Rajatarkastusaseman virkailija
training-persona-bcp-description = Voimassa oleva tehtävä rajatarkastusasemalla ”PCF Fittizio Genova Porto” (Italia), roolissa EAOC.
training-persona-cca-role = Toimivaltaisen keskusviranomaisen virkailija – päättää pyynnöistä
training-persona-cca-description = Saksan toimivaltaisen keskusviranomaisen pääkäyttäjä: päättää kaikista saksalaisia toimijoita, valvontaelimiä ja rajatarkastusasemia koskevista pyynnöistä.
training-persona-admin-role = Toimijan pääkäyttäjä
training-persona-admin-description = Toimijan ”Fiktiv Grünwaren KG” (Saksa) pääkäyttäjä: päättää pyynnöistä liittyä siihen.
training-persona-commission-role = Komission käyttäjä ja kouluttaja
training-persona-commission-description = Komissio (kuvitteellinen yksikkö ”DG SANTE G.5 training”): päättää kaikista pyynnöistä, myös toimivaltaisia keskusviranomaisia koskevista; voi nollata koulutusympäristön.

## Resetting the training instance (trainers only).

training-reset-title = Nollaa koulutusympäristö
training-reset-explained = Korvaa kaikki koulutustiedot (organisaatiot, pyynnöt, päätökset, ilmoitukset, demon sähköpostit) demomaailmalla yhdellä kertaa.
training-reset-accounts-kept = Istunnon aikana luodut EU Login -tilit säilytetään, koska myös tuotantoympäristö käyttää niitä; niiden koulutuspyynnöt poistetaan. Tuotantoympäristöön ei kosketa.
training-reset-button = Nollaa koulutusympäristö…
training-reset-confirm-question = Nollataanko koulutusympäristö nyt?
training-reset-confirm-explained = Kaikki, mitä koulutusympäristössä on tehty edellisen nollauksen jälkeen, korvataan.
training-reset-confirm = Kyllä, nollaa koulutusympäristö
training-resetting = Nollataan…
training-reset-cancel = Peruuta
# $took: milliseconds (as written for the reader); $organisations, $requests, $accounts:
# counts that choose the plural forms; $organisations_shown, $requests_shown,
# $accounts_shown: the same counts as written for the reader.
training-reset-done = Koulutusympäristö nollattiin { $took } ms:ssa: demomaailmasta ladattiin { $organisations ->
        [one] { $organisations_shown } organisaatio
       *[other] { $organisations_shown } organisaatiota
    } ja { $requests ->
        [one] { $requests_shown } pyyntö
       *[other] { $requests_shown } pyyntöä
    }; osallistujien { $accounts ->
        [one] { $accounts_shown } EU Login -tili
       *[other] { $accounts_shown } EU Login -tiliä
    } säilytettiin.
# $problem: why.
training-reset-failed = Nollaus ei onnistunut: { $problem }
