#!/usr/bin/env python3
"""Build held-out name set 3 (names-heldout3-region.json, names-heldout3-ukru.json).

Written by an AI helper session from general knowledge only: no product code, no development
data, no earlier held-out JSON and no web were read. Measurement data: never add these variants
to the product and never tune a rule to a miss of this set.

Run:  python3 build_heldout3.py      (writes both files next to this script, validates, prints counts)
Fails loudly (non-zero exit, AssertionError/SystemExit) if any rule below is broken.
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
USED_IDS_FILE = "/tmp/used-ids.txt"


def E(id, type, native, preferred_en, variants, historical=(), confusable_with=(), note=""):
    return {
        "id": id,
        "type": type,
        "native": dict(native),
        "preferred_en": preferred_en,
        "variants": list(variants),
        "historical": list(historical),
        "confusable_with": list(confusable_with),
        "note": note,
    }


P, H, O = "PLACE", "PERSON", "ORGANIZATION"

# --------------------------------------------------------------------------------------------
# Wider region: 25 places, 15 people, 10 organisations
# --------------------------------------------------------------------------------------------
REGION = [
    # ---- places ----
    E("vitsebsk", P, {"be": "Віцебск", "ru": "Витебск"}, "Vitsebsk",
      ["Vitebsk", "Viciebsk", "Vitsyebsk", "Witebsk", "Vitebskas"],
      [], ["vitsebsk-region"],
      "Belarusian-based RFE/RL form; Russian-based Vitebsk, Belarusian national romanization Viciebsk, "
      "BGN/PCGN Vitsyebsk, Polish/German Witebsk, Lithuanian Vitebskas."),
    E("vitsebsk-region", P, {"be": "Віцебская вобласць", "ru": "Витебская область"}, "Vitsebsk region",
      ["Vitebsk Oblast", "Vitebsk region", "Vitsebsk Oblast", "Vitsyebsk Voblasts", "Viciebskaja voblasć",
       "obwód witebski", "Oblast Witebsk"],
      [], ["vitsebsk"],
      "The province around Vitsebsk; Russian-based Vitebsk Oblast, BGN/PCGN Vitsyebsk Voblasts, Belarusian "
      "national romanization, Polish and German forms."),
    E("kaunas", P, {"lt": "Kaunas", "ru": "Каунас"}, "Kaunas",
      ["Kowno", "Kovno", "Kauen", "Ковно", "Kovne"],
      ["Kowno", "Kovno", "Kauen", "Ковно", "Kovne"], [],
      "Lithuania's second city; Polish Kowno, Russian-imperial Kovno, German Kauen, Yiddish Kovne."),
    E("tartu", P, {"et": "Tartu", "ru": "Тарту"}, "Tartu",
      ["Dorpat", "Yuryev", "Jurjew", "Derpt", "Юрьев", "Дерпт", "Tartto"],
      ["Dorpat", "Yuryev", "Jurjew", "Derpt", "Юрьев", "Дерпт"], [],
      "Estonian university city; German Dorpat, Russian Derpt and the imperial name Yuryev (1893-1918), "
      "Finnish Tartto."),
    E("orhei", P, {"ro": "Orhei", "ru": "Орхей"}, "Orhei",
      ["Orgeyev", "Orgeev", "Оргеев", "Orgejew", "Оргіїв"],
      ["Orgeyev", "Orgeev", "Оргеев", "Orgejew"], [],
      "Moldovan town; Orgeyev/Orgeev is the Russian-imperial and Soviet Russian name, Orgejew its "
      "German/Polish spelling, Оргіїв the Ukrainian name."),
    E("kutaisi", P, {"ka": "ქუთაისი", "ru": "Кутаиси"}, "Kutaisi",
      ["K'ut'aisi", "Kʻutʻaisi", "Kutaissi", "Koutaïssi", "Kutais", "Кутаис"],
      ["Kutais", "Кутаис"], [],
      "Georgia's third city; old BGN/PCGN forms with aspiration marks, German Kutaissi, French Koutaïssi, "
      "Russian-imperial Kutais."),
    E("vanadzor", P, {"hy": "Վանաձոր", "ru": "Ванадзор"}, "Vanadzor",
      ["Kirovakan", "Кировакан", "Karakilisa", "Gharakilisa", "Karaklis", "Vanadsor"],
      ["Kirovakan", "Кировакан", "Karakilisa", "Gharakilisa", "Karaklis"], [],
      "Armenia's third city, Kirovakan in Soviet times (1935-1993) and Karakilisa/Karaklis before that; "
      "German Vanadsor."),
    E("vagharshapat", P, {"hy": "Վաղարշապատ", "ru": "Вагаршапат"}, "Vagharshapat",
      ["Echmiadzin", "Etchmiadzin", "Ejmiatsin", "Էջմիածին", "Эчмиадзин", "Vagarshapat"],
      ["Echmiadzin", "Etchmiadzin", "Ejmiatsin", "Էջմիածին", "Эчмиадзин"], ["mother-see-of-holy-etchmiadzin"],
      "The Armenian city officially named Echmiadzin/Ejmiatsin 1945-1995 and still widely called so; "
      "shares that name with the church's Mother See."),
    E("lachin", P, {"az": "Laçın", "ru": "Лачин"}, "Lachin",
      ["Lacin", "Laçin", "Lachyn", "Latchine", "Berdzor", "Բերձոր", "Бердзор"],
      ["Berdzor", "Բերձոր", "Бердзор"], ["lachin-corridor"],
      "Town in Azerbaijan's Lachin district; Berdzor is the Armenian name used while it was held by "
      "Karabakh Armenian forces (1992-2022); French Latchine."),
    E("lachin-corridor", P, {"az": "Laçın dəhlizi", "hy": "Լաչինի միջանցք", "ru": "Лачинский коридор"},
      "Lachin corridor",
      ["Laçın corridor", "Lacin corridor", "Lachinsky corridor", "Berdzor corridor", "Latschin-Korridor",
       "corridor de Latchine"],
      ["Berdzor corridor"], ["lachin"],
      "The road link between Armenia and Karabakh through Lachin district; Azerbaijani, Russian-based, "
      "Armenian-usage, German and French forms."),
    E("semey", P, {"kk": "Семей", "ru": "Семей"}, "Semey",
      ["Semei", "Semej", "Semipalatinsk", "Семипалатинск", "Semipałatyńsk"],
      ["Semipalatinsk", "Семипалатинск", "Semipałatyńsk"], ["semipalatinsk-test-site"],
      "East Kazakhstan city called Semipalatinsk until 2007; Semei is the Kazakh-Latin form, Semej the "
      "German/Polish transliteration."),
    E("semipalatinsk-test-site", P, {"ru": "Семипалатинский испытательный полигон"}, "Semipalatinsk Test Site",
      ["Semipalatinsk nuclear test site", "Semipalatinsk Polygon", "Semipalatinsk nuclear polygon",
       "Semey nuclear test site", "Semey Test Site", "Семипалатинский ядерный полигон"],
      [], ["semey"],
      "The Soviet nuclear test site west of Semey; the Russian word polygon is often kept in English, "
      "and some texts use the city's new name."),
    E("kokand", P, {"uz-Latn": "Qoʻqon", "uz-Cyrl": "Қўқон", "ru": "Коканд"}, "Kokand",
      ["Qo'qon", "Qoqon", "Quqon", "Khokand", "Khoqand"],
      [], [],
      "Ferghana Valley city and former khanate capital; Uzbek Latin with and without the apostrophe, "
      "older English Khokand/Khoqand."),
    E("karakol", P, {"ky": "Каракол", "ru": "Каракол"}, "Karakol",
      ["Przhevalsk", "Przheval'sk", "Пржевальск", "Prschewalsk", "Przewalsk", "Qaraqol"],
      ["Przhevalsk", "Przheval'sk", "Пржевальск", "Prschewalsk", "Przewalsk"], [],
      "Kyrgyz town on Issyk-Kul, named Przhevalsk after the explorer (1889-1921 and 1939-1991); "
      "German/Polish forms of that name, Qaraqol a Kyrgyz-Latin form."),
    E("jalal-abad", P, {"ky": "Жалал-Абад", "ru": "Джалал-Абад"}, "Jalal-Abad",
      ["Dzhalal-Abad", "Djalal-Abad", "Zhalal-Abad", "Jalal Abad", "Jalalabad", "Dschalal-Abad"],
      [], ["jalalabad"],
      "City in southern Kyrgyzstan; Russian-based Dzhalal-Abad/Djalal-Abad, Kyrgyz-based Zhalal-Abad, "
      "German Dschalal-Abad; written solid it collides with the Afghan city."),
    E("jalalabad", P, {"ps": "جلال‌آباد", "prs": "جلال‌آباد"}, "Jalalabad",
      ["Jelalabad", "Jalālābād", "Jalal Abad", "Djalalabad", "Dschalalabad", "Джелалабад"],
      [], ["jalal-abad"],
      "Capital of Afghanistan's Nangarhar province; older English Jelalabad, French Djalalabad, German "
      "Dschalalabad, Russian Dzhelalabad; same name as the Kyrgyz city."),
    E("khorugh", P, {"tg": "Хоруғ", "ru": "Хорог"}, "Khorugh",
      ["Khorog", "Xorugh", "Khorogh", "Chorog", "Chorugh"],
      [], [],
      "Capital of Tajikistan's Gorno-Badakhshan region; Russian-based Khorog, Tajik-Latin Xorugh, "
      "German/Polish Chorog/Chorugh."),
    E("turkmenabat", P, {"tk": "Türkmenabat", "ru": "Туркменабад"}, "Turkmenabat",
      ["Turkmenabad", "Chardzhou", "Chardjou", "Чарджоу", "Chärjew", "Charjew", "Chardzhuy"],
      ["Chardzhou", "Chardjou", "Чарджоу", "Chärjew", "Charjew", "Chardzhuy"], [],
      "Turkmenistan's second city, Chardzhou (Russian) / Chärjew (Turkmen) until 1999 and Chardzhuy "
      "before 1940."),
    E("isfahan", P, {"fa": "اصفهان"}, "Isfahan",
      ["Esfahan", "Eşfahān", "Isfahān", "Ispahan", "Исфахан", "Aspadana", "Sepahan"],
      ["Aspadana", "Sepahan"], ["isfahan-province"],
      "Iranian city; Esfahan and BGN Eşfahān follow Persian pronunciation, Ispahan is the older "
      "English/French form, Aspadana and Sepahan ancient names."),
    E("isfahan-province", P, {"fa": "استان اصفهان"}, "Isfahan province",
      ["Esfahan Province", "Eşfahān Province", "Ostan-e Esfahan", "Ostān-e Eşfahān", "province d'Ispahan"],
      [], ["isfahan"],
      "The Iranian province around Isfahan city (nuclear sites at Natanz and Isfahan)."),
    E("bitola", P, {"mk": "Битола"}, "Bitola",
      ["Bitolj", "Битољ", "Monastir", "Manastır", "Manastir", "Μοναστήρι"],
      ["Monastir", "Manastır", "Manastir", "Μοναστήρι"], [],
      "North Macedonia's second city; Serbian Bitolj, Ottoman/Turkish Monastir/Manastır (also the Albanian "
      "and Greek name)."),
    E("novi-sad", P, {"sr": "Нови Сад", "sr-Latn": "Novi Sad", "hu": "Újvidék"}, "Novi Sad",
      ["Neusatz", "Ujvidek", "Нови-Сад", "Nowy Sad", "Nový Sad", "Neoplanta"],
      ["Neusatz", "Neoplanta"], [],
      "Capital of Serbia's Vojvodina; German Neusatz, Hungarian without accents, Russian hyphenated, "
      "Polish and Slovak forms, Latin Neoplanta."),
    E("diyarbakir", P, {"tr": "Diyarbakır", "ku": "Amed"}, "Diyarbakir",
      ["Diyarbekir", "Diarbekir", "Diyar Bakr", "Amida", "Dikranagerd", "Диярбакыр"],
      ["Diyarbekir", "Diarbekir", "Amida", "Dikranagerd"], [],
      "Largest Kurdish-majority city of Turkey; Kurdish Amed, Ottoman Diyarbekir (until 1937), Roman "
      "Amida, Armenian Dikranagerd."),
    E("naberezhnye-chelny", P, {"ru": "Набережные Челны", "tt": "Яр Чаллы"}, "Naberezhnye Chelny",
      ["Naberezhnyye Chelny", "Nabereschnyje Tschelny", "Nabierieżnyje Czełny", "Yar Chally", "Chelny",
       "Brezhnev", "Брежнев"],
      ["Brezhnev", "Брежнев"], [],
      "Tatarstan's KAMAZ truck city, named Brezhnev 1982-1988; BGN form, German and Polish transliterations, "
      "Tatar name Yar Chally."),
    E("derbent", P, {"ru": "Дербент"}, "Derbent",
      ["Derbend", "Dərbənd", "Darband", "دربند", "Bab al-Abwab", "Demirkapı"],
      ["Bab al-Abwab", "Demirkapı"], [],
      "Ancient city in southern Dagestan; Azerbaijani and Persian Derbend/Darband, Arabic Bab al-Abwab, "
      "Turkish Demirkapı ('iron gate')."),
    # ---- people ----
    E("ales-byalyatski", H, {"be": "Алесь Бяляцкі", "ru": "Алесь Беляцкий"}, "Ales Byalyatski",
      ["Ales Bialiatski", "Ales Belyatsky", "Ales Beliatski", "Aleś Bialacki", "Aleś Białacki",
       "Ales Bjaljazki"],
      [], [],
      "Belarusian human-rights founder and 2022 Nobel laureate; Nobel-committee spelling, Russian-based, "
      "Belarusian Łacinka, Polish and German forms."),
    E("syarhey-tsikhanouski", H, {"be": "Сяргей Ціханоўскі", "ru": "Сергей Тихановский"},
      "Syarhey Tsikhanouski",
      ["Siarhei Tsikhanouski", "Sergei Tikhanovsky", "Sergey Tikhanovskiy", "Siarhiej Cichanoŭski",
       "Siergiej Cichanouski", "Sergej Tichanowski"],
      [], [],
      "Belarusian blogger and political prisoner (released 2025); Belarusian-based and Russian-based "
      "romanizations, Łacinka, Polish and German forms."),
    E("irakli-garibashvili", H, {"ka": "ირაკლი ღარიბაშვილი", "ru": "Ираклий Гарибашвили"},
      "Irakli Garibashvili",
      ["Irakli Gharibashvili", "Iraklii Garibashvili", "Irakly Garibashvili", "Irakli Garibaschwili",
       "Irakli Garibaszwili"],
      [], [],
      "Former Georgian prime minister; Gh renders Georgian ღ, others are Russian-based, German and Polish."),
    E("levon-ter-petrosian", H, {"hy": "Լևոն Տեր-Պետրոսյան", "ru": "Левон Тер-Петросян"},
      "Levon Ter-Petrosian",
      ["Levon Ter-Petrosyan", "Levon Ter Petrosyan", "Levon Ter-Petrossian", "Lewon Ter-Petrosjan",
       "Levon Ter-Petrosjan"],
      [], [],
      "Armenia's first president; -yan vs -ian endings, French -ossian, German Lewon Ter-Petrosjan."),
    E("mehriban-aliyeva", H, {"az": "Mehriban Əliyeva", "ru": "Мехрибан Алиева"}, "Mehriban Aliyeva",
      ["Mehriban Alieva", "Mekhriban Aliyeva", "Mekhriban Alieva", "Mehriban Alijewa", "Mihriban Aliyeva",
       "Mehriban Pashayeva", "Mehriban Paşayeva"],
      ["Mehriban Pashayeva", "Mehriban Paşayeva"], [],
      "Azerbaijan's first vice-president and first lady; Russian-based Mekhriban, German/Polish Alijewa, "
      "Turkish Mihriban, maiden name Pashayeva."),
    E("dariga-nazarbaeva", H, {"kk": "Дариға Назарбаева", "ru": "Дарига Назарбаева"}, "Dariga Nazarbaeva",
      ["Dariga Nazarbayeva", "Darigha Nazarbaeva", "Dariga Nasarbajewa", "Dariga Nazarbajewa",
       "Dariga Nazarbaïeva"],
      [], [],
      "Kazakh politician, eldest daughter of the first president; -ayeva/-aeva, Kazakh-based Darigha, "
      "German, Polish and French forms."),
    E("muhammad-salih", H, {"uz-Latn": "Muhammad Solih", "uz-Cyrl": "Муҳаммад Солиҳ",
                            "ru": "Мухаммад Салих"}, "Muhammad Salih",
      ["Mukhammad Salikh", "Muhammad Salikh", "Mohammed Salih", "Salay Madaminov", "Салай Мадаминов"],
      ["Salay Madaminov", "Салай Мадаминов"], [],
      "Exiled Uzbek poet and Erk party leader; pen name in Uzbek and Russian-based spellings, birth "
      "name Salay Madaminov."),
    E("kurmanbek-bakiev", H, {"ky": "Курманбек Бакиев", "ru": "Курманбек Бакиев"}, "Kurmanbek Bakiev",
      ["Kurmanbek Bakiyev", "Kurmanbek Bakijew", "Kourmanbek Bakiev", "Kurmanbek Salievich Bakiev",
       "Kurmanbek Bakıyev"],
      [], ["maksim-bakiev"],
      "Kyrgyz president 2005-2010, in exile in Minsk; -iev/-iyev, German/Polish -ijew, French Kourmanbek, "
      "Turkish Bakıyev, full name with patronymic."),
    E("maksim-bakiev", H, {"ky": "Максим Бакиев", "ru": "Максим Бакиев"}, "Maksim Bakiev",
      ["Maxim Bakiyev", "Maksim Bakiyev", "Maxim Bakiev", "Maxim Bakijew", "Maksim Bakijew"],
      [], ["kurmanbek-bakiev"],
      "Son of Kurmanbek Bakiev, businessman sought by Kyrgyz courts; Maksim/Maxim and -iev/-iyev/-ijew."),
    E("ozoda-rahmon", H, {"tg": "Озода Раҳмон", "ru": "Озода Рахмон"}, "Ozoda Rahmon",
      ["Ozoda Rakhmon", "Ozoda Rahmonova", "Ozoda Rakhmonova", "Ozoda Emomali", "Ozoda Rachmonowa"],
      ["Ozoda Rahmonova", "Ozoda Rakhmonova", "Ozoda Rachmonowa"], [],
      "Head of the Tajik presidential administration, daughter of the president; she used the Russian-style "
      "surname Rahmonova before the family dropped -ova/-ov."),
    E("serdar-berdimuhamedov", H, {"tk": "Serdar Berdimuhamedow", "ru": "Сердар Бердымухамедов"},
      "Serdar Berdimuhamedov",
      ["Serdar Berdymukhamedov", "Serdar Berdimukhamedov", "Serdar Berdymukhammedov",
       "Serdar Berdimouhamedov", "Serdar Berdimuhammedov"],
      [], [],
      "Turkmen president since 2022, son of Gurbanguly; Russian-based Berdymukhamedov, French "
      "Berdimouhamedov, Turkmen -ow."),
    E("mohammad-javad-zarif", H, {"fa": "محمدجواد ظریف"}, "Mohammad Javad Zarif",
      ["Javad Zarif", "Mohammad-Javad Zarif", "Mohammed Javad Zarif", "Mohammad Djavad Zarif",
       "Mohammed Dschawad Sarif", "Мохаммад Джавад Зариф"],
      [], [],
      "Former Iranian foreign minister and vice-president; hyphenated and short forms, French Djavad, "
      "German Dschawad Sarif, Russian."),
    E("abdul-ghani-baradar", H, {"ps": "عبدالغنی برادر"}, "Abdul Ghani Baradar",
      ["Mullah Baradar", "Mullah Abdul Ghani Baradar", "Abdul Ghani Beradar", "Abdulghani Baradar",
       "Mollah Baradar", "Мулла Барадар"],
      [], [],
      "Taliban co-founder and deputy prime minister; usually 'Mullah Baradar', French Mollah, Russian."),
    E("milo-djukanovic", H, {"cnr": "Milo Đukanović", "sr": "Мило Ђукановић"}, "Milo Djukanovic",
      ["Milo Dukanovic", "Milo Djukanović", "Milo Đukanovic", "Мило Джуканович", "Milo Dschukanowitsch"],
      [], [],
      "Montenegro's long-time president and prime minister; Đ written Dj or D, Russian, German "
      "Dschukanowitsch."),
    E("boyko-borisov", H, {"bg": "Бойко Борисов"}, "Boyko Borisov",
      ["Boyko Borissov", "Boiko Borisov", "Bojko Borisov", "Bojko Borisow", "Boïko Borissov"],
      [], [],
      "Former Bulgarian prime minister and GERB leader; his own English Borissov, Boiko, German/Polish "
      "Bojko Borisow, French Boïko."),
    # ---- organisations ----
    E("mother-see-of-holy-etchmiadzin", O, {"hy": "Մայր Աթոռ Սուրբ Էջմիածին"}, "Mother See of Holy Etchmiadzin",
      ["Holy Etchmiadzin", "Holy See of Etchmiadzin", "Mother See of Holy Echmiadzin", "Etchmiadzin",
       "Echmiadzin", "Mayr Ator Surb Ejmiatsin", "Святой Эчмиадзин"],
      [], ["vagharshapat"],
      "Headquarters and governing see of the Armenian Apostolic Church; shares Etchmiadzin with the "
      "city of Vagharshapat."),
    E("pkk", O, {"ku": "Partiya Karkerên Kurdistanê", "tr": "Kürdistan İşçi Partisi"}, "Kurdistan Workers' Party",
      ["PKK", "Kurdistan Workers Party", "Partiya Karkeren Kurdistane", "Kurdistan Isci Partisi",
       "Arbeiterpartei Kurdistans", "Рабочая партия Курдистана", "KADEK", "Kongra-Gel"],
      ["KADEK", "Kongra-Gel"], [],
      "Kurdish militant party; Kurdish and Turkish names without diacritics, German, Russian, and the "
      "2002-2005 renamings KADEK and Kongra-Gel."),
    E("cyber-partisans", O, {"be": "Кіберпартызаны", "ru": "Киберпартизаны"}, "Cyber Partisans",
      ["Belarusian Cyber Partisans", "Cyber-Partisans", "Cyberpartisans", "Kiberpartyzany", "Kiberpartizany",
       "Cyberpartyzanci", "Cyberpartisanen"],
      [], [],
      "Belarusian hacker group; hyphenation variants, Belarusian and Russian transliterations, Polish and German."),
    E("mtavari-arkhi", O, {"ka": "მთავარი არხი"}, "Mtavari Arkhi",
      ["Mtavari TV", "Mtavari", "Mtavari Channel", "Main Channel", "Мтавари архи"],
      [], [],
      "Georgian opposition-leaning TV channel; short forms, the translation 'Main Channel', Russian."),
    E("socar", O, {"az": "Azərbaycan Respublikası Dövlət Neft Şirkəti",
                   "ru": "Государственная нефтяная компания Азербайджанской Республики"}, "SOCAR",
      ["State Oil Company of the Azerbaijan Republic", "State Oil Company of Azerbaijan Republic",
       "State Oil Company of Azerbaijan", "ARDNŞ", "ARDNS", "ГНКАР"],
      [], [],
      "Azerbaijan's state oil company; English full names, Azerbaijani and Russian acronyms."),
    E("kazmunaygas", O, {"kk": "ҚазМұнайГаз", "ru": "КазМунайГаз"}, "KazMunayGas",
      ["KazMunaiGaz", "KazMunaiGas", "KazMunayGaz", "KMG", "NC KazMunayGas", "КМГ"],
      [], [],
      "Kazakhstan's national oil and gas company; -nai-/-nay-, -Gaz/-Gas, acronym KMG."),
    E("jaish-al-adl", O, {"fa": "جیش العدل"}, "Jaish al-Adl",
      ["Jaish ul-Adl", "Jaish-ul-Adl", "Jaysh al-Adl", "Jeish al-Adl", "Army of Justice", "Джейш аль-Адль"],
      [], [],
      "Sunni Baluch militant group in Iran's Sistan-Baluchestan; Arabic article and vowel variants, the "
      "English translation, Russian."),
    E("serbian-progressive-party", O, {"sr": "Српска напредна странка", "sr-Latn": "Srpska napredna stranka"},
      "Serbian Progressive Party",
      ["SNS", "СНС", "Serbische Fortschrittspartei", "Parti progressiste serbe", "Сербская прогрессивная партия"],
      [], [],
      "Serbia's ruling party; Latin and Cyrillic acronyms, German, French and Russian names."),
    E("gerb", O, {"bg": "Граждани за европейско развитие на България"}, "GERB",
      ["ГЕРБ", "Citizens for European Development of Bulgaria",
       "Citizens for the European Development of Bulgaria", "Grazhdani za evropeysko razvitie na Balgariya",
       "Bürger für eine europäische Entwicklung Bulgariens"],
      [], [],
      "Bulgarian centre-right party; its acronym GERB (also 'coat of arms'), English and German translations, "
      "transliterated full name."),
    E("psrm", O, {"ro": "Partidul Socialiștilor din Republica Moldova",
                  "ru": "Партия социалистов Республики Молдова"}, "Party of Socialists of the Republic of Moldova",
      ["PSRM", "ПСРМ", "Party of Socialists", "Socialist Party of Moldova", "Moldovan Party of Socialists",
       "Partidul Socialistilor din Republica Moldova"],
      [], [],
      "Moldova's pro-Russian socialist party; Latin/Cyrillic acronyms, short English names, Romanian "
      "without diacritics."),
]

# --------------------------------------------------------------------------------------------
# Ukraine and Russia: 15 places, 9 people, 6 organisations
# --------------------------------------------------------------------------------------------
UKRU = [
    # ---- places ----
    E("kostyantynivka", P, {"uk": "Костянтинівка", "ru": "Константиновка"}, "Kostyantynivka",
      ["Kostiantynivka", "Konstantinovka", "Konstantinowka", "Kostjantyniwka", "Konstantynówka"],
      [], [],
      "Donetsk-region town; Ukrainian national romanization, Russian-based, German (Russian- and "
      "Ukrainian-based) and Polish forms."),
    E("toretsk", P, {"uk": "Торецьк", "ru": "Торецк"}, "Toretsk",
      ["Torets'k", "Torezk", "Dzerzhynsk", "Dzerzhinsk", "Дзержинськ", "Дзержинск"],
      ["Dzerzhynsk", "Dzerzhinsk", "Дзержинськ", "Дзержинск"], [],
      "Donetsk-region town called Dzerzhynsk (Russian Dzerzhinsk) until the 2016 decommunization; "
      "German Torezk."),
    E("chasiv-yar", P, {"uk": "Часів Яр", "ru": "Часов Яр"}, "Chasiv Yar",
      ["Chasiv Iar", "Chasiv-Yar", "Chasov Yar", "Tschassiw Jar", "Czasiw Jar"],
      [], [],
      "Town west of Bakhmut; Ukrainian national romanization, hyphenated form, Russian, German, Polish."),
    E("nova-kakhovka", P, {"uk": "Нова Каховка", "ru": "Новая Каховка"}, "Nova Kakhovka",
      ["Novaya Kakhovka", "Novaia Kakhovka", "Nowa Kachowka", "Nowaja Kachowka", "Nova Kachowka"],
      [], ["kakhovka-reservoir", "kakhovka-dam"],
      "Kherson-region city beside the destroyed dam; Russian-based, Polish and German forms."),
    E("kakhovka-reservoir", P, {"uk": "Каховське водосховище", "ru": "Каховское водохранилище"},
      "Kakhovka Reservoir",
      ["Kakhovske Reservoir", "Kakhovske vodoskhovyshche", "Kakhovskoye Reservoir",
       "Kakhovskoye vodokhranilishche", "Kachowka-Stausee"],
      [], ["nova-kakhovka", "kakhovka-dam"],
      "The Dnieper reservoir drained in June 2023; adjective forms from Ukrainian and Russian, German."),
    E("kakhovka-dam", P, {"uk": "Каховська ГЕС", "ru": "Каховская ГЭС"}, "Kakhovka dam",
      ["Kakhovka Hydroelectric Power Plant", "Kakhovka HPP", "Kakhovska HPP", "Kakhovska HES",
       "Kakhovskaya GES", "Kakhovka hydroelectric dam", "Kachowka-Staudamm"],
      [], ["nova-kakhovka", "kakhovka-reservoir"],
      "The dam and hydro plant at Nova Kakhovka destroyed on 6 June 2023; English, Ukrainian (HES) and "
      "Russian (GES) abbreviations, German."),
    E("izmayil", P, {"uk": "Ізмаїл", "ru": "Измаил"}, "Izmayil",
      ["Izmail", "Izmaïl", "Ismail", "İsmail", "Izmaił"],
      [], [],
      "Danube port in Odesa region; Russian-based Izmail, French Izmaïl, Romanian/German Ismail, "
      "Turkish İsmail, Polish Izmaił."),
    E("kupyansk", P, {"uk": "Куп'янськ", "ru": "Купянск"}, "Kupyansk",
      ["Kupiansk", "Kup'yansk", "Kupyans'k", "Kupjansk", "Kupiańsk"],
      [], ["kupyansk-vuzlovyy"],
      "Kharkiv-region town on the Oskil; Ukrainian national romanization, apostrophe forms, German, Polish."),
    E("kupyansk-vuzlovyy", P, {"uk": "Куп'янськ-Вузловий", "ru": "Купянск-Узловой"}, "Kupyansk-Vuzlovyy",
      ["Kupiansk-Vuzlovyi", "Kupyansk-Vuzlovyi", "Kupiansk-Vuzlovyy", "Kupyansk-Uzlovoy", "Kupyansk-Uzlovoi"],
      [], ["kupyansk"],
      "Railway-junction town south of Kupyansk; Ukrainian (Vuzlovyi) and Russian (Uzlovoy) second parts."),
    E("aydar-river", P, {"uk": "Айдар", "ru": "Айдар"}, "Aydar River",
      ["Aidar River", "Aidar", "Aydar", "Ajdar", "річка Айдар"],
      [], ["aydar-battalion"],
      "Left tributary of the Siverskyy Donets in Luhansk region; ai/ay and Polish Ajdar."),
    E("dzhankoy", P, {"uk": "Джанкой", "ru": "Джанкой", "crh": "Canköy"}, "Dzhankoy",
      ["Dzhankoi", "Djankoy", "Jankoy", "Cankoy", "Dschankoj", "Dżankoj"],
      [], [],
      "Rail hub in northern Crimea; Crimean Tatar Canköy without diacritic, French Djankoy, German, Polish."),
    E("feodosia", P, {"uk": "Феодосія", "ru": "Феодосия", "crh": "Kefe"}, "Feodosia",
      ["Feodosiya", "Feodosiia", "Feodossija", "Teodozja", "Theodosia", "Kaffa", "Caffa"],
      ["Theodosia", "Kaffa", "Caffa"], [],
      "Crimean port; Russian/Ukrainian-based forms, German Feodossija, Polish Teodozja, Greek Theodosia, "
      "Genoese Caffa/Kaffa; Crimean Tatar Kefe."),
    E("engels", P, {"ru": "Энгельс"}, "Engels",
      ["Engel's", "Engels'", "Енгельс", "Pokrovsk", "Покровск", "Kosakenstadt"],
      ["Pokrovsk", "Покровск", "Kosakenstadt"], [],
      "Saratov-region city with the strategic-bomber air base; called Pokrovsk until 1931 (German "
      "Kosakenstadt in the Volga German republic)."),
    E("tver", P, {"ru": "Тверь"}, "Tver",
      ["Tver'", "Twer", "Твер", "Kalinin", "Калинин"],
      ["Kalinin", "Калинин"], [],
      "Regional capital between Moscow and St Petersburg, Kalinin 1931-1990; German/Polish Twer, Ukrainian."),
    E("sudzha", P, {"ru": "Суджа"}, "Sudzha",
      ["Sudža", "Sudja", "Sudscha", "Sudża", "Soudja"],
      [], [],
      "Kursk-region border town with the gas-metering station, held by Ukraine in 2024-2025; scholarly, "
      "English, German, Polish and French forms."),
    # ---- people ----
    E("hennadiy-trukhanov", H, {"uk": "Геннадій Труханов", "ru": "Геннадий Труханов"}, "Hennadiy Trukhanov",
      ["Hennadii Trukhanov", "Gennadiy Trukhanov", "Gennady Trukhanov", "Hennadij Truchanow",
       "Gennadij Truchanow"],
      [], [],
      "Long-time Odesa mayor; Ukrainian-based Hennadiy/Hennadii, Russian-based Gennady, German Truchanow."),
    E("oleh-synyehubov", H, {"uk": "Олег Синєгубов", "ru": "Олег Синегубов"}, "Oleh Synyehubov",
      ["Oleh Syniehubov", "Oleh Synehubov", "Oleg Sinegubov", "Oleh Synjehubow", "Ołeh Syniehubow"],
      [], [],
      "Governor of Kharkiv region; Ukrainian national romanization, Russian-based Oleg Sinegubov, German, Polish."),
    E("vitaliy-kim", H, {"uk": "Віталій Кім", "ru": "Виталий Ким"}, "Vitaliy Kim",
      ["Vitalii Kim", "Vitaly Kim", "Vitali Kim", "Vitalij Kim", "Witalij Kim"],
      [], [],
      "Governor of Mykolayiv region; first-name romanizations only (the surname does not vary in Latin)."),
    E("ivan-fedorov", H, {"uk": "Іван Федоров", "ru": "Иван Фёдоров"}, "Ivan Fedorov",
      ["Ivan Fyodorov", "Ivan Fiodorov", "Иван Федоров", "Iwan Fedorow", "Iwan Fjodorow"],
      [], [],
      "Melitopol mayor abducted in 2022, later governor of Zaporizhzhya region; Russian ё-based Fyodorov, "
      "Russian without ё, Polish/German."),
    E("vyacheslav-gladkov", H, {"ru": "Вячеслав Гладков", "uk": "В'ячеслав Гладков"}, "Vyacheslav Gladkov",
      ["Viacheslav Gladkov", "Vyacheslav Hladkov", "Viatcheslav Gladkov", "Wjatscheslaw Gladkow",
       "Wiaczesław Gładkow"],
      [], [],
      "Governor of Russia's Belgorod region; Ukrainian-based Hladkov, French, German, Polish forms."),
    E("oleksandr-tarnavskiy", H, {"uk": "Олександр Тарнавський", "ru": "Александр Тарнавский"},
      "Oleksandr Tarnavskiy",
      ["Oleksandr Tarnavskyi", "Oleksandr Tarnavskyy", "Oleksandr Tarnavsky", "Aleksandr Tarnavsky",
       "Oleksandr Tarnawskyj", "Ołeksandr Tarnawski"],
      [], [],
      "Ukrainian general who led the Tavria group in the 2023 counteroffensive; -skiy/-skyi/-skyy/-sky, "
      "Russian-based, German, Polish."),
    E("mikhail-mizintsev", H, {"ru": "Михаил Мизинцев", "uk": "Михайло Мізінцев"}, "Mikhail Mizintsev",
      ["Mykhaylo Mizintsev", "Mykhailo Mizintsev", "Mikhaïl Mizintsev", "Michail Misinzew", "Michaił Mizincew"],
      [], [],
      "Russian colonel general called the 'Butcher of Mariupol', later deputy defence minister; "
      "Ukrainian-based, French, German, Polish."),
    E("nikolai-patrushev", H, {"ru": "Николай Патрушев", "uk": "Микола Патрушев"}, "Nikolai Patrushev",
      ["Nikolay Patrushev", "Mykola Patrushev", "Nikolai Patruschew", "Nikołaj Patruszew", "Nicolaï Patrouchev"],
      [], ["dmitry-patrushev"],
      "Former FSB director and Security Council secretary, now Kremlin aide; Ukrainian-based, German, "
      "Polish, French."),
    E("dmitry-patrushev", H, {"ru": "Дмитрий Патрушев", "uk": "Дмитро Патрушев"}, "Dmitry Patrushev",
      ["Dmitriy Patrushev", "Dmitri Patrushev", "Dmytro Patrushev", "Dmitri Patruschew", "Dmitrij Patruszew",
       "Dmitri Patrouchev"],
      [], ["nikolai-patrushev"],
      "Son of Nikolai Patrushev, agriculture minister then deputy prime minister; same surname forms."),
    # ---- organisations ----
    E("ukrzaliznytsya", O, {"uk": "Укрзалізниця", "ru": "Укрзализныця"}, "Ukrzaliznytsya",
      ["Ukrzaliznytsia", "Ukrainian Railways", "UZ", "JSC Ukrzaliznytsia", "Ukrsalisnyzja"],
      [], [],
      "Ukraine's state railway; national romanization, the English name, the UZ brand, German."),
    E("enerhoatom", O, {"uk": "Енергоатом", "ru": "Энергоатом"}, "Enerhoatom",
      ["Energoatom", "NNEGC Energoatom", "NAEK Enerhoatom",
       "National Nuclear Energy Generating Company of Ukraine", "НАЕК «Енергоатом»"],
      [], [],
      "Ukraine's nuclear power operator; Russian-based Energoatom (also the company's own English brand), "
      "the full name and its acronyms."),
    E("rusich", O, {"ru": "ДШРГ «Русич»"}, "Rusich",
      ["Task Force Rusich", "DShRG Rusich", "Rusych", "Русич", "Sabotage and Assault Reconnaissance Group Rusich"],
      [], [],
      "Russian neo-Nazi paramilitary unit fighting in Ukraine since 2014; Ukrainian-based Rusych, the "
      "Russian unit-type acronym DShRG."),
    E("aydar-battalion", O, {"uk": "батальйон «Айдар»", "ru": "батальон «Айдар»"}, "Aydar Battalion",
      ["Aidar Battalion", "Aidar", "Aydar", "Айдар", "24th Separate Assault Battalion Aidar"],
      [], ["aydar-river"],
      "Ukrainian volunteer battalion formed in 2014, named after the river; ai/ay and the army designation."),
    E("kalashnikov-concern", O, {"ru": "Концерн «Калашников»"}, "Kalashnikov Concern",
      ["Kalashnikov Group", "Kalashnikov", "Kalaschnikow-Konzern", "Izhmash", "Ижмаш"],
      ["Izhmash", "Ижмаш"], [],
      "Russian arms maker in Izhevsk, named Izhmash until 2013; German form."),
    E("motor-sich", O, {"uk": "Мотор Січ", "ru": "Мотор Сич"}, "Motor Sich",
      ["Motor-Sich", "Motor Sych", "Motor Sič", "Motor Sitsch", "Motor Sicz"],
      [], [],
      "Zaporizhzhya aircraft-engine maker; hyphenated, Ukrainian-based Sych, Czech/scholarly Sič, German, Polish."),
]

# --------------------------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------------------------
TYPES = {"PLACE", "PERSON", "ORGANIZATION"}
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# tag -> script expected for the native value
TAG_SCRIPT = {
    "be": "Cyrl", "ru": "Cyrl", "uk": "Cyrl", "kk": "Cyrl", "ky": "Cyrl", "tg": "Cyrl", "mk": "Cyrl",
    "sr": "Cyrl", "bg": "Cyrl", "tt": "Cyrl", "ba": "Cyrl", "ce": "Cyrl", "uz-Cyrl": "Cyrl",
    "lt": "Latn", "lv": "Latn", "et": "Latn", "ro": "Latn", "az": "Latn", "uz-Latn": "Latn", "uz": "Latn",
    "tk": "Latn", "tr": "Latn", "sr-Latn": "Latn", "bs": "Latn", "sq": "Latn", "hu": "Latn", "ku": "Latn",
    "cnr": "Latn", "crh": "Latn", "de": "Latn", "pl": "Latn",
    "ka": "Geor", "hy": "Armn", "fa": "Arab", "prs": "Arab", "ps": "Arab",
}
BCP47_RE = re.compile(r"^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?$")


def script_of_letters(s):
    scripts = set()
    for ch in s:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        if name.startswith("CYRILLIC"):
            scripts.add("Cyrl")
        elif name.startswith("LATIN"):
            scripts.add("Latn")
        elif name.startswith("GEORGIAN"):
            scripts.add("Geor")
        elif name.startswith("ARMENIAN"):
            scripts.add("Armn")
        elif name.startswith("ARABIC"):
            scripts.add("Arab")
        elif name.startswith("GREEK"):
            scripts.add("Grek")
        elif name.startswith("MODIFIER LETTER"):
            continue  # e.g. Uzbek ʻ
        else:
            scripts.add("Other:" + name)
    return scripts


def key(s):
    return unicodedata.normalize("NFC", s).casefold().strip()


def fail(msg):
    raise SystemExit("VALIDATION FAILED: " + msg)


def validate(entities, fname, used_ids, want_types, min_pairs):
    ids = [e["id"] for e in entities]
    dup = [i for i, c in Counter(ids).items() if c > 1]
    if dup:
        fail(f"{fname}: duplicate ids {dup}")
    idset = set(ids)
    for e in entities:
        eid = e["id"]
        if set(e) != {"id", "type", "native", "preferred_en", "variants", "historical", "confusable_with", "note"}:
            fail(f"{fname}/{eid}: wrong keys {sorted(e)}")
        if not ID_RE.match(eid):
            fail(f"{fname}/{eid}: id is not kebab-case")
        if eid in used_ids:
            fail(f"{fname}/{eid}: id already used by an earlier set or dev data")
        if e["type"] not in TYPES:
            fail(f"{fname}/{eid}: bad type {e['type']}")
        nat = e["native"]
        if not (1 <= len(nat) <= 4):
            fail(f"{fname}/{eid}: native must have 1-4 languages")
        for tag, val in nat.items():
            if not BCP47_RE.match(tag) or tag not in TAG_SCRIPT:
                fail(f"{fname}/{eid}: tag {tag!r} not an accepted BCP 47 tag")
            if not isinstance(val, str) or not val.strip():
                fail(f"{fname}/{eid}: empty native for {tag}")
            sc = script_of_letters(val)
            if sc != {TAG_SCRIPT[tag]}:
                fail(f"{fname}/{eid}: native {tag}={val!r} has scripts {sc}, expected {TAG_SCRIPT[tag]}")
        pref = e["preferred_en"]
        if not pref.strip() or script_of_letters(pref) != {"Latn"}:
            fail(f"{fname}/{eid}: preferred_en must be Latin text")
        var = e["variants"]
        if not (5 <= len(var) <= 12):
            fail(f"{fname}/{eid}: {len(var)} variants, need 5-12")
        vkeys = [key(v) for v in var]
        if len(set(vkeys)) != len(vkeys):
            fail(f"{fname}/{eid}: repeated variant {[v for v, c in Counter(vkeys).items() if c > 1]}")
        taken = {key(pref)} | {key(v) for v in nat.values()}
        clash = [v for v in var if key(v) in taken]
        if clash:
            fail(f"{fname}/{eid}: variants repeat native/preferred_en: {clash}")
        for v in var:
            if not v.strip() or v != v.strip() or "  " in v:
                fail(f"{fname}/{eid}: badly spaced variant {v!r}")
        missing = [h for h in e["historical"] if h not in var]
        if missing:
            fail(f"{fname}/{eid}: historical not in variants: {missing}")
        if len(set(e["historical"])) != len(e["historical"]):
            fail(f"{fname}/{eid}: repeated historical item")
        for c in e["confusable_with"]:
            if c == eid or c not in idset:
                fail(f"{fname}/{eid}: confusable_with {c!r} not another id in this file")
        if len(set(e["confusable_with"])) != len(e["confusable_with"]):
            fail(f"{fname}/{eid}: repeated confusable id")
        if not e["note"].strip():
            fail(f"{fname}/{eid}: empty note")
    by_id = {e["id"]: e for e in entities}
    pairs = set()
    for e in entities:
        for c in e["confusable_with"]:
            if e["id"] not in by_id[c]["confusable_with"]:
                fail(f"{fname}: confusable pair {e['id']} -> {c} not listed both ways")
            pairs.add(tuple(sorted((e["id"], c))))
    if len(pairs) < min_pairs:
        fail(f"{fname}: only {len(pairs)} confusable pairs, need {min_pairs}")
    # every name string shared by two entities must be covered by a confusable link
    owners = {}
    for e in entities:
        names = {key(e["preferred_en"])} | {key(v) for v in e["variants"]} | {key(v) for v in e["native"].values()}
        for n in names:
            owners.setdefault(n, set()).add(e["id"])
    for n, ids_ in owners.items():
        if len(ids_) > 1:
            for a in ids_:
                for b in ids_:
                    if a < b and (a, b) not in pairs:
                        fail(f"{fname}: {a} and {b} share a name but are not confusable_with each other")
    counts = Counter(e["type"] for e in entities)
    for t, (lo, hi) in want_types.items():
        if not (lo <= counts[t] <= hi):
            fail(f"{fname}: {counts[t]} {t} entities, want {lo}-{hi}")
    return counts, pairs


def main():
    with open(USED_IDS_FILE, encoding="utf-8") as f:
        used = {line.strip() for line in f if line.strip()}
    if len(used) < 50:
        fail(f"{USED_IDS_FILE} looks wrong ({len(used)} ids)")
    cross = {e["id"] for e in REGION} & {e["id"] for e in UKRU}
    if cross:
        fail(f"ids in both files: {cross}")
    jobs = [
        ("names-heldout3-region.json", REGION, 50, {P: (23, 27), H: (13, 17), O: (8, 12)}, 6),
        ("names-heldout3-ukru.json", UKRU, 30, {P: (13, 17), H: (7, 11), O: (4, 8)}, 4),
    ]
    for fname, ents, n, types, min_pairs in jobs:
        if len(ents) != n:
            fail(f"{fname}: {len(ents)} entities, want {n}")
        counts, pairs = validate(ents, fname, used, types, min_pairs)
        path = os.path.join(HERE, fname)
        with open(path, "w", encoding="utf-8") as f:
            json.dump(ents, f, ensure_ascii=False, indent=2)
            f.write("\n")
        # re-read and re-validate what was written
        with open(path, encoding="utf-8") as f:
            back = json.load(f)
        if back != ents:
            fail(f"{fname}: round trip differs")
        nvar = sum(len(e["variants"]) for e in ents)
        nhist = sum(len(e["historical"]) for e in ents)
        print(f"{fname}: {len(ents)} entities "
              f"(PLACE {counts[P]}, PERSON {counts[H]}, ORGANIZATION {counts[O]}), "
              f"{len(pairs)} confusable pairs, {nvar} variants, {nhist} historical")
    print("all checks passed")


if __name__ == "__main__":
    main()
