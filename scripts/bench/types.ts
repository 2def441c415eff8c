/** What one benchmark scenario reports, from the child process to the parent. */
export interface StageResult {
  name: string;
  /** Wall time of the stage. */
  ms: number;
  /** V8 heap in use right after the stage (before any collection it does not force). */
  heapUsedMB: number;
  /** With --live: the heap still in use after a full collection at the stage's end. */
  liveHeapMB?: number;
}

export interface ScenarioResult {
  name: string;
  window: { from: string; to: string; weeks: number };
  files: number;
  /** Bytes of .ics read. */
  bytes: number;
  /** Tagged occurrence pieces in the window (every status). */
  occurrences: number;
  personWeeks: number;
  people: number;
  findings: number;
  /** The first few error findings (there should be none on generated data). */
  errors: string[];
  /** Size of the JSON report. */
  reportBytes: number;
  stages: StageResult[];
  totalMs: number;
  /** Largest heapUsed seen (stage ends, and every 5 ms while reading). */
  heapPeakMB: number;
  /** Peak resident set size of the whole process. */
  maxRssMB: number;
}
