package glassbox.database.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A database file named by the user ({@code --db}): a path, never URL syntax. Checked before
 * anything is opened: made absolute and normalised, no URL settings ({@code ;}), no H2 prefixes or
 * variables, the folder must exist (none is created), not a folder itself, and an existing file
 * must start with an H2 MVStore header. {@link #base()} is what H2's URL names (without
 * {@code .mv.db}); {@link #file()} is the file on disk.
 */
public record DbPath(Path base, Path file, boolean exists) {
    public static final String SUFFIX = ".mv.db";
    /** The first bytes of every H2 MVStore file ("H:2,block:…"). */
    static final byte[] HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);
    /** Characters H2 or a shell could read as something other than a file name. */
    private static final String FORBIDDEN = ";$\0\n\r\t";

    /** Parses and checks {@code text}; throws {@link BadDatabase} naming the problem. */
    public static DbPath parse(String text) {
        if (text == null || text.isBlank()) {
            throw new BadDatabase("--db is empty (give the path of a database file)");
        }
        String shown = text.length() > 80 ? text.substring(0, 79) + "…" : text;
        shown = shown.replaceAll("[\\p{Cntrl}]", "?");
        for (char c : FORBIDDEN.toCharArray()) {
            if (text.indexOf(c) >= 0) {
                throw new BadDatabase("--db must be a plain file path, without URL settings or '"
                        + (c == ';' || c == '$' ? String.valueOf(c) : "control characters") + "': " + shown);
            }
        }
        String lower = text.trim().toLowerCase(java.util.Locale.ROOT);
        for (String prefix : new String[] {"jdbc:", "mem:", "tcp:", "ssl:", "file:", "zip:", "nio", "split:", "memfs:",
            "memlzf:", "async:", "retry:", "rec:", "classpath:", "~"}) {
            if (lower.startsWith(prefix)) {
                throw new BadDatabase("--db must be a plain file path, not a URL or H2 prefix (" + prefix + "): " + shown);
            }
        }
        Path p;
        try {
            p = Path.of(text).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new BadDatabase("--db is not a valid path: " + shown);
        }
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        if (name.endsWith(SUFFIX)) {
            name = name.substring(0, name.length() - SUFFIX.length());
        }
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw new BadDatabase("--db names no file: " + shown);
        }
        Path parent = p.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new BadDatabase("--db: folder " + parent + " does not exist (it is not created)");
        }
        if (!p.getFileName().toString().endsWith(SUFFIX) && Files.exists(p)) {
            throw new BadDatabase("--db " + p + " is an existing file that is not an H2 database (those end in "
                    + SUFFIX + "); left untouched");
        }
        Path base = parent.resolve(name);
        Path file = parent.resolve(name + SUFFIX);
        if (Files.isDirectory(base) || Files.isDirectory(file)) {
            throw new BadDatabase("--db " + (Files.isDirectory(file) ? file : base) + " is a folder, not a database file");
        }
        boolean exists = Files.exists(file);
        if (exists) {
            checkHeader(file);
        }
        return new DbPath(base, file, exists);
    }

    private static void checkHeader(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadDatabase("--db " + file + " is not a regular file");
        }
        byte[] head = new byte[HEADER.length];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new BadDatabase("--db " + file + " cannot be read: " + e.getClass().getSimpleName());
        }
        if (n < HEADER.length || !Arrays.equals(head, HEADER)) {
            throw new BadDatabase("--db " + file + " is not an H2 database (left untouched)");
        }
    }
}
