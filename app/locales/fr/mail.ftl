### E-mails: what each message is, and its variables, is written above it in en/mail.ftl.

mail-greeting = Bonjour { $first_name },
mail-link-validity = Ce lien ne fonctionne qu’une seule fois et expire { $minutes ->
        [one] { $minutes } minute
        [many] { $minutes } minutes
       *[other] { $minutes } minutes
    } après l’envoi de ce courriel.
mail-not-asked = Si vous n’êtes pas à l’origine de cette demande, ignorez ce courriel.

mail-set-password-subject = EU Login : définissez votre mot de passe
mail-set-password-intro = Un compte EU Login a été créé pour vous avec le nom d’utilisateur { $username }. Pour l’activer, définissez votre mot de passe au moyen de ce lien :
mail-set-password-expired = S’il a expiré, demandez un nouveau courriel sur la page d’inscription ou sur la page « Mot de passe oublié ? ».

mail-reset-password-subject = EU Login : choisissez un nouveau mot de passe
mail-reset-password-intro = Vous avez demandé à réinitialiser votre mot de passe EU Login. Choisissez un nouveau mot de passe au moyen de ce lien :
mail-reset-password-expired = S’il a expiré, demandez un nouveau courriel sur la page « Mot de passe oublié ? ».

mail-confirm-new-email-subject = EU Login : confirmez votre nouvelle adresse électronique
mail-confirm-new-email-intro = Vous avez demandé à utiliser cette adresse pour votre compte EU Login. Pour la confirmer, ouvrez ce lien :
mail-confirm-new-email-expired = S’il a expiré, demandez un nouveau courriel sur la page de votre compte.

mail-email-changed-subject = EU Login : votre adresse électronique a été modifiée
mail-email-changed = L’adresse électronique de votre compte EU Login a été remplacée par { $new_email }.
mail-email-changed-not-you = Si vous n’êtes pas à l’origine de cette modification, contactez immédiatement le service d’assistance : { $helpdesk }. Les liens de réinitialisation du mot de passe sont désormais envoyés à la nouvelle adresse.

mail-password-changed-subject = EU Login : votre mot de passe a été modifié
mail-password-changed = Le mot de passe de votre compte EU Login a été modifié.
mail-password-changed-not-you = Si vous n’êtes pas à l’origine de cette modification, réinitialisez immédiatement votre mot de passe sur la page « Mot de passe oublié ? » et contactez le service d’assistance : { $helpdesk }.

mail-new-request-subject = TRACES NT : nouvelle demande d’autorisation à traiter
mail-new-request = { $requester } demande un poste dans « { $organisation } » ({ $country }) avec le rôle { $role }.
mail-new-request-open = Ouvrez la demande dans votre file d’approbation pour l’accepter ou la refuser :
mail-new-request-why = Vous recevez ce message parce que vous statuez sur ces demandes. Vous pouvez désactiver ces messages sur la page de votre profil, sous Préférences.
mail-decided-accepted-subject = TRACES NT : votre demande d’autorisation a été acceptée
mail-decided-accepted = Votre demande de poste dans « { $organisation } » ({ $country }) a été acceptée. Vous pouvez désormais travailler pour cette organisation dans TRACES NT.
mail-decided-rejected-subject = TRACES NT : votre demande d’autorisation a été refusée
mail-decided-rejected = Votre demande de poste dans « { $organisation } » ({ $country }) a été refusée pour le motif suivant :
mail-decided-no-reason = aucun motif indiqué
mail-decided-rejected-next = Vous pourrez envoyer une nouvelle demande une fois le motif résolu.
mail-decided-profile = Vos demandes et leur statut figurent sur la page de votre profil :
