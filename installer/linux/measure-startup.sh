#!/usr/bin/env bash
# Start-up of the INSTALLED package (/opt/dgti-desk) under Xvfb beside its floor, interleaved so
# that a busy machine hurts every way alike:
#   floor       a hello-world JavaFX window (installer/linux/floor/HelloFloor.java: one label), packed
#               here by jpackage with the installed runtime and the launchers' options, its CDS
#               archive the JDK's default one (JDK classes only), as a stock JDK's: the goal of
#               issue 4 is the app at most 1.3x this
#   no-cds      the app with -Xshare:off
#   jdk-cds     the app with the floor's archive (the JDK's default classes)
#   base-cds    the app with the installed runtime's archive (lib/server/classes.jsa: the JDK and
#               JavaFX classes of a start, installer/cds/startup.classlist): what Windows and macOS get
#   app-cds     the app as installed: the archive postinst made (lib/app/dgti-desk.jsa)
# Each way is timed like the app's own "ready in N ms" (JVM start to the first onShown + one
# runLater: the shell's navigation drawn); for app-cds also "shell with data in N ms" (the data
# file's screens in place). On a shared machine look at "best" (least disturbed) as much as at the
# median; the load average is printed at the end.
#   installer/linux/measure-startup.sh [ROUNDS]      (after: sudo KEEP=1 installer/linux/check-deb.sh)
# Needs the JDK (javac, jar, jpackage) and target/installer/javafx from installer/linux/build.sh.
set -euo pipefail
rounds="${1:-5}"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
opt=/opt/dgti-desk
gui="$opt/bin/DGTi Desk"
[[ -x "$gui" ]] || { echo "install the .deb first (KEEP=1 installer/linux/check-deb.sh)" >&2; exit 1; }
[[ -d "$repo/target/installer/javafx" ]] || { echo "no target/installer/javafx: run installer/linux/build.sh" >&2; exit 1; }
work="$(mktemp -d /tmp/dgti-startup.XXXX)"
home="$work/home"
log="$home/.local/share/dgti-desk/logs/dgti-desk.log"
xvfb=""
trap '[[ -n "$xvfb" ]] && kill $xvfb 2>/dev/null; rm -rf "$work"' EXIT

# The floor: same runtime (copied by --runtime-image), same JVM options as the launchers' cfg.
mkdir -p "$work/classes" "$work/input"
javac -d "$work/classes" --module-path "$repo/target/installer/javafx" --add-modules javafx.controls \
  "$repo/installer/linux/floor/HelloFloor.java"
jar --create --file "$work/input/hello-floor.jar" -C "$work/classes" .
floor_options=()
while IFS= read -r option; do
  [[ "$option" == *SharedArchiveFile* ]] || floor_options+=(--java-options "$option")
done < <(sed -n 's/^java-options=//p' "$opt/lib/app/dgti-desk.cfg" | grep -v jpackage.app-version)
jpackage --type app-image --dest "$work" --name hello-floor --input "$work/input" \
  --main-jar hello-floor.jar --main-class HelloFloor --runtime-image "$opt/lib/runtime" "${floor_options[@]}"
floor="$work/hello-floor/bin/hello-floor"
jdk_archive="$work/hello-floor/lib/runtime/lib/server/classes.jsa"
JAVA_TOOL_OPTIONS="-Xshare:dump -Xlog:cds=error" "$floor" >/dev/null 2>&1

JAVA_TOOL_OPTIONS="-Duser.home=$home" "$opt/bin/dgti-desk" demo --scale small >/dev/null 2>&1

display=":$((90 + RANDOM % 9))"
Xvfb "$display" -screen 0 1366x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
export DISPLAY="$display"
sleep 1

# The n-th line of $1 matching $2, waited for; prints its number of ms (or "-" after 20 s).
wait_for() {
  for _ in $(seq 400); do
    [[ $(grep -c "$2" "$1" 2>/dev/null || true) -ge $3 ]] && break
    sleep 0.05
  done
  grep "$2" "$1" 2>/dev/null | sed -n "$3p" | grep -o "$2 [0-9]*" | grep -o '[0-9]*$' || echo -
}

# One start of the app; prints "ready data". $1 = JVM options read after the launcher's
# (_JAVA_OPTIONS, so they override its -XX:SharedArchiveFile); $2 = also wait for the data.
start_app() {
  local ready_n data_n app ready data=-
  ready_n=$(( $(grep -c "ready in" "$log" 2>/dev/null || true) + 1 ))
  data_n=$(( $(grep -c "shell with data in" "$log" 2>/dev/null || true) + 1 ))
  JAVA_TOOL_OPTIONS="-Duser.home=$home" _JAVA_OPTIONS="$1" "$gui" >/dev/null 2>&1 &
  app=$!
  ready=$(wait_for "$log" "ready in" "$ready_n")
  [[ "${2:-}" == data ]] && data=$(wait_for "$log" "shell with data in" "$data_n")
  sleep 0.5
  kill "$app"; wait "$app" 2>/dev/null || true
  echo "$ready $data"
}

start_floor() {
  local out="$work/floor.out" app
  JAVA_TOOL_OPTIONS="-Duser.home=$home" "$floor" > "$out" 2>&1 &
  app=$!
  wait_for "$out" "ready in" 1
  sleep 0.5
  kill "$app"; wait "$app" 2>/dev/null || true
}

start_app "" >/dev/null   # this user's first start (JavaFX unpacks its native libraries, page cache)
start_floor >/dev/null
echo "class data sharing as installed (-Xlog:cds):"
JAVA_TOOL_OPTIONS="-Duser.home=$home -Xlog:cds=info" "$opt/bin/dgti-desk" --version 2>&1 \
  | grep -E "Opened archive|Mapped static|Unable|mismatch|not found" | sed 's/^\[[^]]*\]/  /' | head -3 || true

declare -A times
for round in $(seq "$rounds"); do
  times[floor]+="$(start_floor) "
  times[no-cds]+="$(start_app "-Xshare:off" | cut -d' ' -f1) "
  times[jdk-cds]+="$(start_app "-XX:SharedArchiveFile=$jdk_archive" | cut -d' ' -f1) "
  times[base-cds]+="$(start_app "-XX:SharedArchiveFile=$opt/lib/runtime/lib/server/classes.jsa" | cut -d' ' -f1) "
  read -r ready data < <(start_app "" data)
  times[app-cds]+="$ready "
  times[app-cds-data]+="$data "
done
declare -A best median
for way in floor no-cds jdk-cds base-cds app-cds app-cds-data; do
  sorted="$(tr ' ' '\n' <<<"${times[$way]}" | grep '^[0-9]' | sort -n | tr '\n' ' ')"
  best[$way]="${sorted%% *}"
  median[$way]="$(tr ' ' '\n' <<<"$sorted" | grep . | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
  printf '%-12s best %5s ms  median %5s ms   (all: %s)\n' "$way" "${best[$way]}" "${median[$way]}" "$sorted"
done
for way in no-cds jdk-cds base-cds app-cds; do
  printf '%-9s / floor: best %s, median %s\n' "$way" \
    "$(awk -v a="${best[$way]}" -v f="${best[floor]}" 'BEGIN {printf "%.2f", a / f}')" \
    "$(awk -v a="${median[$way]}" -v f="${median[floor]}" 'BEGIN {printf "%.2f", a / f}')"
done
echo "(app-cds-data: the same app-cds starts, until the data file's screens replace the loading frame)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
