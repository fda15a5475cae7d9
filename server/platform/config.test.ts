import { describe, expect, it } from 'vitest';
import { loadConfig, ConfigError, networkExposureProblem } from './config.js';

describe('config', () => {
  it('defaults to loopback, port 8080, ./data', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ host: '127.0.0.1', port: 8080, demo: 'auto', jobs: true });
    expect(c.dataDir.endsWith('/data')).toBe(true);
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('a non-loopback HOST needs an account in the store or an admin token', () => {
    expect(networkExposureProblem('0.0.0.0', undefined, 0)).toMatch(
      /HOST: 0\.0\.0\.0 is not a loopback address and the store has no account/,
    );
    expect(networkExposureProblem('0.0.0.0', undefined, 1)).toBeUndefined();
    expect(networkExposureProblem('0.0.0.0', 'a'.repeat(20), 0)).toBeUndefined();
    expect(networkExposureProblem('127.0.0.1', undefined, 0)).toBeUndefined();
  });

  it('lists every problem at once', () => {
    try {
      loadConfig({ HOST: '0.0.0.0', PORT: 'eighty', WRITEBACK_TIMEZONE: 'Mars/Olympus' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const problems = (e as ConfigError).problems.join('\n');
      expect(problems).toMatch(/^PORT: /m);
      expect(problems).toMatch(/WRITEBACK_TIMEZONE: is not an IANA time zone/);
    }
  });

  it('accepts a non-loopback HOST with a token, and CLI flags win over the environment', () => {
    const c = loadConfig({ HOST: '0.0.0.0', WRITEBACK_ADMIN_TOKEN: 'a'.repeat(20), PORT: '9000' }, { PORT: '9100' });
    expect(c).toMatchObject({ host: '0.0.0.0', port: 9100 });
  });

  it('parses WRITEBACK_ALLOWED_HOSTS into lower-case names and refuses one with a port or a path', () => {
    expect(loadConfig({ WRITEBACK_ALLOWED_HOSTS: ' Writeback.Example.com, 10.0.0.5 ,[fd00::1]' }).allowedHosts).toEqual([
      'writeback.example.com',
      '10.0.0.5',
      '[fd00::1]',
    ]);
    expect(loadConfig({}).allowedHosts).toEqual([]);
    expect(() => loadConfig({ WRITEBACK_ALLOWED_HOSTS: 'example.com:8080' })).toThrow(
      /WRITEBACK_ALLOWED_HOSTS: must be a comma-separated list/,
    );
    expect(() => loadConfig({ WRITEBACK_ALLOWED_HOSTS: 'example.com/x' })).toThrow(/WRITEBACK_ALLOWED_HOSTS/);
  });

  it('reads WRITEBACK_RETENTION_MONTHS as whole months, absent by default, and refuses anything else', () => {
    expect(loadConfig({}).retentionMonths).toBeUndefined();
    expect(loadConfig({ WRITEBACK_RETENTION_MONTHS: '24' }).retentionMonths).toBe(24);
    for (const bad of ['0', '1.5', 'two years', '-3'])
      expect(() => loadConfig({ WRITEBACK_RETENTION_MONTHS: bad }), bad).toThrow(/WRITEBACK_RETENTION_MONTHS/);
  });
});
