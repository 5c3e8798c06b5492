package de.integrationsplan.core.internal.model;

import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One record of the model: its components in declaration order, its class-level annotations, its
 * label and description, and its canonical constructor. Built once per type by {@link ModelView}; immutable and thread-safe.
 */
public final class RecordView {

  private final Class<?> type;
  private final List<Component> components;
  private final Map<String, Component> byName;
  private final Annotation[] annotations;
  /**
   * The canonical constructor, called reflectively: unlike a method handle it needs no classes
   * spun at start-up; after a few calls the JDK makes a bytecode accessor for it.
   */
  private final Constructor<?> constructor;

  RecordView(Class<?> type) {
    if (!type.isRecord() || !ModelView.isModelPackage(type.getPackageName())) {
      throw new IllegalStateException("the model view reads only the model's records, not " + type.getName());
    }
    this.type = type;
    RecordComponent[] declared = type.getRecordComponents();
    List<Component> list = new ArrayList<>(declared.length);
    Map<String, Component> names = new HashMap<>();
    Class<?>[] parameterTypes = new Class<?>[declared.length];
    for (int i = 0; i < declared.length; i++) {
      Component c = new Component(type, i, declared[i]);
      if ((c.kind() == ValueKind.RECORD || c.kind() == ValueKind.ENUM)
          && !c.valueType().getPackageName().equals(type.getPackageName())) {
        throw new IllegalStateException(c.where() + " holds " + c.valueType().getName()
            + ", a type of another version of the model");
      }
      list.add(c);
      names.put(c.name(), c);
      parameterTypes[i] = c.rawType();
    }
    this.components = List.copyOf(list);
    this.byName = Map.copyOf(names);
    this.annotations = type.getDeclaredAnnotations();
    try {
      this.constructor = type.getDeclaredConstructor(parameterTypes);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("no canonical constructor in " + type.getName(), e);
    }
    constructor.setAccessible(true);
  }

  /**
   * The record's class.
   *
   * @return the class
   */
  public Class<?> type() {
    return type;
  }

  /**
   * The simple name, such as {@code Goal}.
   *
   * @return the name
   */
  public String name() {
    return type.getSimpleName();
  }

  /**
   * The components, in the order of the canonical constructor.
   *
   * @return an unmodifiable list
   */
  public List<Component> components() {
    return components;
  }

  /**
   * A component by name.
   *
   * @param name the component's name
   * @return the component, or {@code null} when the record has none of that name
   */
  public @Nullable Component component(String name) {
    return byName.get(name);
  }

  /**
   * The annotations on the record type (its class-level constraints among them).
   *
   * @return a copy
   */
  public Annotation[] annotations() {
    return annotations.clone();
  }

  /**
   * An annotation on the record type.
   *
   * @param annotation its type
   * @param <A> its type
   * @return the annotation, or {@code null}
   */
  public <A extends Annotation> @Nullable A annotation(Class<A> annotation) {
    return type.getAnnotation(annotation);
  }

  /**
   * Builds a record through its canonical constructor.
   *
   * @param args one value per component, in order
   * @return the record
   * @throws RuntimeException whatever the constructor throws for the values (it names the
   *     component, never a value)
   */
  public Object construct(Object[] args) {
    try {
      return constructor.newInstance(args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("cannot build " + name(), cause);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + name(), e);
    }
  }

  /**
   * The label of the record type, which also names one element of a list of it: „Ziel“, "Goal".
   *
   * @param locale English for {@code en}, German otherwise
   * @return the label
   */
  public String label(Locale locale) {
    return ModelView.label(type, locale);
  }

  /**
   * The description of the record type, as the published schema gives it.
   *
   * @param locale English for {@code en}, German otherwise
   * @return the description
   */
  public String description(Locale locale) {
    return ModelView.description(type, locale);
  }

  @Override
  public String toString() {
    return name();
  }
}
