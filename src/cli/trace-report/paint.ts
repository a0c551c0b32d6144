/** The colours the tree gives its marks, as SGR parameters. */
export const PAINT = {
  origin: '32',
  deadEnd: '33',
  dispute: '31',
  retracted: '31;1',
  cycle: '35',
  drift: '36',
  dim: '2',
  bold: '1',
} as const;

export type Paint = keyof typeof PAINT;

/**
 * A painter: wraps text in the ANSI colour of `paint` when `colour` is on, and returns the
 * text untouched when it is off (so output to a file or a pipe carries no escape codes).
 */
export function painter(colour: boolean): (paint: Paint, text: string) => string {
  return colour ? (paint, text) => `\u001b[${PAINT[paint]}m${text}\u001b[0m` : (_paint, text) => text;
}
