import { createInterface } from 'node:readline';

/** Where the review gets its key presses and notes from. */
export interface KeyInput {
  /** The next key, or undefined when the input has ended (Ctrl-C, Ctrl-D, end of a pipe). */
  nextKey(): Promise<string | undefined>;
  /** A line of text typed after `prompt` (Enter ends it); undefined when the input ended. */
  nextLine(prompt: string): Promise<string | undefined>;
  close(): void;
}

/**
 * Keys from a pipe or a file, one per line, so that a script or a test can drive the review:
 * the line's first character is the key, an empty line is a space (skip). After `n` the next
 * line is the note.
 */
export function lineKeyInput(input: NodeJS.ReadableStream): KeyInput {
  const lines = createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]();
  const next = async (): Promise<string | undefined> => {
    const { value, done } = await lines.next();
    return done === true ? undefined : (value as string);
  };
  return {
    nextKey: async () => {
      const line = await next();
      if (line === undefined) return undefined;
      return line === '' ? ' ' : [...line][0];
    },
    nextLine: async () => next(),
    close: () => void lines.return?.(),
  };
}

const CTRL_C = '\u0003';
const CTRL_D = '\u0004';
const ESCAPE = '\u001b';
const BACKSPACE = new Set(['\u007f', '\b']);

/**
 * Keys from a terminal in raw mode: each key acts at once, without Enter. Notes are typed on one
 * line with backspace; Enter ends the note, Escape drops it. Ctrl-C or Ctrl-D end the input
 * (the review then stores what was answered, as with q).
 */
export function terminalKeyInput(input: NodeJS.ReadStream, echo: NodeJS.WritableStream): KeyInput {
  const queue: string[] = [];
  let waiting: ((key: string | undefined) => void) | undefined;
  let ended = false;
  input.setRawMode(true);
  input.setEncoding('utf8');
  const onData = (chunk: string): void => {
    for (const ch of chunk) {
      // Arrow and function keys arrive as escape sequences: take the escape, drop the rest.
      if (queue.at(-1) === ESCAPE && /[[O0-9;A-Z~]/.test(ch)) continue;
      queue.push(ch);
    }
    flush();
  };
  const flush = (): void => {
    if (waiting === undefined || queue.length === 0) return;
    const resolve = waiting;
    waiting = undefined;
    resolve(queue.shift());
  };
  input.on('data', onData);
  input.resume();
  const raw = async (): Promise<string | undefined> => {
    if (ended) return undefined;
    const key = queue.length > 0 ? queue.shift() : await new Promise<string | undefined>((resolve) => ((waiting = resolve), flush()));
    if (key === CTRL_C || key === CTRL_D) {
      ended = true;
      return undefined;
    }
    return key;
  };
  return {
    nextKey: raw,
    nextLine: async (prompt) => {
      echo.write(prompt);
      let text = '';
      for (;;) {
        const key = await raw();
        if (key === undefined) return undefined;
        if (key === '\r' || key === '\n') break;
        if (key === ESCAPE) {
          text = '';
          break;
        }
        if (BACKSPACE.has(key)) {
          if (text.length > 0) {
            text = [...text].slice(0, -1).join('');
            echo.write('\b \b');
          }
          continue;
        }
        if (key < ' ') continue;
        text += key;
        echo.write(key);
      }
      echo.write('\n');
      return text;
    },
    close: () => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
    },
  };
}
