import { describe, expect, it } from 'vitest';
import { guessMeta } from './meta';

describe('guessMeta', () => {
  it('reads an AP dateline under a headline', () => {
    const text =
      'Ukrainian troops push into Lyman as Russians pull back\n\nKYIV, Ukraine (AP) — Ukrainian soldiers raised their flag over Lyman on Oct. 1, 2022, officials said.';
    expect(guessMeta(text)).toEqual({
      title: 'Ukrainian troops push into Lyman as Russians pull back',
      source: 'AP',
      date: '',
    });
  });

  it('reads a Reuters dateline with its short date', () => {
    expect(guessMeta('MOSCOW, Sept 30 (Reuters) - President Vladimir Putin signed the documents.')).toEqual({
      title: '',
      source: 'Reuters',
      date: 'Sept 30',
    });
  });

  it('reads a title-case dateline when a source in parentheses follows', () => {
    expect(guessMeta('Odesa (AFP) - Explosions shook the port city overnight.')).toMatchObject({
      source: 'AFP',
    });
    expect(guessMeta('Odesa - a port city - was quiet.\nMore.')).toEqual({ title: '', source: '', date: '' });
  });

  it('reads a headline, a byline with an agency and a date line', () => {
    const text = [
      'Missiles strike Zaporizhzhia apartment blocks',
      'By Olena Marchenko, Reuters',
      '6 October 2022',
      '',
      'ZAPORIZHZHIA, Ukraine — Rescuers searched the rubble on Thursday.',
    ].join('\n');
    expect(guessMeta(text)).toEqual({
      title: 'Missiles strike Zaporizhzhia apartment blocks',
      source: 'Reuters',
      date: '6 October 2022',
    });
  });

  it.each([
    ['30 September 2022', '30 September 2022'],
    ['Sept. 30, 2022', 'Sept. 30, 2022'],
    ['September 30th, 2022', 'September 30th, 2022'],
    ['Updated 2022-10-04 09:15 GMT', '2022-10-04'],
    ['Published: Oct 5, 2022', 'Oct 5, 2022'],
  ])('reads the date line "%s"', (line, date) => {
    expect(guessMeta(`Kherson front moves south\n${line}\n\nBody text follows here.`)).toMatchObject({
      date,
    });
  });

  it('takes no date from the body: a date there is an event', () => {
    const text =
      'Referendum results announced\n\nThe votes held from 23 September 2022 were condemned by Kyiv and its allies as a sham.';
    expect(guessMeta(text)).toEqual({ title: 'Referendum results announced', source: '', date: '' });
  });

  it('does not take a sentence, a dateline or a lone line as the title', () => {
    expect(guessMeta('Russian forces withdrew from Lyman on Saturday.\nThey regrouped.').title).toBe('');
    expect(guessMeta('MOSCOW\nRussia is expected to annex four regions.').title).toBe('');
    expect(guessMeta('Just one line without a period').title).toBe('');
    expect(guessMeta('By Ivan Petrenko\nText.').title).toBe('');
    // A dateline on a line of its own, as some wire copy sets it: the body starts there.
    expect(guessMeta('KYIV, Ukraine\n\nUkrainian forces entered Lyman on Saturday.').title).toBe('');
    expect(guessMeta('NEW YORK\nThe council met.').title).toBe('');
    expect(guessMeta('Lyman retaken\n\nZAPORIZHZHIA, Ukraine\n\nText.').title).toBe('Lyman retaken');
  });

  it('gives empty fields for empty or odd text', () => {
    expect(guessMeta('')).toEqual({ title: '', source: '', date: '' });
    expect(guessMeta('\n\n   \n')).toEqual({ title: '', source: '', date: '' });
    expect(guessMeta('x'.repeat(100_000))).toEqual({ title: '', source: '', date: '' });
  });
});
