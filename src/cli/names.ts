import type { Command } from 'commander';
import { explainSimilarity, givenNameGroupName, prepareName, splitFullName } from '../names/index.js';
import type { FullNameParts, NamePart, PreparedName } from '../names/index.js';
import { action } from './run-command.js';

const PARTS: ReadonlyArray<readonly [keyof FullNameParts & ('surname' | 'given_name' | 'patronymic'), NamePart, string]> = [
  ['surname', 'surname', 'Surname'],
  ['given_name', 'given', 'Given name'],
  ['patronymic', 'patronymic', 'Patronymic'],
];

function describe(prepared: PreparedName): string[] {
  const lines = [`  script     ${prepared.script} (language ${prepared.language})`];
  if (prepared.father !== undefined) lines.push(`  father     ${prepared.father}`);
  lines.push(`  normalised ${prepared.normalised}`);
  lines.push(`  variants   ${prepared.variants.join(', ')}`);
  lines.push(`  sounds as  ${prepared.soundForms.join(', ')}${prepared.ending !== 'none' ? ` (ending -${prepared.ending} folded)` : ''}`);
  if (prepared.groups.length > 0) lines.push(`  same name  ${prepared.groups.map(givenNameGroupName).join(', ')}`);
  lines.push(`  keys       ${prepared.keys.join(' ')}`);
  return lines;
}

/** The text of `whereabouts names explain`: the parts of a full name and what matching sees. */
export function explainName(text: string): string {
  const parts = splitFullName(text);
  const lines = [`"${text.trim()}" read ${parts.order === 'unknown' ? 'surname first (order not marked)' : parts.order}`];
  for (const [field, part, label] of PARTS) {
    const value = parts[field];
    if (value === undefined) continue;
    lines.push(`${label}: ${value}`, ...describe(prepareName(value, part)));
  }
  return `${lines.join('\n')}\n`;
}

/** The text of `whereabouts names compare`: per-part similarity of two full names and why. */
export function compareNames(a: string, b: string): string {
  const pa = splitFullName(a);
  const pb = splitFullName(b);
  const lines = [`A: ${a.trim()}`, `B: ${b.trim()}`];
  for (const [field, part, label] of PARTS) {
    const va = pa[field];
    const vb = pb[field];
    if (va === undefined && vb === undefined) continue;
    if (va === undefined || vb === undefined) {
      lines.push(`${label.padEnd(11)} -      only one side has it (${va ?? vb})`);
      continue;
    }
    const { score, reason } = explainSimilarity(prepareName(va, part), prepareName(vb, part));
    lines.push(`${label.padEnd(11)} ${score.toFixed(3)}  ${va} / ${vb}: ${reason}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Registers `whereabouts names explain NAME` and `whereabouts names compare A B`. */
export function registerNames(program: Command): void {
  const names = program.command('names').description('Show how whereabouts reads and compares names across scripts');
  names
    .command('explain')
    .description('Print the scripts, parsed parts, Latin variants and blocking keys of a full name')
    .argument('<name>', 'a full name in any script and order, e.g. "ГРИГОРЯН Арам Гагикович"')
    .action(
      action((name: string) => {
        process.stdout.write(explainName(name));
      }),
    );
  names
    .command('compare')
    .description('Print the per-part similarity of two full names and why')
    .argument('<a>', 'first full name')
    .argument('<b>', 'second full name')
    .action(
      action((a: string, b: string) => {
        process.stdout.write(compareNames(a, b));
      }),
    );
}
