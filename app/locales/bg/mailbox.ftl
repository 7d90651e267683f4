## The built-in mailbox of demo and test servers.

mailbox-title = Пощенска кутия
mailbox-lead = На този сървър пощата не се изпраща до реални пощенски кутии: всяко съобщение се съхранява тук.
mailbox-lead-open = Отворете съобщение, за да го прочетете и да последвате връзките в него.
mailbox-recipient = Получател
mailbox-show-recipient = Показване на съобщенията му
mailbox-show-all = Показване на всички съобщения
mailbox-check = Проверка за нови съобщения
mailbox-loading = Пощенската кутия се зарежда…
mailbox-empty = Все още няма съобщения.
# Before the recipient's address.
mailbox-to = До
