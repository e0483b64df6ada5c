// How wide a line of text is in DejaVu Sans, the font pictures are drawn in. Vega lays a picture
// out by the width of its labels and titles, and without a canvas it guesses 0.8 em a character,
// which leaves wide gaps and wraps titles too early. These are the font's own advance
// widths, read from DejaVuSans.ttf and DejaVuSans-Bold.ttf (version 2.37), in thousandths of an em.

// Printable ASCII, from the space (U+0020) to the tilde (U+007E).
const REGULAR = [
  318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636,
  636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632,
  575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685,
  611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579,
  278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
];
const BOLD = [
  348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696,
  696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683,
  683, 821, 837, 372, 372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771,
  724, 725, 457, 365, 457, 838, 500, 500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665,
  343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838,
];
// Punctuation vnjp's titles use, in both weights alike.
const WIDE: Record<string, number> = { "–": 500, "—": 1000, "…": 1000, "’": 318 };
// Chinese, Japanese and Korean characters and full-width forms take a whole em.
const FULL_WIDTH = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;

function charWidth(char: string, table: readonly number[]): number {
  const code = char.codePointAt(0)!;
  if (code >= 0x20 && code < 0x7f) return table[code - 0x20]!;
  if (WIDE[char] !== undefined) return WIDE[char]!;
  if (FULL_WIDTH.test(char)) return 1000;
  // A Vietnamese letter is as wide as its base letter: ặ as a, Đ as D.
  const base = char.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  if (base.length === 1 && base !== char) return charWidth(base, table);
  if (char === "Đ" || char === "đ") return charWidth(char === "Đ" ? "D" : "d", table);
  return 600;
}

// Vega measures the same labels many times while it lays a picture out.
const measured = new Map<string, number>();

/** The width in pixels of `text` set in DejaVu Sans at `size` pixels. */
export function textWidth(text: string, size: number, bold = false): number {
  const key = `${bold ? "b" : "r"}${size}|${text}`;
  let width = measured.get(key);
  if (width === undefined) {
    const table = bold ? BOLD : REGULAR;
    width = 0;
    for (const char of text.normalize("NFC")) width += charWidth(char, table);
    width = (width * size) / 1000;
    measured.set(key, width);
  }
  return width;
}

/** Word-wraps `text` into lines at most `width` pixels wide; a longer word stands alone. */
export function wrapToWidth(text: string, width: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, size, bold) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}
