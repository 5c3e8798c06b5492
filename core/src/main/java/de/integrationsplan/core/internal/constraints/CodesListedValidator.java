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
 * knows, and every coded value is a code of the declared version of its list. One mistake, one
 * finding: a value whose list is declared wrongly, a value that has not the form of a code, the
 * values of a plan that declares no list, and a list declared twice (the first declaration applies)
 * are reported by the declaration's or the value's own rule only.
 */
public final class CodesListedValidator implements ConstraintValidator<CodesListed, Plan> {

  /** The form of a code, as the model's pattern on coded values states it. */
  private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile(de.integrationsplan.core.model.v2.Formats.CODE);

  /** The form of a key of Destatis's nationality list, whose keys are digits, not our codes' form. */
  private static final java.util.regex.Pattern NATIONALITY_KEY =
      java.util.regex.Pattern.compile(de.integrationsplan.core.model.v2.Formats.NATIONALITY_KEY);

  private static final java.util.regex.Pattern LIST_URI =
      java.util.regex.Pattern.compile(de.integrationsplan.core.model.v2.Formats.CODE_LIST_URI);
  private static final java.util.regex.Pattern LIST_VERSION =
      java.util.regex.Pattern.compile(de.integrationsplan.core.model.v2.Formats.CODE_LIST_VERSION);

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
    boolean unknownList = false;
    // a declaration that has not even the form of a list's URN and version is the pattern's finding;
    // a list and version the catalogue knows have that form, so the patterns run only on the others
    boolean unreadable = false;
    for (int i = 0; i < references.size(); i++) {
      Object reference = references.get(i);
      String uri = text(reference, "uri");
      String version = text(reference, "version");
      CodeList list = uri == null ? null : catalogue.byUri(uri).orElse(null);
      CodeListVersion v = list == null || version == null ? null : list.version(version).orElse(null);
      if (v == null) {
        unreadable |= version == null || !LIST_VERSION.matcher(version).matches();
      }
      if (list == null && (uri == null || !LIST_URI.matcher(uri).matches())) {
        unreadable = true;
        continue; // no URN of a list at all: the pattern's finding, not this one
      }
      if (list == null) {
        Violations.at(context, "plan.codeList.unknown", "codeLists", i, "uri");
        valid[0] = false;
        unknownList = true;
        continue;
      }
      if (declared.containsKey(list.id())) {
        continue; // a repeated declaration is UniqueIds' finding; the first one applies
      }
      if (v == null && version != null && LIST_VERSION.matcher(version).matches()) {
        Violations.at(context, "plan.codeList.unknownVersion", "codeLists", i, "version");
        valid[0] = false;
      }
      declared.put(list.id(), v);
    }
    if (references.isEmpty() || unknownList || unreadable) {
      // no list declared, or a declaration that names no list this library knows: which list a value
      // meant is open, so the declaration's finding stands for the values too
      return valid[0];
    }
    CodedValues.walk(plan, value -> {
      CodeListVersion version = declared.get(value.list());
      if (version != null && version.contains(value.code())) {
        return; // a code of the declared version: of the form of a code, too
      }
      java.util.regex.Pattern form = "nationality".equals(value.list()) ? NATIONALITY_KEY : CODE;
      if (!form.matcher(value.code()).matches()) {
        return; // not even the form of a code: the pattern's finding, not this one
      }
      if (!declared.containsKey(value.list())) {
        CodedValues.report(context, "plan.code.listNotDeclared", value.path());
        valid[0] = false;
        return;
      }
      if (version != null) {
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
