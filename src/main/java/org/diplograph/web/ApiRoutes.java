package org.diplograph.web;

/** A feature's routes; called inside {@code path("api", ...)} of Javalin's ApiBuilder. */
@FunctionalInterface
public interface ApiRoutes {
    void addRoutes();
}
