## The shared validators (app/src/domain): the browser shows these messages as the user types,
## the server answers with the same ones. A message starts with the label of its field, so the
## reader knows which field it is about; labels are messages of their own (label-…), passed
## in as $field.

## Labels of fields and lists

label-username = Όνομα χρήστη
label-first-name = Όνομα
label-last-name = Επώνυμο
label-email = Ηλ. ταχυδρομείο
label-new-email = Νέα διεύθυνση ηλ. ταχυδρομείου
label-your-email = Το ηλ. ταχυδρομείο σας
label-email-language = Γλώσσα μηνυμάτων ηλ. ταχυδρομείου
label-interface-language = Γλώσσα διεπαφής
label-password = Κωδικός πρόσβασης
label-phone = Τηλέφωνο
label-your-phone = Το τηλέφωνό σας
label-fax = Φαξ
label-website = Ιστότοπος
label-name = Επωνυμία
label-address = Διεύθυνση
label-city = Πόλη
label-postcode = Ταχυδρομικός κώδικας
label-role = Ρόλος
label-authority-role = Ρόλος αρχής
label-section = Ενότητα
label-activity-type = Είδος δραστηριότητας

## What to enter in an empty field of the operator form, after “{ $field }: ” (valid-text-empty).

label-name-empty-hint = εισαγάγετε την επωνυμία του επιχειρηματία όπως είναι καταχωρισμένη
label-address-empty-hint = εισαγάγετε την οδό και τον αριθμό
label-city-empty-hint = εισαγάγετε την πόλη
label-postcode-empty-hint = εισαγάγετε τον ταχυδρομικό κώδικα

## The characters a field of the operator form takes, after “{ $field }: ”
## (valid-text-bad-character). Keep the punctuation marks as they are: they are what the field takes.

label-name-allowed-hint = χρησιμοποιήστε μόνο γράμματα, ψηφία, κενά και . , - ' & ( ) / + : ; " !
label-address-allowed-hint = χρησιμοποιήστε μόνο γράμματα, ψηφία, κενά και . , - ' & ( ) / + : ; " # °
label-city-allowed-hint = χρησιμοποιήστε μόνο γράμματα, ψηφία, κενά και . , - ' ( ) /
label-postcode-allowed-hint = χρησιμοποιήστε μόνο γράμματα A–Z, ψηφία, κενά και ενωτικά

## Kinds of role, as the helpdesk letter names them, and what each covers.

label-role-kind-operator = Επιχειρηματίας
label-role-kind-control-body = Φορέας ελέγχου βιολογικής παραγωγής
label-role-kind-authority = Αρχή
label-role-kind-operator-description = Εισαγωγέας, πρώτος παραλήπτης
label-role-kind-control-body-description = Φορέας ελέγχου ή αρχή ελέγχου βιολογικής παραγωγής
label-role-kind-authority-description = Συνοριακός σταθμός ελέγχου ή κεντρική αρμόδια αρχή

## Authority roles and the organic roles they act as. EAOC, OPL, CAFOP and CAOPL are the
## abbreviations of TRACES NT: they stay as they are.

label-authority-role-bcp = Συνοριακός σταθμός ελέγχου
label-authority-role-cca = Κεντρική αρμόδια αρχή
label-authority-role-bcp-acts-as = Αρχή θεώρησης για την πιστοποίηση βιολογικών προϊόντων
label-authority-role-cca-acts-as = Βιολογική παραγωγή και επισήμανση
# $role: the authority role (Border Control Post); $acts_as_name: the organic role it acts as
# (Endorsing Authority for Organic Certification); $acts_as: its abbreviation (EAOC);
# $formerly: the earlier abbreviation in TRACES NT (CAFOP).
label-authority-role-description = { $role }: αναλαμβάνει τον ρόλο «{ $acts_as_name }» ({ $acts_as } – παλαιότερα { $formerly } στο TRACES NT)

## Sections of the operator register and activity types of operators.

label-section-organic-operator = Επιχειρηματίας βιολογικής παραγωγής
label-activity-importer = Εισαγωγέας
label-activity-first-consignee = Πρώτος παραλήπτης
label-activity-exporter = Εξαγωγέας
label-activity-producer = Παραγωγός
label-activity-processor = Μεταποιητής

## Messages shared by several fields.

# $field: the field's label; $min: the least number of characters.
valid-too-short = { $field }: χρησιμοποιήστε τουλάχιστον { $min } χαρακτήρες.
# $field: the field's label; $max: the most characters the field takes.
valid-too-long = { $field }: χρησιμοποιήστε το πολύ { $max } χαρακτήρες.
# $field: the label of the list.
valid-choice-missing = { $field }: επιλέξτε μία τιμή από τον κατάλογο.
# $field: the label of the list; $code: the value that was sent, as it was sent.
valid-choice-unknown = { $field }: το «{ $code }» δεν είναι μία από τις επιλογές· επιλέξτε μία τιμή από τον κατάλογο.

## EU Login account: username and names.

valid-username-empty = Όνομα χρήστη: εισαγάγετε όνομα χρήστη.
valid-username-first-not-letter = Όνομα χρήστη: ξεκινήστε με γράμμα (a–z).
valid-username-bad-character = Όνομα χρήστη: χρησιμοποιήστε μόνο γράμματα a–z, ψηφία, τελείες, ενωτικά και κάτω παύλες (χωρίς κενά ή τονισμένα γράμματα).
valid-first-name-empty = Όνομα: εισαγάγετε το όνομά σας όπως αναγράφεται στο έγγραφο ταυτότητάς σας.
valid-last-name-empty = Επώνυμο: εισαγάγετε το επώνυμό σας όπως αναγράφεται στο έγγραφο ταυτότητάς σας.
# $field: First name or Last name.
valid-person-name-bad-character = { $field }: χρησιμοποιήστε μόνο γράμματα, κενά, ενωτικά, αποστρόφους και τελείες.
# $field: First name or Last name.
valid-person-name-no-letter = { $field }: πρέπει να περιέχει τουλάχιστον ένα γράμμα.
# $field: First name or Last name; $word: the word of the name that looks like a company's.
valid-name-looks-like-organisation = { $field }: το «{ $word }» μοιάζει με μέρος της επωνυμίας ενός οργανισμού. Ο λογαριασμός σας EU Login πρέπει να είναι στο όνομα πραγματικού φυσικού προσώπου: τα ονόματα εμφανίζονται στα πιστοποιητικά που υπογράφετε.

## E-mail addresses.

# $field: the field's label (E-mail, New e-mail).
valid-email-empty = { $field }: εισαγάγετε την επαγγελματική σας διεύθυνση ηλεκτρονικού ταχυδρομείου.
# $field: the field's label (E-mail, New e-mail).
valid-email-shape = { $field }: εισαγάγετε μια διεύθυνση όπως name@example.org, με ένα @ και χωρίς κενά.
# $field: the field's label (E-mail, New e-mail).
valid-email-domain = { $field }: το τμήμα μετά το @ πρέπει να είναι όνομα τομέα όπως example.org.
valid-email-mismatch = Επιβεβαίωση ηλ. ταχυδρομείου: πληκτρολογήστε την ίδια διεύθυνση με το πεδίο «Ηλ. ταχυδρομείο».
valid-email-confirm-empty = Επιβεβαίωση ηλ. ταχυδρομείου: πληκτρολογήστε ξανά τη διεύθυνση ηλεκτρονικού ταχυδρομείου σας.

## Passwords.

valid-password-empty = Κωδικός πρόσβασης: εισαγάγετε κωδικό πρόσβασης.
# $min: the least number of characters.
valid-password-too-short = Κωδικός πρόσβασης: χρησιμοποιήστε τουλάχιστον { $min } χαρακτήρες (μερικές λέξεις αποτελούν καλό κωδικό).
valid-password-weak = Κωδικός πρόσβασης: αυτός ο κωδικός μαντεύεται πολύ εύκολα. Δοκιμάστε μια μεγαλύτερη φράση από άσχετες μεταξύ τους λέξεις.
# $hint: why, in the words of the strength checker: one sentence of the catalogs (error-password-…).
valid-password-weak-hint = Κωδικός πρόσβασης: αυτός ο κωδικός μαντεύεται πολύ εύκολα. { $hint } Δοκιμάστε μια μεγαλύτερη φράση από άσχετες μεταξύ τους λέξεις.
valid-password-mismatch = Επιβεβαίωση κωδικού πρόσβασης: πληκτρολογήστε τον ίδιο κωδικό δύο φορές.
valid-password-wrong-current = Τρέχων κωδικός πρόσβασης: ο κωδικός δεν είναι σωστός.

## The rest of the sign-up form.

valid-email-language-missing = Γλώσσα μηνυμάτων ηλ. ταχυδρομείου: επιλέξτε τη γλώσσα των μηνυμάτων που θα λαμβάνετε.
valid-captcha-empty = Κωδικός επαλήθευσης: πληκτρολογήστε τους χαρακτήρες που βλέπετε στην εικόνα.
valid-captcha-too-long = Κωδικός επαλήθευσης: ο κωδικός της εικόνας είναι μικρότερος· πληκτρολογήστε μόνο τους χαρακτήρες του.
valid-privacy-not-accepted = Δήλωση απορρήτου: επιλέξτε το πλαίσιο για να επιβεβαιώσετε ότι τη διαβάσατε.

## Languages and instances named in a link or a form.

# $code: the language code that was sent.
valid-language-unknown = Το «{ $code }» δεν είναι μία από τις 24 επίσημες γλώσσες της ΕΕ: επιλέξτε μία από τον κατάλογο.
# $field: the field's label (E-mail language); $code: the language code that was sent.
valid-language-unknown-for = { $field }: το «{ $code }» δεν είναι μία από τις 24 επίσημες γλώσσες της ΕΕ: επιλέξτε μία από τον κατάλογο.
# $slug: the part of the address that should name the instance. “production” and “training”
# are parts of addresses: keep them as they are.
valid-instance-unknown = Το «{ $slug }» δεν είναι περιβάλλον του TRACES NT: χρησιμοποιήστε «production» ή «training».

## Rejecting an authorisation request.

valid-reason-missing = Αιτιολογία: η απόρριψη απαιτεί αιτιολογία· ο αιτών τη διαβάζει, οπότε αναφέρετε τι δεν είναι σωστό και τι πρέπει να κάνει.
# $min: the least number of characters.
valid-reason-too-short = Αιτιολογία: γράψτε τουλάχιστον { $min } χαρακτήρες, ώστε ο αιτών να ξέρει τι πρέπει να κάνει.
# $max: the most characters a reason takes; $count: how many were written.
valid-reason-too-long = Αιτιολογία: το πολύ { $max } χαρακτήρες (γράψατε { $count }).
valid-reason-control-characters = Αιτιολογία: αφαιρέστε τους χαρακτήρες ελέγχου (επιτρέπονται μόνο αλλαγές γραμμής).

## Role kinds: each person takes one kind of role per instance.

# $existing: the kind of role the person has (Operator, Organic Control Body, Authority);
# $requested: the kind just requested.
valid-role-kind-other = Ρόλος: έχετε ήδη το είδος ρόλου «{ $existing }» σε αυτό το περιβάλλον και κάθε πρόσωπο μπορεί να έχει μόνο ένα είδος ρόλου. Δεν μπορείτε να ζητήσετε ρόλο «{ $requested }»· μπορείτε να ζητήσετε περισσότερες θέσεις «{ $existing }».

## EORI numbers and control body codes. DE, FR, XI, AT-BIO-301, BIO, ECO, EKO, OKO (ÖKO) and
## ORG are codes: keep them as they are.

valid-eori-empty = Αριθμός EORI: εισαγάγετε τον αριθμό EORI.
valid-eori-required-for-importers = Αριθμός EORI: εισαγάγετε τον αριθμό EORI· είναι υποχρεωτικός για τους εισαγωγείς βιολογικών προϊόντων.
valid-eori-too-long = Αριθμός EORI: χρησιμοποιήστε το πολύ 17 χαρακτήρες: τον διψήφιο κωδικό χώρας και έως 15 γράμματα ή ψηφία.
valid-eori-bad-character = Αριθμός EORI: χρησιμοποιήστε μόνο γράμματα A–Z και ψηφία (τα κενά αγνοούνται).
valid-eori-no-country = Αριθμός EORI: ξεκινήστε με τον διψήφιο κωδικό της χώρας που τον εξέδωσε, π.χ. DE ή FR (XI για τη Βόρεια Ιρλανδία).
# $code: the two letters typed, which are not a country code.
valid-eori-unknown-country = Αριθμός EORI: το «{ $code }» δεν είναι κωδικός χώρας· ξεκινήστε με τον κωδικό της χώρας που εξέδωσε τον αριθμό, π.χ. DE ή FR (XI για τη Βόρεια Ιρλανδία).
valid-eori-no-number = Αριθμός EORI: μετά τον κωδικό χώρας, προσθέστε τα 1 έως 15 γράμματα ή ψηφία του αριθμού.
valid-control-body-code-empty = Κωδικός φορέα ελέγχου: εισαγάγετε τον κωδικό, π.χ. AT-BIO-301.
valid-control-body-code-shape = Κωδικός φορέα ελέγχου: γράψτε τον στη μορφή χώρα-όρος-αριθμός, π.χ. AT-BIO-301: δύο γράμματα, τρία γράμματα και έως τρία ψηφία, χωρισμένα με ενωτικά.
# $code: the first part typed, which is not a country code.
valid-control-body-code-country = Κωδικός φορέα ελέγχου: το «{ $code }» δεν είναι κωδικός χώρας ISO 3166-1· ξεκινήστε με τον κωδικό της χώρας όπου διενεργούνται οι έλεγχοι.
# $term: the middle part typed, which is not an organic term.
valid-control-body-code-term = Κωδικός φορέα ελέγχου: το «{ $term }» δεν είναι όρος βιολογικής παραγωγής για κωδικούς φορέων ελέγχου· χρησιμοποιήστε BIO, ECO, EKO, OKO (ÖKO) ή ORG.
valid-control-body-code-number = Κωδικός φορέα ελέγχου: τελειώστε με τον αριθμό αναφοράς, από ένα έως τρία ψηφία, π.χ. 301.

## Text fields of the operator form (name, address, city, postcode).

# $field: the field's label; $hint: what to enter (label-…-empty-hint).
valid-text-empty = { $field }: { $hint }.
# $field: the field's label; $hint: the characters the field takes (label-…-allowed-hint).
valid-text-bad-character = { $field }: { $hint } (χωρίς < >, χαρακτήρες ελέγχου ή αόρατους χαρακτήρες).
# $field: the field's label.
valid-text-no-letter-or-digit = { $field }: πρέπει να περιέχει τουλάχιστον ένα γράμμα ή ψηφίο.

## Contact details: phone, fax, website.

# $field: the field's label (Phone, Fax).
valid-phone-no-plus = { $field }: γράψτε τον αριθμό σε διεθνή μορφή, ξεκινώντας με + και τον κωδικό χώρας, π.χ. +32 2 299 11 11.
# $field: the field's label (Phone, Fax).
valid-phone-bad-character = { $field }: μετά το +, χρησιμοποιήστε μόνο ψηφία, κενά, ενωτικά και παρενθέσεις.
# $field: the field's label (Phone, Fax); $min, $max: the least and most digits.
valid-phone-digits = { $field }: δώστε από { $min } έως { $max } ψηφία, μαζί με τον κωδικό χώρας.
valid-website-scheme = Ιστότοπος: γίνονται δεκτές μόνο διευθύνσεις http:// και https://.
valid-website-non-ascii = Ιστότοπος: γράψτε τη διεύθυνση μόνο με γράμματα a–z, ψηφία και τα σύμβολα - . /. Για όνομα τομέα με τονισμένα ή μη λατινικά γράμματα, χρησιμοποιήστε τη μορφή xn-- που εμφανίζει το πρόγραμμα περιήγησής σας.
valid-website-shape = Ιστότοπος: εισαγάγετε μια διεύθυνση όπως www.example.org ή https://www.example.org/page.
valid-contact-missing = Στοιχεία επικοινωνίας: δώστε τουλάχιστον ένα από τα εξής: τηλέφωνο, φαξ, ηλ. ταχυδρομείο ή ιστότοπο.
