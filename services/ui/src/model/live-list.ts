import type { LiveSpan } from '../api/live-stream.ts';

/** Spans the Live page keeps on screen: the newest ones, newest first. */
export const LIVE_LIST_LIMIT = 500;

export interface LiveState {
  readonly status: 'connecting' | 'live' | 'error';
  readonly error: string;
  /** newest first, at most LIVE_LIST_LIMIT */
  readonly spans: readonly LiveSpan[];
  /** arrived while paused, newest first, at most LIVE_LIST_LIMIT */
  readonly held: readonly LiveSpan[];
  readonly paused: boolean;
  readonly received: number;
  /** the server's total of events dropped for this stream */
  readonly dropped: number;
}

export const INITIAL_LIVE_STATE: LiveState = {
  status: 'connecting',
  error: '',
  spans: [],
  held: [],
  paused: false,
  received: 0,
  dropped: 0,
};

export type LiveAction =
  | { type: 'reset' }
  | { type: 'ready' }
  | { type: 'spans'; spans: readonly LiveSpan[] }
  | { type: 'dropped'; total: number }
  | { type: 'error'; message: string }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'clear' };

/** `arrived` is oldest first (arrival order); the result is newest first and bounded. */
function prepend(arrived: readonly LiveSpan[], list: readonly LiveSpan[]): LiveSpan[] {
  return [...arrived.slice(-LIVE_LIST_LIMIT).reverse(), ...list].slice(0, LIVE_LIST_LIMIT);
}

export function liveReducer(state: LiveState, action: LiveAction): LiveState {
  switch (action.type) {
    case 'reset':
      return { ...INITIAL_LIVE_STATE, paused: state.paused };
    case 'ready':
      return { ...state, status: 'live', error: '' };
    case 'spans':
      return state.paused
        ? {
            ...state,
            held: prepend(action.spans, state.held),
            received: state.received + action.spans.length,
          }
        : {
            ...state,
            spans: prepend(action.spans, state.spans),
            received: state.received + action.spans.length,
          };
    case 'dropped':
      return { ...state, dropped: action.total };
    case 'error':
      return { ...state, status: 'error', error: action.message };
    case 'pause':
      return { ...state, paused: true };
    case 'resume':
      return {
        ...state,
        paused: false,
        spans: [...state.held, ...state.spans].slice(0, LIVE_LIST_LIMIT),
        held: [],
      };
    case 'clear':
      return { ...state, spans: [], held: [] };
  }
}
