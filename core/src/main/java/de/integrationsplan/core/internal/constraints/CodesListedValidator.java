package de.integrationsplan.core.internal.constraints;

import de.integrationsplan.core.codelist.CodeList;
import de.integrationsplan.core.codelist.CodeListCatalogue;
import de.integrationsplan.core.codelist.CodeListVersion;
import de.integrationsplan.core.internal.model.Component;
import de.integrationsplan.core.internal.model.ModelView;
import de.integrationsplan.core.model.Plan;
import de.integrationsplan.core.validation.constraints.CodesListed;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link CodesListed}: the plan's {@code codeLists} name lists and versions the library
 * knows, each list once, and every coded value is a code of the declared version of its list. A
 * value whose list is declared wrongly is not reported again: one mistake, one finding.
 */
public final class CodesListedValidator implements ConstraintValidator<CodesListed, Plan> {

  /** For the validation provider. */
  public CodesListedValidator() {}

  @Override
  public boolean isValid(@Nullable Plan plan, ConstraintValidatorContext context) {
    if (plan == null) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    CodeListCatalogue catalogue = CodeListCatalogue.standard();
    // list id -> the version declared; a list declared wrongly maps to null (reported once, there)
    Map<String, @Nullable CodeListVersion> declared = new HashMap<>();
    boolean[] valid = {true};
    List<?> references = references(plan);
    for (int i = 0; i < references.size(); i++) {
      Object reference = references.get(i);
      String uri = text(reference, "uri");
      String version = text(reference, "version");
      CodeList list = uri == null ? null : catalogue.byUri(uri).orElse(null);
      if (list == null) {
        Violations.at(context, "plan.codeList.unknown", "codeLists", i, "uri");
        valid[0] = false;
        continue;
      }
      if (declared.containsKey(list.id())) {
        Violations.at(context, "plan.codeList.declaredTwice", "codeLists", i, "uri");
        declared.put(list.id(), null);
        valid[0] = false;
        continue;
      }
      CodeListVersion v = version == null ? null : list.version(version).orElse(null);
      if (v == null) {
        Violations.at(context, "plan.codeList.unknownVersion", "codeLists", i, "version");
        valid[0] = false;
      }
      declared.put(list.id(), v);
    }
    CodedValues.walk(plan, value -> {
      if (!declared.containsKey(value.list())) {
        CodedValues.report(context, "plan.code.listNotDeclared", value.path());
        valid[0] = false;
        return;
      }
      CodeListVersion version = declared.get(value.list());
      if (version != null && !version.contains(value.code())) {
        CodedValues.report(context, "plan.code.notInVersion", value.path());
        valid[0] = false;
      }
    });
    return valid[0];
  }

  /** The plan's {@code codeLists}, read through the model view: empty for a version without it. */
  private static List<?> references(Plan plan) {
    Component c = ModelView.of(plan.getClass()).component("codeLists");
    Object value = c == null ? null : c.read(plan);
    return value instanceof List<?> list ? list : List.of();
  }

  private static @Nullable String text(Object record, String name) {
    Component c = ModelView.of(record.getClass()).component(name);
    return c != null && c.read(record) instanceof String s ? s : null;
  }
}
