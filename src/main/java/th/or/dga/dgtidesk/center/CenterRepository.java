package th.or.dga.dgtidesk.center;

import static th.or.dga.dgtidesk.db.generated.Tables.CENTER;
import static th.or.dga.dgtidesk.db.generated.Tables.SETTING;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.DSLContext;
import th.or.dga.dgtidesk.common.Ids;

/** The center row and the center-wide settings. */
public final class CenterRepository {

    public Optional<Center> center(DSLContext dsl) {
        return dsl.selectFrom(CENTER).orderBy(CENTER.CREATED_AT).limit(1)
                .fetchOptional(r -> new Center(r.getId(), r.getCode(), r.getNameTh(), r.getNameEn(), r.getAddress()));
    }

    public void insert(DSLContext tx, Center center, LocalDateTime now, String actingId) {
        tx.insertInto(CENTER)
                .set(CENTER.ID, center.id())
                .set(CENTER.CODE, center.code())
                .set(CENTER.NAME_TH, center.nameTh())
                .set(CENTER.NAME_EN, center.nameEn())
                .set(CENTER.ADDRESS, center.address())
                .set(CENTER.CREATED_AT, now)
                .set(CENTER.UPDATED_AT, now)
                .set(CENTER.UPDATED_BY, actingId)
                .execute();
    }

    public void update(DSLContext tx, Center center, LocalDateTime now, String actingId) {
        tx.update(CENTER)
                .set(CENTER.CODE, center.code())
                .set(CENTER.NAME_TH, center.nameTh())
                .set(CENTER.NAME_EN, center.nameEn())
                .set(CENTER.ADDRESS, center.address())
                .set(CENTER.UPDATED_AT, now)
                .set(CENTER.UPDATED_BY, actingId)
                .where(CENTER.ID.eq(center.id()))
                .execute();
    }

    public Map<String, String> settings(DSLContext dsl) {
        Map<String, String> values = new TreeMap<>();
        dsl.select(SETTING.KEY, SETTING.VALUE).from(SETTING).forEach(r -> values.put(r.value1(), r.value2()));
        return values;
    }

    /** Inserts or replaces one setting. */
    public void putSetting(DSLContext tx, String key, String value, LocalDateTime now, String actingId) {
        tx.insertInto(SETTING)
                .set(SETTING.ID, Ids.newId())
                .set(SETTING.KEY, key)
                .set(SETTING.VALUE, value)
                .set(SETTING.CREATED_AT, now)
                .set(SETTING.UPDATED_AT, now)
                .set(SETTING.UPDATED_BY, actingId)
                .onConflict(SETTING.KEY)
                .doUpdate()
                .set(SETTING.VALUE, value)
                .set(SETTING.UPDATED_AT, now)
                .set(SETTING.UPDATED_BY, actingId)
                .execute();
    }
}
