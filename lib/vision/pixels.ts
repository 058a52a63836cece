/**
 * A picture's pixels as shown (its orientation applied): RGBA, four bytes a
 * pixel, row by row. Decoding is the one part that differs between the browser
 * (createImageBitmap) and Node; face detection, OCR and blurring work on this.
 */
export interface Pixels {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}
