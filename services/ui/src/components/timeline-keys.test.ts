import { describe, expect, it, vi } from 'vitest';
import { timelineKeyAction, type TimelineKeyHandlers } from './timeline-keys.ts';

function handlers(): TimelineKeyHandlers {
  return {
    move: vi.fn(),
    collapse: vi.fn(),
    toggleDetail: vi.fn(),
    collapseAll: vi.fn(),
    jump: vi.fn(),
    focusSearch: vi.fn(),
    clearSearch: vi.fn(),
    zoom: vi.fn(),
  };
}

describe('timelineKeyAction', () => {
  it.each([
    ['ArrowDown', 'move', [1]],
    ['k', 'move', [-1]],
    ['End', 'move', ['last']],
    ['ArrowLeft', 'collapse', [true]],
    ['Enter', 'toggleDetail', []],
    ['[', 'collapseAll', [true]],
    ['N', 'jump', [-1]],
    ['z', 'zoom', [true]],
  ] as const)('%s calls %s%j', (key, name, args) => {
    const h = handlers();
    timelineKeyAction(key, h)!();
    expect(h[name]).toHaveBeenCalledWith(...args);
  });

  it('leaves other keys (and inherited property names) to the browser', () => {
    expect(timelineKeyAction('x', handlers())).toBeUndefined();
    expect(timelineKeyAction('toString', handlers())).toBeUndefined();
  });
});
