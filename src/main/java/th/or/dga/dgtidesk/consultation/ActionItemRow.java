package th.or.dga.dgtidesk.consultation;

/** An action item with what the views around it need: its consultation, its owner's name, days overdue. */
public record ActionItemRow(ActionItem item, String consultationSubject, String ownerName, long daysOverdue) {

    public boolean overdue() {
        return daysOverdue > 0;
    }
}
