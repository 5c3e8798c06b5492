package de.integrationsplan.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The codes nearest to a mistyped one, for {@code explain}: by edit distance to the whole code, or,
 * for a name without dots, to a code's last part ({@code dueBeforeAgreement}); failing that, the
 * codes that begin with what was typed ({@code plan.goal}).
 */
final class Nearest {

  private static final int MOST = 3;
  private static final int MOST_BY_PREFIX = 8;

  private Nearest() {}

  /** Up to three codes near {@code typed}, nearest first, or the codes it begins. */
  static List<String> codes(String typed, Iterable<String> codes) {
    String wanted = typed.toLowerCase(Locale.ROOT);
    int threshold = Math.max(2, wanted.length() / 4);
    record Scored(String code, int distance) {}
    List<Scored> near = new ArrayList<>();
    List<String> begun = new ArrayList<>();
    for (String code : codes) {
      String lower = code.toLowerCase(Locale.ROOT);
      int distance = distance(wanted, lower);
      if (wanted.indexOf('.') < 0) {
        distance = Math.min(distance, distance(wanted, lower.substring(lower.lastIndexOf('.') + 1)));
      }
      if (distance <= threshold) {
        near.add(new Scored(code, distance));
      } else if (!wanted.isEmpty() && lower.startsWith(wanted)) {
        begun.add(code);
      }
    }
    if (near.isEmpty()) {
      return begun.subList(0, Math.min(MOST_BY_PREFIX, begun.size()));
    }
    near.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::code));
    return near.subList(0, Math.min(MOST, near.size())).stream().map(Scored::code).toList();
  }

  /** Levenshtein's distance: insertions, deletions and substitutions, one each. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
