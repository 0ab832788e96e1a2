#!/usr/bin/env bash
# Linux: an app-image and a .deb of DGTi Desk, in target/installer/linux/.
#   installer/linux/build.sh            both
#   installer/linux/build.sh app-image  only the app-image (no fakeroot needed)
#   installer/linux/build.sh deb        only the .deb, from the app-image already built
# Needs: JDK 17 with jpackage and jmods (Debian: openjdk-17-jdk), fakeroot and binutils (objcopy)
# for the .deb, Xvfb (xvfb) for the class list's training run. Builds target/app first when it is
# missing (REBUILD=1 forces it).
# Optional: LINUX_DEB_MAINTAINER=<e-mail> for the .deb's Maintainer field.
source "$(dirname "$0")/../common.sh"
what="${1:-all}"
dest="$OUT/linux"

ensure_app
read_version
image="$dest/$APP_NAME"
classlist="$image/lib/app/$PACKAGE_NAME.classlist"

# AppCDS (issue 4, start-up): the classes a real start of the window loads, recorded here and
# shipped as lib/app/dgti-desk.classlist; the .deb's postinst makes the archive from it where it
# is installed (a JDK 17 archive holds the absolute class path, and one made on a path with a
# space, as this image's, keeps none of the application's classes). The training run opens a demo
# data file under Xvfb and stops at "ready in": the JVM relocates the whole archive at every start
# (ArchiveRelocationMode=1, the JDK 17.0.15 default), so classes wanted only later cost start-up time
# (measured: up to the data shell, 7,800 classes, 90 MB, 0.7-1.1 s to map; up to ready, 4,400,
# 33 MB, 0.4 s). CDS=0 skips it.
record_class_list() {
  [[ "${CDS:-1}" == 0 ]] && return
  command -v Xvfb >/dev/null || { echo "Xvfb is needed for the class list (apt-get install xvfb), or CDS=0" >&2; exit 1; }
  log "class list of a real start (Xvfb training run)"
  local home display xvfb app data_log
  home="$(mktemp -d)"
  data_log="$home/.local/share/$PACKAGE_NAME/logs/$PACKAGE_NAME.log"
  JAVA_TOOL_OPTIONS="-Duser.home=$home" "$image/bin/$CLI_LAUNCHER" --lang en demo --scale small >/dev/null 2>&1
  display=":$((110 + RANDOM % 50))"
  Xvfb "$display" -screen 0 1366x800x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  sleep 1
  DISPLAY="$display" JAVA_TOOL_OPTIONS="-Duser.home=$home -XX:DumpLoadedClassList='$classlist'" \
    "$image/bin/$APP_NAME" >/dev/null 2>&1 &
  app=$!
  for _ in $(seq 1200); do
    grep -q "ready in" "$data_log" 2>/dev/null && break
    kill -0 "$app" 2>/dev/null || break
    sleep 0.05
  done
  kill "$app"; wait "$app" 2>/dev/null || true
  kill "$xvfb"; wait "$xvfb" 2>/dev/null || true
  grep -q "ready in" "$data_log" || { echo "training run: the window never got ready" >&2; exit 1; }
  rm -rf "$home"
  log "class list: $(grep -vc '^#' "$classlist") entries"
}
# installer/cds/startup.classlist, the runtime's part of the class list just recorded (common.sh,
# dump_base_cds): rewritten when this start loaded other JDK or JavaFX classes, and then to commit.
refresh_startup_classlist() {
  [[ "${CDS:-1}" == 0 ]] && return
  local fresh
  fresh="$(mktemp)"
  {
    echo "# The JDK and JavaFX classes a start of the DGTi Desk window loads, for the runtime's base CDS"
    echo "# archive (installer/common.sh, dump_base_cds). Written by installer/linux/build.sh from its"
    echo "# training run: do not edit; commit it when a build changes it."
    runtime_classes_of "$classlist" "$image/lib/runtime/lib/modules"
  } > "$fresh"
  if cmp -s "$fresh" "$STARTUP_CLASSLIST"; then
    rm -f "$fresh"
  else
    mkdir -p "$(dirname "$STARTUP_CLASSLIST")"
    mv "$fresh" "$STARTUP_CLASSLIST"
    log "installer/cds/startup.classlist changed ($(grep -vc '^#' "$STARTUP_CLASSLIST") entries): commit it"
  fi
}
# One jlink: the app-image is built from --input, the .deb packs that image. Both launchers are
# in it: "DGTi Desk" (the window) and dgti-desk (the same program, for the command line).
if [[ "$what" != deb || ! -d "$image" ]]; then
  stage
  common_jpackage_args
  cli_props="$(cli_launcher_properties)"
  rm -rf "$dest"
  mkdir -p "$dest"
  log "jpackage app-image $APP_VERSION"
  # Both launchers use the archive postinst makes. Where it is missing (this image run in place,
  # CDS=0) or stale, the JVM starts without class data sharing and says nothing (-Xshare:auto).
  [[ "${CDS:-1}" == 0 ]] || JPACKAGE_ARGS+=(--java-options "-XX:SharedArchiveFile=\$APPDIR/$PACKAGE_NAME.jsa")
  jpackage --type app-image --dest "$dest" "${JPACKAGE_ARGS[@]}" \
    --icon "$REPO/installer/icon/dgti-desk-linux.png" \
    --add-launcher "$CLI_LAUNCHER=$cli_props"
  record_class_list
  refresh_startup_classlist
  dump_base_cds "$image/bin/$CLI_LAUNCHER" "$image/lib/runtime/lib/server/classes.jsa"
  [[ -f "$image/lib/runtime/lib/server/classes.jsa" || "${CDS:-1}" == 0 ]] || { echo "no classes.jsa" >&2; exit 1; }
  "$image/bin/$CLI_LAUNCHER" --self-test
fi

[[ "$what" == app-image ]] && exit 0

# The .deb: installs to /opt/dgti-desk, a menu entry (--linux-shortcut) in LINUX_MENU_GROUP, and
# /usr/bin/dgti-desk -> /opt/dgti-desk/bin/dgti-desk, the AppCDS archive lib/app/dgti-desk.jsa made
# from the class list (postinst/prerm in resources/). jpackage of
# JDK 17 takes a custom .desktop file from the resource dir only under "<launcher name>.desktop"
# ("DGTi Desk.desktop", "dgti-desk.desktop"); --verbose says "Using custom package resource".
log "jpackage deb $APP_VERSION"
deb_args=(
  --type deb --dest "$dest"
  --app-image "$image"
  --name "$APP_NAME" --app-version "$APP_VERSION" --vendor "$VENDOR" --description "$DESCRIPTION"
  --copyright "$COPYRIGHT"
  --resource-dir "$REPO/installer/linux/resources"
  --icon "$REPO/installer/icon/dgti-desk-linux.png"
  --linux-package-name "$PACKAGE_NAME"
  --linux-menu-group "$LINUX_MENU_GROUP"
  --linux-app-category "$LINUX_APP_CATEGORY"
  --linux-shortcut
  --linux-package-deps "$LINUX_PACKAGE_DEPS"
)
[[ -n "${LINUX_DEB_MAINTAINER:-}" ]] && deb_args+=(--linux-deb-maintainer "$LINUX_DEB_MAINTAINER")
rm -f "$dest"/*.deb
jpackage "${deb_args[@]}" ${JPACKAGE_VERBOSE:+--verbose}
ls -l "$dest"/*.deb
