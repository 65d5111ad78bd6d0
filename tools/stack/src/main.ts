#!/usr/bin/env node
// The Spanstream stack: real backing servers on 127.0.0.1 without Docker. See
// docs/backing-services.md. Usage: npm run stack -- up|down|status|logs [service…]
import { deps } from './commands/deps.ts';
import { down } from './commands/down.ts';
import { logs } from './commands/logs.ts';
import { status } from './commands/status.ts';
import { up } from './commands/up.ts';
import { withStackLock } from './lock.ts';
import { selectServices } from './services.ts';
import { serviceNames } from './service.ts';

// kafkajs 2.2.4 arms timers with negative delays on Node 24 (harmless: Node clamps them to 1 ms); keep
// every other warning.
process.removeAllListeners('warning');
process.on('warning', (warning) => {
  if (warning.name !== 'TimeoutNegativeWarning') console.error(`(node) ${warning.name}: ${warning.message}`);
});

const usage = `usage: npm run stack -- <command> [service…]
commands:
  up       provision (first run downloads from Maven Central) and start, wait until ready, write .stack/endpoints.json
  down     stop the services started by up (by their PID files)
  status   show whether each service is running and answering
  logs     print the tail of each log (-n LINES, -f to follow)
  deps     check the system packages the stack and the browser tests need (npm test's pretest): installs
           the missing ones with apt-get when root, else prints the one command to run (--dry-run: only print)
services: ${serviceNames.join(', ')} (default: SPANSTREAM_STACK_SERVICES, else all but kafka-cluster)
  kafka-cluster   opt-in 3-broker KRaft cluster on 127.0.0.1:39092-39094 (replication 3, min ISR 2)`;

async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  const words: string[] = [];
  let lines = 60;
  let follow = false;
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i] ?? '';
    if (word === '-f' || word === '--follow') follow = true;
    else if (word === '-n') lines = Number(rest[++i] ?? lines);
    else words.push(word);
  }
  const env = process.env;
  switch (command) {
    case 'up':
      await withStackLock(env, () => up(selectServices(words, env), env));
      return 0;
    case 'down':
      await withStackLock(env, () => down(selectServices(words, env), env));
      return 0;
    case 'status':
      return (await status(selectServices(words, env), env)) ? 0 : 1;
    case 'deps':
      deps(env, { dryRun: words.includes('--dry-run') });
      return 0;
    case 'logs':
      await logs(selectServices(words, env), env, lines, follow);
      return 0;
    default:
      console.error(usage);
      return command === undefined || command === '--help' || command === '-h' ? 0 : 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`stack: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
