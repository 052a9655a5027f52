package org.livebrief.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The example table of the Cabinet of Ministers resolution No. 55 of 27 January 2010, row by row. */
class Kmu2010Test {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Алушта | Alushta
            Андрій | Andrii
            Борщагівка | Borshchahivka
            Борисенко | Borysenko
            Вінниця | Vinnytsia
            Володимир | Volodymyr
            Гадяч | Hadiach
            Богдан | Bohdan
            Згурський | Zghurskyi
            Ґалаґан | Galagan
            Ґорґани | Gorgany
            Донецьк | Donetsk
            Дмитро | Dmytro
            Рівне | Rivne
            Олег | Oleh
            Есмань | Esman
            Єнакієве | Yenakiieve
            Гаєвич | Haievych
            Короп'є | Koropie
            Житомир | Zhytomyr
            Жанна | Zhanna
            Жежелів | Zhezheliv
            Закарпаття | Zakarpattia
            Казимирчук | Kazymyrchuk
            Медвин | Medvyn
            Михайленко | Mykhailenko
            Іванків | Ivankiv
            Іващенко | Ivashchenko
            Їжакевич | Yizhakevych
            Кадиївка | Kadyivka
            Мар'їне | Marine
            Йосипівка | Yosypivka
            Стрий | Stryi
            Олексій | Oleksii
            Київ | Kyiv
            Коваленко | Kovalenko
            Лебедин | Lebedyn
            Леонід | Leonid
            Миколаїв | Mykolaiv
            Маринич | Marynych
            Ніжин | Nizhyn
            Наталія | Nataliia
            Одеса | Odesa
            Онищенко | Onyshchenko
            Полтава | Poltava
            Петро | Petro
            Решетилівка | Reshetylivka
            Рибчинський | Rybchynskyi
            Суми | Sumy
            Соломія | Solomiia
            Тернопіль | Ternopil
            Троць | Trots
            Ужгород | Uzhhorod
            Уляна | Uliana
            Фастів | Fastiv
            Філіпчук | Filipchuk
            Харків | Kharkiv
            Христина | Khrystyna
            Біла Церква | Bila Tserkva
            Стеценко | Stetsenko
            Чернівці | Chernivtsi
            Шевченко | Shevchenko
            Шостка | Shostka
            Кишеньки | Kyshenky
            Щербухи | Shcherbukhy
            Гоща | Hoshcha
            Гаращенко | Harashchenko
            Юрій | Yurii
            Корюківка | Koriukivka
            Яготин | Yahotyn
            Ярошенко | Yaroshenko
            Костянтин | Kostiantyn
            Знам'янка | Znamianka
            Феодосія | Feodosiia
            Згорани | Zghorany
            Розгон | Rozghon
            """)
    void officialExamples(String cyrillic, String latin) {
        assertThat(Romanization.KMU2010.romanize(cyrillic)).isEqualTo(latin);
    }
}
