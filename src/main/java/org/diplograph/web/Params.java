package org.diplograph.web;

import io.javalin.http.Context;
import org.diplograph.api.ApiProblem;
import org.diplograph.graph.Dates;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Validation of query parameters at the edge, with {@code queryParamAsClass(..).check(..)}: a bad value is a
 * {@link io.javalin.validation.ValidationException}, which the server answers with 400 {@code {title,status,detail}}.
 */
public final class Params {
    private Params() {}

    /** An integer in [min, max], or the default when absent. */
    public static int integer(Context ctx, String name, int min, int max, int dflt) {
        return ctx.queryParamAsClass(name, Integer.class)
                .check(v -> v == null || (v >= min && v <= max), "must be between " + min + " and " + max)
                .getOrDefault(dflt);
    }

    /** A comma-separated list whose every item is in the allow-list, or null when absent or empty. */
    public static List<String> allowed(Context ctx, String name, Collection<String> allowList) {
        String raw = ctx.queryParamAsClass(name, String.class)
                .check(v -> v == null || v.length() <= 1000, "is too long")
                .check(v -> v == null || split(v).stream().allMatch(allowList::contains), "each value must be one of " + allowList)
                .getOrDefault("");
        List<String> items = split(raw);
        return items.isEmpty() ? null : items;
    }

    /** One value of an allow-list, or the default. */
    public static String choice(Context ctx, String name, List<String> choices, String dflt) {
        var v = ctx.queryParamAsClass(name, String.class)
                .check(x -> x == null || choices.contains(x), "must be one of " + choices);
        return dflt == null ? v.getOrNull() : v.getOrDefault(dflt);
    }

    /** Dates from {@code from} and {@code to}, each null when absent. */
    public record DateRange(LocalDate from, LocalDate to) {}

    /** {@code from} (its first day) and {@code to} (its last day); 400 when from is after to. */
    public static DateRange dateRange(Context ctx) {
        LocalDate from = dateFrom(ctx, "from");
        LocalDate to = dateTo(ctx, "to");
        if (from != null && to != null && from.isAfter(to)) throw ApiProblem.badRequest("from must not be after to");
        return new DateRange(from, to);
    }

    /** A date (YYYY, YYYY-MM or YYYY-MM-DD) as the first day it covers, or null. */
    public static LocalDate dateFrom(Context ctx, String name) {
        String v = dateString(ctx, name);
        return v == null ? null : Dates.lower(v);
    }

    /** A date (YYYY, YYYY-MM or YYYY-MM-DD) as the last day it covers, or null. */
    public static LocalDate dateTo(Context ctx, String name) {
        String v = dateString(ctx, name);
        return v == null ? null : Dates.upper(v);
    }

    /** A required entity id (at most 300 characters). */
    public static String requiredId(Context ctx, String name) {
        return ctx.queryParamAsClass(name, String.class)
                .check(v -> v == null || !v.isBlank(), "must not be empty")
                .check(v -> v == null || v.length() <= 300, "is too long")
                .get();
    }

    /** An optional entity id (at most 300 characters), or null. */
    public static String optionalId(Context ctx, String name) {
        return ctx.queryParamAsClass(name, String.class)
                .check(v -> v == null || !v.isBlank(), "must not be empty")
                .check(v -> v == null || v.length() <= 300, "is too long")
                .getOrNull();
    }

    /** The path parameter {@code name} as an id (at most 300 characters). */
    public static String pathId(Context ctx, String name) {
        return ctx.pathParamAsClass(name, String.class)
                .check(v -> v == null || !v.isBlank(), "must not be empty")
                .check(v -> v == null || v.length() <= 300, "is too long")
                .get();
    }

    private static String dateString(Context ctx, String name) {
        return ctx.queryParamAsClass(name, String.class)
                .check(v -> v == null || isDate(v), "must be a date YYYY, YYYY-MM or YYYY-MM-DD")
                .getOrNull();
    }

    private static boolean isDate(String v) {
        try {
            Dates.lower(v);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static List<String> split(String v) {
        return Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
