import { codeUnits } from './codeUnits';
import { isApostropheCode, isDigitCode, isHyphenCode, isLetterAt, isMarkCode, isSpaceCode, isUpperCode, lowerCase } from './chars';

// A const enum: its values are written into the code that reads them. A plain enum is an object of another module,
// and every `t.kind === TokenKind.Word` of the rules loaded that module's exports and the enum object and checked
// both their maps first.
export const enum TokenKind {
  Word = 0,
  Number = 1,
  Punct = 2,
}

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: TokenKind;
  /** First character is an upper-case letter. */
  readonly upper: boolean;
  /** Every letter is upper case and there are at least two ("US", "U.S.", "DPRK"). */
  readonly caps: boolean;
  /** Line breaks in the white space before the token. */
  readonly nl: number;
  /** The text holds a hyphen-minus ("-"): most words do not, and need no search for one. */
  readonly dash: boolean;
  /** The text holds a period ("U.S.", "Jan.", "3.5"). */
  readonly dot: boolean;
}

/** 1 for an ASCII letter (the common start of a token). */
const ASCII_LETTER = new Uint8Array(128);
for (let c = 65; c <= 90; c++) ASCII_LETTER[c] = ASCII_LETTER[c + 32] = 1;

/**
 * 1 for an ASCII letter or digit, by any code unit (a full table: the word loops index it without a range test).
 * The loops that read it call nothing: a call in a loop body makes V8 keep the loop's state on the stack and re-check
 * the code-unit array at every character, which cost several times the test itself.
 */
const ASCII_ALNUM = new Uint8Array(65536);
for (let c = 48; c <= 57; c++) ASCII_ALNUM[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_ALNUM[c] = ASCII_ALNUM[c + 32] = 1;

const UPPER_BIT = 4;
const CAPS_BIT = 8;
const DASH_BIT = 16;
const DOT_BIT = 32;
const NL_SHIFT = 6;

/**
 * A token with its kind, capitals and line breaks packed into one number: a token is made for every word of every
 * article, and four fields instead of seven make each a third smaller (less to allocate and to collect).
 */
class PackedToken implements Token {
  // Declared, not class fields (nor parameter properties): a class field is first defined as undefined, which makes
  // V8 store every field as a generic value, and then each read of a token's start or end checks and untags it.
  declare readonly start: number;
  declare readonly end: number;
  declare readonly text: string;
  /** kind in bits 0-1, upper bit 2, caps bit 3, dash bit 4, dot bit 5, line breaks from bit 6 on. */
  private declare readonly bits: number;

  constructor(start: number, end: number, text: string, bits: number) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.bits = bits;
  }

  get kind(): TokenKind {
    return this.bits & 3;
  }

  get upper(): boolean {
    return (this.bits & UPPER_BIT) !== 0;
  }

  get caps(): boolean {
    return (this.bits & CAPS_BIT) !== 0;
  }

  get nl(): number {
    return this.bits >>> NL_SHIFT;
  }

  get dash(): boolean {
    return (this.bits & DASH_BIT) !== 0;
  }

  get dot(): boolean {
    return (this.bits & DOT_BIT) !== 0;
  }
}

/**
 * The plain words of the text tokenized last, for the attribution tokenizer (attribution/textScan), which splits the
 * same article into words by its own rules: a word of ASCII letters and digits that ends at an ASCII character other
 * than a joiner ("-", "'", ".", "&") is a word of its rules too, with the same offsets. Index 0 holds the number of
 * entries; from index 1 on, start and end per plain word. Handed over, they spare that tokenizer its walk over most
 * characters (a character read in a typed-array loop costs about 17 instructions): 141M -> 125M per 1 MB round for
 * the two tokenizers together.
 */
let plainText: string | null = null;
let plainSpans: Int32Array = new Int32Array(1);

/** The plain-word spans (see plainSpans) of `text` when it is the text tokenized last, otherwise null. */
export function plainWordSpans(text: string): Int32Array | null {
  return text === plainText ? plainSpans : null;
}

/**
 * Offsets of the double quotation marks (" “ ” „ « ») in the text tokenized last, in order, for the quote finder:
 * each mark is a punctuation token of its own (no word, number or space takes one in), so the tokenizer notes them
 * in passing and the quote finder need not scan the article for them again.
 */
let quoteMarkText: string | null = null;
let quoteMarks: number[] = [];

/** The quotation marks' offsets (read only) when `text` is the text tokenized last, otherwise null. */
export function quoteMarkOffsets(text: string): readonly number[] | null {
  return text === quoteMarkText ? quoteMarks : null;
}

function isQuoteMarkCode(c: number): boolean {
  return c === 34 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb;
}

/** Abbreviations (lower case, without the period) whose period is part of the word. */
export type AbbreviationSet = ReadonlySet<string>;

/**
 * Splits text into words, numbers and single punctuation characters in one pass over the code units.
 * Possessive 's is split off ("Russia’s" -> "Russia", "’s"); hyphenated and dotted names stay whole
 * ("Thomas-Greenfield", "U.S."); combining marks and surrogate pairs stay inside their word.
 */
export function tokenize(text: string, abbreviations: AbbreviationSet): Token[] {
  const tokens: Token[] = [];
  // every character is read from the code units (see codeUnits); the string is sliced for the token texts and
  // asked about letters outside ASCII
  const units = codeUnits(text);
  const n = text.length;
  // the tables as locals: read through the module's bindings, every character paid for a check that the binding
  // is initialised and for the array's map (V8 re-checks both at each read inside a loop)
  const letters = ASCII_LETTER;
  const alnum = ASCII_ALNUM;
  // (a plain word takes a character and the one after it: n + 1 entries at most)
  if (plainSpans.length < n + 2) plainSpans = new Int32Array(Math.max(n + 2, 2 * plainSpans.length));
  plainText = null;
  const spans = plainSpans;
  let k = 1;
  quoteMarkText = null;
  const qmarks: number[] = [];
  let i = 0;
  let nl = 0;
  while (i < n) {
    const c = units[i];
    if (c === 32) {
      i++;
      continue;
    }
    // most tokens start with an ASCII letter: those skip the white-space tests
    const asciiLetter = c < 128 && letters[c] === 1;
    if (!asciiLetter && isSpaceCode(c)) {
      if (c === 10) nl++;
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    // (false for a word of ASCII letters and digits only: it holds no hyphen and no period)
    let marks = true;
    // the plain word ends at a space: the next turn of the loop need not read it
    let spaceAfter = false;
    if (asciiLetter) {
      kind = TokenKind.Word;
      // most words are ASCII letters up to a space or a mark that cannot continue a word: scanWord is for the others
      // (a hyphen, an apostrophe, a period or a character outside ASCII after the letters)
      let e = i + 1;
      while (e < n && alnum[units[e]] === 1) e++;
      const d = e < n ? units[e] : 32;
      marks = !(d < 128 && d !== 45 && d !== 39 && d !== 46);
      i = marks ? scanWord(text, units, i, abbreviations) : e;
      if (!marks && d !== 38) {
        spans[k] = start;
        spans[k + 1] = e;
        k += 2;
        spaceAfter = d === 32;
      }
    } else if (c >= 128 && isLetterAt(text, i)) {
      kind = TokenKind.Word;
      i = scanWord(text, units, i, abbreviations);
    } else if (isDigitCode(c)) {
      kind = TokenKind.Number;
      i++;
      while (i < n) {
        const d = units[i];
        if (isDigitCode(d)) i++;
        else if ((d === 46 || d === 44 || d === 58 || d === 47 || d === 45) && i + 1 < n && isDigitCode(units[i + 1])) i += 2;
        else break;
      }
      // 1990s, 5th, 10am, 5G; but a capitalised word glued to a number is a word of its own ("2024-03-14Chile")
      while (i < n && isLetterUnit(text, units, i) && !startsCapitalisedWord(text, units, i)) i++;
    } else {
      kind = TokenKind.Punct;
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      // (a lone high surrogate takes the unit after it along, which may be a mark)
      if (isQuoteMarkCode(c) || (i - start === 2 && isQuoteMarkCode(units[start + 1]))) qmarks[qmarks.length] = i - 1;
      while (i < n && isMarkCode(units[i])) i++;
    }
    const word = text.slice(start, i);
    // (an ASCII letter is a capital below 'a'; the Arabic article is tested only at a lower-case "a" or "e"; a word
    // opening with the ʻokina is capitalised by its next letter: "ʻEua", "ʻAna")
    const upper = kind === TokenKind.Word && (asciiLetter ? c <= 90 || ((c === 97 || c === 101) && isArabicArticleName(units, start, i)) : isUpperCode(c) || isArabicArticleName(units, start, i) || (c === 0x2bb && i > start + 1 && isUpperCode(units[start + 1])));
    // (an indexed store, not push: V8 left this push to its generic builtin, at a tenth of the tokenizer's cost)
    tokens[tokens.length] = new PackedToken(start, i, word, kind | (upper ? UPPER_BIT : 0) | (upper && isAllCaps(units, start, i) ? CAPS_BIT : 0) | (marks ? markBits(units, start, i) : 0) | (nl << NL_SHIFT));
    nl = 0;
    if (spaceAfter) i++;
  }
  spans[0] = k - 1;
  plainText = text;
  quoteMarks = qmarks;
  quoteMarkText = text;
  return tokens;
}

/** DASH_BIT and DOT_BIT of the token units[start, end). */
function markBits(units: Uint16Array, start: number, end: number): number {
  let bits = 0;
  for (let k = start; k < end; k++) {
    const c = units[k];
    if (c === 45) bits |= DASH_BIT;
    else if (c === 46) bits |= DOT_BIT;
  }
  return bits;
}

/** isLetterAt(text, i) for i inside the text, with ASCII read from the code units. */
function isLetterUnit(text: string, units: Uint16Array, i: number): boolean {
  const c = units[i];
  return c < 128 ? ASCII_LETTER[c] === 1 : isLetterAt(text, i);
}

function scanWord(text: string, units: Uint16Array, i: number, abbreviations: AbbreviationSet): number {
  const n = text.length;
  const start = i;
  const alnum = ASCII_ALNUM; // (a local: see tokenize)
  for (;;) {
    for (;;) {
      while (i < n && alnum[units[i]] === 1) i++;
      // a letter or combining mark outside ASCII goes on with the word
      if (i < n && units[i] >= 128 && (isMarkCode(units[i]) || isLetterAt(text, i))) i++;
      else break;
    }
    if (i + 1 >= n) break;
    const d = units[i];
    // most words end at a space or a comma: only hyphens, apostrophes and periods continue a word
    if (d < 0x2010 && d !== 45 && d !== 39 && d !== 46) return i;
    const next = units[i + 1];
    if (isHyphenCode(d) && (isLetterUnit(text, units, i + 1) || isDigitCode(next))) {
      i++;
      continue;
    }
    if (isApostropheCode(d) && isLetterUnit(text, units, i + 1)) {
      // possessive 's stays a token of its own
      if ((next === 115 || next === 83) && (i + 2 >= n || !isLetterUnit(text, units, i + 2))) break;
      i++;
      continue;
    }
    // dotted acronyms: U.S., U.N., D.C., e.g.
    if (d === 46 && i - start === 1 && isLetterUnit(text, units, i + 1) && i + 2 < n && units[i + 2] === 46) {
      i += 1;
      while (i + 1 < n && isLetterUnit(text, units, i) && units[i + 1] === 46) i += 2;
      return i;
    }
    break;
  }
  if (i < n && units[i] === 46) {
    const len = i - start;
    const single = len === 1 && isUpperCode(units[start]);
    if (single || (len <= 5 && abbreviations.has(lowerCase(text.slice(start, i))))) return i + 1;
  }
  return i;
}

/** Every letter of text[start, end) is upper case and there are at least two ASCII capitals. */
function isAllCaps(units: Uint16Array, start: number, end: number): boolean {
  let letters = 0;
  for (let k = start; k < end; k++) {
    const c = units[k];
    if (c >= 65 && c <= 90) letters++;
    else if (c >= 97 && c <= 122) return false;
    else if (c > 127 && hasUpperForm(c)) return false;
  }
  return letters >= 2;
}

// Per code unit (0 not asked yet, 1 yes, 2 no): whether upper-casing the character changes it. Read on the article
// text, not on the sliced word, and with no one-character string and toUpperCase per accented letter.
const UPPER_FORM = new Uint8Array(65536);

function hasUpperForm(c: number): boolean {
  let k = UPPER_FORM[c];
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = ch !== ch.toUpperCase() ? 1 : 2;
    UPPER_FORM[c] = k;
  }
  return k === 1;
}

/** An upper-case letter and two lower-case ones: a capitalised word ("Chile"), not a unit glued to a number ("5G", "10GW"). */
function startsCapitalisedWord(text: string, units: Uint16Array, i: number): boolean {
  if (!isUpperCode(units[i]) || i + 2 >= text.length) return false;
  return isLetterUnit(text, units, i + 1) && !isUpperCode(units[i + 1]) && isLetterUnit(text, units, i + 2) && !isUpperCode(units[i + 2]);
}

/**
 * "al-Harthi", "el-Sayed": an Arabic article joined to a capitalised name is a name word, though it starts in lower
 * case (the whole token counts as capitalised).
 */
function isArabicArticleName(units: Uint16Array, start: number, end: number): boolean {
  if (end - start < 5 || units[start + 2] !== 45 || !isUpperCode(units[start + 3])) return false;
  const a = units[start];
  return (a === 97 || a === 101) && units[start + 1] === 108;
}
