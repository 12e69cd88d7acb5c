# Sourced by bench/startup and bench/memory: makes sure DISPLAY names an X server. Without one it
# starts a single Xvfb for the whole run (starting one per process would add its own start-up to
# every measurement) and stops it on exit.
if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null || { echo "no DISPLAY and no Xvfb (apt-get install xvfb)" >&2; exit 2; }
  displayfile=$(mktemp)
  Xvfb -displayfd 8 -screen 0 1280x800x24 -nolisten tcp 8>"$displayfile" 2>/dev/null &
  xvfb_pid=$!
  trap 'kill "$xvfb_pid" 2>/dev/null; rm -f "$displayfile"' EXIT
  for _ in $(seq 100); do [ -s "$displayfile" ] && break; sleep 0.1; done
  export DISPLAY=":$(head -1 "$displayfile")"
fi
