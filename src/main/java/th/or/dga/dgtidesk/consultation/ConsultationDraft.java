package th.or.dga.dgtidesk.consultation;

/** A consultation about to be written, with who is present already filled in (from a need or a match). */
public record ConsultationDraft(Consultation consultation, Attendance attendance) {
}
