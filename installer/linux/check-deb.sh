#!/usr/bin/env bash
# Installs the .deb, checks it and removes it again (needs root; not part of ./mvnw verify):
#   1. dpkg -i (missing dependencies through apt-get -f install)
#   2. the AppCDS archive postinst made is mapped and serves the application's classes,
#      `dgti-desk --self-test` from the PATH, then `dgti-desk demo` + `info --json` on an empty
#      data folder (migrations from the installed jar)
#   3. the window under Xvfb, start-up timed RUNS times (the first run is the cold one: first start
#      after installation), a screenshot of the last run in $SHOTS (default /tmp/installed.png)
#   4. dpkg -r, and nothing of the package may remain
#
#   sudo installer/linux/check-deb.sh [path/to/dgti-desk_*.deb]
# Needs: xvfb xauth xdotool imagemagick (import) fonts-thai-tlwg-ttf libgtk-3-0 xdg-utils.
# Environment: RUNS (default 4), SHOTS (screenshot path), EXTRA_JAVA_OPTIONS (added to the launcher
# through JAVA_TOOL_OPTIONS, e.g. -Xlog:cds), KEEP=1 (leave the package installed).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
deb="${1:-$(ls -t "$repo"/target/installer/linux/*.deb 2>/dev/null | head -1)}"
runs="${RUNS:-4}"
shot="${SHOTS:-/tmp/installed.png}"
package=dgti-desk
gui="/opt/$package/bin/DGTi Desk"

[[ "$(id -u)" == 0 ]] || { echo "run as root (dpkg -i / dpkg -r)" >&2; exit 1; }
[[ -f "$deb" ]] || { echo "no .deb (build it with installer/linux/build.sh)" >&2; exit 1; }
for tool in Xvfb xdotool import; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y xvfb xauth xdotool imagemagick fonts-thai-tlwg-ttf libgtk-3-0" >&2; exit 1; }
done
say() { printf '\n== %s\n' "$*"; }

# A desktop has these; a minimal system has not, and xdg-desktop-menu then installs no menu entry
# (postinst goes on without it). Made here so the menu entry is installed and removed too.
made=()
xvfb=""
cleanup() {
  [[ -n "$xvfb" ]] && kill "$xvfb" 2>/dev/null
  local dir
  for dir in "${made[@]}"; do rm -rf "$dir"; done
}
trap cleanup EXIT
for dir in /etc/xdg/menus /etc/xdg/menus/applications-merged /usr/share/desktop-directories /usr/share/applications; do
  [[ -d "$dir" ]] || { mkdir -p "$dir"; made+=("$dir"); }
done

say "installer: $(basename "$deb") $(du -h "$deb" | cut -f1) ($(stat -c %s "$deb") bytes)"
dpkg -i "$deb" || apt-get install -y -f
echo "menu entries: $(ls /usr/share/applications | grep -i dgti | tr '\n' ' ')"
say "installed: $(du -sh /opt/$package | cut -f1) in /opt/$package (Installed-Size $(dpkg-query -W -f='${Installed-Size}' $package) KiB); dgti-desk -> $(readlink -f "$(command -v dgti-desk)")"

# A user with nothing yet: data lands in <home>/.local/share/dgti-desk. Java takes user.home from
# the password database, not from $HOME, so the fresh home goes in through JAVA_TOOL_OPTIONS (the
# JVM reads it under any launcher; it says "Picked up JAVA_TOOL_OPTIONS" on standard error).
user_home="$(mktemp -d /tmp/dgti-home.XXXX)"
export HOME="$user_home" LANG=C.UTF-8
unset XDG_DATA_HOME
export JAVA_TOOL_OPTIONS="-Duser.home=$user_home${EXTRA_JAVA_OPTIONS:+ $EXTRA_JAVA_OPTIONS}"
data="$user_home/.local/share/dgti-desk"

say "class data sharing as installed (-Xlog:cds): postinst's archive of the app's classes"
ls -l /opt/$package/lib/app/$package.jsa
JAVA_TOOL_OPTIONS="$JAVA_TOOL_OPTIONS -Xlog:cds=info" dgti-desk --version 2>&1 \
  | grep -E "Opened archive|Mapped static|Unable|not found|mismatch" | sed 's/^\[[^]]*\]//' | head -3 || true
# The application's classes must come from it too (a class path mismatch keeps only the JDK's).
# Few of --version's are in it: the class list is the window's start, which skips picocli.
JAVA_TOOL_OPTIONS="$JAVA_TOOL_OPTIONS -Xlog:class+load=info" dgti-desk --version 2>&1 \
  | awk '/ (th\.or\.dga|picocli)\./ { all++; if (/shared objects file/) shared++ }
         END { printf "application classes of --version from the archive: %d of %d\n", shared, all
               exit (shared > 0 ? 0 : 1) }'

say "dgti-desk --self-test"
dgti-desk --self-test 2> >(grep -v "Picked up JAVA_TOOL_OPTIONS" >&2)

say "migrations on an empty data folder: dgti-desk demo --scale small, info --json"
dgti-desk --lang en demo --scale small
dgti-desk info --json | head -c 400; echo

display=":$((90 + RANDOM % 9))"
Xvfb "$display" -screen 0 1366x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
export DISPLAY="$display"
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done 2>/dev/null || sleep 2

say "the window, $runs starts (first = cold: first start after installation)"
log="$data/logs/dgti-desk.log"
for run in $(seq "$runs"); do
  before=$(grep -c "ready in" "$log" 2>/dev/null || true)
  start=$(date +%s%N)
  "$gui" > "/tmp/dgti-window-$run.out" 2>&1 &
  app=$!
  xdotool search --sync --onlyvisible --name "DGTi Desk" >/dev/null
  mapped=$(( ($(date +%s%N) - start) / 1000000 ))
  for _ in $(seq 200); do
    [[ $(grep -c "ready in" "$log" 2>/dev/null || true) -gt $before ]] && break
    sleep 0.05
  done
  ready="$(grep "ready in" "$log" 2>/dev/null | tail -1 | grep -o 'ready in [0-9]* ms' || echo 'no "ready" line')"
  shown="$(grep "window shown in" "$log" 2>/dev/null | tail -1 | grep -o 'shown in [0-9]* ms' || true)"
  printf 'run %d: window mapped after %d ms (launcher exec to X window); app log: %s, %s\n' "$run" "$mapped" "$shown" "$ready"
  if [[ "$run" == "$runs" ]]; then
    sleep "${SHOT_WAIT:-8}"   # the data file opens in the background: let the overview fill
    import -window root "$shot"
    echo "screenshot: $shot"
  fi
  kill "$app"; wait "$app" 2>/dev/null || true
done
unset JAVA_TOOL_OPTIONS

if [[ "${KEEP:-0}" == 1 ]]; then
  say "KEEP=1: left installed"
  exit 0
fi

say "dpkg -r $package"
dpkg -r "$package"
left=""
[[ -e /opt/$package ]] && left+=" /opt/$package"
[[ -e /usr/bin/dgti-desk || -L /usr/bin/dgti-desk ]] && left+=" /usr/bin/dgti-desk"
left+="$(find /usr/share/applications /usr/local/share/applications /usr/share/icons /etc/xdg \
  -iname "*dgti*" 2>/dev/null | tr '\n' ' ' || true)"
echo "package status after dpkg -r: $(dpkg-query -W -f='${db:Status-Abbrev}' $package 2>/dev/null)"
dpkg -P "$package" >/dev/null   # forget the package's record (it has no configuration files)
echo "after dpkg -P: $(dpkg-query -W -f='${db:Status-Abbrev}' $package 2>/dev/null || echo 'not known to dpkg')"
if [[ -n "${left// /}" ]]; then
  echo "FAIL: left behind:$left" >&2
  exit 1
fi
echo "nothing of the package remains (user data stays in $data, as it should)"
