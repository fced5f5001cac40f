/**
 * Development articles for issue 15, written for this project (not copied) in the style of wire reports of
 * 30 Sep – 5 Oct 2022, covering the same families as the held-back set (villages in lists, two-word names,
 * region or city, organisations named after places, quotations of several sentences, bullets, URL lines).
 *
 * Annotated as in articles.ts, plus `‖` right before the first character of every sentence a reader sees: a
 * line without one (a URL, a row of hashtags) holds no sentence, and a bullet or dash opening a line is not
 * part of the sentence after it. `eval:link` scores sentence starts from these marks.
 */
import { parseAnnotated, type AnnotatedArticle } from './articles';

const DEV_LYMAN_POCKET = `‖[[KRAMATORSK|gn:704508|l]], [[Ukraine|UA|l]], Sept 30 (Reuters) - ‖[[Ukrainian|UA|a]] forces all but encircled thousands of [[Russian|RU|a]] troops in [[Lyman|gn:704204|l]] on Friday, hours before President Vladimir Putin was due to proclaim the town and the rest of the [[Donetsk|UA-14|l]] region part of [[Russia|RU|l]].

‖[[Ukraine|UA|l]]'s army said it had taken the villages of [[Yampil|gn:688505|l]], [[Drobysheve|gn:709614|l]], [[Stavky|unlocated:stavky|l]] and [[Novomykhailivka|unlocated:novomykhailivka|l]], leaving a single road out of the town. ‖"The pocket is closing. ‖They have one road left and we can see it. ‖Anyone who drives on it is a target," a [[Ukrainian|UA|a]] commander said.

‖Pro-[[Kremlin|kremlin|m]] military bloggers criticised the generals. ‖One wrote that the garrison "has been left… to its fate" while officials in [[Moscow|gn:524901|l]] prepared the celebrations. ‖Denis Pushilin, head of the Donetsk People's Republic, said reinforcements were on the way.

‖[[Russian|RU|a]] shelling continued further south. ‖In [[Bakhmut|gn:713174|l]], the water station was hit again, and in [[Siversk|gn:694403|l]] a school was destroyed, officials said.

#Lyman #UkraineWar
https://t.me/example_channel/1234

‖The Black Sea Fleet and the [[Russian|RU|a]] air force struck targets near [[Odesa|gn:698740|l]] overnight, [[Ukraine|UA|l]]'s southern command said.
- ‖A drone hit an infrastructure site on the outskirts of [[Odesa|gn:698740|l]].
- ‖Two missiles were shot down over the [[Mykolaiv|UA-48|l]] region.

‖The [[Russian|RU|a]] defence ministry said its troops had repelled attacks near the village of [[Torske|unlocated:torske|l]] and in the direction of [[Kreminna|gn:704138|l]] in the [[Luhansk|UA-09|l]] region. ‖It said more than 200 [[Ukrainian|UA|a]] soldiers had been killed, a figure that could not be verified.

‖In [[Kyiv|gn:703448|l]], Defence Minister Oleksii Reznikov said the army would not stop at the new "borders" drawn in the [[Kremlin|kremlin|l]]. ‖"We will go on. ‖Every village will be returned," he said.
`;

const DEV_KHERSON_PUSH = `‖[[KYIV|gn:703448|l]], [[Ukraine|UA|l]] (AP) — ‖[[Ukrainian|UA|a]] troops broke through [[Russian|RU|a]] lines in southern [[Kherson|UA-65|l]] on Monday, advancing along the [[Dnipro|dnipro-river|l]] towards [[Nova Kakhovka|gn:699839|l]] and the dam that holds back the reservoir.

‖[[Russian|RU|a]]-installed officials said [[Ukrainian|UA|a]] tanks had reached [[Dudchany|gn:709465|l]], while [[Ukrainian|UA|a]] soldiers posted videos from the settlements of [[Arkhanhelske|unlocated:arkhanhelske|l]], [[Osokorivka|unlocated:osokorivka|l]], [[Nova Kamianka|unlocated:nova-kamianka|l]] and [[Velyka Oleksandrivka|gn:690288|l]].

‖"They left in a hurry. ‖We found ammunition, food and even laundry hanging in the yards. ‖People came out to meet us with tears," one soldier said in a video from the village of [[Mala Oleksandrivka|unlocated:mala-oleksandrivka|l]].

‖[[Kherson|UA-65|l]]’s [[Kakhovka|gn:707244|l]] district was being evacuated, the occupation authorities said. ‖Residents of [[Ukrainka|unlocated:ukrainka|l]], a village near the front, told the AP by phone they had been without power for a week.

‖[[Moscow|gn:524901|m]] has moved extra units across the river in recent weeks, according to [[British|GB|a]] intelligence. ‖The Black Sea Fleet has also been shelling the coast near [[Ochakiv|gn:698770|l]], the [[Mykolaiv|UA-48|l]] governor said.
• ‖Further east, the [[Zaporizhzhia|UA-23|l]] region came under heavy fire, with strikes on [[Nikopol|gn:700051|l]] and [[Marhanets|gn:701855|l]] across the reservoir.
• ‖Operational Command South said its aircraft had hit [[Russian|RU|a]] positions near [[Bilozerka|gn:712508|l]].

‖"We see the [[Dnipro|dnipro-river|l]] ... and soon we will be on its bank," a deputy battalion commander said, asking not to be named.
`;

const DEV_KREMLIN_CEREMONY = `‖[[MOSCOW|gn:524901|l]] — ‖In a gilded hall of the [[Kremlin|kremlin|l]], President Vladimir Putin on Friday signed decrees absorbing four regions of [[Ukraine|UA|l]], a move [[Kyiv|gn:703448|m]] and the West called a land grab.

‖Guests filled St George’s Hall of the [[Kremlin|kremlin|l]] as Putin spoke for more than half an hour. ‖"This is the will of millions of people. ‖We will not betray it," he said. ‖He also accused the West of seeking to break up [[Russia|RU|l]].

‖The heads of the self-proclaimed Donetsk People's Republic and Luhansk People's Republic, and the [[Russian|RU|a]]-installed leaders of the occupied parts of the [[Kherson|UA-65|l]] and [[Zaporizhzhia|UA-23|l]] regions, joined hands with Putin. ‖The four regions, together with [[Crimea|UA-43|l]], make up about a fifth of [[Ukraine|UA|l]]'s territory.

‖[[Ukrainian|UA|a]] forces, meanwhile, continued to advance. ‖After driving [[Russian|RU|a]] troops from north-eastern [[Kharkiv|UA-63|l]], they were closing in on [[Lyman|gn:704204|l]]. ‖[[Zaporizhzhia|UA-23|l]]’s [[Melitopol|gn:701404|l]] remained under occupation, and its exiled mayor, Ivan Fedorov, said partisans had blown up a railway bridge.

‖The general staff in [[Kyiv|gn:703448|l]] reported fighting across the [[Kharkiv|UA-63|l]], [[Donetsk|UA-14|l]], [[Luhansk|UA-09|l]] and [[Kherson|UA-65|l]] oblasts. ‖In [[Sumy|gn:692194|l]], the city council said a drone had damaged a power station.

https://www.example.com/world/europe/putin-annexation-ceremony

‖[[Estonia|EE|l]], [[Latvia|LV|l]] and [[Lithuania|LT|l]] urged NATO to speed up [[Ukraine|UA|l]]'s membership. ‖"What happened in the [[Kremlin|kremlin|l]] today … is theatre. ‖It changes nothing on the ground," [[Lithuanian|LT|a]] President Gitanas Nauseda said.
`;

const DEV_KHARKIV_LUHANSK = `‖[[KUPIANSK|gn:703656|l]], [[Ukraine|UA|l]] — ‖[[Ukrainian|UA|a]] soldiers crossed the [[Oskil|oskil-river|l]] on Tuesday and pushed east towards [[Svatove|gn:692118|l]], a town the [[Russian|RU|a]] army has turned into its main base in the north of the [[Luhansk|UA-09|l]] region.

‖[[Borova|gn:711623|l]], a town in [[Kharkiv|UA-63|l]] on the road to [[Svatove|gn:692118|l]], was retaken over the weekend, the regional governor said. ‖Troops also reached the village of [[Makiivka|unlocated:makiivka|l]] in the [[Luhansk|UA-09|l]] region and [[Nevske|unlocated:nevske|l]] to its south.

‖The [[Russian|RU|a]] defence ministry said it had struck [[Ukrainian|UA|a]] reserves near [[Kupyansk|gn:703656|l]] and [[Svatovo|gn:692118|l]]. ‖It also reported fighting near [[Kremennaya|gn:704138|l]], a town in the forests north of [[Lysychansk|gn:702972|l]].

‖In [[Stary Saltiv|gn:692703|l]] and [[Veliky Burluk|gn:690193|l]], police said they had found the bodies of civilians shot during the occupation. ‖"We found people in a cellar. ‖Some had their hands tied," a police investigator said.

‖[[Kharkiv|gn:706483|l]] mayor Ihor Terekhov said the city's metro was running again. ‖In central [[Kyiv|gn:703448|l]], a crowd gathered at the Lesya Ukrainka monument to lay flowers for the fallen.

‖Shelling from across the border hit [[Vovchansk|gn:689304|l]] and the village of [[Hlushkivka|unlocated:hlushkivka|l]] near [[Kupiansk|gn:703656|l]], officials said. ‖Ten people were injured in the [[Kharkiv|UA-63|l]] region over the past day, the governor said.

‖The [[Russian|RU|a]] governor of the [[Belgorod|RU-BEL|l]] region, Vyacheslav Gladkov, said [[Ukrainian|UA|a]] shelling had hit a village near [[Valuyki|?|l]]. ‖He gave no details.
`;

/** The development set, scored by `npm run --silent eval:link -- --dev` while working on the rules. */

export const DEV_ARTICLES: AnnotatedArticle[] = [
  parseAnnotated('dev-lyman-pocket', DEV_LYMAN_POCKET),
  parseAnnotated('dev-kherson-push', DEV_KHERSON_PUSH),
  parseAnnotated('dev-kremlin-ceremony', DEV_KREMLIN_CEREMONY),
  parseAnnotated('dev-kharkiv-luhansk', DEV_KHARKIV_LUHANSK),
];
