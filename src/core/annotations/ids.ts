/**
 * Annotation ids: `a-` + base36 milliseconds + 3 random base36 chars. Short enough to read in a diff, unique
 * within a sidecar (checked against the ids in use), and ordered roughly by creation.
 */
export function newAnnotationId(inUse: (id: string) => boolean, now: number = Date.now(), random: () => number = Math.random): string {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const rand = Math.floor(random() * 36 ** 3).toString(36).padStart(3, '0');
    const id = `a-${now.toString(36)}${rand}`;
    if (!inUse(id)) return id;
  }
  // Only reachable with a broken random source: fall back to a counter suffix.
  for (let n = 0; ; n++) {
    const id = `a-${now.toString(36)}-${n}`;
    if (!inUse(id)) return id;
  }
}

export const ANNOTATION_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;
