import { readFileSync } from 'node:fs';

/** A generated file as committed, or '' when it does not exist yet. */
export function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
