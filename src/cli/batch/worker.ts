// A batch worker thread: converts the jobs the pool sends, one at a time.
import { parentPort } from 'node:worker_threads';
import { convert, type ConvertJob } from './convert.js';

parentPort!.on('message', async (job: ConvertJob) => {
  const result = await convert(job);
  // A message holds data, not a generator: the text goes as its pieces, made here.
  parentPort!.postMessage(result.status === 'converted' ? { ...result, text: [...result.text] } : result);
});
