## EU Login, the identity service (pages/eulogin): sign-up, the e-mailed links, login, the
## account page, help and privacy. "EU Login", "TRACES NT" and "ECAS" are names.

# The mark above each EU Login page's heading.
eulogin-brand = EU Login
# Heading, button and link of the sign-up form (the helpdesk letter names it).
eulogin-create-account = Criar uma conta
# Links and buttons that lead to logging in.
eulogin-log-in = Iniciar sessão
# Heading of its page and the link to it.
eulogin-lost-password = Esqueceu-se da palavra-passe?
eulogin-help-link = Ajuda: a mensagem não chegou
eulogin-send-again = Enviar novamente a mensagem
eulogin-nothing-arrived = Não recebeu nada?
# The text of a link, inside sentences.
eulogin-account-page-link = página da sua conta EU Login
# After a link that opens in a new tab, for screen readers.
eulogin-opens-in-new-tab = (abre num novo separador)
# Heading of a page whose e-mailed link is expired, used, replaced or unknown.
eulogin-link-broken = Esta ligação não funciona
eulogin-link-checking = A verificar a sua ligação…
eulogin-link-no-code = Este endereço não tem código de ligação. Abra novamente a ligação a partir da mensagem, ou copie a ligação completa para a barra de endereço.

## Field labels and hints.

eulogin-field-username = Nome de utilizador
eulogin-field-first-name = Nome próprio
eulogin-field-last-name = Apelido
eulogin-field-email = Correio eletrónico
eulogin-field-email-confirm = Confirmar correio eletrónico
eulogin-field-email-language = Língua do correio eletrónico
eulogin-field-interface-language = Língua da interface
eulogin-field-password = Palavra-passe
eulogin-field-current-password = Palavra-passe atual
eulogin-field-new-password = Nova palavra-passe
eulogin-field-confirm-password = Confirmar palavra-passe
eulogin-field-new-email = Novo correio eletrónico
eulogin-field-confirm-new-email = Confirmar novo correio eletrónico
eulogin-name-hint = Tal como consta do seu documento de identificação.
eulogin-email-language-hint = A língua das mensagens que o EU Login lhe envia.
eulogin-interface-language-hint = A língua destas páginas sempre que tiver sessão iniciada.
eulogin-password-rule = Pelo menos 12 carateres, no máximo 128. Sem regras sobre tipos de carateres: uma frase com várias palavras sem relação entre si é forte e fácil de memorizar.

## Create an account (/eulogin/signup).

eulogin-signup-own-name = Abra a conta em seu próprio nome.
# $person: "REAL PERSON" (eulogin-signup-real-person), in bold.
eulogin-signup-own-name-why = Os dados que introduzir aqui vão aparecer nos certificados que assina no TRACES NT, que têm valor jurídico. Abra a conta EU Login em nome de uma { $person }, e NÃO em nome do seu posto de controlo fronteiriço, do seu operador ou do seu organismo de controlo.
eulogin-signup-real-person = PESSOA SINGULAR
eulogin-signup-own-address = Utilize o seu endereço de correio eletrónico profissional individual.
eulogin-signup-own-address-why = É o endereço com o qual vai iniciar sessão no TRACES NT.
# Followed by the link "Log in".
eulogin-signup-already = Já tem uma conta EU Login?
eulogin-signup-all-required = Todos os campos são obrigatórios.
eulogin-signup-username-hint = De 4 a 32 carateres: letras a–z, algarismos, pontos, hífenes e sublinhados, começando por uma letra.
eulogin-signup-email-hint = O seu endereço profissional individual: vai iniciar sessão com ele.
eulogin-signup-email-confirm-hint = Escreva novamente o mesmo endereço.
eulogin-signup-privacy-accept = Li e aceito a declaração de privacidade
eulogin-signup-privacy-read = Ler a declaração de privacidade
eulogin-signup-progress = A criar a sua conta…

## Check your e-mail (/eulogin/signup/sent), after "Create an account".

eulogin-sent-title = Consulte o seu correio eletrónico
# Instead of the address, when the page does not know it.
eulogin-sent-unknown-address = o endereço que introduziu
# $address: the e-mail address, in bold.
eulogin-sent-lead = Enviámos uma mensagem para { $address } com uma ligação para definir a sua palavra-passe.
# $minutes: how long the link works.
eulogin-sent-link-valid = A ligação funciona durante { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } após o envio da mensagem, e apenas uma vez. Depois de definir a palavra-passe, volte ao TRACES NT e inicie sessão com este endereço de correio eletrónico.
eulogin-sent-advice-wait = Aguarde alguns minutos: as mensagens podem demorar algum tempo.
eulogin-sent-advice-spam = Procure na sua pasta de correio não solicitado (spam).
eulogin-sent-advice-it = Peça ao seu departamento informático que autorize as mensagens do EU Login (colocando o remetente na lista de remetentes autorizados, a chamada «lista branca»).
eulogin-sent-advice-address = Verifique o endereço acima. Se estiver errado, crie novamente a conta com o endereço correto.
eulogin-sent-replaces = Uma nova mensagem substitui a anterior: só funciona a ligação da mensagem mais recente.

## Help with EU Login (/eulogin/help), where the helpdesk letter points when the e-mail does not arrive.

eulogin-help-title = Ajuda sobre o EU Login
eulogin-help-no-email = A mensagem para definir a sua palavra-passe não chegou
eulogin-help-no-email-intro = Depois de «Criar uma conta», o EU Login envia-lhe uma mensagem com uma ligação para definir a sua palavra-passe. Se não estiver na sua caixa de entrada:
# Each piece of advice: a short instruction in bold, then why.
eulogin-help-wait = Aguarde alguns minutos.
eulogin-help-wait-why = Por vezes, os servidores de correio retêm durante algum tempo as mensagens de um novo remetente antes de as entregarem.
eulogin-help-spam = Procure na sua pasta de correio não solicitado (spam).
eulogin-help-spam-why = Se encontrar lá a mensagem, marque-a como «não é spam» para que as seguintes cheguem à sua caixa de entrada.
eulogin-help-it = Peça ao seu departamento informático que autorize as nossas mensagens.
eulogin-help-it-why = As organizações filtram muitas vezes o correio vindo do exterior. Peça-lhes que coloquem o remetente do EU Login na lista de remetentes autorizados («lista branca»).
eulogin-help-address = Verifique o endereço.
# $link: a link to the sign-up form, "create the account again" (eulogin-help-address-link).
eulogin-help-address-why = Um erro de escrita envia a mensagem para outro destino. Se o endereço estava errado, { $link } com o endereço correto.
eulogin-help-address-link = crie novamente a conta
# $action: "Send the e-mail again" (eulogin-help-again-action), in bold.
eulogin-help-again = { $action } com o formulário abaixo.
eulogin-help-again-action = Enviar novamente a mensagem
eulogin-help-link-broken = A ligação não funciona
# $minutes: how long a link works.
eulogin-help-link-broken-why = Uma ligação funciona durante { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } após o envio da mensagem, e apenas uma vez. Quando é enviada uma nova mensagem, as ligações das anteriores deixam de funcionar: utilize sempre a mensagem mais recente. Se o seu programa de correio eletrónico cortar a ligação em duas, copie a ligação completa para a barra de endereço do seu navegador.
eulogin-help-send-again-intro = Introduza o endereço de correio eletrónico da sua conta EU Login. Se estiver registado, enviamos-lhe uma nova ligação para definir a sua palavra-passe.
eulogin-help-have-account = Já tem uma conta?
# $login: a link, "log in" (eulogin-help-have-account-log-in); $lost: a link, "Lost your password?" (eulogin-lost-password).
eulogin-help-have-account-why = Se já tem uma conta EU Login (ECAS), não precisa de uma nova: { $login }. Se se esqueceu da palavra-passe, utilize «{ $lost }».
eulogin-help-have-account-log-in = inicie sessão
eulogin-help-contact = Contactar o serviço de assistência
eulogin-help-contact-intro = Se nada disto ajudar, ou para qualquer questão sobre o TRACES NT e o certificado de inspeção, escreva para:
# $address: the helpdesk's e-mail address, a link.
eulogin-help-contact-traces = { $address } (TRACES NT e EU Login)
# $address: the e-mail address of the organic products helpdesk, a link.
eulogin-help-contact-organic = { $address } (o certificado de inspeção para produtos biológicos)
eulogin-help-contact-advice = Indique o endereço de correio eletrónico que utilizou e nunca envie a sua palavra-passe.

## Privacy statement (/eulogin/privacy).

eulogin-privacy-title = Declaração de privacidade
eulogin-privacy-lead = O EU Login é a forma de provar ao TRACES NT quem é. Esta página indica que dados guardamos sobre si, porquê e o que pode fazer a esse respeito.
eulogin-privacy-stored = O que guardamos
eulogin-privacy-stored-names = O seu nome de utilizador, nome próprio e apelido.
eulogin-privacy-stored-email = O seu endereço de correio eletrónico, que é também o seu identificador de início de sessão.
eulogin-privacy-stored-languages = A língua das mensagens que lhe enviamos e a língua da interface.
eulogin-privacy-stored-password = A sua palavra-passe, apenas em forma de hash: uma transformação unidirecional a partir da qual não é possível recuperar a palavra-passe. Ninguém, nem mesmo o serviço de assistência, pode ver a sua palavra-passe.
eulogin-privacy-stored-session = Enquanto tiver sessão iniciada, um cookie de sessão e a hora da sua última atividade, para que a sessão termine quando deixar de a utilizar ou terminar sessão.
eulogin-privacy-why = Porquê
eulogin-privacy-why-identify = Para o identificar quando inicia sessão no TRACES NT e para lhe enviar as mensagens de que o serviço necessita (a ligação para definir a sua palavra-passe, a confirmação de um novo endereço).
eulogin-privacy-why-certificates = O seu nome próprio e apelido aparecem nos certificados que assina no TRACES NT. Os certificados têm valor jurídico, pelo que a conta deve estar em nome da pessoa singular que assina.
eulogin-privacy-no-other-use = Não utilizamos os seus dados para nenhum outro fim e não os vendemos nem partilhamos para fins de marketing.
eulogin-privacy-rights = Os seus direitos
# $link: a link, "your EU Login account page" (eulogin-account-page-link).
eulogin-privacy-rights-text = Depois de iniciar sessão, pode consultar e corrigir a qualquer momento os seus nomes, as suas línguas, o seu endereço de correio eletrónico e a sua palavra-passe na { $link }. Para pedir uma cópia dos seus dados ou a eliminação da sua conta, escreva ao serviço de assistência.
eulogin-privacy-contact = Contacto
# $address: the helpdesk's e-mail address, a link.
eulogin-privacy-helpdesk = Serviço de assistência: { $address }

## Log in (/eulogin/login), where "Login into TRACES" leads.

eulogin-login-title = Iniciar sessão
eulogin-login-lead = Inicie sessão com o endereço de correio eletrónico da sua conta EU Login.
# Next to the password field when it is empty ("Password" is the field's label).
eulogin-login-password-missing = Palavra-passe: introduza a sua palavra-passe.
# Followed by the link "Create an account".
eulogin-login-no-account = Ainda não tem conta?

## Lost your password? (/eulogin/lost-password)

eulogin-lost-lead = Introduza o endereço de correio eletrónico da sua conta EU Login. Se estiver registado, enviamos-lhe uma mensagem com uma ligação para definir uma nova palavra-passe.
# $minutes: how long the link works.
eulogin-lost-link-valid = A ligação funciona durante { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } e apenas uma vez. A sua palavra-passe atual continua a funcionar até definir a nova.
eulogin-lost-submit = Enviar-me uma ligação
eulogin-lost-back = Voltar a «Iniciar sessão»

## Set your password (/eulogin/password), from the e-mailed link.

eulogin-password-title = Definir a sua palavra-passe
# $name: the person's first name; $username: their username, in bold.
eulogin-password-lead = Olá, { $name }. Escolha a palavra-passe da conta EU Login { $username }.
eulogin-password-submit = Definir a minha palavra-passe
eulogin-password-set = A sua palavra-passe foi definida
eulogin-password-set-next = Já pode iniciar sessão com o seu endereço de correio eletrónico e a sua nova palavra-passe.
eulogin-password-new-email = Receber uma nova mensagem
eulogin-password-new-email-intro = Introduza o endereço de correio eletrónico da sua conta EU Login para receber uma nova ligação para definir a sua palavra-passe.

## Confirm your new e-mail address (/eulogin/email), from the e-mailed link.

eulogin-email-title = Confirmar o seu novo endereço de correio eletrónico
# $name: the person's first name; $username: their username, in bold; $email: the new address, in bold.
eulogin-email-lead = Olá, { $name }. O identificador de início de sessão da conta EU Login { $username } vai passar a ser { $email }.
eulogin-email-old-stops = O seu endereço antigo deixa de servir para iniciar sessão assim que confirmar.
eulogin-email-submit = Confirmar o meu novo endereço de correio eletrónico
eulogin-email-changed = O seu endereço de correio eletrónico foi alterado
# $email: the new address, in bold.
eulogin-email-changed-next = A partir de agora, inicie sessão com { $email }.
eulogin-email-back-to-account = Voltar à minha conta
# $link: a link, "your EU Login account page" (eulogin-account-page-link).
eulogin-email-link-broken-next = O seu endereço de correio eletrónico não foi alterado. Para obter uma nova ligação de confirmação, inicie sessão e peça-a novamente na { $link }.

## My EU Login account (/eulogin/account).

eulogin-account-title = A minha conta EU Login
eulogin-account-loading = A carregar a sua conta…
eulogin-account-back = Voltar ao TRACES NT
eulogin-account-log-in-first = Inicie sessão para ver e alterar a sua conta EU Login.
# $name: first and last name; $username; $email: the login address. All three in bold.
eulogin-account-who = Sessão iniciada como { $name } (nome de utilizador { $username }, correio eletrónico { $email }).
eulogin-account-details = Os seus dados
eulogin-account-details-intro = Os seus nomes aparecem nos certificados que assina no TRACES NT: utilize os seus nomes verdadeiros, tal como constam do seu documento de identificação.
eulogin-account-details-submit = Guardar os meus dados
eulogin-account-details-saved = Os seus dados foram guardados.
eulogin-account-password = Alterar palavra-passe
# Next to the field when it is empty ("Current password" is the field's label).
eulogin-account-current-password-missing = Palavra-passe atual: introduza a palavra-passe que utiliza atualmente.
eulogin-account-password-submit = Alterar a minha palavra-passe
eulogin-account-password-changed = A sua palavra-passe foi alterada. Todas as outras sessões iniciadas na sua conta (noutro navegador ou computador) foram terminadas.
eulogin-account-email = Alterar correio eletrónico
eulogin-account-email-intro = O seu endereço de correio eletrónico é o seu identificador de início de sessão. Enviamos uma ligação para o novo endereço para confirmar que lhe pertence.
# Next to "Confirm new e-mail" ("Confirm new e-mail" and "New e-mail" are the fields' labels).
eulogin-account-email-confirm-differs = Confirmar novo correio eletrónico: escreva o mesmo endereço que em «Novo correio eletrónico».
eulogin-account-email-confirm-missing = Confirmar novo correio eletrónico: escreva novamente o novo endereço.
eulogin-account-email-submit = Enviar a ligação de confirmação
# $address: the new address, in bold; $minutes: how long the link works; $current: the present login address.
eulogin-account-email-sent = Enviámos uma ligação para { $address }. Abra-a no prazo de { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }. O seu identificador de início de sessão só muda quando abrir a ligação; até lá, continue a iniciar sessão com { $current }.
