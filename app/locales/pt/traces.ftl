## TRACES NT: the landing page, the welcome page of an instance, the role choice, the searches
## for a post with the request popup, "Create new Operator", and the profile with its
## preferences. Button and link names quoted in the helpdesk letter (“Login into TRACES”,
## “sign up for TRACES”, “Request Authorisation”, “Create new Operator”, “send authorisation
## request”) are the ones users are told to click: translate them the way the letter is
## translated.

## The landing page: production or training.

traces-landing-title = TRACES NT – Certificados de inspeção para produtos biológicos
traces-landing-lead = Os sítios Web de produção e de formação do TRACES NT estão disponíveis. Antes de os utilizar, tem de se registar no EU Login e, em seguida, pedir a sua função no TRACES NT. As funções pedidas num sítio Web não são transferidas para o outro.
traces-landing-production = TRACES NT Produção
traces-landing-production-text = Para certificados reais e pedidos reais.
traces-landing-training = TRACES NT Formação
traces-landing-training-text = Para aprender e demonstrar o registo sem consequências.

## The welcome page of an instance.

traces-welcome-title = Bem-vindo(a) ao TRACES NT
traces-welcome-title-training = Bem-vindo(a) ao TRACES NT Formação
traces-welcome-lead = O certificado de inspeção para produtos de origem biológica encontra-se neste sítio Web. Para lhe aceder, tem de iniciar sessão e registar-se como utilizador.
traces-welcome-log-in = Iniciar sessão no TRACES
# Followed by the link “sign up for TRACES”.
traces-welcome-no-account = Ainda não tem uma conta EU Login?
traces-welcome-sign-up = registar-se no TRACES
traces-welcome-step-1 = Registe-se no EU Login.
traces-welcome-step-1-text = Se já tiver uma conta EU Login (ECAS), avance diretamente para o passo 2.
traces-welcome-step-2 = Registe-se no TRACES NT.
traces-welcome-step-2-text = Inicie sessão, escolha a sua função (Operador, Organismo de controlo biológico ou Autoridade) e envie um pedido de autorização.
# $name: the first and last name of the person, in bold.
traces-welcome-logged-in = Tem sessão iniciada como { $name }.
# $change: a link, traces-welcome-change-credentials; $reset: a link, traces-welcome-reset-password.
traces-welcome-credentials = No EU Login pode { $change }, se necessário, ou { $reset }.
traces-welcome-change-credentials = alterar as suas credenciais EU Login
traces-welcome-reset-password = redefinir a sua palavra-passe

## A page of an instance opened before logging in.

traces-log-in-title = Inicie sessão
traces-log-in-needed = Para se registar no TRACES NT, tem de iniciar sessão com a sua conta EU Login.
traces-log-in-button = Iniciar sessão no TRACES

## "Select your role in TRACES" on the welcome page.

traces-role-title = Selecione a sua função no TRACES
traces-role-loading = A carregar a sua função…
traces-role-link-operator = Operador (importador, primeiro destinatário)
traces-role-link-control-body = Organismo de controlo biológico (ou autoridade de controlo)
traces-role-link-authority = Autoridade (posto de controlo fronteiriço ou autoridade competente central)
# $kind: the person's role kind (Operator, Organic Control Body, Authority), in bold.
traces-role-already = Já tem o tipo de função { $kind } neste ambiente. Cada pessoa só pode ter um tipo de função; dentro dele, pode pedir mais postos.
traces-role-see-requests = Ver os seus pedidos no seu perfil
traces-role-one-kind = Tenha em atenção que cada pessoa só pode ter um tipo de função. Dentro da sua função, pode ocupar vários postos: por exemplo, trabalhar para dois ou mais operadores ou, como organismo de controlo, controlar vários países.

## The searches for an operator, an authority or a control body.

traces-search-title-operator = Pedir autorização: Operador
traces-search-title-authority = Pedir autorização: Autoridade
traces-search-title-control-body = Pedir autorização: Organismo de controlo biológico
traces-search-back = Voltar à escolha da função
traces-search-country = País
traces-search-any-country = Qualquer país
traces-search-section = Secção
traces-search-any-section = Qualquer secção
traces-search-activity = Tipo de atividade
traces-search-any-activity = Qualquer tipo de atividade
traces-search-role = Função
traces-search-any-role = Qualquer função
traces-search-name = Nome
traces-search-name-hint = Basta uma parte do nome; maiúsculas e acentos não são relevantes.
traces-search-button = Pesquisar
traces-operator-lead = Pesquise o operador para o qual trabalha, assinale a caixa ao lado e clique em «Pedir autorização». Pode assinalar vários operadores, inclusive em várias páginas.
traces-operator-create-new-hint = Se tiver a certeza de que não encontra o operador para o qual trabalha, pode criá-lo.
traces-operator-create-new = Criar novo operador
traces-authority-lead = Pesquise a sua autoridade, assinale a caixa ao lado e clique em «Pedir autorização».
traces-control-body-lead = Pesquise o seu organismo de controlo. Se certificar para um único país, assinale a caixa desse país; se certificar para todos os países em que o seu organismo de controlo certifica, assinale «Todos os países» no topo da respetiva lista. Em seguida, clique em «Pedir autorização».
traces-control-body-country-hint = Um país em que o organismo de controlo certifica.
traces-control-body-name-hint = Basta uma parte do nome ou do código.

## The results of a search, "Request Authorisation" and the popup.

traces-posts-request = Pedir autorização
traces-posts-none-selected = Primeiro, assinale a caixa do seu posto nos resultados.
# $count: how many posts are ticked (1 or more).
traces-posts-selected =
    { $count ->
        [one] { $count } posto selecionado.
        [many] { $count } postos selecionados.
       *[other] { $count } postos selecionados.
    }
traces-posts-searching = A pesquisar…
traces-posts-no-results = Nenhuma organização corresponde à sua pesquisa.
# $count: how many organisations this page of results shows (1 or more).
traces-posts-results =
    { $count ->
        [one] { $count } resultado nesta página.
        [many] { $count } resultados nesta página.
       *[other] { $count } resultados nesta página.
    }
traces-posts-first-page = Primeira página
traces-posts-next-page = Página seguinte
traces-posts-caption = Resultados da pesquisa
traces-posts-column-name = Nome
traces-posts-column-country = País
traces-posts-column-city = Cidade
traces-posts-column-activity = Tipo de atividade
traces-posts-column-eori = Número EORI
traces-posts-column-select = Selecionar
traces-posts-column-role = Função
traces-posts-column-code = Código
traces-posts-column-certified = Países certificados (selecionar)
# $code: the role's code (BCP, CCA); $name: its name; $acts: what it acts as.
traces-posts-authority-role = { $code } ({ $name }, atua como { $acts })
traces-posts-all-countries = Todos os países
# The name of a tick box. $organisation: the control body's name.
traces-posts-all-countries-of = { $organisation }: todos os países
# $count: how many requests were sent (1 or more). Followed by the link “Open my profile”.
traces-posts-sent =
    { $count ->
        [one] O seu pedido de autorização foi enviado. Pode acompanhá-lo no seu perfil.
        [many] Os seus { $count } pedidos de autorização foram enviados. Pode acompanhá-los no seu perfil.
       *[other] Os seus { $count } pedidos de autorização foram enviados. Pode acompanhá-los no seu perfil.
    }
traces-open-profile = Abrir o meu perfil
traces-popup-asking-for = Está a pedir autorização para:
traces-request-additional-info = Informações adicionais (facultativo)
traces-request-additional-info-hint = Qualquer informação que ajude a pessoa que verifica o seu pedido.
traces-popup-email = Correio eletrónico
traces-popup-phone = Telefone (facultativo)
traces-popup-send = enviar pedido de autorização
traces-popup-cancel = Cancelar
traces-popup-sending = A enviar…

## "Create new Operator".

traces-new-operator-back = Voltar à pesquisa de operadores
traces-new-operator-title = Criar novo operador
# $operator: the name of the operator just created.
traces-new-operator-created = O operador { $operator } foi criado e o seu pedido de adesão a este operador foi registado.
traces-new-operator-duplicates-title = É um destes?
traces-new-operator-duplicates-text = Estes operadores são semelhantes ao que está a criar. Se trabalhar para um deles, assinale-o e clique antes em «Pedir autorização». Se nenhum deles for o seu, clique novamente em «criar um novo operador».
traces-new-operator-lead = Os campos assinalados com * são obrigatórios. O número EORI é obrigatório para os importadores de produtos biológicos.
traces-new-operator-create = criar um novo operador
traces-new-operator-checking = A verificar…
traces-new-operator-operator = O operador
traces-new-operator-name = Nome
traces-new-operator-country = País
traces-new-operator-choose-country = Escolha um país
traces-new-operator-address = Endereço
traces-new-operator-city = Cidade
traces-new-operator-postcode = Código postal
traces-new-operator-section = Secção
traces-new-operator-activity = Tipo de atividade
traces-new-operator-choose-activity = Escolha um tipo de atividade
traces-new-operator-eori = Número EORI
traces-new-operator-eori-hint = O código de país de duas letras, seguido de até 15 letras ou algarismos (DE1234567890). Obrigatório para os importadores.
traces-new-operator-eori-mandatory = Para um importador, o número EORI é obrigatório.
traces-new-operator-contact = Contacto do operador
traces-new-operator-contact-rule = Obrigatório: indique pelo menos um dos seguintes: telefone, fax, correio eletrónico ou sítio Web.
traces-new-operator-phone = Telefone
traces-new-operator-fax = Fax
traces-new-operator-email = Correio eletrónico
traces-new-operator-website = Sítio Web
traces-new-operator-request = O seu pedido de adesão a este operador
traces-new-operator-request-hint = A pessoa que verifica o seu pedido vê estes dados e utiliza-os para o contactar.
traces-new-operator-your-email = O seu correio eletrónico
traces-new-operator-your-email-hint = Da sua conta EU Login; pode indicar outro endereço para este pedido.
traces-new-operator-your-phone = O seu telefone (facultativo)

## "My TRACES profile".

traces-profile-title = O meu perfil TRACES
traces-profile-requests = Os meus pedidos
traces-profile-loading = A carregar os seus pedidos…
traces-profile-no-requests = Ainda não pediu nenhuma função neste ambiente.
traces-profile-column-organisation = Organização
traces-profile-column-role = Função
traces-profile-column-scope = Âmbito
traces-profile-column-requested = Data do pedido
traces-profile-column-decided = Data da decisão
traces-profile-column-status = Estado
traces-profile-column-reason = Motivo
traces-profile-column-action = Ação
traces-profile-cancel = Cancelar
# The name of the “Cancel” button of one request. $organisation: the organisation's name.
traces-profile-cancel-label = Cancelar o pedido para { $organisation }
# $organisation: the organisation's name.
traces-profile-cancelled = O seu pedido para { $organisation } foi cancelado.
# $zone: an IANA time zone name, like Europe/Brussels.
traces-profile-time-zone = As datas e horas são apresentadas no seu fuso horário, { $zone }. Pode alterá-lo em Preferências.
traces-profile-new-role = Pedir uma nova função
# $problem: why, as the server says it.
traces-profile-preferences-failed = Não é possível apresentar as suas preferências: { $problem }

## The preferences of the profile page.

traces-preferences-title = Preferências
traces-preferences-notifications-title = Fuso horário e notificações
# $instance: production or training (only chooses the text).
traces-preferences-instance-only =
    { $instance ->
        [training] Estas preferências aplicam-se apenas ao ambiente de formação.
       *[production] Estas preferências aplicam-se apenas ao ambiente de produção.
    }
traces-preferences-time-zone = Fuso horário
traces-preferences-time-zone-hint = As datas e horas dos seus pedidos são apresentadas neste fuso horário.
traces-preferences-zone-utc = UTC (Tempo Universal Coordenado)
traces-preferences-zones-eu = União Europeia
traces-preferences-zones-other = Outros países
# A time zone in the list. $country: the country's name; $zone: the IANA name (Europe/Vienna).
traces-preferences-zone = { $country } ({ $zone })
# $country: the country's name; $place: a region of it (Azores); $zone: the IANA name.
traces-preferences-zone-region = { $country }, { $place } ({ $zone })
# $country: the country's name; $place: a city of it (Chicago); $zone: the IANA name.
traces-preferences-zone-city = { $country } ({ $place }) ({ $zone })
traces-preferences-place-azores = Açores
traces-preferences-place-madeira = Madeira
traces-preferences-place-canary-islands = Canárias
traces-preferences-place-sydney = Sydney
traces-preferences-place-sao-paulo = São Paulo
traces-preferences-place-toronto = Toronto
traces-preferences-place-chicago = Chicago
traces-preferences-place-los-angeles = Los Angeles
traces-preferences-place-new-york = Nova Iorque
# $browser: the browser's time zone; $saved: the saved one (IANA names, like Europe/Brussels).
traces-preferences-browser-zone = O seu navegador está configurado para { $browser }, pelo que esse fuso está aqui selecionado. O fuso horário guardado continua a ser { $saved } até clicar em «Guardar preferências».
traces-preferences-events = Avisar-me sobre
traces-preferences-notify-decisions = Decisões sobre os meus pedidos (aceites, rejeitados, revogados)
traces-preferences-notify-new-requests = Novos pedidos a aguardar a minha decisão (se decidir pedidos: autoridades e administradores de uma organização)
traces-preferences-channels = Como avisar-me
traces-preferences-notify-in-app = Na aplicação
traces-preferences-notify-email = Por correio eletrónico (para o endereço da sua conta EU Login)
traces-preferences-no-channel = Se não assinalar «Na aplicação» nem «Por correio eletrónico», não será avisado de nada.
traces-preferences-save = Guardar preferências
traces-preferences-saving = A guardar…
# $zone: the time zone just saved (an IANA name, like America/New_York).
traces-preferences-saved = As suas preferências foram guardadas. As datas e horas são agora apresentadas em { $zone }.
traces-preferences-language-title = Língua
# $account: a link, traces-preferences-my-account.
traces-preferences-language-text = As suas línguas pertencem à sua conta EU Login: são as mesmas na produção e na formação. Também as pode alterar, juntamente com os seus nomes, em { $account }.
traces-preferences-my-account = A minha conta
traces-preferences-interface-language = Língua da interface
traces-preferences-interface-language-hint = A língua destas páginas sempre que tiver sessão iniciada.
traces-preferences-email-language = Língua do correio eletrónico
traces-preferences-email-language-hint = A língua das mensagens de correio eletrónico que recebe, incluindo as notificações.
traces-preferences-save-languages = Guardar línguas
traces-preferences-languages-saved = As suas línguas foram guardadas.

## Statuses, as the profile, the search results and the queue show them.

traces-status-pending = Pendente
traces-status-valid = Válido
traces-status-rejected = Rejeitado
traces-status-cancelled = Cancelado
traces-status-revoked = Revogado
traces-status-organisation-new = Novo
traces-status-organisation-valid = Válido
traces-status-organisation-rejected = Rejeitado
traces-status-organisation-inactive = Inativo
