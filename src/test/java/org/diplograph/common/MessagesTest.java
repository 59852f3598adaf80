package org.diplograph.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What users read of a library's error. */
class MessagesTest {
    @Test
    void neo4jsRetryAdviceIsDroppedAndTheRestKept() {
        String neo4j = "The transaction has been terminated. Retry your operation in a new transaction, and you should see a "
                + "successful result. Reason: the transaction timed out.";
        assertThat(Messages.withoutRetryAdvice(neo4j)).isEqualTo("The transaction has been terminated. Reason: the "
                + "transaction timed out.").doesNotContainIgnoringCase("retry");
        assertThat(Messages.firstLine("first\nsecond")).isEqualTo("first");
    }
}
