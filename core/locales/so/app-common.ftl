# Ponte — app-common (so).
# Review: machine

speech-no-voice = Taleefankan ma laha cod loogu talagalay { $language }.
speech-other-language = Taleefankan ma laha cod loogu talagalay { $language }: waxaa lagu akhrinayaa { $other }.
guides-coming = Hagayaasha ururada kuu dhow halkan ayay joogi doonaan. Wax kasta oo kale waxay shaqeeyaan internet la'aan.

# The profile, the CV and the settings.
profile-filled = { $filled } ka mid ah { $total } qaybood ayaa la buuxiyay
profile-hint-personal = Ku dar magacaaga iyo lambar telefoon ama e-mail, si loo-shaqeeye kuu soo xiriiro.
profile-hint-availability = Sheeg goorta aad shaqeyn karto iyo inta aad u socon karto.
profile-hint-language = Ku dar luqadaha aad ku hadasho, xitaa wax yar.
profile-hint-experience = Ku dar shaqooyinka aad qabatay, Talyaaniga ama dalal kale, lacag ama lacag la'aan.
profile-hint-education = Ku dar dugsiyadaada iyo koorsooyinkaaga, xitaa kuwa aan dhammaan.
profile-hint-skill = Ku dar waxa aad taqaan: karinta, wadista, nadiifinta, daryeelka dadka…
profile-hint-certificate = Ku dar liisanka darawalnimada iyo shahaadooyinka kale.
profile-add-language = Ku dar luqad
profile-add-experience = Ku dar shaqo
profile-add-education = Ku dar dugsi ama koorso
profile-add-skill = Ku dar xirfad
profile-add-certificate = Ku dar liisan ama shahaado
profile-transport = Sida aan shaqada u tago
profile-not-said = Lama sheegin
profile-level-a1 = A1 · bilow
profile-level-a2 = A2 · aasaasi
profile-level-b1 = B1 · dhexe
profile-level-b2 = B2 · ka sarreeya dhexe
profile-level-c1 = C1 · horumarsan
profile-level-c2 = C2 · aad u fiican
profile-error-email = Qor cinwaan e-mail sida name@example.com.
profile-error-phone = Qor lambar telefoon oo tirooyin kaliya ah, sida { $example }.
profile-format-date = Sida 2026-12-31 (sanad-bil-maalin)
profile-format-month = Sida 2024-03 (sanad-bil)
profile-format-year = Sida 2019
profile-discard = Iska illow isbeddeladayda
profile-delete-confirm = Ma tirtiraa weligeed? Dib looma celin karo.
profile-cv-your-language = Luqaddaada
profile-cv-employer-language = Luqadda loo-shaqeeyayaasha
profile-cv-share = La wadaag CV-ga { $language }
profile-cv-empty = CV-gaagu waa madhan yahay. Marka hore buuxi astaantaada.
settings-data = Internet iyo xog
settings-wifi-only = Isku-dubarid kaliya Wi-Fi
settings-wifi-only-explain = Waxay badbaadisaa xogta kaarka SIM-kaaga.
settings-data-saver = Keydi xogta
settings-data-saver-explain = Xogta mobilka: ma jiro soo dejin khariidad iyo sawirro.
settings-map-mobile-data = U oggolow soo dejinta khariidadda xogta mobilka
settings-notifications = Xusuusin
settings-notify-follow-up = Weydii war codsiyadayda
settings-notify-action = Waxyaabaha la qabanayo
settings-notify-interview = Wareysiyada shaqada
settings-notify-tutor = Ballamaha la-taliyahayga
settings-notify-meeting = Kulamada la-taliyahayga
settings-notify-document = Dukumentiyada dhacaya
settings-notify-lesson = Casharro la sii wado
settings-notify-tutor-answer = Jawaabaha la-taliyahayga
settings-quiet-hours-hint = Xusuusin ma jirto inta u dhaxaysa waqtiyadan, sida 21:00-08:00. Madhan ka dhig haddii aanad rabin.
settings-quiet-hours-error-bad-date = Qor laba waqti sida 21:00-08:00.
settings-quiet-hours-error-out-of-range = Labada waqti waa inay kala duwanaadaan.
settings-share-profile = Astaantayda iyo CV-ga
settings-sharing-not-paired = Kuma xirnid la-taliye: waxba lama wadaagayo.
settings-export = Soo saar xogtayda
settings-export-explain = Hal fayl oo leh wax kasta oo aad qortay iyo CV-gaaga, si aad u haysato ama u siiso qof aad aaminsan tahay.
settings-erase = Tirtir wax walba taleefankan
settings-erase-confirm = Tani waxay tirtiraysaa buuggaaga, astaantaada, dejintaada iyo khariidadda taleefankan. Dib looma celin karo. Waxa aad hore ula wadaagtay la-taliyahaaga waxay la joogaan hay'adda.
settings-erase-yes = Haa, tirtir wax walba
nav-back = Dib u noqo
guides-count =
    { $count ->
        [one] 1 hage
       *[other] { $count } hage
    }
guide-checked = La hubiyey { $date }
guide-sources = Ilaha rasmiga ah
guides-ask = Su'aal weydii
guides-ask-none = Weli ma jiro hage ka jawaabaya su'aashan. Isku day ereyo kale, ama weydii la-taliyahaaga.
ask-from-guide = Hage
ask-from-service = Adeeg
ask-from-lesson = Cashar
ask-tutor = Weydii la-taliyahayga
ask-tutor-confirm = Ma u dirtaa su'aashan la-taliyahaaga? Waxaa akhrin doona oo keliya la-taliyahaaga iyo ururkiisa.
ask-tutor-send = Dir
ask-tutor-cancel = Ha dirin
ask-tutor-sent = Waxaa loo diray la-taliyahaaga. Jawaabtu waxay la iman doontaa fariimaha la-taliyahaaga.
