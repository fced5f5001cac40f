/**
 * HELD-BACK test articles for issue 15, written for this project (not copied) before any rule of that issue was
 * changed, in the style of wire reports of 30 Sep – 5 Oct 2022. Never tune rules on them: they are scored only
 * by `npm run --silent eval:link -- --held-back`, once, at the end of the work.
 *
 * Annotated as in articles.ts, plus `‖` right before the first character of every sentence a reader sees: a
 * line without one (a URL, a row of hashtags) holds no sentence, and a bullet or dash opening a line is not
 * part of the sentence after it. `eval:link` scores sentence starts from these marks.
 */
import { parseAnnotated, type AnnotatedArticle } from './articles';

const HELD_BACK_LYMAN = `‖[[KYIV|gn:703448|l]], [[Ukraine|UA|l]] (Reuters) — ‖[[Ukrainian|UA|a]] troops raised the blue-and-yellow flag over [[Lyman|gn:704204|l]] on Saturday, a day after [[Moscow|gn:524901|m]] proclaimed the town part of [[Russia|RU|l]], handing the [[Kremlin|kremlin|m]] its worst setback since the rout in north-eastern [[Kharkiv|UA-63|l]] last month.

‖The [[Russian|RU|a]] defence ministry said its units had pulled back "to more advantageous lines" to avoid being surrounded. ‖It did not say how many soldiers had been lost or captured.

‖"We have cleared [[Lyman|gn:704204|l]]. ‖The last groups are being taken prisoner right now. ‖We are moving on towards [[Kreminna|gn:704138|l]]," a spokesman for the eastern group of forces, Serhiy Cherevatyi, told [[Ukrainian|UA|a]] television. ‖He said troops had also retaken the villages of [[Drobysheve|gn:709614|l]], [[Torske|unlocated:torske|l]], [[Shandryholove|unlocated:shandryholove|l]] and [[Novoselivka|gn:699185|l]] in the [[Donetsk|UA-14|l]] region.

‖Denis Pushilin, the [[Moscow|gn:524901|m]]-installed head of the self-proclaimed Donetsk People's Republic, wrote on Telegram that the garrison had left "to save lives". ‖Ramzan Kadyrov, the leader of [[Chechnya|RU-CE|l]], said generals who lost the town should be sent to the front as privates.

‖[[Lyman|gn:704204|l]] sits on the road and railway to [[Svatove|gn:692118|l]] and [[Kreminna|gn:704138|l]] in the [[Luhansk|UA-09|l]] region, which [[Russian|RU|a]] commanders rely on to supply their forces farther south. ‖Analysts at the Institute for the Study of War said the loss would make it harder to hold the northern flank around [[Sievierodonetsk|gn:691999|l]].

‖Residents who stayed through the occupation described months spent in cellars. ‖"We cooked on fires in the yard. ‖There was no gas, no light and no news at all," said Valentyna, 67, who lives near the railway station in [[Lyman|gn:704204|l]]. ‖Police said they had begun searching the pine forest outside the town for graves.

‖Other developments on Saturday:
- ‖[[Ukrainian|UA|a]] officials said a convoy of civilian cars was shelled near [[Kupiansk|gn:703656|l]], killing at least 20 people.
- ‖President Volodymyr Zelenskiy said in his nightly address that [[Ukrainian|UA|a]] flags were also flying in [[Yampil|gn:688505|l]].
- ‖The Black Sea Fleet moved several submarines from [[Sevastopol|gn:694423|l]] to [[Novorossiysk|gn:518255|l]], according to [[British|GB|a]] military intelligence.

#Lyman #Donbas #Ukraine
https://example.org/live/2022-10-01-lyman

‖Only a day earlier, a crowd had filled [[Red Square|red-square|l]] in [[Moscow|gn:524901|l]] for a concert celebrating the annexation, after President Vladimir Putin signed the treaties in St George’s Hall of the [[Kremlin|kremlin|l]]. ‖"[[Lyman|gn:704204|l]] … we will take it back, there is no doubt about that," a presenter on state television said on Sunday.
`;

const HELD_BACK_KHERSON_BREAKTHROUGH = `‖[[ZAPORIZHZHIA|gn:687700|l]], [[Ukraine|UA|l]], Oct 4 (AP) — ‖[[Ukrainian|UA|a]] troops pushed dozens of kilometres down the west bank of the [[Dnipro|dnipro-river|l]] in southern [[Kherson|UA-65|l]] on Tuesday, retaking a string of villages as [[Russian|RU|a]] units fell back towards [[Kherson|gn:706448|l]] city.

‖Operational Command South said troops had liberated the villages of [[Liubymivka|gn:702459|l]], [[Khreshchenivka|unlocated:khreshchenivka|l]], [[Zolota Balka|unlocated:zolota-balka|l]], [[Biliaivka|unlocated:biliaivka|l]], [[Ukrainka|unlocated:ukrainka|l]], [[Velyka Oleksandrivka|gn:690288|l]], [[Mala Oleksandrivka|unlocated:mala-oleksandrivka|l]] and [[Dudchany|gn:709465|l]]. ‖The command did not give a figure for [[Russian|RU|a]] losses.

‖"The occupiers are running away. ‖They leave their equipment and their wounded behind. ‖In [[Dudchany|gn:709465|l]] … they did not even take their documents," a [[Ukrainian|UA|a]] officer told the AP by telephone.

‖[[Kherson|UA-65|l]]’s [[Beryslav|gn:712260|l]] district is now within range of [[Ukrainian|UA|a]] artillery, and [[Russian|RU|a]]-installed officials began moving residents out of [[Nova Kakhovka|gn:699839|l]] by ferry. ‖Kirill Stremousov, deputy head of the occupation administration, admitted "some successes" by [[Kyiv|gn:703448|m]]'s forces near [[Dudchany|gn:709465|l]] and the village of [[Mykhailivka|unlocated:mykhailivka|l]].

‖Farther north, near [[Vysokopillia|gn:688689|l]], [[Ukrainian|UA|a]] sappers were clearing mines from the roads, a soldier with the 128th brigade said. ‖Residents of [[Novovorontsovka|gn:699034|l]], a town on the shore of the reservoir, said the explosions had not stopped for two nights.

‖In [[Mykolaiv|gn:700569|l]], the regional governor Vitaliy Kim said the Black Sea Fleet had fired cruise missiles at the city overnight. ‖Two people were wounded, he said.
— ‖[[Russian|RU|a]] forces also shelled [[Nikopol|gn:700051|l]] across the reservoir, the [[Dnipropetrovsk|UA-12|l]] regional governor said.

‖The [[Russian|RU|a]] defence ministry acknowledged for the first time that its troops had withdrawn to "more defensible positions" near [[Zolota Balka|unlocated:zolota-balka|l]]. ‖Military bloggers in [[Russia|RU|l]] were less restrained. ‖"Our lines near [[Dudchany|gn:709465|l]] simply did not exist... Nobody told the men anything," one wrote.

‖The advance puts pressure on the [[Russian|RU|a]] garrison on the west bank, which depends on the damaged [[Antonivskyi Bridge|?|l]] and on ferries for ammunition and fuel. ‖[[Ukrainian|UA|a]] officials asked journalists not to publish the names of recaptured villages until the military announced them, saying that premature reports had cost lives.
`;

const HELD_BACK_ANNEXATION_TREATIES = `‖[[MOSCOW|gn:524901|l]], Sept 30 (Reuters) - ‖President Vladimir Putin signed treaties on Friday annexing four [[Ukrainian|UA|a]] regions at a ceremony in St George’s Hall of the [[Kremlin|kremlin|l]], the largest forcible takeover of territory in [[Europe|?|l]] since the Second World War.

‖The treaties cover the [[Donetsk|UA-14|l]], [[Luhansk|UA-09|l]], [[Zaporizhzhia|UA-23|l]] and [[Kherson|UA-65|l]] regions, which [[Russian|RU|a]]-installed authorities said had voted overwhelmingly to join [[Russia|RU|l]] in referendums held at gunpoint. ‖Leaders of the self-declared Donetsk People's Republic and Luhansk People's Republic stood beside Putin on the stage.

‖"The people have made their choice. ‖There will be four new regions of [[Russia|RU|l]]. ‖We will defend our land with all the forces and means at our disposal," Putin told the audience. ‖He urged [[Kyiv|gn:703448|m]] to return to talks but said the annexed land was not up for discussion.

‖In [[Kyiv|gn:703448|l]], President Volodymyr Zelenskiy said [[Ukraine|UA|l]] was applying for fast-track membership of NATO. ‖[[Washington|gn:4140963|m]] imposed sanctions on hundreds of [[Russian|RU|a]] lawmakers, and the [[United States|US|l]] and [[Albania|AL|l]] put a resolution condemning the annexation before the UN Security Council.

‖[[Kazakhstan|KZ|l]] and [[Serbia|RS|l]], usually careful not to offend [[Moscow|gn:524901|m]], said they would not recognise the result. ‖In [[Berlin|gn:2950159|l]], Chancellor Olaf Scholz called the votes a sham and promised more air defence for [[Ukraine|UA|l]].

‖Only hours before the ceremony, a missile strike hit a convoy of civilian cars on the edge of [[Zaporizhzhia|gn:687700|l]] city, killing at least 25 people. ‖[[Zaporizhzhia|UA-23|l]]’s [[Vasylivka|gn:686729|l]], where the occupation authorities hold the crossing point, was closed to traffic for the day.

‖[[Ukraine|UA|l]]'s general staff said [[Russian|RU|a]] forces had shelled more than 30 settlements in the [[Sumy|UA-59|l]], [[Kharkiv|UA-63|l]], [[Dnipropetrovsk|UA-12|l]] and [[Mykolaiv|UA-48|l]] regions overnight. ‖In eastern [[Kharkiv|UA-63|l]], [[Kupiansk|gn:703656|l]] came under fire again.

‖Thousands of people with [[Russian|RU|a]] flags gathered on [[Red Square|red-square|l]] in the evening. ‖"It's a historic day… I never thought I would see it," said one pensioner, who gave her name as Tamara.
`;

const HELD_BACK_SVATOVE_ROAD = `‖[[KHARKIV|gn:706483|l]], [[Ukraine|UA|l]] — ‖[[Ukrainian|UA|a]] forces pushed further into the [[Luhansk|UA-09|l]] region on Wednesday, retaking the villages of [[Hrekivka|unlocated:hrekivka|l]], [[Novoiehorivka|unlocated:novoiehorivka|l]], [[Makiivka|unlocated:makiivka|l]] and [[Nevske|unlocated:nevske|l]] on the road to [[Svatove|gn:692118|l]], the regional governor said.

‖Serhiy Haidai said on Telegram that [[Russian|RU|a]] troops were digging trenches around [[Svatovo|gn:692118|l]] and [[Kreminna|gn:704138|l]]. ‖"The de-occupation of the [[Luhansk|UA-09|l]] region has officially begun. ‖Several settlements are already free. ‖The enemy is mining everything it leaves," he wrote.

‖[[Kupiansk|gn:703656|l]], a town in [[Kharkiv|UA-63|l]] that was split in two by the [[Oskil|oskil-river|l]] for weeks, is now fully under [[Ukrainian|UA|a]] control, officials said. ‖[[Kharkiv|UA-63|l]] governor Oleh Syniehubov said more than 440 bodies had now been exhumed in [[Izium|gn:707292|l]], most of them civilians. ‖Police opened criminal cases after finding torture rooms in [[Kupiansk|gn:703656|l]] and in the village of [[Velykyi Burluk|gn:690193|l]].

‖The [[Russian|RU|a]] defence ministry said it had repelled attacks near [[Kremennaya|gn:704138|l]] and the settlements of [[Stelmakhivka|unlocated:stelmakhivka|l]] and [[Nadiia|unlocated:nadiia|l]]. ‖It gave no figures for its own losses, and state television, which for months had shown maps of steady advances, spent most of the evening on the annexation celebrations instead. ‖Operational Command East did not comment.

‖Shelling was reported across the [[Kharkiv|UA-63|l]], [[Donetsk|UA-14|l]], [[Luhansk|UA-09|l]] and [[Kherson|UA-65|l]] oblasts overnight. ‖In [[Staryi Saltiv|gn:692703|l]], on the [[Kharkiv|UA-63|l]] side of the front, volunteers handed out food, candles and firewood to the elderly people who had stayed behind through the summer.

‖In the [[Donetsk|UA-14|l]] region, [[Russian|RU|a]] forces kept up their attacks on [[Bakhmut|gn:713174|l]] and [[Soledar|gn:706757|l]], the general staff said, while Wagner fighters tried to advance from the direction of [[Horlivka|gn:707753|l]]. ‖There was no independent confirmation of the claims made by either side.

• ‖Further north, [[Russian|RU|a]] artillery hit [[Vovchansk|gn:689304|l]], near the border with the [[Belgorod|RU-BEL|l]] region.
• ‖In [[Kyiv|gn:703448|l]], students carrying flags marched along Lesya Ukrainka Boulevard to thank the troops.

‖"They are shelling from [[Russia|RU|l]] itself, from over the border. ‖We can see where the shots come from but we cannot answer," a local official in [[Vovchansk|gn:689304|l]] said.
`;

/** The held-back set: scored once, with `--held-back`; not part of the default `eval:link`. */

export const HELD_BACK_ARTICLES: AnnotatedArticle[] = [
  parseAnnotated('held-back-lyman', HELD_BACK_LYMAN),
  parseAnnotated('held-back-kherson-breakthrough', HELD_BACK_KHERSON_BREAKTHROUGH),
  parseAnnotated('held-back-annexation-treaties', HELD_BACK_ANNEXATION_TREATIES),
  parseAnnotated('held-back-svatove-road', HELD_BACK_SVATOVE_ROAD),
];
