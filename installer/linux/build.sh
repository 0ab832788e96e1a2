#!/usr/bin/env bash
# Linux: an app-image and a .deb of DGTi Desk, in target/installer/linux/.
#   installer/linux/build.sh            both
#   installer/linux/build.sh app-image  only the app-image (no fakeroot needed)
#   installer/linux/build.sh deb        only the .deb, from the app-image already built
# Needs: JDK 17 with jpackage and jmods (Debian: openjdk-17-jdk), fakeroot and binutils (objcopy)
# for the .deb. Builds target/app first when it is missing (REBUILD=1 forces it).
# Optional: LINUX_DEB_MAINTAINER=<e-mail> for the .deb's Maintainer field.
source "$(dirname "$0")/../common.sh"
what="${1:-all}"
dest="$OUT/linux"

ensure_app
read_version
image="$dest/$APP_NAME"
# One jlink: the app-image is built from --input, the .deb packs that image. Both launchers are
# in it: "DGTi Desk" (the window) and dgti-desk (the same program, for the command line).
if [[ "$what" != deb || ! -d "$image" ]]; then
  stage
  common_jpackage_args
  cli_props="$(cli_launcher_properties)"
  rm -rf "$dest"
  mkdir -p "$dest"
  log "jpackage app-image $APP_VERSION"
  jpackage --type app-image --dest "$dest" "${JPACKAGE_ARGS[@]}" \
    --icon "$REPO/installer/icon/dgti-desk-linux.png" \
    --add-launcher "$CLI_LAUNCHER=$cli_props"
  dump_base_cds "$image/bin/$CLI_LAUNCHER"
  [[ -f "$image/lib/runtime/lib/server/classes.jsa" || "${CDS:-1}" == 0 ]] || { echo "no classes.jsa" >&2; exit 1; }
  "$image/bin/$CLI_LAUNCHER" --self-test
fi

[[ "$what" == app-image ]] && exit 0

# The .deb: installs to /opt/dgti-desk, a menu entry (--linux-shortcut) in LINUX_MENU_GROUP, and
# /usr/bin/dgti-desk -> /opt/dgti-desk/bin/dgti-desk (postinst/prerm in resources/). jpackage of
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
