package glassbox.core;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a text file or standard input with a size cap, so no input can exhaust memory. Problems
 * come back as one plain sentence naming the file ({@link Problem}), never a stack trace.
 */
public final class BoundedInput {
    /** The default cap for scripts, ops files, scenarios and lessons: 1 MiB. */
    public static final int MAX_BYTES = 1 << 20;

    /** A file or stream that cannot be used, with a message fit for the user. */
    public static final class Problem extends Exception {
        public Problem(String message) {
            super(message);
        }
    }

    private BoundedInput() {
    }

    /** Reads {@code name} ("-" for standard input) as UTF-8 text of at most {@code maxBytes}. */
    public static String read(String name, InputStream stdin, int maxBytes) throws Problem {
        if ("-".equals(name)) {
            try {
                return decode(readCapped(stdin, maxBytes, "standard input"), "standard input");
            } catch (IOException e) {
                throw new Problem("cannot read standard input: " + e.getMessage());
            }
        }
        Path p = Path.of(name);
        if (Files.isDirectory(p)) {
            throw new Problem(name + " is a folder, not a file");
        }
        if (!Files.exists(p)) {
            throw new Problem("no such file: " + name);
        }
        if (!Files.isReadable(p)) {
            throw new Problem("cannot read " + name + ": permission denied");
        }
        try (InputStream in = Files.newInputStream(p)) {
            return decode(readCapped(in, maxBytes, name), name);
        } catch (NoSuchFileException e) {
            throw new Problem("no such file: " + name);
        } catch (IOException e) {
            throw new Problem("cannot read " + name + ": " + e.getClass().getSimpleName().replace("Exception", "")
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
    }

    public static String read(String name, InputStream stdin) throws Problem {
        return read(name, stdin, MAX_BYTES);
    }

    private static byte[] readCapped(InputStream in, int maxBytes, String what) throws IOException, Problem {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) > 0) {
            if (out.size() + n > maxBytes) {
                throw new Problem(what + " is larger than " + (maxBytes >= 1 << 20 ? (maxBytes >> 20) + " MiB"
                        : (maxBytes >> 10) + " KiB") + " (the limit for one input)");
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private static String decode(byte[] bytes, String what) throws Problem {
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (s.indexOf('\0') >= 0) {
                throw new Problem(what + " is a binary file, not text");
            }
            return s;
        } catch (CharacterCodingException e) {
            throw new Problem(what + " is not UTF-8 text");
        }
    }

    /** {@code text} cut to {@code max} characters with "…", for echoing input in one-line messages. */
    public static String abbreviate(String text, int max) {
        String oneLine = text.replace('\n', ' ').replace('\r', ' ');
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, Math.max(0, max - 1)) + "…";
    }
}
