/**
 * The client-error type shared by services and routes: {@code ApiProblem} (status, title, detail, extra fields) and
 * its answer body {@code ApiError}. Imports nothing of the project and nothing of Javalin, so every layer may throw it.
 */
package org.diplograph.api;
