package de.integrationsplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.model.v2.IntegrationPlan;
import de.integrationsplan.report.internal.PlanCounting;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The HTML report as a file: its charts' data are the published cells, it loads nothing, and its
 * content security policy names exactly the scripts and the style it holds. That the charts are
 * drawn is checked in Chromium ({@code report/check/check-report.mjs} in CI).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class HtmlReportTest {

  private static final Pattern SCRIPT = Pattern.compile("<script( type=\"application/json\" id=\"report-data\")?>(.*?)</script>",
      Pattern.DOTALL);

  private final List<ReportCell> cells = new ArrayList<>();
  private String german;
  private String english;

  @BeforeAll
  void write() throws Exception {
    List<IntegrationPlan> plans = Releases.plans(600);
    PeriodReport report = PeriodReport.builder().period(Releases.FROM, Releases.TO).stichtag(LocalDate.of(2026, 6, 30))
        .population(Map.of("08111000", 400L)).key(Releases.SECRET).build();
    ReportCounting counting = report.counting();
    plans.forEach(counting::add);
    try (ReportResult result = counting.finish()) {
      result.forEach(cells::add);
      StringWriter de = new StringWriter();
      result.writeHtml(de, Locale.GERMAN);
      german = de.toString();
      StringWriter en = new StringWriter();
      result.writeHtml(en, Locale.forLanguageTag("en-GB"));
      english = en.toString();
    }
  }

  @Test
  void isInTheLanguageAskedFor() {
    assertThat(german).startsWith("<!DOCTYPE html>").contains("<html lang=\"de\">")
        .contains("<h1>Integrations\u00ADmanagement: Bericht für das Land</h1>").contains("01.01.2026 bis 24.11.2026")
        .contains("Beratungskontakte nach Thema");
    assertThat(english).contains("<html lang=\"en\">").contains("<h1>Integration management: report for the Land</h1>")
        .contains("2026-01-01 to 2026-11-24").contains("Counselling contacts by topic");
  }

  @Test
  void theContentSecurityPolicyAllowsExactlyItsOwnScriptsAndStyleAndNothingElse() throws Exception {
    Matcher csp = Pattern.compile("http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\"").matcher(german);
    assertThat(csp.find()).isTrue();
    String policy = csp.group(1).replace("&#39;", "'");
    assertThat(policy).startsWith("default-src 'none';").contains("img-src 'none'");
    List<String> hashes = new ArrayList<>();
    Matcher m = SCRIPT.matcher(german);
    int scripts = 0;
    while (m.find()) {
      if (m.group(1) == null) {
        hashes.add(sha256(m.group(2)));
        scripts++;
      }
    }
    assertThat(scripts).as("Chart.js and the charts' script").isEqualTo(2);
    Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(german);
    assertThat(style.find()).isTrue();
    assertThat(policy).contains("script-src " + String.join(" ", hashes) + ";")
        .contains("style-src " + sha256(style.group(1)) + ";");
    // nothing to load: no attribute that names a resource
    assertThat(german).doesNotContainPattern("\\s(src|href)=");
  }

  @Test
  void theChartsShowThePublishedCellsOfTheLand() throws Exception {
    Matcher m = SCRIPT.matcher(german);
    String data = null;
    while (m.find()) {
      if (m.group(1) != null) {
        data = m.group(2);
      }
    }
    assertThat(data).isNotNull().doesNotContain("<");
    Map<String, BigDecimal> topics = new LinkedHashMap<>();
    Map<String, BigDecimal> series = new LinkedHashMap<>();
    for (ReportCell c : cells) {
      if (c.level() == ReportLevel.LAND && c.table() == ReportTable.CONTACT_TOPICS && !c.category().equals("TOTAL")) {
        topics.put(c.category(), c.value());
      }
      if (c.level() == ReportLevel.LAND && c.table() == ReportTable.STATUS_OVER_PERIOD) {
        series.put(c.category(), c.value());
      }
    }
    assertThat(topics).isNotEmpty();
    assertThat(series).isNotEmpty();

    List<BigDecimal> topicValues = new ArrayList<>();
    Map<String, List<BigDecimal>> statusValues = new LinkedHashMap<>();
    try (JsonParser p = new JsonFactory().createParser(ObjectReadContext.empty(), data)) {
      String array = null;
      String status = null;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.PROPERTY_NAME) {
          array = p.currentName();
        } else if (t == JsonToken.VALUE_STRING && "code".equals(array)) {
          status = p.getString();
        } else if (t == JsonToken.VALUE_NUMBER_INT && "values".equals(array)) {
          if (status == null) {
            topicValues.add(p.getDecimalValue());
          } else {
            statusValues.computeIfAbsent(status, s -> new ArrayList<>()).add(p.getDecimalValue());
          }
        }
      }
    }
    assertThat(topicValues).as("the topics, the largest first")
        .containsExactlyElementsOf(topics.values().stream().sorted((a, b) -> b.compareTo(a)).toList());
    List<LocalDate> days = PlanCounting.seriesDays(Releases.FROM, Releases.TO);
    assertThat(days).hasSize(11).startsWith(LocalDate.of(2026, 1, 31)).endsWith(Releases.TO);
    for (Map.Entry<String, List<BigDecimal>> e : statusValues.entrySet()) {
      List<BigDecimal> expected = days.stream()
          .map(d -> series.getOrDefault(d + ":" + e.getKey(), BigDecimal.ZERO)).toList();
      assertThat(e.getValue()).as(e.getKey()).containsExactlyElementsOf(expected);
    }
    assertThat(statusValues.get("ACTIVE")).anyMatch(v -> v.signum() > 0);
  }

  @Test
  void aCellOfTheStatusOverThePeriodIsTheCellOfTheStatusAtThatStichtag() {
    // the same plans, so the same record keys and the same noise: the series discloses nothing that
    // releases at each of its days would not
    List<IntegrationPlan> plans = Releases.plans(600);
    Releases.Release series = Releases.of(plans, Releases.FROM, Releases.TO, Releases.TO);
    for (LocalDate day : List.of(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 8, 31))) {
      Releases.Release at = Releases.of(plans, Releases.FROM, Releases.TO, day);
      int compared = 0;
      for (Map.Entry<String, Long> e : at.published().entrySet()) {
        if (e.getKey().startsWith(ReportTable.STATUS_AT_STICHTAG.wireName() + "/")) {
          String[] parts = e.getKey().split("/", 4);
          String name = ReportTable.STATUS_OVER_PERIOD.wireName() + "/" + parts[1] + "/" + parts[2] + "/" + day + ":" + parts[3];
          assertThat(series.published(name)).as(name).isEqualTo(e.getValue());
          assertThat(series.truth(name)).as(name).isEqualTo(at.truth(e.getKey()));
          compared++;
        }
      }
      assertThat(compared).isGreaterThan(50);
    }
  }

  @Test
  void theGermanTablesUseGermanNumbers() {
    assertThat(german).containsPattern("<td class=\"n\">\\d{1,3}(\\.\\d{3})+</td>");
    assertThat(english).containsPattern("<td class=\"n\">\\d{1,3}(,\\d{3})+</td>");
  }

  private static String sha256(String text) throws Exception {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
  }
}
