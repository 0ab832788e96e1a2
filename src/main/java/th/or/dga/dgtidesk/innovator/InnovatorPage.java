package th.or.dga.dgtidesk.innovator;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything the innovator's page shows: who it is, its solutions, and what it took part in.
 * Times are Bangkok wall-clock. Consultation kinds and match stages are the stored codes, so the
 * roster does not depend on the features that own them.
 */
public record InnovatorPage(Innovator innovator, String organizationNameTh, String province, PersonName contact,
        List<String> tags, List<Solution> solutions, List<ConsultationLine> consultations, List<MatchLine> matches,
        List<WorkshopLine> workshops) {

    /** A consultation the innovator's organization, person or contact was at, or about one of its matches. */
    public record ConsultationLine(String id, LocalDateTime heldAt, String kindCode, String subject) {
    }

    /** One of its solutions proposed for an agency's need, at its current stage. */
    public record MatchLine(String id, String solutionName, String needTitle, String agencyName, String stageCode,
            LocalDateTime stageChangedAt) {
    }

    /** A workshop one of its people attended (checked in). */
    public record WorkshopLine(String workshopId, String code, String title, LocalDateTime startsAt,
            String personName) {
    }
}
