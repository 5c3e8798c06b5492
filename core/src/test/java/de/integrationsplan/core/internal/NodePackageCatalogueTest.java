package de.integrationsplan.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.internal.model.Component;
import de.integrationsplan.core.internal.model.ModelView;
import de.integrationsplan.core.internal.model.RecordView;
import de.integrationsplan.core.internal.model.ValueKind;
import de.integrationsplan.core.validation.constraints.CodeLists;
import de.integrationsplan.core.validation.constraints.CountryCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The npm package ({@code npm/}) words its structural findings as the library does: the messages of
 * the {@code schema.*} and {@code json.*} codes, the parts a finding's text is made of, and per major
 * version of the model the labels of every record and component with what the library adds to a
 * message about it ("Erwartet wird ein Datum …", the constraint's own message, the allowed codes).
 * That is exported from the catalogue into {@code npm/catalogue.json} and committed; this test fails
 * when the committed file is not what the catalogue gives, so the two cannot drift apart. Regenerate
 * it with {@value #REGENERATE}.
 *
 * <p>What depends on the submitted value (the nearest allowed code, a property name near an unknown
 * one, a {@code null}) cannot be exported; the package computes it from the codes and names given here,
 * as {@link Suggestions} does, and its tests compare its messages with the example plans' expected
 * messages, which the Java tests produce.
 */
final class NodePackageCatalogueTest {

  static final String REGENERATE = "mvn -B -o -q -pl core test -Dtest=NodePackageCatalogueTest "
      + "-Dsurefire.failIfNoSpecifiedTests=false -Dnpm.catalogue.write=true";

  private static final Path FILE = Path.of("../npm/catalogue.json");

  private static final Locale[] LANGUAGES = {Locale.GERMAN, Locale.ENGLISH};

  /** The codes whose added text depends on the component a finding is at. */
  private static final List<String> COMPONENT_CODES =
      List.of("schema.type", "schema.enum", "schema.format", "schema.pattern", "schema.minItems");

  /** The codes whose added text depends on an element of a list. */
  private static final List<String> ELEMENT_CODES =
      List.of("schema.type", "schema.enum", "schema.format", "schema.pattern");

  /** The codes whose added text depends on the object a finding is at. */
  private static final List<String> RECORD_CODES =
      List.of("schema.minProperties", "schema.maxProperties", "schema.additionalProperties");

  @Test
  void theCommittedCatalogueIsTheLibrarys() throws IOException {
    String json = render();
    if (Boolean.getBoolean("npm.catalogue.write")) {
      Files.writeString(FILE, json, StandardCharsets.UTF_8);
    }
    assertThat(FILE).exists();
    assertThat(Files.readString(FILE, StandardCharsets.UTF_8))
        .as("npm/catalogue.json is out of date; regenerate it with%n  %s", REGENERATE)
        .isEqualTo(json);
  }

  @Test
  void everyStructuralCodeHasItsMessageInBothLanguages() {
    Map<String, Object> catalogue = catalogue();
    @SuppressWarnings("unchecked")
    Map<String, Map<String, String>> messages = (Map<String, Map<String, String>>) catalogue.get("messages");
    List<String> structural = Messages.germanCodes().stream().filter(c -> c.startsWith("schema.")).sorted().toList();
    assertThat(structural).contains("schema.required", "schema.additionalProperties", "schema.type");
    assertThat(messages.get("de")).containsKeys(structural.toArray(String[]::new));
    assertThat(messages.get("en")).containsKeys(structural.toArray(String[]::new));
  }

  static String render() {
    JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    return mapper.writeValueAsString(catalogue()).replace("\r\n", "\n") + "\n";
  }

  static Map<String, Object> catalogue() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("comment", "Generated from the Java catalogue by NodePackageCatalogueTest (module core); do not edit. "
        + "Regenerate with: " + REGENERATE);
    Map<String, Object> messages = new LinkedHashMap<>();
    Map<String, Object> parts = new LinkedHashMap<>();
    for (Locale locale : LANGUAGES) {
      Map<String, String> m = new TreeMap<>();
      for (String code : Messages.germanCodes()) {
        if (code.startsWith("schema.") || code.startsWith("json.")) {
          m.put(code, Messages.render(code, locale, Map.of()));
        }
      }
      messages.put(locale.getLanguage(), m);
      parts.put(locale.getLanguage(), new TreeMap<>(Messages.load(FindingMessages.class,
          "message-parts_" + locale.getLanguage() + ".properties")));
    }
    out.put("messages", messages);
    out.put("parts", parts);
    Map<String, Object> models = new LinkedHashMap<>();
    for (Class<?> root : ModelView.roots()) {
      models.put(Integer.toString(ModelView.major(root)), model(ModelView.of(root)));
    }
    out.put("models", models);
    List<String> codes = new ArrayList<>(CodeLists.countries());
    List<List<String>> names = new ArrayList<>();
    for (String code : codes) {
      Locale country = new Locale("", code);
      names.add(List.of(country.getDisplayCountry(Locale.GERMAN), country.getDisplayCountry(Locale.ENGLISH)));
    }
    Map<String, Object> countries = new LinkedHashMap<>();
    countries.put("codes", codes);
    countries.put("names", names);
    countries.put("nationalityExtras", CodeLists.NATIONALITY_EXTRAS.stream().sorted().toList());
    out.put("countries", countries);
    return out;
  }

  /** One major version: its records, reached from the root, each with the first pointer that reaches it. */
  private static Map<String, Object> model(RecordView root) {
    Map<String, Object> records = new LinkedHashMap<>();
    Map<String, Object> enums = new TreeMap<>();
    visit(root, root, "", records, enums);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("root", root.name());
    model.put("records", records);
    model.put("enums", enums);
    return model;
  }

  private static void visit(RecordView root, RecordView record, String pointer, Map<String, Object> records,
      Map<String, Object> enums) {
    String name = record.name();
    if (records.containsKey(name)) {
      assertThat(((Map<?, ?>) records.get(name)).get("type")).as("two records named %s", name)
          .isEqualTo(record.type().getName());
      return;
    }
    Map<String, Object> r = new LinkedHashMap<>();
    records.put(name, r);
    r.put("type", record.type().getName());
    r.put("label", texts(record::label));
    r.put("expected", expected(root, pointer, RECORD_CODES));
    List<Object> components = new ArrayList<>();
    r.put("components", components);
    List<Runnable> deeper = new ArrayList<>();
    for (Component c : record.components()) {
      Map<String, Object> out = new LinkedHashMap<>();
      String at = pointer + "/" + c.name();
      out.put("name", c.name());
      out.put("label", texts(c::label));
      out.put("kind", c.kind().name());
      out.put("list", c.list());
      if (c.kind() == ValueKind.RECORD) {
        out.put("record", c.record().name());
        String recordAt = c.list() ? at + "/0" : at;
        deeper.add(() -> visit(root, c.record(), recordAt, records, enums));
      }
      if (c.kind() == ValueKind.ENUM) {
        out.put("enum", enumEntry(c.valueType(), enums));
      }
      CountryCode country = c.annotation(CountryCode.class);
      if (country != null) {
        out.put("country", country.nationality() ? "nationality" : "country");
      }
      out.put("expected", expected(root, at, COMPONENT_CODES));
      if (c.list()) {
        out.put("elementExpected", expected(root, at + "/0", ELEMENT_CODES));
      }
      components.add(out);
    }
    deeper.forEach(Runnable::run);
  }

  /** An enum's codes and, per code, its names in words (German, English), as the suggestions compare them. */
  private static String enumEntry(Class<?> type, Map<String, Object> enums) {
    String name = type.getSimpleName();
    if (!enums.containsKey(name)) {
      List<String> codes = new ArrayList<>();
      List<List<String>> names = new ArrayList<>();
      for (Object constant : type.getEnumConstants()) {
        Enum<?> e = (Enum<?>) constant;
        codes.add(e.name());
        names.add(List.of(label(ModelView.description(e, Locale.GERMAN)), label(ModelView.description(e, Locale.ENGLISH))));
      }
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("type", type.getName());
      entry.put("codes", codes);
      entry.put("names", names);
      enums.put(name, entry);
    }
    return name;
  }

  /** As FindingMessages.label: the text before the first colon, full stop, semicolon or comma. */
  private static String label(String description) {
    int end = description.length();
    for (char stop : new char[] {':', '.', ';', ','}) {
      int at = description.indexOf(stop);
      if (at > 0 && at < end) {
        end = at;
      }
    }
    return description.substring(0, end).trim();
  }

  /**
   * What the library adds after a code's message at a pointer, when the submitted value is not known:
   * the rendered finding less its place and the code's message. Codes that add nothing are left out.
   */
  private static Map<String, Object> expected(RecordView root, String pointer, List<String> codes) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String code : codes) {
      Map<String, String> texts = new LinkedHashMap<>();
      for (Locale locale : LANGUAGES) {
        String full = FindingMessages.render(root, code, pointer, locale, Map.of(), null);
        String place = FindingMessages.place(root, pointer, locale);
        String message = Messages.render(code, locale, Map.of());
        String head = place.isEmpty() ? message : place + ": " + message;
        assertThat(full).as("the finding %s at %s", code, pointer).startsWith(head);
        String added = full.substring(head.length()).strip();
        if (!added.isEmpty()) {
          texts.put(locale.getLanguage(), added);
        }
      }
      if (!texts.isEmpty()) {
        assertThat(texts).as("%s at %s in both languages", code, pointer).containsOnlyKeys("de", "en");
        out.put(code, partOrTexts(texts));
      }
    }
    return out;
  }

  /**
   * Where the added text is one of the message parts in both languages (such as
   * {@code expected.DATE}), the part's key, {@code {"part": "expected.DATE"}}: most components add
   * the text of their kind, and naming it keeps the file small; else the texts themselves.
   */
  private static Map<String, String> partOrTexts(Map<String, String> texts) {
    Map<String, String> german = Messages.load(FindingMessages.class, "message-parts_de.properties");
    Map<String, String> english = Messages.load(FindingMessages.class, "message-parts_en.properties");
    for (String key : new TreeMap<>(german).keySet()) {
      if (key.startsWith("expected.") && german.get(key).equals(texts.get("de"))
          && texts.get("en").equals(english.get(key))) {
        return Map.of("part", key);
      }
    }
    return texts;
  }

  private static Map<String, String> texts(java.util.function.Function<Locale, String> text) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Locale locale : LANGUAGES) {
      out.put(locale.getLanguage(), text.apply(locale));
    }
    return out;
  }
}
