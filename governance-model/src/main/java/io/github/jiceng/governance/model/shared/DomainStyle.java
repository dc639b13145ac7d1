package io.github.jiceng.governance.model.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project (see {@code docs/adr/0001-construction-api.md}).
 *
 * <ul>
 *   <li>Generated {@code ImmutableX} classes are package-private: users write {@code X.builder()}
 *       and never name a generated type.
 *   <li>Accessors carry no {@code get} prefix; builders are strict (each attribute set once).
 *   <li>A missing required attribute throws {@link DomainValidationException}.
 *   <li>No Jackson integration: the model is free of Jackson; {@code governance-json} binds it.
 *   <li>Generated classes carry no annotation of the annotation processor, which is not on a
 *       user's class path.
 * </ul>
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"is*", "get*"},
    init = "*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    overshadowImplementation = true,
    strictBuilder = true,
    depluralize = true,
    defaults = @Value.Immutable(copy = false),
    jdkOnly = false,
    throwForInvalidImmutableState = DomainValidationException.class,
    // Keep annotations of the (compile-only) annotation processor out of the generated classes,
    // so that users compiling against the model with -Xlint -Werror see no missing-class warnings.
    allowedClasspathAnnotations = {Override.class})
public @interface DomainStyle {}
