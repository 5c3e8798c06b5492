package de.integrationsplan.core.migration;

import de.integrationsplan.core.json.PlanJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The check that a migration lost no value: every leaf of the 1.0 document (every scalar at its
 * JSON Pointer, as {@link PlanJson} writes the plan) is found in the 2.0 document at the place the
 * mapping of {@code docs/migration.md} gives it, with the value the mapping gives it, or in the
 * migration extension with its 1.0 pointer and value. {@link #lost} names each value that is
 * neither.
 */
final class Completeness {

  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  private Completeness() {}

  /**
   * The 1.0 pointers whose values the 2.0 document does not hold.
   *
   * @param oldJson the 1.0 document as the library writes it
   * @param newJson the 2.0 document as the library writes it
   */
  static List<String> lost(String oldJson, String newJson) {
    JsonNode old = PLAIN.readTree(oldJson);
    JsonNode now = PLAIN.readTree(newJson);
    Map<String, String> kept = kept(now);
    Map<String, JsonNode> leaves = new java.util.LinkedHashMap<>();
    leaves("", old, leaves);
    List<String> lost = new ArrayList<>();
    for (Map.Entry<String, JsonNode> leaf : leaves.entrySet()) {
      String pointer = leaf.getKey();
      JsonNode value = leaf.getValue();
      if (value.asString().equals(kept.get(pointer))) {
        continue;
      }
      if (!found(pointer, value, old, now)) {
        lost.add(pointer);
      }
    }
    return lost;
  }

  /** The values of the migration extension, by their 1.0 pointer. */
  private static Map<String, String> kept(JsonNode plan) {
    Map<String, String> kept = new HashMap<>();
    for (JsonNode e : plan.path("extensions")) {
      if (PlanMigration.EXTENSION_URL.equals(e.path("url").asString())) {
        for (JsonNode entry : e.path("value")) {
          kept.put(entry.path("pointer").asString(), entry.path("value").asString());
        }
      }
    }
    return kept;
  }

  /** Whether the 2.0 document holds the 1.0 leaf where the mapping puts it. */
  private static boolean found(String pointer, JsonNode value, JsonNode old, JsonNode now) {
    String text = value.asString();
    if (pointer.equals("/schemaVersion")) {
      return now.at("/schemaVersion").asString().equals("2.0"); // the one value that changes by design
    }
    if (pointer.startsWith("/extensions/")) {
      return now.at(pointer).equals(value); // 1.0 extensions first, in their order
    }
    if (pointer.equals("/person/residence/basis")) {
      return now.at("/person/residence/legalBasis").asString().equals(text);
    }
    boolean fiction = "AUFENTHG_81_FICTION".equals(old.at("/person/residence/basis").asString());
    if (fiction && pointer.equals("/person/residence/validFrom")) {
      return now.at("/person/residence/fictionCertificate/issuedOn").asString().equals(text);
    }
    if (fiction && pointer.equals("/person/residence/validUntil")) {
      return now.at("/person/residence/fictionCertificate/validUntil").asString().equals(text);
    }
    if (pointer.equals("/person/accommodation/type")) {
      String group = now.at("/person/targetGroup").asString();
      String form = now.at("/person/housing/form").asString();
      return switch (text) {
        case "FOLLOW_UP_SHARED" -> group.equals("FOLLOW_UP_ACCOMMODATION") && form.equals("SHARED_ACCOMMODATION");
        case "FOLLOW_UP_APARTMENT" -> group.equals("FOLLOW_UP_ACCOMMODATION") && form.equals("APARTMENT");
        default -> now.at("/person/targetGroup").isMissingNode() && form.equals(text);
      };
    }
    if (pointer.equals("/person/accommodation/since")) {
      return now.at("/person/housing/since").asString().equals(text);
    }
    if (pointer.equals("/person/household/adults")) {
      int children = 0;
      for (JsonNode m : now.at("/person/household/members")) {
        children += m.path("role").asString().equals("CHILD") ? 1 : 0;
      }
      return now.at("/person/household/size").asInt() - children == value.asInt();
    }
    if (pointer.startsWith("/person/household/children/")) {
      String rest = pointer.substring("/person/household/children/".length());
      return now.at("/person/household/members/" + rest).equals(value)
          && now.at("/person/household/members/" + rest.substring(0, rest.indexOf('/')) + "/role").asString()
              .equals("CHILD");
    }
    if (pointer.matches("/person/nationalities/\\d+")) {
      // an ISO 3166-1 code becomes the Destatis key the list maps to it; STATELESS 997, UNKNOWN 998
      for (JsonNode key : now.at("/person/nationalities")) {
        var code = de.integrationsplan.core.codelist.CodeListCatalogue.standard().byId("nationality").orElseThrow()
            .code(key.asString()).orElseThrow();
        boolean same = switch (text) {
          case "STATELESS" -> code.code().equals("997");
          case "UNKNOWN" -> code.code().equals("998");
          default -> code.iso3166Alpha2().filter(text::equals).isPresent();
        };
        if (same) {
          return true;
        }
      }
      return false;
    }
    if (pointer.matches("/competenceProfile/qualifications/\\d+/level")) {
      return now.at(pointer.replace("/level", "/eqfLevel")).equals(value);
    }
    if (pointer.matches("/competenceProfile/qualifications/\\d+/recognition/outcome")) {
      String base = pointer.substring(0, pointer.length() - "/outcome".length());
      if (text.equals("PENDING") || text.equals("NOT_APPLIED")) {
        return now.at(base + "/state").asString().equals(text) && now.at(base + "/outcome").isMissingNode();
      }
      return now.at(base + "/state").asString().equals("DECIDED") && now.at(pointer).asString().equals(text);
    }
    return now.at(pointer).equals(value);
  }

  private static void leaves(String pointer, JsonNode node, Map<String, JsonNode> out) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        leaves(pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), e.getValue(), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        leaves(pointer + "/" + i, node.get(i), out);
      }
    } else {
      out.put(pointer, node);
    }
  }
}
