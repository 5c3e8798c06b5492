package de.integrationsplan.schema.codelist;

import de.integrationsplan.core.codelist.Code;
import de.integrationsplan.core.codelist.CodeList;
import de.integrationsplan.core.codelist.CodeListCatalogue;
import de.integrationsplan.core.codelist.CodeListVersion;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Writes the published files of code lists: per version a genericode 1.0 file ({@code .gc}) and a
 * JSON file ({@code .json}), and {@code index.json} of all lists and versions. The output is
 * deterministic: lists sorted by id, codes in the order of the source, two spaces of indentation,
 * {@code \n} line ends, UTF-8. A version's files hold what the version says, not what later versions
 * say of its codes (no {@code withdrawnIn}), so that a published version never changes. Thread-safe.
 */
public final class CodeListFiles {

  /** The folder of the published files in this module's jar: {@value}. */
  public static final String RESOURCE_FOLDER = "/de/integrationsplan/schema/codelists/";

  /** The extension of the genericode files: {@value}. */
  public static final String GENERICODE = ".gc";

  /** The extension of the JSON files: {@value}. */
  public static final String JSON = ".json";

  /** The name of the index of all lists and versions: {@value}. */
  public static final String INDEX = "index.json";

  /** The namespace of genericode 1.0: {@value}. */
  public static final String GENERICODE_NAMESPACE = "http://docs.oasis-open.org/codelist/ns/genericode/1.0/";

  private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
  private static final JsonFactory JSON_FACTORY = JsonFactory.builder().build();
  private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
    @Override
    public @Nullable PrettyPrinter getPrettyPrinter() {
      return new DefaultPrettyPrinter(Separators.createDefaultInstance()
          .withObjectNameValueSpacing(Separators.Spacing.AFTER));
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  };

  /** A column of the genericode files: id, names, datatype, language, whether required, the value. */
  private record Column(String id, String de, String en, String type, @Nullable String lang, boolean required,
      Function<Code, @Nullable String> value) {}

  private static final List<Column> COLUMNS = List.of(
      new Column("code", "Code", "Code", "token", null, true, Code::code),
      new Column("name-de", "Name", "Name", "string", "de", true, c -> c.name(Locale.GERMAN)),
      new Column("name-en", "Name", "Name", "string", "en", true, c -> c.name(Locale.ENGLISH)),
      new Column("description-de", "Beschreibung", "Description", "string", "de", false,
          c -> c.description(Locale.GERMAN).orElse(null)),
      new Column("description-en", "Beschreibung", "Description", "string", "en", false,
          c -> c.description(Locale.ENGLISH).orElse(null)),
      new Column("anchor", "Rechtsgrundlage", "Legal anchor", "string", "de", false, c -> c.anchor().orElse(null)),
      new Column("sources", "Quellen", "Sources", "string", null, false,
          c -> c.sources().isEmpty() ? null : String.join(" ", c.sources().stream().map(URI::toString).toList())),
      new Column("valid-from", "Gültig ab", "Valid from", "date", null, false,
          c -> c.validFrom().map(Object::toString).orElse(null)),
      new Column("valid-until", "Gültig bis", "Valid until", "date", null, false,
          c -> c.validUntil().map(Object::toString).orElse(null)),
      new Column("validity-note-de", "Hinweis zur Gültigkeit", "Note on validity", "string", "de", false,
          c -> c.validityNote(Locale.GERMAN).orElse(null)),
      new Column("validity-note-en", "Hinweis zur Gültigkeit", "Note on validity", "string", "en", false,
          c -> c.validityNote(Locale.ENGLISH).orElse(null)),
      new Column("since", "Seit Version", "Since version", "date", null, true, c -> c.since().id()),
      new Column("special-category", "Besondere Kategorie (Art. 9 DSGVO)", "Special category (Art. 9 GDPR)",
          "boolean", null, true, c -> Boolean.toString(c.specialCategory())),
      new Column("iso-3166-1-alpha-2", "ISO 3166-1 Alpha-2", "ISO 3166-1 alpha-2", "token", null, false,
          c -> c.iso3166Alpha2().orElse(null)));

  private CodeListFiles() {}

  /**
   * The path of a version's file in this module's jar.
   *
   * @param version the version
   * @param extension {@link #GENERICODE} or {@link #JSON}
   * @return such as {@code /de/integrationsplan/schema/codelists/legal-basis/2026-12-01.gc}
   */
  public static String path(CodeListVersion version, String extension) {
    Objects.requireNonNull(version, "version");
    if (!extension.equals(GENERICODE) && !extension.equals(JSON)) {
      throw new IllegalArgumentException("extension is .gc or .json, not " + extension);
    }
    return RESOURCE_FOLDER + relative(version, extension);
  }

  /**
   * Opens a published file of this module's jar.
   *
   * @param path a path as {@link #path} gives it, or {@value #RESOURCE_FOLDER} and {@value #INDEX}
   * @return a new stream of the file's UTF-8 bytes, which the caller closes; empty when the jar has
   *     no such file
   */
  public static Optional<InputStream> open(String path) {
    Objects.requireNonNull(path, "path");
    if (!path.startsWith(RESOURCE_FOLDER)) {
      return Optional.empty();
    }
    return Optional.ofNullable(CodeListFiles.class.getResourceAsStream(path));
  }

  /**
   * Every published file of a catalogue, as the jar holds them for the standard catalogue.
   *
   * @param catalogue the catalogue
   * @return the files' paths relative to {@value #RESOURCE_FOLDER} ({@code legal-basis/2026-12-01.gc},
   *     {@code index.json}) and their texts, sorted by path
   */
  public static Map<String, String> all(CodeListCatalogue catalogue) {
    Map<String, String> files = new java.util.TreeMap<>();
    files.put(INDEX, index(catalogue));
    for (CodeList list : catalogue.all()) {
      for (CodeListVersion version : list.versions()) {
        files.put(relative(version, GENERICODE), genericode(version));
        files.put(relative(version, JSON), json(version));
      }
    }
    return files;
  }

  /**
   * A version as a genericode 1.0 code list: {@code Identification} with the list's id as
   * {@code ShortName}, its German and English names as {@code LongName}, the version, the list's URI
   * as {@code CanonicalUri} and the version's as {@code CanonicalVersionUri}; one column per field
   * of a code, the code as the key; one row per member.
   *
   * @param version the version
   * @return the file's text
   */
  public static String genericode(CodeListVersion version) {
    Objects.requireNonNull(version, "version");
    CodeList list = version.list();
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter x = XML.createXMLStreamWriter(text);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("gc", "CodeList", GENERICODE_NAMESPACE);
      x.writeNamespace("gc", GENERICODE_NAMESPACE);

      start(x, 1, "Identification");
      element(x, 2, "ShortName", null, list.id());
      element(x, 2, "LongName", "de", list.name(Locale.GERMAN));
      element(x, 2, "LongName", "en", list.name(Locale.ENGLISH));
      element(x, 2, "Version", null, version.id());
      element(x, 2, "CanonicalUri", null, list.uri());
      element(x, 2, "CanonicalVersionUri", null, version.canonicalUri());
      end(x, 1);

      start(x, 1, "ColumnSet");
      for (Column column : COLUMNS) {
        start(x, 2, "Column");
        x.writeAttribute("Id", column.id());
        x.writeAttribute("Use", column.required() ? "required" : "optional");
        element(x, 3, "ShortName", null, column.id());
        element(x, 3, "LongName", "de", column.de());
        element(x, 3, "LongName", "en", column.en());
        indent(x, 3);
        x.writeEmptyElement("Data");
        x.writeAttribute("Type", column.type());
        if (column.lang() != null) {
          x.writeAttribute("Lang", column.lang());
        }
        end(x, 2);
      }
      start(x, 2, "Key");
      x.writeAttribute("Id", "code-key");
      element(x, 3, "ShortName", null, "code-key");
      indent(x, 3);
      x.writeEmptyElement("ColumnRef");
      x.writeAttribute("Ref", "code");
      end(x, 2);
      end(x, 1);

      start(x, 1, "SimpleCodeList");
      for (Code code : version.codes()) {
        start(x, 2, "Row");
        for (Column column : COLUMNS) {
          String value = column.value().apply(code);
          if (value == null) {
            continue;
          }
          start(x, 3, "Value");
          x.writeAttribute("ColumnRef", column.id());
          element(x, 4, "SimpleValue", null, value);
          end(x, 3);
        }
        end(x, 2);
      }
      end(x, 1);

      x.writeCharacters("\n");
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the genericode of " + version.canonicalUri(), e);
    }
    return text.toString() + "\n";
  }

  /**
   * A version as JSON: the list's id, URI, names and description, the version with its canonical
   * URI and note, and every member with all its fields ({@code anchor} {@code null} for a code no
   * law defines; {@code description}, {@code validFrom}, {@code validUntil} and
   * {@code validityNote} only where the code has them).
   *
   * @param version the version
   * @return the file's text
   */
  public static String json(CodeListVersion version) {
    Objects.requireNonNull(version, "version");
    CodeList list = version.list();
    StringWriter text = new StringWriter();
    try (JsonGenerator g = JSON_FACTORY.createGenerator(PRETTY, text)) {
      g.writeStartObject();
      g.writeStringProperty("id", list.id());
      g.writeStringProperty("uri", list.uri());
      g.writeStringProperty("version", version.id());
      g.writeStringProperty("canonicalVersionUri", version.canonicalUri());
      texts(g, "name", list.name(Locale.GERMAN), list.name(Locale.ENGLISH));
      texts(g, "description", list.description(Locale.GERMAN), list.description(Locale.ENGLISH));
      texts(g, "validityDate", list.validityDate(Locale.GERMAN), list.validityDate(Locale.ENGLISH));
      texts(g, "note", version.note(Locale.GERMAN), version.note(Locale.ENGLISH));
      g.writeArrayPropertyStart("codes");
      for (Code code : version.codes()) {
        g.writeStartObject();
        g.writeStringProperty("code", code.code());
        texts(g, "name", code.name(Locale.GERMAN), code.name(Locale.ENGLISH));
        if (code.description(Locale.GERMAN).isPresent()) {
          texts(g, "description", code.description(Locale.GERMAN).get(), code.description(Locale.ENGLISH).orElseThrow());
        }
        g.writeStringProperty("anchor", code.anchor().orElse(null));
        g.writeArrayPropertyStart("sources");
        for (URI source : code.sources()) {
          g.writeString(source.toString());
        }
        g.writeEndArray();
        if (code.validFrom().isPresent()) {
          g.writeStringProperty("validFrom", code.validFrom().get().toString());
        }
        if (code.validUntil().isPresent()) {
          g.writeStringProperty("validUntil", code.validUntil().get().toString());
        }
        if (code.validityNote(Locale.GERMAN).isPresent()) {
          texts(g, "validityNote", code.validityNote(Locale.GERMAN).get(),
              code.validityNote(Locale.ENGLISH).orElseThrow());
        }
        g.writeStringProperty("since", code.since().id());
        g.writeBooleanProperty("specialCategory", code.specialCategory());
        if (code.iso3166Alpha2().isPresent()) {
          g.writeStringProperty("iso3166Alpha2", code.iso3166Alpha2().get());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return text.toString().replace("\r\n", "\n") + "\n";
  }

  /**
   * The index of a catalogue: per list its id, URI and names, per version its id, canonical URI,
   * number of codes and the paths of its two files relative to {@value #RESOURCE_FOLDER}.
   *
   * @param catalogue the catalogue
   * @return the file's text; {@code "codeLists"} is empty for an empty catalogue
   */
  public static String index(CodeListCatalogue catalogue) {
    Objects.requireNonNull(catalogue, "catalogue");
    StringWriter text = new StringWriter();
    try (JsonGenerator g = JSON_FACTORY.createGenerator(PRETTY, text)) {
      g.writeStartObject();
      g.writeArrayPropertyStart("codeLists");
      for (CodeList list : catalogue.all()) {
        g.writeStartObject();
        g.writeStringProperty("id", list.id());
        g.writeStringProperty("uri", list.uri());
        texts(g, "name", list.name(Locale.GERMAN), list.name(Locale.ENGLISH));
        g.writeStringProperty("latest", list.latest().id());
        g.writeArrayPropertyStart("versions");
        for (CodeListVersion version : list.versions()) {
          g.writeStartObject();
          g.writeStringProperty("id", version.id());
          g.writeStringProperty("canonicalVersionUri", version.canonicalUri());
          g.writeNumberProperty("codes", version.codes().size());
          g.writeStringProperty("genericode", relative(version, GENERICODE));
          g.writeStringProperty("json", relative(version, JSON));
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return text.toString().replace("\r\n", "\n") + "\n";
  }

  private static String relative(CodeListVersion version, String extension) {
    return version.list().id() + "/" + version.id() + extension;
  }

  private static void texts(JsonGenerator g, String name, String de, String en) {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("de", de);
    texts.put("en", en);
    g.writeObjectPropertyStart(name);
    texts.forEach(g::writeStringProperty);
    g.writeEndObject();
  }

  private static void indent(XMLStreamWriter x, int depth) throws XMLStreamException {
    x.writeCharacters("\n" + "  ".repeat(depth));
  }

  private static void start(XMLStreamWriter x, int depth, String name) throws XMLStreamException {
    indent(x, depth);
    x.writeStartElement(name);
  }

  private static void end(XMLStreamWriter x, int depth) throws XMLStreamException {
    indent(x, depth);
    x.writeEndElement();
  }

  private static void element(XMLStreamWriter x, int depth, String name, @Nullable String lang, String value)
      throws XMLStreamException {
    indent(x, depth);
    x.writeStartElement(name);
    if (lang != null) {
      x.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", lang);
    }
    x.writeCharacters(value);
    x.writeEndElement();
  }
}
