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

# The runtime jlink makes has no CDS archive (JDK 17's jlink cannot make one), so the packaged JVM
# runs with class data sharing off. Dump the default archive of the JDK's own classes into the
# image's runtime (lib/server/classes.jsa) through the launcher (--strip-native-commands leaves no
# bin/java): it records no application class path, so it stays valid wherever the image is
# installed. Usage: dump_base_cds <launcher> [archive]. CDS=0 skips it. Give the archive's path
# when the launcher names an archive of its own (-XX:SharedArchiveFile, Linux): it then goes in
# through _JAVA_OPTIONS, which the JVM reads after the launcher's options (JAVA_TOOL_OPTIONS before),
# quoted there: the app-image's path has a space.
dump_base_cds() {
  [[ "${CDS:-1}" == 0 ]] && { log "CDS=0: no base CDS archive"; return; }
  log "base CDS archive for the packaged runtime"
  if [[ -n "${2:-}" ]]; then
    _JAVA_OPTIONS="-Xshare:dump -XX:SharedArchiveFile='$2' -Xlog:cds=warning" "$1" --version 2>&1 \
      | grep -v "Picked up _JAVA_OPTIONS" >&2 || true
  else
    JAVA_TOOL_OPTIONS="-Xshare:dump -Xlog:cds=warning" "$1" --version 2>&1 | grep -v "Picked up JAVA_TOOL_OPTIONS" >&2 || true
  fi
}
