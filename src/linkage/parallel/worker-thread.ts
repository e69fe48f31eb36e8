import { Worker } from 'node:worker_threads';

/**
 * Starts a worker thread on the module `name` of this folder: the compiled .js, or, when running
 * from the TypeScript sources (tsx, vitest), the .ts source through tsx's loader, which workers
 * do not inherit.
 *
 * @example
 * const worker = startWorker('blocking-worker', { features, rules, maxPairsPerBlock, next });
 */
export function startWorker(name: string, workerData: unknown): Worker {
  const self = import.meta.url;
  if (!self.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, self), { workerData });
  const source = new URL(`./${name}.ts`, self).href;
  return new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`, { eval: true, workerData });
}
