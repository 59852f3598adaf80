/**
 * The settings: one {@code Config} record read from environment variables and flags ({@code ConfigOptions}, picocli),
 * validated with every bad value named. Imports no project package.
 */
package org.diplograph.config;
