import { spawnSync } from 'node:child_process';
import { loadConfig, ConfigError } from '../src/config/env.js';

describe('configuration', () => {
  it('has defaults that need no environment', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(4000);
    expect(config.NEO4J_URI).toBeUndefined();
    expect(config.SEED_ON_START).toBe(true);
  });

  it('reads and converts values', () => {
    const config = loadConfig({ PORT: '8080', NEO4J_URI: 'neo4j://db.example:7687', SEED_ON_START: 'false' });
    expect(config).toMatchObject({ PORT: 8080, NEO4J_URI: 'neo4j://db.example:7687', SEED_ON_START: false });
  });

  it('treats an empty variable as unset', () => {
    const config = loadConfig({ PORT: '', NEO4J_URI: '' });
    expect(config.PORT).toBe(4000);
    expect(config.NEO4J_URI).toBeUndefined();
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ NEO4J_URI: 'http://localhost:7474' }, 'NEO4J_URI'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ SEED_ON_START: 'yes' }, 'SEED_ON_START'],
    [{ NEO4J_PAGE_CACHE_MB: '1' }, 'NEO4J_PAGE_CACHE_MB'],
  ])('rejects %j with one line naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain(`${name}=`);
      expect(message).not.toContain('\n');
    }
  });

  it('stops the server process with that line and exit code 1 before touching a database', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      env: { ...process.env, PORT: 'not-a-port', NEO4J_URI: '' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^claimgraph: invalid configuration: PORT="not-a-port"/);
  });
});
