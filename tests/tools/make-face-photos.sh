#!/usr/bin/env bash
# Makes the photos the face-detection tests read: pictures with no face in them
# (the things a nursery posts instead: paintings, hands at work, a garden, food,
# a certificate, toys) drawn with ImageMagick, and pictures with faces cut from
# face-api's own sample photos (MIT, node_modules/@vladmandic/face-api/demo):
# one face close up, one face small in a wide scene, a photo stored sideways
# with an EXIF orientation, and one carrying every kind of metadata; and the
# formats a browser cannot draw: a HEIC (what an iPhone saves, by heif-enc) and a
# TIFF (a scanner's), each with faces and without.
# Usage: tests/tools/make-face-photos.sh [OUT_DIR]   (default: tests/fixtures/photos/faces)
# Needs: /usr/bin/convert (imagemagick), exiftool (libimage-exiftool-perl), heif-enc (libheif-examples), ffmpeg,
# npm install done.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${1:-$root/tests/fixtures/photos/faces}"
samples="$root/node_modules/@vladmandic/face-api/demo"
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
convert=/usr/bin/convert
# jpeg INPUT... [OPTIONS...] OUTPUT: a baseline JPEG with no metadata of its own.
jpeg() { "$convert" "${@:1:$#-1}" -strip -sampling-factor 2x2 -quality 82 "${@: -1}"; }
exif() { exiftool -q -overwrite_original "$@"; }

# --- No face ---------------------------------------------------------------
# Plasma is seeded so that every run makes the same picture on every run.
seed=(-seed 14)

# Garden: sky, plasma hills and a path.
"$convert" "${seed[@]}" -size 1200x900 gradient:'#9cc9f0'-'#e8f4fc' \
  \( -size 1200x500 plasma: -colorspace gray -blur 0x2 +level-colors '#2f6a22','#a5d36a' \) -geometry +0+400 -composite \
  -fill '#b89b72' -draw 'polygon 520,900 680,900 620,420 590,420' "$work/garden.png"
jpeg "$work/garden.png" "$out/no-face-garden.jpg"

# A painting on an easel: thick random strokes of primary colours on paper.
"$convert" "${seed[@]}" -size 1000x1000 xc:'#fbf8f0' \
  -stroke '#d8262d' -strokewidth 38 -fill none -draw 'path "M 80,200 C 300,40 500,420 900,180"' \
  -stroke '#2a5db0' -strokewidth 30 -draw 'path "M 100,700 C 350,500 600,900 920,620"' \
  -stroke '#f2c230' -strokewidth 44 -draw 'path "M 500,80 C 420,400 640,560 520,940"' \
  -stroke '#3a9a48' -strokewidth 26 -draw 'path "M 60,460 C 260,380 700,520 960,420"' \
  -blur 0x1 "$work/painting.png"
jpeg "$work/painting.png" "$out/no-face-painting.jpg"

# Hands at work: two skin-toned hands (palm and fingers) pressing dough on a wooden table.
"$convert" "${seed[@]}" -size 1200x800 plasma: -colorspace gray +level-colors '#8a5a2c','#d0a068' -motion-blur 0x40+0 "$work/wood.png"
"$convert" "$work/wood.png" \
  -fill '#f1e4c8' -draw 'ellipse 600,430 260,150 0,360' \
  -fill '#e0ac85' -draw 'roundrectangle 250,300 430,480 60,60' \
  -draw 'roundrectangle 262,180 292,320 15,15' -draw 'roundrectangle 300,160 330,310 15,15' \
  -draw 'roundrectangle 338,170 368,310 15,15' -draw 'roundrectangle 376,200 404,320 14,14' \
  -draw 'roundrectangle 410,330 500,360 15,15' \
  -fill '#8d5a3b' -draw 'roundrectangle 760,330 940,510 60,60' \
  -draw 'roundrectangle 772,210 802,350 15,15' -draw 'roundrectangle 810,190 840,340 15,15' \
  -draw 'roundrectangle 848,200 878,340 15,15' -draw 'roundrectangle 886,230 914,350 14,14' \
  -draw 'roundrectangle 700,360 790,390 15,15' -blur 0x3 "$work/hands.png"
jpeg "$work/hands.png" "$out/no-face-hands.jpg"

# Snack time: a plate with two round pieces of fruit and a banana, the classic accidental "face".
"$convert" -size 1000x1000 xc:'#dfe7ee' \
  -fill white -stroke '#c9ced3' -strokewidth 6 -draw 'circle 500,500 500,120' -stroke none \
  -fill '#d2352b' -draw 'circle 380,400 380,330' -fill '#f08a24' -draw 'circle 620,400 620,335' \
  -fill '#f3d34a' -draw 'ellipse 500,640 170,55 0,180' -blur 0x2 "$work/snack.png"
jpeg "$work/snack.png" "$out/no-face-snack.jpg"

# A certificate with a child's achievement written on it.
"$convert" -size 1400x1000 xc:'#fffdf5' -fill none -stroke '#1d3f6e' -strokewidth 14 -draw 'rectangle 40,40 1360,960' \
  -stroke none -fill '#1d3f6e' -font Helvetica-Bold -pointsize 84 -gravity north -annotate +0+140 'Certificate' \
  -font Helvetica -pointsize 52 -annotate +0+300 'for brilliant tidying up' \
  -pointsize 44 -annotate +0+480 'Sunflower Room, Little Acorns' \
  -fill '#d9a520' -draw 'circle 700,760 700,670' "$work/certificate.png"
jpeg "$work/certificate.png" "$out/no-face-certificate.jpg"

# Building blocks: coloured cubes with letters, on a play mat.
"$convert" -size 1200x900 xc:'#5b8fd6' \
  -fill '#e53935' -draw 'rectangle 150,420 390,660' -fill '#fdd835' -draw 'rectangle 400,430 640,670' \
  -fill '#43a047' -draw 'rectangle 270,180 510,420' -fill '#fb8c00' -draw 'rectangle 760,380 1000,620' \
  -fill white -font Helvetica-Bold -pointsize 170 \
  -annotate +205+610 'A' -annotate +455+620 'B' -annotate +325+370 'C' -annotate +815+570 'D' \
  -blur 0x1.5 "$work/blocks.png"
jpeg "$work/blocks.png" "$out/no-face-blocks.jpg"

# Sand tray: fine noise with a few shells.
"$convert" "${seed[@]}" -size 1000x750 xc:'#d8c08c' +noise Gaussian -blur 0x1 \
  -fill '#f3e6d0' -draw 'ellipse 300,300 60,40 20,340' -draw 'ellipse 700,500 50,34 0,360' \
  -draw 'ellipse 560,200 40,28 0,360' "$work/sand.png"
jpeg "$work/sand.png" "$out/no-face-sand.jpg"

# Leaves collected on a nature walk.
leaves=()
for i in $(seq 0 23); do
  x=$(( (i * 397) % 1100 + 50 )); y=$(( (i * 251) % 800 + 50 )); r=$(( (i * 37) % 180 ))
  leaves+=(-fill "$([ $((i % 3)) = 0 ] && echo '#c0551f' || ([ $((i % 3)) = 1 ] && echo '#e0a526' || echo '#7a8f2b'))" -draw "ellipse $x,$y 70,30 $r,$((r + 360))")
done
"$convert" -size 1200x900 xc:'#6b4a2e' "${leaves[@]}" -blur 0x1 "$work/leaves.png"
jpeg "$work/leaves.png" "$out/no-face-leaves.jpg"

# A brick wall with a painted sign.
"$convert" -size 1200x800 tile:pattern:bricks -fill '#a4472f' -opaque black -fill '#ddd2c4' -opaque white \
  -fill '#fafafa' -draw 'rectangle 250,250 950,520' -fill '#2e7d32' -font Helvetica-Bold -pointsize 72 \
  -annotate +300+415 'Welcome, everyone!' -blur 0x1 "$work/wall.png"
jpeg "$work/wall.png" "$out/no-face-wall.jpg"

# A newsletter page: columns of text in boxes, like a screenshot of a notice or a form (text-heavy pages are what the
# detector most often mistakes for a face).
news=(-font Helvetica-Bold -pointsize 44 -fill '#1d3f6e' -annotate +60+90 'Sunflower Room news' -font Helvetica -pointsize 22 -fill '#333333')
for i in $(seq 0 13); do
  news+=(-annotate +60+$((160 + i * 36)) "Week $((i + 1)): planting, painting, stories and songs in the garden")
  news+=(-annotate +760+$((160 + i * 36)) "Reminder $((i + 1)): wellies, sun hats and named water bottles")
done
"$convert" -size 1280x900 xc:'#f4f6f8' -fill white -stroke '#c9d1d9' -draw 'rectangle 40,130 700,700' -draw 'rectangle 740,130 1240,700' \
  -stroke none "${news[@]}" -fill '#2a6fb0' -draw 'roundrectangle 60,760 300,820 10,10' -fill white -font Helvetica-Bold \
  -pointsize 26 -annotate +100+800 'Read more' "$work/newsletter.png"
jpeg "$work/newsletter.png" "$out/no-face-newsletter.jpg"

# Clouds, and ImageMagick's own photograph of a rose, enlarged.
"$convert" "${seed[@]}" -size 1200x800 plasma: -colorspace gray -blur 0x6 +level-colors '#4f86d6','#ffffff' "$work/clouds.png"
jpeg "$work/clouds.png" "$out/no-face-clouds.jpg"
"$convert" rose: -resize 1000x "$work/rose.png"
jpeg "$work/rose.png" "$out/no-face-rose.jpg"

# --- Faces -----------------------------------------------------------------
# One face close up: a head-and-shoulders crop.
jpeg "$samples/sample3.jpg" -crop 620x760+860+60 +repage -resize 600x "$out/face-close-up.jpg"

# One face filling the frame, as a phone held close to a child takes it.
jpeg "$out/face-close-up.jpg" -crop 330x330+130+150 +repage -resize 400x "$out/face-filling-frame.jpg"

# One face small in a wide scene: a head about a ninth of the picture's width (the face itself about 6%), in a garden.
"$convert" "$samples/sample6.jpg" -crop 440x560+80+440 +repage -resize 180x "$work/small.png"
"$convert" "$work/garden.png" -resize 1600x "$work/small.png" -geometry +1000+500 -composite "$work/small-scene.png"
jpeg "$work/small-scene.png" "$out/face-small-in-scene.jpg"

# Stored sideways: the pixels turned a quarter, and EXIF orientation 6 ("rotate 90° clockwise to show").
# Both carry an EXIF thumbnail, as cameras write them: it shows the faces, so a blurred copy must not keep it.
jpeg "$samples/sample5.jpg" -resize 1000x -rotate -90 "$out/faces-sideways-exif.jpg"
jpeg "$out/faces-sideways-exif.jpg" -resize 120x "$work/sideways-thumb.jpg"
exif -Orientation=6 -n '-ThumbnailImage<='"$work/sideways-thumb.jpg" "$out/faces-sideways-exif.jpg"

# With every kind of metadata a phone or editor writes: EXIF (camera, time, GPS), XMP, IPTC, an ICC profile and a comment.
jpeg "$samples/sample1.jpg" -resize 1200x "$work/meta.jpg"
"$convert" "$work/meta.jpg" -profile /usr/share/color/icc/ghostscript/srgb.icc "$out/faces-with-metadata.jpg"
jpeg "$work/meta.jpg" -resize 160x "$work/meta-thumb.jpg"
exif '-ThumbnailImage<='"$work/meta-thumb.jpg" -Make=Apple -Model='iPhone 15' -DateTimeOriginal='2026:11:20 10:31:02' -Artist='Little Acorns' \
  -GPSLatitude=53.8 -GPSLatitudeRef=N -GPSLongitude=1.55 -GPSLongitudeRef=W -GPSAltitude=40 \
  -XMP-dc:Subject='#consentgiven' -XMP-dc:Description='Dressing-up day' \
  -XMP:GPSLatitude=53.8 -XMP:GPSLongitude=-1.55 -XMP-photoshop:City=Leeds \
  -IPTC:Keywords=consentgiven -IPTC:Caption-Abstract='Dressing-up day' -IPTC:City=Leeds \
  -Comment='Taken in the Sunflower Room' "$out/faces-with-metadata.jpg"

# --- Formats a browser cannot draw -------------------------------------------
# HEIC, HEVC-coded as an iPhone saves its photos: a group, and hands at work.
"$convert" "$samples/sample5.jpg" -resize 900x "$work/iphone.jpg"
heif-enc -q 50 "$work/iphone.jpg" -o "$out/faces-iphone.heic" >/dev/null
heif-enc -q 50 "$out/no-face-hands.jpg" -o "$out/no-face-hands.heic" >/dev/null
# TIFF, deflate-compressed as scanners write it: a group stored sideways with orientation 6, and the painting.
"$convert" "$samples/sample1.jpg" -resize 640x -rotate -90 -strip -compress zip "$out/faces-scanned-sideways.tif"
exif -Orientation=6 -n "$out/faces-scanned-sideways.tif"
"$convert" "$out/no-face-painting.jpg" -resize 500x -strip -compress zip "$out/no-face-painting.tif"

# --- Videos ------------------------------------------------------------------
# A few seconds from a phone, as H.264 in MP4 (what phones and Chromium share): the face photo with a slow zoom, so
# the opening frames differ, and the garden with none. Even sizes, which yuv420p needs; no audio, no metadata.
video() { ffmpeg -v error -y -loop 1 -i "$1" -t 3 -r 10 -vf "scale=$2,zoompan=z='1+0.002*on':d=1:s=$2:fps=10" \
  -c:v libx264 -preset medium -crf 26 -pix_fmt yuv420p -map_metadata -1 -movflags +faststart "$3"; }
video "$out/face-close-up.jpg" 600x736 "$out/video-face.mp4"
video "$out/no-face-garden.jpg" 800x600 "$out/video-no-face.mp4"
# A video the browser cannot decode: a sound MP4 box structure (so its location can be read and the site can take it)
# holding MPEG-4 Part 2 video, which neither Chromium nor Firefox plays.
ffmpeg -v error -y -loop 1 -i "$out/face-close-up.jpg" -t 2 -r 10 -vf scale=600x736 -c:v mpeg4 -q:v 5 -map_metadata -1 \
  "$out/video-undecodable.mp4"
