package th.or.dga.dgtidesk.matching;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import th.or.dga.dgtidesk.common.ThaiWords;

/**
 * The public-service areas solutions declare (solution.service_areas holds the codes). A need has
 * no such field: its areas are read from the words of its title, problem, outcome and tags, so
 * the reason shown can name the word that placed it ("น้ำท่วม" → environment). Words are compared
 * as {@link ThaiWords} tokens, not substrings: "สามารถ" (can) must not read as "รถ" (car).
 */
public enum ServiceArea {
    HEALTH("สุขภาพ", "ผู้ป่วย", "โรงพยาบาล", "ผู้สูงอายุ", "แพทย์", "health"),
    AGRICULTURE("เกษตร", "ผลผลิต", "ชาวนา", "พืช", "ปศุสัตว์", "ฟาร์ม", "farm"),
    ENVIRONMENT("น้ำ", "ขยะ", "อากาศ", "ฝุ่น", "น้ำท่วม", "ภัยพิบัติ", "คลอง", "ป่า", "flood", "water"),
    TOURISM("ท่องเที่ยว", "นักท่องเที่ยว", "tourism"),
    TRANSPORT("จราจร", "ขนส่ง", "รถ", "ถนน", "traffic"),
    EDUCATION("การศึกษา", "โรงเรียน", "นักเรียน", "ครู", "education"),
    SOCIAL_WELFARE("สวัสดิการ", "ผู้พิการ", "ยากจน", "welfare"),
    PUBLIC_SERVICE("ประชาชน", "เอกสาร", "คำขอ", "อนุญาต", "ติดต่อ", "service"),
    INDUSTRY("อุตสาหกรรม", "โรงงาน", "นิคม", "industry"),
    LOCAL_GOVERNMENT("เทศบาล", "อบต", "ท้องถิ่น", "municipal");

    /** Each keyword with its tokens, split the same way as the text it is looked for in. */
    private final Map<String, Set<String>> words = new LinkedHashMap<>();

    ServiceArea(String... words) {
        for (String word : words) {
            this.words.put(word, ThaiWords.of(word));
        }
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The area of a stored code, or null for a code this version does not know. */
    public static ServiceArea fromCodeOrNull(String code) {
        for (ServiceArea area : values()) {
            if (area.code().equals(code == null ? null : code.strip())) {
                return area;
            }
        }
        return null;
    }

    /** Areas named in a comma-separated code list (solution.service_areas). */
    public static Set<ServiceArea> fromCodes(String codes) {
        Set<ServiceArea> areas = EnumSet.noneOf(ServiceArea.class);
        if (codes != null) {
            for (String code : codes.split(",")) {
                ServiceArea area = fromCodeOrNull(code);
                if (area != null) {
                    areas.add(area);
                }
            }
        }
        return areas;
    }

    /** The first of this area's keywords found among {@code textWords} (from {@link ThaiWords#of}), or null. */
    public String keywordIn(Set<String> textWords) {
        return words.entrySet().stream().filter(e -> !e.getValue().isEmpty() && textWords.containsAll(e.getValue()))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }
}
