import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without types
import { highAdvisories } from './audit-dependencies.mjs';

describe('the dependency audit', () => {
  it('fails on high and critical advisories only, naming the package and the advisory', () => {
    const report = {
      vulnerabilities: {
        lodash: { name: 'lodash', severity: 'high', via: [{ title: 'Prototype Pollution', url: 'https://github.com/advisories/GHSA-x' }] },
        minimist: { name: 'minimist', severity: 'critical', via: ['lodash'] },
        debug: { name: 'debug', severity: 'moderate', via: [{ title: 'ReDoS' }] },
      },
    };
    expect(highAdvisories(report)).toEqual([
      { name: 'lodash', severity: 'high', via: 'Prototype Pollution' },
      { name: 'minimist', severity: 'critical', via: 'lodash' },
    ]);
    expect(highAdvisories({ vulnerabilities: {} })).toEqual([]);
  });
});
