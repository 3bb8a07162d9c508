/**
 * Thai text: Thai and Arabic digits, sara am, spacing, scores as people write them, Buddhist-era years and
 * dates, Thai month names. Uses the JDK alone: every other package may use it, and it uses none of them.
 */
package ita.text;
