package glassbox.app;

import glassbox.app.VersionCommand;
import glassbox.core.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;

/** The Help menu's dialogs and the shell's plain error messages. */
final class Dialogs {
    private Dialogs() {
    }

    static void keys(MainWindow w) {
        Messages m = w.messages();
        Alert a = alert(w, Alert.AlertType.INFORMATION, m.get("menu.help.keys"));
        a.setHeaderText(m.get("welcome.keys"));
        a.getDialogPane().setContent(WelcomePane.keyGrid(m));
        a.show();
    }

    static void about(MainWindow w) {
        Messages m = w.messages();
        Alert a = alert(w, Alert.AlertType.INFORMATION, m.get("menu.help.about"));
        a.setHeaderText(m.get("app.title") + " " + VersionCommand.VERSION);
        a.setContentText(m.get("about.text", System.getProperty("java.version")));
        a.show();
    }

    /** A plain message naming the problem; never a stack trace. */
    static void error(MainWindow w, String text) {
        Alert a = alert(w, Alert.AlertType.ERROR, w.messages().get("error.title"));
        a.setHeaderText(null);
        a.setContentText(text);
        a.show();
    }

    private static Alert alert(MainWindow w, Alert.AlertType type, String title) {
        Alert a = new Alert(type, "", ButtonType.OK);
        a.initOwner(w.stage());
        a.setTitle(title);
        a.getDialogPane().getStylesheets().setAll(w.stage().getScene().getStylesheets());
        return a;
    }
}
