import { Database } from '../src/db/database.js';

/**
 * NEO4J_URI may be a routing URI (neo4j://) for a cluster or Aura. The driver then asks the
 * server for a routing table before each read or write; a standalone Neo4j 5 answers with
 * itself. This pins that the product's reads and writes work unchanged over neo4j://.
 */
describe('a neo4j:// routing URI', () => {
  const uri = process.env.NEO4J_URI!.replace(/^bolt(\+s|\+ssc)?:/, 'neo4j$1:');
  const db = new Database({
    uri,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
    database: process.env.NEO4J_DATABASE,
  });
  afterAll(() => db.close());

  it('reads and writes through managed transactions', async () => {
    expect(uri).toMatch(/^neo4j/);
    await db.waitUntilAvailable(30_000);
    expect(await db.isAvailable()).toBe(true);
    const written = await db.write(async (tx) => (await tx.run('RETURN $x AS x', { x: 'routed' })).records[0]!.get('x'));
    expect(written).toBe('routed');
    expect(await db.read('ping', { probe: 7 })).toEqual([{ probe: 7 }]);
  });
});
