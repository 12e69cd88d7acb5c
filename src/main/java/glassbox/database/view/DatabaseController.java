package glassbox.database.view;

import glassbox.core.Messages;
import glassbox.player.view.PlayerPane;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Binds DatabaseView.fxml to the {@link DatabaseViewModel}: the experiment switch, the connection
 * chooser (asking before creating or dropping {@code glassbox_lab}), and the experiment panels
 * inside the shared player pane. No logic of its own.
 */
final class DatabaseController {
    private final DatabaseViewModel model;
    private final Messages m;
    private final PlayerPane pane;
    private final StackPane stage = new StackPane();
    private IndexPanel indexPanel;
    private LocksPanel locksPanel;
    private final java.util.Map<DatabaseViewModel.Mode, ExperimentPanel> panels = new java.util.EnumMap<>(DatabaseViewModel.Mode.class);
    private final java.util.Map<DatabaseViewModel.Mode, ToggleButton> toggles = new java.util.EnumMap<>(DatabaseViewModel.Mode.class);

    @FXML private VBox top;
    @FXML private ToggleButton indexMode;
    @FXML private ToggleButton locksMode;
    @FXML private ToggleButton compositeMode;
    @FXML private ChoiceBox<ConnectionViewModel.Kind> kind;
    @FXML private FlowPane serverFields;
    @FXML private TextField host;
    @FXML private TextField port;
    @FXML private TextField user;
    @FXML private PasswordField password;
    @FXML private CheckBox savePassword;
    @FXML private Button create;
    @FXML private Button drop;
    @FXML private Label connectionStatus;
    @FXML private StackPane experimentControls;

    DatabaseController(DatabaseViewModel model, Messages messages) {
        this.model = model;
        this.m = messages;
        this.pane = new PlayerPane(model.player(), messages);
        pane.getStyleClass().add("database-root");
    }

    @FXML
    private void initialize() {
        indexPanel = new IndexPanel(model, m);
        locksPanel = new LocksPanel(model, m);
        panels.put(DatabaseViewModel.Mode.INDEX, indexPanel);
        panels.put(DatabaseViewModel.Mode.LOCKS, locksPanel);
        panels.put(DatabaseViewModel.Mode.COMPOSITE, new CompositePanel(model, m));
        toggles.put(DatabaseViewModel.Mode.INDEX, indexMode);
        toggles.put(DatabaseViewModel.Mode.LOCKS, locksMode);
        toggles.put(DatabaseViewModel.Mode.COMPOSITE, compositeMode);
        ToggleGroup group = new ToggleGroup();
        toggles.forEach((mode, toggle) -> {
            toggle.setToggleGroup(group);
            toggle.setUserData(mode);
        });
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                model.show((DatabaseViewModel.Mode) b.getUserData());
            }
        });
        model.modeProperty().addListener((o, a, b) -> showMode(b));
        bindConnection();
        model.player().addStepListener((step, prev, d) -> panel().show(step));
        locksPanel.timeline().setOnPick(i -> model.player().seek(i + 1));
        pane.setControls(top);
        // the SQL pseudo-code wraps in a narrow side: a wider side, and the code at least half of it
        pane.setSideShares(0.34, 0.4);
        pane.setStage(stage, null);
        stage.setOnMousePressed(e -> stage.requestFocus());
        showMode(model.modeProperty().get());
    }

    private void bindConnection() {
        ConnectionViewModel c = model.connection();
        kind.getItems().setAll(ConnectionViewModel.Kind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(ConnectionViewModel.Kind k) {
                return k == null ? "" : m.get(k == ConnectionViewModel.Kind.H2 ? "database.conn.kind.h2" : "database.conn.kind.server");
            }

            @Override
            public ConnectionViewModel.Kind fromString(String s) {
                return null;
            }
        });
        kind.valueProperty().bindBidirectional(c.kindProperty());
        serverFields.visibleProperty().bind(c.kindProperty().isEqualTo(ConnectionViewModel.Kind.SERVER));
        serverFields.managedProperty().bind(serverFields.visibleProperty());
        host.textProperty().bindBidirectional(c.hostProperty());
        port.textProperty().bindBidirectional(c.portProperty());
        user.textProperty().bindBidirectional(c.userProperty());
        password.textProperty().bindBidirectional(c.passwordProperty());
        savePassword.selectedProperty().bindBidirectional(c.savePasswordProperty());
        create.disableProperty().bind(c.canCreateProperty().not());
        drop.disableProperty().bind(c.connectedProperty().not());
        connectionStatus.textProperty().bind(c.statusProperty());
        for (TextField f : new TextField[] {host, port, user, password}) {
            f.setOnAction(e -> {
                c.test();
                stage.requestFocus();
            });
        }
    }

    private ExperimentPanel panel() {
        return panels.get(model.modeProperty().get());
    }

    private void showMode(DatabaseViewModel.Mode mode) {
        toggles.get(mode).setSelected(true);
        experimentControls.getChildren().setAll(panel().controls());
        stage.getChildren().setAll(panel().stage());
        if (model.player().getStep() != null) {
            panel().show(model.player().getStep());
        }
    }

    @FXML
    private void test() {
        model.connection().test();
        stage.requestFocus();
    }

    @FXML
    private void create() {
        if (confirm("database.conn.create.ask")) {
            model.connection().createSchema();
        }
    }

    @FXML
    private void drop() {
        if (confirm("database.conn.drop.ask")) {
            model.connection().dropSchema();
        }
    }

    private boolean confirm(String key) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, m.get(key), ButtonType.OK, ButtonType.CANCEL);
        a.setHeaderText(null);
        a.initOwner(pane.getScene() == null ? null : pane.getScene().getWindow());
        return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    Node root() {
        return pane;
    }

    Node frame() {
        return stage;
    }

    IndexPanel indexPanel() {
        return indexPanel;
    }

    LocksPanel locksPanel() {
        return locksPanel;
    }
}
