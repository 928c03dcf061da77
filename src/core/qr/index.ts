/**
 * QR codes for the printed handbook, from the `qr` library (MIT OR Apache-2.0, no
 * dependencies). Only the handbook (`<gp-handbook>`, `guidepost handbook`) imports this folder,
 * and the element loads it only when it prints a code, so no citizen's walkthrough or tour
 * page downloads the library.
 *
 * @packageDocumentation
 */
import encodeQR from 'qr';

/** A QR code as one SVG path: dark modules of `size` × `size` (quiet zone included). */
export interface QrCode {
  size: number;
  /** The `d` of an SVG `<path>` drawing the dark modules, one unit per module. */
  path: string;
}

/** The quiet zone around the code, in modules, as the QR standard asks. */
const border = 4;

/**
 * The QR code for `text` (an address), with medium error correction so a creased or stained
 * page still scans. Throws for a text too long for any QR code. Drawn by us as one path of numbers, so nothing but numbers reaches the SVG.
 */
export function qrCode(text: string): QrCode {
  const rows = encodeQR(text, 'raw', { ecc: 'medium', border });
  const size = rows.length;
  let path = '';
  rows.forEach((row, y) => {
    for (let x = 0; x < row.length; x += 1) {
      if (!row[x]) continue;
      let run = 1;
      while (row[x + run]) run += 1;
      path += `M${x} ${y}h${run}v1h-${run}z`;
      x += run - 1;
    }
  });
  return { size, path };
}
