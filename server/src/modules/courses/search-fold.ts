import Sanscript from '@indic-transliteration/sanscript';

/**
 * Romanised Hindi search. People type Hindi in Latin letters in many ways ("suchna", "soochna", "sūcanā" for सूचना;
 * "adhikar", "adhikaar" for अधिकार), so both the indexed Hindi text and the query are folded to one lossy key:
 * Devanagari is transliterated (IAST, by Sanscript), then diacritics, vowel length, aspiration, doubled letters and
 * every non-initial "a" (the inherent vowel Hindi mostly drops) are folded away. Bump FOLD_REVISION when the folding
 * changes: the catalog refolds older rows (courses.catalog-refold).
 */
export const FOLD_REVISION = 1;

const DEVANAGARI = /[\u0900-\u097F]/;
const NUKTA = /\u093C/g;

/** Devanagari to IAST, with the Hindi readings Sanskrit rules miss: ज्ञ is "gy", nukta letters read as their base. */
function romanise(word: string): string {
  const plain = word.normalize('NFD').replace(NUKTA, '').replace(/ज्ञ/g, 'ग्य').normalize('NFC');
  return Sanscript.t(plain, 'devanagari', 'iast');
}

/** The folded key of one Latin-script word (already lower case). */
function foldLatin(word: string): string {
  let w = word
    .normalize('NFD')
    .replace(/m[\u0307\u0323]|m\u0310/g, 'n') // anusvara (ṃ, ṁ) and chandrabindu: a nasal, typed "n"
    .replace(/r\u0323\u0304?/g, 'ri') // vocalic r (ṛ): typed "ri" (krishi)
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]/g, '');
  w = w.replace(/x/g, 'ks').replace(/q/g, 'k').replace(/z/g, 'j').replace(/w/g, 'v').replace(/f/g, 'p');
  w = w.replace(/([bcdgjklmnprstvy])h+/g, '$1'); // aspirates optional: bh, ch, chh, dh, kh, ph, sh, th …
  w = w.replace(/oo/g, 'u').replace(/ee/g, 'i');
  w = w.replace(/(.)\1+/g, '$1'); // vowel length and doubled consonants
  w = w.replace(/a[ie]|ei/g, 'e').replace(/au|ou/g, 'o');
  return w.length > 1 ? w.charAt(0) + w.slice(1).replace(/a/g, '') : w;
}

/** The folded key of one word in either script ("" for a word with nothing to fold). */
export function foldWord(word: string): string {
  const lower = word.normalize('NFC').toLowerCase();
  return foldLatin(DEVANAGARI.test(lower) ? romanise(lower) : lower);
}

/** The folded keys of a text's Devanagari words, for the catalog index (Latin words are searched as they are). */
export function foldedHindi(text: string): string[] {
  const words = text.normalize('NFC').split(/[^\p{L}\p{M}\p{N}]+/u).filter((w) => DEVANAGARI.test(w));
  return [...new Set(words.map(foldWord).filter(Boolean))];
}

/**
 * Initialisms of an English title ("Right to Information Act 2005" → rti, rtia, tia …): every run of three to five
 * consecutive words' first letters, so "RTI" finds it wherever the words stand in the title.
 */
export function initialisms(title: string): string[] {
  const letters = title.toLowerCase().split(/[^a-z0-9]+/).filter((w) => /^[a-z]/.test(w)).map((w) => w.charAt(0));
  const out = new Set<string>();
  for (let i = 0; i < letters.length; i++) {
    for (let n = 3; n <= 5 && i + n <= letters.length; n++) out.add(letters.slice(i, i + n).join(''));
  }
  return [...out];
}
