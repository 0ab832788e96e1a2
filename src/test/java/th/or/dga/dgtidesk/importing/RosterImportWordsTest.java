package th.or.dga.dgtidesk.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.innovator.InnovatorKind;
import th.or.dga.dgtidesk.innovator.RosterStatus;

/** The words a roster's kind and status columns hold, the roster's own labels included. */
class RosterImportWordsTest {

    /** A roster exported from the application itself, in either language, reads back as it was. */
    @ParameterizedTest
    @EnumSource(RosterStatus.class)
    void everyStatusLabelOfTheRosterReadsBackAsItsStatus(RosterStatus status) {
        for (String language : new String[] {"th", "en"}) {
            String label = Messages.ofLanguage(language).get("roster.status." + status.code());
            assertThat(ValueWords.rosterStatus(label)).as(label).contains(status);
        }
        assertThat(ValueWords.rosterStatus(status.code())).contains(status);
    }

    @ParameterizedTest
    @EnumSource(InnovatorKind.class)
    void everyKindLabelOfTheRosterReadsBackAsItsKind(InnovatorKind kind) {
        for (String language : new String[] {"th", "en"}) {
            String label = Messages.ofLanguage(language).get("roster.kind." + kind.code());
            assertThat(ValueWords.innovatorKind(label)).as(label).contains(kind);
        }
        assertThat(ValueWords.innovatorKind(kind.code())).contains(kind);
    }

    @ParameterizedTest
    @CsvSource({"บริษัทสตาร์ทอัพ,STARTUP", "Start-up,STARTUP", "กลุ่มนักศึกษา มหาวิทยาลัยบูรพา,UNIVERSITY_TEAM",
            "วิสาหกิจชุมชน,COMMUNITY", "นิติบุคคล,COMPANY", "SME,COMPANY", "บุคคลธรรมดา,INDIVIDUAL",
            "นวัตกรอิสระ,INDIVIDUAL"})
    void kindWordsPeopleTypeAreRead(String word, InnovatorKind kind) {
        assertThat(ValueWords.innovatorKind(word)).contains(kind);
    }

    @ParameterizedTest
    @CsvSource({"พักการบ่มเพาะ,INACTIVE", "ถอนตัว,INACTIVE", "สำเร็จการบ่มเพาะ,ALUMNI", "Graduated,ALUMNI",
            "รอพิจารณา,APPLICANT", "อยู่ระหว่างบ่มเพาะ,ACTIVE", "current member,ACTIVE"})
    void statusWordsPeopleTypeAreRead(String word, RosterStatus status) {
        assertThat(ValueWords.rosterStatus(word)).contains(status);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ยานอวกาศ", "???", " "})
    void anyOtherWordIsNoKindAndNoStatus(String word) {
        assertThat(ValueWords.innovatorKind(word)).isEqualTo(Optional.empty());
        assertThat(ValueWords.rosterStatus(word)).isEqualTo(Optional.empty());
    }

    /** The wizard names every field a roster offers, and its outcomes, in both languages; the contact's fields say so. */
    @ParameterizedTest
    @ValueSource(strings = {"th", "en"})
    void everyRosterFieldAndOutcomeHasItsLabel(String language) {
        Messages messages = Messages.ofLanguage(language);
        for (ImportField field : ImportKind.ROSTER.fields()) {
            String key = ImportKind.ROSTER.fieldKey(field);
            assertThat(messages.get(key)).as(key).isNotEqualTo(key);
        }
        for (RowOutcome outcome : RowOutcome.values()) {
            String key = ImportKind.ROSTER.outcomeKey(outcome.code());
            assertThat(messages.get(key)).as(key).isNotEqualTo(key);
        }
        assertThat(Messages.ofLanguage("th").get(ImportKind.ROSTER.fieldKey(ImportField.EMAIL)))
                .isEqualTo("ผู้ติดต่อ: อีเมล");
        assertThat(Messages.ofLanguage("th").get(ImportKind.PEOPLE.fieldKey(ImportField.EMAIL))).isEqualTo("อีเมล");
        assertThat(Messages.ofLanguage("th").get(ImportKind.ROSTER.outcomeKey("new"))).isEqualTo("นวัตกรใหม่");
    }
}
