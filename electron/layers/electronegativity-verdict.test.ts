import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { judgeScan, type ScanIssue, type ScanRun, scanOutputSchema } from './electronegativity-verdict.ts';

/** An issue as Electronegativity 1.10.3 returns it from run(), trimmed of nothing. */
function sampleIssue(id: string, severity: string, file: string, line: number): ScanIssue {
  return {
    id,
    file,
    location: { line, column: 4 },
    description: `Review ${id}`,
    severity: { name: severity },
    confidence: { name: 'FIRM' },
  };
}

function sampleRun(overrides: Partial<ScanRun> = {}): ScanRun {
  return { atomicChecks: 35, globalChecks: 6, issues: [], errors: [], filesScanned: 12, ...overrides };
}

describe('judging an Electronegativity scan', () => {
  test('a clean scan of some files passes with a summary that counts them', () => {
    const verdict = judgeScan(sampleRun());
    assert.equal(verdict.passed, true);
    assert.deepEqual(verdict.failures, []);
    assert.equal(verdict.summary, 'Electronegativity: 12 files, 41 checks, 0 high, 0 medium/low, 0 parse errors.');
  });

  test('a high finding fails with its check, place, severity and where to read what to do', () => {
    const issue = sampleIssue('CONTEXT_ISOLATION_JS_CHECK', 'HIGH', 'electron/main/main-window.ts', 13);
    const verdict = judgeScan(sampleRun({ issues: [issue] }));
    assert.equal(verdict.passed, false);
    assert.deepEqual(verdict.failures, [
      'CONTEXT_ISOLATION_JS_CHECK HIGH at electron/main/main-window.ts:13: Review CONTEXT_ISOLATION_JS_CHECK. ' +
        'Fix the cause (see https://github.com/doyensec/electronegativity/wiki/CONTEXT_ISOLATION_JS_CHECK).',
    ]);
  });

  test('medium and low findings pass but are listed in the summary', () => {
    const issues = [
      sampleIssue('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM', 'electron/main/lockdown.ts', 26),
      sampleIssue('CSP_GLOBAL_CHECK', 'LOW', 'dist/renderer/index.html', 5),
    ];
    const verdict = judgeScan(sampleRun({ issues }));
    assert.equal(verdict.passed, true);
    assert.match(
      verdict.summary,
      /0 high, 2 medium\/low: OPEN_EXTERNAL_JS_CHECK MEDIUM \(electron\/main\/lockdown\.ts:26\)/,
    );
    assert.match(verdict.summary, /CSP_GLOBAL_CHECK LOW \(dist\/renderer\/index\.html:5\)/);
  });

  test('a file the tool could not parse fails, as its "Error parsing" line would', () => {
    const errors = [
      { file: 'dist/main/main.js', message: 'Unknown node type ClassPrivateProperty.', tolerable: false },
    ];
    const verdict = judgeScan(sampleRun({ errors }));
    assert.equal(verdict.passed, false);
    assert.match(
      verdict.failures[0] ?? '',
      /^Error parsing dist\/main\/main\.js: Unknown node type ClassPrivateProperty\./,
    );
    assert.match(verdict.summary, /1 parse errors\.$/);
  });

  test('a file parsed only in part ("Tolerable error parsing") fails too', () => {
    const errors = [{ file: 'dist/renderer/app.js', message: 'Unexpected token', tolerable: true }];
    const verdict = judgeScan(sampleRun({ errors }));
    assert.equal(verdict.passed, false);
    assert.match(verdict.failures[0] ?? '', /^Tolerable error parsing dist\/renderer\/app\.js: Unexpected token\./);
  });

  test('a scan of no files fails and says to build first', () => {
    const verdict = judgeScan(sampleRun({ filesScanned: 0 }));
    assert.equal(verdict.passed, false);
    assert.deepEqual(verdict.failures, ['Electronegativity scanned no files; run `npm run build` first.']);
  });

  test('a scan with no checks loaded fails', () => {
    const verdict = judgeScan(sampleRun({ atomicChecks: 0, globalChecks: 0 }));
    assert.equal(verdict.passed, false);
    assert.deepEqual(verdict.failures, ['Electronegativity loaded no checks; reinstall it.']);
  });

  test('the output schema reads what run() returns and refuses anything else', () => {
    const output = {
      globalChecks: 6,
      atomicChecks: 35,
      errors: [],
      issues: [
        {
          file: '/tmp/stage/dist/renderer/index.html',
          location: { line: 5, column: 0 },
          id: 'CSP_GLOBAL_CHECK',
          description: 'One or more CSP directives detected seems to be vulnerable',
          shortenedURL: 'https://git.io/JeuMe',
          severity: { value: 1, name: 'LOW' },
          confidence: { value: 1, name: 'FIRM' },
          sample: "default-src 'none'",
          manualReview: true,
        },
      ],
    };
    assert.equal(scanOutputSchema.parse(output).issues[0]?.id, 'CSP_GLOBAL_CHECK');
    assert.equal(scanOutputSchema.safeParse({ issues: 'none' }).success, false);
  });
});
