/**
 * The rule-evaluation API: typed rules over facts, rule sets, and decisions that explain themselves in Japanese and English.
 *
 * <p>Every type in this package is null-marked: parameters and results are non-null unless
 * annotated {@code @Nullable}.
 */
@NullMarked
package io.github.kotowari.core.rule;

import org.jspecify.annotations.NullMarked;
