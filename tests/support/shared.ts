/**
 * Locates the team's shared test material (`../shared` beside the project). A user's clone has
 * none: tests that need it call `describeShared`, which skips them with a message saying why.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Absolute path of the shared material, from SHARED_DIR or `../shared` beside the project. */
export const SHARED_DIR = process.env.SHARED_DIR ? resolve(process.env.SHARED_DIR) : resolve(projectRoot, '..', 'shared');
export const sharedAvailable = existsSync(join(SHARED_DIR, 'DESIGN.md'));

export function sharedPath(...parts: string[]): string {
  return join(SHARED_DIR, ...parts);
}

let warned = false;

/** `describe` that runs only when the shared material is present, and says so when it is not. */
export function describeShared(name: string, body: () => void): void {
  if (!sharedAvailable && !warned) {
    warned = true;
    console.warn(`[tests] ${SHARED_DIR} not found: tests that use the shared corpus are skipped.`);
  }
  describe.skipIf(!sharedAvailable)(`${name} (shared material)`, body);
}
