package th.or.dga.dgtidesk.center;

/** The center this installation belongs to; every report names it. */
public record Center(String id, String code, String nameTh, String nameEn, String address) {

    /** The name in the user's language, Thai when there is no English one. */
    public String name(boolean english) {
        return english && nameEn != null && !nameEn.isBlank() ? nameEn : nameTh;
    }
}
