package de.integrationsplan.core.internal.bind;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;

/**
 * Binds one model record from a JSON object: the components' names, matched by jackson-core's
 * {@link PropertyNameMatcher} on the raw bytes of the name, a reader per component, a bitset of the
 * names seen (a second one declines) and the canonical constructor through a spreading method
 * handle. Built once per record type, with the binders of its nested records, on first use;
 * shared by every thread and every codec; immutable.
 */
final class RecordBinder {

  private static final ClassValue<RecordBinder> BINDERS = new ClassValue<>() {
    @Override
    protected RecordBinder computeValue(Class<?> type) {
      return new RecordBinder(type);
    }
  };

  private final PropertyNameMatcher names;
  private final ValueReader[] readers;
  /**
   * The canonical constructor, called reflectively: unlike a method handle it needs no classes
   * spun at start-up, which the command line on one file would pay for; after a few calls the JDK
   * makes a bytecode accessor for it, as fast as a method handle that is not a constant.
   */
  private final Constructor<?> constructor;
  private final int longestName;

  private RecordBinder(Class<?> type) {
    if (!type.isRecord() || !type.getPackageName().equals(ValueReader.MODEL)) {
      throw new IllegalStateException("the fast binder binds only the model's records, not " + type.getName());
    }
    RecordComponent[] components = type.getRecordComponents();
    if (components.length > Long.SIZE) {
      throw new IllegalStateException(type.getName() + " has more components than the fast binder tracks");
    }
    List<Named> componentNames = new ArrayList<>(components.length);
    int longest = 0;
    Class<?>[] parameterTypes = new Class<?>[components.length];
    this.readers = new ValueReader[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      componentNames.add(Named.fromString(c.getName()));
      parameterTypes[i] = c.getType();
      readers[i] = ValueReader.of(c.getGenericType(), type.getSimpleName() + "." + c.getName());
      longest = Math.max(longest, Math.max(c.getName().length(), readers[i].longestName()));
    }
    this.names = BinaryNameMatcher.constructFrom(componentNames, false);
    this.longestName = longest;
    Constructor<?> canonical;
    try {
      canonical = type.getDeclaredConstructor(parameterTypes);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("no canonical constructor in " + type.getName(), e);
    }
    canonical.setAccessible(true);
    this.constructor = canonical;
  }

  /**
   * The binder of a record type.
   *
   * @param type a record of the model
   * @return its binder, built on the first call
   * @throws IllegalStateException if the fast binder cannot bind the type exactly as the databind
   *     path does
   */
  static RecordBinder of(Class<?> type) {
    return BINDERS.get(type);
  }

  /**
   * The longest component name of this record and the records within it.
   *
   * @return its length in characters
   */
  int longestName() {
    return longestName;
  }

  /**
   * Binds the record from the object whose start the parser is at.
   *
   * @param p the parser, at {@code START_OBJECT}; afterwards at its {@code END_OBJECT}
   * @return the record
   * @throws NotTaken for an unknown or repeated name, an empty object, a value a reader declines, or
   *     a constructor that throws
   */
  Object bind(JsonParser p) {
    Object[] args = new Object[readers.length];
    long seen = 0;
    int i;
    while ((i = p.nextNameMatch(names)) >= 0) {
      long bit = 1L << i;
      if ((seen & bit) != 0) {
        throw NotTaken.INSTANCE;
      }
      seen |= bit;
      args[i] = readers[i].read(p, p.nextToken());
    }
    if (i != PropertyNameMatcher.MATCH_END_OBJECT || seen == 0) {
      throw NotTaken.INSTANCE;
    }
    try {
      return constructor.newInstance(args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw NotTaken.INSTANCE; // the constructor refused the values: databind reports it
    } catch (ReflectiveOperationException | IllegalArgumentException e) {
      throw NotTaken.INSTANCE;
    }
  }
}
