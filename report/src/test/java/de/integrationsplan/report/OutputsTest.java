package de.integrationsplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.model.v2.IntegrationPlan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** The report as CSV, JSON and a workbook, the workbook read back by Apache POI, an independent reader. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class OutputsTest {

  private final List<ReportCell> cells = new ArrayList<>();
  private byte[] workbook;
  private String csv;
  private String json;

  @BeforeAll
  void write() throws Exception {
    List<IntegrationPlan> plans = Releases.plans(800);
    Map<String, Long> population = Map.of("08111000", 400L, "08115003", 120L);
    PeriodReport report = PeriodReport.builder().period(Releases.FROM, Releases.TO).stichtag(LocalDate.of(2026, 6, 30))
        .population(population).key(Releases.SECRET).build();
    ReportCounting counting = report.counting();
    plans.forEach(counting::add);
    try (ReportResult result = counting.finish()) {
      result.forEach(cells::add);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      result.writeXlsx(out);
      workbook = out.toByteArray();
      StringWriter w = new StringWriter();
      result.writeCsv(w);
      csv = w.toString();
      StringWriter j = new StringWriter();
      result.writeJson(j);
      json = j.toString();
    }
  }

  @Test
  void theWorkbookHasAnInfoSheetAndOneSheetPerTableWithBothLanguagesInTheHeader() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      List<String> names = new ArrayList<>();
      for (Sheet s : wb) {
        names.add(s.getSheetName());
      }
      List<String> expected = new ArrayList<>(List.of("Info"));
      for (ReportTable t : ReportTable.values()) {
        expected.add(t.sheetName());
      }
      assertThat(names).containsExactlyElementsOf(expected);
      for (Sheet s : wb) {
        PaneInformation pane = s.getPaneInformation();
        assertThat(pane).as(s.getSheetName()).isNotNull();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
        Row header = s.getRow(0);
        for (Cell c : header) {
          assertThat(c.getStringCellValue()).as(s.getSheetName()).contains("/");
          assertThat(wb.getFontAt(c.getCellStyle().getFontIndex()).getBold()).isTrue();
        }
      }
    }
  }

  @Test
  void theWorkbookHoldsEveryPublishedCellWithFittingWidths() throws Exception {
    Map<String, BigDecimal> expected = new LinkedHashMap<>();
    for (ReportCell c : cells) {
      expected.put(c.table().sheetName() + "|" + c.level().label(java.util.Locale.GERMAN) + "|" + c.region() + "|" + c.category(), c.value());
    }
    Map<String, BigDecimal> read = new LinkedHashMap<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      for (ReportTable t : ReportTable.values()) {
        Sheet s = wb.getSheet(t.sheetName());
        int longestRegion = 0;
        for (Row row : s) {
          if (row.getRowNum() == 0) {
            continue;
          }
          String level = row.getCell(0).getStringCellValue();
          String region = row.getCell(1).getStringCellValue();
          longestRegion = Math.max(longestRegion, region.length());
          assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
          read.put(t.sheetName() + "|" + level.substring(0, level.indexOf(" / ")) + "|" + region + "|"
              + row.getCell(2).getStringCellValue(), BigDecimal.valueOf(row.getCell(5).getNumericCellValue()));
          assertThat(row.getCell(3).getStringCellValue()).isNotBlank();
        }
        // the region column is as wide as its longest entry (POI reports 1/256 of a character)
        assertThat(s.getColumnWidth(1) / 256).as(t.sheetName()).isGreaterThanOrEqualTo(Math.min(80, longestRegion));
      }
    }
    assertThat(read.keySet()).containsExactlyElementsOf(expected.keySet());
    expected.forEach((k, v) -> assertThat(read.get(k)).as(k).isEqualByComparingTo(v));
    assertThat(read.keySet()).anyMatch(k -> k.startsWith(ReportTable.COVERAGE.sheetName() + "|Gemeinde|08111000|COVERAGE_PERCENT"));
  }

  @Test
  void theCsvHasAHeaderAndOneLinePerCell() {
    String[] lines = csv.split("\r\n", -1);
    assertThat(lines[0]).isEqualTo("from,to,stichtag,table,level,region,category,value");
    assertThat(lines).hasSize(cells.size() + 2); // the header, the cells, and the empty rest after the last CRLF
    assertThat(lines[1]).startsWith("2026-01-01,2026-11-24,2026-06-30,overview,land,08,");
  }

  @Test
  void theJsonIsOneObjectWithTheMethodAndEveryCell() {
    int count = 0;
    boolean method = false;
    try (JsonParser p = new JsonFactory().createParser(ObjectReadContext.empty(), json)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.PROPERTY_NAME && p.currentName().equals("category")) {
          count++;
        }
        if (t == JsonToken.VALUE_STRING && p.getString().equals("cell-key")) {
          method = true;
        }
      }
    }
    assertThat(method).isTrue();
    assertThat(count).isEqualTo(cells.size());
  }
}
