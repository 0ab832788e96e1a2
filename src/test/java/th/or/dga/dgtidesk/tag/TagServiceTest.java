package th.or.dga.dgtidesk.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static th.or.dga.dgtidesk.db.generated.Tables.AGENCY_NEED;
import static th.or.dga.dgtidesk.db.generated.Tables.AUDIT_ENTRY;
import static th.or.dga.dgtidesk.db.generated.Tables.ORGANIZATION;
import static th.or.dga.dgtidesk.db.generated.Tables.TAG;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.TestCenters;
import th.or.dga.dgtidesk.common.ThaiText;
import th.or.dga.dgtidesk.innovator.Innovator;
import th.or.dga.dgtidesk.innovator.InnovatorDraft;
import th.or.dga.dgtidesk.innovator.InnovatorKind;
import th.or.dga.dgtidesk.innovator.RosterStatus;
import th.or.dga.dgtidesk.innovator.Solution;
import th.or.dga.dgtidesk.workshop.Workshop;
import th.or.dga.dgtidesk.workshop.WorkshopKind;
import th.or.dga.dgtidesk.workshop.WorkshopPlan;

class TagServiceTest {

    @TempDir
    Path folder;

    private CenterContext context;
    private TagService tags;
    private final TagRepository repository = new TagRepository();

    @BeforeEach
    void setUp() {
        context = TestCenters.setUpCenter(folder);
        tags = context.tagService();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private String workshop(String code, List<String> tagNames) {
        return context.workshopService().create(new WorkshopPlan(new Workshop(null, code, "อบรม " + code, null,
                WorkshopKind.TRAINING, LocalDateTime.of(2026, 12, 1, 9, 0), LocalDateTime.of(2026, 12, 1, 16, 0), null,
                null, null, null, null), tagNames, List.of())).id();
    }

    private Innovator innovator(String name, List<String> tagNames) {
        return context.innovatorService().create(new InnovatorDraft(null, InnovatorKind.STARTUP, name, null,
                RosterStatus.ACTIVE, null, null, null, false, tagNames));
    }

    private String needTagged(String tagId) {
        LocalDateTime now = LocalDateTime.of(2026, 11, 1, 2, 0);
        return context.database().transactions().write(tx -> {
            tx.insertInto(ORGANIZATION).set(ORGANIZATION.ID, "agency").set(ORGANIZATION.NAME_TH, "เทศบาล")
                    .set(ORGANIZATION.KIND, "government_agency").set(ORGANIZATION.SORT_KEY, ThaiText.sortKey("เทศบาล"))
                    .set(ORGANIZATION.CREATED_AT, now).set(ORGANIZATION.UPDATED_AT, now).execute();
            tx.insertInto(AGENCY_NEED).set(AGENCY_NEED.ID, "need").set(AGENCY_NEED.AGENCY_ID, "agency")
                    .set(AGENCY_NEED.TITLE, "ระบบแจ้งเหตุ").set(AGENCY_NEED.PRIORITY, "normal")
                    .set(AGENCY_NEED.RECEIVED_ON, LocalDate.of(2026, 10, 1)).set(AGENCY_NEED.STATUS, "open")
                    .set(AGENCY_NEED.CREATED_AT, now).set(AGENCY_NEED.UPDATED_AT, now).execute();
            repository.replace(tx, TaggedKind.NEED, "need", List.of("Internet of Things"), now, null);
            return "need";
        });
    }

    private TagUsage usage(String name) {
        return tags.usage().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void typingATagFindsTheOneInUseWhateverTheCase() {
        workshop("W-1", List.of("Smart City", "IoT"));
        innovator("บริษัท ก จำกัด", List.of("iot", "smart farming"));

        assertThat(tags.usage()).extracting(TagUsage::name).containsExactly("IoT", "Smart City", "smart farming");
        assertThat(usage("IoT").total()).isEqualTo(2);
        assertThat(tags.suggest("sm", 10)).containsExactly("Smart City", "smart farming");
        assertThat(tags.suggest("t", 10)).as("those starting with it first").containsExactly("IoT", "Smart City",
                "smart farming");
        assertThat(tags.suggest("", 2)).hasSize(2);
    }

    @Test
    void mergingMovesEveryLinkInOneGoKeepsOneLinkWhereBothWereAndIsAudited() {
        String both = workshop("W-1", List.of("IoT", "Internet of Things"));
        String only = workshop("W-2", List.of("Internet of Things"));
        Innovator innovator = innovator("บริษัท ก จำกัด", List.of("Internet of Things"));
        Solution solution = context.solutionService().create(new Solution(null, innovator.id(), "เซนเซอร์", null,
                List.of("Internet of Things", "IoT"), 6, List.of(), null));
        String from = usage("Internet of Things").id();
        String into = usage("IoT").id();
        needTagged(from);
        assertThat(usage("Internet of Things").total()).isEqualTo(5);

        TagMerge merge = tags.merge(from, into);

        assertThat(merge).isEqualTo(new TagMerge("Internet of Things", "IoT", 1, 1, 0, 1));
        assertThat(tags.usage()).extracting(TagUsage::name).containsExactly("IoT");
        TagUsage iot = usage("IoT");
        assertThat(List.of(iot.workshops(), iot.innovators(), iot.solutions(), iot.needs()))
                .containsExactly(2, 1, 1, 1);
        assertThat(context.workshopService().plan(both).tags()).containsExactly("IoT");
        assertThat(context.workshopService().plan(only).tags()).containsExactly("IoT");
        assertThat(context.rosterQueries().solution(solution.id()).orElseThrow().tags()).containsExactly("IoT");
        int left = context.database().transactions().read(dsl -> dsl.fetchCount(TAG, TAG.ID.eq(from)));
        assertThat(left).isZero();
        String summary = context.database().transactions().read(dsl -> dsl.select(AUDIT_ENTRY.SUMMARY)
                .from(AUDIT_ENTRY).where(AUDIT_ENTRY.ACTION.eq("merge")).fetchSingle(AUDIT_ENTRY.SUMMARY));
        assertThat(summary).contains("'Internet of Things'", from, "'IoT'", "workshops 1", "needs 1");
    }

    @Test
    void aTagIsNotMergedIntoItselfAndAViewerMergesNothing() {
        workshop("W-1", List.of("IoT", "AI"));
        String iot = usage("IoT").id();
        assertThatThrownBy(() -> tags.merge(iot, iot)).extracting("messageKey").isEqualTo("tag.mergeSame");
        context.staffService().add("viewer", "ผู้ชม", th.or.dga.dgtidesk.security.Role.VIEWER);
        context.staffService().actAs("viewer");
        assertThatThrownBy(() -> tags.merge(iot, usage("AI").id())).extracting("messageKey")
                .isEqualTo("staff.viewerCannotWrite");
        assertThat(tags.usage()).hasSize(2);
    }
}
