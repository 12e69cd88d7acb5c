package glassbox.database.engine;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** What a server says it is: "MariaDB" or "MySQL", its version, and whether glassbox_lab exists. */
public record ServerInfo(String name, String version, boolean schemaExists) {
    static ServerInfo of(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT VERSION()")) {
            rs.next();
            String v = rs.getString(1);
            boolean maria = v.toLowerCase(java.util.Locale.ROOT).contains("mariadb");
            return new ServerInfo(maria ? "MariaDB" : "MySQL", v, true);
        }
    }

    public Dialect dialect() {
        return "MariaDB".equals(name) ? Dialect.MARIADB : Dialect.MYSQL;
    }

    /** {"name", "version"} for the CLI's JSON. */
    public java.util.Map<String, Object> toJson() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("name", name);
        m.put("version", version);
        return m;
    }
}
