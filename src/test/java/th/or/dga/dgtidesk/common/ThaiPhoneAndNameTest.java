package th.or.dga.dgtidesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThaiPhoneAndNameTest {

    @ParameterizedTest
    @CsvSource(nullValues = "NONE", value = {
            "081-234-5678, 0812345678, 081-234-5678",
            "0812345678, 0812345678, 081-234-5678",
            "081 234 5678, 0812345678, 081-234-5678",
            "+66 81 234 5678, 0812345678, 081-234-5678",
            "+66812345678, 0812345678, 081-234-5678",
            "66812345678, 0812345678, 081-234-5678",
            "(02) 123-4567, 021234567, 02-123-4567",
            "02-123-4567 ต่อ 12, 021234567, 02-123-4567",
            "038-123-456, 038123456, 038-123-456",
            "๐๘๑-๒๓๔-๕๖๗๘, 0812345678, 081-234-5678",
            "+44 20 7946 0958, +442079460958, +442079460958",
            "12345, NONE, NONE",
            "081-234-567, NONE, NONE",
            "โทรหาฉัน, NONE, NONE",
    })
    void normalisesAndShowsThaiNumbers(String input, String stored, String shown) {
        assertThat(ThaiPhone.normalise(input).orElse(null)).isEqualTo(stored);
        if (stored != null) {
            assertThat(ThaiPhone.display(stored)).isEqualTo(shown);
        }
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NONE", value = {
            "นางสาวสมหญิง ใจดี, นางสาว, สมหญิง, ใจดี",
            "นาย สมชาย ใจดี, นาย, สมชาย, ใจดี",
            "นางวรรณา แสงทอง, นาง, วรรณา, แสงทอง",
            "ดร.สมศักดิ์ รักไทย, ดร., สมศักดิ์, รักไทย",
            "ผศ.ดร.กนกพร ศรีสุข, ผศ.ดร., กนกพร, ศรีสุข",
            "Mr John Smith, Mr, John, Smith",
            "วรรณา  แสงทอง, NONE, วรรณา, แสงทอง",
            "สมชาย ณ อยุธยา, NONE, สมชาย, ณ อยุธยา",
            "นาย, NONE, นาย, NONE",
            "Mrinal Sen, NONE, Mrinal, Sen",
    })
    void splitsPrefixesFromNames(String full, String prefix, String first, String last) {
        NamePrefix.SplitName split = NamePrefix.split(full);
        assertThat(split.prefix()).isEqualTo(prefix);
        assertThat(split.firstName()).isEqualTo(first);
        assertThat(split.lastName()).isEqualTo(last);
    }

    @Test
    void namesAreShownWithThaiPrefixesJoinedAndLatinOnesSpaced() {
        assertThat(NamePrefix.join("นางสาว", "สมหญิง", "ใจดี")).isEqualTo("นางสาวสมหญิง ใจดี");
        assertThat(NamePrefix.join("ดร.", "สมศักดิ์", "รักไทย")).isEqualTo("ดร. สมศักดิ์ รักไทย");
        assertThat(NamePrefix.join("Dr", "John", "Smith")).isEqualTo("Dr John Smith");
        assertThat(NamePrefix.join(null, "วรรณา", null)).isEqualTo("วรรณา");
        assertThat(NamePrefix.join("", "วรรณา", "แสงทอง")).isEqualTo("วรรณา แสงทอง");
    }

    @Test
    void thaiDictionaryOrderByCollatorAndBySortKeyBytes() throws IOException {
        List<String> expected;
        try (InputStream in = getClass().getResourceAsStream("/thai-names-dictionary-order.txt")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        }
        List<String> shuffled = new ArrayList<>(expected);
        Collections.shuffle(shuffled, new Random(2569));
        List<String> byCollator = new ArrayList<>(shuffled);
        byCollator.sort(ThaiText.comparator());
        List<String> byKey = new ArrayList<>(shuffled);
        byKey.sort((a, b) -> Arrays.compareUnsigned(ThaiText.sortKey(a), ThaiText.sortKey(b)));
        assertThat(byCollator).containsExactlyElementsOf(expected);
        assertThat(byKey).containsExactlyElementsOf(expected);
    }
}
