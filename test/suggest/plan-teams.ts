/** Hand-worked lead-plan teams that several tests read (everyone contracts 10 h: warn at 7.5 h, critical at 10 h). */
import type { Analysis } from '../../src/types.js';
import { analysis, config, occ } from './helpers.js';

/**
 * The frontier's first team: s1 (6 h), s2 (4 h) and s3 (3 h) in W47, all led by a, who covers all
 * three; b covers s2 and s3 and has 2 h of internal meetings; c covers s3.
 */
export function threeSystemTeam(): Analysis {
  const cfg = config(
    [
      { id: 'a', covers: ['s1', 's2', 's3'] },
      { id: 'b', covers: ['s2', 's3'] },
      { id: 'c', covers: ['s3'] },
    ],
    [
      { id: 's1', lead: 'a' },
      { id: 's2', lead: 'a' },
      { id: 's3', lead: 'a' },
    ],
  );
  return analysis(cfg, [
    occ({ person: 'a', uid: 'm1', day: 0, hours: 6, system: 's1' }),
    occ({ person: 'a', uid: 'm2', day: 1, hours: 4, system: 's2' }),
    occ({ person: 'a', uid: 'm3', day: 2, hours: 3, system: 's3' }),
    occ({ person: 'b', uid: 'int', day: 3, hours: 2 }),
  ]);
}

/** s1 (4 h) and s2 (6 h) in W47, both led by a, who covers both; b covers s1 and has 4 h of internal meetings. */
export function twoSystemTeam(): Analysis {
  const cfg = config(
    [
      { id: 'a', covers: ['s1', 's2'] },
      { id: 'b', covers: ['s1'] },
    ],
    [
      { id: 's1', lead: 'a' },
      { id: 's2', lead: 'a' },
    ],
  );
  return analysis(cfg, [
    occ({ person: 'a', uid: 'm1', day: 0, hours: 4, system: 's1' }),
    occ({ person: 'a', uid: 'm2', day: 1, hours: 6, system: 's2' }),
    occ({ person: 'b', uid: 'int', day: 2, hours: 4 }),
  ]);
}
