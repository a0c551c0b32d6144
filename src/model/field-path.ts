/**
 * The path of a field inside a request, as `extensions.field` names it: object keys joined
 * by dots, list positions in brackets (`input.viaIds[1]`, `input.citations[3].quote`), so a
 * client can read it as the JavaScript expression that reaches the value.
 */
export function fieldPath(base: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>((at, key) => (typeof key === 'number' ? `${at}[${key}]` : `${at}.${String(key)}`), base);
}
