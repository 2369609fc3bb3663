package org.safemobility.eligibility.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a byte stream line by line (ending in LF or CRLF) and decodes each line as UTF-8 on its
 * own, so that one badly encoded line is reported at its place and the lines after it still read.
 * A byte-order mark at the start of the stream is not part of the first line's text.
 * Holds one line at a time, of at most {@code maxLineBytes}: the rest of a longer line is skipped
 * unread, so a line without end costs no memory. Not thread-safe.
 */
final class LineReader {

    /** One line: its text, or where its UTF-8 is broken, or that it was too long to keep. */
    record Line(String text, int badByteColumn, boolean tooLong) {
        boolean wellEncoded() {
            return text != null;
        }
    }

    private final InputStream in;
    private final int maxLineBytes;
    private boolean overflow;
    private final byte[] buffer = new byte[64 * 1024];
    private int pos;
    private int limit;
    private byte[] line = new byte[1024];
    private int length;
    private boolean first = true;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    LineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** Whether a read would not block: more input is already here. */
    boolean ready() throws IOException {
        return pos < limit || in.available() > 0;
    }

    /** The next line without its line end, or {@code null} at the end of the input. */
    Line next() throws IOException {
        boolean firstLine = first;
        first = false;
        length = 0;
        overflow = false;
        boolean any = false;
        while (true) {
            if (pos == limit) {
                int n = in.read(buffer);
                if (n <= 0) {
                    if (!any) {
                        return null;
                    }
                    break;
                }
                pos = 0;
                limit = n;
            }
            any = true;
            int start = pos;
            while (pos < limit && buffer[pos] != '\n') {
                pos++;
            }
            append(start, pos - start);
            if (pos < limit) {
                pos++; // the '\n'
                break;
            }
        }
        if (overflow) {
            return new Line(null, 0, true);
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        Line decoded = decode();
        if (firstLine && decoded.wellEncoded() && decoded.text().startsWith("\uFEFF")) {
            return new Line(decoded.text().substring(1), 0, false); // a byte-order mark
        }
        return decoded;
    }

    private void append(int from, int count) {
        if (overflow || length + count > maxLineBytes + 1) { // + 1: a CR before the LF
            overflow = true;
            return;
        }
        if (length + count > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
        }
        System.arraycopy(buffer, from, line, length, count);
        length += count;
    }

    private Line decode() {
        ByteBuffer bytes = ByteBuffer.wrap(line, 0, length);
        CharBuffer chars = CharBuffer.allocate(length);
        decoder.reset();
        CoderResult result = decoder.decode(bytes, chars, true);
        if (result.isError()) {
            return new Line(null, chars.position() + 1, false);
        }
        decoder.flush(chars);
        chars.flip();
        return new Line(chars.toString(), 0, false);
    }
}
