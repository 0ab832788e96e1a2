package th.or.dga.dgtidesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.TestCenters;
import th.or.dga.dgtidesk.people.NewPerson;
import th.or.dga.dgtidesk.workshop.Workshop;
import th.or.dga.dgtidesk.workshop.WorkshopKind;

class GlobalSearchTest {

    @TempDir
    Path folder;

    @Test
    void findsEveryKindByAnyPartOfAThaiWordGroupedByKind() {
        try (CenterContext context = TestCenters.setUpCenter(folder)) {
            context.personService().create(new NewPerson("นางสาว", "วรรณา", "แสงทอง", "wanna@example.com", "0812345678",
                    "บริษัท ทองคำ จำกัด", "company"));
            context.workshopService().create(new Workshop(null, "GOLD-1", "อบรมเหมืองทองข้อมูล", null,
                    WorkshopKind.TRAINING, LocalDateTime.of(2026, 12, 1, 9, 0), LocalDateTime.of(2026, 12, 1, 16, 0),
                    null, null, null, null, null));

            assertThat(context.globalSearch().find("ทอง", 5)).extracting(SearchHit::kind, SearchHit::title)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(SearchTarget.PERSON, "นางสาววรรณา แสงทอง"),
                            org.assertj.core.groups.Tuple.tuple(SearchTarget.ORGANIZATION, "บริษัท ทองคำ จำกัด"),
                            org.assertj.core.groups.Tuple.tuple(SearchTarget.WORKSHOP, "อบรมเหมืองทองข้อมูล"));
            // Two letters: names only; a phone typed the Thai way finds the person too.
            assertThat(context.globalSearch().find("วร", 5)).extracting(SearchHit::kind)
                    .containsExactly(SearchTarget.PERSON);
            assertThat(context.globalSearch().find("081-234-5678", 5)).extracting(SearchHit::title)
                    .containsExactly("นางสาววรรณา แสงทอง");
            assertThat(context.globalSearch().find("  ", 5)).isEmpty();
        }
    }
}
