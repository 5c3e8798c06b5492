package de.integrationsplan.core.json;

import static de.integrationsplan.core.json.JsonDocs.failure;
import static de.integrationsplan.core.json.JsonDocs.utf8;
import static de.integrationsplan.core.json.JsonDocs.withExtensionValue;
import static de.integrationsplan.core.json.JsonDocs.withTop;
import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsplan.core.model.v1.IntegrationPlan;
import de.integrationsplan.core.validation.Codes;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Half of a surrogate pair is no Unicode text: JSON Schema validators accept it, no writer can give
 * it back (Jackson writes {@code ?}), so the reader refuses it with a code of its own, in bytes and
 * in text, in the model's texts and inside extension values.
 */
final class PlanJsonLoneSurrogateTest {

  private final PlanJson json = PlanJson.create();

  /** A goal whose description is {@code text}, written as JSON string content. */
  private static String goalWith(String text) {
    return withTop("\"goals\":[{\"id\":\"g1\",\"area\":\"LANGUAGE\",\"description\":\"" + text
        + "\",\"status\":\"ACTIVE\"}]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\\ud800", "\\uDBFF", "x\\udc00", "\\udfff y", "\\ude00\\ud83d", "\\ud83d\\ud83d\\ude00x\\ud800"})
  void aLoneSurrogateEscapeIsRefusedInBytesAndText(String escaped) {
    String doc = goalWith(escaped);
    PlanFormatException fromText = failure(json, doc);
    PlanFormatException fromBytes = failure(json, utf8(doc));
    for (PlanFormatException e : new PlanFormatException[] {fromText, fromBytes}) {
      assertThat(e.code()).isEqualTo("json.loneSurrogate");
      assertThat(e.pointer()).isEqualTo("/goals/0/description");
      assertThat(e.issues().get(0).message()).isEqualTo(Codes.message("json.loneSurrogate", "/goals/0/description", Locale.GERMAN, Map.of()));
    }
    assertThat(fromBytes.issues().get(0).location()).isEqualTo(fromText.issues().get(0).location());
  }

  @Test
  void aPairIsText() {
    IntegrationPlan plan = json.read(utf8(goalWith("Deutsch lernen \\ud83d\\ude00")), IntegrationPlan.class);
    assertThat(plan.goals().get(0).description()).isEqualTo("Deutsch lernen \uD83D\uDE00");
  }

  @Test
  void anEscapedBackslashBeforeUd800IsText() {
    IntegrationPlan plan = json.read(utf8(goalWith("C:\\\\ud800")), IntegrationPlan.class);
    assertThat(plan.goals().get(0).description()).isEqualTo("C:\\ud800");
  }

  @Test
  void aLoneSurrogateCharacterInTextIsRefused() {
    String doc = goalWith("x" + (char) 0xD800);
    assertThat(failure(json, doc).code()).isEqualTo("json.loneSurrogate");
  }

  @Test
  void insideAnExtensionValueTheValueIsTheLastPlace() {
    PlanFormatException value = failure(json, utf8(withExtensionValue("{\"note\":\"\\udc00\"}")));
    assertThat(value.code()).isEqualTo("json.loneSurrogate");
    assertThat(value.pointer()).isEqualTo("/extensions/0/value");
    PlanFormatException key = failure(json, utf8(withExtensionValue("{\"\\ud800\":1}")));
    PlanFormatException keyInText = failure(json, withExtensionValue("{\"\\ud800\":1}"));
    // in a property name jackson-core refuses it already, while it decodes the name, in bytes and text
    assertThat(key.code()).isEqualTo("json.syntax");
    assertThat(key.code() + " " + key.pointer() + " " + key.issues().get(0).location())
        .isEqualTo(keyInText.code() + " " + keyInText.pointer() + " " + keyInText.issues().get(0).location());
  }
}
