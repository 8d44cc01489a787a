// A batch worker thread: converts the jobs the pool sends, one at a time.
import { parentPort } from 'node:worker_threads';
import { convert, type ConvertJob } from './convert.js';

parentPort!.on('message', async (job: ConvertJob) => {
  parentPort!.postMessage(await convert(job));
});
