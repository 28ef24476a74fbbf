/**
 * jqwik arbitraries for every spsplus-core type, one class per domain package ({@code
 * CallArbitraries}, {@code SurveyArbitraries}…). Published in the core test-jar for the other
 * modules' property tests.
 */
package fr.spsplus.core.arbitraries;
