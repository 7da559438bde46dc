import { readNeo4jConfig, redactUri, Neo4jConfigError, DEFAULT_POLL_MS, DEFAULT_TIMEOUTS } from '../../../src/store/neo4j/config';

describe('neo4j config', () => {
  it.each([
    'bolt://localhost:7687',
    'bolt+s://db.example.org:7687',
    'bolt+ssc://10.0.0.5',
    'neo4j://localhost',
    'neo4j+s://abcd1234.databases.neo4j.io',
    'neo4j+ssc://cluster.internal:7687',
  ])('accepts %s', (uri) => {
    const config = readNeo4jConfig({ NEO4J_URI: uri, NEO4J_USER: 'reader', NEO4J_PASSWORD: 's3cret', NEO4J_DATABASE: 'actors' });
    expect(config).toEqual({
      uri, displayUri: uri, user: 'reader', password: 's3cret', database: 'actors', timeouts: DEFAULT_TIMEOUTS, pollMs: DEFAULT_POLL_MS,
    });
  });

  it('reads the subscription poll interval', () => {
    expect(readNeo4jConfig({ NEO4J_URI: 'bolt://localhost', SUBSCRIPTION_POLL_MS: '250' }).pollMs).toBe(250);
    expect(() => readNeo4jConfig({ NEO4J_URI: 'bolt://localhost', SUBSCRIPTION_POLL_MS: '10' }))
      .toThrow('SUBSCRIPTION_POLL_MS must be a whole number of milliseconds from 50 to 60000, got "10"');
  });

  it('defaults the user to neo4j, no password to no authentication and the database to the server default', () => {
    expect(readNeo4jConfig({ NEO4J_URI: 'bolt://localhost:7687' })).toMatchObject({ user: 'neo4j', password: null, database: null });
  });

  it('takes time-out overrides', () => {
    expect(readNeo4jConfig({ NEO4J_URI: 'bolt://localhost' }, { acquireMs: 500 }).timeouts).toEqual({ ...DEFAULT_TIMEOUTS, acquireMs: 500 });
  });

  it.each([
    [{}, 'NEO4J_URI is not set'],
    [{ NEO4J_URI: '  ' }, 'NEO4J_URI is not set'],
    [{ NEO4J_URI: 'http://localhost:7474' }, 'NEO4J_URI http://localhost:7474 has scheme "http"; expected one of bolt://, bolt+s://, bolt+ssc://, neo4j://, neo4j+s://, neo4j+ssc://'],
    [{ NEO4J_URI: 'localhost:7687' }, 'NEO4J_URI localhost:7687 has scheme "localhost"'],
    [{ NEO4J_URI: 'not a uri' }, 'NEO4J_URI not a uri is not a valid URI'],
  ])('refuses %p', (env, message) => {
    expect(() => readNeo4jConfig({ ...env, NEO4J_PASSWORD: 'hunter2' })).toThrow(Neo4jConfigError);
    expect(() => readNeo4jConfig({ ...env, NEO4J_PASSWORD: 'hunter2' })).toThrow(message);
  });

  it('never repeats a password, not even one written into the URI', () => {
    let message = '';
    try {
      readNeo4jConfig({ NEO4J_URI: 'bolt://neo4j:hunter2@db.example.org:7687', NEO4J_PASSWORD: 'hunter2' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe('NEO4J_URI bolt://db.example.org:7687 must not carry credentials; set NEO4J_USER and NEO4J_PASSWORD');
    expect(message).not.toContain('hunter2');
    expect(redactUri('neo4j+s://u:p@host')).toBe('neo4j+s://host');
    expect(redactUri('bolt://host:7687')).toBe('bolt://host:7687');
  });
});
