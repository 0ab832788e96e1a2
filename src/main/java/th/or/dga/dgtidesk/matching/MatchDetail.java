package th.or.dga.dgtidesk.matching;

import java.util.List;

/**
 * Everything the match page shows: the match, who it joins (ids to start a consultation with),
 * its evaluation, its stage history in order and the timeline computed from it.
 */
public record MatchDetail(MatchCard card, String agencyId, String contactPersonId, String innovatorOrganizationId,
        String innovatorContactId, Evaluation evaluation, String stageReason, List<StageChange> history,
        MatchTimeline timeline) {
}
