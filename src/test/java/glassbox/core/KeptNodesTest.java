package glassbox.core;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import org.junit.jupiter.api.Test;

class KeptNodesTest {
    private final KeptNodes kept = new KeptNodes();

    @Test
    void aKeyDrawnLastTimeGetsItsNodeBackAndANewKeyANewNode() {
        kept.next();
        Region a = kept.get("a", Region.class, Region::new);
        kept.done();
        kept.next();
        assertThat(kept.get("a", Region.class, Region::new)).isSameAs(a);
        assertThat(kept.get("b", Region.class, Region::new)).isNotSameAs(a);
        kept.done();
    }

    @Test
    void onlyTheLastDrawingIsKept() {
        kept.next();
        Region a = kept.get("a", Region.class, Region::new);
        kept.done();
        kept.next();
        kept.done();
        kept.next();
        assertThat(kept.get("a", Region.class, Region::new)).isNotSameAs(a);
    }

    @Test
    void aKeyTwiceInOneDrawingGivesTwoNodesAndAnotherTypeIsNotHandedBack() {
        kept.next();
        Node first = kept.get("a", Region.class, Region::new);
        assertThat(kept.get("a", Region.class, Region::new)).isNotSameAs(first);
        kept.done();
        kept.next();
        assertThat(kept.get("a", Line.class, Line::new)).isInstanceOf(Line.class);
    }
}
