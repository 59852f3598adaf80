package org.diplograph;

/**
 * The test lanes (see {@code junit-platform.properties}): classes that run the app or a command as separate processes
 * (or their own Neo4j) carry {@code @Execution(CONCURRENT) @ResourceLock(Lanes.CHILD_PROCESSES)} and run one at a
 * time beside the classes on the shared {@link TestApp}; they must not use the shared app's graph.
 */
public final class Lanes {
    private Lanes() {}

    public static final String CHILD_PROCESSES = "diplograph-child-processes";
}
