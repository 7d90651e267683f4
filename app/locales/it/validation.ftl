## The shared validators (app/src/domain): the browser shows these messages as the user types,
## the server answers with the same ones. A message starts with the label of its field, so the
## reader knows which field it is about; labels are messages of their own (label-…), passed
## in as $field.

## Labels of fields and lists

label-username = Nome utente
label-first-name = Nome
label-last-name = Cognome
label-email = E-mail
label-new-email = Nuova e-mail
label-your-email = La Sua e-mail
label-email-language = Lingua delle e-mail
label-interface-language = Lingua dell’interfaccia
label-password = Password
label-phone = Telefono
label-your-phone = Il Suo telefono
label-fax = Fax
label-website = Sito web
label-name = Nome
label-address = Indirizzo
label-city = Città
label-postcode = Codice postale
label-role = Ruolo
label-authority-role = Ruolo dell’autorità
label-section = Sezione
label-activity-type = Tipo di attività

## What to enter in an empty field of the operator form, after “{ $field }: ” (valid-text-empty).

label-name-empty-hint = inserisca il nome dell’operatore così come è registrato
label-address-empty-hint = inserisca la via e il numero civico
label-city-empty-hint = inserisca la città
label-postcode-empty-hint = inserisca il codice postale

## The characters a field of the operator form takes, after “{ $field }: ”
## (valid-text-bad-character). Keep the punctuation marks as they are: they are what the field takes.

label-name-allowed-hint = usi solo lettere, cifre, spazi e . , - ' & ( ) / + : ; " !
label-address-allowed-hint = usi solo lettere, cifre, spazi e . , - ' & ( ) / + : ; " # °
label-city-allowed-hint = usi solo lettere, cifre, spazi e . , - ' ( ) /
label-postcode-allowed-hint = usi solo lettere A–Z, cifre, spazi e trattini

## Kinds of role, as the helpdesk letter names them, and what each covers.

label-role-kind-operator = Operatore
label-role-kind-control-body = Organismo di controllo biologico
label-role-kind-authority = Autorità
label-role-kind-operator-description = Importatore, primo destinatario
label-role-kind-control-body-description = Organismo di controllo biologico o autorità di controllo
label-role-kind-authority-description = Posto di controllo frontaliero o autorità competente centrale

## Authority roles and the organic roles they act as. EAOC, OPL, CAFOP and CAOPL are the
## abbreviations of TRACES NT: they stay as they are.

label-authority-role-bcp = Posto di controllo frontaliero
label-authority-role-cca = Autorità competente centrale
label-authority-role-bcp-acts-as = Autorità di vidimazione per la certificazione biologica
label-authority-role-cca-acts-as = Produzione biologica ed etichettatura
# $role: the authority role (Border Control Post); $acts_as_name: the organic role it acts as
# (Endorsing Authority for Organic Certification); $acts_as: its abbreviation (EAOC);
# $formerly: the earlier abbreviation in TRACES NT (CAFOP).
label-authority-role-description = { $role }: assume il ruolo di «{ $acts_as_name }» ({ $acts_as } – in precedenza { $formerly } in TRACES NT)

## Sections of the operator register and activity types of operators.

label-section-organic-operator = Operatore biologico
label-activity-importer = Importatore
label-activity-first-consignee = Primo destinatario
label-activity-exporter = Esportatore
label-activity-producer = Produttore
label-activity-processor = Trasformatore

## Messages shared by several fields.

# $field: the field's label; $min: the least number of characters.
valid-too-short = { $field }: usi almeno { $min } caratteri.
# $field: the field's label; $max: the most characters the field takes.
valid-too-long = { $field }: usi al massimo { $max } caratteri.
# $field: the label of the list.
valid-choice-missing = { $field }: scelga una voce dall’elenco.
# $field: the label of the list; $code: the value that was sent, as it was sent.
valid-choice-unknown = { $field }: «{ $code }» non è tra le scelte possibili; scelga una voce dall’elenco.

## EU Login account: username and names.

valid-username-empty = Nome utente: inserisca un nome utente.
valid-username-first-not-letter = Nome utente: inizi con una lettera (a–z).
valid-username-bad-character = Nome utente: usi solo lettere a–z, cifre, punti, trattini e trattini bassi (senza spazi né accenti).
valid-first-name-empty = Nome: inserisca il Suo nome come nel Suo documento d’identità.
valid-last-name-empty = Cognome: inserisca il Suo cognome come nel Suo documento d’identità.
# $field: First name or Last name.
valid-person-name-bad-character = { $field }: usi solo lettere, spazi, trattini, apostrofi e punti.
# $field: First name or Last name.
valid-person-name-no-letter = { $field }: deve contenere almeno una lettera.
# $field: First name or Last name; $word: the word of the name that looks like a company's.
valid-name-looks-like-organisation = { $field }: «{ $word }» sembra parte del nome di un’organizzazione. Il Suo account EU Login deve essere intestato a una persona fisica: i nomi compaiono sui certificati che firma.

## E-mail addresses.

# $field: the field's label (E-mail, New e-mail).
valid-email-empty = { $field }: inserisca il Suo indirizzo e-mail professionale.
# $field: the field's label (E-mail, New e-mail).
valid-email-shape = { $field }: inserisca un indirizzo come name@example.org, con una sola @ e senza spazi.
# $field: the field's label (E-mail, New e-mail).
valid-email-domain = { $field }: la parte dopo la @ deve essere un dominio come example.org.
valid-email-mismatch = Conferma e-mail: digiti lo stesso indirizzo inserito in «E-mail».
valid-email-confirm-empty = Conferma e-mail: digiti di nuovo il Suo indirizzo e-mail.

## Passwords.

valid-password-empty = Password: inserisca una password.
# $min: the least number of characters.
valid-password-too-short = Password: usi almeno { $min } caratteri (alcune parole formano una buona password).
valid-password-weak = Password: questa password è troppo facile da indovinare. Provi una frase più lunga, composta da parole non correlate tra loro.
# $hint: why, in the words of the strength checker: one sentence of the catalogs (error-password-…).
valid-password-weak-hint = Password: questa password è troppo facile da indovinare. { $hint } Provi una frase più lunga, composta da parole non correlate tra loro.
valid-password-mismatch = Conferma password: digiti due volte la stessa password.
valid-password-wrong-current = Password attuale: la password non è corretta.

## The rest of the sign-up form.

valid-email-language-missing = Lingua delle e-mail: scelga la lingua delle e-mail che riceverà.
valid-captcha-empty = Codice: digiti i caratteri che vede nell’immagine.
valid-captcha-too-long = Codice: il codice nell’immagine è più corto; digiti solo i suoi caratteri.
valid-privacy-not-accepted = Informativa sulla privacy: spunti la casella per confermare di averla letta.

## Languages and instances named in a link or a form.

# $code: the language code that was sent.
valid-language-unknown = «{ $code }» non è una delle 24 lingue ufficiali dell’UE: ne scelga una dall’elenco.
# $field: the field's label (E-mail language); $code: the language code that was sent.
valid-language-unknown-for = { $field }: «{ $code }» non è una delle 24 lingue ufficiali dell’UE: ne scelga una dall’elenco.
# $slug: the part of the address that should name the instance. “production” and “training”
# are parts of addresses: keep them as they are.
valid-instance-unknown = «{ $slug }» non è un’istanza di TRACES NT: usi «production» o «training».

## Rejecting an authorisation request.

valid-reason-missing = Motivo: un rifiuto richiede un motivo; il richiedente lo leggerà, quindi indichi che cosa non va e che cosa deve fare.
# $min: the least number of characters.
valid-reason-too-short = Motivo: scriva almeno { $min } caratteri, affinché il richiedente sappia che cosa fare.
# $max: the most characters a reason takes; $count: how many were written.
valid-reason-too-long = Motivo: al massimo { $max } caratteri (ne ha scritti { $count }).
valid-reason-control-characters = Motivo: rimuova i caratteri di controllo (sono ammessi solo gli a capo).

## Role kinds: each person takes one kind of role per instance.

# $existing: the kind of role the person has (Operator, Organic Control Body, Authority);
# $requested: the kind just requested.
valid-role-kind-other = Ruolo: ha già il tipo di ruolo «{ $existing }» in questa istanza, e ogni persona può avere un solo tipo di ruolo. Non può richiedere un ruolo di tipo «{ $requested }»; può richiedere altri ruoli di tipo «{ $existing }».

## EORI numbers and control body codes. DE, FR, XI, AT-BIO-301, BIO, ECO, EKO, OKO (ÖKO) and
## ORG are codes: keep them as they are.

valid-eori-empty = Numero EORI: inserisca il numero EORI.
valid-eori-required-for-importers = Numero EORI: inserisca il numero EORI; è obbligatorio per gli importatori di prodotti biologici.
valid-eori-too-long = Numero EORI: usi al massimo 17 caratteri: il codice del paese di due lettere e fino a 15 lettere o cifre.
valid-eori-bad-character = Numero EORI: usi solo lettere A–Z e cifre (gli spazi vengono ignorati).
valid-eori-no-country = Numero EORI: inizi con il codice di due lettere del paese che lo ha rilasciato, come DE o FR (XI per l’Irlanda del Nord).
# $code: the two letters typed, which are not a country code.
valid-eori-unknown-country = Numero EORI: «{ $code }» non è un codice di paese; inizi con il codice del paese che ha rilasciato il numero, come DE o FR (XI per l’Irlanda del Nord).
valid-eori-no-number = Numero EORI: dopo il codice del paese, aggiunga le lettere o cifre del numero (da 1 a 15).
valid-control-body-code-empty = Codice dell’organismo di controllo: inserisca il codice, ad esempio AT-BIO-301.
valid-control-body-code-shape = Codice dell’organismo di controllo: lo scriva nella forma paese-termine-numero, ad esempio AT-BIO-301: due lettere, tre lettere e fino a tre cifre, separate da trattini.
# $code: the first part typed, which is not a country code.
valid-control-body-code-country = Codice dell’organismo di controllo: «{ $code }» non è un codice di paese ISO 3166-1; inizi con il codice del paese in cui si svolgono i controlli.
# $term: the middle part typed, which is not an organic term.
valid-control-body-code-term = Codice dell’organismo di controllo: «{ $term }» non è un termine biologico usato nei codici degli organismi di controllo; usi BIO, ECO, EKO, OKO (ÖKO) o ORG.
valid-control-body-code-number = Codice dell’organismo di controllo: termini con il numero di riferimento di una, due o tre cifre, ad esempio 301.

## Text fields of the operator form (name, address, city, postcode).

# $field: the field's label; $hint: what to enter (label-…-empty-hint).
valid-text-empty = { $field }: { $hint }.
# $field: the field's label; $hint: the characters the field takes (label-…-allowed-hint).
valid-text-bad-character = { $field }: { $hint } (niente < >, caratteri di controllo o invisibili).
# $field: the field's label.
valid-text-no-letter-or-digit = { $field }: deve contenere almeno una lettera o una cifra.

## Contact details: phone, fax, website.

# $field: the field's label (Phone, Fax).
valid-phone-no-plus = { $field }: scriva il numero in formato internazionale, iniziando con + e il prefisso del paese, ad esempio +32 2 299 11 11.
# $field: the field's label (Phone, Fax).
valid-phone-bad-character = { $field }: dopo il +, usi solo cifre, spazi, trattini e parentesi.
# $field: the field's label (Phone, Fax); $min, $max: the least and most digits.
valid-phone-digits = { $field }: indichi da { $min } a { $max } cifre, prefisso del paese incluso.
valid-website-scheme = Sito web: sono accettati solo indirizzi http:// e https://.
valid-website-non-ascii = Sito web: scriva l’indirizzo solo con lettere a–z, cifre e i segni - . /. Per un dominio con accenti, usi la forma xn-- che mostra il Suo browser.
valid-website-shape = Sito web: inserisca un indirizzo come www.example.org o https://www.example.org/page.
valid-contact-missing = Contatto: indichi almeno uno tra telefono, fax, e-mail o sito web.
