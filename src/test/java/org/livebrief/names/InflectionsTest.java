package org.livebrief.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class InflectionsTest {

    @ParameterizedTest(name = "{0} may be a case of {1}")
    @CsvSource({
            "Зеленського, Зеленський", "Зеленському, Зеленський", "Зеленським, Зеленський", "Зеленськім, Зеленський",
            "Зеленского, Зеленский", "Зеленскому, Зеленский", "Зеленским, Зеленский", "Зеленском, Зеленский",
            "Зеленської, Зеленська", "Зеленській, Зеленська", "Зеленською, Зеленська", "Зеленську, Зеленська",
            "Зеленской, Зеленская", "Зеленскую, Зеленская",
            "Києві, Київ", "Києва, Київ", "Києву, Київ", "Києвом, Київ", "Харкові, Харків", "Львова, Львів",
            "Миколаєві, Миколаїв", "Запоріжжі, Запоріжжя", "Запоріжжю, Запоріжжя", "Москвы, Москва", "Москве, Москва",
            "Москвой, Москва", "Одесі, Одеса", "Одесу, Одеса", "Дніпрі, Дніпро", "Дніпра, Дніпро", "Донецька, Донецьк",
            "Ризі, Рига", "Америці, Америка", "Володимира, Володимир", "Олени, Олена", "Марії, Марія",
            "Андрія, Андрій", "Игоря, Игорь", "Шевченкові, Шевченко", "ЗЕЛЕНСЬКОГО, ЗЕЛЕНСЬКИЙ",
            "Рівному, Рівне", "Рівного, Рівне", "Путіним, Путін", "Путиным, Путин", "Запоріжжям, Запоріжжя",
            "Сумах, Суми", "Чернівцях, Чернівці", "Чернівців, Чернівці",
            "Запорожья, Запорожье", "Прикарпатью, Прикарпатье"})
    void offersTheNominative(String inflected, String nominative) {
        assertThat(Inflections.of(inflected)).contains(nominative);
    }

    @ParameterizedTest(name = "{0} is never read as {1}")
    @CsvSource({"Зеленська, Зеленський", "Зеленської, Зеленський", "Зеленській, Зеленський", "Зеленську, Зеленський",
            "Зеленской, Зеленский", "Зеленскую, Зеленский", "Харкові, Херсон"})
    void feminineFormsNeverLeadToTheMasculine(String form, String other) {
        assertThat(Inflections.of(form)).doesNotContain(other);
    }

    @Test
    void onlyCyrillicWordsWithAStemLeft() {
        assertThat(Inflections.of("Zelenskoho")).isEmpty();
        assertThat(Inflections.of("Kyivi")).isEmpty();
        assertThat(Inflections.of("Ома")).isEmpty();
        assertThat(Inflections.of("Київ")).doesNotContain("Київ");
    }

    @Test
    void feminineDativeLooksLikeTheMasculineNominativeButIsNot() {
        assertThat(Inflections.hidesGender("Зеленській")).isTrue();
        assertThat(Inflections.hidesGender("Зеленський")).isFalse();
        assertThat(Inflections.hidesGender("Zelenskii")).isFalse();
    }
}
