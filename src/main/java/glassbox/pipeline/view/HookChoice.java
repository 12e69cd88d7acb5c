package glassbox.pipeline.view;

import glassbox.pipeline.engine.HookAction;

/** What the custom-middleware editor chose for one hook: not defined, pass, respond (with a status text) or raise. */
record HookChoice(Kind kind, String status) {
    enum Kind {
        ABSENT("pipeline.custom.kind.absent"),
        PASS("pipeline.custom.kind.pass"),
        RESPOND("pipeline.custom.kind.respond"),
        RAISE("pipeline.custom.kind.raise");

        private final String labelKey;

        Kind(String labelKey) {
            this.labelKey = labelKey;
        }

        String labelKey() {
            return labelKey;
        }
    }

    static HookChoice of(HookAction a) {
        if (a == null) {
            return new HookChoice(Kind.ABSENT, "");
        }
        if (a instanceof HookAction.Respond r) {
            return new HookChoice(Kind.RESPOND, String.valueOf(r.status()));
        }
        return new HookChoice(a instanceof HookAction.Raise ? Kind.RAISE : Kind.PASS, "");
    }
}
