import { givenNameGroupName } from './given-names.js';
import { givenNameRelation } from './given-name-relation.js';
import { jaroWinkler } from './jaro-winkler.js';
import type { PreparedName } from './prepared-name.js';
import { nameSimilarity } from './similarity.js';

/** Why two name parts scored what they did, for people reading a match. */
export interface SimilarityExplanation {
  score: number;
  /** One sentence: which forms met, or which data rule decided. */
  reason: string;
}

/**
 * Explains {@link nameSimilarity}: the same score, with the sound forms or the equivalence
 * that produced it. Not for the hot path (it allocates).
 */
export function explainSimilarity(a: PreparedName, b: PreparedName): SimilarityExplanation {
  const score = nameSimilarity(a, b);
  if (a.soundForms.length === 0 || b.soundForms.length === 0) return { score, reason: 'one side is empty' };
  if (a.initial || b.initial) return { score, reason: score > 0 ? 'an initial agrees with the first letter' : 'an initial disagrees with the first letter' };
  let best = { x: '', y: '', jw: -1 };
  for (const x of a.soundForms) {
    for (const y of b.soundForms) {
      const jw = jaroWinkler(x, y);
      if (jw > best.jw) best = { x, y, jw };
    }
  }
  const parts: string[] = [];
  if (best.jw === 1) parts.push(`both sound as "${best.x}"`);
  else parts.push(`closest sound forms "${best.x}" and "${best.y}" (Jaro-Winkler ${best.jw.toFixed(3)})`);
  if (a.part === 'surname' && a.ending !== b.ending && a.ending !== 'none' && b.ending !== 'none') {
    parts.push(`endings differ (-${a.ending} / -${b.ending})`);
  }
  if (a.part !== 'surname' && b.part !== 'surname' && best.jw < 1) {
    const relation = givenNameRelation(a, b);
    const shared = a.groups.filter((g) => b.groups.includes(g)).map(givenNameGroupName);
    if (relation === 'spelling-variant') parts.push(`listed as spellings of one name (${shared.join(', ')})`);
    if (relation === 'alias') parts.push(`listed as names used for the same man (${a.groups.map(givenNameGroupName).join(', ')} / ${b.groups.map(givenNameGroupName).join(', ')})`);
  }
  if (a.father !== undefined || b.father !== undefined) {
    parts.push(`fathers' names read as ${a.father ?? a.text} / ${b.father ?? b.text}`);
  }
  return { score, reason: parts.join('; ') };
}
