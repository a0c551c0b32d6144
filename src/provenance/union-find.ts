/**
 * Disjoint sets over string keys (path halving, union by size): `union` joins two keys' sets,
 * `find` names a set by one of its keys. Keys are added on first use. Near-constant time per
 * operation.
 */
export class UnionFind {
  private readonly parent = new Map<string, string>();
  private readonly size = new Map<string, number>();

  /** The representative key of `key`'s set (adding `key` alone when new). */
  find(key: string): string {
    if (!this.parent.has(key)) {
      this.parent.set(key, key);
      this.size.set(key, 1);
      return key;
    }
    let x = key;
    while (this.parent.get(x) !== x) {
      const up = this.parent.get(this.parent.get(x)!)!;
      this.parent.set(x, up);
      x = up;
    }
    return x;
  }

  /** Joins the sets of `a` and `b`; true when they were apart. */
  union(a: string, b: string): boolean {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return false;
    if (this.size.get(ra)! < this.size.get(rb)!) [ra, rb] = [rb, ra];
    this.parent.set(rb, ra);
    this.size.set(ra, this.size.get(ra)! + this.size.get(rb)!);
    return true;
  }
}
