package th.or.dga.dgtidesk.common;

import java.util.UUID;

/** Primary keys are random UUID strings so the data of several centers can be merged later. */
public final class Ids {

    private Ids() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
