package th.or.dga.dgtidesk.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.TestCenters;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.common.ProgressMonitor;
import th.or.dga.dgtidesk.common.UserException;

class OrganizationsAndExportTest {

    @TempDir
    Path folder;

    private CenterContext context;

    @BeforeEach
    void setUp() {
        context = TestCenters.setUpCenter(folder);
        context.personService().create(new NewPerson(null, "=HYPERLINK(\"x\")", null, "evil@example.com", null,
                "กรมการปกครอง", "government_agency"));
        context.personService().create(new NewPerson("นาง", "เกศินี", "แสงทอง", "kesinee@example.com", null,
                "กระทรวงมหาดไทย", "government_agency"));
        context.personService().create(new NewPerson(null, "กมล", "ใจดี", null, "0812345678", "บริษัท ทองดี จำกัด",
                "company"));
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void anAgencyGetsItsMinistryAndTheListFindsInsideThaiWords() {
        OrganizationService organizations = context.organizationService();
        Organization ministry = organizations.list("มหาดไทย").get(0);
        Organization department = organizations.list("การปกครอง").get(0);
        assertThat(organizations.ministries()).extracting(Organization::nameTh).contains("กระทรวงมหาดไทย");

        Organization saved = organizations.update(new Organization(department.id(), " กรมการปกครอง ", "Department of"
                + " Provincial Administration", "government_agency", ministry.id(), null, "กรุงเทพมหานคร", 0));

        assertThat(saved.parentMinistryName()).isEqualTo("กระทรวงมหาดไทย");
        assertThat(saved.peopleCount()).isEqualTo(1);
        assertThat(organizations.list("ทอง")).extracting(Organization::nameTh).containsExactly("บริษัท ทองดี จำกัด");
        assertThatThrownBy(() -> organizations.update(new Organization(ministry.id(), "กระทรวงมหาดไทย", null,
                "government_agency", ministry.id(), null, null, 0))).isInstanceOf(UserException.class)
                .hasMessageContaining("organization.ownParent");
        // A company has no ministry, whatever the form sent.
        Organization company = organizations.list("ทองดี").get(0);
        assertThat(organizations.update(new Organization(company.id(), company.nameTh(), null, "company",
                ministry.id(), null, null, 0)).parentMinistryId()).isNull();
    }

    @Test
    void thePeopleListIsExportedInThaiOrderAsTextOnly() throws Exception {
        Messages thai = Messages.ofLanguage("th");
        Path xlsx = context.peopleExport().writeXlsx(folder.resolve("people.xlsx"), thai, ProgressMonitor.NONE);
        Path csv = context.peopleExport().writeCsv(folder.resolve("people.csv"), thai, ProgressMonitor.NONE);

        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("ชื่อ");
            assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("กมล");
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("เกศินี");
        }
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("'=HYPERLINK").contains("081-234-5678");
        assertThat(context.database().dsl().fetchCount(th.or.dga.dgtidesk.db.generated.Tables.AUDIT_ENTRY,
                th.or.dga.dgtidesk.db.generated.Tables.AUDIT_ENTRY.ACTION.eq("export"))).isEqualTo(2);
    }
}
