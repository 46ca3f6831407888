/**
 * The live state of a running session, and how facilitator commands change it. The server owns this state:
 * every device shows what it says. Moving back and forth between phases loses nothing: each phase keeps its
 * own timer, and groups and rules stay until changed.
 */

import type { MirrorTemplate } from './template.ts';
import { extendTimer, idleTimer, pauseTimer, startTimer, type Timer } from './timer.ts';

export interface LiveState {
  phaseIndex: number;
  /** The question on screen in the current phase; -1 when none is shown. */
  questionIndex: number;
  /** Each phase's timer, by phase id, so going back to a phase finds its time as it was. */
  timers: Record<string, Timer>;
  /** The conversation rules as agreed at the opening; the facilitator edits them live. */
  rules: string[];
  /** Round 4's groups as lists of participant ids; null until drawn. */
  groups: string[][] | null;
  /** Dot voting in round 5: whether phones may vote now, and how many votes each person has. */
  voting?: Voting;
  /** Seats for people without a phone on the speaking-time map, per side (F1); none when unset. */
  unnamedSeats?: { voices: number; listeners: number };
}

export interface Voting {
  open: boolean;
  perPerson: number;
}

export const defaultVoting: Voting = { open: false, perPerson: 3 };

export type LiveCommand =
  | { type: 'goToPhase'; index: number }
  | { type: 'showQuestion'; index: number }
  | { type: 'startTimer' }
  | { type: 'pauseTimer' }
  | { type: 'extendTimer'; minutes: number }
  | { type: 'setRules'; rules: string[] }
  | { type: 'setGroups'; groups: string[][] }
  | { type: 'clearGroups' }
  | { type: 'setVoting'; open: boolean; perPerson: number }
  | { type: 'setUnnamedSeats'; voices: number; listeners: number };

/** The state a session starts in: the first phase, no question, the template's rules. */
export function initialLiveState(rules: string[]): LiveState {
  return { phaseIndex: 0, questionIndex: -1, timers: {}, rules, groups: null };
}

/** The timer of a phase, fresh from the template when the phase has not been visited. */
export function phaseTimer(state: LiveState, template: MirrorTemplate, index = state.phaseIndex): Timer {
  const phase = template.phases[index];
  if (!phase) return idleTimer(0);
  return state.timers[phase.id] ?? idleTimer(phase.minutes * 60_000);
}

export class LiveCommandError extends Error {}

/** Applies one command; throws LiveCommandError for a command that makes no sense in this state. */
export function applyLiveCommand(
  state: LiveState,
  command: LiveCommand,
  template: MirrorTemplate,
  now: number,
): LiveState {
  const phase = template.phases[state.phaseIndex];
  if (!phase) throw new LiveCommandError('no such phase');
  const withTimer = (timer: Timer): LiveState => ({
    ...state,
    timers: { ...state.timers, [phase.id]: timer },
  });
  switch (command.type) {
    case 'goToPhase': {
      if (command.index < 0 || command.index >= template.phases.length)
        throw new LiveCommandError('no such phase');
      // Leaving a running round pauses its clock, so coming back resumes where it was.
      const leaving = pauseTimer(phaseTimer(state, template), now);
      return {
        ...state,
        timers: { ...state.timers, [phase.id]: leaving },
        phaseIndex: command.index,
        questionIndex: (template.phases[command.index]?.questions.length ?? 0) > 0 ? 0 : -1,
      };
    }
    case 'showQuestion':
      if (command.index < -1 || command.index >= phase.questions.length)
        throw new LiveCommandError('no such question');
      return { ...state, questionIndex: command.index };
    case 'startTimer':
      return withTimer(startTimer(phaseTimer(state, template), now));
    case 'pauseTimer':
      return withTimer(pauseTimer(phaseTimer(state, template), now));
    case 'extendTimer':
      return withTimer(extendTimer(phaseTimer(state, template), command.minutes * 60_000, now));
    case 'setRules':
      return { ...state, rules: command.rules };
    case 'setGroups':
      return { ...state, groups: command.groups };
    case 'clearGroups':
      return { ...state, groups: null };
    case 'setVoting':
      if (command.perPerson < 1 || command.perPerson > 10) throw new LiveCommandError('votes per person');
      return { ...state, voting: { open: command.open, perPerson: command.perPerson } };
    case 'setUnnamedSeats': {
      const valid = (n: number) => Number.isInteger(n) && n >= 0 && n <= 40;
      if (!valid(command.voices) || !valid(command.listeners)) throw new LiveCommandError('seats');
      return { ...state, unnamedSeats: { voices: command.voices, listeners: command.listeners } };
    }
  }
}
