/**
 * The ITA as data, one definition per fiscal year, loaded from resources and validated at start-up:
 * indicators, tools and weights, questions, OIT items and sub-indicators, levels, rounding.
 */
package ita.framework;
