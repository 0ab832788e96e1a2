package th.or.dga.dgtidesk.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BahtAndWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1,250,000 | 125000000 | 1,250,000",
            "1250000.5 | 125000050 | 1,250,000.50",
            "๑,๐๐๐ บาท | 100000 | 1,000",
            "฿ 0.99 | 99 | 0.99",
    })
    void bahtAreTypedAndShownWithThousandsSeparators(String typed, long satang, String shown) {
        assertThat(Baht.parse(typed)).isEqualTo(satang);
        assertThat(Baht.format(satang)).isEqualTo(shown);
    }

    @Test
    void blankIsUnknownAndNonsenseIsRefused() {
        assertThat(Baht.parse("  ")).isNull();
        assertThat(Baht.format(null)).isEmpty();
        assertThatThrownBy(() -> Baht.parse("-5")).hasMessageContaining("money.negative");
        assertThatThrownBy(() -> Baht.parse("1.005")).hasMessageContaining("money.unreadable");
        assertThatThrownBy(() -> Baht.parse("หนึ่งพัน")).hasMessageContaining("money.unreadable");
    }

    @Test
    void thaiTextIsSplitIntoMeaningfulWords() {
        assertThat(ThaiWords.of("แจ้งเตือนน้ำท่วมให้ประชาชนในพื้นที่ผ่าน LINE"))
                .contains("แจ้ง", "เตือน", "น้ำ", "ท่วม", "ประชาชน", "พื้นที่", "line")
                .doesNotContain("ให้", "ใน");
        assertThat(ThaiWords.of("สามารถ")).containsExactly("สามารถ");
    }
}
