## Errors any server function can answer with (api::ApiError).

# $count: how many fields have a problem (2 or more).
error-fields-need-attention = { $count } campos requerem a sua atenção.
error-unauthenticated = Inicie sessão primeiro.
error-forbidden = Não tem autorização para fazer isto.
error-login-failed = Não foi possível iniciar sessão: o endereço de correio eletrónico ou a palavra-passe não estão corretos, ou a conta está bloqueada durante 15 minutos após demasiadas tentativas. Verifique ambos e tente novamente, ou utilize «Esqueceu-se da palavra-passe?».
error-cross-site = Este pedido veio de outro sítio Web e foi recusado.
# $seconds: how long to wait.
error-rate-limited = Demasiadas tentativas. Aguarde { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    } e tente novamente.
error-too-large = O pedido é demasiado grande: nenhum campo deste formulário aceita mais do que alguns milhares de carateres. Encurte o que introduziu e tente novamente.
error-storage-unavailable = O servidor não consegue guardar nada neste momento, porque o seu armazenamento está cheio ou só de leitura. Nada do que introduziu foi guardado. Tente novamente mais tarde; se o problema persistir, avise o serviço de assistência.
error-internal = Ocorreu um problema do nosso lado. Tente novamente dentro de momentos.
error-unavailable = Não foi possível contactar o servidor. Verifique a sua ligação e tente novamente.
# $detail: the decoder's words, in English.
error-unreadable-request = Não foi possível ler o pedido: { $detail }

## EU Login: sign-up, the e-mailed links, login and the account page.

# $minutes: how long a link works after its e-mail is sent.
error-link-expired = Esta ligação expirou: as ligações funcionam durante { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } após o envio da mensagem. Peça uma nova mensagem abaixo.
error-link-not-valid = Esta ligação não é válida. Copie a ligação completa da mensagem para a barra de endereço, ou peça uma nova mensagem abaixo.
error-link-used = Esta ligação já foi utilizada: cada ligação só funciona uma vez. Se precisar de definir novamente a sua palavra-passe, peça uma nova mensagem abaixo.
error-link-superseded = Depois desta mensagem foi enviada outra mais recente: só funciona a ligação da mensagem mais recente. Utilize essa, ou peça uma nova mensagem abaixo.
error-link-not-for-password = Esta ligação serve para confirmar um endereço de correio eletrónico, não para uma palavra-passe.
error-link-not-for-email = Esta ligação serve para definir uma palavra-passe, não para confirmar um endereço de correio eletrónico.
error-link-used-meanwhile = Esta ligação foi utilizada ou substituída há momentos. Peça uma nova na página da sua conta.
error-email-now-taken = Este endereço é agora utilizado por outra conta EU Login, pelo que não pode passar a ser seu. Escolha outro endereço na página da sua conta.
# $username: the username the person chose.
error-username-taken = Nome de utilizador: «{ $username }» já está a ser utilizado. Escolha outro.
error-login-password-empty = Palavra-passe: introduza a sua palavra-passe.
error-new-email-confirmation = Confirmar novo correio eletrónico: escreva o mesmo endereço que em «Novo correio eletrónico».
error-new-email-unchanged = Novo correio eletrónico: este já é o endereço da sua conta.
# $domain: the training demo's mail domain (demo.traces-training.example).
error-new-email-demo-address = Novo correio eletrónico: os endereços em { $domain } destinam-se apenas ao ambiente de formação: qualquer pessoa pode ler o correio que recebem na caixa de correio de demonstração e apoderar-se da sua função ou dos seus pedidos pendentes em produção. Mantenha um endereço próprio.

## The “Code” field of the sign-up and lost-password forms (the captcha).

error-captcha-empty = Código: escreva os carateres que vê na imagem.
error-captcha-expired = Código: esta imagem expirou. Escreva os carateres da nova imagem.
error-captcha-used = Código: esta imagem já foi utilizada. Escreva os carateres da nova imagem.
error-captcha-wrong = Código: os carateres não correspondem à imagem. Escreva os carateres da nova imagem.

## Hints of the password strength meter: the length rule, then zxcvbn's warnings and suggestions.

# $min: the fewest characters a password may have.
error-password-too-short-hint = Utilize pelo menos { $min } carateres.
error-password-straight-rows = Filas retas de teclas são fáceis de adivinhar.
error-password-short-keyboard-patterns = Padrões curtos de teclado são fáceis de adivinhar.
error-password-repeats-aaa = Repetições como «aaa» são fáceis de adivinhar.
error-password-repeats-abcabc = Repetições como «abcabcabc» são apenas um pouco mais difíceis de adivinhar do que «abc».
error-password-top-10 = Esta é uma das 10 palavras-passe mais comuns.
error-password-top-100 = Esta é uma das 100 palavras-passe mais comuns.
error-password-common = Esta é uma palavra-passe muito comum.
error-password-similar-to-common = Esta palavra-passe é semelhante a uma palavra-passe muito utilizada.
error-password-sequences = Sequências como abc ou 6543 são fáceis de adivinhar.
error-password-recent-years = Anos recentes são fáceis de adivinhar.
error-password-single-word = Uma palavra isolada é fácil de adivinhar.
error-password-dates = As datas são muitas vezes fáceis de adivinhar.
error-password-names-by-themselves = Nomes próprios e apelidos isolados são fáceis de adivinhar.
error-password-common-names = Nomes próprios e apelidos comuns são fáceis de adivinhar.
error-password-use-a-few-words = Utilize algumas palavras e evite expressões comuns.
error-password-no-need-for-symbols = Não são necessários símbolos, algarismos nem maiúsculas.
error-password-add-a-word = Acrescente mais uma ou duas palavras. Palavras pouco comuns são melhores.
error-password-capitalization = As maiúsculas não ajudam muito.
error-password-all-uppercase = Tudo em maiúsculas é quase tão fácil de adivinhar como tudo em minúsculas.
error-password-reversed-words = Palavras escritas ao contrário não são muito mais difíceis de adivinhar.
error-password-substitutions = Substituições previsíveis como «@» em vez de «a» não ajudam muito.
error-password-longer-keyboard-pattern = Utilize um padrão de teclado mais longo, com mais mudanças de direção.
error-password-avoid-repeats = Evite palavras e carateres repetidos.
error-password-avoid-sequences = Evite sequências.
error-password-avoid-recent-years = Evite anos recentes.
error-password-avoid-your-years = Evite anos associados a si.
error-password-avoid-your-dates = Evite datas e anos associados a si.

## The training instance.

error-persona-unknown = Essa persona fictícia não existe. Escolha uma da lista na página de boas-vindas da instância de formação.

## Addresses under /api that name nothing.

error-api-function-unknown = Essa função da API não existe.
error-export-unknown = Essa exportação não existe: utilize queue.csv ou decisions.csv.

## The approval queue: filters, page links, export links.

error-queue-page-link = A ligação da página já não é válida. Volte à primeira página da fila de aprovação.
error-queue-organisation-too-long = Organização: escreva no máximo 100 carateres do nome.
# $max: the largest age accepted, in days.
error-queue-age-too-high = Antiguidade: no máximo { $max } dias.
error-queue-age-not-a-number = Antiguidade: indique um número inteiro de dias, por exemplo 7.
# $value: what the link has instead of an instance (production or training).
error-export-link-instance = A ligação de exportação não é válida: «{ $value }» não é uma instância do TRACES NT: utilize «production» ou «training».
error-export-link-no-instance = A ligação de exportação não é válida: não indica nenhuma instância.
# $key, $value: the setting of the link that is not one of the queue's.
error-export-link-setting = A ligação de exportação não é válida: «{ $key }={ $value }» não é uma das suas definições. Utilize o botão de exportação da página da fila de aprovação.

## Deciding requests, one or many, and the Administrator flag.

# $id: the request's number.
error-decide-not-found = Não existe nenhum pedido número { $id } sobre o qual possa decidir nesta instância. Pode pertencer a outro país ou a outra organização; abra-o a partir da sua fila de aprovação.
# $name: the organisation; $status: its status (a stored code, chooses the words).
error-decide-organisation-closed = A organização «{ $name }» { $status ->
        [rejected] foi rejeitada
        [inactive] está inativa
       *[other] tem o estado { $status }
    }, pelo que ninguém pode aderir a ela. Em vez disso, rejeite o pedido indicando um motivo.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-accepted = O pedido { $id } já foi aceite por { $who }, data: { $when }. Nada foi alterado.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-rejected = O pedido { $id } já foi rejeitado por { $who }, data: { $when }. Nada foi alterado.
# $id: the request's number; $when: the date and time (UTC) or “earlier”.
error-decide-already-cancelled = O pedido { $id } já foi cancelado pelo requerente, data: { $when }. Nada foi alterado.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-revoked = O pedido { $id } já foi revogado por { $who }, data: { $when }. Nada foi alterado.
# $id: the request's number; $status: its status, a code the schema does not know (in English); $when: the date and time (UTC) or “earlier”.
error-decide-already-other = O pedido { $id } já tem o estado «{ $status }», data: { $when }. Nada foi alterado.
# Stands for the person who decided, when the account is gone.
error-decide-by-unknown = alguém
# Stands for the time of a decision, when it was not recorded.
error-decide-at-unknown = não registada
# $id: the request's number.
error-decide-meanwhile = Entretanto, foi tomada uma decisão sobre o pedido { $id }; nada foi alterado. Volte a carregá-lo para ver a decisão.
error-decide-none-selected = Selecione pelo menos um pedido na fila e, em seguida, aceite ou rejeite.
# $max: how many requests can be decided at once; $count: how many were selected.
error-decide-too-many = Selecione no máximo { $max } pedidos de cada vez; selecionou { $count }.
# $id: the request's number.
error-decide-selected-twice = O pedido { $id } está selecionado duas vezes; selecione cada pedido uma única vez.
# $failed: how many of the selected requests cannot be decided; $count: how many were selected.
error-decide-nothing-decided = Nada foi decidido: não é possível decidir sobre { $failed } dos { $count } pedidos selecionados. Anule a seleção desses pedidos e tente novamente.
# $id: the request's number; $status: its status (a stored code, chooses the words).
error-admin-not-valid = O pedido { $id } não é uma função válida (estado: { $status ->
        [pending] pendente
        [rejected] rejeitado
        [cancelled] cancelado
        [revoked] revogado
       *[other] { $status }
    }): só o titular de uma função válida pode ser administrador.
# $id: the request's number.
error-admin-changed-meanwhile = O pedido { $id } foi alterado entretanto; volte a carregá-lo.

## Notifications in the app (not errors, but sentences the server composes too).

# $first, $last: the requester's names; $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-new-request = { $first } { $last } solicita uma função na organização «{ $organisation }» ({ $country }).
# $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-accepted = O seu pedido de uma função na organização «{ $organisation }» ({ $country }) foi aceite
# $organisation: the organisation's name; $country: the ISO code of the post's country; $reason: the decider's words.
error-notification-rejected = O seu pedido de uma função na organização «{ $organisation }» ({ $country }) foi rejeitado: { $reason }
# $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-rejected-no-reason = O seu pedido de uma função na organização «{ $organisation }» ({ $country }) foi rejeitado: nenhum motivo indicado
# $organisation: the organisation's name; $country: the ISO code of the post's country; $status: the request's status (a stored code, chooses the words).
error-notification-other = O seu pedido de uma função na organização «{ $organisation }» ({ $country }) { $status ->
        [pending] está agora pendente
        [cancelled] foi cancelado
        [revoked] foi revogado
       *[other] tem agora o estado { $status }
    }

## TRACES: the directory search and authorisation requests.

error-search-page-link = Página: esta ligação de página já não é válida; pesquise novamente a partir da primeira página.
error-search-name-too-long = Nome: pesquise com no máximo 120 carateres do nome.
# $max: the most characters allowed.
error-additional-info-too-long = Informações adicionais: utilize no máximo { $max } carateres.
error-submission-key = Chave de envio: envie entre 8 e 64 letras, algarismos, - ou _ (a página gera uma; volte a carregá-la e tente novamente).
error-submission-other-instance = Este pedido já foi enviado na outra instância. Volte a carregar a página e envie-o novamente.
# $domain: the training demo's mail domain (demo.traces-training.example).
error-demo-address-production = Os endereços em { $domain } destinam-se apenas ao ambiente de formação: qualquer pessoa pode ler o correio que recebem na caixa de correio de demonstração e apoderar-se da conta. Para pedir autorização em produção, altere primeiro o correio eletrónico da sua conta para o seu próprio endereço.
error-posts-none = Funções: assinale pelo menos uma organização na lista e, em seguida, envie o pedido.
# $max: how many posts one request can have.
error-posts-too-many = Funções: assinale no máximo { $max } de cada vez; envie as restantes num segundo pedido.
error-posts-twice = Funções: a mesma função está assinalada duas vezes; assinale cada função uma única vez.
error-posts-one-kind = Funções: assinale apenas organizações de um único tipo de função (operadores, organismos de controlo ou autoridades).
# $name: the control body; $country: the country's name; $code: its ISO code.
error-posts-not-certified = Funções: «{ $name }» não certifica no seguinte país: { $country } ({ $code }); assinale um dos países indicados para este organismo.
# $name: the organisation; $country: the name of its country.
error-posts-other-country = Funções: «{ $name }» situa-se no seguinte país: { $country }; a função nesta organização abrange apenas esse país.
# $id: the number that was sent.
error-organisation-not-found = A organização com o número { $id } não existe nesta instância. Pesquise novamente e assinale-a na lista.
# $name: the organisation; $status: its status (a stored code, chooses the words).
error-organisation-closed = A organização «{ $name }» { $status ->
        [rejected] foi rejeitada
        [inactive] está inativa
       *[other] tem o estado { $status }
    } e não aceita novos pedidos. Pesquise novamente e assinale outra organização.
# $name: the control body.
error-no-certified-countries = «{ $name }» ainda não tem países certificados, pelo que não é possível pedir nenhuma função nesse organismo.
# $name: the organisation; $country: the name of the post's country.
error-post-already-held = «{ $name }» ({ $country }): já exerce esta função. Desmarque-a e envie novamente o pedido; os seus pedidos encontram-se na página do seu perfil.
# $name: the organisation; $country: the name of the post's country.
error-post-already-pending = «{ $name }» ({ $country }): o seu pedido para esta função já está pendente. Desmarque-a e envie novamente o pedido; os seus pedidos encontram-se na página do seu perfil.
error-own-request-not-found = Esse pedido não consta dos seus pedidos. Volte a carregar a página do seu perfil.
# $organisation: the organisation's name; $status: the request's status (a stored code, chooses the words).
error-cancel-not-pending = O seu pedido para «{ $organisation }» { $status ->
        [pending] está pendente
        [valid] é válido
        [rejected] foi rejeitado
        [cancelled] foi cancelado
        [revoked] foi revogado
       *[other] tem o estado { $status }
    } e já não pode ser cancelado; só os pedidos pendentes podem ser cancelados.
error-time-zone = Fuso horário: escolha um fuso como Europe/Brussels (Área/Cidade, no máximo 64 carateres), ou UTC.

## New organisations: the directory import and "create a new operator".

error-import-status = Estado: utilize valid, new, rejected ou inactive (vazio significa valid).
error-import-kind = Tipo: utilize operator, control_body ou authority.
error-certified-countries-empty = Países certificados: País: escolha um país da lista.
# $code: what was given instead of a country code.
error-certified-countries-shape = Países certificados: País: «{ $code }» não é um código de país; utilize as duas letras da norma ISO 3166-1 (DE, FR, US) ou escolha um país da lista.
# $code: what was given instead of a country code.
error-certified-countries-unknown = Países certificados: País: «{ $code }» não é um código de país ISO 3166-1 atribuído; escolha um país da lista.
# $alias: the code EU documents use (EL, UK); $iso: the ISO 3166-1 code; $name: the country's name.
error-certified-countries-eu-alias = Países certificados: País: os documentos da UE escrevem { $alias }, mas a norma ISO 3166-1 e o TRACES utilizam { $iso }; escolha { $iso } ({ $name }).
# $code: the control body code; $other: the organisation that has it.
error-control-body-code-taken = Código do organismo de controlo: { $code } já é o código de «{ $other }».
# $eori: the EORI number; $other: the operator that has it.
error-eori-taken = Número EORI: { $eori } já está registado para o operador «{ $other }»; pesquise-o e peça autorização em vez de o criar novamente.
error-demo-person-shared = Esta é uma pessoa da demonstração de formação, partilhada por todos na sala: o nome, o endereço eletrónico e a palavra-passe não podem ser alterados. Registe-se com uma conta própria para experimentar.
