package de.integrationsplan.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.json.PlanJson;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The same seed and reference date give the same plans, byte for byte, wherever they run. */
final class SyntheticPlansDeterminismTest {

  private static final PlanJson JSON = PlanJson.create();

  @Test
  void sameSeedGivesIdenticalJsonBytesForTwoHundredPlans() {
    byte[] first = Plans.ndjson(SyntheticPlans.builder().seed(7).build(), 200);
    byte[] second = Plans.ndjson(SyntheticPlans.builder().seed(7).build(), 200);
    assertThat(second).isEqualTo(first);
    assertThat(Plans.text(first).lines()).hasSize(200);
  }

  @Test
  void firstPlansOfSeedSevenStayTheSameAcrossReleasesAndJdks() {
    // A golden digest: it changes only when the generator is changed on purpose; then update it
    // here and say so in the changelog, since users may rely on reproducible test data.
    byte[] bytes = Plans.ndjson(SyntheticPlans.builder().seed(7).referenceDate(LocalDate.of(2026, 11, 25)).build(), 50);
    assertThat(Plans.sha256(bytes)).isEqualTo(GOLDEN_SHA256);
  }

  private static final String GOLDEN_SHA256 =
      "92359fba6e87cd022c05330e174deea73b5db44d8ea26d55964a19380fe01b6f";

  @Test
  void differentSeedsGiveDifferentPlans() {
    List<IntegrationPlan> a = SyntheticPlans.withSeed(1).stream(50).toList();
    List<IntegrationPlan> b = SyntheticPlans.withSeed(2).stream(50).toList();
    for (int i = 0; i < a.size(); i++) {
      assertThat(JSON.write(Plans.withoutExtensions(b.get(i))))
          .isNotEqualTo(JSON.write(Plans.withoutExtensions(a.get(i))));
    }
    assertThat(a).extracting(IntegrationPlan::id).doesNotContainAnyElementsOf(
        b.stream().map(IntegrationPlan::id).toList());
  }

  @Test
  void differentReferenceDatesGiveDifferentPlans() {
    String a = JSON.write(SyntheticPlans.builder().seed(7).referenceDate(LocalDate.of(2025, 1, 31)).build().plan(0));
    String b = JSON.write(SyntheticPlans.builder().seed(7).referenceDate(LocalDate.of(2026, 1, 31)).build().plan(0));
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void defaultLocaleAndTimeZoneChangeNothing() {
    byte[] expected = Plans.ndjson(SyntheticPlans.withSeed(99), 200);
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    List<String> settings = List.of("tr-TR|Pacific/Kiritimati", "ar-EG-u-nu-arab|America/Los_Angeles",
        "th-TH-u-nu-thai|Asia/Kathmandu", "de-DE|Europe/Berlin", "hi-IN-u-nu-deva|Etc/GMT+12");
    try {
      for (String setting : settings) {
        String[] parts = setting.split("\\|");
        Locale.setDefault(Locale.forLanguageTag(parts[0]));
        TimeZone.setDefault(TimeZone.getTimeZone(parts[1]));
        assertThat(Plans.ndjson(SyntheticPlans.withSeed(99), 200)).as(setting).isEqualTo(expected);
      }
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  @Test
  void planAtAnIndexIsTheSameWhicheverWayItIsReached() {
    SyntheticPlans generator = SyntheticPlans.withSeed(5);
    List<String> streamed = generator.stream(100).map(JSON::write).toList();
    List<String> indexed = LongStream.range(0, 100).mapToObj(i -> JSON.write(generator.plan(i))).toList();
    List<String> parallel = LongStream.range(0, 100).parallel().mapToObj(generator::plan).map(JSON::write)
        .collect(Collectors.toList());
    List<String> iterated = new ArrayList<>();
    Iterator<IntegrationPlan> it = generator.iterator();
    for (int i = 0; i < 100; i++) {
      iterated.add(JSON.write(it.next()));
    }
    List<String> endless = generator.stream().limit(100).map(JSON::write).toList();
    assertThat(indexed).isEqualTo(streamed);
    assertThat(parallel).isEqualTo(streamed);
    assertThat(iterated).isEqualTo(streamed);
    assertThat(endless).isEqualTo(streamed);
    assertThat(generator.plan(57)).isEqualTo(generator.plan(57));
  }

  @Test
  void ndjsonLinesAreTheCompactJsonOfThePlans() {
    SyntheticPlans generator = SyntheticPlans.withSeed(8);
    List<String> lines = Plans.text(Plans.ndjson(generator, 20)).lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      assertThat(lines.get(i)).isEqualTo(JSON.write(generator.plan(i)));
    }
  }
}
