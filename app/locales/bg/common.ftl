## The shell of every page: top bar, language chooser, footer.

language-chooser-label = Език
# $problem: why the server did not take the choice.
language-not-remembered = Изборът ви не е запомнен: { $problem }

## The tab title, the skip link, the top bar and the footer.

common-title = TRACES NT
common-title-training = ОБУЧЕНИЕ – TRACES NT
common-skip-link = Към съдържанието
# The short mark before the name, as on the Commission's sites.
common-brand-mark = ЕС
common-brand-name = TRACES NT
common-instance-production = Реална среда
common-instance-training = Обучение
common-training-banner-mark = ОБУЧЕНИЕ
common-training-banner = – това е средата за обучение на TRACES NT. Нищо от извършеното тук не е реално и не достига до реалната среда.
common-top-bar-nav-label = Акаунт и език
common-my-profile = Моят профил в TRACES
common-my-account = Моят акаунт
common-log-out = Изход
# $problem: why logging out did not work.
common-log-out-failed = Все още сте в системата: { $problem }
# The links of the top bar with their counts. Screen readers hear the hidden name, speech input
# users say the visible words: each name starts with the words of its link.
common-nav-queue = Заявки за решение
common-nav-queue-none = Заявки за решение: няма чакащи
# $count: how many requests wait (1 or more) and chooses the plural form; $shown: the same
# number as the badge shows it ("12", "10,000+").
common-nav-queue-pending = { $count ->
    [one] Заявки за решение: { $shown } чакаща
   *[other] Заявки за решение: { $shown } чакащи
}
common-nav-notifications = Известия
common-nav-notifications-none = Известия: няма непрочетени
# $count: how many notifications are unread (1 or more) and chooses the plural form; $shown:
# the same number as the badge shows it ("12", "10,000+").
common-nav-notifications-unread = { $count ->
    [one] Известия: { $shown } непрочетено
   *[other] Известия: { $shown } непрочетени
}
# $traces, $organic: the two helpdesk addresses, as links.
common-footer-helpdesk = Въпроси? Пишете на бюрото за помощ: { $traces } и { $organic }
# $version: the app's version; $schema: the number of the database's latest migration.
common-footer-version = Версия { $version } · схема { $schema }
# $version: the app's version; $schema: the number of the database's latest migration.
common-footer-version-test-mode = Версия { $version } · схема { $schema } · ТЕСТОВ РЕЖИМ
# $time: a date and time (2026-11-23 16:05) in UTC.
common-time-in-utc = { $time } (UTC)

## The page for an unknown address.

common-not-found-title = Страницата не е намерена
common-not-found-text = Този адрес не води до страница на TRACES NT. Проверете връзката или започнете отново от началната страница.
common-not-found-home = Към началната страница

## The guided demo of the training instance: the steps of the helpdesk letter. The names in
## quotes are the names of buttons and links: use the same words as those.

common-guide-show = Демонстрация с указания
common-guide-hide = Скриване на демонстрацията с указания
common-guide-title = Демонстрация с указания
common-guide-hint = Стъпките от писмото на бюрото за помощ; осветената стъпка е тази страница.
common-guide-part-eulogin = 1. EU Login
common-guide-part-traces = 2. TRACES NT
common-guide-part-decision = 3. Решението
common-guide-step-sign-up = На началната страница на средата за обучение щракнете върху „Регистрация в TRACES“.
common-guide-step-create-account = Попълнете формуляра (имейл от демонстрационния домейн, например trainee@demo.traces-training.example) и кода от изображението, след което щракнете върху „Създаване на акаунт“.
common-guide-step-mailbox = Отворете вградената пощенска кутия и последвайте връзката от имейла.
common-guide-step-password = Изберете парола.
common-guide-step-log-in = Щракнете върху „Вход в TRACES“ и влезте с имейла и паролата.
common-guide-step-role-kind = Изберете вида роля: Оператор, Контролиращ орган за биологично производство или Орган.
common-guide-step-search = Потърсете (държава, наименование…), отметнете един или няколко реда и щракнете върху „Заявяване на упълномощаване“; или след търсене – върху „Създаване на нов оператор“.
common-guide-step-popup = В изскачащия прозорец проверете имейла и телефона, след което щракнете върху „Изпращане на заявката за упълномощаване“: появява се зелено съобщение.
common-guide-step-profile-pending = В профила заявката е със статус „В очакване“.
common-guide-step-queue = Влезте като персоната „Служител на централния компетентен орган“ (началната страница на средата за обучение) и отворете „Заявки за решение“.
common-guide-step-decide = Отворете заявката: лицето, организацията, историята; одобрете я или я отхвърлете, като посочите причина.
common-guide-step-profile-decided = Влезте отново като заявителя: профилът показва „Валидна“ (или „Отхвърлена“ с причината).
