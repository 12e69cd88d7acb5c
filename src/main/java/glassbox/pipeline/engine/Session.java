package glassbox.pipeline.engine;

/**
 * {@code request.session}: the session key from the {@code sessionid} cookie and the logged-in
 * user id stored in it ({@code _auth_user_id}). SessionMiddleware saves it and sets the cookie on
 * the way out when the view modified it.
 */
public final class Session {
    private String key;
    private String userId;
    private boolean accessed;
    private boolean modified;

    Session(String key, String userId) {
        this.key = key;
        this.userId = userId;
    }

    public String key() {
        return key;
    }

    public String userId() {
        accessed = true;
        return userId;
    }

    /** django.contrib.auth.login: cycles the key (against session fixation) and stores the user. */
    public void login(String user, String newKey) {
        userId = user;
        key = newKey;
        accessed = true;
        modified = true;
    }

    public boolean accessed() {
        return accessed;
    }

    public boolean modified() {
        return modified;
    }

    String peekUser() {
        return userId;
    }

    String describe() {
        return key == null ? "SessionStore(empty)" : "SessionStore(" + key + (userId == null ? "" : ", _auth_user_id=" + userId) + ")";
    }
}
