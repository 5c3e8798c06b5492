package de.integrationsplan.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The allowed codes nearest to a submitted text that is not one of them, for "Meinten Sie FEMALE?":
 * the same code in other case or punctuation ({@code female}, {@code on-hold}), a code by its name
 * in words ({@code aktiv} for {@code ACTIVE}, {@code Syrien} for {@code SY}), or a code a typing
 * error or two away. The submitted text is compared, never returned: only allowed codes are.
 */
public final class Suggestions {

  /** The most codes suggested at once. */
  private static final int MOST = 3;
  /** Longer texts are no mistyped code; comparing them would only cost time. */
  private static final int LONGEST = 80;

  private Suggestions() {}

  /**
   * The nearest allowed codes.
   *
   * @param submitted the text that was not allowed
   * @param codes the allowed codes
   * @param names per code, its names in words separated by {@code \u0000}, or an empty list
   * @return up to three codes, the nearest first; empty when none is near
   */
  public static List<String> nearest(String submitted, List<String> codes, List<String> names) {
    String wanted = normal(submitted);
    if (wanted.isEmpty() || submitted.length() > LONGEST) {
      return List.of();
    }
    for (String code : codes) {
      if (normal(code).equals(wanted)) {
        return List.of(code);
      }
    }
    for (int i = 0; i < names.size(); i++) {
      for (String name : names.get(i).split("\u0000")) {
        if (!name.isEmpty() && normal(name).equals(wanted)) {
          return List.of(codes.get(i));
        }
      }
    }
    // a typing error: one edit in a short word, two in a long one; none in codes of two or three letters
    int allowed = wanted.length() < 4 ? 0 : wanted.length() <= 8 ? 1 : 2;
    List<String> best = new ArrayList<>();
    int bestDistance = allowed + 1;
    for (int i = 0; i < codes.size(); i++) {
      int d = normal(codes.get(i)).length() < 4 ? Integer.MAX_VALUE : distance(wanted, normal(codes.get(i)));
      if (i < names.size()) {
        for (String name : names.get(i).split("\u0000")) {
          if (normal(name).length() >= 4) {
            d = Math.min(d, distance(wanted, normal(name)));
          }
        }
      }
      if (d < bestDistance) {
        bestDistance = d;
        best.clear();
      }
      if (d == bestDistance && best.size() < MOST && !best.contains(codes.get(i))) {
        best.add(codes.get(i));
      }
    }
    return List.copyOf(best);
  }

  /** Lower case, letters and digits only: {@code On-Hold} and {@code ON_HOLD} are alike. */
  private static String normal(String text) {
    StringBuilder out = new StringBuilder(text.length());
    String lower = text.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static final int MOST_CODES = 3;
  private static final int LONGEST_TYPED = 200;
  private static final int MOST_CODES_BY_PREFIX = 8;

  /**
   * The codes nearest to a mistyped one, for {@code explain}: by edit distance to the whole code,
   * or, for a name without dots, to a code's last part ({@code dueBeforeAgreement}); failing that,
   * the codes that begin with what was typed ({@code plan.goal}).
   *
   * @param typed what was typed
   * @param codes the known codes
   * @return up to three codes, nearest first, or up to eight that begin with {@code typed}
   */
  public static List<String> nearestCodes(String typed, Iterable<String> codes) {
    if (typed.isBlank() || typed.length() > LONGEST_TYPED) {
      // nothing typed is near every short code; no code is near so long a text, whose distance costs its square
      return List.of();
    }
    String wanted = typed.strip().toLowerCase(Locale.ROOT);
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
      return List.copyOf(begun.subList(0, Math.min(MOST_CODES_BY_PREFIX, begun.size())));
    }
    near.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::code));
    return near.subList(0, Math.min(MOST_CODES, near.size())).stream().map(Scored::code).toList();
  }

  /**
   * The Levenshtein distance: how many characters must be inserted, removed or replaced.
   *
   * @param a one text
   * @param b the other
   * @return the distance
   */
  public static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
