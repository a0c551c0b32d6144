/**
 * The JSON Pointer (RFC 6901) of `key` inside the value at `parent`: `~` and `/` in a key are
 * escaped as `~0` and `~1`; the whole document is the empty pointer ''.
 */
export function jsonPointer(parent: string, ...keys: (string | number)[]): string {
  return keys.reduce<string>((at, key) => `${at}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`, parent);
}
