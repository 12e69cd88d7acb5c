package glassbox.pipeline.engine;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One line of the MIDDLEWARE setting as the tab edits it: a Django class or a custom class with
 * per-hook actions, switched on or off. Immutable; edits make new entries.
 *
 * @param builtin the Django class, or null for a custom middleware
 * @param actions for a custom middleware, what each hook it defines does
 */
public record StackEntry(String name, Builtin builtin, Map<Hook, HookAction> actions, boolean enabled) {
    public StackEntry {
        Objects.requireNonNull(name, "name");
        EnumMap<Hook, HookAction> copy = new EnumMap<>(Hook.class);
        if (actions != null) {
            copy.putAll(actions);
        }
        actions = Collections.unmodifiableMap(copy);
    }

    public static StackEntry of(Builtin b) {
        return new StackEntry(b.className(), b, Map.of(), true);
    }

    public static StackEntry custom(String name, Map<Hook, HookAction> actions) {
        return new StackEntry(name, null, actions, true);
    }

    public boolean custom() {
        return builtin == null;
    }

    public StackEntry withEnabled(boolean on) {
        return new StackEntry(name, builtin, actions, on);
    }

    public StackEntry withActions(Map<Hook, HookAction> newActions) {
        return new StackEntry(name, builtin, newActions, enabled);
    }

    public boolean defines(Hook h) {
        return custom() ? actions.containsKey(h) : builtin.hooks().contains(h);
    }

    public Middleware toMiddleware() {
        return custom() ? new ScriptedMiddleware(name, actions) : builtin.create();
    }
}
