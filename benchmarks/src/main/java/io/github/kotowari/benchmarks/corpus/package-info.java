/**
 * The identification corpus: its deterministic generator ({@link
 * io.github.kotowari.benchmarks.corpus.IdentifyCorpus}) and the mapping of Kotowari's answers to the
 * peer's vocabulary for the accuracy comparison ({@link
 * io.github.kotowari.benchmarks.corpus.IdentifyLabels}).
 */
@NullMarked
package io.github.kotowari.benchmarks.corpus;

import org.jspecify.annotations.NullMarked;
