import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanArticle } from '../../src/clean/index.ts';
import { EMPTY_METADATA, toRawOffset } from '../../src/model/index.ts';

// Short news texts written for this test (not from any outlet): a title, then paragraphs, several of them
// short and without a verb an English tagger knows, the kind the English caption and header rules took for
// captions. Every paragraph must come out of clean as it went in, and rules of signs still apply.
const ARTICLES: { language: string; title: string; paragraphs: string[] }[] = [
  {
    language: 'es',
    title: 'El Gobierno aprueba un plan de ayudas para los agricultores afectados por la sequía',
    paragraphs: [
      'Ayudas directas para más de 40.000 explotaciones.',
      'El Consejo de Ministros aprobó este martes un paquete de 800 millones de euros destinado a los agricultores y ganaderos que han perdido buena parte de sus cosechas por la falta de lluvias.',
      'La ministra de Agricultura explicó en rueda de prensa que las ayudas se pagarán antes del verano y que las solicitudes podrán presentarse en las oficinas de cada comunidad autónoma.',
      'Las organizaciones agrarias, en cambio, consideran que la cantidad es insuficiente y anuncian movilizaciones en varias provincias durante las próximas semanas.',
      'Sequía histórica en el sur.',
      'Según los datos de la agencia meteorológica, los embalses de Andalucía se encuentran por debajo del 25 por ciento de su capacidad, la cifra más baja de la última década.',
    ],
  },
  {
    language: 'fr',
    title: 'Grève dans les transports : trafic très perturbé jeudi en Île-de-France',
    paragraphs: [
      'Un train sur trois sur la plupart des lignes.',
      'La direction de la RATP a annoncé mercredi soir que le trafic serait fortement perturbé jeudi sur l’ensemble du réseau, à l’appel de plusieurs syndicats opposés à la réforme des retraites.',
      'Les usagers sont invités à reporter leurs déplacements ou à privilégier le télétravail lorsque cela est possible, a précisé la préfecture de police dans un communiqué.',
      'Les syndicats réclament une hausse des salaires de 5 % et de meilleures conditions de travail pour les conducteurs.',
      'Nouvelle journée de mobilisation la semaine prochaine.',
      'Une manifestation est prévue à Paris entre la place de la République et la place de la Nation à partir de 14 heures.',
    ],
  },
  {
    language: 'ro',
    title: 'Guvernul a aprobat majorarea salariului minim de la 1 ianuarie',
    paragraphs: [
      'Creștere de 10 la sută pentru aproape două milioane de angajați.',
      'Executivul a adoptat miercuri hotărârea prin care salariul minim brut pe țară crește la 4.050 de lei, a anunțat purtătorul de cuvânt al Guvernului la finalul ședinței.',
      'Reprezentanții patronatelor au criticat decizia și susțin că multe firme mici nu vor putea suporta costurile suplimentare în condițiile actuale.',
      'Sindicatele, în schimb, cer ca salariul minim să ajungă la jumătate din salariul mediu până la sfârșitul anului viitor.',
      'Reacții împărțite în Parlament.',
      'Opoziția a anunțat că va depune o moțiune simplă împotriva ministrului Muncii în sesiunea de primăvară.',
    ],
  },
  {
    language: 'bg',
    title: 'Парламентът прие бюджета за следващата година на първо четене',
    paragraphs: [
      'Дефицит от три процента от брутния вътрешен продукт.',
      'Народното събрание прие в четвъртък на първо четене проектобюджета за следващата година след повече от десет часа дебати в пленарната зала.',
      'Финансовият министър заяви, че приходите ще бъдат увеличени чрез по-добра събираемост на данъците, а не чрез нови данъци.',
      'Опозицията критикува разходите за администрация и настоя за повече средства за здравеопазване и образование.',
      'Второ четене до края на месеца.',
      'Депутатите имат една седмица, за да внесат предложения за промени в бюджетната комисия.',
    ],
  },
];

for (const { language, title, paragraphs } of ARTICLES) {
  test(`every paragraph of a ${language} article survives clean intact`, () => {
    const raw = `${title}\n\n${paragraphs.join('\n\n')}\n`;
    const cleaned = cleanArticle({ source: `${language}.txt`, kind: 'text', text: raw, metadata: { ...EMPTY_METADATA }, encoding: 'utf-8', messages: [] });
    assert.equal(cleaned.metadata.language, language, 'the test text is in the language it claims');
    assert.equal(cleaned.metadata.title, title);
    assert.deepEqual(cleaned.text.split('\n\n'), paragraphs, JSON.stringify(cleaned.messages, null, 1));
    assert.deepEqual(
      cleaned.messages.filter((message) => message.origin !== 'clean:title').map((message) => message.origin),
      [],
      'nothing is removed or split but the title',
    );
  });
}

test('language-neutral rules still apply to an article in another language: a © line and a tweet link go', () => {
  const { title, paragraphs } = ARTICLES.find((article) => article.language === 'ro')!;
  const raw = `${title}\n\n${paragraphs[1]} https://t.co/AbC123xyz\n\n${paragraphs.slice(2).join('\n\n')}\n\n© 2025 Agenția Exemplu. Toate drepturile rezervate.\n`;
  const cleaned = cleanArticle({ source: 'ro.txt', kind: 'text', text: raw, metadata: { ...EMPTY_METADATA }, encoding: 'utf-8', messages: [] });
  assert.equal(cleaned.metadata.language, 'ro');
  assert.deepEqual(cleaned.text.split('\n\n'), paragraphs.slice(1));
  assert.deepEqual(cleaned.messages.map((message) => message.origin), ['clean:title', 'clean:social-embed-link', 'clean:copyright-line']);
});

test('an English rule still removes English furniture from an English article', () => {
  const raw = 'Parliament passes the budget\n\nLawmakers on Thursday approved next year\'s budget after ten hours of debate in the chamber.\n\nRead more: What the budget means for you\n\nThe opposition criticised spending on administration and called for more money for schools.\n';
  const cleaned = cleanArticle({ source: 'en.txt', kind: 'text', text: raw, metadata: { ...EMPTY_METADATA }, encoding: 'utf-8', messages: [] });
  assert.ok(!cleaned.text.includes('Read more'), cleaned.text);
  assert.ok(cleaned.messages.some((message) => message.origin === 'clean:read-more-link'));
});

test('a run of replacement characters shows as one mark, with a warning at its raw span, and the offset map stays right', () => {
  const raw = 'Floods hit the north\n\nRescuers in Bucure\uFFFD\uFFFD\uFFFD\uFFFDti said on Monday that the river had burst its banks overnight, flooding dozens of homes.\n\nA lone \uFFFD mark stays as it is.\n';
  const cleaned = cleanArticle({ source: 'broken.txt', kind: 'text', text: raw, metadata: { ...EMPTY_METADATA }, encoding: 'utf-8', messages: [] });
  assert.ok(cleaned.text.includes('Bucure\uFFFDti said'), cleaned.text);
  assert.ok(!cleaned.text.includes('\uFFFD\uFFFD'));
  assert.ok(cleaned.text.includes('A lone \uFFFD mark'));
  const warnings = cleaned.messages.filter((message) => message.origin === 'clean:replacement-characters');
  assert.equal(warnings.length, 1);
  assert.equal(warnings[0]!.severity, 'warning');
  assert.equal(raw.slice(warnings[0]!.start, warnings[0]!.end), '\uFFFD'.repeat(4));
  // each word after the run still maps back to itself in raw
  for (const word of ['Bucure', 'ti said', 'overnight', 'A lone']) {
    const at = cleaned.text.indexOf(word);
    const rawAt = toRawOffset(cleaned.offsetMap, at);
    assert.equal(raw.slice(rawAt, rawAt + word.length), word, word);
  }
  assert.equal(raw.slice(toRawOffset(cleaned.offsetMap, cleaned.text.indexOf('\uFFFD')), toRawOffset(cleaned.offsetMap, cleaned.text.indexOf('\uFFFD')) + 1), '\uFFFD');
});
