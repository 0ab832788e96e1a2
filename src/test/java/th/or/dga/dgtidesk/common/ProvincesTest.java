package th.or.dga.dgtidesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ProvincesTest {

    static final List<Province> ALL = Provinces.ALL;

    @Test
    void thereAreExactly77DistinctProvinces() {
        assertThat(ALL).hasSize(77);
        assertThat(ALL.stream().map(Province::code).collect(Collectors.toSet())).hasSize(77);
        assertThat(ALL.stream().map(Province::thaiName).collect(Collectors.toSet())).hasSize(77);
        assertThat(ALL.stream().map(Province::englishName).collect(Collectors.toSet())).hasSize(77);
        assertThat(ALL).allSatisfy(province -> assertThat(province.code()).matches("[1-9][0-9]"));
        assertThat(Provinces.byCode("10")).get().extracting(Province::thaiName).isEqualTo("กรุงเทพมหานคร");
        assertThat(Provinces.byCode("20")).get().extracting(Province::englishName).isEqualTo("Chon Buri");
        assertThat(Provinces.byCode("99")).isEmpty();
    }

    @Test
    void listedInThaiDictionaryOrderWherePrevowelsDoNotDecide() {
        List<String> names = ALL.stream().map(Province::thaiName).toList();
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(ThaiText.comparator());
        assertThat(names).isEqualTo(sorted).startsWith("กระบี่", "กรุงเทพมหานคร").endsWith("อุบลราชธานี");
        // เชียงใหม่ files under ช, แพร่ under พ and เลย under ล — not after every plain consonant.
        assertThat(names.indexOf("เชียงใหม่")).isBetween(names.indexOf("ชัยภูมิ"), names.indexOf("ตรัง"));
        assertThat(names.indexOf("แพร่")).isBetween(names.indexOf("พิษณุโลก"), names.indexOf("ภูเก็ต"));
        assertThat(names.indexOf("เลย")).isBetween(names.indexOf("ลำพูน"), names.indexOf("ศรีสะเกษ"));
    }

    /** The misspelling tolerance must never make two provinces look alike. */
    @Test
    void looseKeysOfAllNamesAreDistinct() {
        Set<String> thaiKeys = ALL.stream().map(p -> Provinces.loose(Provinces.compact(p.thaiName())))
                .collect(Collectors.toSet());
        Set<String> englishKeys = ALL.stream().map(p -> Provinces.compact(p.englishName())).collect(Collectors.toSet());
        assertThat(thaiKeys).hasSize(77);
        assertThat(englishKeys).hasSize(77);
    }

    @ParameterizedTest
    @FieldSource("ALL")
    void everyNameMatchesItsProvinceHoweverItIsWritten(Province province) {
        assertThat(Provinces.match(province.thaiName())).contains(province);
        assertThat(Provinces.match("จ." + province.thaiName())).contains(province);
        assertThat(Provinces.match("จังหวัด " + province.thaiName())).contains(province);
        assertThat(Provinces.match(" " + province.englishName().toUpperCase(Locale.ROOT) + " ")).contains(province);
        assertThat(Provinces.match(province.englishName().replace(" ", "").toLowerCase(Locale.ROOT))).contains(province);
        assertThat(Provinces.match(province.englishName() + " Province")).contains(province);
    }

    @ParameterizedTest
    @CsvSource({
            "กทม, 10", "กทม., 10", "กรุงเทพ, 10", "กรุงเทพฯ, 10", "กรุงเทพ ฯ, 10", "กรุงเทพมหานคร, 10",
            "Bangkok, 10", "BANGKOK, 10", "bkk, 10", "Krung Thep, 10",
            "Chonburi, 20", "Chon Buri, 20", "ชลบุร, 20", "จ. ชลบุร, 20", "ชลบุรี , 20", "Chonbury, 20",
            "แปดริ้ว, 24", "ฉะเชิงเทรา, 24", "ฉเชิงเทรา, 24", "Chachoengsao, 24",
            "โคราช, 30", "Korat, 30", "อยุธยา, 14", "Ayutthaya, 14",
            "ศรีษะเกษ, 33", "Sisaket, 33", "สุราษฏร์ธานี, 84", "สุราษฎร์ธานี, 84", "ประจวบคีรีขันท์, 77",
            "เชียงใม่, 50", "Chiangmai, 50", "chiang  mai, 50", "บุรีรัม, 31", "Buriram, 31",
            "Lopburi, 16", "Phang-nga, 82", "Petchaburi, 76", "Phetchabun, 67", "เพชรบุรี, 76", "เพชรบูรณ์, 67",
            "หนองคา, 43", "จ.หนองคาย, 43",
    })
    void readsProvincesAsPeopleWriteThem(String input, String code) {
        assertThat(Provinces.match(input)).map(Province::code).contains(code);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "จ.", "จังหวัด", "Pattaya", "ลาว", "Tokyo", "กรุง", "xyz", "Tran"})
    void matchesNothingRatherThanGuessing(String input) {
        assertThat(Provinces.match(input)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"th, ชลบุรี", "en, Chon Buri"})
    void nameInTheUsersLanguage(String language, String name) {
        assertThat(Provinces.byCode("20").orElseThrow().name(Locale.forLanguageTag(language))).isEqualTo(name);
    }
}
