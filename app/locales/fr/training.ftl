## The trainer's tools on the training welcome page: the personas and the reset.

training-personas-title = Personas de formation
# Followed by the personas' password (Training-Demo-2026), then training-personas-intro-end.
training-personas-intro = Comptes EU Login prêts à l’emploi du monde de démonstration. Ils n’existent que pour la formation : l’environnement de production ne les affiche jamais et les traite comme non connectés. Chacun peut aussi se connecter sur la page EU Login avec son adresse électronique et le mot de passe
# What follows the password: the end of the sentence.
training-personas-intro-end = .
# $problem: why.
training-personas-not-loaded = Les personas n’ont pas pu être chargés : { $problem }
training-column-persona = Persona
training-column-role = Rôle dans la démonstration
training-column-log-in = Connexion
# $name: the persona's name.
training-log-in-as = Se connecter en tant que { $name }
# $name: the persona's name; $problem: why.
training-log-in-as-failed = Impossible de se connecter en tant que { $name } : { $problem }
# $time: when, in UTC.
training-last-reset = Monde de démonstration chargé pour la dernière fois le { $time }.
training-never-reset = Le monde de démonstration n’a pas encore été chargé.

## The personas: what each does in the demo (names of organisations stay as they are).

training-persona-importer-role = Importateur (opérateur)
training-persona-importer-description = Pas encore de poste : montre l’étape 2 de la lettre depuis le début (Opérateur, recherche, case à cocher, « Demander une autorisation », « envoyer la demande d’autorisation »).
training-persona-inspector-role = Inspecteur d’un organisme de contrôle
training-persona-inspector-description = Poste valide auprès de « Fiktiv Kontrollstelle Öko » (DE-OKO-901) pour l’Allemagne ; peut demander d’autres pays de cet organisme.
training-persona-bcp-role = Agent d’un poste de contrôle frontalier
training-persona-bcp-description = Poste valide auprès du poste de contrôle frontalier « PCF Fittizio Genova Porto » (Italie), agissant en tant qu’EAOC.
training-persona-cca-role = Agent de l’autorité compétente centrale – traite les demandes
training-persona-cca-description = Administrateur de l’autorité compétente centrale de l’Allemagne : traite toutes les demandes concernant les opérateurs, organismes de contrôle et postes de contrôle frontaliers allemands.
training-persona-admin-role = Administrateur d’un opérateur
training-persona-admin-description = Administrateur de l’opérateur « Fiktiv Grünwaren KG » (Allemagne) : traite les demandes pour le rejoindre.
training-persona-commission-role = Utilisateur de la Commission et formateur
training-persona-commission-description = Commission (unité fictive « DG SANTE G.5 training ») : traite toutes les demandes, y compris celles des autorités compétentes centrales ; peut réinitialiser l’environnement de formation.

## Resetting the training instance (trainers only).

training-reset-title = Réinitialiser l’environnement de formation
training-reset-explained = Remplace toutes les données de formation (organisations, demandes, décisions, notifications, courriels de la démonstration) par le monde de démonstration, en une seule étape.
training-reset-accounts-kept = Les comptes EU Login créés pendant la session sont conservés, car l’environnement de production les utilise aussi ; leurs demandes de formation sont supprimées. L’environnement de production n’est pas modifié.
training-reset-button = Réinitialiser la formation…
training-reset-confirm-question = Réinitialiser l’environnement de formation maintenant ?
training-reset-confirm-explained = Tout ce qui a été fait en formation depuis la dernière réinitialisation est remplacé.
training-reset-confirm = Oui, réinitialiser la formation
training-resetting = Réinitialisation…
training-reset-cancel = Annuler
# $took: milliseconds (as written for the reader); $organisations, $requests, $accounts:
# counts that choose the plural forms; $organisations_shown, $requests_shown,
# $accounts_shown: the same counts as written for the reader.
training-reset-done = Formation réinitialisée en { $took } ms : { $organisations ->
        [one] { $organisations_shown } organisation
        [many] { $organisations_shown } organisations
       *[other] { $organisations_shown } organisations
    } et { $requests ->
        [one] { $requests_shown } demande
        [many] { $requests_shown } demandes
       *[other] { $requests_shown } demandes
    } du monde de démonstration ; { $accounts ->
        [one] { $accounts_shown } compte EU Login de participant conservé
        [many] { $accounts_shown } comptes EU Login de participants conservés
       *[other] { $accounts_shown } comptes EU Login de participants conservés
    }.
# $problem: why.
training-reset-failed = La réinitialisation n’a pas eu lieu : { $problem }
