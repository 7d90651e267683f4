## Step 3 of the letter: the queue of requests to decide, one request's page, the
## notifications. Request numbers ($id) are identifiers: shown as they are, never grouped.

# $id: the request's number.
queue-request = Заявка { $id }
# $id: the request's number.
queue-decided-accepted = Заявка { $id } е одобрена.
# $id: the request's number.
queue-decided-rejected = Заявка { $id } е отхвърлена.
# $count: how many requests (2 or more); $shown: the same number as written for the reader;
# $ids: their numbers, separated by commas.
queue-bulk-accepted = { $count ->
    [one] { $shown } заявка е одобрена: { $ids }.
   *[other] { $shown } заявки са одобрени: { $ids }.
}
# $count: how many requests (2 or more); $shown: the same number as written for the reader;
# $ids: their numbers, separated by commas.
queue-bulk-rejected = { $count ->
    [one] { $shown } заявка е отхвърлена: { $ids }.
   *[other] { $shown } заявки са отхвърлени: { $ids }.
}
# $id: the request's number.
queue-accept-request = Одобряване на заявка { $id }
# $id: the request's number.
queue-reject-request = Отхвърляне на заявка { $id }
# $id: the request's number.
queue-confirm-rejection = Потвърждаване на отхвърлянето на заявка { $id }

## The reason of a rejection.

queue-reason-label = Причина за отхвърлянето
queue-reason-hint = Задължителна при отхвърляне. Заявителят я чете в профила си и в имейла: посочете какво не е наред и какво трябва да направи.
queue-reason-cancel = Без отхвърляне

## Someone who decides nothing opens the queue (the words of the letter).

queue-no-scope = Нямате заявки, по които да вземате решение в тази среда.
queue-no-scope-who-decides = Решенията по заявките се вземат от националния орган (централния компетентен орган) на държавата, от администраторите на организацията и от Комисията.
queue-no-scope-letter = Ако сте оператор или контролиращ орган/контролен орган, вашият национален орган или администратор във вашата организация ще обработи (одобри/отхвърли) заявката ви. Ако сте национален орган, Комисията или администратор във вашата организация ще обработи (одобри/отхвърли) заявката ви.

## The queue page.

queue-title = Заявки за решение
queue-lead-pending = Заявките в обхвата ви, които очакват решение. Отворете някоя, за да видите лицето, организацията и нейната история, или ги одобрете и отхвърлете направо тук.
queue-lead-decided = Историята на решенията: заявките в обхвата ви, които са одобрени, отхвърлени, оттеглени или отменени.
queue-tabs-label = Кои заявки
queue-tab-pending = Заявки в очакване
queue-tab-decided = История на решенията
queue-export-list = Експортиране на този списък (CSV)
queue-export-decisions = Експортиране на историята на решенията (CSV)
queue-loading = Заявките се зареждат…
queue-none-pending = С тези филтри няма заявки, които очакват вашето решение.
queue-none-decided = Няма заявка с взето решение, която да отговаря на тези филтри.
# $count: how many requests (1 or more); $shown: the same number as written for the reader.
queue-on-this-page = { $count ->
    [one] { $shown } заявка на тази страница.
   *[other] { $shown } заявки на тази страница.
}

## The filters of the queue.

queue-filter-form-label = Филтриране на заявките
queue-filter-role = Роля
queue-filter-any-role = Всички роли
queue-filter-country = Държава
queue-filter-organisation = Организация
queue-filter-organisation-hint = Достатъчна е част от наименованието; главните букви и диакритичните знаци нямат значение.
queue-filter-age = Давност
queue-filter-any-age = Всякаква давност
# $days: at least how many days old.
queue-filter-age-at-least = { $days ->
    [one] Поне { $days } ден
   *[other] Поне { $days } дни
}
queue-filter-order = Подредба
queue-filter-newest-first = Първо най-новите
queue-filter-oldest-first = Първо най-старите
queue-filter-apply = Прилагане на филтрите
queue-filter-clear = Изчистване на филтрите

## Deciding the ticked requests at once.

queue-bulk-label = Избрани заявки
queue-bulk-accept = Одобряване на избраните
queue-bulk-reject = Отхвърляне на избраните
queue-bulk-none-selected = Отметнете заявки, за да одобрите или отхвърлите няколко наведнъж.
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-selected = { $count ->
    [one] Избрана е { $shown } заявка.
   *[other] Избрани са { $shown } заявки.
}
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-confirm-rejection = { $count ->
    [one] Потвърждаване на отхвърлянето на избраната заявка
   *[other] Потвърждаване на отхвърлянето на { $shown } избрани заявки
}
# $count: how many requests are ticked (1 or more); $shown: the same number as written for the reader.
queue-bulk-reason-label = { $count ->
    [one] Причина за отхвърлянето на избраната заявка
   *[other] Причина за отхвърлянето на { $shown } избрани заявки
}

## The table of the queue.

queue-table-pending = Заявки в очакване в обхвата ви
queue-table-decided = Заявки с взето решение в обхвата ви
queue-select-all = Избор на всички заявки на тази страница
# $id: the request's number.
queue-select-request = Избор на заявка { $id }
queue-column-request = Заявка
queue-column-person = Лице
queue-column-organisation = Организация
queue-column-role = Роля
queue-column-country = Държава
queue-column-sent = Дата на изпращане
queue-column-status = Статус
queue-column-decision = Решение
queue-accept = Одобряване
queue-reject = Отхвърляне
# The badge of an operator created by the requester and not yet checked.
queue-new-operator = Нов
queue-new-operator-title = С одобряването се валидира и операторът
queue-first-page = Първа страница
queue-next-page = Следваща страница

## The keyboard shortcuts: the keys (j, k, o, x, a, r, Enter, the arrows) stay as they are.

queue-shortcuts-title = Клавишни комбинации
queue-shortcuts-hint = Действат, когато курсорът не е в текстово поле.
queue-shortcut-next-keys = j или ↓
queue-shortcut-next = Следваща заявка
queue-shortcut-previous-keys = k или ↑
queue-shortcut-previous = Предишна заявка
queue-shortcut-open-keys = Enter или o
queue-shortcut-open = Отваряне на заявката
queue-shortcut-tick-keys = x
queue-shortcut-tick = Отмятане или премахване на отметката на заявката
queue-shortcut-accept-keys = a
queue-shortcut-accept = Одобряване на заявката
queue-shortcut-reject-keys = r
queue-shortcut-reject = Отхвърляне на заявката (отваря полето за причина)

## One request's page.

queue-detail-back = Обратно към опашката
queue-detail-loading = Заявката се зарежда…
queue-detail-status = Статус:
# Followed by the moment of the decision. $person: who decided (name and e-mail).
queue-detail-decided-by-on = от { $person } на
# Followed by the moment of the decision.
queue-detail-decided-on = на
queue-detail-rejection-reason = Причина за отхвърлянето
queue-detail-person-title = Лицето
queue-detail-person-name = Име (EU Login)
queue-detail-person-email = Имейл (EU Login)
queue-detail-post-title = Заявената длъжност
queue-detail-role = Роля
queue-detail-scope = Обхват (държава)
queue-detail-sent = Дата на изпращане
queue-detail-organisation-title = Организацията
queue-detail-new-operator = Този оператор е със статус „Нов“.
queue-detail-new-operator-explained = Заявителят го е създал и все още никой не го е проверил. С одобряването на тази заявка се валидира и операторът (статусът му става „Валиден“); с отхвърлянето ѝ операторът се отхвърля, ако никой друг не е поискал да се присъедини към него.
queue-detail-organisation-name = Наименование
queue-detail-organisation-kind = Вид
queue-detail-organisation-status = Статус
queue-detail-organisation-country = Държава
queue-detail-authority-role = Роля на органа
queue-detail-control-body-code = Код на контролиращия орган
queue-detail-section = Раздел
queue-detail-activity = Вид дейност
queue-detail-address = Адрес
queue-detail-eori = EORI номер
queue-detail-phone = Телефон
queue-detail-fax = Факс
queue-detail-email = Имейл
queue-detail-website = Уебсайт
queue-detail-request-title = От заявката
queue-detail-additional-info = Допълнителна информация
queue-detail-contact-email = Имейл за контакт
queue-detail-contact-phone = Телефон за контакт
queue-detail-none-given = Не е посочено
queue-organisation-status-new = Нов (създаден от заявителя, все още непроверен)
queue-organisation-status-valid = Валиден
queue-organisation-status-rejected = Отхвърлен
queue-organisation-status-inactive = Неактивен
queue-detail-decide-title = Вашето решение
queue-detail-sending = Изпращане…
queue-detail-admin-title = Администратор
queue-detail-admin-label = Администратор на организацията
# $organisation: the organisation's name.
queue-detail-admin-hint = Администратор на { $organisation } одобрява или отхвърля заявките за присъединяване към организацията.
# $person: the requester's name; $organisation: the organisation's name.
queue-detail-admin-granted = { $person } вече е администратор на { $organisation }.
# $person: the requester's name; $organisation: the organisation's name.
queue-detail-admin-removed = { $person } вече не е администратор на { $organisation }.

## The history of a request (also the "action" column of the decision history's CSV file).

queue-history-title = История на заявката
# $id: the request's number.
queue-history-caption = История на заявка { $id }
queue-history-when = Кога
queue-history-who = Кой
queue-history-what = Какво
queue-history-change = Промяна
queue-history-reason = Причина или бележка
queue-audit-request-created = Заявката е изпратена
queue-audit-request-cancelled = Заявката е оттеглена от заявителя
queue-audit-request-accepted = Заявката е одобрена
queue-audit-request-rejected = Заявката е отхвърлена
queue-audit-admin-granted = Предоставени са права на администратор
queue-audit-admin-removed = Отнети са правата на администратор
queue-audit-operator-validated = Операторът е валидиран (Нов → Валиден)
queue-audit-operator-rejected = Операторът е отхвърлен (Нов → Отхвърлен)
queue-audit-commission-granted = Създаден е потребител на Комисията

## The links of the CSV exports.


## The notifications page.

queue-notifications-title = Известия
queue-notifications-mark-all-read = Маркиране на всички като прочетени
queue-notifications-all-read = Всички известия са маркирани като прочетени.
queue-notifications-none = Все още нямате известия в тази среда.
queue-notifications-loading = Известията ви се зареждат…
queue-notifications-unread-none = Няма непрочетени известия.
# $count: how many notifications are unread (1 or more); $shown: the same number as written for the reader.
queue-notifications-unread = { $count ->
    [one] { $shown } непрочетено известие.
   *[other] { $shown } непрочетени известия.
}
queue-notification-unread = Непрочетено
# $id: the request's number.
queue-notification-open-request = Отваряне на заявка { $id }
# $id: the request's number.
queue-notification-see-in-profile = Преглед на заявка { $id } в моя профил
queue-history-system = Система
