import { open } from 'node:fs/promises';

/** One line of a file: its 1-based number, where its bytes start and how many there are (without the line break). */
export interface FileLine {
  number: number;
  offset: number;
  length: number;
  /** The line's text; undefined when it is longer than the bound (its bytes were skipped, never held). */
  text: string | undefined;
}

/**
 * The lines of a file, read in chunks of `chunkBytes`: memory holds one chunk and at most
 * one line of `maxLineBytes`; a longer line is skipped (yielded without text) rather than
 * buffered. A final line without a line break counts; a `\r` before `\n` is dropped.
 */
export async function* readLines(path: string, maxLineBytes: number, chunkBytes = 1 << 20): AsyncGenerator<FileLine> {
  const handle = await open(path, 'r');
  try {
    const chunk = Buffer.allocUnsafe(chunkBytes);
    let parts: Buffer[] = [];
    let partBytes = 0;
    let tooLong = false;
    let lineStart = 0;
    let position = 0;
    let number = 0;
    const finish = (): FileLine => {
      number += 1;
      let length = partBytes;
      let text: string | undefined;
      if (!tooLong) {
        let bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, partBytes);
        if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
        length = bytes.length;
        text = bytes.toString('utf8');
      }
      const line = { number, offset: lineStart, length, text };
      parts = [];
      partBytes = 0;
      tooLong = false;
      return line;
    };
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, chunkBytes, position);
      if (bytesRead === 0) break;
      let from = 0;
      while (from < bytesRead) {
        const newline = chunk.indexOf(0x0a, from);
        const end = newline === -1 || newline >= bytesRead ? bytesRead : newline;
        const piece = end - from;
        if (!tooLong && partBytes + piece > maxLineBytes) {
          tooLong = true;
          parts = [];
        }
        if (!tooLong) parts.push(Buffer.from(chunk.subarray(from, end)));
        partBytes += piece;
        if (end === bytesRead) break;
        yield finish();
        lineStart = position + end + 1;
        from = end + 1;
      }
      position += bytesRead;
    }
    if (partBytes > 0 || tooLong) yield finish();
  } finally {
    await handle.close();
  }
}

/** Reads `length` bytes at `offset` of an open file as UTF-8 (a line found by readLines), dropping a trailing `\r`. */
export async function readAt(handle: import('node:fs/promises').FileHandle, offset: number, length: number): Promise<string> {
  const buffer = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await handle.read(buffer, done, length - done, offset + done);
    if (bytesRead === 0) break;
    done += bytesRead;
  }
  return buffer.toString('utf8', 0, done);
}
