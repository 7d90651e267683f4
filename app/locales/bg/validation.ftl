## The shared validators (app/src/domain): the browser shows these messages as the user types,
## the server answers with the same ones. A message starts with the label of its field, so the
## reader knows which field it is about; labels are messages of their own (label-…), passed
## in as $field.

## Labels of fields and lists

label-username = Потребителско име
label-first-name = Собствено име
label-last-name = Фамилия
label-email = Имейл
label-new-email = Нов имейл
label-your-email = Вашият имейл
label-email-language = Език на имейлите
label-interface-language = Език на интерфейса
label-password = Парола
label-phone = Телефон
label-your-phone = Вашият телефон
label-fax = Факс
label-website = Уебсайт
label-name = Наименование
label-address = Адрес
label-city = Град
label-postcode = Пощенски код
label-role = Роля
label-authority-role = Роля на органа
label-section = Раздел
label-activity-type = Вид дейност

## What to enter in an empty field of the operator form, after “{ $field }: ” (valid-text-empty).

label-name-empty-hint = въведете наименованието на оператора, както е регистриран
label-address-empty-hint = въведете улицата и номера
label-city-empty-hint = въведете града
label-postcode-empty-hint = въведете пощенския код

## The characters a field of the operator form takes, after “{ $field }: ”
## (valid-text-bad-character). Keep the punctuation marks as they are: they are what the field takes.

label-name-allowed-hint = използвайте само букви, цифри, интервали и . , - ' & ( ) / + : ; " !
label-address-allowed-hint = използвайте само букви, цифри, интервали и . , - ' & ( ) / + : ; " # °
label-city-allowed-hint = използвайте само букви, цифри, интервали и . , - ' ( ) /
label-postcode-allowed-hint = използвайте само букви A–Z, цифри, интервали и тирета

## Kinds of role, as the helpdesk letter names them, and what each covers.

label-role-kind-operator = Оператор
label-role-kind-control-body = Контролиращ орган за биологично производство
label-role-kind-authority = Орган
label-role-kind-operator-description = Вносител, първи получател
label-role-kind-control-body-description = Контролиращ орган или контролен орган за биологично производство
label-role-kind-authority-description = Граничен контролен пункт или централен компетентен орган

## Authority roles and the organic roles they act as. EAOC, OPL, CAFOP and CAOPL are the
## abbreviations of TRACES NT: they stay as they are.

label-authority-role-bcp = Граничен контролен пункт
label-authority-role-cca = Централен компетентен орган
label-authority-role-bcp-acts-as = Орган, заверяващ сертификатите за биологично производство
label-authority-role-cca-acts-as = Биологично производство и етикетиране
# $role: the authority role (Border Control Post); $acts_as_name: the organic role it acts as
# (Endorsing Authority for Organic Certification); $acts_as: its abbreviation (EAOC);
# $formerly: the earlier abbreviation in TRACES NT (CAFOP).
label-authority-role-description = { $role }: изпълнява ролята „{ $acts_as_name }“ ({ $acts_as } – преди { $formerly } в TRACES NT)

## Sections of the operator register and activity types of operators.

label-section-organic-operator = Оператор в биологичното производство
label-activity-importer = Вносител
label-activity-first-consignee = Първи получател
label-activity-exporter = Износител
label-activity-producer = Производител
label-activity-processor = Преработвател

## Messages shared by several fields.

# $field: the field's label; $min: the least number of characters.
valid-too-short = { $field }: използвайте поне { $min } знака.
# $field: the field's label; $max: the most characters the field takes.
valid-too-long = { $field }: използвайте най-много { $max } знака.
# $field: the label of the list.
valid-choice-missing = { $field }: изберете от списъка.
# $field: the label of the list; $code: the value that was sent, as it was sent.
valid-choice-unknown = { $field }: „{ $code }“ не е сред възможностите; изберете от списъка.

## EU Login account: username and names.

valid-username-empty = Потребителско име: въведете потребителско име.
valid-username-first-not-letter = Потребителско име: започнете с буква (a–z).
valid-username-bad-character = Потребителско име: използвайте само букви a–z, цифри, точки, тирета и долни черти (без интервали и букви с диакритични знаци).
valid-first-name-empty = Собствено име: въведете собственото си име, както е в документа ви за самоличност.
valid-last-name-empty = Фамилия: въведете фамилията си, както е в документа ви за самоличност.
# $field: First name or Last name.
valid-person-name-bad-character = { $field }: използвайте само букви, интервали, тирета, апострофи и точки.
# $field: First name or Last name.
valid-person-name-no-letter = { $field }: трябва да съдържа поне една буква.
# $field: First name or Last name; $word: the word of the name that looks like a company's.
valid-name-looks-like-organisation = { $field }: „{ $word }“ прилича на част от наименование на организация. Вашият акаунт в EU Login трябва да е на името на реално физическо лице: имената фигурират в сертификатите, които подписвате.

## E-mail addresses.

# $field: the field's label (E-mail, New e-mail).
valid-email-empty = { $field }: въведете служебния си имейл адрес.
# $field: the field's label (E-mail, New e-mail).
valid-email-shape = { $field }: въведете адрес от вида name@example.org, с един знак @ и без интервали.
# $field: the field's label (E-mail, New e-mail).
valid-email-domain = { $field }: частта след @ трябва да е домейн, например example.org.
valid-email-mismatch = Потвърждение на имейла: въведете същия адрес като в полето „Имейл“.
valid-email-confirm-empty = Потвърждение на имейла: въведете отново имейл адреса си.

## Passwords.

valid-password-empty = Парола: въведете парола.
# $min: the least number of characters.
valid-password-too-short = Парола: използвайте поне { $min } знака (няколко думи правят добра парола).
valid-password-weak = Парола: тази парола се отгатва твърде лесно. Опитайте с по-дълга фраза от несвързани думи.
# $hint: why, in the words of the strength checker: one sentence of the catalogs (error-password-…).
valid-password-weak-hint = Парола: тази парола се отгатва твърде лесно. { $hint } Опитайте с по-дълга фраза от несвързани думи.
valid-password-mismatch = Потвърждение на паролата: въведете една и съща парола два пъти.
valid-password-wrong-current = Текуща парола: паролата не е правилна.

## The rest of the sign-up form.

valid-email-language-missing = Език на имейлите: изберете езика на имейлите, които ще получавате.
valid-captcha-empty = Код: въведете знаците, които виждате на изображението.
valid-captcha-too-long = Код: кодът на изображението е по-кратък; въведете само неговите знаци.
valid-privacy-not-accepted = Декларация за поверителност: отметнете полето, за да потвърдите, че сте я прочели.

## Languages and instances named in a link or a form.

# $code: the language code that was sent.
valid-language-unknown = „{ $code }“ не е сред 24-те официални езика на ЕС: изберете от списъка.
# $field: the field's label (E-mail language); $code: the language code that was sent.
valid-language-unknown-for = { $field }: „{ $code }“ не е сред 24-те официални езика на ЕС: изберете от списъка.
# $slug: the part of the address that should name the instance. “production” and “training”
# are parts of addresses: keep them as they are.
valid-instance-unknown = „{ $slug }“ не е среда на TRACES NT: използвайте „production“ или „training“.

## Rejecting an authorisation request.

valid-reason-missing = Причина: отказът изисква причина; заявителят ще я прочете, затова посочете какво не е наред и какво трябва да направи.
# $min: the least number of characters.
valid-reason-too-short = Причина: напишете поне { $min } знака, за да знае заявителят какво да направи.
# $max: the most characters a reason takes; $count: how many were written.
valid-reason-too-long = Причина: най-много { $max } знака (написали сте { $count }).
valid-reason-control-characters = Причина: премахнете управляващите знаци (разрешени са само нови редове).

## Role kinds: each person takes one kind of role per instance.

# $existing: the kind of role the person has (Operator, Organic Control Body, Authority);
# $requested: the kind just requested.
valid-role-kind-other = Роля: вече имате вид роля „{ $existing }“ в тази среда, а всяко лице може да има само един вид роля. Не можете да заявите роля „{ $requested }“; можете да заявите още длъжности от вида „{ $existing }“.

## EORI numbers and control body codes. DE, FR, XI, AT-BIO-301, BIO, ECO, EKO, OKO (ÖKO) and
## ORG are codes: keep them as they are.

valid-eori-empty = EORI номер: въведете EORI номера.
valid-eori-required-for-importers = EORI номер: въведете EORI номера; той е задължителен за вносителите на биологични продукти.
valid-eori-too-long = EORI номер: използвайте най-много 17 знака: двубуквения код на държавата и до 15 букви или цифри.
valid-eori-bad-character = EORI номер: използвайте само букви A–Z и цифри (интервалите се пренебрегват).
valid-eori-no-country = EORI номер: започнете с двубуквения код на държавата, която го е издала, например DE или FR (XI за Северна Ирландия).
# $code: the two letters typed, which are not a country code.
valid-eori-unknown-country = EORI номер: „{ $code }“ не е код на държава; започнете с кода на държавата, издала номера, например DE или FR (XI за Северна Ирландия).
valid-eori-no-number = EORI номер: след кода на държавата добавете от 1 до 15 букви или цифри на номера.
valid-control-body-code-empty = Код на контролиращия орган: въведете кода, например AT-BIO-301.
valid-control-body-code-shape = Код на контролиращия орган: запишете го във вида държава-термин-номер, например AT-BIO-301: две букви, три букви и до три цифри, разделени с тирета.
# $code: the first part typed, which is not a country code.
valid-control-body-code-country = Код на контролиращия орган: „{ $code }“ не е код на държава по ISO 3166-1; започнете с кода на държавата, в която се извършва контролът.
# $term: the middle part typed, which is not an organic term.
valid-control-body-code-term = Код на контролиращия орган: „{ $term }“ не е термин за биологично производство, използван в кодовете на контролиращите органи; използвайте BIO, ECO, EKO, OKO (ÖKO) или ORG.
valid-control-body-code-number = Код на контролиращия орган: завършете с референтния номер от една до три цифри, например 301.

## Text fields of the operator form (name, address, city, postcode).

# $field: the field's label; $hint: what to enter (label-…-empty-hint).
valid-text-empty = { $field }: { $hint }.
# $field: the field's label; $hint: the characters the field takes (label-…-allowed-hint).
valid-text-bad-character = { $field }: { $hint } (без < >, управляващи или невидими знаци).
# $field: the field's label.
valid-text-no-letter-or-digit = { $field }: трябва да съдържа поне една буква или цифра.

## Contact details: phone, fax, website.

# $field: the field's label (Phone, Fax).
valid-phone-no-plus = { $field }: запишете номера в международен формат, като започнете с + и кода на държавата, например +32 2 299 11 11.
# $field: the field's label (Phone, Fax).
valid-phone-bad-character = { $field }: след + използвайте само цифри, интервали, тирета и скоби.
# $field: the field's label (Phone, Fax); $min, $max: the least and most digits.
valid-phone-digits = { $field }: въведете от { $min } до { $max } цифри, включително кода на държавата.
valid-website-scheme = Уебсайт: приемат се само адреси с http:// и https://.
valid-website-non-ascii = Уебсайт: запишете адреса само с букви a–z, цифри и - . /; за домейн с диакритични знаци използвайте формата xn--, която показва браузърът ви.
valid-website-shape = Уебсайт: въведете адрес като www.example.org или https://www.example.org/page.
valid-contact-missing = Контакт: посочете поне едно от следните: телефон, факс, имейл или уебсайт.
