package de.integrationsplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stats} and {@code redact} under hostile input: municipality keys by the ten thousand in a
 * 64 MB heap, key files that others can read or that are no secret, and plan-local ids that would
 * link plans.
 */
final class PrivacyFaultsIT {

  /** 20,000 plans, each with a municipality key of its own, of Baden-Württemberg's form (08, Regierungsbezirk 1 to 4). */
  private static final String MANY_KEYS = "ip generate --count 20000 --seed 3 --reference-date 2026-06-30"
      + " | awk '{ k = sprintf(\"08%d%02d%03d\", 1 + NR % 4, int(NR / 4) % 100, int(NR / 400));"
      + " sub(/\"municipalityKey\":\"[0-9]*\"/, \"\\\"municipalityKey\\\":\\\"\" k \"\\\"\"); print }' > keys.ndjson; ";

  @TempDir
  Path dir;

  @Test
  void statsCountsTwentyThousandMunicipalityKeysInA64MegabyteHeap() throws Exception {
    Shell.Run run = Shell.run(dir, 180, MANY_KEYS + "ip stats --at 2026-06-30 keys.ndjson > stats.csv"
        + Shell.EXIT + "grep -c ',municipality,' stats.csv").withoutTrace();

    assertThat(run.err()).contains("exit 1").contains(" stats.tooManyMunicipalities ")
        .contains("nicht gezählt").doesNotContain("OutOfMemoryError");
    assertThat(Long.parseLong(run.out().strip())).isPositive();
  }

  @Test
  void refusesAKeyFileThatOthersCanRead() throws Exception {
    Shell.Run run = Shell.run(dir, 60, "head -c 32 /dev/urandom > key.bin; chmod 644 key.bin;"
        + " ip generate --count 1 | ip redact --key-file key.bin" + Shell.EXIT
        + "chmod 600 key.bin; ip generate --count 1 | ip redact --key-file key.bin | wc -l").withoutTrace();

    assertThat(run.err()).contains("exit 2").contains("Die Schlüsseldatei key.bin ist für andere lesbar");
    assertThat(run.out().strip()).isEqualTo("1");
  }

  @Test
  void refusesAKeyThatIsNoSecret() throws Exception {
    Shell.Run run = Shell.run(dir, 60, "(umask 077; head -c 32 /dev/zero > zeros.bin; printf 'passwordpassword"
        + "passwordpassword' > pattern.bin);"
        + " ip generate --count 1 | ip redact --key-file zeros.bin" + Shell.EXIT
        + "ip generate --count 1 | ip redact --key-file pattern.bin" + Shell.EXIT).withoutTrace();

    assertThat(run.err().lines().filter(l -> l.equals("exit 2"))).hasSize(2);
    assertThat(run.err()).contains("Der Schlüssel in zeros.bin ist zu einfach", "Der Schlüssel in pattern.bin ist zu einfach");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aPlanLocalIdGetsAPseudonymOfItsOwnInEveryPlan() throws Exception {
    Shell.Run run = Shell.run(dir, 60, Shell.KEY
        + "ip redact --key-file key.bin \"$EXAMPLES/valid/ulm-completed-electrician-settlement-permit.json\""
        + " \"$EXAMPLES/valid/heilbronn-employment-duldung-warehouse.json\"").withoutTrace();

    assertThat(run.out().lines()).hasSize(2);
    String first = firstGoalId(run.out().lines().toList().get(0));
    String second = firstGoalId(run.out().lines().toList().get(1));
    assertThat(first).startsWith("id-").isNotEqualTo(second);
  }

  private static String firstGoalId(String plan) {
    Matcher m = Pattern.compile("\"goals\":\\[\\{\"id\":\"([^\"]+)\"").matcher(plan);
    assertThat(m.find()).as(plan).isTrue();
    return m.group(1);
  }
}
