package org.livebrief.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SlavicCasesTest {

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
        assertThat(SlavicCases.nominatives(inflected)).contains(nominative);
    }

    @ParameterizedTest(name = "{0} is never read as {1}")
    @CsvSource({"Зеленська, Зеленський", "Зеленської, Зеленський", "Зеленській, Зеленський", "Зеленську, Зеленський",
            "Зеленской, Зеленский", "Зеленскую, Зеленский", "Харкові, Херсон"})
    void feminineFormsNeverLeadToTheMasculine(String form, String other) {
        assertThat(SlavicCases.nominatives(form)).doesNotContain(other);
    }

    @Test
    void onlyCyrillicWordsWithAStemLeft() {
        assertThat(SlavicCases.nominatives("Zelenskoho")).isEmpty();
        assertThat(SlavicCases.nominatives("Kyivi")).isEmpty();
        assertThat(SlavicCases.nominatives("ома")).isEmpty();
        // A capitalised word is a name, whose stem may be two letters: Уфа, Ош.
        assertThat(SlavicCases.nominatives("Уфы")).contains("Уфа");
        assertThat(SlavicCases.nominatives("Оше")).contains("Ош");
        assertThat(SlavicCases.nominatives("ЗСУ")).isEmpty();
        assertThat(SlavicCases.nominatives("Київ")).doesNotContain("Київ");
    }

    @Test
    void feminineDativeLooksLikeTheMasculineNominativeButIsNot() {
        assertThat(SlavicCases.hidesGender("Зеленській")).isTrue();
        assertThat(SlavicCases.hidesGender("Зеленський")).isFalse();
        assertThat(SlavicCases.hidesGender("Zelenskii")).isFalse();
    }
}
