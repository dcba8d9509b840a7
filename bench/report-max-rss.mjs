// Loaded with `node --import` into a benchmarked process: writes its peak RSS (KB) when it exits.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const file = process.env.WEBHOOK_STUDIO_MAX_RSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});
