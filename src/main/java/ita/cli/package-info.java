/**
 * The {@code ita} command line (picocli): option checks, exit codes, progress and the closing summary.
 * The only package that prints or exits; everything else returns results.
 */
package ita.cli;
