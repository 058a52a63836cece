#!/usr/bin/env bash
# Makes the photos the writing (OCR) tests read: writing on the things a nursery photographs (a drawing, a coat
# peg label, a certificate, a sign, a cake), in several fonts, sizes and angles, on textured backgrounds, and
# photos with no writing at all. Every font is one Debian's ImageMagick, fonts-dejavu, fonts-liberation and
# fonts-urw-base35 packages ship. The random textures use fixed seeds, so the photos come out the same each run.
# Usage: make-writing-photos.sh [OUT_DIR]   (default: tests/fixtures/photos/writing)
set -euo pipefail

out="${1:-$(cd "$(dirname "$0")/../fixtures/photos/writing" && pwd)}"
mkdir -p "$out"
cd "$out"
convert=/usr/bin/convert
jpeg=(-strip -sampling-factor 4:2:0 -quality 82)

# A child's drawing: crayon scribbles on paper, the child's full name written slantwise along the bottom.
"$convert" -seed 11 -size 900x700 xc:'#f4efe4' +noise Gaussian -attenuate 0.4 -blur 0x1 \
  -stroke '#d2462c' -strokewidth 9 -fill none -draw 'ellipse 300,260 140,110 0,360' \
  -stroke '#2f7d32' -strokewidth 7 -draw 'line 120,520 420,380' -draw 'line 500,150 780,330' \
  -stroke '#f2b90f' -strokewidth 12 -draw 'ellipse 680,200 60,60 0,360' \
  -stroke none -fill '#1b3c8c' -font DejaVu-Sans-Bold -pointsize 58 -annotate -4x-4+150+640 'Lily-Mae Thompson' \
  "${jpeg[@]}" drawing-full-name.jpg

# A coat peg: a small white label on a wooden board, a first name in a rounded sans-serif.
"$convert" -seed 12 -size 900x600 plasma:'#8a5a2b'-'#c08a4f' -blur 0x4 -motion-blur 0x18+0 \
  -fill '#d9d9d9' -draw 'roundrectangle 300,200 640,330 18,18' \
  -fill '#777777' -draw 'circle 470,430 470,470' \
  -fill '#202020' -font URW-Gothic-Demi -pointsize 64 -annotate +345+292 'Amelia' \
  "${jpeg[@]}" coat-peg.jpg

# A certificate held up to the camera: a serif heading and the child's full name, turned a little.
"$convert" -seed 13 -size 1000x760 xc:'#fffaf0' -fill none -stroke '#b08d2c' -strokewidth 14 -draw 'rectangle 30,30 970,730' \
  -stroke none -fill '#3a2a10' -font Palatino-Bold -pointsize 54 -annotate +200+170 'Star of the Week' \
  -font NewCenturySchlbk-Italic -pointsize 40 -annotate +360+300 'awarded to' \
  -font Times-Bold -pointsize 76 -annotate +250+430 'Oliver Bennett' \
  -font Helvetica -pointsize 34 -annotate +220+560 'for kind hands and sharing' \
  -background '#6b7f5a' -rotate 6 +repage -resize 900x \
  "${jpeg[@]}" certificate.jpg

# A notice board with a phone number and an email address.
"$convert" -seed 14 -size 900x600 plasma:'#2d5f8a'-'#3f7fb0' -blur 0x6 \
  -fill '#fdfdf5' -draw 'rectangle 120,140 780,470' \
  -fill '#111111' -font Liberation-Sans-Bold -pointsize 50 -annotate +170+240 'Call Jade on' \
  -font Liberation-Mono-Bold -pointsize 54 -annotate +170+330 '07700 900461' \
  -font Liberation-Sans -pointsize 36 -annotate +170+420 'jade.parker@example.com' \
  "${jpeg[@]}" notice-phone.jpg

# A card held at an angle: the name runs 20 degrees uphill, more than tesseract reads without turning the picture.
"$convert" -size 900x600 xc:'#e9e4da' -fill '#fffdf6' -draw 'rectangle 90,120 810,480' \
  -fill '#7a1f3d' -font Nimbus-Sans-Bold -pointsize 60 -annotate -20x-20+200+430 'Isla Morgan' \
  "${jpeg[@]}" card-tilted.jpg

# A chalkboard: light writing on a dark ground, in a hand-lettered italic.
"$convert" -seed 20 -size 900x600 plasma:'#2f3b35'-'#3c4a42' -blur 0x3 \
  -fill '#f2f2ea' -font URW-Bookman-Light-Italic -pointsize 58 -annotate +120+250 'Happy Birthday' \
  -font URW-Bookman-Demi -pointsize 66 -annotate +150+380 'Freya Wilson' \
  "${jpeg[@]}" chalkboard.jpg

# A name sticker saved as a PNG with a clear background (stored black, as the writing is).
"$convert" -size 700x300 xc:none -fill black -font Liberation-Serif-Bold -pointsize 64 -annotate +60+175 'Zara Ahmed' \
  -strip name-sticker-clear.png

# A birthday cake: ordinary words in icing, no name.
"$convert" -seed 15 -size 900x700 plasma:'#f7d6e0'-'#f0b8c8' -blur 0x5 \
  -fill '#fff8f0' -draw 'ellipse 450,380 330,200 0,360' \
  -fill '#b0306a' -font Bookman-DemiItalic -pointsize 66 -annotate -3x-3+205+400 'Happy Birthday' \
  "${jpeg[@]}" birthday-cake.jpg

# The setting's own welcome sign: a name that is not a person's.
"$convert" -seed 16 -size 1000x560 plasma:'#4f7a3a'-'#6d9a4c' -blur 0x6 \
  -fill '#f2e3c6' -draw 'roundrectangle 90,150 910,420 30,30' \
  -fill '#3b2414' -font NimbusSans-Bold -pointsize 64 -annotate +140+300 'Welcome to Little Acorns' \
  -font NimbusSans-Regular -pointsize 38 -annotate +330+380 'Nursery and Pre-school' \
  "${jpeg[@]}" welcome-sign.jpg

# No writing: a garden of leaves and flowers, and a busy painting-table texture (what OCR noise is made of).
"$convert" -seed 17 -size 900x700 plasma:'#3f8f3f'-'#9fd27f' -blur 0x2 \
  -fill '#e84a5f' -draw 'circle 200,200 240,230' -draw 'circle 650,480 700,500' \
  -fill '#ffd166' -draw 'circle 420,330 450,350' -stroke '#2b5d2b' -strokewidth 6 -draw 'line 200,230 220,690' \
  "${jpeg[@]}" garden-no-writing.jpg
"$convert" -seed 18 -size 900x700 plasma:fractal -blur 0x1 -modulate 100,140 \
  "${jpeg[@]}" paint-table-no-writing.jpg

# A name on a lunchbox, photographed sideways: the pixels are stored turned and EXIF Orientation 6 puts them upright.
"$convert" -seed 19 -size 900x600 xc:'#58b4d1' -fill '#ffffff' -draw 'roundrectangle 150,180 750,420 40,40' \
  -fill '#c0392b' -font DejaVu-Serif-Bold -pointsize 60 -annotate +215+330 'Noah Kowalski' \
  -rotate -90 "${jpeg[@]}" lunchbox-turned.jpg
exiftool -q -overwrite_original -Orientation#=6 lunchbox-turned.jpg
