package de.integrationsplan.core.internal.validation;

import de.integrationsplan.core.internal.Pointers;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.ContainerElementNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.ContainerElementNodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.ContainerElementNodeContextBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeContextBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeContextBuilder;
import jakarta.validation.ElementKind;
import jakarta.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The violation builder of {@link RuleContext}: the chain {@code buildConstraintViolationWithTemplate
 * (...).addPropertyNode(...).inIterable().atIndex(...)...addConstraintViolation()} with the path it
 * gives in Hibernate Validator 9.1, whose {@code ConstraintValidatorContextImpl} it follows step by
 * step, as far as a JSON Pointer can tell.
 *
 * <p>The path starts at the place the constraint is declared: for a class-level constraint the bean
 * node below the node that holds the record (a list's node, a component's, or the root), for one on a
 * component or a list element that component's or element's node. The first property or container
 * element node replaces a bean node and resets any other; {@code inIterable()}, {@code atIndex()} and
 * {@code atKey()} mark the node before the one being added; a node's index shows in the pointer in
 * front of the node below it ({@code goals[2].id} is {@code /goals/2/id}), as {@code Pointers.of}
 * reads Hibernate Validator's paths. The pointer is made relative to the declaring place; when a
 * builder changes what the holding node stands for, the finding says so ({@link Finding#holder}).
 * Such a change holds for the violations of that one evaluation; in Hibernate Validator, whose
 * builders change the walk's own node, it would leak into the findings of the rest of the bean (and,
 * at the root, of every later validation). No validator of ours makes it.
 *
 * <p>Allocated only when a validator reports a violation. Not thread-safe, like the context.
 */
final class ViolationBuilder {

  private final RuleContext context;
  private final Declaration declaration;
  private final String template;
  /** The path from the declaring place: the holder (class-level) or the constrained node first. */
  private final List<Node> nodes = new ArrayList<>(4);

  private ViolationBuilder(RuleContext context, Declaration declaration, String template) {
    this.context = context;
    this.declaration = declaration;
    this.template = template;
  }

  /**
   * The nodes at the declaring place, which every chain of one evaluation starts from and shares, as
   * Hibernate Validator's builders share the nodes of the context's base path: the holder and the
   * bean node for a class-level constraint, the constrained node for any other.
   */
  static List<Node> base(Declaration declaration) {
    if (declaration.onType()) {
      return List.of(new Node(null, null), new Node(ElementKind.BEAN, null));
    }
    return List.of(new Node(declaration.element ? ElementKind.CONTAINER_ELEMENT : ElementKind.PROPERTY, null));
  }

  static ConstraintViolationBuilder start(RuleContext context, Declaration declaration, List<Node> base,
      String template) {
    ViolationBuilder b = new ViolationBuilder(context, declaration, template);
    b.nodes.addAll(base);
    return b.new Start();
  }

  /** The default violation, once the chains of the evaluation are done with the base nodes. */
  static Finding atBase(Declaration declaration, List<Node> base) {
    return finding(declaration, declaration.template, base);
  }

  /** A node of the path; mutable as Hibernate Validator's are while a chain builds them. */
  static final class Node {
    /** {@code null} for the node holding a record with a class-level constraint. */
    final @Nullable ElementKind kind;
    final @Nullable String name;
    boolean iterable;
    @Nullable Integer index;
    @Nullable Object key;
    /** Whether the chain changed its iterable state: for the holder, which is outside the path. */
    boolean touched;

    Node(@Nullable ElementKind kind, @Nullable String name) {
      this.kind = kind;
      this.name = name;
    }

    void iterable(@Nullable Integer index, @Nullable Object key) {
      this.iterable = true;
      this.index = index;
      this.key = key;
      this.touched = true;
    }

    void reset() {
      this.iterable = false;
      this.index = null;
      this.key = null;
      this.touched = true;
    }
  }

  private Node leaf() {
    return nodes.get(nodes.size() - 1);
  }

  /** A property or container element node replaces a bean node at the end, or resets the node there. */
  private void dropLeafIfBean() {
    Node leaf = leaf();
    if (leaf.kind == ElementKind.BEAN) {
      nodes.remove(nodes.size() - 1);
    } else {
      leaf.reset();
    }
  }

  private ConstraintValidatorContext addViolation() {
    context.add(finding(declaration, template, nodes));
    return context;
  }

  /** The finding for the path as it is now: Hibernate Validator copies the path when it is added. */
  private static Finding finding(Declaration declaration, String template, List<Node> nodes) {
    boolean onType = declaration.onType();
    StringBuilder pointer = new StringBuilder();
    for (int j = 1; j < nodes.size(); j++) {
      // the holder's index is the holder's business: the list that entered the record adds it
      if (j > 1 || !onType) {
        appendIndex(pointer, nodes.get(j - 1));
      }
      Node node = nodes.get(j);
      if (node.kind == ElementKind.PROPERTY && node.name != null) {
        Pointers.appendEscaped(pointer, node.name);
      }
    }
    String holder = null;
    if (onType && nodes.size() == 1) {
      holder = ""; // the path ends at the holder: nothing below it shows its index
    } else if (onType && nodes.get(0).touched) {
      StringBuilder token = new StringBuilder();
      appendIndex(token, nodes.get(0));
      holder = token.toString();
    }
    return new Finding(declaration, template, pointer.toString(), holder);
  }

  /** What a node's iterable state adds to the pointer in front of the node below it. */
  private static void appendIndex(StringBuilder pointer, Node parent) {
    if (!parent.iterable) {
      return;
    }
    if (parent.index != null) {
      pointer.append('/').append(parent.index.intValue());
    } else if (parent.key != null) {
      Pointers.appendEscaped(pointer, String.valueOf(parent.key));
    }
  }

  /** The start of the chain: what {@code buildConstraintViolationWithTemplate} returns. */
  private final class Start implements ConstraintViolationBuilder {

    @Override
    @Deprecated
    public NodeBuilderDefinedContext addNode(String name) {
      dropLeafIfBean();
      nodes.add(new Node(ElementKind.PROPERTY, name));
      return new Defined();
    }

    @Override
    public NodeBuilderCustomizableContext addPropertyNode(String name) {
      dropLeafIfBean();
      return new Deferred(ElementKind.PROPERTY, name);
    }

    @Override
    public LeafNodeBuilderCustomizableContext addBeanNode() {
      return new Deferred(ElementKind.BEAN, null);
    }

    @Override
    public ContainerElementNodeBuilderCustomizableContext addContainerElementNode(String name,
        Class<?> containerType, Integer typeArgumentIndex) {
      dropLeafIfBean();
      return new Deferred(ElementKind.CONTAINER_ELEMENT, name);
    }

    @Override
    public NodeBuilderDefinedContext addParameterNode(int index) {
      throw new ValidationException("A parameter node is for cross-parameter constraints only, not " + declaration);
    }

    @Override
    public ConstraintValidatorContext addConstraintViolation() {
      return addViolation();
    }
  }

  /** After {@code atIndex}, {@code atKey} or {@code addNode}: the last node is in the path. */
  private final class Defined implements NodeBuilderDefinedContext, LeafNodeBuilderDefinedContext,
      ContainerElementNodeBuilderDefinedContext {

    @Override
    @Deprecated
    public NodeBuilderCustomizableContext addNode(String name) {
      return addPropertyNode(name);
    }

    @Override
    public NodeBuilderCustomizableContext addPropertyNode(String name) {
      return new Deferred(ElementKind.PROPERTY, name);
    }

    @Override
    public LeafNodeBuilderCustomizableContext addBeanNode() {
      return new Deferred(ElementKind.BEAN, null);
    }

    @Override
    public ContainerElementNodeBuilderCustomizableContext addContainerElementNode(String name,
        Class<?> containerType, Integer typeArgumentIndex) {
      return new Deferred(ElementKind.CONTAINER_ELEMENT, name);
    }

    @Override
    public ConstraintValidatorContext addConstraintViolation() {
      return addViolation();
    }
  }

  /**
   * A node named but not yet in the path: {@code inIterable()}, {@code atIndex()} and
   * {@code atKey()} still mark the node before it; the next step adds it.
   */
  private final class Deferred implements NodeBuilderCustomizableContext, LeafNodeBuilderCustomizableContext,
      ContainerElementNodeBuilderCustomizableContext, NodeContextBuilder, LeafNodeContextBuilder,
      ContainerElementNodeContextBuilder {

    private final ElementKind kind;
    private final @Nullable String name;

    Deferred(ElementKind kind, @Nullable String name) {
      this.kind = kind;
      this.name = name;
    }

    private void addLeaf() {
      nodes.add(new Node(kind, name));
    }

    @Override
    public Deferred inIterable() {
      leaf().iterable(null, null);
      return this;
    }

    @Override
    public Deferred inContainer(Class<?> containerClass, Integer typeArgumentIndex) {
      return this; // the type argument shows in Hibernate Validator's path text, not in a pointer
    }

    @Override
    public Defined atKey(Object key) {
      leaf().iterable(null, key);
      addLeaf();
      return new Defined();
    }

    @Override
    public Defined atIndex(Integer index) {
      leaf().iterable(index, null);
      addLeaf();
      return new Defined();
    }

    @Override
    @Deprecated
    public NodeBuilderCustomizableContext addNode(String name) {
      return addPropertyNode(name);
    }

    @Override
    public NodeBuilderCustomizableContext addPropertyNode(String name) {
      addLeaf();
      return new Deferred(ElementKind.PROPERTY, name);
    }

    @Override
    public ContainerElementNodeBuilderCustomizableContext addContainerElementNode(String name,
        Class<?> containerType, Integer typeArgumentIndex) {
      addLeaf();
      return new Deferred(ElementKind.CONTAINER_ELEMENT, name);
    }

    @Override
    public LeafNodeBuilderCustomizableContext addBeanNode() {
      addLeaf();
      return new Deferred(ElementKind.BEAN, null);
    }

    @Override
    public ConstraintValidatorContext addConstraintViolation() {
      addLeaf();
      return addViolation();
    }
  }
}
