package th.or.dga.dgtidesk.workshop;

import java.time.LocalDateTime;

/**
 * A workshop. {@code startsAt}/{@code endsAt} are Asia/Bangkok wall-clock times (stored as UTC);
 * a null capacity means unlimited.
 */
public record Workshop(String id, String code, String titleTh, String titleEn, WorkshopKind kind,
        LocalDateTime startsAt, LocalDateTime endsAt, String venue, Integer capacity, WorkshopStatus status,
        String description, String targetGroups) {

    public boolean unlimited() {
        return capacity == null;
    }
}
