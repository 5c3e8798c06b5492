package de.integrationsplan.core.internal.codelist;

import de.integrationsplan.core.internal.codelist.Sources.CodeSource;
import de.integrationsplan.core.internal.codelist.Sources.ListSource;
import de.integrationsplan.core.internal.codelist.Sources.Text;
import de.integrationsplan.core.internal.codelist.Sources.VersionSource;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads one code-list source file (the format of {@code docs/design-format-2.md}, section 6)
 * strictly: every fault is an {@link IllegalStateException} naming the file, the place
 * ({@code codes[3].validFrom}) and the fault, since a bad source file is a fault of the library,
 * not of a user's document. Thread-safe.
 */
public final class SourceReader {

  /** The prefix of every list's URN; the id follows. */
  public static final String URN_PREFIX = "urn:de:integrationsplan:codelist:";

  private static final JsonFactory FACTORY = JsonFactory.builder().build();
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_]*");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Set<String> LIST_KEYS =
      Set.of("id", "uri", "name", "description", "validityDate", "versions", "codes");
  private static final Set<String> VERSION_KEYS = Set.of("id", "note");
  private static final Set<String> TEXT_KEYS = Set.of("de", "en");
  private static final Set<String> CODE_REQUIRED = Set.of("code", "name", "anchor", "sources", "since");
  private static final Set<String> CODE_KEYS = Set.of("code", "name", "anchor", "sources", "since",
      "description", "validFrom", "validUntil", "validityNote", "withdrawnIn", "specialCategory", "iso3166Alpha2");
  /** The URN of a list that another publisher keeps, such as Destatis's nationality key list. */
  private static final Pattern FOREIGN_URN = Pattern.compile("urn:[a-z0-9]+(:[a-z0-9_.-]+)+");
  private static final Pattern ISO_ALPHA_2 = Pattern.compile("[A-Z]{2}");

  /** Marks JSON {@code null} in the tree, which a map cannot hold as a value. */
  private static final Object NULL = new Object();

  private final String file;

  private SourceReader(String file) {
    this.file = file;
  }

  /**
   * Reads one source file.
   *
   * @param file the file's name, {@code legal-basis.json}; the id must match it
   * @param in the file's bytes, UTF-8; not closed
   * @return the list
   * @throws IllegalStateException naming the file and the fault
   */
  public static ListSource read(String file, InputStream in) {
    SourceReader reader = new SourceReader(file);
    Object tree;
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), in)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw reader.fault("", "the file is empty");
      }
      tree = reader.value(p, "");
      if (p.nextToken() != null) {
        throw reader.fault("", "content after the list");
      }
    } catch (JacksonException e) {
      throw new IllegalStateException("code list " + file + ": not JSON: " + e.getOriginalMessage(), e);
    }
    return reader.list(tree);
  }

  // ---- the tree: maps in the order of the file, lists, strings, booleans, numbers, NULL

  private Object value(JsonParser p, String at) {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = p.currentName();
          String where = at.isEmpty() ? name : at + "." + name;
          p.nextToken();
          if (map.put(name, value(p, where)) != null) {
            throw fault(where, "the key is repeated");
          }
        }
        return map;
      }
      case START_ARRAY -> {
        List<Object> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          list.add(value(p, at + "[" + list.size() + "]"));
        }
        return list;
      }
      case VALUE_STRING -> {
        return p.getString();
      }
      case VALUE_TRUE -> {
        return Boolean.TRUE;
      }
      case VALUE_FALSE -> {
        return Boolean.FALSE;
      }
      case VALUE_NULL -> {
        return NULL;
      }
      default -> {
        return p.getNumberValue();
      }
    }
  }

  // ---- the list

  private ListSource list(Object tree) {
    Map<String, Object> root = object(tree, "");
    keys(root, "", LIST_KEYS, LIST_KEYS);
    String id = string(root, "", "id");
    if (!ID.matcher(id).matches()) {
      throw fault("id", "\"" + id + "\" is not lower-case words joined by -");
    }
    if (!file.equals(id + ".json")) {
      throw fault("id", "\"" + id + "\" does not match the file's name");
    }
    String uri = string(root, "", "uri");
    // a list of this library has the URN of its id; a list another publisher keeps (Destatis's
    // Staatsangehörigkeitsschlüssel) keeps the publisher's URN, so that a document names it as XÖV does
    boolean ours = uri.startsWith(URN_PREFIX);
    if (ours ? !uri.equals(URN_PREFIX + id) : !FOREIGN_URN.matcher(uri).matches()) {
      throw fault("uri", "\"" + uri + "\" is not " + URN_PREFIX + id + " nor the URN of another publisher's list");
    }
    Text name = text(root, "", "name");
    Text description = text(root, "", "description");
    Text validityDate = text(root, "", "validityDate");

    List<Object> versionValues = array(root.get("versions"), "versions");
    if (versionValues.isEmpty()) {
      throw fault("versions", "a list has at least one version");
    }
    List<VersionSource> versions = new ArrayList<>();
    Map<String, Integer> versionIndex = new HashMap<>();
    for (int i = 0; i < versionValues.size(); i++) {
      String at = "versions[" + i + "]";
      Map<String, Object> v = object(versionValues.get(i), at);
      keys(v, at, VERSION_KEYS, VERSION_KEYS);
      String versionId = string(v, at, "id");
      LocalDate date = date(versionId, at + ".id");
      if (!versions.isEmpty() && !date.isAfter(versions.get(versions.size() - 1).date())) {
        throw fault(at + ".id", "\"" + versionId + "\" is not later than the version before it; versions are in "
            + "ascending order");
      }
      versions.add(new VersionSource(versionId, date, text(v, at, "note")));
      versionIndex.put(versionId, i);
    }

    List<Object> codeValues = array(root.get("codes"), "codes");
    List<CodeSource> codes = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < codeValues.size(); i++) {
      String at = "codes[" + i + "]";
      CodeSource code = code(object(codeValues.get(i), at), at, versionIndex);
      if (!seen.add(code.code())) {
        throw fault(at + ".code", "\"" + code.code() + "\" is repeated; a code is never reused");
      }
      codes.add(code);
    }
    return new ListSource(file, id, uri, name, description, validityDate, List.copyOf(versions), List.copyOf(codes));
  }

  private CodeSource code(Map<String, Object> c, String at, Map<String, Integer> versionIndex) {
    keys(c, at, CODE_REQUIRED, CODE_KEYS);
    String code = string(c, at, "code");
    if (!CODE.matcher(code).matches()) {
      throw fault(at + ".code", "\"" + code + "\" is not upper case, digits and _");
    }
    Text name = text(c, at, "name");
    Text description = c.containsKey("description") ? text(c, at, "description") : null;
    String anchor = c.get("anchor") == NULL ? null : string(c, at, "anchor");
    List<Object> sourceValues = array(c.get("sources"), at + ".sources");
    List<URI> sources = new ArrayList<>();
    for (int j = 0; j < sourceValues.size(); j++) {
      String where = at + ".sources[" + j + "]";
      URI source = uri(sourceValues.get(j), where);
      if (sources.contains(source)) {
        throw fault(where, "the address is repeated");
      }
      sources.add(source);
    }
    if (sources.isEmpty() && anchor != null) {
      throw fault(at + ".sources", "a code with an anchor names the sources it was checked against");
    }
    LocalDate validFrom = optionalDate(c, at, "validFrom");
    LocalDate validUntil = optionalDate(c, at, "validUntil");
    if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
      throw fault(at + ".validUntil", "is before validFrom");
    }
    Text validityNote = c.containsKey("validityNote") ? text(c, at, "validityNote") : null;
    String since = string(c, at, "since");
    Integer sinceIndex = versionIndex.get(since);
    if (sinceIndex == null) {
      throw fault(at + ".since", "\"" + since + "\" is not a version of the list");
    }
    String withdrawnIn = null;
    if (c.containsKey("withdrawnIn")) {
      withdrawnIn = string(c, at, "withdrawnIn");
      Integer withdrawnIndex = versionIndex.get(withdrawnIn);
      if (withdrawnIndex == null) {
        throw fault(at + ".withdrawnIn", "\"" + withdrawnIn + "\" is not a version of the list");
      }
      if (withdrawnIndex <= sinceIndex) {
        throw fault(at + ".withdrawnIn", "\"" + withdrawnIn + "\" is not later than since \"" + since + "\"");
      }
    }
    boolean specialCategory = false;
    if (c.containsKey("specialCategory")) {
      if (!(c.get("specialCategory") instanceof Boolean b)) {
        throw fault(at + ".specialCategory", "is not true or false");
      }
      specialCategory = b;
    }
    String iso = null;
    if (c.containsKey("iso3166Alpha2")) {
      iso = string(c, at, "iso3166Alpha2");
      if (!ISO_ALPHA_2.matcher(iso).matches()) {
        throw fault(at + ".iso3166Alpha2", "\"" + iso + "\" is not two upper-case letters");
      }
    }
    return new CodeSource(code, name, description, anchor, List.copyOf(sources), validFrom, validUntil, validityNote,
        since, withdrawnIn, specialCategory, iso);
  }

  // ---- values

  private void keys(Map<String, Object> map, String at, Set<String> required, Set<String> allowed) {
    for (String key : map.keySet()) {
      if (!allowed.contains(key)) {
        throw fault(join(at, key), "unknown key");
      }
    }
    for (String key : new java.util.TreeSet<>(required)) {
      if (!map.containsKey(key)) {
        throw fault(join(at, key), "missing key");
      }
    }
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> object(@Nullable Object value, String at) {
    if (!(value instanceof Map)) {
      throw fault(at, "is not an object");
    }
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private List<Object> array(@Nullable Object value, String at) {
    if (!(value instanceof List)) {
      throw fault(at, "is not an array");
    }
    return (List<Object>) value;
  }

  private String string(Map<String, Object> map, String at, String key) {
    return string(map.get(key), join(at, key));
  }

  private String string(@Nullable Object value, String at) {
    if (!(value instanceof String s)) {
      throw fault(at, "is not a string");
    }
    if (s.isBlank()) {
      throw fault(at, "is blank");
    }
    if (!s.equals(s.strip())) {
      throw fault(at, "begins or ends with white space");
    }
    return s;
  }

  private Text text(Map<String, Object> map, String at, String key) {
    String where = join(at, key);
    Map<String, Object> t = object(map.get(key), where);
    keys(t, where, TEXT_KEYS, TEXT_KEYS);
    return new Text(string(t, where, "de"), string(t, where, "en"));
  }

  private @Nullable LocalDate optionalDate(Map<String, Object> map, String at, String key) {
    if (!map.containsKey(key)) {
      return null;
    }
    String where = join(at, key);
    return date(string(map.get(key), where), where);
  }

  private LocalDate date(String text, String at) {
    if (!DATE.matcher(text).matches()) {
      throw fault(at, "\"" + text + "\" is not a date YYYY-MM-DD");
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw fault(at, "\"" + text + "\" is not a date YYYY-MM-DD");
    }
  }

  private URI uri(@Nullable Object value, String at) {
    String text = string(value, at);
    try {
      URI uri = new URI(text);
      if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
        throw fault(at, "\"" + text + "\" is not an http or https address");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw fault(at, "\"" + text + "\" is not an address");
    }
  }

  private static String join(String at, String key) {
    return at.isEmpty() ? key : at + "." + key;
  }

  private IllegalStateException fault(String at, String what) {
    return new IllegalStateException("code list " + file + (at.isEmpty() ? "" : ", " + at) + ": " + what);
  }
}
