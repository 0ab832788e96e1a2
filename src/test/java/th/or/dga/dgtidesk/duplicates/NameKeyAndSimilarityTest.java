package th.or.dga.dgtidesk.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeyAndSimilarityTest {

    @ParameterizedTest
    @CsvSource({
        "นางสาว, วรรณา, แสงทอง, วรรณาแสงทอง",
        ", นางสาววรรณา, แสงทอง, วรรณาแสงทอง",
        "ดร., ศักดิ์ชัย, ใจดี, ศักดิชัยใจดี",
        "Mr, John, Smith, johnsmith",
        ", ประเสริฐ, ศักดิ์ดี่, ประเสริฐศักดิดี"})
    void aNameKeyDropsPrefixSpacesCaseAndThaiMarks(String prefix, String first, String last, String key) {
        assertThat(NameKey.of(prefix, first, last)).isEqualTo(key.replaceAll("[\\u0E47-\\u0E4E]", ""));
    }

    @ParameterizedTest
    @CsvSource({
        "สมชายใจดี, สมชยาใจดี, 1, true",
        "สมชาย, สมชยา, 1, false",
        "วรรณาแสงทอง, วรรณแสงทอง, 1, true",
        "สมชายใจดี, สมศรีใจดี, 3, false",
        "กมล, กมลา, 1, false"})
    void closeMeansAFewSlipsForTheLengthOfTheName(String a, String b, int distance, boolean close) {
        assertThat(NameSimilarity.distance(a, b)).isEqualTo(distance);
        assertThat(NameSimilarity.close(a, b)).isEqualTo(close);
    }

    @ParameterizedTest
    @CsvSource({"บริษัท เทคซิตี้ จำกัด, เทคซิตี", "'Techcity Co., Ltd.', techcity", "ห้างหุ้นส่วนจำกัด สมใจ, สมใจ"})
    void organizationsAreComparedWithoutLegalFormWords(String name, String key) {
        assertThat(NameKey.organization(name)).isEqualTo(key.replaceAll("[\\u0E47-\\u0E4E]", ""));
    }
}
