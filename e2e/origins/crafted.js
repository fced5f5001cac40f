// Crafted postMessage bodies for the embed's security tests. `valid` marks bodies the protocol would accept from
// the right parent on the right origin; every other one must be rejected by the schema whoever sends it.
// Loaded by hostile.html (served on the hostile origin) and injected into the host page by the test.
window.craftedMessages = function craftedMessages() {
  var out = [];
  var add = function (label, data, valid) {
    out.push({ label: label, data: data, valid: !!valid });
  };
  var places = ['UA-14', 'UA-09', 'UA-23', 'UA-65', 'UA-43', 'RU', 'SU', 'kremlin', 'gn:703448', 'US'];
  places.forEach(function (place, i) {
    add('select ' + place, { type: 'article-atlas:select', version: 1, place: place }, true);
    add('select sentence ' + i, { type: 'article-atlas:select', version: 1, sentence: i }, true);
    add(
      'set-view ' + i,
      { type: 'article-atlas:set-view', version: 1, view: { zoom: 3 + i / 2, lat: 45 + i, lon: 30 + i } },
      true,
    );
    // Wrong versions, types and shapes.
    add('version 2', { type: 'article-atlas:select', version: 2, place: place });
    add('version "1"', { type: 'article-atlas:select', version: '1', place: place });
    add('version 1.5', { type: 'article-atlas:select', version: 1.5, place: place });
    add('no version', { type: 'article-atlas:select', place: place });
    add('place number', { type: 'article-atlas:select', version: 1, place: i });
    add('place and sentence', { type: 'article-atlas:select', version: 1, place: place, sentence: 1 });
    add('extra key', { type: 'article-atlas:select', version: 1, place: place, extra: true });
    add('unknown place ' + i, { type: 'article-atlas:select', version: 1, place: 'UA-9' + i });
    add('sentence negative', { type: 'article-atlas:select', version: 1, sentence: -1 - i });
    add('sentence float', { type: 'article-atlas:select', version: 1, sentence: i + 0.5 });
    add('sentence out of range', { type: 'article-atlas:select', version: 1, sentence: 5000 + i });
    add(
      'JSON string of a valid message',
      JSON.stringify({ type: 'article-atlas:select', version: 1, place: place }),
    );
    add('malformed JSON', '{"type":"article-atlas:select","version":1,"place":"' + place);
    add(
      'proto key',
      JSON.parse(
        '{"type":"article-atlas:select","version":1,"place":"' +
          place +
          '","__proto__":{"polluted":' +
          i +
          '}}',
      ),
    );
    add(
      'nested proto key',
      JSON.parse('{"type":"article-atlas:set-layers","version":1,"layers":{"__proto__":{"polluted":true}}}'),
    );
    add('constructor.prototype', {
      type: 'article-atlas:set-layers',
      version: 1,
      layers: { constructor: { prototype: { polluted: true } } },
    });
    add('prototype key', { type: 'article-atlas:clear', version: 1, prototype: { polluted: true } });
    add('layers unknown group', { type: 'article-atlas:set-layers', version: 1, layers: { bogus: true } });
    add('layers not boolean', { type: 'article-atlas:set-layers', version: 1, layers: { soviet: 'yes' } });
    add('layers empty', { type: 'article-atlas:set-layers', version: 1, layers: {} });
    add('layers array', { type: 'article-atlas:set-layers', version: 1, layers: ['soviet'] });
    add('view strings', {
      type: 'article-atlas:set-view',
      version: 1,
      view: { zoom: '5', lat: '48', lon: '37' },
    });
    add('view out of range', {
      type: 'article-atlas:set-view',
      version: 1,
      view: { zoom: 99, lat: 91, lon: 200 },
    });
    add('view NaN', { type: 'article-atlas:set-view', version: 1, view: { zoom: NaN, lat: 0, lon: 0 } });
    add('view Infinity', {
      type: 'article-atlas:set-view',
      version: 1,
      view: { zoom: 5, lat: Infinity, lon: 0 },
    });
    add('view extra key', {
      type: 'article-atlas:set-view',
      version: 1,
      view: { zoom: 5, lat: 48, lon: 37, bearing: 90 },
    });
    add('unknown type', { type: 'article-atlas:explode', version: 1 });
    add('foreign type', { type: 'select', version: 1, place: place });
    add('clear with payload', { type: 'article-atlas:clear', version: 1, place: place });
  });
  // Huge and odd payloads.
  var many = { type: 'article-atlas:select', version: 1, place: 'UA-14' };
  for (var k = 0; k < 50000; k++) many['k' + k] = k;
  add('50,000 keys', many);
  var deep = { type: 'article-atlas:select', version: 1, place: 'UA-14' };
  var cur = deep;
  for (var d = 0; d < 1000; d++) cur = cur.next = {};
  add('1,000 levels deep', deep);
  add('2 MB string', 'x'.repeat(2000000));
  add('2 MB place id', { type: 'article-atlas:select', version: 1, place: 'U'.repeat(2000000) });
  add('100,000-item array', new Array(100000).fill(1));
  add('1 MB ArrayBuffer', new ArrayBuffer(1 << 20));
  add('null', null);
  add('undefined', undefined);
  add('number', 42);
  add('boolean', true);
  add('Date', new Date(0));
  add('RegExp', /article-atlas/);
  add('Map', new Map([['type', 'article-atlas:clear']]));
  add('array of a valid message', [{ type: 'article-atlas:clear', version: 1 }]);
  add(
    'null-prototype object with proto key',
    Object.assign(Object.create(null), JSON.parse('{"__proto__":1}')),
  );
  return out;
};
