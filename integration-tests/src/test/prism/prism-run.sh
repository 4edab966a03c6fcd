#!/bin/sh
# Runs Prism for the integration tests and makes sure it never outlives them.
#
# usage: prism-run.sh WATCHED_PID COMMAND [ARGS...]
#
# Starts COMMAND (the Prism mock server) in the background and polls WATCHED_PID (the test JVM) every
# half second: when the JVM is gone, even killed with SIGKILL so that its shutdown hooks never ran,
# Prism is stopped (TERM, then KILL). A TERM or INT sent to this script stops Prism too.
watched=$1
shift
"$@" &
child=$!

stop() {
  kill -TERM "$child" 2>/dev/null
  i=0
  while kill -0 "$child" 2>/dev/null && [ $i -lt 20 ]; do sleep 0.1; i=$((i + 1)); done
  kill -KILL "$child" 2>/dev/null
  wait "$child" 2>/dev/null
}
trap 'stop; exit 0' TERM INT HUP

while kill -0 "$watched" 2>/dev/null && kill -0 "$child" 2>/dev/null; do
  sleep 0.5
done
if kill -0 "$child" 2>/dev/null; then
  echo "prism-run: test JVM $watched is gone; stopping Prism" >&2
  stop
  exit 0
fi
wait "$child"
