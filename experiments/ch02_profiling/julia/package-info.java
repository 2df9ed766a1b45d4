/**
 * The book's Julia set (chapter 2), shared by the chapter's experiments and reused by later
 * chapters: {@link dev.perflab.experiments.ch02.julia.JuliaSet} is the book's pure-Python program
 * in plain Java, {@link dev.perflab.experiments.ch02.julia.JuliaArrays} the same computation on
 * primitive arrays. This folder holds no {@code experiment.yaml}: it is code, not an experiment.
 */
package dev.perflab.experiments.ch02.julia;
