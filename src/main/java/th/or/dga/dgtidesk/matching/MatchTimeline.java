package th.or.dga.dgtidesk.matching;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import th.or.dga.dgtidesk.common.Times;

/**
 * Days from the need being received to the match's introduction, pilot and adoption, computed
 * from the stage history (never typed). A skipped stage counts as reached when a later one was:
 * a match that went straight to discussion was introduced that day. Null: not reached (yet).
 */
public record MatchTimeline(Long daysToIntroduction, Long daysToPilot, Long daysToAdoption) {

    public static MatchTimeline of(LocalDate needReceivedOn, List<StageChange> history) {
        return new MatchTimeline(daysTo(needReceivedOn, history, MatchStage.INTRODUCED),
                daysTo(needReceivedOn, history, MatchStage.PILOT), daysTo(needReceivedOn, history, MatchStage.ADOPTED));
    }

    private static Long daysTo(LocalDate receivedOn, List<StageChange> history, MatchStage stage) {
        return history.stream()
                .filter(change -> change.to().active() && change.to().ordinal() >= stage.ordinal())
                .findFirst()
                .map(change -> ChronoUnit.DAYS.between(receivedOn, Times.toBangkok(change.changedAt()).toLocalDate()))
                .orElse(null);
    }
}
