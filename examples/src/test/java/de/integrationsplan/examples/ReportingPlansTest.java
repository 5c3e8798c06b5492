package de.integrationsplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.model.v2.IntegrationPlan;
import de.integrationsplan.synthetic.SyntheticPlans;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example of docs/reports.md writes a workbook with a sheet per table. */
final class ReportingPlansTest {

  @TempDir
  Path dir;

  @Test
  void writesAWorkbookOfTheGeneratedPlans() throws Exception {
    List<IntegrationPlan> plans = new ArrayList<>();
    SyntheticPlans synthetic = SyntheticPlans.withSeed(7);
    for (int i = 0; i < 200; i++) {
      plans.add(synthetic.plan(i, IntegrationPlan.class));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportingPlans.report(plans, "the example's secret of the Land!".getBytes(StandardCharsets.US_ASCII), out);
    // read by its central directory, as spreadsheet programs read it
    Path file = dir.resolve("report.xlsx");
    Files.write(file, out.toByteArray());
    List<String> sheets = new ArrayList<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      zip.stream().map(ZipEntry::getName).filter(n -> n.startsWith("xl/worksheets/sheet")).forEach(sheets::add);
    }
    assertThat(sheets).hasSizeGreaterThanOrEqualTo(10);
  }
}
