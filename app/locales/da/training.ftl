## The trainer's tools on the training welcome page: the personas and the reset.

training-personas-title = Træningspersonaer
# Followed by the personas' password (Training-Demo-2026), then training-personas-intro-end.
training-personas-intro = Færdige EU Login-konti fra demoverdenen. De findes kun til træning: produktionsmiljøet viser dem aldrig og behandler dem som ikke logget ind. Hver af dem kan også logge ind på EU Login-siden med sin e-mailadresse og adgangskoden
# What follows the password: the end of the sentence.
training-personas-intro-end = .
# $problem: why.
training-personas-not-loaded = Personaerne kunne ikke indlæses: { $problem }
training-column-persona = Persona
training-column-role = Rolle i demoen
training-column-log-in = Log ind
# $name: the persona's name.
training-log-in-as = Log ind som { $name }
# $name: the persona's name; $problem: why.
training-log-in-as-failed = Kunne ikke logge ind som { $name }: { $problem }
# $time: when, in UTC.
training-last-reset = Demoverdenen blev senest indlæst den { $time }.
training-never-reset = Demoverdenen er endnu ikke indlæst.

## The personas: what each does in the demo (names of organisations stay as they are).

training-persona-importer-role = Importør (aktør)
training-persona-importer-description = Endnu ingen stilling: viser trin 2 i helpdeskens brev fra begyndelsen (Aktør, søgning, afkrydsning, »Anmod om autorisation«, »send autorisationsanmodning«).
training-persona-inspector-role = Inspektør i et kontrolorgan
training-persona-inspector-description = Gyldig stilling hos »Fiktiv Kontrollstelle Öko« (DE-OKO-901) for Tyskland; kan anmode om flere af dets lande.
training-persona-bcp-role = Medarbejder ved et grænsekontrolsted
training-persona-bcp-description = Gyldig stilling ved grænsekontrolstedet »PCF Fittizio Genova Porto« (Italien), som varetager rollen som EAOC.
training-persona-cca-role = CCA-medarbejder – træffer afgørelse om anmodninger
training-persona-cca-description = Administrator af Tysklands centrale kompetente myndighed: træffer afgørelse om alle anmodninger for tyske aktører, kontrolorganer og grænsekontrolsteder.
training-persona-admin-role = Aktøradministrator
training-persona-admin-description = Administrator af aktøren »Fiktiv Grünwaren KG« (Tyskland): træffer afgørelse om anmodninger om at blive tilknyttet den.
training-persona-commission-role = Kommissionsbruger og instruktør
training-persona-commission-description = Kommissionen (fiktiv enhed »DG SANTE G.5 training«): træffer afgørelse om alle anmodninger, også fra centrale kompetente myndigheder; kan nulstille træningsmiljøet.

## Resetting the training instance (trainers only).

training-reset-title = Nulstil træningsmiljøet
training-reset-explained = Erstatter alle træningsdata (organisationer, anmodninger, afgørelser, notifikationer, demoens e-mails) med demoverdenen i ét trin.
training-reset-accounts-kept = EU Login-konti, der er oprettet under sessionen, bevares, fordi produktionsmiljøet også bruger dem; deres anmodninger i træningsmiljøet fjernes. Produktionsmiljøet berøres ikke.
training-reset-button = Nulstil træning…
training-reset-confirm-question = Nulstil træningsmiljøet nu?
training-reset-confirm-explained = Alt, hvad der er gjort i træningsmiljøet siden den seneste nulstilling, erstattes.
training-reset-confirm = Ja, nulstil træning
training-resetting = Nulstiller…
training-reset-cancel = Annuller
# $took: milliseconds (as written for the reader); $organisations, $requests, $accounts:
# counts that choose the plural forms; $organisations_shown, $requests_shown,
# $accounts_shown: the same counts as written for the reader.
training-reset-done = Træningsmiljøet nulstillet på { $took } ms: { $organisations ->
        [one] { $organisations_shown } organisation
       *[other] { $organisations_shown } organisationer
    } og { $requests ->
        [one] { $requests_shown } anmodning
       *[other] { $requests_shown } anmodninger
    } fra demoverdenen; { $accounts ->
        [one] { $accounts_shown } EU Login-konto
       *[other] { $accounts_shown } EU Login-konti
    } for deltagere bevaret.
# $problem: why.
training-reset-failed = Nulstillingen blev ikke gennemført: { $problem }
