## The trainer's tools on the training welcome page: the personas and the reset.

training-personas-title = Persone za usposabljanje
# Followed by the personas' password (Training-Demo-2026), then training-personas-intro-end.
training-personas-intro = Pripravljeni računi EU Login predstavitvenega sveta. Obstajajo samo za usposabljanje: v produkciji niso nikoli navedeni in tam veljajo za neprijavljene. Vsak se lahko prijavi tudi na strani EU Login s svojim e-poštnim naslovom in geslom
# What follows the password: the end of the sentence.
training-personas-intro-end = .
# $problem: why.
training-personas-not-loaded = Person ni bilo mogoče naložiti: { $problem }
training-column-persona = Persona
training-column-role = Vloga v predstavitvi
training-column-log-in = Prijava
# $name: the persona's name.
training-log-in-as = Prijava kot { $name }
# $name: the persona's name; $problem: why.
training-log-in-as-failed = Prijava kot { $name } ni uspela: { $problem }
# $time: when, in UTC.
training-last-reset = Predstavitveni svet je bil nazadnje naložen { $time }.
training-never-reset = Predstavitveni svet še ni bil naložen.

## The personas: what each does in the demo (names of organisations stay as they are).

training-persona-importer-role = Uvoznik (izvajalec dejavnosti)
training-persona-importer-description = Še brez položaja: od začetka prikazuje 2. korak dopisa (Izvajalec dejavnosti, iskanje, označitev, „Zahtevaj avtorizacijo“, „pošlji zahtevo za avtorizacijo“).
training-persona-inspector-role = Inšpektor izvajalca nadzora
training-persona-inspector-description = Veljaven položaj pri izvajalcu nadzora „Fiktiv Kontrollstelle Öko“ (DE-OKO-901) za Nemčijo; lahko zahteva še druge države tega izvajalca.
training-persona-bcp-role = Uradnik mejne kontrolne točke
training-persona-bcp-description = Veljaven položaj na mejni kontrolni točki „PCF Fittizio Genova Porto“ (Italija), v vlogi EAOC.
training-persona-cca-role = Uradnik CCA – odloča o zahtevah
training-persona-cca-description = Skrbnik nemškega osrednjega pristojnega organa: odloča o vseh zahtevah za nemške izvajalce dejavnosti, izvajalce nadzora in mejne kontrolne točke.
training-persona-admin-role = Skrbnik izvajalca dejavnosti
training-persona-admin-description = Skrbnik izvajalca dejavnosti „Fiktiv Grünwaren KG“ (Nemčija): odloča o zahtevah za pridružitev temu izvajalcu.
training-persona-commission-role = Uporabnik Komisije in izvajalec usposabljanja
training-persona-commission-description = Komisija (izmišljena enota „DG SANTE G.5 training“): odloča o vseh zahtevah, tudi o zahtevah osrednjih pristojnih organov; lahko ponastavi instanco za usposabljanje.

## Resetting the training instance (trainers only).

training-reset-title = Ponastavitev instance za usposabljanje
training-reset-explained = V enem koraku nadomesti vse podatke za usposabljanje (organizacije, zahteve, odločitve, obvestila, e-poštna sporočila predstavitve) s predstavitvenim svetom.
training-reset-accounts-kept = Računi EU Login, ustvarjeni med usposabljanjem, se ohranijo, ker jih uporablja tudi produkcija; njihove zahteve v instanci za usposabljanje se odstranijo. Produkcija ostane nespremenjena.
training-reset-button = Ponastavi usposabljanje …
training-reset-confirm-question = Želite instanco za usposabljanje ponastaviti zdaj?
training-reset-confirm-explained = Vse, kar je bilo v instanci za usposabljanje storjeno od zadnje ponastavitve, bo nadomeščeno.
training-reset-confirm = Da, ponastavi usposabljanje
training-resetting = Ponastavljanje …
training-reset-cancel = Prekliči
# $took: milliseconds (as written for the reader); $organisations, $requests, $accounts:
# counts that choose the plural forms; $organisations_shown, $requests_shown,
# $accounts_shown: the same counts as written for the reader.
training-reset-done = Usposabljanje ponastavljeno v { $took } ms: { $organisations ->
        [one] { $organisations_shown } organizacija
        [two] { $organisations_shown } organizaciji
        [few] { $organisations_shown } organizacije
       *[other] { $organisations_shown } organizacij
    } in { $requests ->
        [one] { $requests_shown } zahteva
        [two] { $requests_shown } zahtevi
        [few] { $requests_shown } zahteve
       *[other] { $requests_shown } zahtev
    } predstavitvenega sveta; { $accounts ->
        [one] ohranjen je { $accounts_shown } račun EU Login udeležencev
        [two] ohranjena sta { $accounts_shown } računa EU Login udeležencev
        [few] ohranjeni so { $accounts_shown } računi EU Login udeležencev
       *[other] ohranjenih je { $accounts_shown } računov EU Login udeležencev
    }.
# $problem: why.
training-reset-failed = Ponastavitev ni bila izvedena: { $problem }
