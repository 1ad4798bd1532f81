import type { Services } from '../services';

// STUB — to be filled by its feature area.
export function registerHovers(_services: Services): void {
  // nothing yet
}
