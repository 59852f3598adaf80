/**
 * Small helpers every layer uses: the one Jackson {@code ObjectMapper} ({@code Json}) and logging set-up ({@code Log}).
 * Imports nothing of the project.
 */
package org.diplograph.common;
