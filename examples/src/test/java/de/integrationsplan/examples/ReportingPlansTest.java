package de.integrationsplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.model.v2.IntegrationPlan;
import de.integrationsplan.synthetic.SyntheticPlans;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The example of docs/reports.md writes a workbook with a sheet per table. */
final class ReportingPlansTest {

  @Test
  void writesAWorkbookOfTheGeneratedPlans() throws Exception {
    List<IntegrationPlan> plans = new ArrayList<>();
    SyntheticPlans synthetic = SyntheticPlans.withSeed(7);
    for (int i = 0; i < 200; i++) {
      plans.add(synthetic.plan(i, IntegrationPlan.class));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportingPlans.report(plans, "the example's secret of the Land!".getBytes(StandardCharsets.US_ASCII), out);
    List<String> sheets = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (e.getName().startsWith("xl/worksheets/sheet")) {
          sheets.add(e.getName());
        }
      }
    }
    assertThat(sheets).hasSizeGreaterThanOrEqualTo(10);
  }
}
