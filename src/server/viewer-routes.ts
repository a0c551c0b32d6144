import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Request, type Response, type Router } from 'express';
import { projectRoot } from '../db/project-root.js';

/** Where the built viewer lives: `npm run build:web` writes web/ there. */
export const VIEWER_ROOT = join(projectRoot(), 'dist', 'web');

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>claimgraph: viewer not built</title></head>
<body><h1>The provenance viewer is not built</h1>
<p>Run <code>npm run build:web</code> (or <code>npm run build</code>) and reload this page.
GraphQL is served at <a href="/graphql">/graphql</a> meanwhile.</p></body></html>
`;

/**
 * The provenance viewer (web/, see web/README.md) as routes: its page at `/` and at every
 * deep link `/claim/<id>` (so a reload of a claim's page works), and its hashed files under
 * `/assets/`, cached for a year (`immutable`: a new build has new names); the page itself and
 * the other files are revalidated on every load. When the viewer is not built (`root` has no
 * index.html), `/` and `/claim/*` answer a short HTML page (503) saying how to build it:
 * never a crash. Checked per request, so a build made while the server runs is served at
 * once. Anything else falls through to the next handler (the JSON 404).
 */
export function viewerRoutes(root: string = VIEWER_ROOT): Router {
  const router = express.Router();
  const index = join(root, 'index.html');
  router.use(
    '/assets',
    express.static(join(root, 'assets'), { index: false, immutable: true, maxAge: '365d', redirect: false }),
  );
  router.use(
    express.static(root, {
      index: false,
      redirect: false,
      setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache'),
    }),
  );
  const page = (_req: Request, res: Response) => {
    if (!existsSync(index)) {
      res.status(503).type('html').set('Cache-Control', 'no-store').send(NOT_BUILT);
      return;
    }
    res.set('Cache-Control', 'no-cache').sendFile(index);
  };
  router.get(['/', '/claim/*claim'], page);
  return router;
}
