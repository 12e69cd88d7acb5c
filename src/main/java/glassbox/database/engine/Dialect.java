package glassbox.database.engine;

/** Which database the experiments talk to; the few statements that differ are chosen by it. */
public enum Dialect {
    /** Embedded H2 (MVStore): the default, nothing to install. */
    H2,
    /** A MariaDB server (InnoDB). */
    MARIADB,
    /** A MySQL server (InnoDB), reached with the MariaDB driver. */
    MYSQL;

    public boolean server() {
        return this != H2;
    }
}
