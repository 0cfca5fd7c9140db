/**
 * A second process guessing passwords for the throttle tests: at START_AT (epoch ms), so that it overlaps
 * the test's own guesses, sends COUNT wrong passwords for EMAIL at once (each from its own address, so only
 * the account's limit applies) and prints how they were answered as one JSON line. Run with tsx:
 *   node --conditions=react-server --import tsx tests/support/concurrent-sign-in.ts EMAIL COUNT START_AT
 */
import { closeDb } from '../../db';
import { checkPassword } from '../../newsroom/sign-in';

async function main() {
  const [email = '', countText = '20', startAtText = '0'] = process.argv.slice(2);
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAtText) - Date.now())));
  const outcomes = await Promise.all(
    Array.from({ length: Number(countText) }, (_, n) =>
      checkPassword({ email, password: `second-process-guess-${n}`, clientAddress: `192.0.2.${n % 250}` }),
    ),
  );
  const answers: Record<string, number> = {};
  for (const outcome of outcomes) {
    const answer = outcome.kind === 'refused' ? outcome.reason : outcome.kind;
    answers[answer] = (answers[answer] ?? 0) + 1;
  }
  process.stdout.write(`${JSON.stringify({ answers })}\n`);
}

main()
  .catch((error: unknown) => {
    process.stdout.write(`${JSON.stringify({ fatal: error instanceof Error ? error.message : String(error) })}\n`);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
