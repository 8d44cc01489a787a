// Preloaded by the benchmark (`node --import ./bench/peak-rss.mjs bin/minutes.js …`): at exit,
// writes the process's peak resident memory in kilobytes (worker threads included) to the file
// named by PEAK_RSS_FILE, so that the real command is measured as a user runs it.
import { writeFileSync } from 'node:fs';

process.on('exit', () => writeFileSync(process.env.PEAK_RSS_FILE, String(process.resourceUsage().maxRSS)));
