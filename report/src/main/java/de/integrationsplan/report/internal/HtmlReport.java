package de.integrationsplan.report.internal;

import de.integrationsplan.report.CellKeyPerturbation;
import de.integrationsplan.report.PeriodReport;
import de.integrationsplan.report.ReportCell;
import de.integrationsplan.report.ReportLevel;
import de.integrationsplan.report.ReportTable;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.StringLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The HTML report: one self-contained file for a person, not a program. It shows the Land and its
 * districts (the municipalities and providers are in the workbook), and two charts drawn by
 * Chart.js: counselling contacts by topic and plans by status over the period. Chart.js, which the
 * build copies from its WebJar into this jar, is inlined, so the file opens offline and asks no server for anything, which its content
 * security policy enforces: scripts and styles run only by their hashes, nothing is loaded.
 */
public final class HtmlReport {

  /** The statuses of the chart, in the order of their stack: the open plans at the bottom. */
  private static final String[] STATUSES = {"ACTIVE", "ON_HOLD", "DRAFT", "COMPLETED", "CLOSED"};

  private static final JsonFactory JSON = new JsonFactory();

  private static final PebbleTemplate TEMPLATE = new PebbleEngine.Builder().loader(new StringLoader())
      .strictVariables(true).newLineTrimming(true).build()
      .getTemplate(resource("/de/integrationsplan/report/html/report.peb"));

  private HtmlReport() {}

  /** Writes the report in the language of the locale (German, or English for any other). */
  public static void write(PeriodReport report, long plans, Iterator<ReportCell> cells, Locale locale, Writer out)
      throws IOException {
    boolean german = locale.getLanguage().equals("de");
    Locale language = german ? Locale.GERMAN : Locale.ENGLISH;
    NumberFormat numbers = NumberFormat.getNumberInstance(german ? Locale.GERMANY : Locale.UK);
    DateTimeFormatter days = german ? DateTimeFormatter.ofPattern("dd.MM.uuuu") : DateTimeFormatter.ISO_LOCAL_DATE;

    // The Land's cells of every table, the districts' overview, coverage of Land and districts:
    // bounded by the tables' categories and the 1,000 possible district keys, whatever the input
    Map<ReportTable, Map<String, Map<String, BigDecimal>>> land = new EnumMap<>(ReportTable.class);
    Map<String, Map<String, BigDecimal>> districts = new TreeMap<>();
    Map<String, Map<String, BigDecimal>> districtCoverage = new TreeMap<>();
    while (cells.hasNext()) {
      ReportCell c = cells.next();
      if (c.level() == ReportLevel.LAND) {
        land.computeIfAbsent(c.table(), t -> new TreeMap<>())
            .computeIfAbsent(c.region(), r -> new LinkedHashMap<>()).put(c.category(), c.value());
      } else if (c.level() == ReportLevel.DISTRICT && c.table() == ReportTable.OVERVIEW) {
        districts.computeIfAbsent(c.region(), r -> new LinkedHashMap<>()).put(c.category(), c.value());
      } else if (c.level() == ReportLevel.DISTRICT && c.table() == ReportTable.COVERAGE) {
        districtCoverage.computeIfAbsent(c.region(), r -> new LinkedHashMap<>()).put(c.category(), c.value());
      }
    }

    Map<String, Object> model = new LinkedHashMap<>();
    model.put("lang", language.getLanguage());
    Map<String, String> texts = Texts.of(german);
    CellKeyPerturbation p = report.perturbation();
    texts.put("protectionText", texts.get("protectionText").replace("{noise}", Integer.toString(p.maxNoise()))
        .replace("{blocked}", Integer.toString(p.blockedUpTo())));
    model.put("t", texts);
    model.put("from", days.format(report.from()));
    model.put("to", days.format(report.to()));
    model.put("stichtag", days.format(report.stichtag()));
    model.put("plans", numbers.format(plans));

    List<Map<String, Object>> tables = new ArrayList<>();
    for (Map.Entry<ReportTable, Map<String, Map<String, BigDecimal>>> e : land.entrySet()) {
      ReportTable table = e.getKey();
      if (table == ReportTable.STATUS_OVER_PERIOD) {
        continue; // the chart's table, below it
      }
      for (Map.Entry<String, Map<String, BigDecimal>> region : e.getValue().entrySet()) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> cell : region.getValue().entrySet()) {
          rows.add(Map.of("label", Labels.of(table.wireName(), cell.getKey(), language),
              "code", cell.getKey(), "value", number(numbers, cell.getValue())));
        }
        tables.add(Map.of("id", table.wireName(), "title", table.title(language), "region", region.getKey(),
            "rows", rows));
      }
    }
    model.put("tables", tables);

    String[] overview = {"PLANS_ACTIVE_IN_PERIOD", "PLANS_AGREED", "PLANS_CLOSED", "PLANS_ACTIVE_AT_STICHTAG", "CONTACTS"};
    List<String> overviewHeads = new ArrayList<>();
    for (String category : overview) {
      overviewHeads.add(Labels.of("overview", category, language));
    }
    model.put("districtHeads", overviewHeads);
    model.put("districts", rows(districts, overview, numbers));
    String[] coverage = {"PERSONS_WITH_PLAN", "PERSONS_IN_ANSCHLUSSUNTERBRINGUNG", "COVERAGE_PERCENT"};
    List<String> coverageHeads = new ArrayList<>();
    for (String category : coverage) {
      coverageHeads.add(Labels.of("coverage", category, language));
    }
    model.put("coverageHeads", coverageHeads);
    model.put("districtCoverage", rows(districtCoverage, coverage, numbers));

    // the charts: the Land's topics, and its status on each day of the series
    // the topics by their count, the largest first, as a reader compares them
    Map<String, BigDecimal> topics = new LinkedHashMap<>();
    first(land.get(ReportTable.CONTACT_TOPICS)).entrySet().stream()
        .sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed())
        .forEach(e -> topics.put(e.getKey(), e.getValue()));
    Map<String, BigDecimal> series = first(land.get(ReportTable.STATUS_OVER_PERIOD));
    List<LocalDate> seriesDays = PlanCounting.seriesDays(report.from(), report.to());
    List<Map<String, String>> seriesRows = new ArrayList<>();
    for (LocalDate day : seriesDays) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("day", days.format(day));
      for (String status : STATUSES) {
        row.put(status, number(numbers, series.getOrDefault(day + ":" + status, BigDecimal.ZERO)));
      }
      seriesRows.add(row);
    }
    List<String> statusHeads = new ArrayList<>();
    for (String status : STATUSES) {
      statusHeads.add(Labels.of("statusAtStichtag", status, language));
    }
    model.put("statuses", List.of(STATUSES));
    model.put("statusHeads", statusHeads);
    model.put("series", seriesRows);
    model.put("seriesTitle", ReportTable.STATUS_OVER_PERIOD.title(language));
    model.put("topicsTitle", ReportTable.CONTACT_TOPICS.title(language));
    model.put("data", chartData(topics, series, seriesDays, days, language));

    String chartJs = chartJs();
    String init = resource("/de/integrationsplan/report/html/charts.js");
    String style = resource("/de/integrationsplan/report/html/report.css");
    model.put("chartJs", chartJs);
    model.put("init", init);
    model.put("style", style);
    model.put("csp", "default-src 'none'; script-src " + hash(chartJs) + " " + hash(init) + "; style-src " + hash(style)
        + "; img-src 'none'; base-uri 'none'; form-action 'none'");

    TEMPLATE.evaluate(out, model, language);
    out.flush();
  }

  private static List<Map<String, Object>> rows(Map<String, Map<String, BigDecimal>> regions, String[] categories,
      NumberFormat numbers) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Map.Entry<String, Map<String, BigDecimal>> e : regions.entrySet()) {
      List<String> values = new ArrayList<>();
      for (String category : categories) {
        values.add(number(numbers, e.getValue().getOrDefault(category, BigDecimal.ZERO)));
      }
      rows.add(Map.of("key", e.getKey(), "values", values));
    }
    return rows;
  }

  private static Map<String, BigDecimal> first(Map<String, Map<String, BigDecimal>> byRegion) {
    return byRegion == null || byRegion.isEmpty() ? Map.of() : byRegion.values().iterator().next();
  }

  private static String number(NumberFormat numbers, BigDecimal value) {
    return value.scale() > 0 ? numbers.format(value.doubleValue()) : numbers.format(value.longValueExact());
  }

  /**
   * The charts' data as JSON for a {@code <script type="application/json">}: every {@code <} is
   * written as {@code \u003c}, so that no label can close the element.
   */
  private static String chartData(Map<String, BigDecimal> topics, Map<String, BigDecimal> series, List<LocalDate> seriesDays,
      DateTimeFormatter days, Locale language) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), text)) {
      g.writeStartObject();
      g.writeName("topics");
      g.writeStartObject();
      g.writeArrayPropertyStart("labels");
      for (String topic : topics.keySet()) {
        if (!topic.equals("TOTAL")) {
          g.writeString(Labels.of("contactTopics", topic, language));
        }
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("values");
      for (Map.Entry<String, BigDecimal> e : topics.entrySet()) {
        if (!e.getKey().equals("TOTAL")) {
          g.writeNumber(e.getValue());
        }
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeName("series");
      g.writeStartObject();
      g.writeArrayPropertyStart("days");
      for (LocalDate day : seriesDays) {
        g.writeString(days.format(day));
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("statuses");
      for (String status : STATUSES) {
        g.writeStartObject();
        g.writeStringProperty("code", status);
        g.writeStringProperty("label", Labels.of("statusAtStichtag", status, language));
        g.writeArrayPropertyStart("values");
        for (LocalDate day : seriesDays) {
          g.writeNumber(series.getOrDefault(day + ":" + status, BigDecimal.ZERO));
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
    }
    return text.toString().replace("<", "\\u003c");
  }

  private static String chartJs() {
    String js = resource("/de/integrationsplan/report/html/chartjs/chart.umd.js");
    // the file ends with a reference to its source map, which the report does not carry
    return js.replaceAll("\\n//# sourceMappingURL=\\S+\\s*$", "\n");
  }

  private static String resource(String path) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A source for the content security policy: the SHA-256 of the element's text. */
  private static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The report's fixed texts, German or English. */
  private static final class Texts {
    static Map<String, String> of(boolean german) {
      Map<String, String> t = new LinkedHashMap<>();
      t.put("title", german ? "Integrationsmanagement: Bericht für das Land" : "Integration management: report for the Land");
      // a soft hyphen where a phone breaks the long word (browsers hyphenate German only with a dictionary)
      t.put("heading", german ? "Integrations\u00ADmanagement: Bericht für das Land"
          : "Integration management: report for the Land");
      t.put("period", german ? "Zeitraum" : "Period");
      t.put("until", german ? "bis" : "to");
      t.put("stichtag", "Stichtag");
      t.put("plans", german ? "Gezählte Pläne" : "Plans counted");
      t.put("protection", german ? "Geheimhaltung" : "Protection");
      t.put("protectionText", german
          ? "Alle Werte sind mit der Cell-Key-Methode (stochastische Überlagerung, wie im Zensus 2022) leicht verändert: "
              + "höchstens um {noise}, Werte von 1 bis {blocked} werden nie ausgewiesen. Dieselbe Zelle hat in jeder mit demselben Schlüssel erstellten "
              + "Veröffentlichung denselben Wert; Teile ergeben nicht genau die Summe. Eine fehlende Zeile ist 0."
          : "Every value is slightly perturbed by the cell-key method (as in the 2022 census): by at most {noise}, and "
              + "values from 1 to {blocked} are never published. A cell has the same value in every release made with the same key; parts do not "
              + "add up exactly to totals. A missing row is 0.");
      t.put("land", german ? "Land" : "Land");
      t.put("districts", german ? "Stadt- und Landkreise" : "Districts");
      t.put("district", german ? "Kreis (Schlüssel)" : "District (key)");
      t.put("coverage", german ? "Abdeckung nach Kreis" : "Coverage by district");
      t.put("detail", german
          ? "Gemeinden und Träger stehen in der Arbeitsmappe (--format xlsx) und in CSV und JSON."
          : "Municipalities and providers are in the workbook (--format xlsx) and in CSV and JSON.");
      t.put("category", german ? "Kategorie" : "Category");
      t.put("value", german ? "Wert" : "Value");
      t.put("day", german ? "Tag" : "Day");
      t.put("contacts", german ? "Beratungskontakte" : "Counselling contacts");
      t.put("plansAxis", german ? "Pläne" : "Plans");
      t.put("noScript", german
          ? "Die Diagramme brauchen JavaScript; die Zahlen stehen in den Tabellen darunter."
          : "The charts need JavaScript; the numbers are in the tables below them.");
      t.put("chartTopics", german
          ? "Balkendiagramm: Beratungskontakte im Zeitraum nach Thema, im Land"
          : "Bar chart: counselling contacts in the period by topic, in the Land");
      t.put("chartSeries", german
          ? "Gestapeltes Balkendiagramm: Pläne nach Status am Ende jedes Monats des Zeitraums, im Land"
          : "Stacked bar chart: plans by status at the end of each month of the period, in the Land");
      t.put("empty", german ? "Keine Werte." : "No values.");
      return t;
    }
  }
}
