/** Reading the rule files under {@code src/main/resources/rules/}. */
package org.diplograph.extract.rules;
