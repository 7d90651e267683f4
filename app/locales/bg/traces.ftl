## TRACES NT: the landing page, the welcome page of an instance, the role choice, the searches
## for a post with the request popup, "Create new Operator", and the profile with its
## preferences. Button and link names quoted in the helpdesk letter (“Login into TRACES”,
## “sign up for TRACES”, “Request Authorisation”, “Create new Operator”, “send authorisation
## request”) are the ones users are told to click: translate them the way the letter is
## translated.

## The landing page: production or training.

traces-landing-title = TRACES NT – сертификати за проверка на биологични продукти
traces-landing-lead = Достъпни са реалната среда и средата за обучение на TRACES NT. Преди да ги използвате, трябва да се регистрирате в EU Login и след това да заявите своята роля в TRACES NT. Ролите, заявени в едната среда, не се прехвърлят в другата.
traces-landing-production = TRACES NT – реална среда
traces-landing-production-text = За реални сертификати и реални заявки.
traces-landing-training = TRACES NT – среда за обучение
traces-landing-training-text = За да научите и демонстрирате регистрацията без последици.

## The welcome page of an instance.

traces-welcome-title = Добре дошли в TRACES NT
traces-welcome-title-training = Добре дошли в средата за обучение на TRACES NT
traces-welcome-lead = Сертификатът за проверка на продукти с биологичен произход се издава на този уебсайт. За да получите достъп до него, трябва да влезете в системата и да се регистрирате като потребител.
traces-welcome-log-in = Вход в TRACES
# Followed by the link “sign up for TRACES”.
traces-welcome-no-account = Все още нямате акаунт в EU Login?
traces-welcome-sign-up = Регистрация в TRACES
traces-welcome-step-1 = Регистрирайте се в EU Login.
traces-welcome-step-1-text = Ако вече имате акаунт в EU Login (ECAS), преминете направо към стъпка 2.
traces-welcome-step-2 = Регистрирайте се в TRACES NT.
traces-welcome-step-2-text = Влезте в системата, изберете ролята си (оператор, контролиращ орган за биологично производство или орган) и изпратете заявка за упълномощаване.
# $name: the first and last name of the person, in bold.
traces-welcome-logged-in = Влезли сте като { $name }.
# $change: a link, traces-welcome-change-credentials; $reset: a link, traces-welcome-reset-password.
traces-welcome-credentials = В EU Login можете при нужда да { $change } или да { $reset }.
traces-welcome-change-credentials = промените данните си за вход в EU Login
traces-welcome-reset-password = зададете нова парола

## A page of an instance opened before logging in.

traces-log-in-title = Моля, влезте в системата
traces-log-in-needed = За да се регистрирате в TRACES NT, трябва да влезете с акаунта си в EU Login.
traces-log-in-button = Вход в TRACES

## "Select your role in TRACES" on the welcome page.

traces-role-title = Изберете ролята си в TRACES
traces-role-loading = Ролята ви се зарежда…
traces-role-link-operator = Оператор (вносител, първи получател)
traces-role-link-control-body = Контролиращ орган за биологично производство (или контролен орган)
traces-role-link-authority = Орган (граничен контролен пункт или централен компетентен орган)
# $kind: the person's role kind (Operator, Organic Control Body, Authority), in bold.
traces-role-already = Вече имате вида роля { $kind } в тази среда. Всяко лице може да има само един вид роля; в рамките на нея можете да заявите още длъжности.
traces-role-see-requests = Вижте заявките си в профила си
traces-role-one-kind = Имайте предвид, че всяко лице може да има само един вид роля. В рамките на ролята си можете да заемате няколко длъжности: например да работите за два или повече оператора или като контролиращ орган да извършвате контрол в няколко държави.

## The searches for an operator, an authority or a control body.

traces-search-title-operator = Заявяване на упълномощаване: оператор
traces-search-title-authority = Заявяване на упълномощаване: орган
traces-search-title-control-body = Заявяване на упълномощаване: контролиращ орган за биологично производство
traces-search-back = Обратно към избора на роля
traces-search-country = Държава
traces-search-any-country = Всички държави
traces-search-section = Раздел
traces-search-any-section = Всички раздели
traces-search-activity = Вид дейност
traces-search-any-activity = Всички видове дейност
traces-search-role = Роля
traces-search-any-role = Всички роли
traces-search-name = Наименование
traces-search-name-hint = Достатъчна е част от наименованието; главните букви и диакритичните знаци нямат значение.
traces-search-button = Търсене
traces-operator-lead = Потърсете оператора, за когото работите, отметнете полето до него и щракнете върху „Заявяване на упълномощаване“. Можете да отметнете няколко оператора, включително на различни страници.
traces-operator-create-new-hint = Ако сте сигурни, че не можете да намерите оператора, за когото работите, можете да го създадете.
traces-operator-create-new = Създаване на нов оператор
traces-authority-lead = Потърсете своя орган, отметнете полето до него и щракнете върху „Заявяване на упълномощаване“.
traces-control-body-lead = Потърсете своя контролиращ орган. Ако извършвате сертифициране за една държава, отметнете полето на тази държава; ако извършвате сертифициране за всички държави, в които сертифицира вашият контролиращ орган, отметнете „Всички държави“ в началото на списъка му. След това щракнете върху „Заявяване на упълномощаване“.
traces-control-body-country-hint = Държава, в която контролиращият орган извършва сертифициране.
traces-control-body-name-hint = Достатъчна е част от наименованието или кода.

## The results of a search, "Request Authorisation" and the popup.

traces-posts-request = Заявяване на упълномощаване
traces-posts-none-selected = Първо отметнете полето на своята длъжност в резултатите.
# $count: how many posts are ticked (1 or more).
traces-posts-selected =
    { $count ->
        [one] Избрана е { $count } длъжност.
       *[other] Избрани са { $count } длъжности.
    }
traces-posts-searching = Търсене…
traces-posts-no-results = Няма организация, която да отговаря на търсенето ви.
# $count: how many organisations this page of results shows (1 or more).
traces-posts-results =
    { $count ->
        [one] { $count } резултат на тази страница.
       *[other] { $count } резултата на тази страница.
    }
traces-posts-first-page = Първа страница
traces-posts-next-page = Следваща страница
traces-posts-caption = Резултати от търсенето
traces-posts-column-name = Наименование
traces-posts-column-country = Държава
traces-posts-column-city = Град
traces-posts-column-activity = Вид дейност
traces-posts-column-eori = EORI номер
traces-posts-column-select = Избор
traces-posts-column-role = Роля
traces-posts-column-code = Код
traces-posts-column-certified = Държави на сертифициране (избор)
# $code: the role's code (BCP, CCA); $name: its name; $acts: what it acts as.
traces-posts-authority-role = { $code } ({ $name }, в ролята на { $acts })
traces-posts-all-countries = Всички държави
# The name of a tick box. $organisation: the control body's name.
traces-posts-all-countries-of = { $organisation }: всички държави
# $count: how many requests were sent (1 or more). Followed by the link “Open my profile”.
traces-posts-sent =
    { $count ->
        [one] Заявката ви за упълномощаване е изпратена. Можете да я следите в профила си.
       *[other] Вашите { $count } заявки за упълномощаване са изпратени. Можете да ги следите в профила си.
    }
traces-open-profile = Отваряне на профила ми
traces-popup-asking-for = Искате упълномощаване за:
traces-request-additional-info = Допълнителна информация (по избор)
traces-request-additional-info-hint = Всичко, което би помогнало на лицето, което проверява заявката ви.
traces-popup-email = Имейл
traces-popup-phone = Телефон (по избор)
traces-popup-send = Изпращане на заявката за упълномощаване
traces-popup-cancel = Отказ
traces-popup-sending = Изпращане…

## "Create new Operator".

traces-new-operator-back = Обратно към търсенето на оператор
traces-new-operator-title = Създаване на нов оператор
# $operator: the name of the operator just created.
traces-new-operator-created = Операторът { $operator } е създаден и заявката ви за присъединяване към него е регистрирана.
traces-new-operator-duplicates-title = Някой от тези ли е?
traces-new-operator-duplicates-text = Тези оператори приличат на оператора, който създавате. Ако работите за някой от тях, отметнете го и вместо това щракнете върху „Заявяване на упълномощаване“. Ако никой от тях не е вашият, щракнете отново върху „Създаване на нов оператор“.
traces-new-operator-lead = Полетата, отбелязани със *, са задължителни. EORI номерът е задължителен за вносителите на биологични продукти.
traces-new-operator-create = Създаване на нов оператор
traces-new-operator-checking = Проверка…
traces-new-operator-operator = Операторът
traces-new-operator-name = Наименование
traces-new-operator-country = Държава
traces-new-operator-choose-country = Изберете държава
traces-new-operator-address = Адрес
traces-new-operator-city = Град
traces-new-operator-postcode = Пощенски код
traces-new-operator-section = Раздел
traces-new-operator-activity = Вид дейност
traces-new-operator-choose-activity = Изберете вид дейност
traces-new-operator-eori = EORI номер
traces-new-operator-eori-hint = Двубуквеният код на държавата, последван от до 15 букви или цифри (DE1234567890). Задължителен за вносителите.
traces-new-operator-eori-mandatory = За вносител EORI номерът е задължителен.
traces-new-operator-contact = Данни за контакт на оператора
traces-new-operator-contact-rule = Задължително: посочете поне едно от следните: телефон, факс, имейл или уебсайт.
traces-new-operator-phone = Телефон
traces-new-operator-fax = Факс
traces-new-operator-email = Имейл
traces-new-operator-website = Уебсайт
traces-new-operator-request = Вашата заявка за присъединяване към този оператор
traces-new-operator-request-hint = Лицето, което проверява заявката ви, вижда тези данни и ги използва, за да се свърже с вас.
traces-new-operator-your-email = Вашият имейл
traces-new-operator-your-email-hint = От акаунта ви в EU Login; за тази заявка можете да посочите друг.
traces-new-operator-your-phone = Вашият телефон (по избор)

## "My TRACES profile".

traces-profile-title = Моят профил в TRACES
traces-profile-requests = Моите заявки
traces-profile-loading = Заявките ви се зареждат…
traces-profile-no-requests = Все още не сте заявили роля в тази среда.
traces-profile-column-organisation = Организация
traces-profile-column-role = Роля
traces-profile-column-scope = Обхват
traces-profile-column-requested = Дата на заявяване
traces-profile-column-decided = Дата на решение
traces-profile-column-status = Статус
traces-profile-column-reason = Причина
traces-profile-column-action = Действие
traces-profile-cancel = Оттегляне
# The name of the “Cancel” button of one request. $organisation: the organisation's name.
traces-profile-cancel-label = Оттегляне на заявката за { $organisation }
# $organisation: the organisation's name.
traces-profile-cancelled = Заявката ви за { $organisation } е оттеглена.
# $zone: an IANA time zone name, like Europe/Brussels.
traces-profile-time-zone = Датите и часовете са показани във вашата часова зона, { $zone }. Можете да я промените в „Предпочитания“.
traces-profile-new-role = Заявяване на нова роля
# $problem: why, as the server says it.
traces-profile-preferences-failed = Предпочитанията ви не могат да бъдат показани: { $problem }

## The preferences of the profile page.

traces-preferences-title = Предпочитания
traces-preferences-notifications-title = Часова зона и известия
# $instance: production or training (only chooses the text).
traces-preferences-instance-only =
    { $instance ->
        [training] Тези предпочитания се отнасят само за средата за обучение.
       *[production] Тези предпочитания се отнасят само за реалната среда.
    }
traces-preferences-time-zone = Часова зона
traces-preferences-time-zone-hint = Датите и часовете на заявките ви се показват в тази часова зона.
traces-preferences-zone-utc = UTC (координирано универсално време)
traces-preferences-zones-eu = Европейски съюз
traces-preferences-zones-other = Други държави
# A time zone in the list. $country: the country's name; $zone: the IANA name (Europe/Vienna).
traces-preferences-zone = { $country } ({ $zone })
# $country: the country's name; $place: a region of it (Azores); $zone: the IANA name.
traces-preferences-zone-region = { $country }, { $place } ({ $zone })
# $country: the country's name; $place: a city of it (Chicago); $zone: the IANA name.
traces-preferences-zone-city = { $country } ({ $place }) ({ $zone })
traces-preferences-place-azores = Азорски острови
traces-preferences-place-madeira = Мадейра
traces-preferences-place-canary-islands = Канарски острови
traces-preferences-place-sydney = Сидни
traces-preferences-place-sao-paulo = Сао Пауло
traces-preferences-place-toronto = Торонто
traces-preferences-place-chicago = Чикаго
traces-preferences-place-los-angeles = Лос Анджелис
traces-preferences-place-new-york = Ню Йорк
# $browser: the browser's time zone; $saved: the saved one (IANA names, like Europe/Brussels).
traces-preferences-browser-zone = Браузърът ви е настроен на { $browser }, затова тази зона е избрана тук. Запазената ви часова зона остава { $saved }, докато не щракнете върху „Запазване на предпочитанията“.
traces-preferences-events = Уведомявайте ме за
traces-preferences-notify-decisions = Решения по моите заявки (одобрени, отхвърлени, отменени)
traces-preferences-notify-new-requests = Нови заявки, които очакват моето решение (ако решавате по заявки: органи и администратори на организация)
traces-preferences-channels = Начин на уведомяване
traces-preferences-notify-in-app = В приложението
traces-preferences-notify-email = По имейл (на адреса на акаунта ви в EU Login)
traces-preferences-no-channel = Ако не е отметнато нито „В приложението“, нито „По имейл“, няма да получавате никакви известия.
traces-preferences-save = Запазване на предпочитанията
traces-preferences-saving = Запазване…
# $zone: the time zone just saved (an IANA name, like America/New_York).
traces-preferences-saved = Предпочитанията ви са запазени. Датите и часовете вече се показват в { $zone }.
traces-preferences-language-title = Език
# $account: a link, traces-preferences-my-account.
traces-preferences-language-text = Езиците ви са част от акаунта ви в EU Login: те са едни и същи в реалната среда и в средата за обучение. Можете да ги промените, заедно с имената си, и на страницата { $account }.
traces-preferences-my-account = Моят акаунт
traces-preferences-interface-language = Език на интерфейса
traces-preferences-interface-language-hint = Езикът на тези страници, когато сте влезли в системата.
traces-preferences-email-language = Език на имейлите
traces-preferences-email-language-hint = Езикът на имейлите, които получавате, включително известията.
traces-preferences-save-languages = Запазване на езиците
traces-preferences-languages-saved = Езиците ви са запазени.

## Statuses, as the profile, the search results and the queue show them.

traces-status-pending = В очакване
traces-status-valid = Валидна
traces-status-rejected = Отхвърлена
traces-status-cancelled = Оттеглена
traces-status-revoked = Отменена
traces-status-organisation-new = Нов
traces-status-organisation-valid = Валиден
traces-status-organisation-rejected = Отхвърлен
traces-status-organisation-inactive = Неактивен
