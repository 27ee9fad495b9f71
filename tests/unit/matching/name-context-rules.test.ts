import { describe, expect, it } from 'vitest';
import { compileMatcher, type Mention } from '@/utils/matching';
import { confirmedIds, isConfirmed } from '@/utils/page/confirmation';
import { bundledDataset as dataset } from '../../support/bundled-dataset';

/**
 * The precision rules of name-context.ts on the bundled dataset (the rules read its flags:
 * `commonWord`, `lowerCase`, forms). Sentences, headlines and menu lines in our own words.
 * Each row lists what must be found, as "text:id"; a trailing "?" marks a mention that counts
 * only if the page confirms it (no case evidence, or a form shared with something common).
 */
const matcher = compileMatcher(dataset);

const described = (text: string, mention: Mention) =>
  `${text.slice(mention.start, mention.end)}:${mention.id}${mention.requiresConfirmation ? '?' : ''}`;
const found = (text: string) => matcher.find(text).map((mention) => described(text, mention));

type Row = [lang: 'en' | 'uk' | 'ru', text: string, expected: string[]];

const US = 'united-states';
const table: Record<string, Row[]> = {
  'the pronoun "us" in capitals is not the country': [
    ['en', 'JOIN US ON TELEGRAM', []],
    ['en', 'FOLLOW US', []],
    ['en', 'CONTACT US · ABOUT US · HELP', []],
    ['en', 'SUBSCRIBE AND TELL US WHAT YOU THINK', []],
    ['en', 'Follow Us on Facebook', []],
    ['en', 'Contact Us', []],
    ['en', 'About Us', []],
    ['en', 'Write to us at the address below.', []],
    ['en', 'US AND RUSSIA TO MEET IN RIYADH', [`US:${US}`]],
    ['en', 'TALKS: US, RUSSIA AGREE TO KEEP TALKING', [`US:${US}`]],
    ['en', 'WHY THE US WANTS A DEAL NOW', [`US:${US}`]],
    ['en', 'US-RUSSIA TALKS END WITHOUT A DEAL', [`US:${US}`]],
    ['en', 'US troops will stay in Poland.', [`US:${US}`]],
    ['en', 'Officials from the US and Russia met.', [`US:${US}`]],
    ['uk', 'США І РОСІЯ ЗУСТРІНУТЬСЯ В ЕР-РІЯДІ', [`США:${US}`]],
    ['ru', 'ПОДПИСЫВАЙТЕСЬ НА НАС: США И РОССИЯ ДОГОВОРИЛИСЬ', [`США:${US}`]],
  ],
  'a surname that is a common word needs evidence beyond its capitals': [
    ['en', 'Trump Says He Will Meet Putin', ['Trump:trump?', 'Putin:putin']],
    ['en', 'Why the Trump Card Still Wins Games', ['Trump:trump?']],
    ['en', 'THE TRUMP CARD', ['TRUMP:trump?']],
    ['en', 'Trump said on Monday that talks would start.', ['Trump:trump']],
    ['en', 'Talks went well. Trump said so.', ['Trump:trump']],
    ['en', 'He said Trump would call Putin.', ['Trump:trump', 'Putin:putin']],
    ['en', 'Playing the trump card again', []],
    ['ru', 'Путина в этом году началась рано.', ['Путина:putin?']],
    ['ru', 'ПУТИНА НА КАМЧАТКЕ', ['ПУТИНА:putin?']],
    ['ru', 'Рыбаки ждут, когда начнётся путина.', []],
    ['ru', 'Встреча Путина и Трампа прошла по телефону.', ['Путина:putin', 'Трампа:trump']],
    ['uk', 'Кремль заявив про нові умови.', ['Кремль:kremlin?']],
    ['uk', 'Речник Кремля відповів журналістам.', ['Кремля:kremlin']],
  ],
  'a place name inside a longer proper name is another body': [
    ['en', 'The Council of Europe condemned the decision.', []],
    ['en', 'She worked for Radio Free Europe for years.', []],
    ['en', 'He left Mozilla Europe last spring.', []],
    ['en', 'The United States Steel plant closed.', []],
    ['en', 'Guests toured the Kremlin Armoury on Friday.', []],
    ['en', 'A report by the Reuters Institute came out.', []],
    ['en', 'Europa League draw and the Eurovision final', []],
    ['en', 'Shares of Saudi Aramco rose.', []],
    ['en', 'Prices rose in Western Europe and in Central Europe.', []],
    ['en', 'Western Europe opens a sentence: no evidence.', ['Europe:europe']],
    ['en', 'The deal leaves Europe out of the talks.', ['Europe:europe']],
    ['en', 'Leaders of Europe met in Paris.', ['Europe:europe']],
    [
      'en',
      'She met United States Secretary of State Marco Rubio.',
      ['United States:united-states', 'Secretary of State Marco Rubio:rubio'],
    ],
    ['en', 'Reuters reported on the talks.', ['Reuters:reuters']],
    ['uk', 'Засідання Ради Європи відбулося у Страсбурзі.', []],
    ['uk', 'Матч Ліги Європи перенесли.', []],
    ['uk', 'Лідери Європи не братимуть участі.', ['Європи:europe']],
    ['uk', 'США виключили Європу з переговорів.', ['США:united-states', 'Європу:europe']],
    ['ru', 'Заседание Совета Европы прошло в Страсбурге.', []],
    ['ru', 'Туристы осмотрели Московский Кремль.', []],
    ['ru', 'В Европе обеспокоены позицией США.', ['Европе:europe', 'США:united-states']],
    // A deliberate lower-case name is part of no longer proper name, even before a given name.
    [
      'uk',
      'помічник господаря кремля Юрій Ушаков прибув',
      ['кремля:kremlin?', 'Юрій Ушаков:ushakov'],
    ],
    ['uk', 'мешканці кремля Новгорода', ['кремля:kremlin?']],
    ['ru', 'помощник хозяина кремля Юрий Ушаков', ['кремля:kremlin?', 'Юрий Ушаков:ushakov']],
    ['en', 'a tour of the kremlin Armoury', []],
  ],
  'an adjective after a prefix is another word': [
    ['en', 'Many post-Soviet states are worried.', []],
    ['en', 'an ex-Soviet republic', []],
    ['en', 'anti-Soviet dissidents and pre-Soviet borders', []],
    ['en', 'Post-Soviet Russia changed fast.', []],
    ['en', 'a Soviet-era building', ['Soviet:ussr']],
    ['en', 'the new US-Saudi talks', [`US:${US}`, 'Saudi:saudi-arabia']],
    ['en', 'anti-NATO protests and a pro-Kremlin blogger', ['NATO:nato', 'Kremlin:kremlin']],
    ['uk', 'пострадянські країни та антирадянський рух', []],
    ['uk', 'рішення ухвалило радянське керівництво', ['радянське керівництво:ussr']],
    ['ru', 'постсоветское пространство', []],
    ['ru', 'так решило советское руководство', ['советское руководство:ussr']],
  ],
  'a different given name or initial before a surname is a namesake': [
    ['en', 'The pact was signed by Frank B. Kellogg in Paris.', []],
    ['en', 'the Kellogg–Briand Pact of the interwar years', []],
    ['en', 'his brother Robert Trump', []],
    ['en', 'Melania Trump wore white.', []],
    ['en', 'Yesterday Trump spoke to Putin.', ['Trump:trump', 'Putin:putin']],
    ['en', 'the chess player Ivan Ushakov won again', []],
    ['en', 'The envoy Gen. Keith Kellogg said so.', ['Gen. Keith Kellogg:kellogg']],
    ['en', 'then US President Trump said', [`US:${US}`, 'President Trump:trump']],
    ['en', 'On Monday Trump called Putin.', ['Trump:trump', 'Putin:putin']],
    ['en', 'Moscow’s Lavrov met Rubio.', ['Lavrov:lavrov', 'Rubio:rubio']],
    ['en', 'as Vladimir V. Putin put it', ['Putin:putin']],
    ['uk', 'Співак Олег Лавров виступив у Києві, а потім Олег Лавров поїхав.', []],
    [
      'uk',
      'Президент Росії Путін заявив, що глава МЗС Лавров поїде.',
      ['Путін:putin', 'Лавров:lavrov'],
    ],
    ['ru', 'На сцене артист Павел Лавров.', []],
    ['ru', 'глава МИД России Лавров прилетел', ['Лавров:lavrov']],
    ['ru', 'заявил Владимир Владимирович Путин', ['Путин:putin']],
    ['ru', 'В. Путин подписал указ', ['Путин:putin']],
  ],
  'deliberate lower case in Ukrainian': [
    ['uk', 'Учора путін заявив, що кремль готовий.', ['путін:putin', 'кремль:kremlin?']],
    ['uk', 'слова, які сказав володимир путін', ['володимир путін:putin']],
    ['uk', 'лавров і ушаков прилетіли', ['ушаков:ushakov']],
    ['ru', 'путин и лавров', []],
    ['en', 'trump and putin', []],
  ],
  'every case form of a multi-word name': [
    ['uk', 'Радянському Союзу це не вдалося.', ['Радянському Союзу:ussr']],
    ['uk', 'у Радянському Союзі', ['Радянському Союзі:ussr']],
    ['uk', 'завдяки Сполученим Штатам', ['Сполученим Штатам:united-states']],
    ['uk', 'у Саудівській Аравії', ['Саудівській Аравії:saudi-arabia']],
    [
      'uk',
      'Володимирові Путіну та Сергієві Лаврову',
      ['Володимирові Путіну:putin', 'Сергієві Лаврову:lavrov'],
    ],
    ['ru', 'с Марком Рубио и Юрием Ушаковым', ['Марком Рубио:rubio', 'Юрием Ушаковым:ushakov']],
    ['ru', 'так решили при советском руководстве', ['советском руководстве:ussr']],
  ],
  'house styles that write acronyms as words': [
    ['en', 'Nato allies met in Brussels.', ['Nato:nato']],
    ['en', 'Nato’s summit and NATO’s chief', ['Nato’s:nato', 'NATO’s:nato']],
    ['en', 'nato is Italian for born', []],
  ],
};

describe('precision rules on the bundled dataset', () => {
  for (const [rule, rows] of Object.entries(table)) {
    describe(rule, () => {
      it.each(rows)('%s: %s', (_lang, text, expected) => {
        expect(found(text)).toEqual(expected);
      });
    });
  }
});

describe('page confirmation of mentions without case evidence', () => {
  const countedOnPage = (blocks: string[]) => {
    const mentions = blocks.flatMap((block) =>
      matcher
        .find(block)
        .map((mention) => ({ ...mention, text: block.slice(mention.start, mention.end) })),
    );
    const confirmed = confirmedIds(mentions);
    return mentions.filter((mention) => isConfirmed(mention, confirmed)).map((m) => m.text);
  };

  it('keeps a headline surname on a page that names the person with evidence', () => {
    expect(
      countedOnPage([
        'Trump Says He Will Meet Putin',
        'On Monday, Donald Trump spoke to reporters.',
      ]),
    ).toEqual(['Trump', 'Putin', 'Donald Trump']);
  });

  it('drops the card-game word on a page that never names the person', () => {
    expect(countedOnPage(['THE TRUMP CARD', 'Why the Trump Card Still Wins Games'])).toEqual([]);
  });

  it('drops the fishing season on a page that never names Putin', () => {
    expect(countedOnPage(['Путина в этом году началась рано.', 'Рыбаки довольны.'])).toEqual([]);
  });
});
