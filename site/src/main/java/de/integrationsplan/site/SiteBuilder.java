package de.integrationsplan.site;

import de.integrationsplan.core.codelist.Code;
import de.integrationsplan.core.codelist.CodeList;
import de.integrationsplan.core.codelist.CodeListCatalogue;
import de.integrationsplan.core.codelist.CodeListVersion;
import de.integrationsplan.core.validation.CodeExplanation;
import de.integrationsplan.core.validation.Codes;
import de.integrationsplan.schema.PlanSchema;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Writes the specification as a static website, German and English: for each version of the
 * format every type and property with its labels, description, data-protection class and an example
 * value from the example plans; the code lists with their versions and codes; the rules' codes; the
 * migration notes. It reads the model as {@code ModelExport} exported it at build time, and
 * everything else through the public API ({@link CodeListCatalogue}, {@link Codes},
 * {@link PlanSchema}) and the files of the repository (example plans, {@code docs/migration.md}).
 *
 * <p>The pages are Pebble templates ({@code templates/*.peb} beside this class); Pebble escapes
 * every value for HTML unless a template says otherwise, which only the rendered Markdown does.
 * Every link is relative, so the folder can be opened from disk or served from any path.
 */
public final class SiteBuilder {

  /** The languages of the site, German first. */
  static final List<String> LANGUAGES = List.of("de", "en");

  /** The prefixes of the rules' codes, in the order of docs/codes.md. */
  static final List<String> CODE_GROUPS = List.of("json", "schema", "plan", "value", "migration", "cli");

  private final Path exportFolder;
  private final Path repository;
  private final Path output;
  private final PebbleEngine engine;
  private final CodeListCatalogue catalogue = CodeListCatalogue.standard();

  private SiteBuilder(Path exportFolder, Path repository, Path output) {
    this.exportFolder = exportFolder;
    this.repository = repository;
    this.output = output;
    ClasspathLoader loader = new ClasspathLoader(SiteBuilder.class.getClassLoader());
    loader.setPrefix("de/integrationsplan/site/templates");
    loader.setSuffix(".peb");
    this.engine = new PebbleEngine.Builder().loader(loader).strictVariables(true).newLineTrimming(true).build();
  }

  /**
   * Writes the site.
   *
   * @param args the folder ModelExport wrote to, the repository's root, the output folder
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: SiteBuilder MODEL_EXPORT_FOLDER REPOSITORY OUTPUT_FOLDER");
    }
    int pages = build(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
    System.out.println("Specification site: " + pages + " pages in " + Path.of(args[2]).normalize());
  }

  /**
   * Writes the site into a folder.
   *
   * @param exportFolder the folder ModelExport wrote to
   * @param repository the repository's root, which holds {@code examples/plans} and {@code docs}
   * @param output the folder to write to, created if need be
   * @return the number of HTML pages written
   * @throws IOException if a file cannot be read or written
   */
  public static int build(Path exportFolder, Path repository, Path output) throws IOException {
    return new SiteBuilder(exportFolder, repository, output).write();
  }

  private int write() throws IOException {
    int pages = 0;
    Files.createDirectories(output.resolve("assets"));
    copyResource("site.css", output.resolve("assets/site.css"));
    for (String version : PlanSchema.versions()) {
      Path schema = output.resolve("schema/" + version + "/" + PlanSchema.FILE_NAME);
      Files.createDirectories(schema.getParent());
      Files.writeString(schema, PlanSchema.text(version), StandardCharsets.UTF_8);
    }
    List<ModelDocs.Version> versions = new ArrayList<>();
    Map<String, ExampleValues> examples = new LinkedHashMap<>();
    for (String version : PlanSchema.versions()) {
      ModelDocs.Version model = ModelDocs.read(exportFolder, version);
      versions.add(model);
      examples.put(version, ExampleValues.read(model, repository.resolve(examplesFolder(version))));
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("t", texts("de"));
    root.put("tEn", texts("en"));
    root.put("root", "");
    pages += render("root", root, output.resolve("index.html"));
    for (String language : LANGUAGES) {
      Map<String, String> t = texts(language);
      pages += render("index", page(language, t, "index.html", Map.of("versions", versionSummaries(versions, language))), null);
      for (ModelDocs.Version model : versions) {
        String dir = model.version() + "/";
        pages += render("format", page(language, t, dir + "index.html", formatPage(model, language, t)), null);
        for (ModelDocs.Type type : model.types().values()) {
          pages += render("type", page(language, t, dir + type.name() + ".html",
              typePage(model, type, examples.get(model.version()), language, t)), null);
        }
      }
      pages += render("codelists", page(language, t, "codelists/index.html", Map.of("lists", codeListSummaries(language))), null);
      for (CodeList list : catalogue.all()) {
        pages += render("codelist", page(language, t, "codelists/" + list.id() + ".html", codeListPage(list, language, t)), null);
      }
      pages += render("rules", page(language, t, "rules.html", Map.of("groups", ruleGroups(language, t))), null);
      pages += render("migration", page(language, t, "migration.html", migrationPage(language)), null);
    }
    return pages;
  }

  static String examplesFolder(String version) {
    return version.equals(PlanSchema.VERSION) ? "examples/plans/valid" : "examples/plans/" + version + "/valid";
  }

  /** The variables every page of a language has: its texts, the way back to the root, its own path. */
  private Map<String, Object> page(String language, Map<String, String> t, String path, Map<String, Object> content) {
    Map<String, Object> page = new LinkedHashMap<>(content);
    int depth = (int) path.chars().filter(c -> c == '/').count() + 1;
    page.put("t", t);
    page.put("lang", language);
    page.put("otherLang", language.equals("de") ? "en" : "de");
    page.put("root", "../".repeat(depth));
    page.put("path", path);
    page.put("versionsList", PlanSchema.versions());
    return page;
  }

  private List<Map<String, Object>> versionSummaries(List<ModelDocs.Version> versions, String language) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ModelDocs.Version v : versions) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("version", v.version());
      m.put("rootLabel", v.require(v.root()).label().in(language));
      m.put("description", v.require(v.root()).description().in(language));
      m.put("records", v.types().values().stream().filter(t -> !t.isEnum()).count());
      m.put("enums", v.types().values().stream().filter(ModelDocs.Type::isEnum).count());
      out.add(m);
    }
    return out;
  }

  private Map<String, Object> formatPage(ModelDocs.Version model, String language, Map<String, String> t) {
    List<Map<String, Object>> records = new ArrayList<>();
    List<Map<String, Object>> enums = new ArrayList<>();
    for (ModelDocs.Type type : model.types().values()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", type.name());
      m.put("label", type.label().in(language));
      m.put("description", type.description().in(language));
      m.put("count", type.isEnum() ? type.constants().size() : type.properties().size());
      (type.isEnum() ? enums : records).add(m);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("version", model.version());
    out.put("records", records);
    out.put("enums", enums);
    out.put("schemaFile", "schema/" + model.version() + "/" + PlanSchema.FILE_NAME);
    out.put("schemaId", PlanSchema.id(model.version()));
    out.put("classes", personalDataClasses(t));
    return out;
  }

  private static List<Map<String, String>> personalDataClasses(Map<String, String> t) {
    List<Map<String, String>> out = new ArrayList<>();
    for (String c : List.of("identifying", "special-category", "ordinary")) {
      out.add(Map.of("key", c, "label", t.get("pd." + c), "meaning", t.get("pd." + c + ".meaning")));
    }
    return out;
  }

  private Map<String, Object> typePage(ModelDocs.Version model, ModelDocs.Type type, ExampleValues examples,
      String language, Map<String, String> t) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("version", model.version());
    out.put("name", type.name());
    out.put("isEnum", type.isEnum());
    out.put("label", type.label().in(language));
    out.put("description", type.description().in(language));
    List<Map<String, Object>> properties = new ArrayList<>();
    for (ModelDocs.Property p : type.properties()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", p.name());
      m.put("label", p.label().in(language));
      m.put("description", p.description().in(language));
      m.put("required", p.required());
      m.put("list", p.list());
      m.put("personalData", p.personalData());
      m.put("personalDataLabel", t.get("pd." + p.personalData()));
      boolean linked = p.kind().equals("RECORD") || p.kind().equals("ENUM");
      m.put("typeLabel", linked ? model.require(p.valueType()).label().in(language) : t.get("kind." + p.kind()));
      m.put("typeUrl", linked ? p.valueType() + ".html" : "");
      String codeListName = "";
      if (p.codeList() != null) {
        CodeList list = catalogue.byId(p.codeList())
            .orElseThrow(() -> new IllegalStateException(type.name() + "." + p.name() + " names an unknown code list " + p.codeList()));
        codeListName = list.name(Locale.forLanguageTag(language));
      }
      m.put("codeList", p.codeList() == null ? "" : p.codeList());
      m.put("codeListName", codeListName);
      ExampleValues.Example example = examples.of(type.name(), p.name());
      m.put("example", example == null ? "" : example.json());
      m.put("exampleFile", example == null ? "" : example.file());
      properties.add(m);
    }
    out.put("properties", properties);
    List<Map<String, String>> constants = new ArrayList<>();
    for (ModelDocs.Constant c : type.constants()) {
      constants.add(Map.of("name", c.name(), "description", c.description().in(language)));
    }
    out.put("constants", constants);
    List<Map<String, String>> usedBy = new ArrayList<>();
    for (ModelDocs.Type other : model.types().values()) {
      for (ModelDocs.Property p : other.properties()) {
        if (p.valueType().equals(type.name()) && (p.kind().equals("RECORD") || p.kind().equals("ENUM"))) {
          usedBy.add(Map.of("type", other.name(), "typeLabel", other.label().in(language), "property", p.name(),
              "propertyLabel", p.label().in(language)));
        }
      }
    }
    out.put("usedBy", usedBy);
    out.put("examplesFolder", examplesFolder(model.version()));
    return out;
  }

  private List<Map<String, Object>> codeListSummaries(String language) {
    Locale locale = Locale.forLanguageTag(language);
    List<Map<String, Object>> out = new ArrayList<>();
    for (CodeList list : catalogue.all()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", list.id());
      m.put("name", list.name(locale));
      m.put("description", list.description(locale));
      m.put("latest", list.latest().id());
      m.put("versions", list.versions().size());
      m.put("codes", list.latest().codes().size());
      out.add(m);
    }
    return out;
  }

  private Map<String, Object> codeListPage(CodeList list, String language, Map<String, String> t) {
    Locale locale = Locale.forLanguageTag(language);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", list.id());
    out.put("uri", list.uri());
    out.put("name", list.name(locale));
    out.put("description", list.description(locale));
    out.put("validityDate", list.validityDate(locale));
    List<Map<String, Object>> versions = new ArrayList<>();
    for (CodeListVersion v : list.versions()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", v.id());
      m.put("note", v.note(locale));
      m.put("canonicalUri", v.canonicalUri());
      m.put("codes", v.codes().size());
      versions.add(m);
    }
    out.put("versions", versions);
    List<Map<String, Object>> codes = new ArrayList<>();
    for (Code c : list.codes()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("code", c.code());
      m.put("name", c.name(locale));
      m.put("description", c.description(locale).orElse(""));
      m.put("anchor", c.anchor().orElse(""));
      m.put("sources", c.sources().stream().map(URI::toString).toList());
      m.put("validFrom", c.validFrom().map(Object::toString).orElse(""));
      m.put("validUntil", c.validUntil().map(Object::toString).orElse(""));
      m.put("validityNote", c.validityNote(locale).orElse(""));
      m.put("since", c.since().id());
      m.put("withdrawnIn", c.withdrawnIn().map(CodeListVersion::id).orElse(""));
      m.put("specialCategory", c.specialCategory());
      List<String> memberOf = new ArrayList<>();
      for (CodeListVersion v : list.versions()) {
        if (c.memberOf(v)) {
          memberOf.add(v.id());
        }
      }
      m.put("memberOf", memberOf);
      codes.add(m);
    }
    out.put("codes", codes);
    return out;
  }

  private static List<Map<String, Object>> ruleGroups(String language, Map<String, String> t) {
    Locale locale = Locale.forLanguageTag(language);
    Map<String, List<Map<String, String>>> byGroup = new TreeMap<>();
    for (String code : Codes.all()) {
      String prefix = code.substring(0, code.indexOf('.'));
      if (!CODE_GROUPS.contains(prefix)) {
        throw new IllegalStateException("the site has no heading for the codes " + prefix + ".*; add it to CODE_GROUPS");
      }
      CodeExplanation e = Codes.explain(code, locale);
      Map<String, String> m = new LinkedHashMap<>();
      m.put("code", e.code());
      m.put("message", e.message());
      m.put("meaning", e.meaning());
      m.put("anchor", e.anchor());
      m.put("fault", e.fault());
      m.put("fix", e.fix());
      byGroup.computeIfAbsent(prefix, k -> new ArrayList<>()).add(m);
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (String prefix : CODE_GROUPS) {
      if (byGroup.containsKey(prefix)) {
        out.add(Map.of("prefix", prefix, "title", t.get("rules.group." + prefix), "intro", t.get("rules.group." + prefix + ".intro"),
            "codes", byGroup.get(prefix)));
      }
    }
    return out;
  }

  private Map<String, Object> migrationPage(String language) throws IOException {
    Map<String, Object> out = new LinkedHashMap<>();
    String markdown = Files.readString(repository.resolve("docs/migration.md"), StandardCharsets.UTF_8);
    out.put("notes", MigrationNotes.html(markdown));
    List<Map<String, String>> codes = new ArrayList<>();
    Locale locale = Locale.forLanguageTag(language);
    for (String code : Codes.all()) {
      if (code.startsWith("migration.")) {
        CodeExplanation e = Codes.explain(code, locale);
        codes.add(Map.of("code", code, "meaning", e.meaning()));
      }
    }
    out.put("codes", codes);
    return out;
  }

  private int render(String template, Map<String, Object> variables, Path file) throws IOException {
    Path target = file != null ? file : output.resolve(variables.get("lang") + "/" + variables.get("path"));
    StringWriter writer = new StringWriter();
    engine.getTemplate(template).evaluate(writer, variables);
    Files.createDirectories(target.getParent());
    Files.writeString(target, writer.toString(), StandardCharsets.UTF_8);
    return 1;
  }

  private static void copyResource(String name, Path target) throws IOException {
    try (InputStream in = SiteBuilder.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing");
      }
      Files.write(target, in.readAllBytes());
    }
  }

  /** The site's own texts in a language, from {@code site_de.properties} or {@code site_en.properties}. */
  static Map<String, String> texts(String language) {
    String name = "site_" + language + ".properties";
    try (InputStream in = SiteBuilder.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing");
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> out = new TreeMap<>();
      properties.forEach((k, v) -> out.put((String) k, (String) v));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
