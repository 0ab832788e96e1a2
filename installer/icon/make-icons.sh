#!/usr/bin/env bash
# The application icon: ONE source image, dgti-desk.png (1024 x 1024), and the files derived from
# it for each OS. The derived files are committed, so the installer builds on Windows and macOS need
# no ImageMagick; run this only after changing the source.
#
#   installer/icon/make-icons.sh            derive png sizes, .ico and .icns from dgti-desk.png
#   installer/icon/make-icons.sh --redraw   first draw dgti-desk.png again (a rounded square in a
#                                           blue-to-teal gradient, "DGTi" in white Sarabun Bold,
#                                           the font the application bundles)
#
# Needs ImageMagick 6 (`convert`) and, for .icns, png2icns (Debian package icnsutils).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
source_png="$here/dgti-desk.png"

if [[ "${1:-}" == "--redraw" ]]; then
  font="$repo/src/main/resources/fonts/Sarabun-Bold.ttf"
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  # Background: a diagonal-ish calm gradient, cut to a rounded square with a transparent margin.
  convert -size 1500x1500 gradient:'#1f5fa8'-'#0f8b8d' -rotate -20 +repage -gravity center -crop 1024x1024+0+0 +repage \
    "$work/gradient.png"
  convert -size 1024x1024 xc:none -fill white -draw "roundrectangle 64,64 959,959 200,200" "$work/mask.png"
  convert "$work/gradient.png" "$work/mask.png" -alpha off -compose CopyOpacity -composite "$work/square.png"
  # A thin light line under the word: the desk.
  convert "$work/square.png" \
    -fill 'rgba(255,255,255,0.55)' -draw "roundrectangle 262,690 762,712 11,11" \
    -font "$font" -pointsize 330 -fill white -gravity center -annotate +0-40 'DGTi' \
    -strip "$source_png"
  echo "drew $source_png"
fi

[[ -f "$source_png" ]] || { echo "missing $source_png (run with --redraw)" >&2; exit 1; }
mkdir -p "$here/png"
for size in 16 24 32 48 64 128 256 512 1024; do
  convert "$source_png" -filter Lanczos -resize "${size}x${size}" -strip "PNG32:$here/png/dgti-desk-$size.png"
done
# Linux: jpackage wants one .png (it becomes the menu icon and the window icon of the launcher).
cp "$here/png/dgti-desk-256.png" "$here/dgti-desk-linux.png"
# Windows: one .ico holding the sizes Explorer and the Start menu ask for.
convert "$here/png/dgti-desk-16.png" "$here/png/dgti-desk-24.png" "$here/png/dgti-desk-32.png" \
  "$here/png/dgti-desk-48.png" "$here/png/dgti-desk-64.png" "$here/png/dgti-desk-128.png" \
  "$here/png/dgti-desk-256.png" "$here/dgti-desk.ico"
# macOS: .icns from the sizes png2icns knows (16, 32, 48, 128, 256, 512, 1024).
if command -v png2icns >/dev/null; then
  png2icns "$here/dgti-desk.icns" "$here/png/dgti-desk-16.png" "$here/png/dgti-desk-32.png" \
    "$here/png/dgti-desk-48.png" "$here/png/dgti-desk-128.png" "$here/png/dgti-desk-256.png" \
    "$here/png/dgti-desk-512.png" "$here/png/dgti-desk-1024.png" >/dev/null
else
  echo "png2icns not found (apt-get install icnsutils): dgti-desk.icns left as it was" >&2
fi
ls -l "$here"/dgti-desk.* "$here"/dgti-desk-linux.png
