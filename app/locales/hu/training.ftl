## The trainer's tools on the training welcome page: the personas and the reset.

training-personas-title = Képzési mintaszemélyek
# Followed by the personas' password (Training-Demo-2026), then training-personas-intro-end.
training-personas-intro = A demóvilág előre elkészített EU Login-fiókjai. Csak a képzéshez léteznek: az éles környezet soha nem listázza őket, és nem bejelentkezettként kezeli őket. Mindegyikük bejelentkezhet az EU Login oldalán is a saját e-mail-címével és a következő jelszóval:
# What follows the password: the end of the sentence.
training-personas-intro-end = .
# $problem: why.
training-personas-not-loaded = A mintaszemélyeket nem sikerült betölteni: { $problem }
training-column-persona = Mintaszemély
training-column-role = Szerepkör a demóban
training-column-log-in = Bejelentkezés
# $name: the persona's name.
training-log-in-as = Bejelentkezés { $name } nevében
# $name: the persona's name; $problem: why.
training-log-in-as-failed = Nem sikerült bejelentkezni { $name } nevében: { $problem }
# $time: when, in UTC.
training-last-reset = A demóvilág legutóbbi betöltése: { $time }.
training-never-reset = A demóvilág még nincs betöltve.

## The personas: what each does in the demo (names of organisations stay as they are).

training-persona-importer-role = Importőr (vállalkozó)
training-persona-importer-description = Még nincs pozíciója: a levél 2. lépését mutatja az elejétől (vállalkozó, keresés, bejelölés, „Engedélyezés kérése”, „engedélyezési kérelem elküldése”).
training-persona-inspector-role = Ellenőrző szerv ellenőre
training-persona-inspector-description = Érvényes pozíció a „Fiktiv Kontrollstelle Öko” (DE-OKO-901) ellenőrző szervnél Németországra vonatkozóan; a szerv további országait is igényelheti.
training-persona-bcp-role = Határállomási tisztviselő
training-persona-bcp-description = Érvényes pozíció a „PCF Fittizio Genova Porto” határállomáson (Olaszország), EAOC szerepkörben.
training-persona-cca-role = Központi illetékes hatósági tisztviselő – kérelmekről dönt
training-persona-cca-description = Németország központi illetékes hatóságának adminisztrátora: minden német vállalkozóra, ellenőrző szervre és határállomásra vonatkozó kérelemről dönt.
training-persona-admin-role = Vállalkozói adminisztrátor
training-persona-admin-description = A „Fiktiv Grünwaren KG” vállalkozó (Németország) adminisztrátora: a hozzá való csatlakozási kérelmekről dönt.
training-persona-commission-role = Bizottsági felhasználó és oktató
training-persona-commission-description = Bizottság (fiktív egység: „DG SANTE G.5 training”): minden kérelemről dönt, a központi illetékes hatóságokéról is; visszaállíthatja a képzési környezetet.

## Resetting the training instance (trainers only).

training-reset-title = A képzési környezet visszaállítása
training-reset-explained = Egyetlen lépésben a demóvilágra cseréli az összes képzési adatot (szervezetek, kérelmek, döntések, értesítések, a demó e-mailjei).
training-reset-accounts-kept = A munkamenet során létrehozott EU Login-fiókok megmaradnak, mert az éles környezet is használja őket; képzési kérelmeiket töröljük. Az éles környezet érintetlen marad.
training-reset-button = Képzés visszaállítása…
training-reset-confirm-question = Visszaállítja most a képzési környezetet?
training-reset-confirm-explained = Minden, ami a legutóbbi visszaállítás óta a képzési környezetben történt, lecserélődik.
training-reset-confirm = Igen, a képzés visszaállítása
training-resetting = Visszaállítás…
training-reset-cancel = Mégse
# $took: milliseconds (as written for the reader); $organisations, $requests, $accounts:
# counts that choose the plural forms; $organisations_shown, $requests_shown,
# $accounts_shown: the same counts as written for the reader.
training-reset-done = A képzés visszaállítva { $took } ms alatt: a demóvilág { $organisations ->
        [one] { $organisations_shown } szervezete
       *[other] { $organisations_shown } szervezete
    } és { $requests ->
        [one] { $requests_shown } kérelme
       *[other] { $requests_shown } kérelme
    } betöltve; a résztvevők { $accounts ->
        [one] { $accounts_shown } EU Login-fiókja
       *[other] { $accounts_shown } EU Login-fiókja
    } megmaradt.
# $problem: why.
training-reset-failed = A visszaállítás nem történt meg: { $problem }
