/**
 * Reading the rule files under {@code src/main/resources/rules/}.
 * Imports nothing of Diplograph: the steps read their rules through it.
 */
package org.diplograph.extract.rules;
