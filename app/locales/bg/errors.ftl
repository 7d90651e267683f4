## Errors any server function can answer with (api::ApiError).

# $count: how many fields have a problem (2 or more).
error-fields-need-attention = { $count ->
        [one] { $count } поле изисква вашето внимание.
       *[other] { $count } полета изискват вашето внимание.
    }
error-unauthenticated = Моля, първо влезте в системата.
error-forbidden = Нямате право да извършите това действие.
error-login-failed = Неуспешен вход: имейл адресът или паролата не са правилни или акаунтът е заключен за 15 минути след твърде много опити. Проверете ги и опитайте отново или използвайте „Забравена парола?“.
error-cross-site = Тази заявка идва от друг уебсайт и е отказана.
# $seconds: how long to wait.
error-rate-limited = Твърде много опити. Моля, изчакайте { $seconds ->
        [one] { $seconds } секунда
       *[other] { $seconds } секунди
    } и опитайте отново.
error-too-large = Заявката е твърде голяма: нито едно поле в този формуляр не приема повече от няколко хиляди знака. Съкратете въведения текст и опитайте отново.
error-storage-unavailable = Сървърът не може да запише нищо в момента, защото хранилището му е пълно или е само за четене. Нищо от въведеното от вас не е запазено. Моля, опитайте отново по-късно; ако проблемът продължи, уведомете бюрото за помощ.
error-internal = Възникна грешка от наша страна. Моля, опитайте отново след малко.
error-unavailable = Не може да се установи връзка със сървъра. Проверете връзката си и опитайте отново.
# $detail: the decoder's words, in English.
error-unreadable-request = Заявката не можа да бъде прочетена: { $detail }

## EU Login: sign-up, the e-mailed links, login and the account page.

# $minutes: how long a link works after its e-mail is sent.
error-link-expired = Тази връзка е изтекла: връзките работят { $minutes ->
        [one] { $minutes } минута
       *[other] { $minutes } минути
    } след изпращането на имейла. Поискайте нов имейл по-долу.
error-link-not-valid = Тази връзка не е валидна. Копирайте цялата връзка от имейла в адресната лента или поискайте нов имейл по-долу.
error-link-used = Тази връзка вече е използвана: всяка връзка работи само веднъж. Ако трябва отново да зададете паролата си, поискайте нов имейл по-долу.
error-link-superseded = След този имейл е изпратен по-нов: работи само връзката в най-новия имейл. Използвайте нея или поискайте нов имейл по-долу.
error-link-not-for-password = Тази връзка е за потвърждаване на имейл адрес, а не за парола.
error-link-not-for-email = Тази връзка е за задаване на парола, а не за потвърждаване на имейл адрес.
error-link-used-meanwhile = Тази връзка току-що беше използвана или заменена. Поискайте нова от страницата на акаунта си.
error-email-now-taken = Този адрес вече се използва от друг акаунт в EU Login, затова не може да стане ваш. Изберете друг адрес на страницата на акаунта си.
# $username: the username the person chose.
error-username-taken = Потребителско име: „{ $username }“ е вече заето. Изберете друго.
error-login-password-empty = Парола: въведете паролата си.
error-new-email-confirmation = Потвърждение на новия имейл: въведете същия адрес като в полето „Нов имейл“.
error-new-email-unchanged = Нов имейл: това вече е адресът на вашия акаунт.
# $domain: the training demo's mail domain (demo.traces-training.example).
error-new-email-demo-address = Нов имейл: адресите в { $domain } са само за средата за обучение: всеки може да чете пощата им в демонстрационната пощенска кутия и да поеме вашата роля или чакащите ви заявки в реалната среда. Запазете собствен адрес.

## The “Code” field of the sign-up and lost-password forms (the captcha).

error-captcha-empty = Код: въведете знаците, които виждате на изображението.
error-captcha-expired = Код: това изображение е изтекло. Въведете знаците от новото изображение.
error-captcha-used = Код: това изображение вече е използвано. Въведете знаците от новото изображение.
error-captcha-wrong = Код: знаците не съвпадат с изображението. Въведете знаците от новото изображение.

## Hints of the password strength meter: the length rule, then zxcvbn's warnings and suggestions.

# $min: the fewest characters a password may have.
error-password-too-short-hint = Използвайте поне { $min } знака.
error-password-straight-rows = Поредни клавиши от един ред се отгатват лесно.
error-password-short-keyboard-patterns = Кратки фигури по клавиатурата се отгатват лесно.
error-password-repeats-aaa = Повторения като „aaa“ се отгатват лесно.
error-password-repeats-abcabc = Повторения като „abcabcabc“ се отгатват само малко по-трудно от „abc“.
error-password-top-10 = Това е една от 10-те най-често използвани пароли.
error-password-top-100 = Това е една от 100-те най-често използвани пароли.
error-password-common = Това е много често използвана парола.
error-password-similar-to-common = Тази парола прилича на често използвана парола.
error-password-sequences = Поредици като abc или 6543 се отгатват лесно.
error-password-recent-years = Последните години се отгатват лесно.
error-password-single-word = Една дума сама по себе си се отгатва лесно.
error-password-dates = Датите често се отгатват лесно.
error-password-names-by-themselves = Имената и фамилиите сами по себе си се отгатват лесно.
error-password-common-names = Често срещаните имена и фамилии се отгатват лесно.
error-password-use-a-few-words = Използвайте няколко думи и избягвайте често срещани фрази.
error-password-no-need-for-symbols = Не са нужни символи, цифри или главни букви.
error-password-add-a-word = Добавете още една-две думи. По-рядко срещаните думи са по-добри.
error-password-capitalization = Главните букви не помагат особено.
error-password-all-uppercase = Парола само от главни букви се отгатва почти толкова лесно, колкото парола само от малки.
error-password-reversed-words = Думите, написани наобратно, не се отгатват много по-трудно.
error-password-substitutions = Предвидими замени като „@“ вместо „a“ не помагат особено.
error-password-longer-keyboard-pattern = Използвайте по-дълга фигура по клавиатурата с повече смени на посоката.
error-password-avoid-repeats = Избягвайте повтарящи се думи и знаци.
error-password-avoid-sequences = Избягвайте поредици.
error-password-avoid-recent-years = Избягвайте последните години.
error-password-avoid-your-years = Избягвайте години, свързани с вас.
error-password-avoid-your-dates = Избягвайте дати и години, свързани с вас.

## The training instance.

error-persona-unknown = Няма такава персона. Изберете някоя от списъка на началната страница на средата за обучение.

## Addresses under /api that name nothing.

error-api-function-unknown = Няма такава функция на API.
error-export-unknown = Няма такъв експорт: използвайте queue.csv или decisions.csv.

## The approval queue: filters, page links, export links.

error-queue-page-link = Връзката към страницата вече не е валидна. Върнете се на първата страница на опашката.
error-queue-organisation-too-long = Организация: въведете най-много 100 знака от наименованието.
# $max: the largest age accepted, in days.
error-queue-age-too-high = Давност: най-много { $max } дни.
error-queue-age-not-a-number = Давност: въведете цял брой дни, например 7.
# $value: what the link has instead of an instance (production or training).
error-export-link-instance = Връзката за експорт не е валидна: „{ $value }“ не е среда на TRACES NT: използвайте „production“ или „training“.
error-export-link-no-instance = Връзката за експорт не е валидна: в нея не е посочена среда.
# $key, $value: the setting of the link that is not one of the queue's.
error-export-link-setting = Връзката за експорт не е валидна: „{ $key }={ $value }“ не е сред нейните настройки. Използвайте бутона за експорт на страницата на опашката.

## Deciding requests, one or many, and the Administrator flag.

# $id: the request's number.
error-decide-not-found = Няма заявка с номер { $id }, по която можете да вземете решение в тази среда. Тя може да принадлежи на друга държава или организация; отворете я от опашката си.
# $name: the organisation; $status: its status (a stored code, chooses the words).
error-decide-organisation-closed = Организацията „{ $name }“ е { $status ->
        [rejected] отхвърлена
        [inactive] неактивна
       *[other] със статус { $status }
    }, затова никой не може да се присъедини към нея. Вместо това отхвърлете заявката, като посочите причина.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-accepted = Заявка { $id } вече е одобрена от { $who } ({ $when }); нищо не е променено.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-rejected = Заявка { $id } вече е отхвърлена от { $who } ({ $when }); нищо не е променено.
# $id: the request's number; $when: the date and time (UTC) or “earlier”.
error-decide-already-cancelled = Заявка { $id } вече е оттеглена от заявителя ({ $when }); нищо не е променено.
# $id: the request's number; $who: the person who decided (name and e-mail address) or “someone”; $when: the date and time (UTC) or “earlier”.
error-decide-already-revoked = Заявка { $id } вече е отменена от { $who } ({ $when }); нищо не е променено.
# $id: the request's number; $status: its status, a code the schema does not know (in English); $when: the date and time (UTC) or “earlier”.
error-decide-already-other = Заявка { $id } вече е със статус „{ $status }“ ({ $when }); нищо не е променено.
# Stands for the person who decided, when the account is gone.
error-decide-by-unknown = неизвестно лице
# Stands for the time of a decision, when it was not recorded.
error-decide-at-unknown = по-рано
# $id: the request's number.
error-decide-meanwhile = Междувременно по заявка { $id } е взето решение; нищо не е променено. Заредете я отново, за да видите решението.
error-decide-none-selected = Изберете поне една заявка в опашката и след това я одобрете или отхвърлете.
# $max: how many requests can be decided at once; $count: how many were selected.
error-decide-too-many = Изберете най-много { $max } заявки наведнъж; избрали сте { $count }.
# $id: the request's number.
error-decide-selected-twice = Заявка { $id } е избрана два пъти; изберете всяка заявка само веднъж.
# $failed: how many of the selected requests cannot be decided; $count: how many were selected.
error-decide-nothing-decided = Не е взето решение по нито една заявка: по { $failed } от { $count } избрани заявки не може да се вземе решение. Премахнете избора им и опитайте отново.
# $id: the request's number; $status: its status (a stored code, chooses the words).
error-admin-not-valid = Заявка { $id } не е валидна длъжност (тя е { $status ->
        [pending] в очакване
        [rejected] отхвърлена
        [cancelled] оттеглена
        [revoked] отменена
       *[other] със статус { $status }
    }): само титулярят на валидна длъжност може да бъде администратор.
# $id: the request's number.
error-admin-changed-meanwhile = Заявка { $id } е променена междувременно; заредете я отново.

## Notifications in the app (not errors, but sentences the server composes too).

# $first, $last: the requester's names; $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-new-request = { $first } { $last } иска да се присъедини към „{ $organisation }“ ({ $country }).
# $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-accepted = Вашата заявка за присъединяване към „{ $organisation }“ ({ $country }) е одобрена
# $organisation: the organisation's name; $country: the ISO code of the post's country; $reason: the decider's words.
error-notification-rejected = Вашата заявка за присъединяване към „{ $organisation }“ ({ $country }) е отхвърлена: { $reason }
# $organisation: the organisation's name; $country: the ISO code of the post's country.
error-notification-rejected-no-reason = Вашата заявка за присъединяване към „{ $organisation }“ ({ $country }) е отхвърлена без посочена причина
# $organisation: the organisation's name; $country: the ISO code of the post's country; $status: the request's status (a stored code, chooses the words).
error-notification-other = Вашата заявка за присъединяване към „{ $organisation }“ ({ $country }) сега е { $status ->
        [pending] в очакване
        [cancelled] оттеглена
        [revoked] отменена
       *[other] със статус { $status }
    }

## TRACES: the directory search and authorisation requests.

error-search-page-link = Страница: тази връзка към страница вече не е валидна; търсете отново от първата страница.
error-search-name-too-long = Наименование: търсете с най-много 120 знака от наименованието.
# $max: the most characters allowed.
error-additional-info-too-long = Допълнителна информация: използвайте най-много { $max } знака.
error-submission-key = Ключ за подаване: изпратете от 8 до 64 букви, цифри, - или _ (страницата създава такъв ключ; заредете я отново и опитайте пак).
error-submission-other-instance = Тази заявка вече е изпратена в другата среда. Заредете страницата отново и я изпратете пак.
# $domain: the training demo's mail domain (demo.traces-training.example).
error-demo-address-production = Адресите в { $domain } са само за средата за обучение: всеки може да чете пощата им в демонстрационната пощенска кутия и да поеме акаунта. За да заявите упълномощаване в реалната среда, първо сменете имейла на акаунта си със собствения си адрес.
error-posts-none = Длъжности: отметнете поне една организация в списъка и след това изпратете заявката.
# $max: how many posts one request can have.
error-posts-too-many = Длъжности: отметнете най-много { $max } наведнъж; изпратете останалите с втора заявка.
error-posts-twice = Длъжности: една и съща длъжност е отметната два пъти; отметнете всяка длъжност само веднъж.
error-posts-one-kind = Длъжности: отметнете организации само от един вид роля (оператори, контролиращи органи или органи).
# $name: the control body; $country: the country's name; $code: its ISO code.
error-posts-not-certified = Длъжности: „{ $name }“ не извършва сертифициране за държавата { $country } ({ $code }); отметнете една от държавите, посочени за него.
# $name: the organisation; $country: the name of its country.
error-posts-other-country = Длъжности: „{ $name }“ се намира в държавата { $country }; длъжността в тази организация обхваща само тази държава.
# $id: the number that was sent.
error-organisation-not-found = Организацията с номер { $id } не съществува в тази среда. Търсете отново и я отметнете в списъка.
# $name: the organisation; $status: its status (a stored code, chooses the words).
error-organisation-closed = Организацията „{ $name }“ е { $status ->
        [rejected] отхвърлена
        [inactive] неактивна
       *[other] със статус { $status }
    } и не приема нови заявки. Търсете отново и отметнете друга организация.
# $name: the control body.
error-no-certified-countries = Контролиращият орган „{ $name }“ все още няма държави, за които е сертифициран, затова в него не може да се заяви длъжност.
# $name: the organisation; $country: the name of the post's country.
error-post-already-held = „{ $name }“ ({ $country }): вече заемате тази длъжност. Премахнете отметката и изпратете заявката отново; заявките ви са на страницата на вашия профил.
# $name: the organisation; $country: the name of the post's country.
error-post-already-pending = „{ $name }“ ({ $country }): заявката ви за тази длъжност вече е в очакване. Премахнете отметката и изпратете заявката отново; заявките ви са на страницата на вашия профил.
error-own-request-not-found = Сред вашите заявки няма такава. Заредете отново страницата на профила си.
# $organisation: the organisation's name; $status: the request's status (a stored code, chooses the words).
error-cancel-not-pending = Вашата заявка за „{ $organisation }“ е { $status ->
        [pending] в очакване
        [valid] валидна
        [rejected] отхвърлена
        [cancelled] оттеглена
        [revoked] отменена
       *[other] със статус { $status }
    } и вече не може да бъде оттеглена; могат да се оттеглят само заявки в очакване.
error-time-zone = Часова зона: изберете зона като Europe/Brussels (Регион/Град, най-много 64 знака) или UTC.

## New organisations: the directory import and "create a new operator".

error-import-status = Статус: използвайте valid, new, rejected или inactive (празно означава valid).
error-import-kind = Вид: използвайте operator, control_body или authority.
error-certified-countries-empty = Държави на сертифициране: Държава: изберете държава от списъка.
# $code: what was given instead of a country code.
error-certified-countries-shape = Държави на сертифициране: Държава: „{ $code }“ не е код на държава; използвайте двете букви по ISO 3166-1 (DE, FR, US) или изберете държава от списъка.
# $code: what was given instead of a country code.
error-certified-countries-unknown = Държави на сертифициране: Държава: „{ $code }“ не е присвоен код на държава по ISO 3166-1; изберете държава от списъка.
# $alias: the code EU documents use (EL, UK); $iso: the ISO 3166-1 code; $name: the country's name.
error-certified-countries-eu-alias = Държави на сертифициране: Държава: в документите на ЕС се пише { $alias }, но ISO 3166-1 и TRACES използват { $iso }; изберете { $iso } ({ $name }).
# $code: the control body code; $other: the organisation that has it.
error-control-body-code-taken = Код на контролиращия орган: { $code } вече е кодът на „{ $other }“.
# $eori: the EORI number; $other: the operator that has it.
error-eori-taken = EORI номер: { $eori } вече е регистриран за оператора „{ $other }“; потърсете го и подайте заявка за упълномощаване, вместо да го създавате отново.
error-demo-person-shared = Това е лице от демонстрацията за обучение, което се ползва от всички в залата: името, електронната поща и паролата му не могат да се променят. Регистрирайте собствен профил, за да опитате това.
