package th.or.dga.dgtidesk.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static th.or.dga.dgtidesk.db.generated.Tables.AUDIT_ENTRY;
import static th.or.dga.dgtidesk.db.generated.Tables.ORGANIZATION;
import static th.or.dga.dgtidesk.db.generated.Tables.PERSON;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.TestCenters;
import th.or.dga.dgtidesk.common.UserException;

class PersonServiceTest {

    @TempDir
    Path folder;

    private CenterContext context;
    private PersonService people;

    @BeforeEach
    void setUp() {
        context = TestCenters.setUpCenter(folder);
        people = context.personService();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void aNewPersonIsStoredCleanAndFoundBySearch() {
        PersonListItem created = people.create(new NewPerson("นางสาว", " สมหญิง ", "ใจดี", "Somying@Agency.GO.TH",
                "+66 81 234 5678", "สำนักงานพัฒนารัฐบาลดิจิทัล", "government_agency"));

        var row = context.database().dsl().selectFrom(PERSON).where(PERSON.ID.eq(created.id())).fetchSingle();
        assertThat(row.getFirstNameTh()).isEqualTo("สมหญิง");
        assertThat(row.getEmail()).isEqualTo("somying@agency.go.th");
        assertThat(row.getPhone()).isEqualTo("0812345678");
        assertThat(context.database().dsl().fetchCount(ORGANIZATION)).isEqualTo(1);
        assertThat(context.database().dsl().fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ENTITY_ID.eq(created.id())))
                .isEqualTo(1);
        assertThat(context.peopleQueries().search("หญิง", 5)).extracting(PersonListItem::id).contains(created.id());

        // A second person of the same organization joins it rather than making a copy.
        people.create(new NewPerson(null, "สมชาย", null, null, "02-123-4567", "สำนักงานพัฒนารัฐบาลดิจิทัล", null));
        assertThat(context.database().dsl().fetchCount(ORGANIZATION)).isEqualTo(1);
    }

    @Test
    void sameContactFindsAnExistingPersonByEmailOrPhoneWhateverTheTyping() {
        PersonListItem created = people.create(new NewPerson(null, "วรรณา", "แสงทอง", "wanna@example.com",
                "0812345678", null, null));

        assertThat(people.sameContact("WANNA@example.com ", null)).extracting(PersonListItem::id)
                .containsExactly(created.id());
        assertThat(people.sameContact(null, "081-234-5678")).extracting(PersonListItem::id)
                .containsExactly(created.id());
        assertThat(people.sameContact("other@example.com", "0899999999")).isEmpty();
        assertThat(people.sameContact("", " ")).isEmpty();
    }

    @Test
    void badInputIsRefusedWithAMessageAndNothingIsWritten() {
        assertThatThrownBy(() -> people.create(new NewPerson(null, "ก", null, "not-an-email", null, null, null)))
                .isInstanceOf(UserException.class).hasFieldOrPropertyWithValue("messageKey", "person.badEmail");
        assertThatThrownBy(() -> people.create(new NewPerson(null, "ก", null, null, "12345", null, null)))
                .isInstanceOf(UserException.class).hasFieldOrPropertyWithValue("messageKey", "person.badPhone");
        assertThatThrownBy(() -> people.create(new NewPerson(null, " ", null, "a@b.co", null, null, null)))
                .isInstanceOf(UserException.class).hasFieldOrPropertyWithValue("messageKey",
                        "person.firstNameRequired");
        assertThatThrownBy(() -> people.create(new NewPerson(null, "ก", null, null, null, null, null)))
                .isInstanceOf(UserException.class).hasFieldOrPropertyWithValue("messageKey",
                        "person.contactRequired");
        assertThat(context.database().dsl().fetchCount(PERSON)).isZero();
    }
}
