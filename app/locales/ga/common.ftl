## The shell of every page: top bar, language chooser, footer.

language-chooser-label = Teanga
# $problem: why the server did not take the choice.
language-not-remembered = Níor sábháladh do rogha: { $problem }

## The tab title, the skip link, the top bar and the footer.

common-title = TRACES NT
common-title-training = OILIÚINT – TRACES NT
common-skip-link = Léim go dtí an t-ábhar
# The short mark before the name, as on the Commission's sites.
common-brand-mark = AE
common-brand-name = TRACES NT
common-instance-production = Táirgeadh
common-instance-training = Oiliúint
common-training-banner-mark = OILIÚINT
common-training-banner = – seo timpeallacht oiliúna TRACES NT. Níl aon rud a dhéantar anseo fíor agus ní shroicheann sé an timpeallacht táirgthe.
common-top-bar-nav-label = Cuntas agus teanga
common-my-profile = Mo phróifíl TRACES
common-my-account = Mo chuntas
common-log-out = Logáil amach
# $problem: why logging out did not work.
common-log-out-failed = Tá tú fós logáilte isteach: { $problem }
# The links of the top bar with their counts. Screen readers hear the hidden name, speech input
# users say the visible words: each name starts with the words of its link.
common-nav-queue = Iarratais le cinneadh
common-nav-queue-none = Iarratais le cinneadh: níl aon cheann ar feitheamh
# $count: how many requests wait (1 or more) and chooses the plural form; $shown: the same
# number as the badge shows it ("12", "10,000+").
common-nav-queue-pending = { $count ->
    [one] Iarratais le cinneadh: { $shown } ar feitheamh
    [two] Iarratais le cinneadh: { $shown } ar feitheamh
    [few] Iarratais le cinneadh: { $shown } ar feitheamh
    [many] Iarratais le cinneadh: { $shown } ar feitheamh
   *[other] Iarratais le cinneadh: { $shown } ar feitheamh
}
common-nav-notifications = Fógraí
common-nav-notifications-none = Fógraí: níl aon cheann neamhléite
# $count: how many notifications are unread (1 or more) and chooses the plural form; $shown:
# the same number as the badge shows it ("12", "10,000+").
common-nav-notifications-unread = { $count ->
    [one] Fógraí: { $shown } neamhléite
    [two] Fógraí: { $shown } neamhléite
    [few] Fógraí: { $shown } neamhléite
    [many] Fógraí: { $shown } neamhléite
   *[other] Fógraí: { $shown } neamhléite
}
# $traces, $organic: the two helpdesk addresses, as links.
common-footer-helpdesk = Ceisteanna? Scríobh chuig an deasc chabhrach: { $traces } agus { $organic }
# $version: the app's version; $schema: the number of the database's latest migration.
common-footer-version = Leagan { $version } · scéimre { $schema }
# $version: the app's version; $schema: the number of the database's latest migration.
common-footer-version-test-mode = Leagan { $version } · scéimre { $schema } · MÓD TÁSTÁLA
# $time: a date and time (2026-11-23 16:05) in UTC.
common-time-in-utc = { $time } (UTC)

## The page for an unknown address.

common-not-found-title = Níor aimsíodh an leathanach
common-not-found-text = Ní thugann an seoladh seo chuig leathanach de chuid TRACES NT thú. Seiceáil an nasc, nó tosaigh arís ón leathanach baile.
common-not-found-home = Téigh go dtí an leathanach baile

## The guided demo of the training instance: the steps of the helpdesk letter. The names in
## quotes are the names of buttons and links: use the same words as those.

common-guide-show = Taispeántas treoraithe
common-guide-hide = Folaigh an taispeántas treoraithe
common-guide-title = Taispeántas treoraithe
common-guide-hint = Céimeanna litir na deisce cabhrach; is é an ceann aibhsithe an leathanach seo.
common-guide-part-eulogin = 1. EU Login
common-guide-part-traces = 2. TRACES NT
common-guide-part-decision = 3. An cinneadh
common-guide-step-sign-up = Ar leathanach fáilte na timpeallachta oiliúna, cliceáil “cláraigh le haghaidh TRACES”.
common-guide-step-create-account = Líon isteach an fhoirm (ríomhphost ó fhearann an taispeántais, m.sh. trainee@demo.traces-training.example) agus an cód (captcha), ansin “Cruthaigh cuntas”.
common-guide-step-mailbox = Oscail an bosca poist ionsuite agus lean an nasc sa ríomhphost.
common-guide-step-password = Roghnaigh pasfhocal.
common-guide-step-log-in = “Logáil isteach in TRACES” leis an ríomhphost agus leis an bpasfhocal.
common-guide-step-role-kind = Roghnaigh an cineál róil: Oibreoir, Comhlacht Rialaithe Orgánach nó Údarás.
common-guide-step-search = Cuardaigh (tír, ainm…), cuir tic le ró amháin nó níos mó, ansin “Iarr Údarú”; nó “Cruthaigh Oibreoir nua” tar éis cuardaigh.
common-guide-step-popup = San fhuinneog aníos, seiceáil an ríomhphost agus an teileafón, ansin “seol iarratas ar údarú”: feictear teachtaireacht ghlas.
common-guide-step-profile-pending = Sa phróifíl, tá an t-iarratas liostaithe mar Ar feitheamh.
common-guide-step-queue = Logáil isteach mar phearsa an Oifigigh CCA (leathanach fáilte na timpeallachta oiliúna) agus oscail “Iarratais le cinneadh”.
common-guide-step-decide = Oscail an t-iarratas: an duine, an eagraíocht, an stair; glac leis, nó diúltaigh dó le cúis.
common-guide-step-profile-decided = Logáil isteach arís mar an t-iarrthóir: taispeánann an phróifíl Bailí (nó Diúltaithe, leis an gcúis).
