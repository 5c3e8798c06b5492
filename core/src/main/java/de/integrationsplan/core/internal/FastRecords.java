package de.integrationsplan.core.internal;

import de.integrationsplan.core.model.IntegrationPlan;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.introspect.AnnotatedConstructor;
import tools.jackson.databind.module.SimpleModule;

/**
 * Builds the model's records through a spreading method handle made once per record type. Jackson
 * calls a record's constructor with {@code MethodHandle.invokeWithArguments}, which builds a new
 * spreader on every call and was about a fifth of the binding time; everything else about the
 * creator (its properties, defaults, error handling) stays Jackson's.
 */
public final class FastRecords {

  private static final String MODEL = IntegrationPlan.class.getPackageName();

  private FastRecords() {}

  /**
   * A handle that calls {@code constructor} with its arguments in one {@code Object[]}, typed
   * {@code (Object[])Object} for {@code invokeExact}; made once per type, used for every instance.
   *
   * @param constructor a constructor of a model record
   * @return the spreading handle
   * @throws IllegalStateException if the constructor cannot be reached
   */
  private static MethodHandle spreader(Constructor<?> constructor) {
    try {
      return MethodHandles.lookup().unreflectConstructor(constructor)
          .asSpreader(Object[].class, constructor.getParameterCount())
          .asType(MethodType.methodType(Object.class, Object[].class));
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot reach the constructor of " + constructor.getDeclaringClass(), e);
    }
  }

  /**
   * The module that installs the faster instantiators for the model's records.
   *
   * @return a new module
   */
  public static SimpleModule module() {
    SimpleModule module = new SimpleModule("integrationsplan-records") {
      private static final long serialVersionUID = 1L;

      @Override
      public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addValueInstantiators(new Instantiators());
      }
    };
    return module;
  }

  private static final class Instantiators implements ValueInstantiators {
    @Override
    public ValueInstantiator findValueInstantiator(DeserializationConfig config, BeanDescription.Supplier bean) {
      return null;
    }

    @Override
    public ValueInstantiator modifyValueInstantiator(DeserializationConfig config, BeanDescription.Supplier bean,
        ValueInstantiator instantiator) {
      Class<?> type = bean.getBeanClass();
      if (type.isRecord() && type.getPackageName().equals(MODEL)
          && instantiator.getClass() == StdValueInstantiator.class
          && ((StdValueInstantiator) instantiator).getWithArgsCreator() instanceof AnnotatedConstructor creator) {
        return new Spreading((StdValueInstantiator) instantiator, creator.getAnnotated());
      }
      return instantiator;
    }
  }

  private static final class Spreading extends StdValueInstantiator {
    private static final long serialVersionUID = 1L;

    private final transient MethodHandle spread;

    Spreading(StdValueInstantiator src, Constructor<?> constructor) {
      super(src);
      this.spread = spreader(constructor);
    }

    @Override
    public Object createFromObjectWith(DeserializationContext ctxt, Object[] args) {
      try {
        return (Object) spread.invokeExact(args);
      } catch (Throwable e) {
        throw rewrapCtorProblem(ctxt, e);
      }
    }
  }
}
