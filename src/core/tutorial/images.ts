/**
 * The step pictures a tutorial file names, with their place in the text, for checks that need
 * more than the file itself (the command looks each relative path up on disk).
 */
import { isRecord } from './data.js';
import { readJson } from './json.js';
import { capital, stepName } from './places.js';

/** One step picture's `src`, where it is in the file, and the step's name for a message. */
export interface StepImage {
  /** `steps[2].image.src` */
  path: string;
  src: string;
  /** "Step 3 (install-app)" */
  step: string;
  /** The step's place in the list, from 0, and its id (for messages in other languages). */
  index: number;
  id: string;
  line: number;
  column: number;
}

/** Every step's `image.src` that is a string, in step order. Never throws for bad input. */
export function stepImages(text: string): StepImage[] {
  const reading = readJson(text);
  const steps = isRecord(reading.value) && Array.isArray(reading.value['steps']) ? (reading.value['steps'] as unknown[]) : [];
  const found: StepImage[] = [];
  for (const [i, step] of steps.entries()) {
    const image = isRecord(step) ? step['image'] : undefined;
    const src = isRecord(image) ? image['src'] : undefined;
    if (typeof src !== 'string') continue;
    const path = `steps[${i}].image.src`;
    const place = reading.places.get(path);
    const id = isRecord(step) && typeof step['id'] === 'string' ? step['id'] : '';
    found.push({ path, src, step: capital(stepName(i, step)), index: i, id, ...(place ? reading.position(place.value) : { line: 1, column: 1 }) });
  }
  return found;
}
