/**
 * The Japanese calendar: national holidays computed from the law, business days, and deadlines in Japan Standard Time.
 *
 * <p>Every type in this package is null-marked: parameters and results are non-null unless
 * annotated {@code @Nullable}.
 */
@NullMarked
package io.github.kotowari.core.calendar;

import org.jspecify.annotations.NullMarked;
