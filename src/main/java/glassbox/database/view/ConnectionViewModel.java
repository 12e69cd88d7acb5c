package glassbox.database.view;

import glassbox.core.Messages;
import glassbox.core.ViewContext;
import glassbox.database.engine.Db;
import glassbox.database.engine.ServerInfo;
import glassbox.database.engine.ServerTarget;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;

/**
 * The connection chooser: embedded H2 (default) or a MySQL/MariaDB server on this machine. Test
 * connects and reads the server's name and version; the schema {@code glassbox_lab} is created
 * only by {@link #createSchema()} (the controller asks first) and can be dropped. The password is
 * kept in memory only, unless {@link #savePasswordProperty()} is set: then it is written with the
 * other fields to {@code database-server.properties} in the user data folder, readable by the user
 * alone. It never goes into scenes, logs or the run history.
 */
final class ConnectionViewModel {
    static final String FILE = "database-server.properties";

    /** Where the experiments run. */
    enum Kind { H2, SERVER }

    private final Messages m;
    private final ViewContext context;
    private final Lab lab;
    private final Path folder;
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(this, "kind", Kind.H2);
    private final StringProperty host = new SimpleStringProperty(this, "host", "127.0.0.1");
    private final StringProperty port = new SimpleStringProperty(this, "port", String.valueOf(ServerTarget.DEFAULT_PORT));
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final BooleanProperty savePassword = new SimpleBooleanProperty(this, "savePassword", false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper canCreate = new ReadOnlyBooleanWrapper(this, "canCreate", false);
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper(this, "connected", false);

    /** @param folder the user data folder, where a saved connection lives */
    ConnectionViewModel(ViewContext context, Lab lab, Path folder) {
        this.context = context;
        this.m = context.messages();
        this.lab = lab;
        this.folder = folder;
        load();
        kind.addListener((o, a, k) -> {
            if (k == Kind.H2) {
                lab.useServer(null);
                connected.set(false);
                canCreate.set(false);
                status.set(m.get("database.conn.h2"));
            } else {
                status.set(m.get("database.conn.pick"));
            }
        });
        status.set(m.get("database.conn.h2"));
    }

    ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    StringProperty hostProperty() {
        return host;
    }

    StringProperty portProperty() {
        return port;
    }

    StringProperty userProperty() {
        return user;
    }

    StringProperty passwordProperty() {
        return password;
    }

    BooleanProperty savePasswordProperty() {
        return savePassword;
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True after a Test found the server but not the schema: the user may create it. */
    ReadOnlyBooleanProperty canCreateProperty() {
        return canCreate.getReadOnlyProperty();
    }

    /** True while the experiments run on the server. */
    ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    /** The fields as a server address, or null (with the reason in the status) when they are not valid. */
    ServerTarget target() {
        try {
            int p = Integer.parseInt(port.get().trim());
            return new ServerTarget(host.get(), p, user.get(), password.get());
        } catch (NumberFormatException e) {
            status.set(m.get("database.conn.badPort", port.get()));
        } catch (IllegalArgumentException e) {
            status.set(m.get("database.conn.bad", e.getMessage()));
        }
        return null;
    }

    /** Connects, reports name and version; uses the server when glassbox_lab exists. */
    void test() {
        ServerTarget t = target();
        if (t == null) {
            return;
        }
        status.set(m.get("database.conn.testing", t.address()));
        background(() -> Db.probe(t), info -> {
            if (info.schemaExists()) {
                use(t, info);
            } else {
                canCreate.set(true);
                connected.set(false);
                lab.useServer(null);
                status.set(m.get("database.conn.noSchema", info.name(), info.version(), ServerTarget.SCHEMA));
            }
            save();
        });
    }

    /** Creates glassbox_lab (the user agreed) and runs the experiments there from now on. */
    void createSchema() {
        ServerTarget t = target();
        if (t == null) {
            return;
        }
        background(() -> {
            Db.server(t, true).close();
            return Db.probe(t);
        }, info -> use(t, info));
    }

    /** Drops glassbox_lab and everything in it (the user agreed); back to H2. */
    void dropSchema() {
        ServerTarget t = target();
        if (t == null) {
            return;
        }
        background(() -> {
            Db.dropSchema(t);
            return Db.probe(t);
        }, info -> {
            lab.useServer(null);
            connected.set(false);
            canCreate.set(true);
            status.set(m.get("database.conn.dropped", ServerTarget.SCHEMA));
        });
    }

    private void use(ServerTarget t, ServerInfo info) {
        lab.useServer(t);
        canCreate.set(false);
        connected.set(true);
        status.set(m.get("database.conn.using", info.name(), info.version(), ServerTarget.SCHEMA));
    }

    private <T> void background(Supplier<T> work, java.util.function.Consumer<T> done) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() {
                return work.get();
            }
        };
        task.setOnSucceeded(e -> done.accept(task.getValue()));
        task.setOnFailed(e -> {
            connected.set(false);
            lab.useServer(null);
            status.set(m.get("database.conn.failed", String.valueOf(task.getException().getMessage())));
        });
        context.work().submit(task);
    }

    /** Writes host, port and user (and the password only when asked) to the data folder, owner-only. */
    void save() {
        if (folder == null) {
            return;
        }
        Properties p = new Properties();
        p.setProperty("host", host.get());
        p.setProperty("port", port.get());
        p.setProperty("user", user.get());
        if (savePassword.get()) {
            p.setProperty("password", password.get());
        }
        Path file = folder.resolve(FILE);
        try {
            Files.createDirectories(folder);
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
                file.toFile().setReadable(false, false);
                file.toFile().setReadable(true, true);
                file.toFile().setWritable(false, false);
                file.toFile().setWritable(true, true);
            }
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                p.store(w, "Glassbox: the Database tab's server connection");
            }
        } catch (IOException e) {
            status.set(m.get("database.conn.notSaved", e.getMessage()));
        }
    }

    private void load() {
        if (folder == null || !Files.isRegularFile(folder.resolve(FILE))) {
            return;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(folder.resolve(FILE), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            return;
        }
        host.set(p.getProperty("host", host.get()));
        port.set(p.getProperty("port", port.get()));
        user.set(p.getProperty("user", user.get()));
        if (p.containsKey("password")) {
            password.set(p.getProperty("password"));
            savePassword.set(true);
        }
    }
}
