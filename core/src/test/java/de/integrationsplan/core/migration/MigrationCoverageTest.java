package de.integrationsplan.core.migration;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.internal.model.Component;
import de.integrationsplan.core.internal.model.ModelView;
import de.integrationsplan.core.internal.model.RecordView;
import de.integrationsplan.core.internal.model.ValueKind;
import de.integrationsplan.core.json.PlanJson;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.testing.CanaryPlans;
import de.integrationsplan.core.testing.TestPlans;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The completeness check covers the whole 1.0 model: the plans it runs on (the valid examples, the
 * fixture that needs every conversion, the library's complete and canary test plans) together hold
 * every leaf of the model of format 1.0, as the one model view ({@link ModelView}) names them, and
 * each of those plans migrates without losing a value. A member added to format 1.0 and missing
 * from these plans fails here, before a migration could drop it unnoticed.
 */
final class MigrationCoverageTest {

  private static final PlanJson JSON = PlanJson.create();
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  private static List<IntegrationPlan> plans() throws IOException {
    List<IntegrationPlan> plans = new ArrayList<>(List.of(TestPlans.complete(), CanaryPlans.everyStringACanary()));
    try (var in = MigrationCoverageTest.class.getResourceAsStream("every-conversion-1.0.json")) {
      plans.add(JSON.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), IntegrationPlan.class));
    }
    for (Path file : PlanMigrationTest.validExamples().toList()) {
      plans.add(JSON.read(Files.readString(file, StandardCharsets.UTF_8), IntegrationPlan.class));
    }
    return plans;
  }

  @Test
  void theLibrarysOwnTestPlansLoseNoValue() {
    for (IntegrationPlan plan : List.of(TestPlans.complete(), CanaryPlans.everyStringACanary())) {
      assertThat(Completeness.lost(JSON.write(plan), JSON.write(PlanMigration.toV2(plan).plan()))).isEmpty();
    }
  }

  @Test
  void thePlansCheckedHoldEveryLeafOfTheModel() throws IOException {
    Set<String> model = new TreeSet<>();
    leaves(ModelView.root(IntegrationPlan.class), "", model);
    Set<String> held = new TreeSet<>();
    for (IntegrationPlan plan : plans()) {
      shapes("", PLAIN.readTree(JSON.write(plan)), held);
    }
    Set<String> missing = new TreeSet<>(model);
    missing.removeAll(held);
    assertThat(model).hasSizeGreaterThan(100);
    assertThat(missing).as("leaves of format 1.0 that no plan of the completeness check holds").isEmpty();
  }

  /** Every leaf of the model as a pointer shape, indices as {@code *}; an extension's value is one leaf. */
  private static void leaves(RecordView record, String at, Set<String> out) {
    for (Component c : record.components()) {
      String here = at + "/" + c.name() + (c.list() ? "/*" : "");
      if (c.kind() == ValueKind.RECORD) {
        leaves(c.record(), here, out);
      } else {
        out.add(here);
      }
    }
  }

  private static void shapes(String at, JsonNode node, Set<String> out) {
    if (at.matches("/extensions/\\*/value")) {
      out.add(at);
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        shapes(at + "/" + e.getKey(), e.getValue(), out);
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        shapes(at + "/*", element, out);
      }
    } else {
      out.add(at);
    }
  }
}
