import { describe, expect, it } from 'vitest';
import { createStoreFromLocation, rendersAsPrerendered } from './boot';

const firstRenderIsPrerendered = (search: string, hash: string): boolean =>
  rendersAsPrerendered(createStoreFromLocation({ search, hash }).getState());

describe('which URLs may adopt the prerendered HTML', () => {
  it('a URL with no state, or with only a camera, renders as prerendered', () => {
    expect(firstRenderIsPrerendered('', '')).toBe(true);
    expect(firstRenderIsPrerendered('', '#map=6/48.5/38.5')).toBe(true);
  });

  it('a selection, a sentence, other layers or a notice render differently', () => {
    expect(firstRenderIsPrerendered('?place=UA-14', '')).toBe(false);
    expect(firstRenderIsPrerendered('?sentence=3', '')).toBe(false);
    expect(firstRenderIsPrerendered('?layers=claimed-2022', '')).toBe(false);
    // An unknown place leaves nothing selected but shows a notice.
    expect(firstRenderIsPrerendered('?place=UA-99', '')).toBe(false);
  });
});
