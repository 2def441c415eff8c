import { hoursText } from '../../findings/numbers.js';
import type { Move } from '../../suggest/types.js';
import type { PackView } from './view.js';

/** A move as the pack's tables show it: what to do, then the hours before → after in the week shown. */
export interface MoveCells {
  action: string;
  /** The hours of the person who hands the meeting over. */
  theirs: string;
  /** The colleague's hours: they stay as they are on a step-back (the colleague already attends). */
  colleague: string;
}

export function moveCells(move: Move, week: string, view: PackView): MoveCells {
  const to = view.names.person(move.to);
  const x = move.weeks.find((k) => k.week === week) ?? move.weeks[0]!;
  return {
    action: move.kind === 'step-back' ? `Step back: ${to} already attends` : `Hand to ${to}`,
    theirs: `${hoursText(x.fromBefore)} → ${hoursText(x.fromAfter)}`,
    colleague:
      move.kind === 'step-back'
        ? `stays ${hoursText(x.toAfter)}`
        : `${hoursText(x.toBefore)} → ${hoursText(x.toAfter)}`,
  };
}
