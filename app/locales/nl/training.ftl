## The trainer's tools on the training welcome page: the personas and the reset.

training-personas-title = Trainingspersona’s
# Followed by the personas' password (Training-Demo-2026), then training-personas-intro-end.
training-personas-intro = Kant-en-klare accounts bij EU Login uit de demowereld. Ze bestaan alleen voor de training: de productieomgeving toont ze nooit en behandelt ze als niet ingelogd. Elk account kan ook inloggen op de pagina van EU Login met het eigen e-mailadres en het wachtwoord
# What follows the password: the end of the sentence.
training-personas-intro-end = .
# $problem: why.
training-personas-not-loaded = De persona’s konden niet worden geladen: { $problem }
training-column-persona = Persona
training-column-role = Rol in de demo
training-column-log-in = Inloggen
# $name: the persona's name.
training-log-in-as = Inloggen als { $name }
# $name: the persona's name; $problem: why.
training-log-in-as-failed = Inloggen als { $name } is mislukt: { $problem }
# $time: when, in UTC.
training-last-reset = Demowereld laatst geladen op { $time }.
training-never-reset = De demowereld is nog niet geladen.

## The personas: what each does in the demo (names of organisations stay as they are).

training-persona-importer-role = Importeur (marktdeelnemer)
training-persona-importer-description = Nog geen functie: toont stap 2 van de brief vanaf het begin (Marktdeelnemer, zoeken, aanvinken, ‘Autorisatie aanvragen’, ‘autorisatieverzoek verzenden’).
training-persona-inspector-role = Inspecteur van een controleorgaan
training-persona-inspector-description = Geldige functie bij ‘Fiktiv Kontrollstelle Öko’ (DE-OKO-901) voor Duitsland; kan meer landen van dit controleorgaan aanvragen.
training-persona-bcp-role = Medewerker van een grenscontrolepost
training-persona-bcp-description = Geldige functie bij de grenscontrolepost ‘PCF Fittizio Genova Porto’ (Italië), die optreedt als EAOC.
training-persona-cca-role = Medewerker centrale bevoegde autoriteit – beslist over verzoeken
training-persona-cca-description = Beheerder van de centrale bevoegde autoriteit van Duitsland: beslist over alle verzoeken voor Duitse marktdeelnemers, controleorganen en grenscontroleposten.
training-persona-admin-role = Beheerder van een marktdeelnemer
training-persona-admin-description = Beheerder van de marktdeelnemer ‘Fiktiv Grünwaren KG’ (Duitsland): beslist over verzoeken om zich erbij aan te sluiten.
training-persona-commission-role = Gebruiker van de Commissie en trainer
training-persona-commission-description = Commissie (fictieve eenheid ‘DG SANTE G.5 training’): beslist over alle verzoeken, ook die van centrale bevoegde autoriteiten; kan de trainingsomgeving resetten.

## Resetting the training instance (trainers only).

training-reset-title = De trainingsomgeving resetten
training-reset-explained = Vervangt in één stap alle trainingsgegevens (organisaties, verzoeken, beslissingen, meldingen, de e-mails van de demo) door de demowereld.
training-reset-accounts-kept = Accounts bij EU Login die tijdens de sessie zijn aangemaakt, blijven behouden, omdat de productieomgeving ze ook gebruikt; hun trainingsverzoeken worden verwijderd. Aan de productieomgeving wordt niets gewijzigd.
training-reset-button = Training resetten…
training-reset-confirm-question = De trainingsomgeving nu resetten?
training-reset-confirm-explained = Alles wat sinds de laatste reset in de training is gedaan, wordt vervangen.
training-reset-confirm = Ja, training resetten
training-resetting = Bezig met resetten…
training-reset-cancel = Annuleren
# $took: milliseconds (as written for the reader); $organisations, $requests, $accounts:
# counts that choose the plural forms; $organisations_shown, $requests_shown,
# $accounts_shown: the same counts as written for the reader.
training-reset-done = Training gereset in { $took } ms: { $organisations ->
        [one] { $organisations_shown } organisatie
       *[other] { $organisations_shown } organisaties
    } en { $requests ->
        [one] { $requests_shown } verzoek
       *[other] { $requests_shown } verzoeken
    } uit de demowereld; { $accounts ->
        [one] { $accounts_shown } account bij EU Login
       *[other] { $accounts_shown } accounts bij EU Login
    } van deelnemers behouden.
# $problem: why.
training-reset-failed = De reset is niet uitgevoerd: { $problem }
