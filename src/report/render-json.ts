import type { Dossier } from '../model/index.ts';

/** The dossier contract (../shared/acceptance/README.md), every array present, two-space indented. */
export function renderJson(dossier: Dossier): string {
  return `${JSON.stringify(dossier, null, 2)}\n`;
}
