package de.integrationsplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.json.PlanJson;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The statistics example of docs/privacy.md on the valid example plans: as docs/command-line.md
 * shows for {@code stats --at 2026-06-30}, 15 are active and each municipality's count is suppressed.
 */
final class CountingPlansTest {

  @Test
  void countsTheActivePlansAndSuppressesSmallCells() throws IOException {
    List<IntegrationPlan> plans;
    try (Stream<Path> files = Files.list(Path.of("plans/valid"))) {
      plans = files.sorted().map(CountingPlansTest::read).collect(Collectors.toList());
    }

    List<String> csv = CountingPlans.count(plans).lines().toList();

    assertThat(csv).first().isEqualTo("stichtag,level,region,table,category,count,suppressed");
    assertThat(csv).contains("2026-06-30,land,08,plans,TOTAL,15,false")
        .contains("2026-06-30,district,08111,plans,TOTAL,,true");
  }

  private static IntegrationPlan read(Path file) {
    try {
      return PlanJson.create().read(Files.readString(file, StandardCharsets.UTF_8), IntegrationPlan.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
