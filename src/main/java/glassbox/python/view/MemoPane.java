package glassbox.python.view;

import glassbox.python.engine.CopyState;
import glassbox.core.Messages;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Beside the drawing during a deepcopy: the walk (objects being copied) and the memo table. */
final class MemoPane extends VBox {
    private final Messages messages;
    private final Label walk = new Label();
    private final GridPane table = new GridPane();
    private final Label idle = new Label();

    MemoPane(Messages messages) {
        this.messages = messages;
        getStyleClass().add("copy-memo");
        setId("copy-memo");
        Label title = new Label(messages.get("copy.memo.title"));
        title.getStyleClass().add("side-title");
        walk.getStyleClass().add("copy-walk");
        walk.setWrapText(true);
        idle.setText(messages.get("copy.memo.idle"));
        idle.getStyleClass().add("copy-muted");
        idle.setWrapText(true);
        table.getStyleClass().add("copy-memo-table");
        getChildren().addAll(title, idle, walk, table);
        show(null);
    }

    void show(CopyState.Deep deep) {
        table.getChildren().clear();
        boolean on = deep != null;
        setVisible(on);
        setManaged(on);
        idle.setVisible(false);
        idle.setManaged(false);
        walk.setVisible(on);
        walk.setManaged(on);
        table.setVisible(on);
        table.setManaged(on);
        if (!on) {
            return;
        }
        walk.setText(messages.get("copy.memo.walk", String.join(" › ", deep.stack())));
        table.add(header(messages.get("copy.memo.original")), 0, 0);
        table.add(header(messages.get("copy.memo.copy")), 1, 0);
        int row = 1;
        for (CopyState.MemoEntry m : deep.memo()) {
            Label a = new Label(m.source());
            Label b = new Label("→ " + m.copy());
            a.getStyleClass().add("copy-memo-cell");
            b.getStyleClass().add("copy-memo-cell");
            if (m.source().equals(deep.source())) {
                a.getStyleClass().add("current");
                b.getStyleClass().add("current");
            }
            table.add(a, 0, row);
            table.add(b, 1, row);
            row++;
        }
    }

    int rows() {
        return Math.max(0, table.getRowCount() - 1);
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("copy-memo-header");
        return l;
    }
}
