package org.diplograph;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the shared {@link TestApp} (embedded Neo4j + Javalin, once per test JVM) before a test class and injects it
 * into test methods and constructors that ask for a {@code TestApp} parameter.
 */
public final class DiplographExtension implements BeforeAllCallback, ParameterResolver {
    @Override
    public void beforeAll(ExtensionContext context) {
        TestApp.get();
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        return p.getParameter().getType() == TestApp.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        return TestApp.get();
    }
}
