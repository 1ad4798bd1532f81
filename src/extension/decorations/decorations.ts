import type { Services } from '../services';

// STUB — to be filled by its feature area.
export function registerDecorations(_services: Services): void {
  // nothing yet
}
