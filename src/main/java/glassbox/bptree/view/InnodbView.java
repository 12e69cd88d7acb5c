package glassbox.bptree.view;

import glassbox.core.Fxml;
import glassbox.core.ViewContext;
import javafx.scene.Parent;

/**
 * What InnoDB keeps in its pages: the clustered and a secondary index with a lookup stepping across
 * them, a covering query, MyISAM for contrast, and the fan-out arithmetic (a mode of the B+Tree tab).
 */
public final class InnodbView extends ModeView<InnodbViewModel> {
    private final InnodbController controller;

    public InnodbView(ViewContext ctx) {
        this(new InnodbViewModel(ctx.messages()), ctx);
    }

    private InnodbView(InnodbViewModel model, ViewContext ctx) {
        this(model, new InnodbController(model, ctx.messages()), ctx);
    }

    private InnodbView(InnodbViewModel model, InnodbController controller, ViewContext ctx) {
        super(model, load(controller, ctx), controller.stage);
        this.controller = controller;
    }

    private static Parent load(InnodbController controller, ViewContext ctx) {
        return Fxml.load("/glassbox/bptree/InnodbView.fxml", ctx.messages(), controller);
    }

    InnodbController controller() {
        return controller;
    }
}
