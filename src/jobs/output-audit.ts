import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Repository } from '../store/repository.js';
import { cliEntry, recordAudit } from './audit-trail.js';

/** A file written for someone, as the audit log names it. */
export interface AuditedFile {
  file: string;
  sha256: string;
}

/** The name and sha256 of each file, as the audit log records them. */
export async function fileHashes(files: readonly string[]): Promise<AuditedFile[]> {
  const out: AuditedFile[] = [];
  for (const file of files) out.push({ file: basename(file), sha256: createHash('sha256').update(await readFile(file)).digest('hex') });
  return out;
}

/**
 * Records an export or a report in the audit log (migration 0006): what, for whom (`party:P`, or
 * the mediator's own use), how many records or persons, and every file's sha256, so a document
 * found later can be traced to the run of whereabouts that wrote it.
 */
export async function auditOutput(store: Repository, entry: { actor: string; action: 'pfif-export' | 'report'; forParty?: string; detail: Record<string, unknown> }): Promise<void> {
  await recordAudit(store, [cliEntry(entry.actor, entry.action, entry.forParty === undefined ? null : `party:${entry.forParty}`, 'ok', { for: entry.forParty ?? null, ...entry.detail })]);
}
