## The shared validators (app/src/domain): the browser shows these messages as the user types,
## the server answers with the same ones. A message starts with the label of its field, so the
## reader knows which field it is about; labels are messages of their own (label-…), passed
## in as $field.

## Labels of fields and lists

label-username = Nome de utilizador
label-first-name = Nome próprio
label-last-name = Apelido
label-email = Correio eletrónico
label-new-email = Novo correio eletrónico
label-your-email = O seu correio eletrónico
label-email-language = Língua do correio eletrónico
label-interface-language = Língua da interface
label-password = Palavra-passe
label-phone = Telefone
label-your-phone = O seu telefone
label-fax = Fax
label-website = Sítio Web
label-name = Nome
label-address = Morada
label-city = Localidade
label-postcode = Código postal
label-role = Função
label-authority-role = Função da autoridade
label-section = Secção
label-activity-type = Tipo de atividade

## What to enter in an empty field of the operator form, after “{ $field }: ” (valid-text-empty).

label-name-empty-hint = introduza o nome do operador tal como está registado
label-address-empty-hint = introduza a rua e o número
label-city-empty-hint = introduza a localidade
label-postcode-empty-hint = introduza o código postal

## The characters a field of the operator form takes, after “{ $field }: ”
## (valid-text-bad-character). Keep the punctuation marks as they are: they are what the field takes.

label-name-allowed-hint = utilize apenas letras, algarismos, espaços e . , - ' & ( ) / + : ; " !
label-address-allowed-hint = utilize apenas letras, algarismos, espaços e . , - ' & ( ) / + : ; " # °
label-city-allowed-hint = utilize apenas letras, algarismos, espaços e . , - ' ( ) /
label-postcode-allowed-hint = utilize apenas letras A–Z, algarismos, espaços e hífenes

## Kinds of role, as the helpdesk letter names them, and what each covers.

label-role-kind-operator = Operador
label-role-kind-control-body = Organismo de controlo biológico
label-role-kind-authority = Autoridade
label-role-kind-operator-description = Importador, primeiro destinatário
label-role-kind-control-body-description = Organismo de controlo biológico ou autoridade de controlo
label-role-kind-authority-description = Posto de controlo fronteiriço ou autoridade competente central

## Authority roles and the organic roles they act as. EAOC, OPL, CAFOP and CAOPL are the
## abbreviations of TRACES NT: they stay as they are.

label-authority-role-bcp = Posto de controlo fronteiriço
label-authority-role-cca = Autoridade competente central
label-authority-role-bcp-acts-as = Autoridade de visto para a certificação biológica
label-authority-role-cca-acts-as = Produção biológica e rotulagem
# $role: the authority role (Border Control Post); $acts_as_name: the organic role it acts as
# (Endorsing Authority for Organic Certification); $acts_as: its abbreviation (EAOC);
# $formerly: the earlier abbreviation in TRACES NT (CAFOP).
label-authority-role-description = { $role }: assume a função de «{ $acts_as_name }» ({ $acts_as } – anteriormente { $formerly } no TRACES NT)

## Sections of the operator register and activity types of operators.

label-section-organic-operator = Operador biológico
label-activity-importer = Importador
label-activity-first-consignee = Primeiro destinatário
label-activity-exporter = Exportador
label-activity-producer = Produtor
label-activity-processor = Transformador

## Messages shared by several fields.

# $field: the field's label; $min: the least number of characters.
valid-too-short = { $field }: utilize pelo menos { $min } carateres.
# $field: the field's label; $max: the most characters the field takes.
valid-too-long = { $field }: utilize no máximo { $max } carateres.
# $field: the label of the list.
valid-choice-missing = { $field }: escolha uma opção da lista.
# $field: the label of the list; $code: the value that was sent, as it was sent.
valid-choice-unknown = { $field }: «{ $code }» não é uma das opções; escolha uma opção da lista.

## EU Login account: username and names.

valid-username-empty = Nome de utilizador: introduza um nome de utilizador.
valid-username-first-not-letter = Nome de utilizador: comece por uma letra (a–z).
valid-username-bad-character = Nome de utilizador: utilize apenas letras a–z, algarismos, pontos, hífenes e sublinhados (sem espaços nem acentos).
valid-first-name-empty = Nome próprio: introduza o seu nome próprio tal como consta do seu documento de identificação.
valid-last-name-empty = Apelido: introduza o seu apelido tal como consta do seu documento de identificação.
# $field: First name or Last name.
valid-person-name-bad-character = { $field }: utilize apenas letras, espaços, hífenes, apóstrofos e pontos.
# $field: First name or Last name.
valid-person-name-no-letter = { $field }: deve conter pelo menos uma letra.
# $field: First name or Last name; $word: the word of the name that looks like a company's.
valid-name-looks-like-organisation = { $field }: «{ $word }» parece fazer parte do nome de uma organização. A sua conta EU Login deve estar em nome de uma pessoa singular: os nomes aparecem nos certificados que assina.

## E-mail addresses.

# $field: the field's label (E-mail, New e-mail).
valid-email-empty = { $field }: introduza o seu endereço de correio eletrónico profissional.
# $field: the field's label (E-mail, New e-mail).
valid-email-shape = { $field }: introduza um endereço como name@example.org, com uma só @ e sem espaços.
# $field: the field's label (E-mail, New e-mail).
valid-email-domain = { $field }: a parte a seguir à @ deve ser um domínio como example.org.
valid-email-mismatch = Confirmar correio eletrónico: escreva o mesmo endereço que em «Correio eletrónico».
valid-email-confirm-empty = Confirmar correio eletrónico: escreva novamente o seu endereço de correio eletrónico.

## Passwords.

valid-password-empty = Palavra-passe: introduza uma palavra-passe.
# $min: the least number of characters.
valid-password-too-short = Palavra-passe: utilize pelo menos { $min } carateres (algumas palavras formam uma boa palavra-passe).
valid-password-weak = Palavra-passe: esta palavra-passe é demasiado fácil de adivinhar. Experimente uma frase mais longa, com palavras sem relação entre si.
# $hint: why, in the words of the strength checker: one sentence of the catalogs (error-password-…).
valid-password-weak-hint = Palavra-passe: esta palavra-passe é demasiado fácil de adivinhar. { $hint } Experimente uma frase mais longa, com palavras sem relação entre si.
valid-password-mismatch = Confirmar palavra-passe: escreva a mesma palavra-passe duas vezes.
valid-password-wrong-current = Palavra-passe atual: a palavra-passe não está correta.

## The rest of the sign-up form.

valid-email-language-missing = Língua do correio eletrónico: escolha a língua das mensagens que vai receber.
valid-captcha-empty = Código: escreva os carateres que vê na imagem.
valid-captcha-too-long = Código: o código da imagem é mais curto; escreva apenas os seus carateres.
valid-privacy-not-accepted = Declaração de privacidade: assinale a caixa para confirmar que a leu.

## Languages and instances named in a link or a form.

# $code: the language code that was sent.
valid-language-unknown = «{ $code }» não é uma das 24 línguas oficiais da UE: escolha uma da lista.
# $field: the field's label (E-mail language); $code: the language code that was sent.
valid-language-unknown-for = { $field }: «{ $code }» não é uma das 24 línguas oficiais da UE: escolha uma da lista.
# $slug: the part of the address that should name the instance. “production” and “training”
# are parts of addresses: keep them as they are.
valid-instance-unknown = «{ $slug }» não é uma instância do TRACES NT: utilize «production» ou «training».

## Rejecting an authorisation request.

valid-reason-missing = Motivo: uma rejeição exige um motivo; o requerente vai lê-lo, por isso indique o que está errado e o que deve ser feito.
# $min: the least number of characters.
valid-reason-too-short = Motivo: escreva pelo menos { $min } carateres, para que o requerente saiba o que fazer.
# $max: the most characters a reason takes; $count: how many were written.
valid-reason-too-long = Motivo: no máximo { $max } carateres (escreveu { $count }).
valid-reason-control-characters = Motivo: remova os carateres de controlo (só são permitidas quebras de linha).

## Role kinds: each person takes one kind of role per instance.

# $existing: the kind of role the person has (Operator, Organic Control Body, Authority);
# $requested: the kind just requested.
valid-role-kind-other = Função: já tem o tipo de função «{ $existing }» nesta instância, e cada pessoa só pode ter um tipo de função. Não pode pedir uma função do tipo «{ $requested }»; pode pedir mais funções do tipo «{ $existing }».

## EORI numbers and control body codes. DE, FR, XI, AT-BIO-301, BIO, ECO, EKO, OKO (ÖKO) and
## ORG are codes: keep them as they are.

valid-eori-empty = Número EORI: introduza o número EORI.
valid-eori-required-for-importers = Número EORI: introduza o número EORI; é obrigatório para os importadores de produtos biológicos.
valid-eori-too-long = Número EORI: utilize no máximo 17 carateres: o código de país de duas letras e até 15 letras ou algarismos.
valid-eori-bad-character = Número EORI: utilize apenas letras A–Z e algarismos (os espaços são ignorados).
valid-eori-no-country = Número EORI: comece pelo código de duas letras do país que o atribuiu, como DE ou FR (XI para a Irlanda do Norte).
# $code: the two letters typed, which are not a country code.
valid-eori-unknown-country = Número EORI: «{ $code }» não é um código de país; comece pelo código do país que atribuiu o número, como DE ou FR (XI para a Irlanda do Norte).
valid-eori-no-number = Número EORI: a seguir ao código de país, acrescente as letras ou algarismos do número (de 1 a 15).
valid-control-body-code-empty = Código do organismo de controlo: introduza o código, por exemplo AT-BIO-301.
valid-control-body-code-shape = Código do organismo de controlo: escreva-o no formato país-termo-número, por exemplo AT-BIO-301: duas letras, três letras e até três algarismos, separados por hífenes.
# $code: the first part typed, which is not a country code.
valid-control-body-code-country = Código do organismo de controlo: «{ $code }» não é um código de país ISO 3166-1; comece pelo código do país onde são efetuados os controlos.
# $term: the middle part typed, which is not an organic term.
valid-control-body-code-term = Código do organismo de controlo: «{ $term }» não é um termo biológico dos códigos dos organismos de controlo; utilize BIO, ECO, EKO, OKO (ÖKO) ou ORG.
valid-control-body-code-number = Código do organismo de controlo: termine com o número de referência, de um a três algarismos, por exemplo 301.

## Text fields of the operator form (name, address, city, postcode).

# $field: the field's label; $hint: what to enter (label-…-empty-hint).
valid-text-empty = { $field }: { $hint }.
# $field: the field's label; $hint: the characters the field takes (label-…-allowed-hint).
valid-text-bad-character = { $field }: { $hint } (sem < >, carateres de controlo ou carateres invisíveis).
# $field: the field's label.
valid-text-no-letter-or-digit = { $field }: deve conter pelo menos uma letra ou um algarismo.

## Contact details: phone, fax, website.

# $field: the field's label (Phone, Fax).
valid-phone-no-plus = { $field }: escreva o número em formato internacional, começando por + e pelo indicativo do país, por exemplo +32 2 299 11 11.
# $field: the field's label (Phone, Fax).
valid-phone-bad-character = { $field }: a seguir ao +, utilize apenas algarismos, espaços, hífenes e parênteses.
# $field: the field's label (Phone, Fax); $min, $max: the least and most digits.
valid-phone-digits = { $field }: indique entre { $min } e { $max } algarismos, incluindo o indicativo do país.
valid-website-scheme = Sítio Web: só são aceites endereços http:// e https://.
valid-website-non-ascii = Sítio Web: escreva o endereço apenas com letras a–z, algarismos e os sinais - . /. Para um domínio com acentos, utilize a forma xn-- que o seu navegador apresenta.
valid-website-shape = Sítio Web: introduza um endereço como www.example.org ou https://www.example.org/page.
valid-contact-missing = Contacto: indique pelo menos um dos seguintes: telefone, fax, correio eletrónico ou sítio Web.
