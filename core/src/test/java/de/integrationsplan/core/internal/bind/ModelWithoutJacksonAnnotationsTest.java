package de.integrationsplan.core.internal.bind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import de.integrationsplan.core.model.IntegrationPlan;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The fast binder reads names and values by Jackson's defaults; a Jackson annotation on the model
 * would make the databind path read differently. The model is fixed at compile time, so the build
 * checks it here, once, for every record and enum the binder reaches from {@link IntegrationPlan}.
 */
final class ModelWithoutJacksonAnnotationsTest {

  @Test
  void noTypeTheBinderReachesCarriesAJacksonAnnotation() {
    Set<Class<?>> types = reachable();

    assertThat(types).hasSizeGreaterThan(30).contains(IntegrationPlan.class);
    for (Class<?> type : types) {
      ValueReader.requireNoJacksonAnnotations(type);
    }
  }

  @Test
  void aJacksonAnnotationIsFound() {
    assertThatThrownBy(() -> ValueReader.requireNoJacksonAnnotations(Renamed.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("JsonProperty");
  }

  record Renamed(@JsonProperty("other") String name) {}

  private static Set<Class<?>> reachable() {
    Set<Class<?>> seen = new LinkedHashSet<>();
    Deque<Type> todo = new ArrayDeque<>();
    todo.add(IntegrationPlan.class);
    while (!todo.isEmpty()) {
      Type t = todo.poll();
      if (t instanceof ParameterizedType p) {
        todo.addAll(java.util.List.of(p.getActualTypeArguments()));
      } else if (t instanceof Class<?> c && c.getPackageName().equals(ValueReader.MODEL) && seen.add(c)
          && c.isRecord()) {
        for (RecordComponent component : c.getRecordComponents()) {
          todo.add(component.getGenericType());
        }
      }
    }
    return seen;
  }
}
