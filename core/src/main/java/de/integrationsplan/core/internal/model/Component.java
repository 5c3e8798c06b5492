package de.integrationsplan.core.internal.model;

import de.integrationsplan.core.model.PersonalData;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One component of a model record as every engine sees it: its name and position, what it holds
 * ({@link #kind()}, a list or not, the element type), whether it may be absent, its annotations
 * (constraints and {@code @Valid} on the component, constraints on a list's element type), its
 * data-protection class, its label and description in German and English, and a fast way to read
 * it. Immutable and thread-safe.
 */
public final class Component {

  private final Class<?> owner;
  private final int index;
  private final String name;
  private final String where;
  private final Class<?> rawType;
  private final Type genericType;
  private final boolean list;
  private final Class<?> valueType;
  private final ValueKind kind;
  private final boolean nullable;
  private final PersonalData.Category personalData;
  private final Field field;
  private final AnnotatedType annotatedType;
  private final Annotation[] annotations;
  private final Annotation[] elementAnnotations;

  Component(Class<?> owner, int index, RecordComponent c) {
    this.owner = owner;
    this.index = index;
    this.name = c.getName();
    this.where = owner.getSimpleName() + "." + name;
    this.rawType = c.getType();
    this.genericType = c.getGenericType();
    try {
      this.field = owner.getDeclaredField(name);
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(owner.getName() + " has no field " + name, e);
    }
    field.setAccessible(true); // the model is in this module
    this.annotatedType = field.getAnnotatedType();
    this.annotations = field.getDeclaredAnnotations();
    if (rawType == List.class) {
      if (!(genericType instanceof ParameterizedType p) || !(p.getActualTypeArguments()[0] instanceof Class<?> element)) {
        throw new IllegalStateException("the model view reads lists of a class only, not " + genericType.getTypeName()
            + " of " + where);
      }
      this.list = true;
      this.valueType = element;
      this.elementAnnotations = annotatedType instanceof AnnotatedParameterizedType apt
          ? apt.getAnnotatedActualTypeArguments()[0].getDeclaredAnnotations() : new Annotation[0];
    } else {
      this.list = false;
      this.valueType = rawType;
      this.elementAnnotations = new Annotation[0];
    }
    this.kind = ValueKind.of(valueType, where);
    this.nullable = hasTypeUse(c.getAnnotatedType(), "org.jspecify.annotations.Nullable");
    PersonalData pd = c.getAnnotation(PersonalData.class);
    if (pd == null) {
      throw new IllegalStateException("not classified by @PersonalData: " + where);
    }
    this.personalData = pd.value();
  }

  /**
   * The record type that declares the component.
   *
   * @return the record's class
   */
  public Class<?> owner() {
    return owner;
  }

  /**
   * The position among the record's components, as in the canonical constructor.
   *
   * @return from 0
   */
  public int index() {
    return index;
  }

  /**
   * The name, which is the property name in JSON.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The record and the name, such as {@code Goal.id}, for messages about the model (never about data).
   *
   * @return {@code Record.component}
   */
  public String where() {
    return where;
  }

  /**
   * The declared type.
   *
   * @return the raw type ({@code List} for lists)
   */
  public Class<?> rawType() {
    return rawType;
  }

  /**
   * The declared generic type.
   *
   * @return the type
   */
  public Type genericType() {
    return genericType;
  }

  /**
   * Whether the component is a list.
   *
   * @return {@code true} for {@code List<E>}
   */
  public boolean list() {
    return list;
  }

  /**
   * The type of the value, or of a list's elements.
   *
   * @return the class
   */
  public Class<?> valueType() {
    return valueType;
  }

  /**
   * The kind of the value, or of a list's elements.
   *
   * @return the kind
   */
  public ValueKind kind() {
    return kind;
  }

  /**
   * Whether the component may be absent ({@code @Nullable}). Lists are never {@code null}: absent
   * means empty.
   *
   * @return {@code true} when optional
   */
  public boolean nullable() {
    return nullable;
  }

  /**
   * Whether a document must have the property: neither {@code @Nullable} nor a list.
   *
   * @return {@code true} when required
   */
  public boolean required() {
    return !nullable && !list;
  }

  /**
   * The data-protection class.
   *
   * @return the {@link PersonalData} category
   */
  public PersonalData.Category personalData() {
    return personalData;
  }

  /**
   * The component's field, which carries its annotations.
   *
   * @return the field, accessible
   */
  public Field field() {
    return field;
  }

  /**
   * The annotated type of the component's field, for type-use annotations.
   *
   * @return the annotated type
   */
  public AnnotatedType annotatedType() {
    return annotatedType;
  }

  /**
   * The annotations declared on the component (constraints, {@code @Valid}, {@code @PersonalData}).
   *
   * @return a copy
   */
  public Annotation[] annotations() {
    return annotations.clone();
  }

  /**
   * The annotations on a list's element type ({@code List<@CountryCode String>}).
   *
   * @return a copy; empty for components that are not lists
   */
  public Annotation[] elementAnnotations() {
    return elementAnnotations.clone();
  }

  /**
   * An annotation of the given type on the component or, for lists, on the element type.
   *
   * @param type the annotation type
   * @param <A> the annotation type
   * @return the annotation, or {@code null}
   */
  public <A extends Annotation> @Nullable A annotation(Class<A> type) {
    A a = field.getAnnotation(type);
    if (a == null) {
      a = annotatedType.getAnnotation(type);
    }
    if (a == null) {
      for (Annotation e : elementAnnotations) {
        if (type.isInstance(e)) {
          return type.cast(e);
        }
      }
    }
    return a;
  }

  /**
   * The view of the record this component holds, or holds a list of.
   *
   * @return the record's view
   * @throws IllegalStateException if the component does not hold records
   */
  public RecordView record() {
    if (kind != ValueKind.RECORD) {
      throw new IllegalStateException(where + " does not hold records");
    }
    return ModelView.of(valueType);
  }

  /**
   * Reads the component from a record of its owner's type.
   *
   * @param record the record
   * @return the value; {@code null} when absent
   */
  public @Nullable Object read(Object record) {
    try {
      return field.get(record);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + where, e);
    }
  }

  /**
   * The short label of the component, for messages: „Gemeindeschlüssel“, "Municipality key".
   *
   * @param locale English for {@code en}, German otherwise
   * @return the label
   */
  public String label(Locale locale) {
    return ModelTexts.text(owner, where + "@label", locale);
  }

  /**
   * The description of the component, as the published schema gives it.
   *
   * @param locale English for {@code en}, German otherwise
   * @return the description
   */
  public String description(Locale locale) {
    return ModelTexts.text(owner, where, locale);
  }

  @Override
  public String toString() {
    return where;
  }

  private static boolean hasTypeUse(AnnotatedType type, String annotation) {
    for (Annotation a : type.getAnnotations()) {
      if (a.annotationType().getName().equals(annotation)) {
        return true;
      }
    }
    return false;
  }
}
