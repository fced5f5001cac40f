/**
 * Test articles written for this project in the style of wire reports from September and October 2022 (not
 * copied from any outlet), annotated inline with the links a careful reader expects:
 *
 *   [[surface|feature id|reading]]   a place the linker should link; reading l(iteral), m(etonym), a(djective)
 *   [[surface|?|l]]                  a place the gazetteer does not have (counts against recall)
 *
 * Everything outside brackets is plain text the linker must leave alone (people, organisations, months).
 * `parseAnnotated` strips the brackets and returns the text with expected offsets.
 */
import type { Reading } from './types';

export interface ExpectedLink {
  start: number;
  end: number;
  surface: string;
  /** Feature id, or '?' for a place missing from the gazetteer. */
  feature: string;
  reading: Reading;
}

export interface AnnotatedArticle {
  name: string;
  text: string;
  expected: ExpectedLink[];
  /** Where each sentence starts, when the annotation marks sentences with `‖` (the issue-15 sets do). */
  sentenceStarts?: number[];
}

const READINGS: Record<string, Reading> = { l: 'literal', m: 'metonym', a: 'adjective' };

/**
 * Strips `[[surface|id|reading]]` annotations and `‖` sentence marks, keeping offsets into the stripped text.
 * @example parseAnnotated('x', 'In [[Kyiv|gn:703448|l]].').expected[0] // {start: 3, end: 7, surface: 'Kyiv', feature: 'gn:703448', reading: 'literal'}
 */
export function parseAnnotated(name: string, annotated: string): AnnotatedArticle {
  const expected: ExpectedLink[] = [];
  const sentenceStarts: number[] = [];
  let text = '';
  let last = 0;
  for (const m of annotated.matchAll(/\[\[([^|\]]+)\|([^|\]]+)\|([lma])\]\]|\u2016/gu)) {
    const [whole, surface = '', feature = '', reading = 'l'] = m;
    text += annotated.slice(last, m.index);
    const start = text.length;
    if (whole === '\u2016') {
      sentenceStarts.push(start);
      last = m.index + whole.length;
      continue;
    }
    text += surface;
    expected.push({ start, end: text.length, surface, feature, reading: READINGS[reading] ?? 'literal' });
    last = m.index + whole.length;
  }
  text += annotated.slice(last);
  if (/\[\[|\]\]/u.test(text)) throw new Error(`${name}: malformed annotation`);
  return sentenceStarts.length > 0 ? { name, text, expected, sentenceStarts } : { name, text, expected };
}

const KHARKIV = `[[KHARKIV|gn:706483|l]], [[Ukraine|UA|l]] (AP) — [[Ukrainian|UA|a]] troops swept into [[Izyum|gn:707292|l]] on Saturday after [[Russian|RU|a]] forces abandoned the city, the latest gain in a lightning counteroffensive that has reclaimed much of the [[Kharkiv|UA-63|l]] region in less than a week.

Soldiers raised a blue-and-yellow flag over the town hall in [[Izyum|gn:707292|l]], a rail junction that [[Moscow|gn:524901|m]]’s army had used as its main supply hub for the push on [[Sloviansk|gn:693468|l]] and [[Kramatorsk|gn:704508|l]]. Further north, [[Kyiv|gn:703448|m]]’s forces entered [[Kup’yans’k|gn:703656|l]] and cut the railway that fed [[Russian|RU|a]] units along the [[Oskil River|oskil-river|l]].

“They ran so fast they left their breakfast,” said Sgt. Oleh Kupchenko, 34, standing beside a burned-out tank near [[Balakliya|gn:712926|l]].

The [[Kremlin|kremlin|m]] said the withdrawal was a planned “regrouping” to strengthen positions in the [[Donetsk|UA-14|l]] region. [[Kremlin|kremlin|m]] spokesman Dmitry Peskov told reporters in [[Moscow|gn:524901|l]] that the goals of the operation had not changed.

In [[Washington|gn:4140963|l]], [[U.S.|US|l]] officials said the speed of the advance had surprised even Western planners. Gen. Mark Milley declined to say whether [[American|US|a]] intelligence had played a role.

Residents of [[Chuhuiv|gn:710374|l]], which had been shelled almost daily since spring, emerged from basements on Sunday. “Tell us when it is over,” one woman said.
`;

const LYMAN = `[[KYIV|gn:703448|l]], [[Ukraine|UA|l]] — [[Ukrainian|UA|a]] forces have encircled the [[Donetsk|UA-14|l]] region town of [[Lyman|gn:704204|l]], cutting off several thousand [[Russian|RU|a]] soldiers, a regional official said Saturday.

[[Lyman|gn:704204|l]], a railway hub that [[Moscow|gn:524901|m]] captured in May, sits about 20 miles north of [[Sloviansk|gn:693468|l]]. Its fall would open the road to [[Kreminna|gn:704138|l]] and [[Svatove|gn:692118|l]] in the neighbouring [[Luhansk|UA-09|l]] region, where [[Russian|RU|a]]-installed officials have begun evacuating residents.

Pavlo Kyrylenko, the [[Ukrainian|UA|a]]-appointed governor of the [[Donetsk|UA-14|l]] region, said shelling in the city of [[Donetsk|gn:709717|l]] had killed four civilians, while [[Russian|RU|a]] strikes on [[Bakhmut|gn:713174|l]] continued overnight.

Serhiy Haidai, who heads the [[Lugansk|UA-09|l]] military administration, said troops were also fighting near the village of [[Novoselivka|gn:699185|l]]. He did not give details.

The [[Russian|RU|a]] Defence Ministry said its units had repelled attacks near [[Lyman|gn:704204|l]]. President Vladimir Putin did not mention the town in a speech in [[Moscow|gn:524901|l]] on Friday, as the [[Kremlin|kremlin|m]] celebrated the annexation of four regions.

The fighting around [[Lyman|gn:704204|l]] follows [[Kyiv|gn:703448|m]]'s recapture of [[Izium|gn:707292|l]] and [[Kupiansk|gn:703656|l]] this month. In [[Washington|gn:4140963|l]], the Pentagon said [[Kyiv|gn:703448|m]] had made "significant gains".
`;

const KHERSON = `[[ZAPORIZHZHIA|gn:687700|l]], [[Ukraine|UA|l]] — [[Ukrainian|UA|a]] forces broke through [[Russian|RU|a]] lines along the [[Dnipro River|dnipro-river|l]] on Monday, advancing up to 30 kilometres in the [[Kherson|UA-65|l]] region and retaking a string of villages, officials said.

Operational Command South said troops had liberated the village of [[Velyka Oleksandrivka|gn:690288|l]] and pushed toward [[Beryslav|gn:712260|l]], a river town upstream from [[Nova Kakhovka|gn:699839|l]]. [[Russian|RU|a]]-installed authorities in the city of [[Kherson|gn:706448|l]] urged civilians to leave for the east bank of the [[Dnipro|dnipro-river|l]].

The [[Russian|RU|a]]-appointed head of the region, Vladimir Saldo, said residents would be moved to [[Crimea|UA-43|l]] and to [[Russia|RU|l]]'s [[Krasnodar|RU-KDA|l]] and [[Rostov|RU-ROS|l]] regions. In [[Mykolaiv|gn:700569|l]], which has been shelled almost nightly since spring, the mayor said a missile struck a school on Monday.

Western officials believe [[Moscow|gn:524901|m]] could struggle to supply its troops west of the river if the bridges at [[Nova Kakhovka|gn:699839|l]] remain damaged. [[Ukraine|UA|l]]'s navy said two [[Russian|RU|a]] ships had withdrawn from the [[Black Sea|black-sea|l]] toward the [[Sea of Azov|sea-of-azov|l]].

Farther east, [[Snihurivka|gn:693379|l]] and [[Hola Prystan|gn:708632|l]] remained under [[Russian|RU|a]] control. In [[Odessa|gn:698740|l]], the port resumed grain shipments bound for [[Istanbul|gn:745044|l]].
`;

const NUCLEAR = `[[KYIV|gn:703448|l]], [[Ukraine|UA|l]] (AP) — The [[Zaporizhzhia nuclear power plant|zaporizhzhia-npp|l]] lost its last external power line again on Saturday after [[Russian|RU|a]] shelling, the UN atomic watchdog said, raising fears of a radiation accident at Europe’s largest atomic station.

The plant sits on the southern bank of the [[Kakhovka reservoir|kakhovka-reservoir|l]] near [[Enerhodar|gn:709276|l]], a town that [[Russian|RU|a]] troops seized in March. Across the water, the city of [[Nikopol|gn:700051|l]] came under fire from Grad rockets overnight, the [[Dnipropetrovsk|UA-12|l]] regional governor said.

Rafael Grossi, who heads the International Atomic Energy Agency, travelled to [[Kyiv|gn:703448|l]] and then to [[Moscow|gn:524901|l]] for talks. He said in [[Vienna|gn:2761369|l]] that both sides must agree to a protection zone. The UN Security Council and the European Council have called for the same.

[[Moscow|gn:524901|m]] blamed [[Kyiv|gn:703448|m]] for the strikes. [[Ukraine|UA|l]]'s state nuclear company, Energoatom, said [[Russian|RU|a]] forces had turned the site near [[Energodar|gn:709276|l]] into a military base. Staff from the plant have been detained and questioned, it said.

A convoy of 12 cars left [[Vasylivka|gn:686729|l]] for [[Zaporizhzhia|gn:687700|l]] city on Sunday, the regional administration said.
`;

const ANNEXATION = `[[MOSCOW|gn:524901|l]] (Reuters) — [[Russia|RU|l]] formally annexed four [[Ukrainian|UA|a]] regions on Friday, drawing condemnation from [[Washington|gn:4140963|m]], [[Brussels|gn:2800866|m]] and [[Berlin|gn:2950159|m]] and alarm in neighbouring [[Moldova|MD|l]] and [[Georgia|GE|l]].

In [[Chisinau|gn:618426|l]], President Maia Sandu said the annexations of [[Donetsk|UA-14|l]], [[Luhansk|UA-09|l]], [[Zaporizhzhia|UA-23|l]] and [[Kherson|UA-65|l]] were a warning to every country that once belonged to the [[Soviet Union|SU|l]]. [[Georgian|GE|a]] officials, mindful of the breakaway regions [[Russia|RU|l]] recognised in 2008, kept their comments brief.

[[Poland|PL|l]]'s prime minister said in [[Warsaw|gn:756135|l]] that the votes were a sham. [[Lithuania|LT|l]], [[Latvia|LV|l]] and [[Estonia|EE|l]] expelled [[Russian|RU|a]] diplomats, and [[Kazakhstan|KZ|l]] said it would not recognise the result.

[[Belarusian|BY|a]] leader Alexander Lukashenko, [[Moscow|gn:524901|m]]'s closest ally, praised the move from [[Minsk|gn:625144|l]]. In [[Beijing|gn:1816670|l]], a foreign ministry spokesman called for dialogue.

Queues of cars stretched for miles at the Upper Lars crossing as [[Russians|RU|a]] fled the mobilisation, while officials in the [[Belgorod|RU-BEL|l]] region reported shelling of border villages. [[Turkey|TR|l]] offered to mediate, and [[Istanbul|gn:745044|l]] again hosted talks on grain exports across the [[Black Sea|black-sea|l]].
`;

const STRIKES = `BREAKING: [[RUSSIAN|RU|a]] MISSILES HIT [[KYIV|gn:703448|l]] AND [[LVIV|gn:702550|l]]

[[KYIV|gn:703448|l]], [[Ukraine|UA|l]] — Explosions shook [[Kyiv|gn:703448|l]] and [[Lviv|gn:702550|l]] on Monday morning as [[Russia|RU|l]] fired dozens of missiles at cities across [[Ukraine|UA|l]], two days after a blast damaged the [[Kerch bridge|crimean-bridge|l]] linking [[Crimea|UA-43|l]] to the [[Russian|RU|a]] mainland.

"It's a message to us," said Nikita Bondar, 27, a [[Kyiv|gn:703448|l]]-based programmer who sheltered in a metro station. In [[Dnipro|gn:709930|l]], rescuers pulled three people from a collapsed building. Sofia Hrytsenko, a nurse in [[Zaporizhzhia|gn:687700|l]] city, said patients were moved to the basement.

The [[Moscow|gn:524901|m]]-backed leader of the Donetsk People's Republic, Denis Pushilin, said [[Kyiv|gn:703448|m]] should expect more. At a rally in [[Red Square|red-square|l]] on Friday, the crowd chanted "[[Russia|RU|l]]! [[Russia|RU|l]]!" as pro-[[Kremlin|kremlin|m]] singers performed.

[[US|US|l]] President Joe Biden said he would speak with allies. The [[U.S.|US|l]] has sent [[Ukraine|UA|l]] air-defence systems, and the first units arrived in October. Mr. Biden spoke on Tuesday.
`;

// Written after the rules above were tuned on the six articles before, and first scored unchanged (see
// /work/notes/result-issue-3.md): a fairer estimate of how the linker does on text it was not tuned on.
const REFERENDUM = `[[MELITOPOL|gn:701404|l]], [[Ukraine|UA|l]] — Election workers escorted by armed soldiers went door to door in [[Melitopol|gn:701404|l]] and [[Berdyansk|gn:712451|l]] on Tuesday, collecting ballots in a vote that [[Kyiv|gn:703448|m]] and its Western allies have denounced as a sham.

The [[Kremlin|kremlin|m]]-backed authorities in the [[Zaporozhye|UA-23|l]] region said turnout had passed 50 percent by the third day. In the [[Kherson|UA-65|l]] region, officials said people in [[Skadovsk|gn:693709|l]] and [[Henichesk|gn:708878|l]] could vote at home.

[[Ukrainian|UA|a]] officials said residents of [[Enerhodar|gn:709276|l]] were threatened with dismissal if they refused. Ivan Fedorov, the exiled mayor of [[Melitopol|gn:701404|l]], said fewer than a fifth of the city's people had taken part.

In [[New York|gn:5128581|l]], the foreign ministers of the Group of Seven said they would never recognise the results. [[China|CN|l]] and [[India|IN|l]] called for a ceasefire. [[Russian|RU|a]] President Vladimir Putin is expected to address both houses of parliament on Friday.

Across the border, [[Russian|RU|a]] men of fighting age crowded the crossings into [[Georgia|GE|l]], [[Finland|FI|l]] and [[Kazakhstan|KZ|l]], while queues formed at the airport in [[Kaliningrad|gn:554234|l]].
`;
const BAKHMUT = `[[BAKHMUT|gn:713174|l]], [[Ukraine|UA|l]] (AP) — Artillery thundered day and night around [[Bakhmut|gn:713174|l]] as [[Russian|RU|a]] forces and fighters of the Wagner group tried again to break into the city from the east and from [[Soledar|gn:706757|l]] to the north.

[[Ukrainian|UA|a]] commanders said positions near [[Kostiantynivka|gn:705104|l]] and [[Toretsk|gn:709354|l]] were also under fire. Further south, the front line runs past [[Avdiivka|gn:713122|l]] and the ruins of [[Pisky|unlocated:pisky|l]], a village on the edge of [[Donetsk|gn:709717|l]] city.

“Every day they come, every day we stop them,” said a 41-year-old sergeant who gave only his call sign, Bohdan. He pointed to a map of the [[Donetsk|UA-14|l]] region pinned to the wall.

The [[Russian|RU|a]]-installed leader in [[Donetsk|gn:709717|l]], Denis Pushilin, claimed on Telegram that his troops had taken [[Opytne|?|l]]. [[Kyiv|gn:703448|m]] denied it.

Many residents left for [[Kramatorsk|gn:704508|l]], [[Dnipro|gn:709930|l]] or further west to [[Lviv|gn:702550|l]]. Those who stayed drew water from wells; the city's last pharmacy closed in September. In [[Mariupol|gn:701822|l]], captured in May, [[Russian|RU|a]] crews were demolishing the drama theatre.
`;

// A second pair, written and first scored after all of the above (same note).
const SVATOVE = `[[KUPIANSK|gn:703656|l]], [[Ukraine|UA|l]], Oct 6 (Reuters) - [[Ukrainian|UA|a]] troops pressed east from the [[Oskil river|oskil-river|l]] towards [[Svatove|gn:692118|l]] on Thursday, a key road junction in the [[Lugansk|UA-09|l]] region that [[Moscow|gn:524901|m]]'s forces have turned into a fortress, a regional official said.

"The occupiers are digging in," said Serhiy Haidai, adding that villages around [[Kreminna|gn:704138|l]] were being shelled constantly. The [[Russian|RU|a]]-installed administration in [[Svatove|gn:692118|l]] told residents to leave for [[Starobilsk|gn:692832|l]].

Reuters could not independently verify the battlefield reports. [[Russia|RU|l]]'s defence ministry said its forces had repelled attacks near the village of [[Kuzemivka|unlocated:kuzemivka|l]] and in the direction of [[Lyman|gn:704204|l]], which [[Ukrainian|UA|a]] forces recaptured on Saturday.

In [[Kharkov|gn:706483|l]], the region's police chief said investigators had found a mass burial site at [[Izyum|gn:707292|l]] with 447 bodies. Officials in [[Washington|gn:4140963|l]] and [[London|gn:2643743|l]] said the findings would be documented.

Later on Thursday, [[Russian|RU|a]] missiles hit [[Zaporizhzhia|gn:687700|l]] city, killing three people in an apartment block, the city council said. [[Kyiv|gn:703448|m]] says [[Moscow|gn:524901|m]] is punishing civilians for battlefield losses.
`;
const GRAIN = `[[ODESA|gn:698740|l]], [[Ukraine|UA|l]] (AP) — Three more ships loaded with grain left [[Ukrainian|UA|a]] ports on Friday under a deal brokered by [[Turkey|TR|l]] and the United Nations, as [[Russian|RU|a]] officials again complained that their own exports were being blocked.

The vessels sailed from [[Chornomorsk|gn:707688|l]] and [[Odesa|gn:698740|l]], bound for [[Spain|ES|l]], [[Egypt|EG|l]] and [[Ireland|IE|l]], the joint coordination centre in [[Istanbul|gn:745044|l]] said. Inspectors check every ship in the [[Bosphorus|bosphorus|l]] before it enters the [[Mediterranean|mediterranean-sea|l]].

[[Kremlin|kremlin|m]] spokesman Dmitry Peskov said the deal could not be extended unless restrictions on [[Russian|RU|a]] fertiliser were lifted. [[Ukraine|UA|l]]'s infrastructure minister, Oleksandr Kubrakov, said more than 9 million tonnes had left since August.

Farmers in the [[Mykolaiv|UA-48|l]] region, where shelling continues near [[Snihurivka|gn:693379|l]], said they had nowhere to store the harvest. In [[Vinnytsia|gn:689558|l]], a grain elevator burned after a strike on Tuesday.

[[Poland|PL|l]] and [[Romania|RO|l]] have opened land routes, but trucks wait for days at the border crossings near [[Izmail|gn:707308|l]] and [[Reni|gn:12129128|l]] on the [[Danube|danube|l]].
`;

/** The annotated test articles, text and expected links; the last four were held out while tuning. */
export const ARTICLES: AnnotatedArticle[] = [
  parseAnnotated('kharkiv-counteroffensive', KHARKIV),
  parseAnnotated('lyman-encircled', LYMAN),
  parseAnnotated('kherson-front', KHERSON),
  parseAnnotated('nuclear-plant', NUCLEAR),
  parseAnnotated('annexation-reactions', ANNEXATION),
  parseAnnotated('missile-strikes', STRIKES),
  parseAnnotated('held-out-referendum', REFERENDUM),
  parseAnnotated('held-out-bakhmut', BAKHMUT),
  parseAnnotated('held-out-svatove', SVATOVE),
  parseAnnotated('held-out-grain', GRAIN),
];
