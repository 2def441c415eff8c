/**
 * Preloaded into each benchmarked CLI process (`node --import`): at exit, writes the process's peak
 * resident set size (KiB, from getrusage) to the file named by BENCH_RSS_FILE. Nothing else.
 */
import { writeFileSync } from 'node:fs';

const target = process.env['BENCH_RSS_FILE'];
if (target) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
