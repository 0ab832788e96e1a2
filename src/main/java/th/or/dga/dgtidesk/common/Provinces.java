package th.or.dga.dgtidesk.common;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The 77 provinces of Thailand in Thai dictionary order, and reading a province as people write it
 * in forms: with "จ." or "จังหวัด" in front, spaces anywhere, "กทม"/"กรุงเทพฯ"/"Bangkok", the
 * English name in any case and spacing ("Chonburi" = "Chon Buri"), old names ("แปดริ้ว", "โคราช"),
 * and common misspellings.
 *
 * <p>Misspellings are caught in two steps. First a loose key forgets what Thai writers most often
 * get wrong: vowel length and tone marks (ชลบุร = ชลบุรี) and letters that sound alike (ศ ษ ส,
 * ฎ/ฏ, ธ/ท …: ศรีษะเกษ = ศรีสะเกษ, สุราษฏร์ธานี = สุราษฎร์ธานี). Then one letter missing, extra or
 * wrong is forgiven when exactly one province is that close. Anything further is no match: a wrong
 * province is worse than asking.
 */
public final class Provinces {

    /** Every province, in Thai dictionary order. */
    public static final List<Province> ALL = load();

    private static final Pattern PREFIX = Pattern.compile("^(?:จังหวัด|จ\\.|changwat\\s)\\s*|\\s+province$");
    private static final Pattern IGNORED = Pattern.compile("[\\s.\\-'ฯ]");
    private static final Map<String, String> ALIASES = Map.of(
            "กทม", "10", "กรุงเทพ", "10", "bkk", "10", "krungthep", "10",
            "อยุธยา", "14", "ayutthaya", "14",
            "แปดริ้ว", "24",
            "โคราช", "30", "korat", "30");
    private static final Map<String, Province> BY_KEY = index();

    private Provinces() {
    }

    private static List<Province> load() {
        String data = """
                10 กรุงเทพมหานคร Bangkok|11 สมุทรปราการ Samut Prakan|12 นนทบุรี Nonthaburi|13 ปทุมธานี Pathum Thani
                14 พระนครศรีอยุธยา Phra Nakhon Si Ayutthaya|15 อ่างทอง Ang Thong|16 ลพบุรี Lop Buri|17 สิงห์บุรี Sing Buri
                18 ชัยนาท Chai Nat|19 สระบุรี Saraburi|20 ชลบุรี Chon Buri|21 ระยอง Rayong|22 จันทบุรี Chanthaburi
                23 ตราด Trat|24 ฉะเชิงเทรา Chachoengsao|25 ปราจีนบุรี Prachin Buri|26 นครนายก Nakhon Nayok
                27 สระแก้ว Sa Kaeo|30 นครราชสีมา Nakhon Ratchasima|31 บุรีรัมย์ Buri Ram|32 สุรินทร์ Surin
                33 ศรีสะเกษ Si Sa Ket|34 อุบลราชธานี Ubon Ratchathani|35 ยโสธร Yasothon|36 ชัยภูมิ Chaiyaphum
                37 อำนาจเจริญ Amnat Charoen|38 บึงกาฬ Bueng Kan|39 หนองบัวลำภู Nong Bua Lam Phu|40 ขอนแก่น Khon Kaen
                41 อุดรธานี Udon Thani|42 เลย Loei|43 หนองคาย Nong Khai|44 มหาสารคาม Maha Sarakham|45 ร้อยเอ็ด Roi Et
                46 กาฬสินธุ์ Kalasin|47 สกลนคร Sakon Nakhon|48 นครพนม Nakhon Phanom|49 มุกดาหาร Mukdahan
                50 เชียงใหม่ Chiang Mai|51 ลำพูน Lamphun|52 ลำปาง Lampang|53 อุตรดิตถ์ Uttaradit|54 แพร่ Phrae
                55 น่าน Nan|56 พะเยา Phayao|57 เชียงราย Chiang Rai|58 แม่ฮ่องสอน Mae Hong Son|60 นครสวรรค์ Nakhon Sawan
                61 อุทัยธานี Uthai Thani|62 กำแพงเพชร Kamphaeng Phet|63 ตาก Tak|64 สุโขทัย Sukhothai
                65 พิษณุโลก Phitsanulok|66 พิจิตร Phichit|67 เพชรบูรณ์ Phetchabun|70 ราชบุรี Ratchaburi
                71 กาญจนบุรี Kanchanaburi|72 สุพรรณบุรี Suphan Buri|73 นครปฐม Nakhon Pathom|74 สมุทรสาคร Samut Sakhon
                75 สมุทรสงคราม Samut Songkhram|76 เพชรบุรี Phetchaburi|77 ประจวบคีรีขันธ์ Prachuap Khiri Khan
                80 นครศรีธรรมราช Nakhon Si Thammarat|81 กระบี่ Krabi|82 พังงา Phang Nga|83 ภูเก็ต Phuket
                84 สุราษฎร์ธานี Surat Thani|85 ระนอง Ranong|86 ชุมพร Chumphon|90 สงขลา Songkhla|91 สตูล Satun
                92 ตรัง Trang|93 พัทลุง Phatthalung|94 ปัตตานี Pattani|95 ยะลา Yala|96 นราธิวาส Narathiwat""";
        Comparator<String> thai = ThaiText.comparator();
        return Pattern.compile("[|\\n]").splitAsStream(data).map(entry -> entry.strip().split(" ", 3))
                .map(part -> new Province(part[0], part[1], part[2]))
                .sorted(Comparator.comparing(Province::thaiName, thai)).toList();
    }

    private static Map<String, Province> index() {
        Map<String, Province> byKey = new HashMap<>();
        for (Province province : ALL) {
            byKey.put(compact(province.thaiName()), province);
            byKey.put(compact(province.englishName()), province);
        }
        ALIASES.forEach((alias, code) -> byKey.put(alias, byCode(code).orElseThrow()));
        return Map.copyOf(byKey);
    }

    /** The province with this two-digit code ("10" is Bangkok). */
    public static Optional<Province> byCode(String code) {
        return ALL.stream().filter(province -> province.code().equals(code)).findFirst();
    }

    /** The province {@code input} names, or empty when it names none or could be more than one. */
    public static Optional<Province> match(String input) {
        String key = compact(input);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Province exact = BY_KEY.get(key);
        if (exact != null) {
            return Optional.of(exact);
        }
        String loose = loose(key);
        Province found = null;
        int best = 2;
        boolean tie = false;
        for (Province province : ALL) {
            for (String name : List.of(province.thaiName(), province.englishName())) {
                int distance = loose.length() < 4 ? (loose.equals(loose(compact(name))) ? 0 : 2)
                        : distanceUpToOne(loose, loose(compact(name)));
                if (distance < best) {
                    best = distance;
                    found = province;
                    tie = false;
                } else if (distance == best && found != null && found != province) {
                    tie = true;
                }
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(found);
    }

    /** NFC, lower case, without "จ."/"จังหวัด"/"province", spaces, dots, hyphens and ฯ. */
    static String compact(String text) {
        String clean = ThaiText.nfc(text).strip().toLowerCase(Locale.ROOT);
        return IGNORED.matcher(PREFIX.matcher(clean).replaceAll("")).replaceAll("");
    }

    /** Thai without vowel length, tone marks and the difference between letters that sound alike. */
    static String loose(String compact) {
        StringBuilder out = new StringBuilder(compact.length());
        for (char c : compact.toCharArray()) {
            if ("ัิีึืุู็่้๊๋์ํ".indexOf(c) < 0) {
                int sound = "ศษฎฏฐฑฒถธณภญฬฆ".indexOf(c);
                out.append(sound < 0 ? c : "สสดดทททททนพยลค".charAt(sound));
            }
        }
        return out.toString();
    }

    /** 0 when equal, 1 when one letter is missing, extra or different, 2 otherwise. */
    static int distanceUpToOne(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        if (Math.abs(a.length() - b.length()) > 1) {
            return 2;
        }
        int prefix = 0;
        while (prefix < a.length() && prefix < b.length() && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.length() - prefix && suffix < b.length() - prefix
                && a.charAt(a.length() - 1 - suffix) == b.charAt(b.length() - 1 - suffix)) {
            suffix++;
        }
        return Math.max(a.length(), b.length()) - prefix - suffix <= 1 ? 1 : 2;
    }
}
