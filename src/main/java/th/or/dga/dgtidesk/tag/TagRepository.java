package th.or.dga.dgtidesk.tag;

import static th.or.dga.dgtidesk.db.generated.Tables.AGENCY_NEED_TAG;
import static th.or.dga.dgtidesk.db.generated.Tables.INNOVATOR_TAG;
import static th.or.dga.dgtidesk.db.generated.Tables.SOLUTION_TAG;
import static th.or.dga.dgtidesk.db.generated.Tables.TAG;
import static th.or.dga.dgtidesk.db.generated.Tables.WORKSHOP_TAG;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import th.or.dga.dgtidesk.common.Ids;

/** The shared tag vocabulary and the four link tables that use it. */
public final class TagRepository {

    /** Every table linking a record to a tag: its record column and its tag column. */
    private record LinkTable(Table<?> table, TableField<?, String> owner, TableField<?, String> tag) {
    }

    /** In the order of {@link TaggedKind}. */
    private static final List<LinkTable> LINKS = List.of(
            new LinkTable(WORKSHOP_TAG, WORKSHOP_TAG.WORKSHOP_ID, WORKSHOP_TAG.TAG_ID),
            new LinkTable(INNOVATOR_TAG, INNOVATOR_TAG.INNOVATOR_ID, INNOVATOR_TAG.TAG_ID),
            new LinkTable(SOLUTION_TAG, SOLUTION_TAG.SOLUTION_ID, SOLUTION_TAG.TAG_ID),
            new LinkTable(AGENCY_NEED_TAG, AGENCY_NEED_TAG.NEED_ID, AGENCY_NEED_TAG.TAG_ID));

    private static LinkTable link(TaggedKind kind) {
        return LINKS.get(kind.ordinal());
    }

    /** The tag names of one record, by name. */
    public List<String> names(DSLContext dsl, TaggedKind kind, String ownerId) {
        LinkTable link = link(kind);
        return dsl.select(TAG.NAME).from(link.table()).join(TAG).on(TAG.ID.eq(link.tag()))
                .where(link.owner().eq(ownerId)).orderBy(DSL.lower(TAG.NAME)).fetch(TAG.NAME);
    }

    /** Replaces the tags of one record, creating the tags that do not exist yet; {@code names} are clean. */
    public void replace(DSLContext tx, TaggedKind kind, String ownerId, List<String> names, LocalDateTime now,
            String actingId) {
        LinkTable link = link(kind);
        tx.deleteFrom(link.table()).where(link.owner().eq(ownerId)).execute();
        java.util.Set<String> linked = new java.util.HashSet<>();
        for (String name : names) {
            String tagId = idFor(tx, name, now, actingId);
            if (linked.add(tagId)) {
                tx.insertInto(link.table(), column(link.table(), "id"), link.owner(), link.tag(),
                                column(link.table(), "created_at"), column(link.table(), "updated_at"),
                                column(link.table(), "updated_by"))
                        .values(Ids.newId(), ownerId, tagId, now, now, actingId).execute();
            }
        }
    }

    /**
     * The id of the tag named {@code name}, created when there is none. Latin letters match
     * ignoring case, so "ai" joins the existing "AI" instead of starting a second tag.
     */
    public String idFor(DSLContext tx, String name, LocalDateTime now, String actingId) {
        Optional<String> existing = tx.select(TAG.ID).from(TAG).where(DSL.lower(TAG.NAME).eq(DSL.lower(DSL.val(name))))
                .orderBy(TAG.NAME).limit(1).fetchOptional(TAG.ID);
        if (existing.isPresent()) {
            return existing.get();
        }
        String id = Ids.newId();
        tx.insertInto(TAG, TAG.ID, TAG.NAME, TAG.CREATED_AT, TAG.UPDATED_AT, TAG.UPDATED_BY)
                .values(id, name, now, now, actingId).execute();
        return id;
    }

    public Optional<TagUsage> byId(DSLContext dsl, String id) {
        return usage(dsl, TAG.ID.eq(id)).stream().findFirst();
    }

    /** Tag names containing {@code text} (any case), those starting with it first; all of them for blank text. */
    public List<String> suggest(DSLContext dsl, String text, int limit) {
        String needle = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        Field<String> lower = DSL.lower(TAG.NAME);
        return dsl.select(TAG.NAME).from(TAG)
                .where(lower.contains(needle))
                .orderBy(DSL.when(lower.startsWith(needle), 0).otherwise(1), lower)
                .limit(limit).fetch(TAG.NAME);
    }

    /** Every tag with its counts, by name. */
    public List<TagUsage> usage(DSLContext dsl) {
        return usage(dsl, DSL.trueCondition());
    }

    private List<TagUsage> usage(DSLContext dsl, org.jooq.Condition condition) {
        List<Field<Integer>> counts = LINKS.stream().map(link -> DSL.field(DSL.selectCount().from(link.table())
                .where(link.tag().eq(TAG.ID)))).toList();
        return dsl.select(TAG.ID, TAG.NAME, counts.get(0), counts.get(1), counts.get(2), counts.get(3))
                .from(TAG).where(condition).orderBy(DSL.lower(TAG.NAME))
                .fetch(r -> new TagUsage(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    /**
     * Moves every link of tag {@code fromId} to {@code intoId}. A record carrying both keeps its
     * link to {@code intoId} only (each link table allows a tag once per record). Returns the
     * number of records that now carry {@code intoId} instead, per link table in the order
     * workshops, innovators, solutions, needs.
     */
    public int[] moveLinks(DSLContext tx, String fromId, String intoId, LocalDateTime now, String actingId) {
        int[] moved = new int[LINKS.size()];
        for (int i = 0; i < LINKS.size(); i++) {
            LinkTable link = LINKS.get(i);
            Table<?> other = link.table().as("other");
            Field<String> otherOwner = other.field(link.owner());
            Field<String> otherTag = other.field(link.tag());
            tx.deleteFrom(link.table()).where(link.tag().eq(fromId)).and(link.owner().in(
                    DSL.select(otherOwner).from(other).where(otherTag.eq(intoId)))).execute();
            moved[i] = tx.update(link.table()).set(link.tag(), intoId)
                    .set(column(link.table(), "updated_at"), now).set(column(link.table(), "updated_by"), actingId)
                    .where(link.tag().eq(fromId)).execute();
        }
        return moved;
    }

    public void delete(DSLContext tx, String id) {
        tx.deleteFrom(TAG).where(TAG.ID.eq(id)).execute();
    }

    /** A column every link table has (id, created_at, updated_at, updated_by). */
    @SuppressWarnings("unchecked")
    private static <T> Field<T> column(Table<?> table, String name) {
        return (Field<T>) table.field(name);
    }
}
