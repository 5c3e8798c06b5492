package de.integrationsplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What is printed of a name: control characters escaped, everything else as it is. */
final class PrintableTest {

  @Test
  void leavesAPlainNameAsItIs() {
    String name = "plaene/Stuttgart Bad Cannstatt/plan-ä-😀.json";
    assertThat(Printable.of(name)).isSameAs(name);
    assertThat(Printable.of("C:\\plaene\\a.json")).isEqualTo("C:\\plaene\\a.json");
  }

  @Test
  void escapesLineBreaksSoThatANameCannotForgeALine() {
    assertThat(Printable.of("a\n1 Datei geprüft\r\t.json")).isEqualTo("a\\n1 Datei geprüft\\r\\t.json");
  }

  @Test
  void escapesTerminalControlAndFormatCharacters() {
    assertThat(Printable.of("\u001b]0;title\u0007\u001b[2J\u007f\u0085\u202e\u2028\u0000.json"))
        .isEqualTo("\\u001b]0;title\\u0007\\u001b[2J\\u007f\\u0085\\u202e\\u2028\\u0000.json");
  }

  @Test
  void escapesALoneSurrogateButKeepsAPair() {
    assertThat(Printable.of("a\ud800b\udc00c\ud83d\ude00")).isEqualTo("a\\ud800b\\udc00c\ud83d\ude00");
  }

  @Test
  void isTheSameWhenAppliedTwice() {
    String once = Printable.of("a\n\u001b.json");
    assertThat(Printable.of(once)).isEqualTo(once);
  }
}
