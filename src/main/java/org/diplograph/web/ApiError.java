package org.diplograph.web;

/** The body of every error answer: {@code {title, status, detail}} (RFC 7807 style). */
public record ApiError(String title, int status, String detail) {}
