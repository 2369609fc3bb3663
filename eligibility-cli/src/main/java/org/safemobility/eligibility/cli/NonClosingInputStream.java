package org.safemobility.eligibility.cli;

import java.io.FilterInputStream;
import java.io.InputStream;

/** Standard input is not ours to close. */
final class NonClosingInputStream extends FilterInputStream {
    NonClosingInputStream(InputStream in) {
        super(in);
    }

    @Override
    public void close() {
        // leave the underlying stream open
    }
}
