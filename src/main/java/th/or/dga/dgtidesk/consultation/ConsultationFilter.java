package th.or.dga.dgtidesk.consultation;

import th.or.dga.dgtidesk.common.DateRange;

/**
 * The consultation list's filters; null means "all". {@code period} is in Bangkok calendar days;
 * {@code text} is found inside Thai words of the subject, notes and recommendations.
 */
public record ConsultationFilter(ConsultationKind kind, String consultantStaffId, String organizationId,
        DateRange period, String text) {

    public static ConsultationFilter all() {
        return new ConsultationFilter(null, null, null, null, null);
    }
}
