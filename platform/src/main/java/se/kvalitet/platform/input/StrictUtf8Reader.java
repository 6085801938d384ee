package se.kvalitet.platform.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 that hands out every character before a byte that is not UTF-8, and fails only
 * when asked for the next one. A reader of rows therefore reads every row before that byte, and
 * can say which row holds it. ({@link java.io.InputStreamReader} decodes ahead by the block and
 * fails for the whole block, so its reader would name a row up to a block earlier.)
 */
final class StrictUtf8Reader extends Reader {

    private static final int BLOCK = 8192;

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BLOCK).flip();
    private final CharBuffer chars = CharBuffer.allocate(BLOCK).flip();
    private CoderResult failure;
    private boolean endOfBytes;
    private boolean finished;

    StrictUtf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (failure != null) {
                failure.throwException();
            }
            if (finished) {
                return -1;
            }
            decodeMore();
        }
        int count = Math.min(length, chars.remaining());
        chars.get(target, offset, count);
        return count;
    }

    /** Decodes what the bytes read so far hold, reading more only when they hold no whole character. */
    private void decodeMore() throws IOException {
        chars.clear();
        CoderResult result = decoder.decode(bytes, chars, endOfBytes);
        if (result.isError()) {
            failure = result;
        } else if (result.isUnderflow() && endOfBytes) {
            decoder.flush(chars);
            finished = true;
        } else if (result.isUnderflow() && chars.position() == 0) {
            bytes.compact();
            int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (read < 0) {
                endOfBytes = true;
            } else {
                bytes.position(bytes.position() + read);
            }
            bytes.flip();
        }
        chars.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
