/** One item of a printed tree: its lines (the first carries the branch) and the items under it. */
export interface TreeItem {
  lines: string[];
  children: TreeItem[];
}

/**
 * Draws items as a tree with box-drawing branches (`├─ `, `└─ `, `│  `): each item's first
 * line on its branch, its further lines and its children indented under it. Pure; one
 * output line per item line.
 */
export function treeLines(items: TreeItem[], prefix = ''): string[] {
  const out: string[] = [];
  items.forEach((item, i) => {
    const last = i === items.length - 1;
    const [first = '', ...rest] = item.lines;
    out.push(`${prefix}${last ? '└─ ' : '├─ '}${first}`);
    const inner = `${prefix}${last ? '   ' : '│  '}`;
    for (const line of rest) out.push(`${inner}${line}`);
    out.push(...treeLines(item.children, inner));
  });
  return out;
}
