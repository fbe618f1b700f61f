package io.github.mot.servqual;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of this package (the same as mot-core's): package-private
 * implementations, JDK collections only, strict builders. SOURCE retention keeps it off users'
 * class paths.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    strictBuilder = true,
    defaults = @Value.Immutable(copy = true),
    allowedClasspathAnnotations = {Override.class})
@interface ServqualStyle {}
