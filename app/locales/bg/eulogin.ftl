## EU Login, the identity service (pages/eulogin): sign-up, the e-mailed links, login, the
## account page, help and privacy. "EU Login", "TRACES NT" and "ECAS" are names.

# The mark above each EU Login page's heading.
eulogin-brand = EU Login
# Heading, button and link of the sign-up form (the helpdesk letter names it).
eulogin-create-account = Създаване на акаунт
# Links and buttons that lead to logging in.
eulogin-log-in = Вход
# Heading of its page and the link to it.
eulogin-lost-password = Забравена парола?
eulogin-help-link = Помощ: имейлът не пристигна
eulogin-send-again = Изпратете имейла отново
eulogin-nothing-arrived = Нищо ли не пристигна?
# The text of a link, inside sentences.
eulogin-account-page-link = страницата на вашия акаунт в EU Login
# After a link that opens in a new tab, for screen readers.
eulogin-opens-in-new-tab = (отваря се в нов раздел)
# Heading of a page whose e-mailed link is expired, used, replaced or unknown.
eulogin-link-broken = Тази връзка не работи
eulogin-link-checking = Проверяваме връзката ви…
eulogin-link-no-code = В този адрес няма код на връзка. Отворете отново връзката от имейла или копирайте цялата връзка в адресната лента.

## Field labels and hints.

eulogin-field-username = Потребителско име
eulogin-field-first-name = Собствено име
eulogin-field-last-name = Фамилия
eulogin-field-email = Имейл
eulogin-field-email-confirm = Потвърждение на имейла
eulogin-field-email-language = Език на имейлите
eulogin-field-interface-language = Език на интерфейса
eulogin-field-password = Парола
eulogin-field-current-password = Текуща парола
eulogin-field-new-password = Нова парола
eulogin-field-confirm-password = Потвърждение на паролата
eulogin-field-new-email = Нов имейл
eulogin-field-confirm-new-email = Потвърждение на новия имейл
eulogin-name-hint = Както е в документа ви за самоличност.
eulogin-email-language-hint = Езикът на имейлите, които EU Login ви изпраща.
eulogin-interface-language-hint = Езикът на тези страници, когато сте влезли в системата.
eulogin-password-rule = Най-малко 12 и най-много 128 знака. Няма изисквания за видовете знаци: фраза от няколко несвързани думи е сигурна и лесна за запомняне.

## Create an account (/eulogin/signup).

eulogin-signup-own-name = Открийте акаунта на свое име.
# $person: "REAL PERSON" (eulogin-signup-real-person), in bold.
eulogin-signup-own-name-why = Данните, които въвеждате тук, ще фигурират в сертификатите, които подписвате в TRACES NT и които имат правна сила. Открийте акаунта в EU Login на името на { $person }, а НЕ на вашия граничен контролен пункт, оператор или контролиращ орган.
eulogin-signup-real-person = РЕАЛНО ФИЗИЧЕСКО ЛИЦЕ
eulogin-signup-own-address = Използвайте личния си служебен имейл адрес.
eulogin-signup-own-address-why = С този адрес ще влизате в TRACES NT.
# Followed by the link "Log in".
eulogin-signup-already = Вече имате акаунт в EU Login?
eulogin-signup-all-required = Всички полета са задължителни.
eulogin-signup-username-hint = От 4 до 32 знака: букви a–z, цифри, точки, тирета и долни черти, като първият знак е буква.
eulogin-signup-email-hint = Вашият личен служебен адрес: с него ще влизате в системата.
eulogin-signup-email-confirm-hint = Въведете същия адрес отново.
eulogin-signup-privacy-accept = Прочетох и приемам декларацията за поверителност
eulogin-signup-privacy-read = Прочетете декларацията за поверителност
eulogin-signup-progress = Създаваме акаунта ви…

## Check your e-mail (/eulogin/signup/sent), after "Create an account".

eulogin-sent-title = Проверете имейла си
# Instead of the address, when the page does not know it.
eulogin-sent-unknown-address = въведения от вас адрес
# $address: the e-mail address, in bold.
eulogin-sent-lead = Изпратихме имейл до { $address } с връзка за задаване на парола.
# $minutes: how long the link works.
eulogin-sent-link-valid = Връзката работи { $minutes ->
        [one] { $minutes } минута
       *[other] { $minutes } минути
    } след изпращането на имейла и само веднъж. След като зададете паролата си, върнете се в TRACES NT и влезте с този имейл адрес.
eulogin-sent-advice-wait = Изчакайте няколко минути: понякога имейлите пристигат със закъснение.
eulogin-sent-advice-spam = Проверете папката за спам или нежелана поща.
eulogin-sent-advice-it = Помолете ИТ отдела си да разреши имейлите от EU Login (да добави подателя към списъка с разрешени податели, т.нар. „бял списък“).
eulogin-sent-advice-address = Проверете адреса по-горе. Ако е грешен, създайте акаунта отново с правилния адрес.
eulogin-sent-replaces = Новият имейл заменя предишния: работи само връзката в най-новия имейл.

## Help with EU Login (/eulogin/help), where the helpdesk letter points when the e-mail does not arrive.

eulogin-help-title = Помощ за EU Login
eulogin-help-no-email = Имейлът за задаване на парола не пристигна
eulogin-help-no-email-intro = След „Създаване на акаунт“ EU Login ви изпраща имейл с връзка за задаване на парола. Ако той не е във входящата ви поща:
# Each piece of advice: a short instruction in bold, then why.
eulogin-help-wait = Изчакайте няколко минути.
eulogin-help-wait-why = Пощенските сървъри понякога задържат за известно време съобщенията от нов подател, преди да ги доставят.
eulogin-help-spam = Проверете папката за спам или нежелана поща.
eulogin-help-spam-why = Ако намерите имейла там, маркирайте го като „не е спам“, за да пристигат следващите във входящата ви поща.
eulogin-help-it = Помолете ИТ отдела си да разреши нашите имейли.
eulogin-help-it-why = Организациите често филтрират имейлите отвън. Помолете ИТ отдела да добави подателя на EU Login към списъка с разрешени податели („бял списък“).
eulogin-help-address = Проверете адреса.
# $link: a link to the sign-up form, "create the account again" (eulogin-help-address-link).
eulogin-help-address-why = Една грешка при въвеждането изпраща имейла на друго място. Ако адресът е бил грешен, { $link } с правилния адрес.
eulogin-help-address-link = създайте акаунта отново
# $action: "Send the e-mail again" (eulogin-help-again-action), in bold.
eulogin-help-again = { $action } чрез формуляра по-долу.
eulogin-help-again-action = Изпратете имейла отново
eulogin-help-link-broken = Връзката не работи
# $minutes: how long a link works.
eulogin-help-link-broken-why = Връзката работи { $minutes ->
        [one] { $minutes } минута
       *[other] { $minutes } минути
    } след изпращането на имейла и само веднъж. Когато бъде изпратен нов имейл, връзките в предишните спират да работят: винаги използвайте най-новия имейл. Ако пощенската ви програма разделя връзката на две, копирайте цялата връзка в адресната лента на браузъра.
eulogin-help-send-again-intro = Въведете имейл адреса на акаунта си в EU Login. Ако той е регистриран, ще ви изпратим нова връзка за задаване на парола.
eulogin-help-have-account = Вече имате акаунт?
# $login: a link, "log in" (eulogin-help-have-account-log-in); $lost: a link, "Lost your password?" (eulogin-lost-password).
eulogin-help-have-account-why = Ако вече имате акаунт в EU Login (ECAS), не ви е нужен нов: { $login }. Ако сте забравили паролата си, използвайте { $lost }
eulogin-help-have-account-log-in = влезте в системата
eulogin-help-contact = Свържете се с бюрото за помощ
eulogin-help-contact-intro = Ако нищо от това не помогне, или при въпроси относно TRACES NT и сертификата за проверка, пишете на:
# $address: the helpdesk's e-mail address, a link.
eulogin-help-contact-traces = { $address } (TRACES NT и EU Login)
# $address: the e-mail address of the organic products helpdesk, a link.
eulogin-help-contact-organic = { $address } (сертификатът за проверка на биологични продукти)
eulogin-help-contact-advice = Посочете кой имейл адрес сте използвали и никога не изпращайте паролата си.

## Privacy statement (/eulogin/privacy).

eulogin-privacy-title = Декларация за поверителност
eulogin-privacy-lead = Чрез EU Login доказвате самоличността си пред TRACES NT. На тази страница е описано какви данни за вас съхраняваме, защо и какво можете да направите по въпроса.
eulogin-privacy-stored = Какво съхраняваме
eulogin-privacy-stored-names = Вашето потребителско име, собствено име и фамилия.
eulogin-privacy-stored-email = Вашия имейл адрес, който е и вашето име за вход.
eulogin-privacy-stored-languages = Езика на имейлите, които ви изпращаме, и езика на интерфейса.
eulogin-privacy-stored-password = Вашата парола, само в хеширан вид: еднопосочно преобразуване, от което паролата не може да бъде възстановена. Никой, включително бюрото за помощ, не може да види паролата ви.
eulogin-privacy-stored-session = Докато сте влезли в системата – бисквитка за сесията и часа на последната ви активност, за да приключи сесията, когато спрете да я използвате или излезете.
eulogin-privacy-why = Защо
eulogin-privacy-why-identify = За да ви идентифицираме, когато влизате в TRACES NT, и за да ви изпращаме имейлите, необходими за услугата (връзката за задаване на парола, потвърждението на нов адрес).
eulogin-privacy-why-certificates = Вашите собствено име и фамилия фигурират в сертификатите, които подписвате в TRACES NT. Сертификатите имат правна сила, затова акаунтът трябва да е на името на реалното лице, което подписва.
eulogin-privacy-no-other-use = Не използваме данните ви за нищо друго и не ги продаваме, нито ги предоставяме на други лица за маркетингови цели.
eulogin-privacy-rights = Вашите права
# $link: a link, "your EU Login account page" (eulogin-account-page-link).
eulogin-privacy-rights-text = След като влезете в системата, можете по всяко време да видите и коригирате имената, езиците, имейл адреса и паролата си на { $link }. За да поискате копие от данните си или изтриване на акаунта си, пишете на бюрото за помощ.
eulogin-privacy-contact = Контакт
# $address: the helpdesk's e-mail address, a link.
eulogin-privacy-helpdesk = Бюро за помощ: { $address }

## Log in (/eulogin/login), where "Login into TRACES" leads.

eulogin-login-title = Вход
eulogin-login-lead = Влезте с имейл адреса на акаунта си в EU Login.
# Next to the password field when it is empty ("Password" is the field's label).
eulogin-login-password-missing = Парола: въведете паролата си.
# Followed by the link "Create an account".
eulogin-login-no-account = Все още нямате акаунт?

## Lost your password? (/eulogin/lost-password)

eulogin-lost-lead = Въведете имейл адреса на акаунта си в EU Login. Ако той е регистриран, ще ви изпратим имейл с връзка за задаване на нова парола.
# $minutes: how long the link works.
eulogin-lost-link-valid = Връзката работи { $minutes ->
        [one] { $minutes } минута
       *[other] { $minutes } минути
    } и само веднъж. Текущата ви парола продължава да работи, докато не зададете новата.
eulogin-lost-submit = Изпратете ми връзка
eulogin-lost-back = Обратно към „Вход“

## Set your password (/eulogin/password), from the e-mailed link.

eulogin-password-title = Задайте паролата си
# $name: the person's first name; $username: their username, in bold.
eulogin-password-lead = Здравейте, { $name }! Изберете парола за акаунта { $username } в EU Login.
eulogin-password-submit = Задаване на паролата
eulogin-password-set = Паролата ви е зададена
eulogin-password-set-next = Вече можете да влезете с имейл адреса и новата си парола.
eulogin-password-new-email = Получаване на нов имейл
eulogin-password-new-email-intro = Въведете имейл адреса на акаунта си в EU Login, за да получите нова връзка за задаване на парола.

## Confirm your new e-mail address (/eulogin/email), from the e-mailed link.

eulogin-email-title = Потвърдете новия си имейл адрес
# $name: the person's first name; $username: their username, in bold; $email: the new address, in bold.
eulogin-email-lead = Здравейте, { $name }! Името за вход на акаунта { $username } в EU Login ще стане { $email }.
eulogin-email-old-stops = Старият ви адрес спира да работи за вход веднага щом потвърдите.
eulogin-email-submit = Потвърждаване на новия имейл адрес
eulogin-email-changed = Имейл адресът ви е променен
# $email: the new address, in bold.
eulogin-email-changed-next = Отсега нататък влизайте с { $email }.
eulogin-email-back-to-account = Обратно към моя акаунт
# $link: a link, "your EU Login account page" (eulogin-account-page-link).
eulogin-email-link-broken-next = Имейл адресът ви не е променен. За да получите нова връзка за потвърждение, влезте в системата и я поискайте отново на { $link }.

## My EU Login account (/eulogin/account).

eulogin-account-title = Моят акаунт в EU Login
eulogin-account-loading = Акаунтът ви се зарежда…
eulogin-account-back = Обратно към TRACES NT
eulogin-account-log-in-first = Моля, влезте в системата, за да видите и промените акаунта си в EU Login.
# $name: first and last name; $username; $email: the login address. All three in bold.
eulogin-account-who = Влезли сте като { $name } (потребителско име { $username }, имейл { $email }).
eulogin-account-details = Вашите данни
eulogin-account-details-intro = Имената ви фигурират в сертификатите, които подписвате в TRACES NT: използвайте истинските си имена, както са в документа ви за самоличност.
eulogin-account-details-submit = Запазване на данните
eulogin-account-details-saved = Данните ви са запазени.
eulogin-account-password = Смяна на паролата
# Next to the field when it is empty ("Current password" is the field's label).
eulogin-account-current-password-missing = Текуща парола: въведете паролата, която използвате в момента.
eulogin-account-password-submit = Запазване на новата парола
eulogin-account-password-changed = Паролата ви е сменена. Всички други сесии, в които сте влезли в акаунта си (в друг браузър или на друг компютър), са прекратени.
eulogin-account-email = Смяна на имейла
eulogin-account-email-intro = Имейл адресът ви е вашето име за вход. Изпращаме връзка до новия адрес, за да се уверим, че е ваш.
# Next to "Confirm new e-mail" ("Confirm new e-mail" and "New e-mail" are the fields' labels).
eulogin-account-email-confirm-differs = Потвърждение на новия имейл: въведете същия адрес като в полето „Нов имейл“.
eulogin-account-email-confirm-missing = Потвърждение на новия имейл: въведете новия адрес отново.
eulogin-account-email-submit = Изпращане на връзката за потвърждение
# $address: the new address, in bold; $minutes: how long the link works; $current: the present login address.
eulogin-account-email-sent = Изпратихме връзка до { $address }. Отворете я в рамките на { $minutes ->
        [one] { $minutes } минута
       *[other] { $minutes } минути
    }. Името ви за вход се променя едва след като отворите връзката; дотогава продължавайте да влизате с { $current }.
