import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusCalendarFiles, runCorpusFile, type FileOutcome } from './corpus-files.js';
import { parseCountCases, parseRuleCases } from './rule-cases.js';
import { runCountCase, runRuleCase } from './run-cases.js';

/**
 * `npm run conformance`: exports every calendar of ../shared/corpus (no crash, every problem a clean
 * finding) and checks the rule → instances files. Fails below the baseline in conformance/baseline.json.
 * Skips cleanly when the corpus is absent. `--write-report` refreshes conformance/report.md.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const corpus = path.resolve(root, '..', 'shared', 'corpus');
const baselineFile = path.join(root, 'conformance', 'baseline.json');

interface Baseline {
  ruleCasesAgreeing: number;
  countCasesAgreeing: number;
  filesWithoutCrash: number;
}

const RULE_FILES = ['libical/src__test__icalrecur_test.txt', 'ical.net/Recurrence__RecurrenceTestCases.txt'];
const COUNT_FILES = ['libical/test-data__recur.txt'];

async function main(): Promise<number> {
  if (!existsSync(corpus)) {
    console.log(`conformance: skipped (no corpus at ${path.relative(process.cwd(), corpus)})`);
    return 0;
  }
  const baseline = JSON.parse(readFileSync(baselineFile, 'utf8')) as Baseline;
  const started = Date.now();

  const files = await corpusCalendarFiles(corpus);
  const outcomes: FileOutcome[] = [];
  for (const file of files) outcomes.push(await runCorpusFile(corpus, file));
  const crashes = outcomes.filter((o) => o.kind === 'crash');
  const unclean = outcomes.filter((o) => o.unclean.length > 0);
  const byKind = (k: FileOutcome['kind']): number => outcomes.filter((o) => o.kind === k).length;

  const ruleLines: string[] = [];
  let ruleTotal = 0;
  let ruleAgree = 0;
  let ruleSkipped = 0;
  for (const file of RULE_FILES) {
    for (const c of parseRuleCases(file, await readFile(path.join(corpus, file), 'utf8'))) {
      if (c.unimplemented) {
        ruleSkipped++;
        ruleLines.push(`- skipped ${c.file}:${c.line} (${c.title}): the source marks it unimplemented`);
        continue;
      }
      ruleTotal++;
      let outcome;
      try {
        outcome = runRuleCase(c);
      } catch (error) {
        outcome = {
          agrees: false,
          got: [`crash: ${error instanceof Error ? error.message : String(error)}`],
          findings: [],
        };
      }
      if (outcome.agrees) ruleAgree++;
      else {
        ruleLines.push(
          `- ${c.file}:${c.line} ${c.title}\n  RRULE:${c.rrule} DTSTART:${c.dtstart}\n  expected ${c.instances?.join(',') ?? 'rejection'}\n  got      ${outcome.got.join(',')} ${outcome.findings.join(' ')}`,
        );
      }
    }
  }
  let countTotal = 0;
  let countAgree = 0;
  for (const file of COUNT_FILES) {
    for (const c of parseCountCases(file, await readFile(path.join(corpus, file), 'utf8'))) {
      countTotal++;
      const outcome = runCountCase(c);
      if (outcome.agrees) countAgree++;
      else
        ruleLines.push(
          `- ${c.file}:${c.line} expected ${c.expected} occurrences, got ${outcome.got.join('')} ${outcome.findings.join(' ')}`,
        );
    }
  }

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const summary = [
    `conformance over ${files.length} corpus calendars (${seconds} s):`,
    `  read cleanly ${byKind('ok')}, with warnings ${byKind('findings')}, with errors reported ${byKind('error')}, crashed ${crashes.length}, unclean findings ${unclean.length}`,
    `  rule → instances cases agreeing: ${ruleAgree}/${ruleTotal} (${ruleSkipped} marked unimplemented by their source)`,
    `  X-EXPECT-NUMEVENTS cases agreeing: ${countAgree}/${countTotal}`,
  ];
  console.log(summary.join('\n'));
  for (const c of crashes) console.log(`CRASH ${c.file}: ${c.detail[0]}`);
  for (const u of unclean) console.log(`UNCLEAN ${u.file}: ${u.unclean.join(', ')}`);
  if (process.argv.includes('--verbose')) console.log(ruleLines.join('\n'));
  if (process.argv.includes('--write-report')) {
    const report = [
      '# Conformance report',
      '',
      ...summary.map((l) => l.trim()),
      '',
      '## Disagreements and skips',
      '',
      ...ruleLines,
      '',
    ];
    writeFileSync(path.join(root, 'conformance', 'report.md'), report.join('\n'));
  }

  const failures: string[] = [];
  if (crashes.length > 0) failures.push(`${crashes.length} calendar(s) crashed the ingest`);
  if (unclean.length > 0)
    failures.push(`${unclean.length} calendar(s) gave findings without a clear sentence`);
  if (files.length - crashes.length < baseline.filesWithoutCrash)
    failures.push('fewer calendars read without crash than the baseline');
  if (ruleAgree < baseline.ruleCasesAgreeing)
    failures.push(`rule cases agreeing ${ruleAgree} < baseline ${baseline.ruleCasesAgreeing}`);
  if (countAgree < baseline.countCasesAgreeing)
    failures.push(`count cases agreeing ${countAgree} < baseline ${baseline.countCasesAgreeing}`);
  for (const f of failures) console.log(`conformance: FAIL: ${f}`);
  if (failures.length === 0)
    console.log('conformance: ok (at or above the baseline in conformance/baseline.json)');
  return failures.length > 0 ? 1 : 0;
}

process.exitCode = await main();
