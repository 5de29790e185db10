# Sourced by run.sh and startup.sh: starting and stopping an app the way it is documented to run.
# Needs PORT, BASE, OUT and MYSQL set by the caller.

fresh_db() {
  "${MYSQL[@]}" -e "DROP DATABASE IF EXISTS $1; CREATE DATABASE $1 CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
}

# start NAME DATABASE DATA_DIR COMMAND...: starts the app with the command it is documented to run with, waits for
# the first 200 on /health, prints "ms rssMB". The bare app: java -jar (its README); Steward: docker/run.sh, i.e.
# java @docker/jvm.options with the jar's class-data archive (README; steward_command below).
start() {
  local started
  started=$(date +%s%N)
  STEWARD_DATA_DIR=$3 DATASOURCES_DEFAULT_URL=jdbc:mariadb://127.0.0.1:3306/$2 DATASOURCES_DEFAULT_USERNAME=root \
    DATASOURCES_DEFAULT_PASSWORD= PORT=$PORT "${@:4}" >>"$OUT/$1.log" 2>&1 &
  APP=$!
  echo "$APP" >"$OUT/app.pid"   # start runs in a subshell (read < <(start …)); stop reads the id from here
  until curl -fs -o /dev/null "$BASE/health"; do
    kill -0 "$APP" 2>/dev/null || { tail -20 "$OUT/$1.log" >&2; exit 1; }
    sleep 0.05
  done
  echo "$(( ($(date +%s%N) - started) / 1000000 )) $(( $(ps -o rss= -p "$APP") / 1024 ))"
}
# The command Steward is documented to run with (docker/run.sh execs java, so the id is the JVM's), after making
# the jar's class-data archive if it is missing or stale: that is part of installing a jar (the Dockerfile does it
# when it builds the image), not of a start. STEWARD_COMMAND overrides it, e.g. "java @docker/jvm.options -jar JAR".
steward_command() {
  if [ -n "${STEWARD_COMMAND:-}" ]; then
    echo "$STEWARD_COMMAND"
  else
    STEWARD_JAR=$STEWARD_JAR docker/run.sh --class-archive
    echo "env STEWARD_JAR=$STEWARD_JAR docker/run.sh"
  fi
}
stop() {
  local app
  app=$(cat "$OUT/app.pid")
  kill "$app"
  while kill -0 "$app" 2>/dev/null; do sleep 0.1; done
  rm -f "$OUT/app.pid"   # so that the exit trap does not signal a process that is gone (or a new one with its id)
}
