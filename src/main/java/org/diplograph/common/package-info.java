/**
 * Small helpers every layer uses: the one Jackson {@code ObjectMapper} ({@code Json}), logging set-up ({@code Log}), the
 * one SHA-256 ({@code Sha256}) and the first line of an error message ({@code Messages}). Imports nothing of the project.
 */
package org.diplograph.common;
