### E-mails: what each message is, and its variables, is written above it in en/mail.ftl.

mail-greeting = Здравейте, { $first_name },
mail-link-validity = Връзката може да се използва само веднъж и изтича { $minutes ->
        [one] { $minutes } минута
       *[other] { $minutes } минути
    } след изпращането на това съобщение.
mail-not-asked = Ако не сте отправяли такова искане, не обръщайте внимание на това съобщение.

mail-set-password-subject = EU Login: задайте парола
mail-set-password-intro = За Вас беше създаден профил в EU Login с потребителско име { $username }. За да го активирате, задайте парола чрез тази връзка:
mail-set-password-expired = Ако връзката е изтекла, поискайте ново съобщение от страницата за регистрация или от страницата „Забравена парола?“.

mail-reset-password-subject = EU Login: изберете нова парола
mail-reset-password-intro = Поискахте нулиране на паролата си за EU Login. Изберете нова парола чрез тази връзка:
mail-reset-password-expired = Ако връзката е изтекла, поискайте ново съобщение от страницата „Забравена парола?“.

mail-confirm-new-email-subject = EU Login: потвърдете новия си адрес на електронна поща
mail-confirm-new-email-intro = Поискахте този адрес да се използва за Вашия профил в EU Login. За да го потвърдите, отворете тази връзка:
mail-confirm-new-email-expired = Ако връзката е изтекла, поискайте ново съобщение от страницата на профила си.

mail-email-changed-subject = EU Login: адресът Ви на електронна поща е променен
mail-email-changed = Адресът на електронна поща на Вашия профил в EU Login е променен на { $new_email }.
mail-email-changed-not-you = Ако промяната не е направена от Вас, незабавно се свържете с бюрото за помощ: { $helpdesk }. Връзките за нулиране на паролата вече се изпращат на новия адрес.

mail-password-changed-subject = EU Login: паролата Ви е променена
mail-password-changed = Паролата на Вашия профил в EU Login е променена.
mail-password-changed-not-you = Ако промяната не е направена от Вас, незабавно нулирайте паролата си от страницата „Забравена парола?“ и се свържете с бюрото за помощ: { $helpdesk }.

mail-new-request-subject = TRACES NT: ново искане за оторизация очаква решение
mail-new-request = { $requester } кандидатства за роля в „{ $organisation }“ ({ $country }) като { $role }.
mail-new-request-open = Отворете искането в списъка си с искания за одобрение, за да го приемете или отхвърлите:
mail-new-request-why = Получавате това съобщение, защото вземате решения по такива искания. Можете да изключите тези съобщения от страницата на профила си, в раздел „Предпочитания“.
mail-decided-accepted-subject = TRACES NT: искането Ви за оторизация е прието
mail-decided-accepted = Искането Ви за роля в „{ $organisation }“ ({ $country }) е прието. Вече можете да работите за тази организация в TRACES NT.
mail-decided-rejected-subject = TRACES NT: искането Ви за оторизация е отхвърлено
mail-decided-rejected = Искането Ви за роля в „{ $organisation }“ ({ $country }) е отхвърлено по следната причина:
mail-decided-no-reason = не е посочена причина
mail-decided-rejected-next = Можете да изпратите ново искане, след като причината бъде отстранена.
mail-decided-profile = Исканията Ви и тяхното състояние са на страницата на профила Ви:
