package de.integrationsplan.core.internal.bind;

import de.integrationsplan.core.internal.StrictTime;
import de.integrationsplan.core.model.IntegrationPlan;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads the value of one record component from the current token, exactly as the databind path
 * reads it when it reads it at all, or throws {@link NotTaken}. One reader per component type,
 * chosen once when a {@link RecordBinder} is built.
 */
abstract class ValueReader {

  /** The package of the model's records and enums: the only ones the fast path binds. */
  static final String MODEL = IntegrationPlan.class.getPackageName();

  /**
   * Reads a value.
   *
   * @param p the parser, at the value's first token
   * @param t that token
   * @return the value, never {@code null}
   * @throws NotTaken if the token is not one this reader takes
   */
  abstract Object read(JsonParser p, @Nullable JsonToken t);

  /**
   * The longest component name of the records this reader reads.
   *
   * @return its length, 0 for scalars
   */
  int longestName() {
    return 0;
  }

  /**
   * The reader for a component's type.
   *
   * @param type the generic type of the component
   * @param where the component, for the message of a type the fast path does not know
   * @return the reader
   * @throws IllegalStateException if the fast path does not know the type: a model change the fast
   *     path must learn first, so it fails loudly instead of binding differently
   */
  static ValueReader of(Type type, String where) {
    if (type instanceof ParameterizedType generic && generic.getRawType() == List.class
        && generic.getActualTypeArguments()[0] instanceof Class<?> element) {
      return new ListReader(of(element, where + "[]"));
    }
    if (type == String.class) {
      return TEXT;
    }
    if (type == Integer.class) {
      return WHOLE;
    }
    if (type == Boolean.class) {
      return FLAG;
    }
    if (type == LocalDate.class) {
      return DATE;
    }
    if (type == YearMonth.class) {
      return MONTH;
    }
    if (type == OffsetDateTime.class) {
      return DATE_TIME;
    }
    if (type == UUID.class) {
      return ID;
    }
    if (type == Object.class) {
      return JSON_VALUE;
    }
    if (type instanceof Class<?> c && c.getPackageName().equals(MODEL)) {
      if (c.isEnum()) {
        return new EnumReader(c);
      }
      if (c.isRecord()) {
        return new RecordReader(c);
      }
    }
    throw new IllegalStateException("the fast binder does not know the type " + type.getTypeName() + " of " + where);
  }

  /**
   * Fails if a type carries a Jackson annotation anywhere (type, fields, methods, constructors,
   * parameters): the fast path reads names and values by the defaults, and an annotation could
   * change what the databind path does. The model is fixed when it is compiled, so this runs in the
   * build ({@code ModelWithoutJacksonAnnotationsTest}, for every type the binder reaches), not at
   * every start: reading every annotation of every member doubled the start-up of the command line.
   *
   * @param type a record or enum of the model
   * @throws IllegalStateException if it has one
   */
  static void requireNoJacksonAnnotations(Class<?> type) {
    check(type, type);
    for (Field f : type.getDeclaredFields()) {
      check(type, f);
    }
    for (Method m : type.getDeclaredMethods()) {
      check(type, m);
      for (Annotation[] parameter : m.getParameterAnnotations()) {
        check(type, parameter);
      }
    }
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      check(type, c);
      for (Annotation[] parameter : c.getParameterAnnotations()) {
        check(type, parameter);
      }
    }
    if (type.isRecord()) {
      for (var component : type.getRecordComponents()) {
        check(type, component);
      }
    }
  }

  private static void check(Class<?> type, AnnotatedElement element) {
    check(type, element.getDeclaredAnnotations());
  }

  private static void check(Class<?> type, Annotation[] annotations) {
    for (Annotation a : annotations) {
      if (isJackson(a.annotationType())) {
        throw new IllegalStateException("the fast binder does not understand @"
            + a.annotationType().getName() + " in " + type.getName());
      }
      for (Annotation meta : a.annotationType().getDeclaredAnnotations()) {
        if (isJackson(meta.annotationType())) {
          throw new IllegalStateException("the fast binder does not understand @"
              + a.annotationType().getName() + " (a Jackson annotation) in " + type.getName());
        }
      }
    }
  }

  private static boolean isJackson(Class<?> annotation) {
    String name = annotation.getPackageName();
    return name.startsWith("com.fasterxml.jackson") || name.startsWith("tools.jackson");
  }

  // --- scalars --------------------------------------------------------------------------------

  private static final ValueReader TEXT = new ValueReader() {
    @Override
    Object read(JsonParser p, @Nullable JsonToken t) {
      if (t != JsonToken.VALUE_STRING) {
        throw NotTaken.INSTANCE;
      }
      return p.getString();
    }
  };

  /** Only JSON integers that fit an {@code int}; {@code 1998.0}, which the databind path takes, goes there. */
  private static final ValueReader WHOLE = new ValueReader() {
    @Override
    Object read(JsonParser p, @Nullable JsonToken t) {
      if (t != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
        throw NotTaken.INSTANCE;
      }
      return p.getIntValue();
    }
  };

  private static final ValueReader FLAG = new ValueReader() {
    @Override
    Object read(JsonParser p, @Nullable JsonToken t) {
      if (t == JsonToken.VALUE_TRUE) {
        return Boolean.TRUE;
      }
      if (t == JsonToken.VALUE_FALSE) {
        return Boolean.FALSE;
      }
      throw NotTaken.INSTANCE;
    }
  };

  private static final ValueReader DATE = new ValueReader() {
    @Override
    Object read(JsonParser p, @Nullable JsonToken t) {
      return found(t == JsonToken.VALUE_STRING
          ? StrictTime.date(p.getStringCharacters(), p.getStringOffset(), p.getStringLength()) : null);
    }
  };

  private static final ValueReader MONTH = new ValueReader() {
    @Override
    Object read(JsonParser p, @Nullable JsonToken t) {
      return found(t == JsonToken.VALUE_STRING
          ? StrictTime.month(p.getStringCharacters(), p.getStringOffset(), p.getStringLength()) : null);
    }
  };

  private static final ValueReader DATE_TIME = new ValueReader() {
    @Override
    Object read(JsonParser p, @Nullable JsonToken t) {
      return found(t == JsonToken.VALUE_STRING
          ? StrictTime.dateTime(p.getStringCharacters(), p.getStringOffset(), p.getStringLength()) : null);
    }
  };

  private static final ValueReader ID = new ValueReader() {
    @Override
    Object read(JsonParser p, @Nullable JsonToken t) {
      return found(t == JsonToken.VALUE_STRING
          ? StrictTime.uuid(p.getStringCharacters(), p.getStringOffset(), p.getStringLength()) : null);
    }
  };

  private static Object found(@Nullable Object value) {
    if (value == null) {
      throw NotTaken.INSTANCE;
    }
    return value;
  }

  /**
   * An extension's free JSON value, in the Java types the databind path gives it ({@code String},
   * {@code Boolean}, the integral types of {@link JsonParser#getNumberValue()}, {@code BigDecimal},
   * {@code ArrayList}, {@code LinkedHashMap}) before the record's constructor copies it. A
   * duplicate key declines.
   */
  private static final ValueReader JSON_VALUE = new ValueReader() {
    @Override
    Object read(JsonParser p, @Nullable JsonToken t) {
      if (t == null) {
        throw NotTaken.INSTANCE;
      }
      switch (t) {
        case VALUE_STRING:
          return p.getString();
        case VALUE_TRUE:
          return Boolean.TRUE;
        case VALUE_FALSE:
          return Boolean.FALSE;
        case VALUE_NUMBER_INT:
          return p.getNumberValue();
        case VALUE_NUMBER_FLOAT:
          return p.getDecimalValue();
        case START_ARRAY: {
          List<Object> list = new ArrayList<>();
          for (JsonToken next = p.nextToken(); next != JsonToken.END_ARRAY; next = p.nextToken()) {
            list.add(read(p, next));
          }
          return list;
        }
        case START_OBJECT: {
          Map<String, Object> map = new LinkedHashMap<>();
          for (JsonToken next = p.nextToken(); next != JsonToken.END_OBJECT; next = p.nextToken()) {
            if (next != JsonToken.PROPERTY_NAME) {
              throw NotTaken.INSTANCE;
            }
            String name = p.currentName();
            if (map.put(name, read(p, p.nextToken())) != null) {
              throw NotTaken.INSTANCE;
            }
          }
          return map;
        }
        default:
          throw NotTaken.INSTANCE;
      }
    }
  };

  // --- structures -----------------------------------------------------------------------------

  /**
   * A model enum by its constants' names, which are their {@code toString()} as the databind path
   * reads them. Looked up in the parser's character buffer through a small open-addressing table,
   * without making a {@code String} of the value.
   */
  private static final class EnumReader extends ValueReader {
    private final char[][] names;
    private final Object[] constants;
    private final int mask;

    EnumReader(Class<?> type) {
      Object[] all = type.getEnumConstants();
      int size = Integer.highestOneBit(Math.max(all.length, 1) * 4 - 1) << 1;
      this.names = new char[size][];
      this.constants = new Object[size];
      this.mask = size - 1;
      for (Object constant : all) {
        String name = ((Enum<?>) constant).name();
        if (!name.equals(constant.toString())) {
          throw new IllegalStateException("the fast binder reads enums by name, but "
              + type.getName() + "." + name + " has another toString()");
        }
        char[] chars = name.toCharArray();
        int slot = hash(chars, 0, chars.length) & mask;
        while (names[slot] != null) {
          slot = (slot + 1) & mask;
        }
        names[slot] = chars;
        constants[slot] = constant;
      }
    }

    @Override
    Object read(JsonParser p, @Nullable JsonToken t) {
      if (t != JsonToken.VALUE_STRING) {
        throw NotTaken.INSTANCE;
      }
      char[] text = p.getStringCharacters();
      int from = p.getStringOffset();
      int length = p.getStringLength();
      for (int slot = hash(text, from, length) & mask; names[slot] != null; slot = (slot + 1) & mask) {
        if (same(names[slot], text, from, length)) {
          return constants[slot];
        }
      }
      throw NotTaken.INSTANCE;
    }

    /** Whether {@code length} characters from {@code from} are {@code name}: a plain loop, the names are short. */
    private static boolean same(char[] name, char[] text, int from, int length) {
      if (name.length != length) {
        return false;
      }
      for (int i = 0; i < length; i++) {
        if (name[i] != text[from + i]) {
          return false;
        }
      }
      return true;
    }

    /**
     * A hash of the length and three characters (first, middle, last): constant time for long
     * names such as {@code EXCHANGE_WITH_AUTHORITIES}; {@link #same} decides, collisions only probe.
     */
    private static int hash(char[] text, int from, int length) {
      if (length == 0) {
        return 0;
      }
      int h = length;
      h = 31 * h + text[from];
      h = 31 * h + text[from + (length >>> 1)];
      h = 31 * h + text[from + length - 1];
      return h ^ (h >>> 7);
    }
  }

  private static final class ListReader extends ValueReader {
    private final ValueReader element;

    ListReader(ValueReader element) {
      this.element = element;
    }

    @Override
    Object read(JsonParser p, @Nullable JsonToken t) {
      if (t != JsonToken.START_ARRAY) {
        throw NotTaken.INSTANCE;
      }
      List<Object> list = new ArrayList<>();
      for (JsonToken next = p.nextToken(); next != JsonToken.END_ARRAY; next = p.nextToken()) {
        list.add(element.read(p, next));
      }
      return list;
    }

    @Override
    int longestName() {
      return element.longestName();
    }
  }

  /**
   * A nested record. Its binder is built with the reader, so that building the plan's binder builds
   * all of them and a type the fast path does not know fails when the codec is made, not later.
   */
  private static final class RecordReader extends ValueReader {
    private final RecordBinder binder;

    RecordReader(Class<?> type) {
      this.binder = RecordBinder.of(type);
    }

    @Override
    Object read(JsonParser p, @Nullable JsonToken t) {
      if (t != JsonToken.START_OBJECT) {
        throw NotTaken.INSTANCE;
      }
      return binder.bind(p);
    }

    @Override
    int longestName() {
      return binder.longestName();
    }
  }
}
