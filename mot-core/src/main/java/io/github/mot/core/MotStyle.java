package io.github.mot.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of this package: generated implementations are package-private (users
 * only ever name the abstract type), JDK collections only, strict builders (each attribute set
 * once). SOURCE retention keeps the annotation away from users' class paths.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    strictBuilder = true,
    unsafeDefaultAndDerived = true,
    defaults = @Value.Immutable(copy = true),
    allowedClasspathAnnotations = {Override.class})
@interface MotStyle {}
