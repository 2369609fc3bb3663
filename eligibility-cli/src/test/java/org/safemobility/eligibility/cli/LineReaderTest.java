package org.safemobility.eligibility.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The line reader both JSON Lines commands (evaluate, diff) read through. */
class LineReaderTest {

    private static LineReader reader(byte[] bytes) {
        return new LineReader(new ByteArrayInputStream(bytes), 1024);
    }

    @Test
    void aByteOrderMarkStartingTheStreamIsNotPartOfTheFirstLineButOneLaterIs() throws IOException {
        LineReader r = reader("\uFEFF{\"a\":1}\r\n\uFEFF{\"b\":2}\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("{\"a\":1}", r.next().text());
        assertEquals("\uFEFF{\"b\":2}", r.next().text());
        assertNull(r.next());
    }

    @Test
    void aBadlyEncodedFirstLineKeepsTheColumnOfItsBadByteCountingTheMark() throws IOException {
        byte[] bom = "\uFEFF".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + 3];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        bytes[bom.length] = 'a';
        bytes[bom.length + 1] = (byte) 0xC3; // a lead byte without its continuation
        bytes[bom.length + 2] = '\n';
        LineReader.Line line = reader(bytes).next();
        assertFalse(line.wellEncoded());
        assertEquals(3, line.badByteColumn());
    }
}
