package de.integrationsplan.schema.generator;

import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.generator.TypeScope;
import com.github.victools.jsonschema.module.jackson.JacksonSchemaModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import de.integrationsplan.core.internal.model.Component;
import de.integrationsplan.core.internal.model.ModelView;
import de.integrationsplan.core.internal.model.RecordView;
import de.integrationsplan.core.model.Coded;
import de.integrationsplan.core.model.v1.Formats;
import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.validation.constraints.CodeLists;
import de.integrationsplan.core.validation.constraints.CountryCode;
import de.integrationsplan.core.validation.constraints.LanguageCode;
import de.integrationsplan.core.validation.constraints.PresentCount;
import de.integrationsplan.core.validation.constraints.TextLength;
import de.integrationsplan.schema.PlanSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the published JSON Schema from the Java model, with victools' generator (draft
 * 2020-12) and its Jakarta Validation and Jackson modules, and the patterns that the Java reader
 * and constraints use, so that every validator agrees. What the model says of a record (its
 * components, their order, which are required, which are lists, their annotations) and its German
 * and English texts come from core's one view of the model ({@link ModelView}), the source that the
 * reader and the messages read too; victools only lays the schema out.
 *
 * <p>Regenerate the committed file with
 * {@code mvn -B -q -pl schema -am test -Dtest=SchemaDriftTest -Dsurefire.failIfNoSpecifiedTests=false -Dschema.regenerate=true}.
 */
public final class SchemaGenerator {

  /** The committed schema of format 1.0, relative to the schema module. */
  public static final Path COMMITTED = committed(PlanSchema.VERSION);

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** What follows a pattern's {@code $} from format 2.0 on: no character at all (see {@link #endAnchors}). */
  static final String PORTABLE_END = "(?![\\s\\S])";

  private SchemaGenerator() {}

  /**
   * Writes the schema to the committed file.
   *
   * @param args ignored
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    for (Class<?> root : ModelView.roots()) {
      Path file = committed(version(root));
      Files.createDirectories(file.getParent());
      Files.writeString(file, generate(root), StandardCharsets.UTF_8);
    }
  }

  /**
   * The committed schema of a version, relative to the schema module.
   *
   * @param version a version of the format, such as {@code 2.0}
   * @return the file's path
   */
  public static Path committed(String version) {
    return Path.of("src/main/resources" + (version.equals(PlanSchema.VERSION) ? PlanSchema.RESOURCE
        : "/de/integrationsplan/schema/" + version + "/" + PlanSchema.FILE_NAME));
  }

  /**
   * The version of the format whose schema a root's model gives: its major, minor {@code 0}.
   *
   * @param root the root of a major version's model
   * @return the version, such as {@code 1.0}
   */
  public static String version(Class<?> root) {
    return ModelView.major(root) + ".0";
  }

  /**
   * The schema text for a root type, as committed: two-space indent, a final newline.
   *
   * @param root the root type, {@link IntegrationPlan} for the published schema
   * @return the schema
   */
  public static String generate(Class<?> root) {
    // format 1.0's schema is published and frozen byte for byte; every later format is laid out for
    // code generators and for validators that read format as an annotation
    boolean forCodeGenerators = ModelView.major(root) >= 2;
    SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(
        JsonMapper.builder().build(), SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
        .with(Option.DEFINITIONS_FOR_ALL_OBJECTS, Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT,
            Option.PLAIN_DEFINITION_KEYS)
        .without(Option.VALUES_FROM_CONSTANT_FIELDS, Option.PUBLIC_STATIC_FIELDS, Option.NONPUBLIC_STATIC_FIELDS)
        .with(new JacksonSchemaModule())
        .with(new JakartaValidationModule(JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS));

    config.forFields()
        .withIgnoreCheck(f -> f.getRawMember() != null && java.lang.reflect.Modifier.isStatic(f.getRawMember().getModifiers()))
        .withRequiredCheck(f -> !f.isFakeContainerItemScope() && component(f).required())
        .withDescriptionResolver(f -> f.isFakeContainerItemScope() ? null
            : component(f).description(Locale.GERMAN) + "\n\n" + component(f).description(Locale.ENGLISH))
        .withInstanceAttributeOverride(SchemaGenerator::codeLists)
        .withStringMinLengthResolver(f -> {
          TextLength length = f.getAnnotation(TextLength.class);
          return length == null || length.min() == 0 ? null : length.min();
        })
        .withStringMaxLengthResolver(f -> {
          TextLength length = f.getAnnotation(TextLength.class);
          return length == null || length.max() == Integer.MAX_VALUE ? null : length.max();
        });
    config.forTypesInGeneral()
        .withTitleResolver(scope -> title(scope, forCodeGenerators))
        .withDescriptionResolver(SchemaGenerator::typeDescription)
        .withCustomDefinitionProvider((type, context) -> scalar(type.getErasedType(), forCodeGenerators))
        .withTypeAttributeOverride((node, scope, context) -> {
          presentCount(node, scope);
          if (forCodeGenerators) {
            label(node, scope.getType().getErasedType());
          }
        });
    config.forTypesInGeneral().withPropertySorter(Comparator.comparingInt(m -> componentIndex(m.getDeclaringType().getErasedType(), m.getName())));

    ObjectNode generated = new com.github.victools.jsonschema.generator.SchemaGenerator(config.build())
        .generateSchema(root);
    ObjectNode schema = NODES.objectNode();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("$id", PlanSchema.id(version(root)));
    for (String first : List.of("title", "description")) {
      if (generated.has(first)) {
        schema.set(first, generated.get(first));
      }
    }
    generated.properties().forEach(e -> {
      if (!e.getKey().equals("$schema") && !e.getKey().equals("$defs") && !schema.has(e.getKey())) {
        schema.set(e.getKey(), e.getValue());
      }
    });
    ObjectNode defs = NODES.objectNode();
    JsonNode generatedDefs = generated.get("$defs");
    TreeMap<String, JsonNode> sorted = new TreeMap<>();
    if (generatedDefs != null) {
      generatedDefs.properties().forEach(e -> sorted.put(e.getKey(), e.getValue()));
    }
    sorted.put("JsonValue", jsonValue(forCodeGenerators));
    sorted.put("CountryCode", countryCodes(false, forCodeGenerators));
    if (schema.toString().contains("#/$defs/Nationality") || generatedDefs != null && generatedDefs.toString().contains("#/$defs/Nationality")) {
      // format 1.0's ISO nationalities; format 2.0 codes nationality by Destatis's key list instead
      sorted.put("Nationality", countryCodes(true, forCodeGenerators));
    }
    sorted.forEach(defs::set);
    schema.set("$defs", defs);
    if (forCodeGenerators) {
      CodeGeneratorLayout.apply(schema);
      endAnchors(schema);
    }
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectNameValueSpacing(Separators.Spacing.AFTER));
    return JsonMapper.builder().defaultPrettyPrinter(printer).build().writerWithDefaultPrettyPrinter().writeValueAsString(schema)
        .replace("\r\n", "\n") + "\n";
  }

  /**
   * Ends every pattern at the end of the text in every regular-expression dialect (format 2.0 on):
   * {@code $} matches before a final line feed in Python's {@code re} (which Python's jsonschema
   * uses), so {@code "g1\n"} would pass {@code ^[A-Za-z0-9]...$} there, but nowhere else;
   * {@code (?![\s\S])} after it, "no character follows", means the same in ECMA-262,
   * {@code java.util.regex} and Python.
   */
  private static void endAnchors(JsonNode node) {
    if (node instanceof ObjectNode object) {
      JsonNode pattern = object.get("pattern");
      if (pattern != null && pattern.isString() && pattern.asString().endsWith("$")) {
        object.put("pattern", pattern.asString() + PORTABLE_END);
      }
      object.values().forEach(SchemaGenerator::endAnchors);
    } else if (node instanceof ArrayNode array) {
      array.forEach(SchemaGenerator::endAnchors);
    }
  }

  /** The position of a property in its record, as the model view orders the components. */
  private static int componentIndex(Class<?> type, String name) {
    if (!type.isRecord()) {
      return Integer.MAX_VALUE;
    }
    Component c = ModelView.of(type).component(name);
    return c == null ? Integer.MAX_VALUE : c.index();
  }

  /** The model view's component behind a field of a record. */
  private static Component component(FieldScope f) {
    RecordView record = ModelView.of(f.getDeclaringType().getErasedType());
    Component c = record.component(f.getDeclaredName());
    if (c == null) {
      throw new IllegalStateException(record.name() + " has no component " + f.getDeclaredName());
    }
    return c;
  }

  /** Scalars of the wire format: dates, months, timestamps, UUIDs, extension values. */
  private static com.github.victools.jsonschema.generator.CustomDefinition scalar(Class<?> type,
      boolean forCodeGenerators) {
    ObjectNode node;
    if (type == LocalDate.class) {
      // format 2.0 on: a pattern that knows month lengths and leap years, for validators that
      // read format as an annotation only; the reader rejects the same dates (StrictTime)
      node = string("date", forCodeGenerators ? CalendarPatterns.DATE : Formats.DATE);
    } else if (type == OffsetDateTime.class) {
      node = string("date-time", forCodeGenerators
          ? CalendarPatterns.dateTime(de.integrationsplan.core.model.v2.Formats.DATE_TIME,
              de.integrationsplan.core.model.v2.Formats.DATE)
          : Formats.DATE_TIME);
    } else if (type == YearMonth.class) {
      node = string(null, Formats.MONTH);
    } else if (type == UUID.class) {
      node = string("uuid", Formats.UUID);
    } else if (type == Object.class) {
      node = NODES.objectNode().put("$ref", "#/$defs/JsonValue");
    } else {
      return null;
    }
    return new com.github.victools.jsonschema.generator.CustomDefinition(node,
        com.github.victools.jsonschema.generator.CustomDefinition.DefinitionType.INLINE,
        com.github.victools.jsonschema.generator.CustomDefinition.AttributeInclusion.NO);
  }

  private static ObjectNode string(@Nullable String format, String pattern) {
    ObjectNode node = NODES.objectNode().put("type", "string");
    if (format != null) {
      node.put("format", format);
    }
    return node.put("pattern", pattern);
  }

  /**
   * Any JSON value but {@code null}, at any depth, for extension values; strict-mode clean for ajv.
   * From format 2.0 on, the items of an array and the members of an object are held by
   * {@code unevaluatedItems} and {@code patternProperties} with the empty pattern (which matches
   * every name), not by {@code items} and {@code additionalProperties}: the same assertions, but
   * quicktype (26) renders no union that holds an array or map of itself and fails with a stack
   * overflow on the latter, while it reads the former as arrays and maps of any value.
   */
  private static ObjectNode jsonValue(boolean forCodeGenerators) {
    ObjectNode node = NODES.objectNode();
    node.put("title", forCodeGenerators ? "JsonValue" : "JSON-Wert / JSON value");
    if (forCodeGenerators) {
      label(node, "JSON-Wert", "JSON value");
    }
    node.put("description", "Ein beliebiger JSON-Wert außer null.\n\nAny JSON value except null.");
    ArrayNode anyOf = node.putArray("anyOf");
    anyOf.addObject().put("type", "string");
    anyOf.addObject().put("type", "number");
    anyOf.addObject().put("type", "boolean");
    if (forCodeGenerators) {
      anyOf.addObject().put("type", "array").putObject("unevaluatedItems").put("$ref", "#/$defs/JsonValue");
      anyOf.addObject().put("type", "object").putObject("patternProperties").putObject("")
          .put("$ref", "#/$defs/JsonValue");
    } else {
      anyOf.addObject().put("type", "array").putObject("items").put("$ref", "#/$defs/JsonValue");
      anyOf.addObject().put("type", "object").putObject("additionalProperties").put("$ref", "#/$defs/JsonValue");
    }
    return node;
  }

  private static ObjectNode countryCodes(boolean nationality, boolean forCodeGenerators) {
    ObjectNode node = NODES.objectNode();
    if (nationality) {
      node.put("title", forCodeGenerators ? "Nationality" : "Staatsangehörigkeit / Nationality");
      if (forCodeGenerators) {
        label(node, "Staatsangehörigkeit", "Nationality");
      }
      node.put("description", "Ländercode nach ISO 3166-1 alpha-2 (mit XK für Kosovo), STATELESS für staatenlos "
          + "oder UNKNOWN für ungeklärt.\n\nISO 3166-1 alpha-2 country code (with XK for Kosovo), STATELESS or UNKNOWN.");
    } else {
      node.put("title", forCodeGenerators ? "CountryCode" : "Ländercode / Country code");
      if (forCodeGenerators) {
        label(node, "Ländercode", "Country code");
      }
      node.put("description", "Ländercode nach ISO 3166-1 alpha-2, mit XK für Kosovo.\n\n"
          + "ISO 3166-1 alpha-2 country code, with XK for Kosovo.");
    }
    node.put("type", "string");
    ArrayNode values = node.putArray("enum");
    CodeLists.countries().forEach(values::add);
    if (nationality) {
      CodeLists.NATIONALITY_EXTRAS.stream().sorted().forEach(values::add);
    }
    return node;
  }

  /** Country codes as an enum, language tags as a pattern, for fields and list items. */
  private static void codeLists(ObjectNode node, FieldScope f, SchemaGenerationContext context) {
    Component c = component(f);
    if (!f.isFakeContainerItemScope()) {
      node.put(PlanSchema.PERSONAL_DATA_KEYWORD, c.personalData().schemaValue());
    }
    // on a list the code applies to its items (the fake container item scope), on a value to it
    boolean holdsCode = !isListNode(node) && (f.isFakeContainerItemScope() || !c.list());
    CountryCode country = c.annotation(CountryCode.class);
    if (country != null && holdsCode) {
      node.put("$ref", country.nationality() ? "#/$defs/Nationality" : "#/$defs/CountryCode");
    }
    Coded coded = c.annotation(Coded.class);
    if (coded != null && holdsCode) {
      // the code list's URN; which codes are members depends on the version the plan declares
      node.put(PlanSchema.CODE_LIST_KEYWORD, de.integrationsplan.core.codelist.CodeListCatalogue.standard()
          .byId(coded.value()).orElseThrow(() -> new IllegalStateException("no code list " + coded.value())).uri());
    }
    LanguageCode language = c.annotation(LanguageCode.class);
    if (language != null && holdsCode) {
      node.put("maxLength", CodeLists.LANGUAGE_TAG_MAX_LENGTH);
      node.put("pattern", CodeLists.LANGUAGE_TAG);
    }
  }

  private static boolean isListNode(ObjectNode node) {
    JsonNode type = node.get("type");
    return type != null && "array".equals(type.asString());
  }

  /** {@link PresentCount} with exactly one of all components: the object has one property. */
  private static void presentCount(ObjectNode node, TypeScope scope) {
    Class<?> type = scope.getType().getErasedType();
    if (!type.isRecord() || !isModel(type)) {
      return;
    }
    RecordView record = ModelView.of(type);
    PresentCount count = record.annotation(PresentCount.class);
    if (count != null && count.components().length == record.components().size()) {
      node.put("minProperties", Math.max(count.min(), 0));
      if (count.max() != Integer.MAX_VALUE) {
        node.put("maxProperties", count.max());
      }
    }
  }

  /**
   * A model type's title: from format 2.0 on its Java name, which code generators take as the
   * type's name; in format 1.0 its German and English labels.
   */
  private static @Nullable String title(TypeScope scope, boolean forCodeGenerators) {
    Class<?> type = scope.getType().getErasedType();
    if (!isModel(type)) {
      return null;
    }
    return forCodeGenerators ? type.getSimpleName()
        : ModelView.label(type, Locale.GERMAN) + " / " + ModelView.label(type, Locale.ENGLISH);
  }

  /** A model type's German and English labels, in the label keyword. */
  private static void label(ObjectNode node, Class<?> type) {
    if (isModel(type)) {
      label(node, ModelView.label(type, Locale.GERMAN), ModelView.label(type, Locale.ENGLISH));
    }
  }

  private static void label(ObjectNode node, String german, String english) {
    node.putObject(PlanSchema.LABEL_KEYWORD).put("de", german).put("en", english);
  }

  private static @Nullable String typeDescription(TypeScope scope) {
    Class<?> type = scope.getType().getErasedType();
    if (!isModel(type)) {
      return null;
    }
    StringBuilder de = new StringBuilder(ModelView.description(type, Locale.GERMAN));
    StringBuilder en = new StringBuilder(ModelView.description(type, Locale.ENGLISH));
    if (type.isEnum()) {
      for (Object constant : type.getEnumConstants()) {
        Enum<?> e = (Enum<?>) constant;
        de.append("\n- ").append(e.name()).append(": ").append(ModelView.description(e, Locale.GERMAN));
        en.append("\n- ").append(e.name()).append(": ").append(ModelView.description(e, Locale.ENGLISH));
      }
    }
    return de + "\n\n" + en;
  }

  private static boolean isModel(Class<?> type) {
    return ModelView.isModelPackage(type.getPackageName());
  }
}
