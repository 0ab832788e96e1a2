package th.or.dga.dgtidesk.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import th.or.dga.dgtidesk.common.Province;
import th.or.dga.dgtidesk.common.Provinces;
import th.or.dga.dgtidesk.people.Organization;
import th.or.dga.dgtidesk.people.PersonListItem;

/**
 * An online-form export in the shape coordinators receive (the sample file's header, UTF-8 with a
 * byte-order mark, Buddhist-era timestamps, phones in several formats), made in memory for the
 * import benchmarks. About one row in twenty is someone the center already knows (same e-mail),
 * one in a hundred declined consent, and most organizations already exist.
 */
final class FormExport {

    static final String HEADER = "ประทับเวลา,คำนำหน้า,ชื่อ,นามสกุล,อีเมล,เบอร์โทรศัพท์,หน่วยงาน,ประเภทหน่วยงาน,ตำแหน่ง,"
            + "จังหวัด,หัวข้อที่สนใจ,ยินยอมให้เก็บและใช้ข้อมูลส่วนบุคคลตามวัตถุประสงค์ที่แจ้ง";
    private static final List<String> PREFIXES = List.of("นาย", "นางสาว", "นาง", "ดร.", "ผศ.ดร.", "Mr", "Ms");
    private static final List<String> FIRST = List.of("สมชาย", "วรรณา", "ปิยะ", "มาลี", "เอกชัย", "ณัฐพล", "ไพลิน",
            "กมลา", "ธนากร", "ศิริพร", "อนุชา", "กิตติพัฒน์", "สุภาพร", "วีระพงษ์", "เพ็ญศรี", "ประเสริฐ");
    private static final List<String> LAST = List.of("ใจดี", "แสงทอง", "ศรีสุข", "ทองดี", "วงศ์ใหญ่", "อินทร์แก้ว",
            "โชติช่วง", "ศรีวงศ์", "รักไทย", "บุญมา", "สุขสวัสดิ์", "เจริญผล", "พงษ์พันธ์", "มีสุข");
    private static final List<String> KINDS = List.of("หน่วยงานรัฐ", "มหาวิทยาลัย", "สตาร์ทอัพ", "บริษัทเอกชน",
            "รัฐวิสาหกิจ", "วิสาหกิจชุมชน", "ประชาชน");
    private static final List<String> POSITIONS = List.of("นักวิชาการคอมพิวเตอร์", "ผู้อำนวยการกอง", "อาจารย์", "CEO",
            "นักวิเคราะห์นโยบายและแผน", "Product Manager");
    private static final List<String> TOPICS = List.of("Open Data; AI", "IoT", "Smart City", "Cloud", "Data Science");

    private FormExport() {
    }

    /**
     * {@code rows} rows; {@code batch} keeps e-mails and phones of different calls apart, so each
     * sample of a benchmark imports people who are new to the file.
     */
    static byte[] csv(int rows, int batch, long seed, List<PersonListItem> known, List<Organization> organizations) {
        SplittableRandom random = new SplittableRandom(seed + batch);
        StringBuilder text = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (int i = 0; i < rows; i++) {
            boolean existing = !known.isEmpty() && random.nextInt(20) == 0;
            PersonListItem person = existing ? known.get(random.nextInt(known.size())) : null;
            String first = person != null ? person.firstNameTh() : pick(random, FIRST);
            String last = person != null && person.lastNameTh() != null ? person.lastNameTh() : pick(random, LAST);
            String email = person != null && person.email() != null ? person.email()
                    : "form" + batch + "." + i + "@example.go.th";
            int number = 10_000_000 + batch * 200_000 + i;
            String phone = switch (i % 3) {
                case 0 -> String.format("08%d-%03d-%04d", number / 10_000_000 % 10, number / 10_000 % 1000, number % 10_000);
                case 1 -> "09" + String.format("%08d", number % 100_000_000);
                default -> String.format("+66 6%d %03d %04d", number / 10_000_000 % 10, number / 10_000 % 1000,
                        number % 10_000);
            };
            String organization = organizations.isEmpty() || random.nextInt(5) == 0
                    ? "บริษัท ฟอร์ม" + (i % 400) + " จำกัด"
                    : organizations.get(random.nextInt(organizations.size())).nameTh();
            Province province = Provinces.ALL.get(random.nextInt(Provinces.ALL.size()));
            String consent = random.nextInt(100) == 0 ? "ไม่ยินยอม" : "ยินยอม";
            text.append('"').append(1 + i % 28).append('/').append(1 + i % 12).append("/2569, ")
                    .append(8 + i % 9).append(':').append(String.format("%02d:%02d", i % 60, (i * 7) % 60)).append("\",")
                    .append(pick(random, PREFIXES)).append(',').append(first).append(',').append(last).append(',')
                    .append(email).append(',').append(phone).append(",\"").append(organization).append("\",")
                    .append(pick(random, KINDS)).append(',').append(pick(random, POSITIONS)).append(',')
                    .append(province.thaiName()).append(',').append(pick(random, TOPICS)).append(',').append(consent)
                    .append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String pick(SplittableRandom random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
