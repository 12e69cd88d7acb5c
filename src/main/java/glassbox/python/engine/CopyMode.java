package glassbox.python.engine;

/** How copy.copy / copy.deepcopy calls behave: as written, or all forced to one kind (side by side). */
public enum CopyMode { AS_WRITTEN, ALL_SHALLOW, ALL_DEEP }
