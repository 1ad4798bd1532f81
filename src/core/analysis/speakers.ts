import type { EntityMention, Quote, Sentence } from './types';

// STUB — owned by the quotes/claims work. Sets quote.speaker in place.
export function attributeSpeakers(_text: string, _quotes: Quote[], _entities: readonly EntityMention[], _sentences: readonly Sentence[]): void {
  // nothing yet
}
