/**
 * Javalin: the HTTP server with its one error mapper ({@code HttpServer}), the guard and rate limiter, and one
 * {@code *Routes} class per feature doing client/server IO only. May import the services ({@code graph}, {@code console},
 * {@code source}, {@code load}, {@code analysis}), {@code api}, {@code db}, {@code facts}, {@code common}; no service imports it.
 */
package org.diplograph.web;
