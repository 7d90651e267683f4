## The trainer's tools on the training welcome page: the personas and the reset.

training-personas-title = Training personas
# Followed by the personas' password (Training-Demo-2026), then training-personas-intro-end.
training-personas-intro = Ready EU Login accounts of the demo world. They exist only for training: production never lists them and treats them as not logged in. Each can also log in on the EU Login page with its e-mail and the password
# What follows the password: the end of the sentence.
training-personas-intro-end = .
# $problem: why.
training-personas-not-loaded = The personas could not be loaded: { $problem }
training-column-persona = Persona
training-column-role = Role in the demo
training-column-log-in = Log in
# $name: the persona's name.
training-log-in-as = Log in as { $name }
# $name: the persona's name; $problem: why.
training-log-in-as-failed = Could not log in as { $name }: { $problem }
# $time: when, in UTC.
training-last-reset = Demo world last loaded on { $time }.
training-never-reset = The demo world has not been loaded yet.

## The personas: what each does in the demo (names of organisations stay as they are).

training-persona-importer-role = Importer (operator)
training-persona-importer-description = No post yet: shows step 2 of the letter from the start (Operator, search, tick, “Request Authorisation”, “send authorisation request”).
training-persona-inspector-role = Control body inspector
training-persona-inspector-description = Valid post at “Fiktiv Kontrollstelle Öko” (DE-OKO-901) for Germany; can request more countries of it.
training-persona-bcp-role = Border Control Post officer
training-persona-bcp-description = Valid post at the Border Control Post “PCF Fittizio Genova Porto” (Italy), acting as EAOC.
training-persona-cca-role = CCA officer – decides requests
training-persona-cca-description = Administrator of Germany's Central Competent Authority: decides every request for German operators, control bodies and Border Control Posts.
training-persona-admin-role = Operator Administrator
training-persona-admin-description = Administrator of the operator “Fiktiv Grünwaren KG” (Germany): decides requests to join it.
training-persona-commission-role = Commission user and trainer
training-persona-commission-description = Commission (fictional unit “DG SANTE G.5 training”): decides every request, including Central Competent Authorities; may reset the training instance.

## Resetting the training instance (trainers only).

training-reset-title = Reset the training instance
training-reset-explained = Replaces all training data (organisations, requests, decisions, notifications, the demo's e-mails) with the demo world, in one step.
training-reset-accounts-kept = EU Login accounts created during the session are kept, because production uses them too; their training requests are removed. Production is not touched.
training-reset-button = Reset training…
training-reset-confirm-question = Reset the training instance now?
training-reset-confirm-explained = Everything done on training since the last reset is replaced.
training-reset-confirm = Yes, reset training
training-resetting = Resetting…
training-reset-cancel = Cancel
# $took: milliseconds (as written for the reader); $organisations, $requests, $accounts:
# counts that choose the plural forms; $organisations_shown, $requests_shown,
# $accounts_shown: the same counts as written for the reader.
training-reset-done = Training reset in { $took } ms: { $organisations ->
        [one] { $organisations_shown } organisation
       *[other] { $organisations_shown } organisations
    } and { $requests ->
        [one] { $requests_shown } request
       *[other] { $requests_shown } requests
    } of the demo world; { $accounts ->
        [one] { $accounts_shown } EU Login account
       *[other] { $accounts_shown } EU Login account(s)
    } of participants kept.
# $problem: why.
training-reset-failed = The reset did not happen: { $problem }
