#!/usr/bin/env bash
# Start-up of the INSTALLED package (/opt/dgti-desk) under Xvfb, three ways, interleaved so that a
# busy machine hurts all three alike:
#   no-cds    -Xshare:off
#   base-cds  the runtime's own archive (lib/server/classes.jsa, made by build.sh) — the default
#   app-cds   base + a dynamic archive of this user's first run, made where it is used
#             (-XX:ArchiveClassesAtExit into the app-data folder, then -XX:SharedArchiveFile)
# The time is the application's own "ready in N ms" (JVM start to the shell's frame drawn). On a
# shared machine look at "best" (least disturbed) as much as at the median; the load average is
# printed at the end.
#   installer/linux/measure-startup.sh [ROUNDS]      (after: KEEP=1 installer/linux/check-deb.sh)
set -euo pipefail
rounds="${1:-5}"
gui="/opt/dgti-desk/bin/DGTi Desk"
[[ -x "$gui" ]] || { echo "install the .deb first (KEEP=1 installer/linux/check-deb.sh)" >&2; exit 1; }
home="$(mktemp -d /tmp/dgti-home.XXXX)"
data="$home/.local/share/dgti-desk"
log="$data/logs/dgti-desk.log"
jsa="$data/dgti-desk.jsa"
base="-Duser.home=$home"
JAVA_TOOL_OPTIONS="$base" /opt/dgti-desk/bin/dgti-desk demo --scale small >/dev/null 2>&1

display=":$((90 + RANDOM % 9))"
Xvfb "$display" -screen 0 1366x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
export DISPLAY="$display"
sleep 1

# One start; prints the ready time. $1 = extra JVM options.
start() {
  local before app
  before=$(grep -c "ready in" "$log" 2>/dev/null || true)
  JAVA_TOOL_OPTIONS="$base $1" "$gui" >/dev/null 2>&1 &
  app=$!
  for _ in $(seq 400); do
    [[ $(grep -c "ready in" "$log" 2>/dev/null || true) -gt $before ]] && break
    sleep 0.05
  done
  sleep "${2:-0.5}"
  kill "$app"; wait "$app" 2>/dev/null || true
  grep "ready in" "$log" | tail -1 | grep -o '[0-9]* ms' | grep -o '[0-9]*'
}

start "" >/dev/null   # the first start of this user (first-start work, page cache)
echo "training run for app-cds: $(start "-XX:ArchiveClassesAtExit=$jsa" 4) ms (with dumping at exit)"
ls -l "$jsa"
JAVA_TOOL_OPTIONS="$base -XX:SharedArchiveFile=$jsa -Xlog:cds=info" /opt/dgti-desk/bin/dgti-desk --version 2>&1 \
  | grep -E "Mapped dynamic|Unable|mismatch|not found" | sed 's/^\[[^]]*\]//' | head -2

declare -A times
for round in $(seq "$rounds"); do
  times[no-cds]+="$(start "-Xshare:off") "
  times[base-cds]+="$(start "") "
  times[app-cds]+="$(start "-XX:SharedArchiveFile=$jsa -Xshare:auto") "
done
for way in no-cds base-cds app-cds; do
  sorted="$(tr ' ' '\n' <<<"${times[$way]}" | grep . | sort -n | tr '\n' ' ')"
  median="$(tr ' ' '\n' <<<"$sorted" | grep . | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
  printf '%-9s best %5s ms  median %5s ms   (all: %s)\n' "$way" "${sorted%% *}" "$median" "$sorted"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf "$home"
