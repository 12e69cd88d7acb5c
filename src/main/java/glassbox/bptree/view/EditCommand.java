package glassbox.bptree.view;

import glassbox.core.Narration;
import java.util.List;

/** A user edit of the tree, as the undo history names it. */
sealed interface EditCommand {
    /** "insert 5, 12, 7", "clear", … in the chosen language. */
    Narration describe();

    record Insert(List<Integer> keys) implements EditCommand {
        public Narration describe() {
            return Narration.of("bptree.edit.insert", KeysText.of(keys));
        }
    }

    record Delete(List<Integer> keys) implements EditCommand {
        public Narration describe() {
            return Narration.of("bptree.edit.delete", KeysText.of(keys));
        }
    }

    record RandomInsert(int count) implements EditCommand {
        public Narration describe() {
            return Narration.of("bptree.edit.random", count);
        }
    }

    record BulkLoad(int count) implements EditCommand {
        public Narration describe() {
            return Narration.of("bptree.edit.bulk", count);
        }
    }

    record Clear() implements EditCommand {
        public Narration describe() {
            return Narration.of("bptree.edit.clear");
        }
    }

    record ChangeOrder(int from, int to) implements EditCommand {
        public Narration describe() {
            return Narration.of("bptree.edit.order", String.valueOf(from), String.valueOf(to));
        }
    }

    record Open(int count) implements EditCommand {
        public Narration describe() {
            return Narration.of("bptree.edit.open", count);
        }
    }

    /** Short text for a key list: the first few keys, then "…". */
    final class KeysText {
        private KeysText() {
        }

        static String of(List<Integer> keys) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < keys.size() && i < 8; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(keys.get(i));
            }
            if (keys.size() > 8) {
                sb.append(", … (").append(keys.size()).append(')');
            }
            return sb.toString();
        }
    }
}
