package de.integrationsplan.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Compares two schema texts and names every place where they differ, as JSON Pointers. */
final class SchemaDrift {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private SchemaDrift() {}

  static List<String> differences(String committed, String generated) {
    List<String> out = new ArrayList<>();
    compare("", MAPPER.readTree(committed), MAPPER.readTree(generated), out);
    if (out.isEmpty() && !committed.equals(generated)) {
      out.add("(formatting differs)");
    }
    return out;
  }

  private static void compare(String at, JsonNode a, JsonNode b, List<String> out) {
    if (a.isObject() && b.isObject()) {
      Set<String> names = new TreeSet<>(a.propertyNames());
      names.addAll(b.propertyNames());
      for (String name : names) {
        String child = at + "/" + name.replace("~", "~0").replace("/", "~1");
        if (!a.has(name)) {
          out.add(child + " only in the model");
        } else if (!b.has(name)) {
          out.add(child + " only in the committed file");
        } else {
          compare(child, a.get(name), b.get(name), out);
        }
      }
    } else if (!a.equals(b)) {
      out.add(at + " differs");
    }
  }
}
