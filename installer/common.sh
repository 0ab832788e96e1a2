# Shared steps of the bash installer scripts (Linux, macOS). Source it; it sets:
#   REPO, APP_DIR (target/app), OUT (target/installer), APP_VERSION, the keys of common.env,
#   INPUT_DIR (target/app without javafx-*), FX_DIR (the JavaFX platform jars, for --module-path)
# and the functions below.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
APP_DIR="$REPO/target/app"
OUT="$REPO/target/installer"
INPUT_DIR="$OUT/input"
FX_DIR="$OUT/javafx"

while IFS='=' read -r key value; do
  [[ -z "$key" || "$key" == \#* ]] && continue
  printf -v "$key" '%s' "$value"
done < "$REPO/installer/common.env"

log() { printf '== %s\n' "$*" >&2; }

# target/app from `./mvnw package` (tests skipped: run ./mvnw verify for them). REBUILD=1 forces it.
ensure_app() {
  if [[ "${REBUILD:-0}" == 1 || ! -f "$APP_DIR/$MAIN_JAR" ]]; then
    log "building target/app (./mvnw package -DskipTests)"
    (cd "$REPO" && ./mvnw -B -q package -DskipTests)
  fi
}

# The pom's version, as the jar plugin wrote it into the manifest (Implementation-Version).
read_version() {
  local tmp
  tmp="$(mktemp -d)"
  (cd "$tmp" && jar xf "$APP_DIR/$MAIN_JAR" META-INF/MANIFEST.MF)
  APP_VERSION="$(sed -n 's/^Implementation-Version: *//p' "$tmp/META-INF/MANIFEST.MF" | tr -d '\r')"
  rm -rf "$tmp"
  [[ -n "$APP_VERSION" ]] || { echo "no Implementation-Version in $APP_DIR/$MAIN_JAR" >&2; exit 1; }
}

# --input: target/app without any javafx-* jar; --module-path: the JavaFX jars with a platform
# classifier (javafx-base-21.0.11-linux.jar …; the jars without classifier are empty).
stage() {
  rm -rf "$INPUT_DIR" "$FX_DIR"
  mkdir -p "$INPUT_DIR/lib" "$FX_DIR"
  cp "$APP_DIR/$MAIN_JAR" "$INPUT_DIR/"
  local jar name
  for jar in "$APP_DIR"/lib/*.jar; do
    name="$(basename "$jar")"
    if [[ "$name" == javafx-* ]]; then
      [[ "$name" =~ ^javafx-[a-z]+-[0-9.]+-[a-z0-9_-]+\.jar$ ]] && cp "$jar" "$FX_DIR/"
    else
      cp "$jar" "$INPUT_DIR/lib/"
    fi
  done
  [[ -n "$(ls "$FX_DIR")" ]] || { echo "no JavaFX platform jars in $APP_DIR/lib" >&2; exit 1; }
  log "staged $(ls "$INPUT_DIR/lib" | wc -l | tr -d ' ') jars as --input, $(ls "$FX_DIR" | tr '\n' ' ')as --module-path"
}

# The options every OS shares. Usage: common_jpackage_args; jpackage "${JPACKAGE_ARGS[@]}" …
common_jpackage_args() {
  JPACKAGE_ARGS=(
    --name "$APP_NAME"
    --app-version "${APP_VERSION_OVERRIDE:-$APP_VERSION}"
    --vendor "$VENDOR"
    --description "$DESCRIPTION"
    --copyright "$COPYRIGHT"
    --input "$INPUT_DIR"
    --main-jar "$MAIN_JAR"
    --main-class "$MAIN_CLASS"
    --module-path "$FX_DIR"
    --add-modules "$ADD_MODULES"
    --jlink-options "$JLINK_OPTIONS"
  )
  local option
  for option in $JAVA_OPTIONS; do
    JPACKAGE_ARGS+=(--java-options "$option")
  done
}

# The console launcher's properties (the same main class; the window opens when no command is given).
cli_launcher_properties() {
  local file="$OUT/$CLI_LAUNCHER.properties"
  mkdir -p "$OUT"
  {
    echo "# the console command line: $CLI_LAUNCHER --self-test, $CLI_LAUNCHER info, …"
    echo "main-jar=$MAIN_JAR"
    echo "main-class=$MAIN_CLASS"
  } > "$file"
  echo "$file"
}

# The JDK and JavaFX classes a start of the window loads, for the runtime's base CDS archive on
# every OS: written by installer/linux/build.sh from its training run, committed, so the Windows
# and macOS builds need none of their own (their few platform classes missing from it, e.g.
# com/sun/glass/ui/win, load as usual; a name the runtime lacks is skipped with a warning).
STARTUP_CLASSLIST="$REPO/installer/cds/startup.classlist"

# The runtime jlink makes has no CDS archive (JDK 17's jlink cannot make one), so the packaged JVM
# would run with class data sharing off. Dump one into the image's runtime (lib/server/classes.jsa)
# through the launcher (--strip-native-commands leaves no bin/java), of the classes in
# STARTUP_CLASSLIST: the JDK's default list holds no JavaFX class, and these ~3,000 are what a
# start spends most of its time loading. All of them come from the runtime's module image, so the
# archive records no application class path (JDK 17 checks the class path only up to the last
# entry it took a class from) and serves the app wherever it is installed, space in the path or
# not: on Windows and macOS it is the only archive (README, "Start-up").
# Usage: dump_base_cds <launcher> [archive]. CDS=0 skips it. Give the archive's path when the
# launcher names an archive of its own (-XX:SharedArchiveFile, Linux): it then goes in through
# _JAVA_OPTIONS, which the JVM reads after the launcher's options (JAVA_TOOL_OPTIONS before),
# quoted there: the app-image's path has a space.
dump_base_cds() {
  [[ "${CDS:-1}" == 0 ]] && { log "CDS=0: no base CDS archive"; return; }
  log "base CDS archive for the packaged runtime ($(grep -vc '^#' "$STARTUP_CLASSLIST") classes and lambdas)"
  local dump="-Xshare:dump -XX:SharedClassListFile='$STARTUP_CLASSLIST' -Xlog:cds=warning"
  if [[ -n "${2:-}" ]]; then
    _JAVA_OPTIONS="$dump -XX:SharedArchiveFile='$2'" "$1" --version 2>&1 | quiet_dump >&2 || true
  else
    JAVA_TOOL_OPTIONS="$dump" "$1" --version 2>&1 | quiet_dump >&2 || true
  fi
}

# The dump's output without the JVM's echo of the options and its notes on JFR event classes
# (never archived).
quiet_dump() {
  grep -v -e "^Picked up _*JAVA_[A-Z_]*OPTIONS" -e "JFR event class" || true
}

# The part of a DumpLoadedClassList file ($1) that the runtime's module image ($2, lib/modules)
# holds: its classes, sorted (a stable file to commit), then the lambda forms and the lambda proxies
# of those classes. Needs jimage (the JDK's bin).
runtime_classes_of() {
  local names
  names="$(mktemp)"
  jimage list "$2" | awk '/^Module: / {next} /\.class$/ {gsub(/^ +/, ""); sub(/\.class$/, ""); print}' > "$names"
  awk 'NR == FNR {runtime[$1] = 1; next}
       /^#/ {next}
       /^@lambda-form-invoker/ {forms[$0] = 1; next}
       /^@lambda-proxy/ {if ($2 in runtime) proxies[$0] = 1; next}
       ($1 in runtime) {classes[$1] = 1}
       END {
         for (c in classes) print c | "LC_ALL=C sort"; close("LC_ALL=C sort")
         for (f in forms) print f | "LC_ALL=C sort"; close("LC_ALL=C sort")
         for (p in proxies) print p | "LC_ALL=C sort"; close("LC_ALL=C sort")
       }' "$names" "$1"
  rm -f "$names"
}
