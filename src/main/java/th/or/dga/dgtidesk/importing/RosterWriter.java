package th.or.dga.dgtidesk.importing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import th.or.dga.dgtidesk.common.Ids;
import th.or.dga.dgtidesk.common.Times;
import th.or.dga.dgtidesk.innovator.Innovator;
import th.or.dga.dgtidesk.innovator.InnovatorRepository;
import th.or.dga.dgtidesk.innovator.Organization;
import th.or.dga.dgtidesk.innovator.RosterStatus;
import th.or.dga.dgtidesk.innovator.Solution;
import th.or.dga.dgtidesk.innovator.SolutionRepository;
import th.or.dga.dgtidesk.tag.TagRepository;
import th.or.dga.dgtidesk.tag.TaggedKind;

/**
 * Writes the rows of one roster import inside the import's transaction, through the roster's own
 * repositories: a new innovator with its organization (found by its exact name, or made with the
 * organization kind of the innovator's kind) or its person, its contact person (new, matched, or an
 * earlier row's), its focus tags from the shared vocabulary, and its solution; an existing
 * innovator only gets a solution it did not offer. Contact people go through the import's batched
 * writer, like every imported person.
 */
final class RosterWriter {

    private final InnovatorRepository innovators;
    private final SolutionRepository solutions;
    private final TagRepository tags;

    RosterWriter(InnovatorRepository innovators, SolutionRepository solutions, TagRepository tags) {
        this.innovators = innovators;
        this.solutions = solutions;
        this.tags = tags;
    }

    /** One commit's writing: the organizations and contacts made so far, so later rows reuse them. */
    final class Rows {
        private final DSLContext tx;
        private final ImportRepository.Writer people;
        private final Map<String, String> organizationIds;
        private final Map<Integer, String> contactIds = new HashMap<>();
        private final LocalDateTime now;
        private final String actor;

        private Rows(DSLContext tx, ImportRepository.Writer people, Map<String, String> organizationIds,
                LocalDateTime now, String actor) {
            this.tx = tx;
            this.people = people;
            this.organizationIds = new HashMap<>(organizationIds);
            this.now = now;
            this.actor = actor;
        }

        void write(RowResult result) {
            RosterResult roster = result.roster();
            RosterValues v = roster.values();
            if (result.outcome() == RowOutcome.EXISTING) {
                if (roster.contactOutcome() == RowOutcome.EXISTING) {
                    // An individual already on the roster: later rows naming the same person point here.
                    contactIds.put(result.row(), roster.contact().id());
                }
                if (roster.addsSolution()) {
                    solution(roster.existing().id(), v);
                }
                return;
            }
            String organizationId = v.kind().isPerson() ? null : organization(v);
            String contactId = contact(result, organizationId);
            String name = v.kind().isPerson() && roster.contact() != null ? roster.contact().displayName() : v.name();
            // As when added by hand: an active innovator without a joining date joined today.
            LocalDate joined = v.joinedOn() == null && v.status() == RosterStatus.ACTIVE
                    ? Times.toBangkok(now).toLocalDate() : v.joinedOn();
            Innovator innovator = new Innovator(Ids.newId(), organizationId, v.kind().isPerson() ? contactId : null,
                    name, v.kind(), v.status(), joined, v.cohort(), contactId, v.consentToPublish());
            innovators.insert(tx, innovator, now, actor);
            tags.replace(tx, TaggedKind.INNOVATOR, innovator.id(), v.tags(), now, actor);
            if (v.solutionName() != null) {
                solution(innovator.id(), v);
            }
        }

        private String organization(RosterValues v) {
            return organizationIds.computeIfAbsent(v.name(), name -> {
                Organization organization = new Organization(Ids.newId(), name, v.province());
                innovators.insertOrganization(tx, organization, v.kind().organizationKind(), now, actor);
                return organization.id();
            });
        }

        /** The contact person's id: a person the database holds, an earlier row's contact, or a new person. */
        private String contact(RowResult result, String organizationId) {
            RosterResult roster = result.roster();
            if (roster.contactOutcome() == null) {
                return null;
            }
            String id = switch (roster.contactOutcome()) {
                case EXISTING -> roster.contact().id();
                case DUPLICATE_IN_FILE -> contactIds.get(roster.contactSameAsRow());
                default -> {
                    String personId = Ids.newId();
                    people.person(personId, result.values(), organizationId);
                    yield personId;
                }
            };
            contactIds.put(result.row(), id);
            return id;
        }

        private void solution(String innovatorId, RosterValues v) {
            solutions.insert(tx, new Solution(Ids.newId(), innovatorId, v.solutionName(), v.solutionSummary(),
                    List.of(), null, List.of(), null), now, actor);
        }
    }

    Rows start(DSLContext tx, ImportRepository.Writer people, Map<String, String> organizationIds, LocalDateTime now,
            String actor) {
        return new Rows(tx, people, organizationIds, now, actor);
    }
}
