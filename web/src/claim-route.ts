/**
 * Deep links to a claim: `/claim/<id>`, the id written with its colon (`/claim/claim:ccp-…`)
 * and everything else percent-encoded. The server answers the viewer's page for any
 * `/claim/*` path, so a link survives a reload.
 */
export const claimRoute = {
  /** The path of a claim's page. */
  path(claimId: string): string {
    return `/claim/${encodeURIComponent(claimId).replace(/%3A/gi, ':')}`;
  },
  /** The claim id a path names, or undefined when it is not a claim's page. A bare slug gets its `claim:` prefix. */
  claimId(pathname: string): string | undefined {
    const match = /^\/claim\/(.+)$/.exec(pathname);
    if (!match) return undefined;
    let id: string;
    try {
      id = decodeURIComponent(match[1]!);
    } catch {
      return undefined;
    }
    id = id.replace(/\/+$/, '');
    if (!id) return undefined;
    return id.includes(':') ? id : `claim:${id}`;
  },
};
