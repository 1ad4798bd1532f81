// Character classes by UTF-16 code unit, without a regex per character for ASCII (the hot path).

const LETTER_RE = /\p{L}/u;
const MARK_RE = /\p{M}/u;
const UPPER_RE = /\p{Lu}|\p{Lt}/u;

/** 0 other, 1 lower letter, 2 upper letter, 3 digit. ASCII table, filled once. */
const ASCII = new Uint8Array(128);
for (let c = 97; c <= 122; c++) ASCII[c] = 1;
for (let c = 65; c <= 90; c++) ASCII[c] = 2;
for (let c = 48; c <= 57; c++) ASCII[c] = 3;

/** A letter of any script (surrogate halves count as letters only when the pair is one). */
export function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? ASCII[c] === 1 || ASCII[c] === 2 : isNonAsciiLetterAt(text, i, c);
}

// Kept apart so that the ASCII test above stays small enough to be inlined into the tokenizer's loops.
function isNonAsciiLetterAt(text: string, i: number, c: number): boolean {
  if (c >= 0xd800 && c <= 0xdfff) {
    const cp = text.codePointAt(c <= 0xdbff ? i : i - 1);
    return cp !== undefined && cp > 0xffff && LETTER_RE.test(String.fromCodePoint(cp));
  }
  return bmpClass(LETTER_BMP, LETTER_RE, c);
}

// Answers of the Unicode class regexes per BMP code unit (0 not asked yet, 1 yes, 2 no): curly quotes, dashes and
// accented letters recur in every article, and a regex run per occurrence cost more than the rest of the scan.
const LETTER_BMP = new Uint8Array(65536);
const MARK_BMP = new Uint8Array(65536);
const UPPER_BMP = new Uint8Array(65536);

function bmpClass(table: Uint8Array, re: RegExp, c: number): boolean {
  let k = table[c];
  if (k === 0) {
    k = re.test(String.fromCharCode(c)) ? 1 : 2;
    table[c] = k;
  }
  return k === 1;
}

/** A combining mark (accents written as separate code units): it belongs to the word before it. */
export function isMarkCode(c: number): boolean {
  if (c < 0x300) return false;
  if (c <= 0x36f) return true;
  return c < 0xd800 && bmpClass(MARK_BMP, MARK_RE, c);
}

export function isUpperCode(c: number): boolean {
  return c < 128 ? ASCII[c] === 2 : c < 0xd800 || c > 0xdfff ? bmpClass(UPPER_BMP, UPPER_RE, c) : false;
}

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isSpaceCode(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0xfeff || c === 12 || c === 11 || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0x202f;
}

/** Apostrophes: ' and ’ (never quote marks). */
export function isApostropheCode(c: number): boolean {
  return c === 39 || c === 0x2019;
}

export function isHyphenCode(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}

/** Lower-case URL-ish slug: "Kim Jong Un" -> "kim-jong-un", "U.S." -> "us". */
/** Letters that no canonical decomposition splits into a base letter and an accent ("ø", "ð", "ł", "ß"). */
const SOLID_LETTERS: Readonly<Record<string, string>> = { ø: 'o', ð: 'd', đ: 'd', ł: 'l', ß: 'ss', þ: 'th', æ: 'ae', œ: 'oe', ı: 'i' };
const SOLID_LETTER_RE = /[øðđłßþæœı]/g;

/** Lower-case text with those letters written as their base letters ("østergaard" -> "ostergaard"). */
function foldLetters(lower: string): string {
  return lower.replace(SOLID_LETTER_RE, (m) => SOLID_LETTERS[m]);
}

export function slugify(name: string): string {
  let out = '';
  let dash = false;
  let ascii = true;
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) > 127) { ascii = false; break; }
  const s = ascii ? name.toLowerCase() : foldLetters(name.normalize('NFKD').toLowerCase());
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (dash && out.length) out += '-';
      out += s[i];
      dash = false;
    } else if (c === 46 || isApostropheCode(c) || (c >= 0x300 && c <= 0x36f) || (c >= 0x2bb && c <= 0x2bf)) {
      // periods (U.S.), apostrophes, stripped accents and the glottal-stop letters (the Tongan and Hawaiian ʻokina in
      // "Haʻapai", the ayn in "Sanʿa") do not split a word and are no part of its id
    } else if (c > 127 && LETTER_RE.test(s[i])) {
      if (dash && out.length) out += '-';
      out += s[i];
      dash = false;
    } else {
      dash = true;
    }
  }
  return out;
}

// Words recur: each distinct capitalised word is lower-cased once. Bounded: the memo starts over when it is full.
const LOWER_MEMO = new Map<string, string>();
const LOWER_MEMO_MAX = 20_000;

/**
 * s.toLowerCase(), cheaper for words: a word with no capital and no non-ASCII character is returned as it is, and
 * other words are memoised (V8 lower-cases strings that hold any non-Latin-1 character, as article text does,
 * through a slow general path, even when the word itself is ASCII).
 */
export function lowerCase(s: string): string {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c > 127) return memoLower(s);
  }
  return s;
}

function memoLower(s: string): string {
  let lower = LOWER_MEMO.get(s);
  if (lower === undefined) {
    if (LOWER_MEMO.size >= LOWER_MEMO_MAX) LOWER_MEMO.clear();
    lower = s.toLowerCase();
    LOWER_MEMO.set(s, lower);
  }
  return lower;
}

const FOLD_MEMO = new Map<string, string>();
const FOLD_MEMO_MAX = 5_000;

/**
 * A lower-case word without its accents ("lucía" -> "lucia", "bjørn" -> "bjorn"); ASCII words are returned as they
 * are without any work. Memoised and bounded like lowerCase.
 */
export function foldAccents(s: string): string {
  let k = 0;
  while (k < s.length && s.charCodeAt(k) < 128) k++;
  if (k === s.length) return s;
  let folded = FOLD_MEMO.get(s);
  if (folded === undefined) {
    if (FOLD_MEMO.size >= FOLD_MEMO_MAX) FOLD_MEMO.clear();
    folded = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/å/g, 'a');
    FOLD_MEMO.set(s, folded);
  }
  return folded;
}
