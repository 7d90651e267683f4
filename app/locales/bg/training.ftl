## The trainer's tools on the training welcome page: the personas and the reset.

training-personas-title = Персони за обучение
# Followed by the personas' password (Training-Demo-2026), then training-personas-intro-end.
training-personas-intro = Готови акаунти в EU Login от демонстрационния свят. Те съществуват само за обучение: реалната среда никога не ги показва и ги третира като невлезли в системата. Всеки от тях може да влезе и през страницата на EU Login със своя имейл и паролата
# What follows the password: the end of the sentence.
training-personas-intro-end = .
# $problem: why.
training-personas-not-loaded = Персоните не можаха да бъдат заредени: { $problem }
training-column-persona = Персона
training-column-role = Роля в демонстрацията
training-column-log-in = Вход
# $name: the persona's name.
training-log-in-as = Вход като { $name }
# $name: the persona's name; $problem: why.
training-log-in-as-failed = Не можа да се влезе като { $name }: { $problem }
# $time: when, in UTC.
training-last-reset = Демонстрационният свят е зареден последно на { $time }.
training-never-reset = Демонстрационният свят все още не е зареден.

## The personas: what each does in the demo (names of organisations stay as they are).

training-persona-importer-role = Вносител (оператор)
training-persona-importer-description = Все още няма длъжност: показва стъпка 2 от писмото от самото начало (Оператор, търсене, отметка, „Заявяване на упълномощаване“, „Изпращане на заявката за упълномощаване“).
training-persona-inspector-role = Инспектор на контролиращ орган
training-persona-inspector-description = Валидна длъжност в „Fiktiv Kontrollstelle Öko“ (DE-OKO-901) за Германия; може да заяви още държави на този орган.
training-persona-bcp-role = Служител на граничен контролен пункт
training-persona-bcp-description = Валидна длъжност в граничния контролен пункт „PCF Fittizio Genova Porto“ (Италия), в ролята на EAOC.
training-persona-cca-role = Служител на централния компетентен орган – решава по заявките
training-persona-cca-description = Администратор на централния компетентен орган на Германия: решава по всички заявки за германски оператори, контролиращи органи и гранични контролни пунктове.
training-persona-admin-role = Администратор на оператор
training-persona-admin-description = Администратор на оператора „Fiktiv Grünwaren KG“ (Германия): решава по заявките за присъединяване към него.
training-persona-commission-role = Потребител от Комисията и обучител
training-persona-commission-description = Комисията (измислено звено „DG SANTE G.5 training“): решава по всички заявки, включително за централни компетентни органи; може да нулира средата за обучение.

## Resetting the training instance (trainers only).

training-reset-title = Нулиране на средата за обучение
training-reset-explained = Заменя с една стъпка всички данни за обучение (организации, заявки, решения, известия, имейлите от демонстрацията) с демонстрационния свят.
training-reset-accounts-kept = Акаунтите в EU Login, създадени по време на сесията, се запазват, защото се използват и в реалната среда; заявките им в средата за обучение се премахват. Реалната среда не се засяга.
training-reset-button = Нулиране на обучението…
training-reset-confirm-question = Да се нулира ли средата за обучение сега?
training-reset-confirm-explained = Всичко, направено в средата за обучение след последното нулиране, се заменя.
training-reset-confirm = Да, нулиране на обучението
training-resetting = Нулиране…
training-reset-cancel = Отказ
# $took: milliseconds (as written for the reader); $organisations, $requests, $accounts:
# counts that choose the plural forms; $organisations_shown, $requests_shown,
# $accounts_shown: the same counts as written for the reader.
training-reset-done = Обучението е нулирано за { $took } ms: { $organisations ->
        [one] { $organisations_shown } организация
       *[other] { $organisations_shown } организации
    } и { $requests ->
        [one] { $requests_shown } заявка
       *[other] { $requests_shown } заявки
    } от демонстрационния свят; { $accounts ->
        [one] запазен е { $accounts_shown } акаунт в EU Login на участник
       *[other] запазени са { $accounts_shown } акаунта в EU Login на участници
    }.
# $problem: why.
training-reset-failed = Нулирането не беше извършено: { $problem }
