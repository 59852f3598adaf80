package org.diplograph.load.csv;

/** Thrown while reading a value: the fact (node or relationship) it belongs to fails with this reason. */
final class RowFailure extends RuntimeException {
    RowFailure(String reason) {
        super(reason, null, false, false);
    }
}
