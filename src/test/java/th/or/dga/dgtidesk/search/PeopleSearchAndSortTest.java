package th.or.dga.dgtidesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static th.or.dga.dgtidesk.db.generated.Tables.PERSON;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.TestCenters;
import th.or.dga.dgtidesk.common.Ids;
import th.or.dga.dgtidesk.common.ThaiText;
import th.or.dga.dgtidesk.people.PersonListItem;

class PeopleSearchAndSortTest {

    @TempDir
    Path folder;

    private CenterContext context;
    private List<String> dictionaryOrder;

    @BeforeEach
    void fillWithShuffledThaiNames() throws IOException {
        context = TestCenters.setUpCenter(folder);
        try (InputStream in = getClass().getResourceAsStream("/thai-names-dictionary-order.txt")) {
            dictionaryOrder = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        }
        List<String> shuffled = new ArrayList<>(dictionaryOrder);
        Collections.shuffle(shuffled, new Random(42));
        context.database().transactions().write(tx -> {
            for (int i = 0; i < shuffled.size(); i++) {
                insertPerson(tx, shuffled.get(i), "ทดสอบ", "person" + i + "@example.go.th", "08123456" + (10 + i % 90));
            }
            insertPerson(tx, "สมศักดิ์", "รักชาติไทย", "somsak@dga.or.th", "0899998888");
            return null;
        });
    }

    @AfterEach
    void close() {
        context.close();
    }

    private static void insertPerson(DSLContext tx, String first, String last, String email, String phone) {
        LocalDateTime now = LocalDateTime.of(2026, 11, 25, 2, 0);
        tx.insertInto(PERSON)
                .set(PERSON.ID, Ids.newId())
                .set(PERSON.FIRST_NAME_TH, first)
                .set(PERSON.LAST_NAME_TH, last)
                .set(PERSON.EMAIL, email)
                .set(PERSON.PHONE, phone)
                .set(PERSON.SORT_KEY, ThaiText.sortKey(first + " " + last))
                .set(PERSON.CREATED_AT, now)
                .set(PERSON.UPDATED_AT, now)
                .execute();
    }

    @Test
    void theSortedPageFollowsThaiDictionaryOrderThroughTheSortKeyIndex() {
        List<String> firstNames = context.peopleQueries().sortedPage(0, 1000).stream()
                .map(PersonListItem::firstNameTh).filter(dictionaryOrder::contains).toList();
        assertThat(firstNames).containsExactlyElementsOf(dictionaryOrder);
        String plan = context.database().dsl().fetch("EXPLAIN QUERY PLAN SELECT id FROM person"
                + " WHERE merged_into_id IS NULL ORDER BY sort_key LIMIT 100").toString();
        assertThat(plan).contains("person_sort_idx").doesNotContain("TEMP B-TREE");
    }

    @ParameterizedTest
    @CsvSource({
            "ชาติ, สมศักดิ์",        // in the middle of a Thai word (trigram index)
            "ศักดิ์, สมศักดิ์",
            "ชาติไท, สมศักดิ์",
            "SOMSAK@DGA, สมศักดิ์",   // Latin, any case
            "dga.or, สมศักดิ์",
            "089-999-8888, สมศักดิ์", // a phone as people type it
            "+66 89 999, สมศักดิ์",
            "รั, สมศักดิ์",            // shorter than a trigram: the LIKE fallback
    })
    void searchFindsAnyPartOfAWord(String query, String expectedFirstName) {
        assertThat(context.peopleQueries().search(query, 20)).extracting(PersonListItem::firstNameTh)
                .contains(expectedFirstName);
    }

    @Test
    void searchHitsAreInThaiOrderAndLimited() {
        List<PersonListItem> hits = context.peopleQueries().search("ทดสอบ", 5);
        assertThat(hits).hasSize(5);
        assertThat(hits).extracting(PersonListItem::firstNameTh).containsExactlyElementsOf(dictionaryOrder.subList(0, 5));
    }

    @Test
    void aQueryWithFtsSyntaxIsSearchedAsPlainText() {
        assertThat(context.peopleQueries().search("\"OR* NEAR(", 10)).isEmpty();
        assertThat(context.peopleQueries().search("%", 10)).isEmpty();
    }
}
