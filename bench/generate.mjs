// Generated minutes for the benchmark: a meeting header and attendance, then `items` agenda
// items, each with a heading, `discussion` paragraphs, a resolution and a vote, varied so that no
// two items are the same text. Item numbers stay below 1000, as in real minutes.
const topics = ['Budget monitoring', 'Highways maintenance', 'Planning application', 'Housing strategy', 'Library services', 'Parks and open spaces'];
const names = ['Smith', 'Jones', 'Patel', 'Okafor', 'Nguyen', 'Brown', 'Williams', 'Garcia'];

export function minutes(items, discussion = 1) {
  if (items > 999) throw new RangeError('at most 999 items');
  const lines = [
    'Cabinet',
    'Minutes of the meeting held on Tuesday, 22 January 2019 at 2.00 pm',
    'Venue: Council Chamber, County Hall',
    '',
    `Present: ${names.map((name) => `Councillor ${name}`).join(', ')}`,
    '',
    'Apologies: Councillor Taylor',
    '',
  ];
  for (let i = 1; i <= items; i++) {
    const topic = topics[i % topics.length];
    const mover = names[i % names.length];
    const seconder = names[(i + 3) % names.length];
    lines.push(`${i}. ${topic} (report ${i}/${2019 + (i % 5)})`, '');
    for (let k = 0; k < discussion; k++) {
      lines.push(
        `The Cabinet considered a report of the Director on ${topic.toLowerCase()} for area ${i}.${k}, setting out the options, their costs of £${(i * 1375 + k * 17) % 99_000} and the consultation responses received.`,
        '',
        `Councillor ${names[(i + k) % names.length]} asked about the timetable; the Cabinet Member replied that work would start in month ${((i + k) % 12) + 1}.`,
        '',
      );
    }
    lines.push(
      `RESOLVED: that the recommendations in paragraph ${(i % 9) + 1} of the report be approved.`,
      `Moved by Councillor ${mover}, seconded by Councillor ${seconder}.`,
      `For: ${5 + (i % 3)}  Against: ${i % 2}  Abstain: ${i % 4}`,
      '',
    );
  }
  return `${lines.join('\n')}\n`;
}
