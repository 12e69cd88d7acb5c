package glassbox.database.engine;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A MySQL or MariaDB server on this machine: {@code jdbc:mariadb://HOST:PORT/} (or {@code mysql}),
 * where HOST is {@code 127.0.0.1} or {@code localhost} and nothing follows the slash (no database,
 * no settings): Glassbox only ever works in its own schema {@link #SCHEMA}. The password is never
 * part of {@link #toString()}.
 */
public record ServerTarget(String host, int port, String user, String password) {
    public static final String SCHEMA = "glassbox_lab";
    public static final int DEFAULT_PORT = 3306;
    private static final Pattern URL = Pattern.compile("jdbc:(mariadb|mysql)://([^/:?;]+)(?::(\\d{1,5}))?/?");

    public ServerTarget {
        host = host == null ? "" : host.trim();
        if (!host.equals("127.0.0.1") && !host.equalsIgnoreCase("localhost")) {
            throw new BadDatabase("only a server on this machine (127.0.0.1 or localhost) can be used, not '" + host + "'");
        }
        if (port < 1 || port > 65535) {
            throw new BadDatabase("port must be between 1 and 65535: " + port);
        }
        if (user == null || user.isBlank() || user.length() > 80 || user.chars().anyMatch(Character::isISOControl)) {
            throw new BadDatabase("a user name is required (up to 80 characters)");
        }
        password = password == null ? "" : password;
    }

    /** Reads {@code jdbc:mariadb://HOST:PORT/}; throws {@link BadDatabase} for anything else. */
    public static ServerTarget parse(String jdbcUrl, String user, String password) {
        String text = jdbcUrl == null ? "" : jdbcUrl.trim();
        Matcher m = URL.matcher(text);
        if (!m.matches()) {
            String shown = text.length() > 80 ? text.substring(0, 79) + "…" : text;
            throw new BadDatabase("--jdbc must look like jdbc:mariadb://127.0.0.1:3306/ (no database, no settings): "
                    + shown.replaceAll("\\p{Cntrl}", "?"));
        }
        int port = m.group(3) == null ? DEFAULT_PORT : Integer.parseInt(m.group(3));
        return new ServerTarget(m.group(2), port, user, password);
    }

    /** The driver URL: this host and port, Glassbox's schema, no other settings. */
    String url(boolean withSchema) {
        return "jdbc:mariadb://" + host.toLowerCase(Locale.ROOT) + ":" + port + "/" + (withSchema ? SCHEMA : "");
    }

    /** {@code jdbc:mariadb://127.0.0.1:3306/} without user or password, for messages and scenes. */
    public String address() {
        return "jdbc:mariadb://" + host + ":" + port + "/";
    }

    @Override
    public String toString() {
        return user + "@" + address();
    }
}
