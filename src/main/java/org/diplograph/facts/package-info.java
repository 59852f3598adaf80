/**
 * The facts model: what extraction produces and loading consumes (documents, entities, relations, evidence, labels;
 * {@code docs/facts.md}). Plain records: imports no project package, no database, no Javalin.
 */
package org.diplograph.facts;
