package glassbox.bptree.view;

import glassbox.core.Fxml;
import glassbox.core.ViewContext;
import javafx.scene.Parent;

/**
 * B-Tree beside B+Tree: the same keys in both, one operation stepped together by one player
 * (hosted as a mode of the B+Tree tab).
 */
public final class CompareView extends ModeView<CompareViewModel> {
    private final CompareController controller;

    public CompareView(ViewContext ctx) {
        this(new CompareViewModel(ctx.messages()), ctx);
    }

    private CompareView(CompareViewModel model, ViewContext ctx) {
        this(model, new CompareController(model, ctx.messages()), ctx);
    }

    private CompareView(CompareViewModel model, CompareController controller, ViewContext ctx) {
        super(model, load(controller, ctx), controller.stage);
        this.controller = controller;
    }

    private static Parent load(CompareController controller, ViewContext ctx) {
        return Fxml.load("/glassbox/bptree/CompareView.fxml", ctx.messages(), controller);
    }

    CompareController controller() {
        return controller;
    }
}
