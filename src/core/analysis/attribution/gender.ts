/**
 * The grammatical gender a named person can be referred to with, so "she said" does not go back to a man
 * named just before. Evidence, strongest first: an honorific or gendered role word before any mention of the
 * person ("Ms Okafor", "spokeswoman Lin Wu"), then the usual gender of the given name. Unknown fits both.
 */
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from './givenNames';

export type Gender = 'f' | 'm';

const FEMALE = new Set(FEMALE_GIVEN_NAMES.split('|'));
const MALE = new Set(MALE_GIVEN_NAMES.split('|'));

const FEMALE_BEFORE = /\b(?:mrs|ms|miss|madam|madame|mme|lady|dame|queen|princess|duchess|sister|spokeswoman|chairwoman|congresswoman|businesswoman|councilwoman|actress|sportswoman|stateswoman)\.?\s+$/i;
const MALE_BEFORE = /\b(?:mr|mister|sir|lord|king|prince|duke|father|brother|monsieur|herr|spokesman|chairman|congressman|businessman|councilman|actor|sportsman|statesman)\.?\s+$/i;

/** Gender shown by the words right before a mention (its title, if the entity engine split one off). */
export function genderBefore(text: string, start: number): Gender | null {
  const before = text.slice(Math.max(0, start - 16), start);
  if (FEMALE_BEFORE.test(before)) return 'f';
  if (MALE_BEFORE.test(before)) return 'm';
  return null;
}

/** Usual gender of a full name's given name ("Ngozi Eze" -> unknown, "Maria Lopez" -> f). */
export function genderOfName(name: string): Gender | null {
  const first = /^[\p{L}'-]+/u.exec(name.trim());
  if (!first) return null;
  const w = first[0].toLowerCase();
  const f = FEMALE.has(w);
  const m = MALE.has(w);
  if (f !== m) return f ? 'f' : 'm';
  // A given name the lists do not know: Slavic and Baltic surnames carry the gender ("Šindelářová", "Novotný",
  // "Kowalska", "Ivanov").
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return null;
  const surname = words[words.length - 1].toLowerCase();
  if (FEMALE_SURNAME.test(surname)) return 'f';
  if (MALE_SURNAME.test(surname)) return 'm';
  return null;
}

const FEMALE_SURNAME = /\p{L}{3}(?:ová|ova|eva|ská|cká|ska|cka|ná|aitė|ytė|ienė|skaya|ovna)$/u;
const MALE_SURNAME = /\p{L}{3}(?:ski|cki|ský|cký|ý|ov|ev|skiy|sky)$/u;

/** The gender a pronoun asks for ("she", "her" -> f); null for "it", "they" and the rest. */
export function genderOfPronoun(word: string): Gender | null {
  const w = word.toLowerCase();
  if (w === 'she' || w === 'her' || w === 'hers' || w === 'herself') return 'f';
  if (w === 'he' || w === 'him' || w === 'his' || w === 'himself') return 'm';
  return null;
}
