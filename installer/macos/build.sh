#!/usr/bin/env bash
# macOS: "DGTi Desk.app" in a .dmg, in target/installer/macos/. Run on a Mac (jpackage cannot
# make a .dmg elsewhere); the .dmg is for the Mac's own architecture (an Apple-silicon Mac builds an
# arm64 app with the javafx-*-mac-aarch64 jars Maven picks there, an Intel Mac an x86_64 one).
#   installer/macos/build.sh            the .dmg
#   installer/macos/build.sh app-image  only DGTi Desk.app
# Needs: a JDK 17 with jpackage and jmods (e.g. Temurin 17), Xcode command-line tools (hdiutil,
# codesign). Builds target/app first when it is missing (REBUILD=1 forces it).
#
# Version: macOS bundle versions must start with a number above zero, so jpackage of JDK 17 refuses
# 0.x.y. While the pom is below 1.0.0 set MAC_APP_VERSION (e.g. MAC_APP_VERSION=1.0.0); the build
# stops with this advice otherwise.
#
# Optional signing and notarisation (not needed for a local build; an unsigned app opens after
# right-click > Open):
#   MAC_SIGN_IDENTITY   "Developer ID Application: <name> (<team id>)" in the keychain: the app
#                       (runtime, launchers, libraries) is signed with the hardened runtime and
#                       installer/macos/entitlements.plist, then the .dmg
#   MAC_NOTARY_PROFILE  a notarytool keychain profile (xcrun notarytool store-credentials
#                       <profile> --apple-id … --team-id … --password <app-specific password>):
#                       the .dmg is submitted, waited for, and the ticket stapled
source "$(dirname "$0")/../common.sh"
what="${1:-dmg}"
dest="$OUT/macos"
here="$REPO/installer/macos"

ensure_app
read_version
if [[ "$APP_VERSION" == 0.* && -z "${MAC_APP_VERSION:-}" ]]; then
  echo "the pom's version $APP_VERSION starts with 0, which macOS bundles do not allow:" >&2
  echo "set MAC_APP_VERSION (e.g. MAC_APP_VERSION=1.0.0) or raise the pom's version" >&2
  exit 1
fi
APP_VERSION_OVERRIDE="${MAC_APP_VERSION:-}"
stage
common_jpackage_args
cli_props="$(cli_launcher_properties)"
rm -rf "$dest"
mkdir -p "$dest"

# Unsigned app-image first: the base CDS archive is written into its runtime, and only then is
# anything signed (a file added after signing breaks the signature).
log "jpackage app-image ${APP_VERSION_OVERRIDE:-$APP_VERSION}"
jpackage --type app-image --dest "$dest" "${JPACKAGE_ARGS[@]}" \
  --icon "$REPO/installer/icon/dgti-desk.icns" \
  --mac-package-identifier "$MAC_PACKAGE_IDENTIFIER" \
  --mac-package-name "$APP_NAME" \
  --resource-dir "$here/resources" \
  --add-launcher "$CLI_LAUNCHER=$cli_props"
app="$dest/$APP_NAME.app"
cli="$app/Contents/MacOS/$CLI_LAUNCHER"
dump_base_cds "$cli"
[[ -f "$app/Contents/runtime/Contents/Home/lib/server/classes.jsa" || "${CDS:-1}" == 0 ]] || { echo "no classes.jsa" >&2; exit 1; }
"$cli" --self-test

if [[ -n "${MAC_SIGN_IDENTITY:-}" ]]; then
  log "codesign with $MAC_SIGN_IDENTITY"
  # Inside out: every library and executable of the runtime and the app, then the bundle.
  find "$app/Contents" -type f \( -name '*.dylib' -o -name '*.jnilib' -o -perm -u+x \) -print0 |
    xargs -0 codesign --force --timestamp --options runtime \
      --entitlements "$here/entitlements.plist" --sign "$MAC_SIGN_IDENTITY"
  codesign --force --timestamp --options runtime --entitlements "$here/entitlements.plist" \
    --sign "$MAC_SIGN_IDENTITY" "$app"
  codesign --verify --deep --strict --verbose=2 "$app"
fi

[[ "$what" == app-image ]] && exit 0

# The .dmg packs the (signed) app as it is: jpackage does not change a predefined app-image.
log "jpackage dmg"
jpackage --type dmg --dest "$dest" --app-image "$app" \
  --name "$APP_NAME" --app-version "${APP_VERSION_OVERRIDE:-$APP_VERSION}" --vendor "$VENDOR" \
  --description "$DESCRIPTION" --copyright "$COPYRIGHT" \
  --icon "$REPO/installer/icon/dgti-desk.icns" \
  --mac-package-identifier "$MAC_PACKAGE_IDENTIFIER" \
  --resource-dir "$here/resources"
dmg="$(ls "$dest"/*.dmg)"

if [[ -n "${MAC_SIGN_IDENTITY:-}" ]]; then
  codesign --force --timestamp --sign "$MAC_SIGN_IDENTITY" "$dmg"
fi
if [[ -n "${MAC_NOTARY_PROFILE:-}" ]]; then
  [[ -n "${MAC_SIGN_IDENTITY:-}" ]] || { echo "notarisation needs MAC_SIGN_IDENTITY" >&2; exit 1; }
  log "notarising (xcrun notarytool, profile $MAC_NOTARY_PROFILE)"
  xcrun notarytool submit "$dmg" --keychain-profile "$MAC_NOTARY_PROFILE" --wait
  xcrun stapler staple "$dmg"
  spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg" || true
fi
ls -l "$dmg"
# The command line: /Applications/DGTi Desk.app/Contents/MacOS/dgti-desk. To have it on the PATH:
#   sudo ln -sf "/Applications/DGTi Desk.app/Contents/MacOS/dgti-desk" /usr/local/bin/dgti-desk
